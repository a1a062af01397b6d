/**
 * The reference data the statistics read from files: the zone's industry belts (data/reference/industry-belts.csv,
 * configured by the zone office — the references define no belts, so every row says it is unverified); and the
 * names of the countries of the registry's code table in each language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../kernel/i18n';
import { decodeText, parseCsv } from '../registry';
import { BELTS, UNKNOWN_COUNTRY, type Belt } from './aggregate';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/reference');
export const BELTS_FILE = path.join(DIR, 'industry-belts.csv');

function table(file: string): Record<string, string>[] {
  const rows = parseCsv(decodeText(fs.readFileSync(file)), ',');
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.fields.map((h, i) => [h.trim(), (r.fields[i] ?? '').trim()])));
}

export interface BeltPrefix {
  prefix: string;
  belt: Belt;
  nameZh: string;
  nameEn: string;
  status: string;
}

/** Parses the belt mapping; a row naming an unknown belt or a prefix that is not 2–10 digits is an error. */
export function parseBelts(rows: Record<string, string>[]): BeltPrefix[] {
  return rows.map((r, i) => {
    const belt = r.belt as Belt;
    const prefix = r.hs_prefix ?? '';
    if (!(BELTS as readonly string[]).includes(belt) || belt === 'other') throw new Error(`industry-belts.csv row ${i + 2}: unknown belt '${r.belt}'`);
    if (!/^[0-9]{2,10}$/.test(prefix)) throw new Error(`industry-belts.csv row ${i + 2}: hs_prefix '${prefix}' is not 2 to 10 digits`);
    return { prefix, belt, nameZh: r.name_zh ?? '', nameEn: r.name_en ?? '', status: r.status ?? '' };
  });
}

let belts: BeltPrefix[] | undefined;
export function beltPrefixes(): BeltPrefix[] {
  belts ??= parseBelts(table(BELTS_FILE));
  return belts;
}

/** ISO 3166 alpha-3 to alpha-2 for the countries of countries.csv, for the names Intl gives in each language. */
const ALPHA2: Record<string, string> = {
  CHN: 'CN', KOR: 'KR', PRK: 'KP', JPN: 'JP', RUS: 'RU', MNG: 'MN', USA: 'US', HKG: 'HK', MAC: 'MO', TWN: 'TW', GBR: 'GB', DEU: 'DE', FRA: 'FR', ITA: 'IT',
  NLD: 'NL', ESP: 'ES', SWE: 'SE', CHE: 'CH', CAN: 'CA', AUS: 'AU', NZL: 'NZ', SGP: 'SG', MYS: 'MY', THA: 'TH', VNM: 'VN', IDN: 'ID', PHL: 'PH', KAZ: 'KZ',
};
const INTL: Record<Locale, string> = { 'zh-CN': 'zh-CN', ko: 'ko', ja: 'ja', ru: 'ru', en: 'en' };

/** The registry's countries by customs numeric code (`countriesByCebNumeric`). */
export type CountryTable = ReadonlyMap<string, { iso3: string; nameZh: string; nameEn: string }>;

/** A country of a customs numeric code: its ISO code and its name in the reader's language (null when not known). */
export function countryInfo(code: string, locale: Locale, countries: CountryTable): { iso3: string | null; name: string | null } {
  if (code === UNKNOWN_COUNTRY) return { iso3: null, name: null };
  const c = countries.get(code);
  if (!c) return { iso3: null, name: null };
  if (locale === 'zh-CN') return { iso3: c.iso3, name: c.nameZh };
  const alpha2 = ALPHA2[c.iso3];
  let name: string | undefined;
  try {
    name = alpha2 ? new Intl.DisplayNames([INTL[locale]], { type: 'region' }).of(alpha2) : undefined;
  } catch {
    name = undefined;
  }
  return { iso3: c.iso3, name: name && name !== alpha2 ? name : locale === 'en' ? c.nameEn : c.nameZh };
}
