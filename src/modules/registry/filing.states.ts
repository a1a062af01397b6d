import type { FilingStatus } from './filing.table';

/**
 * The life of a filing version, as data. A version is created `submitted`; the competent departments'
 * reviews approve or reject it; an effective version can be suspended, reinstated or cancelled, and is
 * superseded when a newer version of the same filing becomes effective. Nothing else moves.
 */
export const FILING_EVENTS = ['approve', 'reject', 'withdraw', 'supersede', 'suspend', 'reinstate', 'cancel'] as const;
export type FilingEvent = (typeof FILING_EVENTS)[number];

export const FILING_STATUSES: readonly FilingStatus[] = ['submitted', 'effective', 'rejected', 'superseded', 'suspended', 'cancelled', 'withdrawn'];

export const FILING_TRANSITIONS: Record<FilingEvent, { from: readonly FilingStatus[]; to: FilingStatus }> = {
  approve: { from: ['submitted'], to: 'effective' },
  reject: { from: ['submitted'], to: 'rejected' },
  withdraw: { from: ['submitted'], to: 'withdrawn' },
  supersede: { from: ['effective', 'suspended'], to: 'superseded' },
  suspend: { from: ['effective'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'effective' },
  cancel: { from: ['effective', 'suspended'], to: 'cancelled' },
};

/** Statuses in which a version binds later documents. */
export const IN_FORCE: readonly FilingStatus[] = ['effective'];
/** Statuses that end a version for good. */
export const FINAL: readonly FilingStatus[] = ['rejected', 'superseded', 'cancelled', 'withdrawn'];

export type TransitionResult = { ok: true; to: FilingStatus } | { ok: false; from: FilingStatus; event: FilingEvent };

/** Pure: where an event takes a version in a given status, or why it cannot. */
export function nextStatus(from: FilingStatus, event: FilingEvent): TransitionResult {
  const rule = FILING_TRANSITIONS[event];
  return rule.from.includes(from) ? { ok: true, to: rule.to } : { ok: false, from, event };
}
