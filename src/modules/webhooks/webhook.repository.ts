import { and, count, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../db/database';
import { cachedRead } from '../../db/versions';
import { webhookDeliveries, webhooks, type DeliveryStatus, type WebhookEnvironment } from './webhook.table';

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** Whose webhooks a caller sees: its organisation's, and for an API key only those of the key's environment. */
export interface WebhookScope {
  orgId: string;
  environment?: WebhookEnvironment | undefined;
}

function inScope(scope: WebhookScope): SQL {
  const where = [eq(webhooks.orgId, scope.orgId), isNull(webhooks.deletedAt)];
  if (scope.environment) where.push(eq(webhooks.environment, scope.environment));
  return and(...where)!;
}

export async function countLive(db: Db, orgId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(webhooks)
    .where(and(eq(webhooks.orgId, orgId), isNull(webhooks.deletedAt)));
  return Number(r?.n ?? 0);
}

export async function insertWebhook(tx: Db, row: typeof webhooks.$inferInsert): Promise<WebhookRow> {
  const [created] = await tx.insert(webhooks).values(row).returning();
  return created!;
}

export async function listWebhooks(db: Db, scope: WebhookScope): Promise<WebhookRow[]> {
  return db.select().from(webhooks).where(inScope(scope)).orderBy(webhooks.createdAt, webhooks.id);
}

export async function findWebhook(db: Db, scope: WebhookScope, id: string): Promise<WebhookRow | undefined> {
  const [row] = await db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, id), inScope(scope)));
  return row;
}

export async function lockWebhook(tx: Db, scope: WebhookScope, id: string): Promise<WebhookRow | undefined> {
  const [row] = await tx
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, id), inScope(scope)))
    .for('update');
  return row;
}

export async function updateWebhook(tx: Db, id: string, patch: Partial<typeof webhooks.$inferInsert>): Promise<WebhookRow> {
  const [row] = await tx.update(webhooks).set(patch).where(eq(webhooks.id, id)).returning();
  return row!;
}

/** Live webhooks of an organisation that take this event in this environment. */
export async function subscribers(tx: Db, orgId: string, environment: WebhookEnvironment, event: string): Promise<string[]> {
  // All of the organisation's live webhooks, kept between scoped transactions (db/versions.ts), filtered by event here.
  const live = await cachedRead(tx, 'webhooks', `${orgId}:${environment}`, () =>
    tx
      .select({ id: webhooks.id, events: webhooks.events })
      .from(webhooks)
      .where(and(eq(webhooks.orgId, orgId), eq(webhooks.environment, environment), eq(webhooks.active, true), isNull(webhooks.deletedAt))),
  );
  return live.filter((w) => w.events.includes(event)).map((w) => w.id);
}

/** Inserts deliveries, skipping any (webhook, event, source) already enqueued; returns the new ids. */
export async function insertDeliveries(tx: Db, values: (typeof webhookDeliveries.$inferInsert)[]): Promise<string[]> {
  if (!values.length) return [];
  const created = await tx.insert(webhookDeliveries).values(values).onConflictDoNothing().returning({ id: webhookDeliveries.id });
  return created.map((r) => r.id);
}

export interface DeliveryPage {
  webhookId: string;
  status?: DeliveryStatus | undefined;
  /** Older than this delivery id (ids are time-ordered UUIDv7). */
  before?: string | undefined;
  limit: number;
}

export async function listDeliveries(db: Db, p: DeliveryPage): Promise<DeliveryRow[]> {
  const where = [eq(webhookDeliveries.webhookId, p.webhookId)];
  if (p.status) where.push(eq(webhookDeliveries.status, p.status));
  if (p.before) where.push(lt(webhookDeliveries.id, p.before));
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(...where))
    .orderBy(desc(webhookDeliveries.id))
    .limit(p.limit);
}

/**
 * Sends again the deliveries created in [from, to): delivered and failed ones go back to pending, with
 * their ids and a fresh budget of attempts; pending ones not being sent right now are made due at once.
 */
export async function replayDeliveries(tx: Db, p: { webhookId: string; from: Date; to: Date; now: Date }): Promise<number> {
  const d = webhookDeliveries;
  const reset = await tx
    .update(d)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: p.now, deliveredAt: null })
    .where(
      and(
        eq(d.webhookId, p.webhookId),
        gte(d.createdAt, p.from),
        lt(d.createdAt, p.to),
        sql`(${d.status} in ('delivered', 'failed') or (${d.status} = 'pending' and ${d.leaseId} is null))`,
      ),
    )
    .returning({ id: d.id });
  return reset.length;
}

