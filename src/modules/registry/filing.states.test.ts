import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FILING_EVENTS, FILING_STATUSES, FILING_TRANSITIONS, FINAL, nextStatus } from './filing.states';

describe('filing state machine', () => {
  const allowed: Record<string, string> = {
    'submitted/approve': 'effective',
    'submitted/reject': 'rejected',
    'submitted/withdraw': 'withdrawn',
    'effective/supersede': 'superseded',
    'suspended/supersede': 'superseded',
    'effective/suspend': 'suspended',
    'suspended/reinstate': 'effective',
    'effective/cancel': 'cancelled',
    'suspended/cancel': 'cancelled',
  };

  for (const from of FILING_STATUSES) {
    for (const event of FILING_EVENTS) {
      const key = `${from}/${event}`;
      it(`${key} → ${allowed[key] ?? 'refused'}`, () => {
        const r = nextStatus(from, event);
        if (allowed[key]) assert.deepEqual(r, { ok: true, to: allowed[key] });
        else assert.deepEqual(r, { ok: false, from, event });
      });
    }
  }

  it('the table has exactly the transitions listed above', () => {
    const table = Object.entries(FILING_TRANSITIONS).flatMap(([event, rule]) => rule.from.map((from) => `${from}/${event}`));
    assert.deepEqual(table.sort(), Object.keys(allowed).sort());
  });

  it('nothing leaves a final status', () => {
    for (const from of FINAL) for (const event of FILING_EVENTS) assert.equal(nextStatus(from, event).ok, false);
  });
});
