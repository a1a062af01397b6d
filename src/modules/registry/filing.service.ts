import type { Caller, Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
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
