import { useTranslation } from 'react-i18next';
import { INTL_TAG, matchLanguage, DEFAULT_LANGUAGE } from './i18n';

/** The zone keeps its time in China Standard Time whatever the reader's clock says. */
export const ZONE_TIME_ZONE = 'Asia/Shanghai';

export interface Formatters {
  date(value: string | Date | null | undefined): string;
  dateTime(value: string | Date | null | undefined): string;
  number(value: number | string | null | undefined, digits?: number): string;
  /** Money arrives as a decimal string; it is shown with the currency's own digits, never through arithmetic. */
  money(value: string | null | undefined, currency?: string): string;
  percent(value: number | string | null | undefined, digits?: number): string;
}

const DASH = '—';

export function formatters(lang: string): Formatters {
  const tag = INTL_TAG[matchLanguage(lang) ?? DEFAULT_LANGUAGE];
  const dateFmt = new Intl.DateTimeFormat(tag, { timeZone: ZONE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const dateTimeFmt = new Intl.DateTimeFormat(tag, { timeZone: ZONE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  const toDate = (v: string | Date) => (v instanceof Date ? v : new Date(v));
  return {
    date: (v) => (v ? dateFmt.format(toDate(v)) : DASH),
    dateTime: (v) => (v ? dateTimeFmt.format(toDate(v)) : DASH),
    number: (v, digits) => {
      if (v === null || v === undefined || v === '') return DASH;
      const n = typeof v === 'number' ? v : Number(v);
      return new Intl.NumberFormat(tag, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
    },
    money: (v, currency = 'CNY') => {
      if (v === null || v === undefined || v === '') return DASH;
      // Intl formats a decimal string exactly (no binary rounding) when given as a string.
      return new Intl.NumberFormat(tag, { style: 'currency', currency }).format(v as unknown as number);
    },
    percent: (v, digits = 1) => {
      if (v === null || v === undefined || v === '') return DASH;
      return new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(v));
    },
  };
}

/** Formatters in the language the page is shown in. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}
