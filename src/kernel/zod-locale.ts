import { z } from 'zod';
import type { Locale } from './i18n';

const locales: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  'zh-CN': z.locales.zhCN,
  ko: z.locales.ko,
  ja: z.locales.ja,
  ru: z.locales.ru,
  en: z.locales.en,
};

/** zod's own error messages in one of the zone's languages, for `schema.safeParse(x, { error })`. */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return locales[locale]().localeError;
}
