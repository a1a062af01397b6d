import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit log. Rows are partitioned into chains (one per organisation, plus
 * `system`), so appends of different organisations never wait on one another.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    id: uuid('id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorOrgId: uuid('actor_org_id'),
    actorUserId: uuid('actor_user_id'),
    actorKeyId: uuid('actor_key_id'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.chain, t.seq] }),
    index('audit_log_resource_idx').on(t.resourceType, t.resourceId),
    index('audit_log_at_idx').on(t.at),
  ],
);

/** The head of each chain: its last sequence and hash. Locked row by row while appending. */
export const auditHeads = pgTable('audit_heads', {
  chain: text('chain').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
