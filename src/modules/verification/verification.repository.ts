import { asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { insertRow } from '../../db/statements';
import { identityChecks, residentIdentities } from './verification.table';

export type ResidentRow = typeof residentIdentities.$inferSelect;
export type CheckRow = typeof identityChecks.$inferSelect;

export async function findResident(db: Db, idNumber: string): Promise<ResidentRow | undefined> {
  const [row] = await db.select().from(residentIdentities).where(eq(residentIdentities.idNumber, idNumber));
  return row;
}

/** Inserts the resident unless the number is registered already; returns the row only when it was inserted. */
export async function insertResidentIfAbsent(db: Db, row: ResidentRow): Promise<ResidentRow | undefined> {
  const [created] = await db.insert(residentIdentities).values(row).onConflictDoNothing({ target: residentIdentities.idNumber }).returning();
  return created;
}

export async function listResidents(db: Db): Promise<ResidentRow[]> {
  return db.select().from(residentIdentities).orderBy(asc(residentIdentities.addedAt), asc(residentIdentities.idNumber));
}

export async function insertCheck(db: Db, row: CheckRow): Promise<void> {
  await insertRow(db, identityChecks, row);
}

/** Checks in id order (UUIDv7: creation order), after the given id. */
export async function checksAfter(db: Db, after: string | undefined, limit: number): Promise<CheckRow[]> {
  return db
    .select()
    .from(identityChecks)
    .where(after ? gt(identityChecks.id, after) : undefined)
    .orderBy(asc(identityChecks.id))
    .limit(limit);
}
