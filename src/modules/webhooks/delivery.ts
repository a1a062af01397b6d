import type { AppContext } from '../../app/context';
import { retryDelayMs } from './backoff';
import * as repo from './webhook.repository';
import { postOnce, type SendOutcome } from './sender';
import { signWebhookBody } from './signature';

/** A claim outlives the request's timeout by this much, so a slow answer is recorded before anyone retries. */
const LEASE_MARGIN_MS = 30_000;

/** Outcomes written per statement. */
const RECORD_BATCH = 50;

export interface DeliveryRound {
  /** Deliveries this call claimed and attempted. */
  claimed: number;
  delivered: number;
  /** Failed attempts that will be tried again. */
  retrying: number;
  /** Failed attempts that used the last one: the delivery is now `failed`. */
  failed: number;
}

/** The HTTP request of a delivery: what a receiver gets, byte for byte. */
export function deliveryRequest(d: Pick<repo.ClaimedDelivery, 'id' | 'event' | 'createdAt' | 'payload' | 'secret'>, sentAt: Date) {
  const body = JSON.stringify({ deliveryId: d.id, event: d.event, createdAt: d.createdAt.toISOString(), data: d.payload });
  const timestamp = Math.floor(sentAt.getTime() / 1000);
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'Tumen-Webhooks/1',
      'X-Tumen-Delivery': d.id,
      'X-Tumen-Event': d.event,
      'X-Tumen-Timestamp': String(timestamp),
      'X-Tumen-Signature': signWebhookBody(d.secret, timestamp, body),
    },
  };
}

/** Runs `work` over `items`, at most `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/**
 * Sends the deliveries that are due: claims up to `limit` (rows locked with SKIP LOCKED and leased, so
 * concurrent workers, in this process or others on the same PostgreSQL, never take the same one), POSTs
 * them outside any transaction, and records each outcome. A 2xx answer delivers; anything else — another
 * status, a refused connection, a reset, a timeout — is retried later with backoff, under the same
 * delivery id, until the attempts run out.
 */
export async function deliverDue(ctx: AppContext, opts: { limit?: number } = {}): Promise<DeliveryRound> {
  const cfg = ctx.config;
  const now = ctx.clock.now();
  const leaseId = ctx.newId();
  const claimed = await repo.claimDue(ctx.db, {
    now,
    leaseUntil: new Date(now.getTime() + cfg.TUMEN_WEBHOOK_TIMEOUT_MS + LEASE_MARGIN_MS),
    leaseId,
    limit: opts.limit ?? cfg.TUMEN_WEBHOOK_BATCH,
  });
  const round: DeliveryRound = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0 };
  // Outcomes are written in batches: one statement for many rows instead of one each.
  let pending: repo.AttemptResult[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      // A row not updated (its lease lost to a replay or a deletion) already says what happens next.
      await repo.recordAttempts(ctx.db, batch);
    } catch (e) {
      // Their leases run out and these deliveries are sent again: at least once, never lost.
      ctx.log.error({ err: e, deliveryIds: batch.map((r) => r.id) }, 'webhook delivery outcomes not recorded');
    }
  };
  await inParallel(claimed, cfg.TUMEN_WEBHOOK_CONCURRENCY, async (d) => {
    const { body, headers } = deliveryRequest(d, ctx.clock.now());
    let outcome: SendOutcome;
    try {
      outcome = await postOnce({ url: d.url, headers, body, timeoutMs: cfg.TUMEN_WEBHOOK_TIMEOUT_MS, publicOnly: cfg.TUMEN_MODE === 'production' });
    } catch (e) {
      outcome = { ok: false, statusCode: null, error: String(e).slice(0, 500) };
    }
    const at = ctx.clock.now();
    const exhausted = !outcome.ok && d.attempts >= cfg.TUMEN_WEBHOOK_MAX_ATTEMPTS;
    pending.push({
      id: d.id,
      leaseId,
      at,
      statusCode: outcome.statusCode,
      error: outcome.error,
      status: outcome.ok ? 'delivered' : exhausted ? 'failed' : 'pending',
      nextAttemptAt: outcome.ok || exhausted ? at : new Date(at.getTime() + retryDelayMs(d.attempts, d.id)),
    });
    if (outcome.ok) round.delivered++;
    else if (exhausted) round.failed++;
    else round.retrying++;
    if (pending.length >= RECORD_BATCH) await flush();
  });
  if (pending.length) await flush();
  return round;
}

export interface WebhookWorker {
  stop(): Promise<void>;
}

/**
 * Polls for due deliveries every TUMEN_WEBHOOK_POLL_MS (at once again after a full batch, to drain a
 * backlog). `stop()` lets the round in progress finish — its requests end within the timeout — so the
 * database can be closed after it.
 */
export function startWebhookWorker(ctx: AppContext, opts: { pollMs?: number } = {}): WebhookWorker {
  const pollMs = opts.pollMs ?? ctx.config.TUMEN_WEBHOOK_POLL_MS;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      current = round();
    }, ms);
    // The platform's server keeps the process alive; a pending poll alone should not.
    timer.unref();
  };
  const round = async () => {
    let full = false;
    try {
      const r = await deliverDue(ctx);
      full = r.claimed >= ctx.config.TUMEN_WEBHOOK_BATCH;
    } catch (e) {
      if (!stopped) ctx.log.error({ err: e }, 'webhook delivery round failed');
    }
    schedule(full ? 0 : pollMs);
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
