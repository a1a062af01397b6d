import { and, asc, desc, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { cachedRead } from '../../db/versions';
import { filingReviews, productFilings, productShares } from './filing.table';

export type ProductFilingRow = typeof productFilings.$inferSelect;
export type NewProductFilingRow = typeof productFilings.$inferInsert;

export async function findProduct(db: Db, id: string): Promise<ProductFilingRow | undefined> {
  const [row] = await db.select().from(productFilings).where(eq(productFilings.id, id));
  return row;
}

/** Inserts many versions in one statement (bulk filing writes 500 at a time). */
export async function insertProducts(tx: Db, rows: NewProductFilingRow[]): Promise<void> {
  if (rows.length) await tx.insert(productFilings).values(rows);
}

export interface ItemState {
  latestVersion: number;
  /** A version is under review: a new one must wait. */
  pending: boolean;
}

/** For each of an enterprise's item numbers already filed: its latest version and whether one is under review. */
export async function itemStates(db: Db, orgId: string, itemNos: string[]): Promise<Map<string, ItemState>> {
  if (!itemNos.length) return new Map();
  const found = await db
    .select({
      itemNo: productFilings.itemNo,
      latestVersion: sql<number>`max(${productFilings.version})::int`,
      pending: sql<boolean>`bool_or(${productFilings.status} = 'submitted')`,
    })
    .from(productFilings)
    .where(and(eq(productFilings.orgId, orgId), inArray(productFilings.itemNo, itemNos)))
    .groupBy(productFilings.itemNo);
  return new Map(found.map((r) => [r.itemNo, { latestVersion: Number(r.latestVersion), pending: Boolean(r.pending) }]));
}

export async function listVersions(db: Db, orgId: string, itemNo: string) {
  return db
    .select({ id: productFilings.id, version: productFilings.version, status: productFilings.status, submittedAt: productFilings.submittedAt, effectiveAt: productFilings.effectiveAt })
    .from(productFilings)
    .where(and(eq(productFilings.orgId, orgId), eq(productFilings.itemNo, itemNo)))
    .orderBy(asc(productFilings.version));
}

/** Which product filings a reader sees, as data turned into SQL here. */
export type ProductReadScope = { all: true } | { all: false; orgId: string };

/**
 * A party to whom an item was shared sees the versions of it that have been in force: what later
 * documents were checked against, never drafts, rejections or withdrawals.
 */
function sharedWith(partyOrgId: string): SQL {
  return sql`(${productFilings.effectiveAt} is not null and exists (select 1 from ${productShares} s where s.owner_org_id = ${productFilings.orgId} and s.item_no = ${productFilings.itemNo} and s.party_org_id = ${partyOrgId}))`;
}

function scopeCondition(scope: ProductReadScope): SQL | undefined {
  if (scope.all) return undefined;
  return or(eq(productFilings.orgId, scope.orgId), sharedWith(scope.orgId));
}

export async function isVisible(db: Db, scope: ProductReadScope, id: string): Promise<boolean> {
  const cond = scopeCondition(scope);
  const [row] = await db
    .select({ id: productFilings.id })
    .from(productFilings)
    .where(cond ? and(eq(productFilings.id, id), cond) : eq(productFilings.id, id));
  return Boolean(row);
}

export interface ProductSearch {
  scope: ProductReadScope;
  q?: string | undefined;
  hsCodePrefix?: string | undefined;
  status?: string | undefined;
  orgId?: string | undefined;
  itemNo?: string | undefined;
  positiveList?: string | undefined;
  /** Only versions with an open review by this reviewer. */
  openReviewer?: string | undefined;
  limit: number;
  offset: number;
}

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function searchProducts(db: Db, s: ProductSearch): Promise<ProductFilingRow[]> {
  const where: SQL[] = [];
  const scope = scopeCondition(s.scope);
  if (scope) where.push(scope);
  if (s.orgId) where.push(eq(productFilings.orgId, s.orgId));
  if (s.itemNo) where.push(eq(productFilings.itemNo, s.itemNo));
  if (s.status) where.push(eq(productFilings.status, s.status as ProductFilingRow['status']));
  if (s.positiveList) where.push(eq(productFilings.positiveList, s.positiveList as ProductFilingRow['positiveList']));
  if (s.hsCodePrefix) where.push(like(productFilings.hsCode, `${escapeLike(s.hsCodePrefix)}%`));
  if (s.openReviewer) {
    where.push(
      sql`exists (select 1 from ${filingReviews} r where r.filing_kind = 'product' and r.filing_id = ${productFilings.id} and r.reviewer = ${s.openReviewer} and r.decision is null)`,
    );
  }
  if (s.q) {
    const pattern = `%${escapeLike(s.q)}%`;
    where.push(
      or(
        ilike(productFilings.nameZh, pattern),
        sql`${productFilings.names}::text ilike ${pattern}`,
        ilike(productFilings.itemNo, pattern),
        ilike(productFilings.brand, pattern),
        eq(productFilings.barcode, s.q),
      )!,
    );
  }
  return db
    .select()
    .from(productFilings)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(productFilings.submittedAt), desc(productFilings.id))
    .limit(s.limit)
    .offset(s.offset);
}

/** The version of an item in force and effective now, if any. */
export function findEffective(db: Db, orgId: string, itemNo: string): Promise<ProductFilingRow | undefined> {
  return cachedRead(db, 'product_filings', `${orgId}:${itemNo}`, async () => {
    const [row] = await db
      .select()
      .from(productFilings)
      .where(and(eq(productFilings.orgId, orgId), eq(productFilings.itemNo, itemNo), eq(productFilings.status, 'effective')));
    return row;
  });
}

/** Records that a party may read an owner's items; a pair already shared keeps its first reason and date. */
export async function insertShares(tx: Db, rows: (typeof productShares.$inferInsert)[]): Promise<number> {
  if (!rows.length) return 0;
  const created = await tx.insert(productShares).values(rows).onConflictDoNothing().returning({ itemNo: productShares.itemNo });
  return created.length;
}