/** A deleted webhook's pending deliveries are closed as failed, so the worker never looks at them again. */
export async function failPending(tx: Db, webhookId: string, now: Date, error: string): Promise<void> {
  await tx
    .update(webhookDeliveries)
    .set({ status: 'failed', lastError: error, leaseId: null, nextAttemptAt: now })
    .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.status, 'pending')));
}

export async function deliveriesByIds(db: Db, ids: string[]): Promise<DeliveryRow[]> {
  if (!ids.length) return [];
  return db.select().from(webhookDeliveries).where(inArray(webhookDeliveries.id, ids));
}

/** A delivery claimed by a worker, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  event: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
  url: string;
  secret: string;
  leaseId: string;
}

/**
 * Claims due deliveries of live webhooks for one worker: each is locked with SKIP LOCKED (a concurrent
 * claim takes other rows), counted as an attempt, and leased — `next_attempt_at` moves to the end of the
 * lease, so no other worker takes it meanwhile, and a worker that dies leaves it due again afterwards.
 */
export async function claimDue(db: Db, p: { now: Date; leaseUntil: Date; leaseId: string; limit: number }): Promise<ClaimedDelivery[]> {
  const found = await rows<{
    id: string;
    webhook_id: string;
    event: string;
    payload: unknown;
    attempts: number;
    created_at: Date | string;
    url: string;
    secret: string;
  }>(
    db,
    sql`with due as (
          select d.id, w.url, w.secret
          from ${webhookDeliveries} d
          join ${webhooks} w on w.id = d.webhook_id
          where d.status = 'pending'
            and d.next_attempt_at <= ${p.now.toISOString()}::timestamptz
            and w.active and w.deleted_at is null
          order by d.next_attempt_at
          limit ${p.limit}
          for update of d skip locked
        )
        update ${webhookDeliveries} d
        set attempts = d.attempts + 1,
            last_attempt_at = ${p.now.toISOString()}::timestamptz,
            next_attempt_at = ${p.leaseUntil.toISOString()}::timestamptz,
            lease_id = ${p.leaseId}::uuid
        from due
        where d.id = due.id
        returning d.id, d.webhook_id, d.event, d.payload, d.attempts, d.created_at, due.url, due.secret`,
  );
  return found.map((r) => ({
    id: r.id,
    webhookId: r.webhook_id,
    event: r.event,
    payload: r.payload,
    attempts: Number(r.attempts),
    createdAt: new Date(r.created_at),
    url: r.url,
    secret: r.secret,
    leaseId: p.leaseId,
  }));
}

export interface AttemptResult {
  id: string;
  leaseId: string;
  at: Date;
  statusCode: number | null;
  error: string | null;
  /** pending (to retry at nextAttemptAt), delivered, or failed (attempts exhausted). */
  status: DeliveryStatus;
  nextAttemptAt: Date;
}

/**
 * Records the outcomes of attempts in one statement, each only if its worker still holds the lease (a
 * replay, a deletion, or another worker after an expired lease may have taken the row since). Returns
 * the ids recorded.
 */
export async function recordAttempts(db: Db, results: AttemptResult[]): Promise<string[]> {
  if (!results.length) return [];
  const values = sql.join(
    results.map(
      (r) =>
        sql`(${r.id}::uuid, ${r.leaseId}::uuid, ${r.status}::text, ${r.nextAttemptAt.toISOString()}::timestamptz, ${r.statusCode}::int, ${r.error}::text, ${r.at.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const updated = await rows<{ id: string }>(
    db,
    sql`update ${webhookDeliveries} d
        set status = v.status,
            next_attempt_at = v.next_attempt_at,
            lease_id = null,
            last_status_code = v.status_code,
            last_error = v.error,
            delivered_at = case when v.status = 'delivered' then v.at else d.delivered_at end
        from (values ${values}) as v(id, lease_id, status, next_attempt_at, status_code, error, at)
        where d.id = v.id and d.lease_id = v.lease_id
        returning d.id`,
  );
  return updated.map((r) => r.id);
}
