import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, loadLanguage, saveLanguage } from './languages';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export * from './languages';

dayjs.extend(relativeTime);

const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Follows a language change everywhere outside React: dayjs, the page's lang and title. */
function applyLanguage(language: Language): void {
  dayjs.locale(DAYJS_LOCALES[language]);
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}

/** Sets up i18next synchronously (resources are bundled) in the saved or default language. */
export function initI18n(): typeof i18n {
  const language = loadLanguage(storage());
  void i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    initAsync: false,
    // React escapes; i18next need not.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18n.on('languageChanged', (next) => {
    if (isLanguage(next)) applyLanguage(next);
  });
  applyLanguage(language);
  return i18n;
}

/** Switches the UI language and remembers it. */
export async function changeLanguage(language: Language): Promise<void> {
  saveLanguage(storage(), language);
  await i18n.changeLanguage(language);
}

/** The current language as one of ours. */
export function currentLanguage(lng: string | undefined): Language {
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}
