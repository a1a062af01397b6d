/**
 * The zone's statistics, pure (DESIGN.md §2, system 6): the declarations of a period counted and summed by day,
 * mode, partner country, industry belt and enterprise. No I/O: the service gathers the facts from the clearance
 * and export modules and hands them here.
 *
 * How a declaration counts (zone time, Asia/Shanghai days):
 * - `declarations`: accepted by customs (120) on a day of the period, counted on that day;
 * - `released`, `value`, `tax`, `parcels`: released (800) on a day of the period, counted on the release day
 *   (lists released and later cleared or returned stay counted; refused ones never were released);
 * - value in CNY: imports at their dutiable value (goods + freight + insurance, CNY); exports at the goods value of
 *   their lines when declared in CNY (142) — lists in another currency are counted but their value is left out of
 *   every CNY figure and reported under `unconverted` (no exchange rates are kept);
 * - tax: the cross-border tax of released imports (exports carry none);
 * - parcels: distinct waybills (logistics company + number) of released declarations.
 * Every figure of a breakdown sums to the totals, but for industry belts, where a declaration with lines in two
 * belts counts once in each (its value and tax are split by line, so they still sum to the totals).
 */
import { dec, decText, sum, type Dec } from '../../kernel/money';
import { zoneDayOf, zoneDayStart, zoneDaysBetween } from '../../kernel/zone-time';

export const MODES = ['9610', '9710', '9810', '1210'] as const;
/** Korea, Japan and Russia (customs numeric codes), the zone's partners: always first, in this order. */
export const FIRST_COUNTRIES = ['133', '116', '344'] as const;
/** Customs numeric code of "country unknown". */
export const UNKNOWN_COUNTRY = '701';
export const CNY = '142';
export const BELTS = ['cosmetics', 'seafood', 'wood', 'ginseng_herbal', 'fruit', 'other'] as const;
export type Belt = (typeof BELTS)[number];
export type Flow = 'import' | 'export';

export interface StatisticsFact {
  flow: Flow;
  id: string;
  tradeMode: string | null;
  country: string | null;
  ebcOrgId: string | null;
  ebcCode: string | null;
  ebcName: string | null;
  acceptedAt: Date | null;
  releasedAt: Date | null;
  released: boolean;
  /** Customs numeric currency of value and line values ('142' = CNY). */
  currency: string;
  value: string | null;
  tax: string | null;
  parcel: string | null;
  lines: { gcode: string; value: string; tax?: string }[];
}

export interface Figures {
  declarations: number;
  released: number;
  /** CNY, 2 decimals. */
  value: string;
  /** CNY, 2 decimals. */
  tax: string;
  parcels: number;
}

export type Row<K> = K & Figures & { imports: Figures; exports: Figures };

export interface ZoneStatistics {
  period: { from: string; to: string; timeZone: 'Asia/Shanghai' };
  currency: 'CNY';
  totals: Row<object>;
  byDay: Row<{ day: string }>[];
  byMode: Row<{ mode: string }>[];
  byCountry: Row<{ country: string }>[];
  byBelt: Row<{ belt: Belt }>[];
  byEnterprise: Row<{ orgId: string | null; code: string | null; name: string | null; others?: number }>[];
  /** How many enterprises had a declaration in the period (the top list shows `limit` of them, the rest summed). */
  enterprises: number;
  unconverted: { currency: string; value: string; released: number }[];
}

/** The belt of a commodity code: the longest matching prefix of the zone's mapping, else `other`. */
export function beltOf(gcode: string, prefixes: readonly { prefix: string; belt: Belt }[]): Belt {
  let best: { prefix: string; belt: Belt } | undefined;
  for (const p of prefixes) if (gcode.startsWith(p.prefix) && (!best || p.prefix.length > best.prefix.length)) best = p;
  return best?.belt ?? 'other';
}

/** The mode of a declaration (9610/9710/9810/1210); anything else as declared. */
export function modeOf(tradeMode: string | null): string {
  return tradeMode?.trim() || 'unknown';
}

