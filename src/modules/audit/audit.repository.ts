import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { auditHeads, auditLog } from './audit.table';

export type AuditRow = typeof auditLog.$inferSelect;

/** Locks the chain's head row (creating it on first use) and returns it. */
export async function lockHead(tx: Db, chain: string, genesis: string): Promise<{ seq: number; hash: string }> {
  await tx.insert(auditHeads).values({ chain, seq: 0, hash: genesis }).onConflictDoNothing();
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.chain, chain)).for('update');
  if (!head) throw new Error(`audit head ${chain} vanished`);
  return head;
}

export async function appendRow(tx: Db, row: AuditRow): Promise<void> {
  await tx.insert(auditLog).values(row);
  await tx.update(auditHeads).set({ seq: row.seq, hash: row.hash }).where(eq(auditHeads.chain, row.chain));
}

export async function listHeads(db: Db): Promise<{ chain: string; seq: number; hash: string }[]> {
  return db.select().from(auditHeads).orderBy(asc(auditHeads.chain));
}

/** Chains named by rows, including any whose head row was removed. */
export async function listRowChains(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ chain: auditLog.chain }).from(auditLog);
  return rows.map((r) => r.chain);
}

export async function chainPage(db: Db, chain: string, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.chain, chain), gt(auditLog.seq, afterSeq)))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

export interface AuditQuery {
  chain?: string;
  resourceType?: string;
  resourceId?: string;
  before?: Date;
  limit: number;
}

export async function queryRows(db: Db, q: AuditQuery): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (q.chain) where.push(eq(auditLog.chain, q.chain));
  if (q.resourceType) where.push(eq(auditLog.resourceType, q.resourceType));
  if (q.resourceId) where.push(eq(auditLog.resourceId, q.resourceId));
  if (q.before) where.push(lt(auditLog.at, q.before));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : sql`true`)
    .orderBy(desc(auditLog.at), desc(auditLog.seq))
    .limit(q.limit);
}
