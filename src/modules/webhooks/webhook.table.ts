import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export type WebhookEnvironment = 'sandbox' | 'production';
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** An organisation's HTTP endpoint and the events (of one environment's traffic) it receives. */
export const webhooks = pgTable(
  'webhooks',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    url: text('url').notNull(),
    description: text('description'),
    events: text('events').array().notNull(),
    environment: text('environment').$type<WebhookEnvironment>().notNull(),
    /** Kept in clear because every delivery is signed with it; shown to the owner only when created or rotated. */
    secret: text('secret').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    secretRotatedAt: timestamp('secret_rotated_at', { withTimezone: true, mode: 'date' }),
    /** Deleted webhooks keep their row and delivery log for the record; they receive nothing more. */
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('webhooks_org_idx').on(t.orgId),
    // Enqueueing looks up the live webhooks of an organisation and environment.
    index('webhooks_live_idx').on(t.orgId, t.environment).where(sql`active and deleted_at is null`),
    check('webhooks_environment_check', sql`${t.environment} in ('sandbox', 'production')`),
  ],
);

/**
 * One event for one webhook. Its id is the delivery id the receiver de-duplicates on: retries and
 * replays send the same id. While a worker sends it, `lease_id` names the claim and `next_attempt_at`
 * is the end of the lease, so a crashed worker's claim simply falls due again.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id),
    event: text('event').notNull(),
    /** The id of the thing delivered (a receipt's id): one delivery per webhook, event and thing. */
    sourceId: text('source_id').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    status: text('status').$type<DeliveryStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull(),
    leaseId: uuid('lease_id'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true, mode: 'date' }),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_source_key').on(t.webhookId, t.event, t.sourceId),
    // The worker's claim: pending rows by due time.
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`status = 'pending'`),
    // The delivery log (newest first, by id) and replays (by creation time).
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.id),
    index('webhook_deliveries_webhook_created_idx').on(t.webhookId, t.createdAt),
    check('webhook_deliveries_status_check', sql`${t.status} in ('pending', 'delivered', 'failed')`),
  ],
);
