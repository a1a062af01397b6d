import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { auditHeads, auditLog } from './audit.table';

export type AuditRow = typeof auditLog.$inferSelect;

/**
 * Reserves the next sequence number of a chain and returns the previous head. The update locks the
 * head row until the transaction ends, so appends to one chain queue up and other chains are untouched.
 */
export async function advanceHead(tx: Db, chain: string, genesis: string): Promise<{ seq: number; hash: string }> {
  for (;;) {
    const [head] = await tx
      .update(auditHeads)
      .set({ seq: sql`${auditHeads.seq} + 1` })
      .where(eq(auditHeads.chain, chain))
      .returning({ seq: auditHeads.seq, hash: auditHeads.hash });
    if (head) return { seq: head.seq - 1, hash: head.hash };
    // First row of a new chain; if another transaction creates the head first, go round and advance it.
    const created = await tx.insert(auditHeads).values({ chain, seq: 1, hash: genesis }).onConflictDoNothing().returning({ seq: auditHeads.seq });
    if (created.length) return { seq: 0, hash: genesis };
  }
}

/** Inserts the row and moves the head's hash to it, in one statement. */
export async function appendRow(tx: Db, row: AuditRow): Promise<void> {
  await tx.execute(sql`
    with head as (update ${auditHeads} set hash = ${row.hash} where ${auditHeads.chain} = ${row.chain})
    insert into ${auditLog} (chain, seq, id, at, actor_org_id, actor_user_id, actor_key_id, action, resource_type, resource_id, request_id, details, prev_hash, hash)
    values (${row.chain}, ${row.seq}, ${row.id}, ${row.at.toISOString()}::timestamptz, ${row.actorOrgId}, ${row.actorUserId}, ${row.actorKeyId}, ${row.action},
            ${row.resourceType}, ${row.resourceId}, ${row.requestId}, ${JSON.stringify(row.details)}::jsonb, ${row.prevHash}, ${row.hash})`);
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
