import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import type { Language } from '../i18n';
import { LANGUAGES, changeLanguage } from '../i18n';

/** 中文 | English. Each option is named in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Segmented<Language>
      data-testid="lang-switch"
      aria-label={t('language.label')}
      size="small"
      value={language}
      options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
      onChange={(value) => void changeLanguage(value)}
    />
  );
}
