/**
 * Customs credit levels as dated, editable data (POLICY-NOTES §4): 令第251号 from 2021-11-01 to 2026-03-31, kept
 * for history, and 令第282号 from 2026-04-01. Each level multiplies the base inspection and review rates by its
 * factors; where a rule speaks of a rate rather than a ratio (251: dishonest enterprises "80% or more"), the level
 * carries a floor rate instead, applied over whatever the base rate is.
 *
 * The table has no floor columns, so the floors travel in the `names` jsonb beside the five names, under the keys
 * `floor.inspection` and `floor.review` (decimal strings). Rows customs edited (status `set_by_customs`) are never
 * overwritten by a reload of the data file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, asc, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { LOCALES, type Locale } from '../../kernel/i18n';
import { zoneDayOf } from '../../kernel/zone-time';
import { decodeText, parseCsv } from '../registry';
import { creditCustomsLevels, creditLevels } from './credit.table';

export const LEVELS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/reference/credit-levels.csv');

/** The level an enterprise has when customs decided nothing, in every regime. */
export const DEFAULT_LEVEL = 'regular';
/** Status of a level whose factors customs set through the API. */
export const SET_BY_CUSTOMS = 'set_by_customs';

const IsoDate = z.iso.date();
const Factor = z.coerce.number().min(0).max(1000);
const Floor = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : Number(v)))
  .pipe(z.number().min(0).max(1).nullable());

const LevelRow = z.object({
  regime: z.string().regex(/^[a-z0-9]+$/),
  in_force_from: IsoDate,
  in_force_to: IsoDate.or(z.literal('').transform(() => null)),
  level_order: z.coerce.number().int().min(1).max(99),
  level_code: z.string().regex(/^[a-z_]+$/),
  name_zh: z.string().trim().min(1),
  name_ko: z.string().trim().min(1),
  name_ja: z.string().trim().min(1),
  name_ru: z.string().trim().min(1),
  name_en: z.string().trim().min(1),
  is_aeo: z.enum(['true', 'false']).transform((v) => v === 'true'),
  inspection_factor: Factor,
  review_factor: Factor,
  inspection_floor: Floor,
  review_floor: Floor,
  factor_status: z.string().trim().min(1),
  source_ref: z.string().trim(),
});

export interface CreditLevel {
  regime: string;
  levelCode: string;
  inForceFrom: string;
  inForceTo: string | null;
  levelOrder: number;
  names: Record<Locale, string>;
  isAeo: boolean;
  inspectionFactor: number;
  reviewFactor: number;
  inspectionFloor: number | null;
  reviewFloor: number | null;
  status: string;
  source: string;
}

type LevelRecord = typeof creditLevels.$inferSelect;

export function namesJson(names: Record<Locale, string>, floors: { inspection: number | null; review: number | null }): Record<string, string> {
  const out: Record<string, string> = { ...names };
  if (floors.inspection !== null) out['floor.inspection'] = String(floors.inspection);
  if (floors.review !== null) out['floor.review'] = String(floors.review);
  return out;
}

export function toLevel(r: LevelRecord): CreditLevel {
  const names = Object.fromEntries(LOCALES.map((l) => [l, r.names[l] ?? r.names['zh-CN'] ?? r.levelCode])) as Record<Locale, string>;
  const floor = (k: string) => (r.names[k] !== undefined && r.names[k] !== '' ? Number(r.names[k]) : null);
  return {
    regime: r.regime,
    levelCode: r.levelCode,
    inForceFrom: r.inForceFrom,
    inForceTo: r.inForceTo,
    levelOrder: r.levelOrder,
    names,
    isAeo: r.isAeo,
    inspectionFactor: Number(r.inspectionFactor),
    reviewFactor: Number(r.reviewFactor),
    inspectionFloor: floor('floor.inspection'),
    reviewFloor: floor('floor.review'),
    status: r.status,
    source: r.source,
  };
}

