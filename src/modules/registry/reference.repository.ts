import { and, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { refCodes, tariffLines } from './reference.table';

export type TariffLine = typeof tariffLines.$inferSelect;
export type RefCode = typeof refCodes.$inferSelect;

/** The tariff line in force on a date (YYYY-MM-DD): the version with the latest effective date not after it. */
export async function tariffLineAsOf(db: Db, hsCode: string, asOf: string): Promise<TariffLine | undefined> {
  const [row] = await db
    .select()
    .from(tariffLines)
    .where(and(eq(tariffLines.hsCode, hsCode), lte(tariffLines.effectiveFrom, asOf)))
    .orderBy(desc(tariffLines.effectiveFrom))
    .limit(1);
  return row;
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
