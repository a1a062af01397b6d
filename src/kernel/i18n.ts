import { messages, type MessageKey } from './messages';

export const LOCALES = ['zh-CN', 'ko', 'ja', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type MessageParams = Record<string, string | number>;

const byPrimaryTag: Record<string, Locale> = { zh: 'zh-CN', ko: 'ko', ja: 'ja', ru: 'ru', en: 'en' };

/** Maps one language tag (any case, any region) to a supported locale, if any. */
export function matchLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return byPrimaryTag[primary];
}

/** Picks the locale from an explicit choice (`?lang=`) first, then `Accept-Language` by q-weight. */
export function negotiateLocale(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  const chosen = matchLocale(explicit);
  if (chosen) return chosen;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part, index) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
        return { tag, q: q ? Number(q.slice(2)) : 1, index };
      })
      .filter((r) => r.tag && Number.isFinite(r.q) && r.q > 0)
      .sort((a, b) => b.q - a.q || a.index - b.index);
    for (const r of ranked) {
      const loc = matchLocale(r.tag);
      if (loc) return loc;
    }
  }
  return DEFAULT_LOCALE;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** Renders a catalogue message in a locale, filling `{name}` placeholders. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = messages[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
