import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Domain events, written in the same transaction as the change that caused them. */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    /** Commit-order position for consumers that read the feed in order. */
    position: bigserial('position', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    topic: text('topic').notNull(),
    aggregateType: text('aggregate_type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    /** Organisations party to the event: they, and departments in scope, may receive it. */
    partyOrgIds: uuid('party_org_ids').array().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('outbox_events_topic_idx').on(t.topic), index('outbox_events_unpublished_idx').on(t.position)],
);
