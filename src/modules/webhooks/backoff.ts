import { createHash } from 'node:crypto';

/** Waits after the 1st, 2nd, … failed attempt; the last one repeats until the attempts run out. */
export const RETRY_DELAYS_MS: readonly number[] = [
  10_000, // 10 s
  30_000, // 30 s
  120_000, // 2 min
  600_000, // 10 min
  1_800_000, // 30 min
  3_600_000, // 1 h
  7_200_000, // 2 h
  14_400_000, // 4 h
  28_800_000, // 8 h
  43_200_000, // 12 h
  86_400_000, // 24 h
];

/** Spread of the jitter: a delay lands in [base × (1 − JITTER), base × (1 + JITTER)). */
export const JITTER = 0.2;

/**
 * The wait before the next attempt of a delivery that has failed `attempts` times. The jitter spreads
 * the retries of many deliveries that failed together (a receiver that was down), and is derived from
 * the delivery id and the attempt rather than a random source, so a run can be reproduced.
 */
export function retryDelayMs(attempts: number, deliveryId: string): number {
  const base = RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1]!;
  const u = createHash('sha256').update(`${deliveryId}:${attempts}`).digest().readUInt32BE(0) / 2 ** 32;
  return Math.round(base * (1 - JITTER + 2 * JITTER * u));
}
