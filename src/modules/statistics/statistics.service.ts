/**
 * The zone statistics (DESIGN.md §2, system 6), for the zone office and the departments with statistics in their
 * scope (commerce): the facts come through the clearance and export modules' public functions, the enterprise
 * names through identity's; the figures are aggregated by the pure `aggregate`.
 */
import type { AppContext, Caller } from '../../app/context';
import { AppError } from '../../kernel/errors';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { zoneDayOf, zoneDayStart } from '../../kernel/zone-time';
import { authorize } from '../access';
import { recordRead } from '../audit';
import { importStatisticsFacts } from '../clearance';
import { exportStatisticsFacts } from '../export';
import { orgById } from '../identity';
import { countriesByCebNumeric } from '../registry';
import { aggregate, CNY, MODES, UNKNOWN_COUNTRY, type Belt, type Row, type StatisticsFact, type ZoneStatistics } from './aggregate';
import { beltPrefixes, countryInfo } from './reference';

/** The longest period one request may ask for. */
export const MAX_PERIOD_DAYS = 366;

export interface StatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

export type ZoneStatisticsView = Omit<ZoneStatistics, 'byCountry' | 'byEnterprise' | 'byMode' | 'byBelt'> & {
  byMode: Row<{ mode: string; label: string }>[];
  byCountry: Row<{ country: string; iso3: string | null; name: string }>[];
  byBelt: Row<{ belt: Belt; label: string }>[];
  byEnterprise: Row<{ orgId: string | null; code: string | null; name: string | null; others?: number; label: string }>[];
};

/** The period asked for, or the current month of the zone up to today. */
export function periodOf(now: Date, q: StatisticsQuery): { from: string; to: string } {
  const today = zoneDayOf(now);
  const to = q.to ?? today;
  const from = q.from ?? (q.to ? `${q.to.slice(0, 8)}01` : `${today.slice(0, 8)}01`);
  if (from > to) throw new AppError('invalid', 'stats.period_invalid', { from, to });
  const days = Math.round((zoneDayStart(to).getTime() - zoneDayStart(from).getTime()) / 86_400_000) + 1;
  if (days > MAX_PERIOD_DAYS) throw new AppError('invalid', 'stats.period_too_long', { days: MAX_PERIOD_DAYS });
  return { from, to };
}

export function modeLabel(mode: string, locale: Locale): string {
  return (MODES as readonly string[]).includes(mode) ? t(locale, `stats.mode_${mode}` as MessageKey) : t(locale, 'stats.mode_other', { mode });
}

export function beltLabel(belt: Belt, locale: Locale): string {
  return t(locale, `stats.belt_${belt}` as MessageKey);
}

export async function zoneStatistics(ctx: AppContext, caller: Caller, q: StatisticsQuery, locale: Locale): Promise<ZoneStatisticsView> {
  authorize(caller.actor, 'statistics.read');
  const { from, to } = periodOf(ctx.clock.now(), q);
  const window = { environment: 'production' as const, from: zoneDayStart(from), to: new Date(zoneDayStart(to).getTime() + 86_400_000) };
  const [imports, exports] = await Promise.all([importStatisticsFacts(ctx, window), exportStatisticsFacts(ctx, window)]);
  const facts: StatisticsFact[] = [
    ...imports.map((f) => ({ ...f, flow: 'import' as const, currency: CNY, tax: f.taxTotal })),
    ...exports.map((f) => ({ ...f, flow: 'export' as const, currency: f.currency ?? CNY, tax: null })),
  ];
  const stats = aggregate({ from, to, facts, belts: beltPrefixes(), limit: q.limit ?? 10 });
  const countries = await countriesByCebNumeric(ctx.db, to);

  const names = new Map<string, string>();
  for (const e of stats.byEnterprise) {
    if (!e.orgId || names.has(e.orgId)) continue;
    const org = await orgById(ctx.db, e.orgId);
    if (org) names.set(e.orgId, (locale === 'zh-CN' ? undefined : org.names[locale]) ?? org.nameZh);
  }
  await recordRead(ctx, caller, 'zone_statistics', [], { from, to, imports: imports.length, exports: exports.length });
  return {
    ...stats,
    byMode: stats.byMode.map((r) => ({ ...r, label: modeLabel(r.mode, locale) })),
    byCountry: stats.byCountry.map((r) => {
      const c = countryInfo(r.country, locale, countries);
      return { ...r, iso3: c.iso3, name: c.name ?? (r.country === UNKNOWN_COUNTRY ? t(locale, 'stats.country_unknown') : r.country) };
    }),
    byBelt: stats.byBelt.map((r) => ({ ...r, label: beltLabel(r.belt, locale) })),
    byEnterprise: stats.byEnterprise.map((r) => ({
      ...r,
      label: r.others !== undefined ? t(locale, 'stats.others', { count: r.others }) : ((r.orgId && names.get(r.orgId)) ?? r.name ?? r.code ?? ''),
    })),
  };
}