/** Reads data/reference/credit-levels.csv into level rows (throws naming the row on a bad one). */
export function readLevelsFile(file: string = LEVELS_FILE): (typeof creditLevels.$inferInsert)[] {
  const [header, ...body] = parseCsv(decodeText(fs.readFileSync(file)));
  if (!header) return [];
  const keys = header.fields.map((h) => h.trim());
  return body
    .filter((r) => r.fields.some((f) => f.trim()))
    .map((r, i) => {
      const rec = Object.fromEntries(keys.map((k, j) => [k, r.fields[j] ?? '']));
      const p = LevelRow.safeParse(rec);
      if (!p.success) throw new Error(`${path.basename(file)} row ${i + 2}: ${p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      const d = p.data;
      return {
        regime: d.regime,
        levelCode: d.level_code,
        inForceFrom: d.in_force_from,
        inForceTo: d.in_force_to,
        levelOrder: d.level_order,
        names: namesJson({ 'zh-CN': d.name_zh, ko: d.name_ko, ja: d.name_ja, ru: d.name_ru, en: d.name_en }, { inspection: d.inspection_floor, review: d.review_floor }),
        isAeo: d.is_aeo,
        inspectionFactor: String(d.inspection_factor),
        reviewFactor: String(d.review_factor),
        status: d.factor_status,
        source: d.source_ref,
      };
    });
}

/** Loads the levels file: new levels are added, unedited ones follow the file, levels customs edited stay as customs set them. */
export async function loadCreditLevels(db: Db, file: string = LEVELS_FILE): Promise<number> {
  const rows = readLevelsFile(file);
  if (!rows.length) return 0;
  await db
    .insert(creditLevels)
    .values(rows)
    .onConflictDoUpdate({
      target: [creditLevels.regime, creditLevels.levelCode],
      set: {
        inForceFrom: sql`excluded.in_force_from`,
        inForceTo: sql`excluded.in_force_to`,
        levelOrder: sql`excluded.level_order`,
        names: sql`excluded.names`,
        isAeo: sql`excluded.is_aeo`,
        inspectionFactor: sql`excluded.inspection_factor`,
        reviewFactor: sql`excluded.review_factor`,
        status: sql`excluded.status`,
        source: sql`excluded.source`,
      },
      setWhere: sql`${creditLevels.status} <> ${SET_BY_CUSTOMS}`,
    });
  return rows.length;
}

export async function allLevels(db: Db): Promise<CreditLevel[]> {
  return (await db.select().from(creditLevels).orderBy(asc(creditLevels.inForceFrom), asc(creditLevels.levelOrder))).map(toLevel);
}

export async function levelByCode(db: Db, regime: string, levelCode: string): Promise<CreditLevel | undefined> {
  const [r] = await db.select().from(creditLevels).where(and(eq(creditLevels.regime, regime), eq(creditLevels.levelCode, levelCode)));
  return r && toLevel(r);
}

/** The regime in force on the zone date of `at` (the latest starting one, should two overlap), with its levels. */
export function regimeAt(levels: readonly CreditLevel[], at: Date): { regime: string; levels: CreditLevel[] } | undefined {
  const day = zoneDayOf(at);
  const inForce = levels.filter((l) => l.inForceFrom <= day && (l.inForceTo === null || l.inForceTo >= day));
  if (!inForce.length) return undefined;
  const regime = [...inForce].sort((a, b) => b.inForceFrom.localeCompare(a.inForceFrom))[0]!.regime;
  return { regime, levels: inForce.filter((l) => l.regime === regime).sort((a, b) => a.levelOrder - b.levelOrder) };
}

export interface LevelDecision {
  id: string;
  regime: string;
  levelCode: string;
  validFrom: Date;
  validTo: Date | null;
  decidedBy: string;
  reason: string | null;
}

/** The level customs decided for an enterprise that stands at `at`, if any. */
export async function decidedLevelAt(db: Db, orgId: string, at: Date): Promise<LevelDecision | undefined> {
  const [r] = await db
    .select()
    .from(creditCustomsLevels)
    .where(and(eq(creditCustomsLevels.orgId, orgId), lte(creditCustomsLevels.validFrom, at), or(isNull(creditCustomsLevels.validTo), gt(creditCustomsLevels.validTo, at))))
    .orderBy(desc(creditCustomsLevels.validFrom))
    .limit(1);
  return r;
}

export async function levelHistory(db: Db, orgId: string): Promise<LevelDecision[]> {
  return db.select().from(creditCustomsLevels).where(eq(creditCustomsLevels.orgId, orgId)).orderBy(asc(creditCustomsLevels.validFrom));
}

export interface LevelInForce {
  level: CreditLevel;
  /** decided: customs set it under this regime; carried_over: set under the previous regime, same level code; default: nothing decided. */
  basis: 'decided' | 'carried_over' | 'default';
  decision: LevelDecision | null;
}

/**
 * An enterprise's customs level at `at` under the regime then in force. A level decided under 令第251号 carries
 * over to the level of the same code under 令第282号 (advanced certified, regular, dishonest, seriously
 * dishonest) until customs decides again; nothing decided is the regular level.
 */
export function levelInForce(levels: readonly CreditLevel[], at: Date, decision: LevelDecision | undefined): LevelInForce | undefined {
  const regime = regimeAt(levels, at);
  if (!regime) return undefined;
  const byCode = (code: string) => regime.levels.find((l) => l.levelCode === code);
  const fallback = byCode(DEFAULT_LEVEL) ?? regime.levels[Math.floor(regime.levels.length / 2)]!;
  if (!decision) return { level: fallback, basis: 'default', decision: null };
  const same = byCode(decision.levelCode);
  if (same) return { level: same, basis: decision.regime === regime.regime ? 'decided' : 'carried_over', decision };
  return { level: fallback, basis: 'default', decision };
}
