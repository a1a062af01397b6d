import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The zone's five languages; Chinese is the default. */
export const LANGUAGES = ['zh-CN', 'ko', 'ja', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', ko: '한국어', ja: '日本語', ru: 'Русский', en: 'English' };
/** The BCP 47 tag Intl formats with (Chinese as written in mainland China). */
export const INTL_TAG: Record<Language, string> = { 'zh-CN': 'zh-CN', ko: 'ko-KR', ja: 'ja-JP', ru: 'ru-RU', en: 'en-GB' };
const STORAGE_KEY = 'tumen.lang';

/** One of the five for a browser tag ("ko-KR" → ko, "zh-Hans-CN" → zh-CN), or null. */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.toLowerCase().split('-')[0] === primary) ?? null;
}

/** `?lang=` first, then the remembered choice, then the browser's languages, then Chinese. */
export function initialLanguage(): Language {
  const fromQuery = matchLanguage(new URLSearchParams(window.location.search).get('lang'));
  if (fromQuery) {
    localStorage.setItem(STORAGE_KEY, fromQuery);
    return fromQuery;
  }
  const stored = matchLanguage(localStorage.getItem(STORAGE_KEY));
  if (stored) return stored;
  for (const l of navigator.languages ?? [navigator.language]) {
    const hit = matchLanguage(l);
    if (hit) return hit;
  }
  return DEFAULT_LANGUAGE;
}

/** Every translation file: locales/<language>/<namespace>.json, one namespace per area of the portal. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, mod] of Object.entries(files)) {
  const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (!m) continue;
  (resources[m[1]!] ??= {})[m[2]!] = mod.default;
}
export const NAMESPACES = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];

export function currentLanguage(): Language {
  return matchLanguage(i18n.language) ?? DEFAULT_LANGUAGE;
}

export function setLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  // No fallback language: a key missing in one language shows as the raw key, which the tests catch.
  fallbackLng: false,
  supportedLngs: [...LANGUAGES],
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', lng);
    window.history.replaceState(window.history.state, '', url);
  }
});
document.documentElement.lang = i18n.language;

export default i18n;
