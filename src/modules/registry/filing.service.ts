import type { AppContext, Caller, Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
import { authorize, type Actor } from '../access';
import { recordAudit } from '../audit';
import { emitEvent } from '../outbox';
import * as repo from './filing.repository';
import type { FilingKind } from './filing.repository';
import { nextStatus, type FilingEvent } from './filing.states';
import type { FilingStatus } from './filing.table';

export interface TransitionRequest {
  kind: FilingKind;
  filingId: string;
  event: FilingEvent;
  reason?: string | null;
  /** Extra fields for the event payload (the filing's code, item number, version). */
  facts?: Record<string, unknown>;
}

/**
 * The one way a filing version changes state: re-reads it under a lock, checks the transition table,
 * writes the new status, its history row, its audit row and its outbox event — all in the caller's
 * transaction.
 */
export async function transitionFiling(tx: Db, ports: Pick<Ports, 'clock' | 'newId'>, caller: Caller, req: TransitionRequest): Promise<{ from: FilingStatus; to: FilingStatus; orgId: string }> {
  const row = await repo.lockFiling(tx, req.kind, req.filingId);
  if (!row) throw new AppError('not_found', 'common.not_found');
  const next = nextStatus(row.status, req.event);
  if (!next.ok) throw new AppError('invalid_state', 'registry.filing_transition', { from: row.status, event: req.event });
  const at = ports.clock.now();
  await repo.setFilingStatus(tx, req.kind, req.filingId, next.to, at);
  const a = caller.actor;
  await repo.insertTransition(tx, {
    id: ports.newId(),
    filingKind: req.kind,
    filingId: req.filingId,
    fromStatus: row.status,
    toStatus: next.to,
    event: req.event,
    actorOrgId: a.type === 'user' || a.type === 'apikey' ? a.org.id : null,
    actorUserId: a.type === 'user' ? a.userId : null,
    reason: req.reason ?? null,
    at,
  });
  const details = { from: row.status, to: next.to, event: req.event, reason: req.reason ?? null, ...req.facts };
  await recordAudit(tx, ports, {
    actor: a,
    chainOrgId: row.orgId,
    requestId: caller.requestId,
    action: `${req.kind}_filing.${req.event}`,
    resourceType: `${req.kind}_filing`,
    resourceId: req.filingId,
    details,
  });
  await emitEvent(tx, ports, {
    topic: `registry.${req.kind}_filing.${next.to}`,
    aggregateType: `${req.kind}_filing`,
    aggregateId: req.filingId,
    partyOrgIds: [row.orgId],
    payload: { filingId: req.filingId, orgId: row.orgId, ...details },
  });
  return { from: row.status, to: next.to, orgId: row.orgId };
}

/** The reviewer code an actor decides as: its department, or `zone_office`. */
export function reviewerOf(actor: Actor): string | undefined {
  if (actor.type !== 'user' && actor.type !== 'apikey') return undefined;
  if (actor.org.kind === 'zone_office') return 'zone_office';
  return actor.org.department ?? undefined;
}

/** Opens one review per competent reviewer for a newly submitted version. */
export async function openReviews(tx: Db, ports: Pick<Ports, 'clock' | 'newId'>, kind: FilingKind, filingId: string, reviewers: readonly string[]): Promise<void> {
  const at = ports.clock.now();
  await repo.insertReviews(
    tx,
    [...new Set(reviewers)].map((reviewer) => ({ id: ports.newId(), filingKind: kind, filingId, reviewer, createdAt: at })),
  );
}

/**
 * A competent department decides its review of a version. A rejection rejects the version; the last
 * approval makes it effective and supersedes the version it replaces.
 */
export async function decideFilingReview(
  ctx: AppContext,
  caller: Caller,
  req: { kind: FilingKind; filingId: string; decision: 'approved' | 'rejected'; reason?: string | null },
): Promise<{ status: FilingStatus; reviews: Awaited<ReturnType<typeof repo.listReviews>> }> {
  authorize(caller.actor, 'registry.filings.review');
  const reviewer = reviewerOf(caller.actor);
  const a = caller.actor;
  return ctx.db.transaction(async (tx) => {
    const row = await repo.lockFiling(tx, req.kind, req.filingId);
    if (!row) throw new AppError('not_found', 'common.not_found');
    // Reviews left open on a version that is no longer under review (withdrawn, or rejected by another
    // department) can no longer be decided.
    if (row.status !== 'submitted') throw new AppError('invalid_state', 'registry.filing_transition', { from: row.status, event: req.decision === 'approved' ? 'approve' : 'reject' });
    const open = reviewer
      ? await repo.decideReview(tx, {
          kind: req.kind,
          filingId: req.filingId,
          reviewer,
          decision: req.decision,
          reason: req.reason ?? null,
          orgId: a.type === 'user' || a.type === 'apikey' ? a.org.id : null,
          userId: a.type === 'user' ? a.userId : null,
          at: ctx.clock.now(),
        })
      : false;
    if (!open) throw new AppError('forbidden', 'registry.not_reviewer');
    let status: FilingStatus = row.status;
    const reviews = await repo.listReviews(tx, req.kind, req.filingId);
    if (req.decision === 'rejected') {
      status = (await transitionFiling(tx, ctx, caller, { kind: req.kind, filingId: req.filingId, event: 'reject', reason: req.reason ?? null })).to;
    } else if (reviews.every((r) => r.decision === 'approved')) {
      const previous = await repo.inForceSibling(tx, req.kind, req.filingId);
      if (previous) await transitionFiling(tx, ctx, caller, { kind: req.kind, filingId: previous, event: 'supersede', facts: { by: req.filingId } });
      status = (await transitionFiling(tx, ctx, caller, { kind: req.kind, filingId: req.filingId, event: 'approve', reason: req.reason ?? null })).to;
    } else {
      await recordAudit(tx, ctx, {
        actor: a,
        chainOrgId: row.orgId,
        requestId: caller.requestId,
        action: `${req.kind}_filing.review`,
        resourceType: `${req.kind}_filing`,
        resourceId: req.filingId,
        details: { reviewer, decision: req.decision, reason: req.reason ?? null },
      });
    }
    return { status, reviews };
  });
}
