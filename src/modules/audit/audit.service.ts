import type { AppContext, Caller, Ports } from '../../app/context';
import type { Db } from '../../db/database';
import type { Actor } from '../access';
import { auditChainScope, authorize, chainOf, isAuditedReader } from '../access';
import { GENESIS_HASH, rowHash } from './audit.hash';
import * as repo from './audit.repository';

export interface AuditEntry {
  actor: Actor;
  action: string;
  resourceType: string;
  resourceId?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
  /** Chain for actions without an organisation of their own (e.g. a self-registration). */
  chainOrgId?: string;
}

/**
 * Appends one audit row, inside the caller's transaction so it commits or rolls back with the change.
 * Locks only the head of the actor's chain.
 */
export async function recordAudit(tx: Db, ports: Pick<Ports, 'clock' | 'newId'>, entry: AuditEntry): Promise<void> {
  const chain = chainOf(entry.actor, entry.chainOrgId);
  const head = await repo.advanceHead(tx, chain, GENESIS_HASH);
  const a = entry.actor;
  const fields = {
    chain,
    seq: head.seq + 1,
    id: ports.newId(),
    at: ports.clock.now(),
    actorOrgId: a.type === 'user' || a.type === 'apikey' ? a.org.id : null,
    actorUserId: a.type === 'user' ? a.userId : null,
    actorKeyId: a.type === 'apikey' ? a.keyId : null,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    requestId: entry.requestId ?? null,
    // As jsonb will store it, so the hash computed now is the one recomputed from the stored row.
    details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
    prevHash: head.hash,
  };
  await repo.appendRow(tx, { ...fields, hash: rowHash(fields) });
}

export interface AuditProblem {
  chain: string;
  seq: number;
  id: string | null;
  kind: 'altered' | 'missing';
}

export interface VerifyResult {
  ok: boolean;
  chains: number;
  rows: number;
  problems: AuditProblem[];
}

const PAGE = 2000;

/**
 * Walks every chain from its start and names the first row of each chain that was altered (its hash no
 * longer matches its content or the previous row) or removed (a gap in the sequence, or rows missing
 * before the recorded head).
 */
export async function verifyAudit(db: Db, onProgress?: (chain: string, rows: number) => void): Promise<VerifyResult> {
  const heads = await repo.listHeads(db);
  const headOf = new Map(heads.map((h) => [h.chain, h]));
  const chains = [...new Set([...heads.map((h) => h.chain), ...(await repo.listRowChains(db))])].sort();
  const problems: AuditProblem[] = [];
  let rows = 0;
  for (const chain of chains) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let problem: AuditProblem | undefined;
    for (let after = 0; !problem; ) {
      const page = await repo.chainPage(db, chain, after, PAGE);
      for (const row of page) {
        rows++;
        if (row.seq !== expectedSeq) {
          problem = { chain, seq: expectedSeq, id: null, kind: 'missing' };
          break;
        }
        const { hash, ...fields } = row;
        if (row.prevHash !== prevHash || rowHash(fields) !== hash) {
          problem = { chain, seq: row.seq, id: row.id, kind: 'altered' };
          break;
        }
        prevHash = hash;
        expectedSeq++;
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.seq;
    }
    const head = headOf.get(chain);
    if (!problem && head && (head.seq !== expectedSeq - 1 || head.hash !== prevHash)) {
      problem =
        head.seq >= expectedSeq
          ? { chain, seq: expectedSeq, id: null, kind: 'missing' }
          : { chain, seq: head.seq, id: null, kind: 'altered' };
    }
    if (!problem && !head) problem = { chain, seq: expectedSeq - 1, id: null, kind: 'altered' };
    if (problem) problems.push(problem);
    onProgress?.(chain, rows);
  }
  return { ok: problems.length === 0, chains: chains.length, rows, problems };
}

/** Records that a regulator read these records, in the regulator's own chain (DESIGN.md §6). */
export async function recordRead(ctx: AppContext, caller: Caller, resourceType: string, ids: string[], details: Record<string, unknown> = {}): Promise<void> {
  if (!isAuditedReader(caller.actor)) return;
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      actor: caller.actor,
      requestId: caller.requestId,
      action: 'read',
      resourceType,
      resourceId: ids.length === 1 ? ids[0] : null,
      details: { ...details, count: ids.length, ids: ids.slice(0, 500) },
    }),
  );
}

export async function listAudit(
  ctx: AppContext,
  caller: Caller,
  q: { resourceType?: string; resourceId?: string; before?: Date; limit: number },
): Promise<repo.AuditRow[]> {
  authorize(caller.actor, 'audit.read');
  const scope = auditChainScope(caller.actor);
  const found = await repo.queryRows(ctx.db, { ...q, ...(scope.all ? {} : { chain: scope.chain }) });
  await recordRead(ctx, caller, 'audit_log', found.map((r) => r.id), { query: { ...q, before: q.before?.toISOString() } });
  return found;
}

export async function verifyAuditFor(ctx: AppContext, caller: Caller): Promise<VerifyResult> {
  authorize(caller.actor, 'audit.verify');
  return verifyAudit(ctx.db);
}
