import { and, arrayOverlaps, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../db/database';
import { cachedRead } from '../../db/versions';
import { enterpriseFilings, filingReviews } from './filing.table';

export type EnterpriseFilingRow = typeof enterpriseFilings.$inferSelect;

/** The version of an enterprise's filing in force (effective or suspended), if any. */
export function findInForce(db: Db, orgId: string): Promise<EnterpriseFilingRow | undefined> {
  return cachedRead(db, 'enterprise_filings', orgId, async () => {
  const [row] = await db
    .select()
    .from(enterpriseFilings)
    .where(and(eq(enterpriseFilings.orgId, orgId), inArray(enterpriseFilings.status, ['effective', 'suspended'])));
  return row;
  });
}

export async function latestVersion(db: Db, orgId: string): Promise<EnterpriseFilingRow | undefined> {
  const [row] = await db.select().from(enterpriseFilings).where(eq(enterpriseFilings.orgId, orgId)).orderBy(desc(enterpriseFilings.version)).limit(1);
  return row;
}

export async function insertFiling(tx: Db, row: typeof enterpriseFilings.$inferInsert): Promise<EnterpriseFilingRow> {
  const [created] = await tx.insert(enterpriseFilings).values(row).returning();
  return created!;
}

export async function findFiling(db: Db, id: string): Promise<EnterpriseFilingRow | undefined> {
  const [row] = await db.select().from(enterpriseFilings).where(eq(enterpriseFilings.id, id));
  return row;
}

export async function hasSubmitted(db: Db, orgId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: enterpriseFilings.id })
    .from(enterpriseFilings)
    .where(and(eq(enterpriseFilings.orgId, orgId), eq(enterpriseFilings.status, 'submitted')))
    .limit(1);
  return Boolean(row);
}

export interface FilingSearch {
  orgId?: string;
  /** Only filings some of whose roles are among these (a department's scope). */
  rolesAny?: readonly string[];
  status?: string;
  role?: string;
  /** Only versions with an open review by this reviewer. */
  openReviewer?: string;
  q?: string;
  limit: number;
  offset: number;
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function searchFilings(db: Db, s: FilingSearch): Promise<EnterpriseFilingRow[]> {
  const where: SQL[] = [];
  if (s.orgId) where.push(eq(enterpriseFilings.orgId, s.orgId));
  if (s.rolesAny) where.push(arrayOverlaps(enterpriseFilings.roles, [...s.rolesAny]));
  if (s.status) where.push(eq(enterpriseFilings.status, s.status as EnterpriseFilingRow['status']));
  if (s.role) where.push(sql`${s.role} = any(${enterpriseFilings.roles})`);
  if (s.openReviewer) {
    where.push(
      sql`exists (select 1 from ${filingReviews} r where r.filing_kind = 'enterprise' and r.filing_id = ${enterpriseFilings.id} and r.reviewer = ${s.openReviewer} and r.decision is null)`,
    );
  }
  if (s.q) {
    const like = likePattern(s.q);
    where.push(or(eq(enterpriseFilings.uscc, s.q.toUpperCase()), ilike(enterpriseFilings.nameZh, like), sql`${enterpriseFilings.names}::text ilike ${like}`)!);
  }
  return db
    .select()
    .from(enterpriseFilings)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(enterpriseFilings.submittedAt), desc(enterpriseFilings.version))
    .limit(s.limit)
    .offset(s.offset);
}

export interface PublicFilingRow {
  uscc: string;
  name_zh: string;
  names: Record<string, string>;
  roles: string[];
  status: 'effective' | 'suspended' | 'cancelled';
  version: number;
  filed_since: Date | string | null;
}

/**
 * The public view: per enterprise, its latest version that was ever in force (effective, suspended or
 * cancelled), found by exact code or by a part of a name in any language.
 */
export async function publicSearch(db: Db, q: string, limit: number): Promise<PublicFilingRow[]> {
  const like = likePattern(q);
  return rows<PublicFilingRow>(
    db,
    sql`select distinct on (f.org_id) f.uscc, f.name_zh, f.names, f.roles, f.status, f.version,
          (select min(e.effective_at) from ${enterpriseFilings} e where e.org_id = f.org_id) as filed_since
        from ${enterpriseFilings} f
        where f.status in ('effective', 'suspended', 'cancelled')
          and (f.uscc = ${q.toUpperCase()} or f.name_zh ilike ${like} or f.names::text ilike ${like})
        order by f.org_id, f.version desc
        limit ${limit}`,
  );
}
