import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JITTER, RETRY_DELAYS_MS, retryDelayMs } from './backoff';

describe('retryDelayMs', () => {
  it('follows the schedule 10 s, 30 s, 2 min, 10 min, 30 min, 1 h … within the jitter, capped at the last step', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `01a22060-0000-7000-8000-${String(i).padStart(12, '0')}`);
    for (let attempts = 1; attempts <= 14; attempts++) {
      const base = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1]!;
      for (const id of ids) {
        const d = retryDelayMs(attempts, id);
        assert.ok(d >= base * (1 - JITTER) && d <= base * (1 + JITTER), `${attempts}: ${d}`);
      }
    }
    assert.deepEqual(RETRY_DELAYS_MS.slice(0, 6), [10_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000]);
  });

  it('is deterministic per delivery and attempt, and spreads deliveries that failed together', () => {
    assert.equal(retryDelayMs(3, 'a'), retryDelayMs(3, 'a'));
    const spread = new Set(Array.from({ length: 100 }, (_, i) => retryDelayMs(1, `delivery-${i}`)));
    assert.ok(spread.size > 90, `distinct delays: ${spread.size}`);
    const values = [...spread];
    assert.ok(Math.min(...values) < 9_000 && Math.max(...values) > 11_000, 'uses the whole jitter range');
  });
});
