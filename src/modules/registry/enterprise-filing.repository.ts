import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { enterpriseFilings } from './filing.table';

export type EnterpriseFilingRow = typeof enterpriseFilings.$inferSelect;

/** The version of an enterprise's filing in force (effective or suspended), if any. */
export async function findInForce(db: Db, orgId: string): Promise<EnterpriseFilingRow | undefined> {
  const [row] = await db
    .select()
    .from(enterpriseFilings)
    .where(and(eq(enterpriseFilings.orgId, orgId), inArray(enterpriseFilings.status, ['effective', 'suspended'])));
  return row;
}

export async function latestVersion(db: Db, orgId: string): Promise<EnterpriseFilingRow | undefined> {
  const [row] = await db.select().from(enterpriseFilings).where(eq(enterpriseFilings.orgId, orgId)).orderBy(desc(enterpriseFilings.version)).limit(1);
  return row;
}