class Acc {
  declarations = 0;
  released = 0;
  value: Dec = dec(0);
  tax: Dec = dec(0);
  parcels = new Set<string>();
  figures(): Figures {
    return { declarations: this.declarations, released: this.released, value: decText(this.value, 2), tax: decText(this.tax, 2), parcels: this.parcels.size };
  }
}

class Bucket {
  all = new Acc();
  byFlow: Record<Flow, Acc> = { import: new Acc(), export: new Acc() };
  add(flow: Flow, f: (a: Acc) => void): void {
    f(this.all);
    f(this.byFlow[flow]);
  }
  row<K extends object>(key: K): Row<K> {
    return { ...key, ...this.all.figures(), imports: this.byFlow.import.figures(), exports: this.byFlow.export.figures() };
  }
  get valueDec(): Dec {
    return this.all.value;
  }
}

function bucket<K>(map: Map<K, Bucket>, key: K): Bucket {
  let b = map.get(key);
  if (!b) map.set(key, (b = new Bucket()));
  return b;
}

const byValueDesc = (a: Bucket, b: Bucket) => b.valueDec.cmp(a.valueDec) || b.all.declarations - a.all.declarations;

export interface AggregateInput {
  from: string;
  to: string;
  facts: StatisticsFact[];
  belts: readonly { prefix: string; belt: Belt }[];
  /** How many enterprises to list; the rest are summed in one row. */
  limit: number;
}

