import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { enterpriseFilings, filingReviews, filingTransitions, productFilings, type FilingStatus } from './filing.table';

export type FilingKind = 'enterprise' | 'product';

const tableOf = { enterprise: enterpriseFilings, product: productFilings } as const;

/** Reads one version's status and owner under a row lock, for a transition in this transaction. */
export async function lockFiling(tx: Db, kind: FilingKind, id: string): Promise<{ id: string; orgId: string; status: FilingStatus } | undefined> {
  const t = tableOf[kind];
  const [row] = await tx.select({ id: t.id, orgId: t.orgId, status: t.status }).from(t).where(eq(t.id, id)).for('update');
  return row;
}

export async function setFilingStatus(tx: Db, kind: FilingKind, id: string, to: FilingStatus, at: Date): Promise<void> {
  const t = tableOf[kind];
  const decided = to === 'effective' || to === 'rejected';
  await tx
    .update(t)
    .set({
      status: to,
      ...(decided ? { decidedAt: sql`coalesce(${t.decidedAt}, ${at.toISOString()}::timestamptz)` } : {}),
      ...(to === 'effective' ? { effectiveAt: sql`coalesce(${t.effectiveAt}, ${at.toISOString()}::timestamptz)` } : {}),
    })
    .where(eq(t.id, id));
}

export async function insertTransition(tx: Db, row: typeof filingTransitions.$inferInsert): Promise<void> {
  await tx.insert(filingTransitions).values(row);
}

export async function insertTransitions(tx: Db, rows: (typeof filingTransitions.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(filingTransitions).values(rows);
}

export async function listTransitions(db: Db, kind: FilingKind, filingId: string) {
  return db
    .select()
    .from(filingTransitions)
    .where(and(eq(filingTransitions.filingKind, kind), eq(filingTransitions.filingId, filingId)))
    .orderBy(filingTransitions.at, filingTransitions.id);
}

export async function insertReviews(tx: Db, rows: (typeof filingReviews.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(filingReviews).values(rows);
}

export async function listReviews(db: Db, kind: FilingKind, filingId: string) {
  return db
    .select()
    .from(filingReviews)
    .where(and(eq(filingReviews.filingKind, kind), eq(filingReviews.filingId, filingId)))
    .orderBy(filingReviews.reviewer);
}

/** Records a reviewer's decision on its open review; false when it has none open on this version. */
export async function decideReview(
  tx: Db,
  r: { kind: FilingKind; filingId: string; reviewer: string; decision: 'approved' | 'rejected'; reason: string | null; orgId: string | null; userId: string | null; at: Date },
): Promise<boolean> {
  const rows = await tx
    .update(filingReviews)
    .set({ decision: r.decision, reason: r.reason, decidedByOrg: r.orgId, decidedByUser: r.userId, decidedAt: r.at })
    .where(and(eq(filingReviews.filingKind, r.kind), eq(filingReviews.filingId, r.filingId), eq(filingReviews.reviewer, r.reviewer), sql`${filingReviews.decision} is null`))
    .returning({ id: filingReviews.id });
  return rows.length > 0;
}

/** The other version of the same filing that is in force (effective or suspended), if any. */
export async function inForceSibling(tx: Db, kind: FilingKind, filingId: string): Promise<string | undefined> {
  if (kind === 'enterprise') {
    const [me] = await tx.select({ orgId: enterpriseFilings.orgId }).from(enterpriseFilings).where(eq(enterpriseFilings.id, filingId));
    if (!me) return undefined;
    const [other] = await tx
      .select({ id: enterpriseFilings.id })
      .from(enterpriseFilings)
      .where(and(eq(enterpriseFilings.orgId, me.orgId), ne(enterpriseFilings.id, filingId), inArray(enterpriseFilings.status, ['effective', 'suspended'])));
    return other?.id;
  }
  const [me] = await tx.select({ orgId: productFilings.orgId, itemNo: productFilings.itemNo }).from(productFilings).where(eq(productFilings.id, filingId));
  if (!me) return undefined;
  const [other] = await tx
    .select({ id: productFilings.id })
    .from(productFilings)
    .where(and(eq(productFilings.orgId, me.orgId), eq(productFilings.itemNo, me.itemNo), ne(productFilings.id, filingId), inArray(productFilings.status, ['effective', 'suspended'])));
  return other?.id;
}
