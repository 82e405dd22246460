import type { TFunction } from 'i18next';
import i18next from 'i18next';
import type { Language } from './languages';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

/** A translator in one language with the app's resources, apart from the app's own i18next (for tests of words). */
export async function fixedTranslator(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false }, initAsync: false });
  return instance.t;
}
