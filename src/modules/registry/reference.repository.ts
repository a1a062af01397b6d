import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { cachedRead } from '../../db/versions';
import { referenceLoads, refCodes, tariffLines } from './reference.table';

export type TariffLine = typeof tariffLines.$inferSelect;
export type RefCode = typeof refCodes.$inferSelect;

/** The tariff line in force on a date (YYYY-MM-DD): the version with the latest effective date not after it. */
export function tariffLineAsOf(db: Db, hsCode: string, asOf: string): Promise<TariffLine | undefined> {
  return cachedRead(db, 'tariff_lines', `${hsCode}:${asOf}`, async () => {
    const [row] = await db
      .select()
      .from(tariffLines)
      .where(and(eq(tariffLines.hsCode, hsCode), lte(tariffLines.effectiveFrom, asOf)))
      .orderBy(desc(tariffLines.effectiveFrom))
      .limit(1);
    return row;
  });
}

/** A code of a code table in force on a date (YYYY-MM-DD). */
export async function codeAsOf(db: Db, codeTable: string, code: string, asOf: string): Promise<RefCode | undefined> {
  const [row] = await db
    .select()
    .from(refCodes)
    .where(and(eq(refCodes.codeTable, codeTable), eq(refCodes.code, code), lte(refCodes.effectiveFrom, asOf)))
    .orderBy(desc(refCodes.effectiveFrom))
    .limit(1);
  return row;
}

export async function lastChecksums(db: Db): Promise<Map<string, string>> {
  const found = await db
    .selectDistinctOn([referenceLoads.dataset], { dataset: referenceLoads.dataset, checksum: referenceLoads.checksum })
    .from(referenceLoads)
    .orderBy(referenceLoads.dataset, desc(referenceLoads.loadedAt));
  return new Map(found.map((r) => [r.dataset, r.checksum]));
}

export async function insertLoad(tx: Db, row: typeof referenceLoads.$inferInsert): Promise<void> {
  await tx.insert(referenceLoads).values(row);
}

const CHUNK = 500;

export async function upsertCodes(tx: Db, values: (typeof refCodes.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < values.length; i += CHUNK) {
    await tx
      .insert(refCodes)
      .values(values.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: [refCodes.codeTable, refCodes.code, refCodes.effectiveFrom],
        set: { nameZh: sql`excluded.name_zh`, nameEn: sql`excluded.name_en`, attrs: sql`excluded.attrs`, verified: sql`excluded.verified`, note: sql`excluded.note`, source: sql`excluded.source`, loadedAt: sql`excluded.loaded_at` },
      });
  }
}

export async function upsertTariffLines(tx: Db, values: (typeof tariffLines.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < values.length; i += CHUNK) {
    await tx
      .insert(tariffLines)
      .values(values.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: [tariffLines.hsCode, tariffLines.effectiveFrom],
        set: {
          nameZh: sql`excluded.name_zh`,
          vatRate: sql`excluded.vat_rate`,
          consumptionTaxKind: sql`excluded.consumption_tax_kind`,
          consumptionTaxRate: sql`excluded.consumption_tax_rate`,
          consumptionTaxSpecific: sql`excluded.consumption_tax_specific`,
          mfnRate: sql`excluded.mfn_rate`,
          legalUnit1: sql`excluded.legal_unit1`,
          legalUnit2: sql`excluded.legal_unit2`,
          positiveList: sql`excluded.positive_list`,
          demo: sql`excluded.demo`,
          source: sql`excluded.source`,
          note: sql`excluded.note`,
          loadedAt: sql`excluded.loaded_at`,
        },
      });
  }
}

export async function insertTariffLine(tx: Db, row: typeof tariffLines.$inferInsert): Promise<TariffLine> {
  const [created] = await tx.insert(tariffLines).values(row).returning();
  return created!;
}

/** Every version of a tariff line, oldest first. */
export async function tariffVersions(db: Db, hsCode: string): Promise<TariffLine[]> {
  return db.select().from(tariffLines).where(eq(tariffLines.hsCode, hsCode)).orderBy(tariffLines.effectiveFrom);
}

/** A code table as in force on a date: per code, its latest version not after the date. */
export async function codesAsOf(db: Db, codeTable: string, asOf: string): Promise<RefCode[]> {
  return db
    .selectDistinctOn([refCodes.code])
    .from(refCodes)
    .where(and(eq(refCodes.codeTable, codeTable), lte(refCodes.effectiveFrom, asOf)))
    .orderBy(refCodes.code, desc(refCodes.effectiveFrom));
}

export async function tableCounts(db: Db): Promise<{ codeTable: string; codes: number }[]> {
  return db
    .select({ codeTable: refCodes.codeTable, codes: sql<number>`count(distinct ${refCodes.code})::int` })
    .from(refCodes)
    .groupBy(refCodes.codeTable)
    .orderBy(refCodes.codeTable);
}

/** The 10-digit lines under an 8-digit tariff number, as in force on a date. */
export async function latestLinesWithPrefix(db: Db, prefix: string, asOf: string): Promise<TariffLine[]> {
  return db
    .selectDistinctOn([tariffLines.hsCode])
    .from(tariffLines)
    .where(and(sql`${tariffLines.hsCode} like ${`${prefix}%`}`, lte(tariffLines.effectiveFrom, asOf)))
    .orderBy(tariffLines.hsCode, desc(tariffLines.effectiveFrom));
}

/** The CEB codes of the customs code tables in force on a date: the numeric code for currencies and countries. */
export async function cebCodeSets(db: Db, asOf: string): Promise<Record<'currency' | 'country' | 'unit' | 'trade_mode' | 'transport_mode', Set<string>>> {
  const rows = await db
    .selectDistinctOn([refCodes.codeTable, refCodes.code], { codeTable: refCodes.codeTable, code: refCodes.code, attrs: refCodes.attrs })
    .from(refCodes)
    .where(and(inArray(refCodes.codeTable, ['currency', 'country', 'unit', 'trade_mode', 'transport_mode']), lte(refCodes.effectiveFrom, asOf)))
    .orderBy(refCodes.codeTable, refCodes.code, desc(refCodes.effectiveFrom));
  const sets = { currency: new Set<string>(), country: new Set<string>(), unit: new Set<string>(), trade_mode: new Set<string>(), transport_mode: new Set<string>() };
  for (const r of rows) {
    const table = r.codeTable as keyof typeof sets;
    const numeric = r.attrs.ceb_numeric;
    if (table === 'currency' || table === 'country') {
      if (typeof numeric === 'string' && numeric) sets[table].add(numeric);
    } else sets[table].add(r.code);
  }
  return sets;
}

/** The countries of the code table as in force on a day, by their customs numeric code: ISO code and names. */
export async function countriesByCebNumeric(db: Db, asOf: string): Promise<Map<string, { iso3: string; nameZh: string; nameEn: string }>> {
  const rows = await db
    .selectDistinctOn([refCodes.code], { code: refCodes.code, nameZh: refCodes.nameZh, nameEn: refCodes.nameEn, attrs: refCodes.attrs })
    .from(refCodes)
    .where(and(eq(refCodes.codeTable, 'country'), lte(refCodes.effectiveFrom, asOf)))
    .orderBy(refCodes.code, desc(refCodes.effectiveFrom));
  const out = new Map<string, { iso3: string; nameZh: string; nameEn: string }>();
  for (const r of rows) {
    const numeric = r.attrs.ceb_numeric;
    if (typeof numeric === 'string' && numeric) out.set(numeric, { iso3: r.code, nameZh: r.nameZh ?? r.code, nameEn: r.nameEn ?? r.code });
  }
  return out;
}
