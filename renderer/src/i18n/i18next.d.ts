import type zhCN from './locales/zh-CN.json';

/** Typed keys: `t('roster.total')` is checked against the Chinese resources (the reference set). */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
