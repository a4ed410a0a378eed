import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { common } from './ja/common';
import type { LazyNamespace, Namespace } from './messages';

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

/** Each Japanese namespace but `common` is a chunk of its own (see `messages.ts`). */
const japanese: Record<LazyNamespace, () => Promise<object>> = {
  login: () => import('./ja/login').then((m) => m.login),
  setPassword: () => import('./ja/setPassword').then((m) => m.setPassword),
  forgotPassword: () => import('./ja/forgotPassword').then((m) => m.forgotPassword),
  register: () => import('./ja/register').then((m) => m.register),
  verification: () => import('./ja/verification').then((m) => m.verification),
  guarantee: () => import('./ja/guarantee').then((m) => m.guarantee),
  applications: () => import('./ja/applications').then((m) => m.applications),
  signedIn: () => import('./ja/signedIn').then((m) => m.signedIn),
};

export const lazyNamespaces = Object.keys(japanese) as LazyNamespace[];

const isNamespace = (value: string): value is Namespace => value === 'common' || Object.hasOwn(japanese, value);

function japaneseMessages(namespace: Namespace): Promise<object> {
  return namespace === 'common' ? Promise.resolve(common) : japanese[namespace]();
}

/** The messages of `source` at the paths `shape` has: a namespace's part of the English tree. */
function sameKeys(source: Record<string, unknown>, shape: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, value]) => [
      key,
      typeof value === 'object' && value !== null ? sameKeys(source[key] as Record<string, unknown>, value as object) : source[key],
    ]),
  );
}

/**
 * English is one chunk, loaded the first time someone switches to it (or starts in it); each of
 * its namespaces holds the keys of the Japanese one, the source of every key.
 */
async function englishMessages(namespace: Namespace): Promise<object> {
  const [{ en }, ja] = await Promise.all([import('./en'), japaneseMessages(namespace)]);
  return sameKeys(en, ja);
}

/**
 * Loads a page's module together with the namespaces of its messages (in parallel, so the page
 * renders with its text): for a route's `lazy` or `React.lazy`.
 */
export async function withMessages<T>(namespaces: LazyNamespace | LazyNamespace[], load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([load(), i18n.loadNamespaces(namespaces)]);
  return module;
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n
  .use(initReactI18next)
  .use(
    resourcesToBackend((language: string, namespace: string) => {
      if (!isNamespace(namespace)) return Promise.resolve({});
      return language === 'en' ? englishMessages(namespace) : japaneseMessages(namespace);
    }),
  )
  .init({
    // Japanese `common`, the default and the fallback, is in the entry; the other namespaces load
    // with their pages (`withMessages`).
    resources: { ja: { common } },
    partialBundledLanguages: true,
    ns: ['common'],
    defaultNS: 'common',
    fallbackNS: lazyNamespaces,
    lng: storedLanguage(),
    fallbackLng: 'ja',
    supportedLngs: languages,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });

export { i18n };