export function aggregate(input: AggregateInput): ZoneStatistics {
  const start = zoneDayStart(input.from);
  const end = new Date(zoneDayStart(input.to).getTime() + 86_400_000);
  const within = (at: Date | null): at is Date => !!at && at >= start && at < end;

  const totals = new Bucket();
  const days = new Map<string, Bucket>(zoneDaysBetween(input.from, input.to).map((d) => [d, new Bucket()]));
  const modes = new Map<string, Bucket>(MODES.map((m) => [m, new Bucket()]));
  const countries = new Map<string, Bucket>(FIRST_COUNTRIES.map((c) => [c, new Bucket()]));
  const belts = new Map<Belt, Bucket>(BELTS.map((b) => [b, new Bucket()]));
  const enterprises = new Map<string, { key: { orgId: string | null; code: string | null; name: string | null }; bucket: Bucket }>();
  const unconverted = new Map<string, { value: Dec; released: number }>();

  for (const f of input.facts) {
    const accepted = within(f.acceptedAt);
    const released = f.released && within(f.releasedAt);
    if (!accepted && !released) continue;
    const inCny = f.currency === CNY;
    const value = released && inCny && f.value ? dec(f.value) : dec(0);
    const tax = released && f.tax ? dec(f.tax) : dec(0);
    if (released && !inCny && f.value) {
      const u = unconverted.get(f.currency) ?? { value: dec(0), released: 0 };
      u.value = u.value.plus(f.value);
      u.released += 1;
      unconverted.set(f.currency, u);
    }
    const parcel = released && f.parcel ? `${f.flow}:${f.parcel}` : null;
    const whole = (a: Acc) => {
      if (accepted) a.declarations += 1;
      if (released) {
        a.released += 1;
        a.value = a.value.plus(value);
        a.tax = a.tax.plus(tax);
        if (parcel) a.parcels.add(parcel);
      }
    };
    totals.add(f.flow, whole);
    if (accepted) bucket(days, zoneDayOf(f.acceptedAt!)).add(f.flow, (a) => (a.declarations += 1));
    if (released) {
      bucket(days, zoneDayOf(f.releasedAt!)).add(f.flow, (a) => {
        a.released += 1;
        a.value = a.value.plus(value);
        a.tax = a.tax.plus(tax);
        if (parcel) a.parcels.add(parcel);
      });
    }
    bucket(modes, modeOf(f.tradeMode)).add(f.flow, whole);
    bucket(countries, f.country?.trim() || UNKNOWN_COUNTRY).add(f.flow, whole);
    const entKey = f.ebcOrgId ?? f.ebcCode ?? '';
    let ent = enterprises.get(entKey);
    if (!ent) enterprises.set(entKey, (ent = { key: { orgId: f.ebcOrgId, code: f.ebcCode, name: f.ebcName }, bucket: new Bucket() }));
    ent.bucket.add(f.flow, whole);

    // Belts: the value and tax of each line go to its belt; the declaration counts once in each belt it touches.
    const lineBelts = f.lines.map((l) => beltOf(l.gcode, input.belts));
    const touched = new Set<Belt>(lineBelts.length ? lineBelts : ['other']);
    const lineValue = new Map<Belt, Dec>();
    const lineTax = new Map<Belt, Dec>();
    const addTo = (m: Map<Belt, Dec>, b: Belt, v: Dec | string) => m.set(b, (m.get(b) ?? dec(0)).plus(v));
    if (released) {
      f.lines.forEach((l, i) => {
        if (inCny) addTo(lineValue, lineBelts[i]!, l.value || '0');
        addTo(lineTax, lineBelts[i]!, l.tax || '0');
      });
      // Whatever the lines do not account for (a declaration without lines) goes to `other`, so the belts sum to the totals.
      const restValue = value.minus(sum(lineValue.values()));
      const restTax = tax.minus(sum(lineTax.values()));
      if (!restValue.isZero()) addTo(lineValue, 'other', restValue);
      if (!restTax.isZero()) addTo(lineTax, 'other', restTax);
      if (!restValue.isZero() || !restTax.isZero()) touched.add('other');
    }
    for (const b of touched) {
      bucket(belts, b).add(f.flow, (a) => {
        if (accepted) a.declarations += 1;
        if (released) {
          a.released += 1;
          a.value = a.value.plus(lineValue.get(b) ?? 0);
          a.tax = a.tax.plus(lineTax.get(b) ?? 0);
          if (parcel) a.parcels.add(parcel);
        }
      });
    }
  }

  const firstSet = new Set<string>(FIRST_COUNTRIES);
  const restCountries = [...countries.entries()].filter(([c]) => !firstSet.has(c)).sort(([ca, a], [cb, b]) => byValueDesc(a, b) || ca.localeCompare(cb));
  const extraModes = [...modes.keys()].filter((m) => !(MODES as readonly string[]).includes(m)).sort();
  const ranked = [...enterprises.values()].sort((a, b) => byValueDesc(a.bucket, b.bucket) || String(a.key.code).localeCompare(String(b.key.code)));
  const top = ranked.slice(0, input.limit).map((e) => e.bucket.row(e.key));
  const rest = ranked.slice(input.limit);
  if (rest.length) {
    const others = new Bucket();
    for (const e of rest) {
      for (const flow of ['import', 'export'] as const) {
        const from = e.bucket.byFlow[flow];
        others.add(flow, (a) => {
          a.declarations += from.declarations;
          a.released += from.released;
          a.value = a.value.plus(from.value);
          a.tax = a.tax.plus(from.tax);
          for (const p of from.parcels) a.parcels.add(p);
        });
      }
    }
    top.push(others.row({ orgId: null, code: null, name: null, others: rest.length }));
  }

  return {
    period: { from: input.from, to: input.to, timeZone: 'Asia/Shanghai' },
    currency: 'CNY',
    totals: totals.row({}),
    byDay: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, b]) => b.row({ day })),
    byMode: [...MODES, ...extraModes].map((mode) => modes.get(mode)!.row({ mode })),
    byCountry: [...FIRST_COUNTRIES.map((c) => [c, countries.get(c)!] as const), ...restCountries].map(([country, b]) => b.row({ country })),
    byBelt: BELTS.map((belt) => belts.get(belt)!.row({ belt })),
    byEnterprise: top,
    enterprises: enterprises.size,
    unconverted: [...unconverted.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, u]) => ({ currency, value: decText(u.value, 2), released: u.released })),
  };
}
