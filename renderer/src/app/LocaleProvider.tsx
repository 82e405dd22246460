import { App as AntdApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLanguage } from '../hooks/useLanguage';
import type { Language } from '../i18n';
import { theme } from './theme';

const ANTD_LOCALES: Record<Language, Locale> = { 'zh-CN': zhCN, en: enUS };

/** Ant Design in the UI language (dayjs follows in i18n), with the app's theme. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={theme}>
      <AntdApp style={{ height: '100%' }}>{children}</AntdApp>
    </ConfigProvider>
  );
}
