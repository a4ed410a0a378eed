import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { ja } from './ja';

export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'esurety.language';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return value === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja'; // storage can be blocked; Japanese is the default anyway
  }
}

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/** Switches the UI language (loading its catalogue first), remembers it, and keeps `<html lang>` true for screen readers. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // not remembered: harmless
  }
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n
  .use(initReactI18next)
  // Japanese, the default and the fallback, is in the entry; English is a chunk of its own, loaded
  // the first time someone switches to it (or starts in it).
  .use(resourcesToBackend((language: string) => (language === 'en' ? import('./en').then((m) => m.en) : Promise.resolve({}))))
  .init({
    resources: { ja: { translation: ja } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: 'ja',
    supportedLngs: languages,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });

export { i18n };
