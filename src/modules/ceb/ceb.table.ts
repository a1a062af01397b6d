import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, customType, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** Every CEB message an enterprise sent, in either format, with what became of it. */
export const cebMessages = pgTable(
  'ceb_messages',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    environment: text('environment').$type<'sandbox' | 'production'>().notNull(),
    messageType: text('message_type').notNull(),
    guid: text('guid').notNull(),
    format: text('format').$type<'xml' | 'json'>().notNull(),
    /** SHA-256 of the document: a re-sent guid with the same document (in either format) is answered again, another refused. */
    bodyHash: text('body_hash').notNull(),
    signature: text('signature').$type<SignatureState>().notNull(),
    signerFingerprint: text('signer_fingerprint'),
    /** The XML as received (JSON documents are kept as the XML they are equivalent to). */
    xml: text('xml').notNull(),
    records: integer('records').notNull(),
    rejected: integer('rejected').notNull(),
    /** The synchronous answer (the receipt message), replayed when the same message is sent again. */
    answerXml: text('answer_xml').notNull(),
    answerStatus: integer('answer_status').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull(),
    apiKeyId: uuid('api_key_id'),
    userId: uuid('user_id'),
  },
  (t) => [uniqueIndex('ceb_messages_sender_guid_key').on(t.orgId, t.environment, t.guid), index('ceb_messages_org_time_idx').on(t.orgId, t.receivedAt)],
);

export type SignatureState = 'unsigned' | 'verified' | 'platform';

/**
 * One business record (an order, a payment, a waybill, an inventory …) as the latest accepted version, keyed
 * by the business key customs matches on. The document is the record's plain object as the contract defines it.
 */
export const cebDocuments = pgTable(
  'ceb_documents',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<'sandbox' | 'production'>().notNull(),
    messageType: text('message_type').notNull(),
    businessKey: text('business_key').notNull(),
    senderOrgId: uuid('sender_org_id').notNull(),
    guid: text('guid').notNull(),
    appType: text('app_type').notNull(),
    appStatus: text('app_status').notNull(),
    /** Set by the clearance modules when the document may no longer be changed (e.g. audited inventory). */
    locked: text('locked'),
    deleted: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull(),
    preNo: text('pre_no'),
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    lastMessageId: uuid('last_message_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('ceb_documents_key').on(t.environment, t.messageType, t.businessKey), index('ceb_documents_sender_idx').on(t.senderOrgId, t.updatedAt)],
);

/** Pre-entry numbers the platform assigns (B + yyyymmdd + 9 digits), as China E-port does. */
export const cebPreNoSeq = pgSequence('ceb_pre_no_seq', { startWith: 1, maxValue: 999999999, cycle: true });

/**
 * Receipts to organisations, one per record and status, read through a cursor feed and pushed by webhooks.
 * `txid` is the inserting transaction: the feed shows a row only once every older transaction has ended, so
 * a cursor never skips a row that commits late.
 */
export const cebReceipts = pgTable(
  'ceb_receipts',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    orgId: uuid('org_id').notNull(),
    environment: text('environment').$type<'sandbox' | 'production'>().notNull(),
    messageType: text('message_type').notNull(),
    guid: text('guid').notNull(),
    documentId: uuid('document_id'),
    messageId: uuid('message_id'),
    returnStatus: text('return_status').notNull(),
    returnTime: timestamp('return_time', { withTimezone: true, mode: 'date' }).notNull(),
    returnInfo: text('return_info').notNull(),
    problems: jsonb('problems').$type<{ code: string; path: string; params?: Record<string, string | number> }[]>().notNull(),
    xml: text('xml').notNull(),
    txid: bigint('txid', { mode: 'number' })
      .notNull()
      .default(sql`(pg_current_xact_id()::text)::bigint`),
  },
  (t) => [index('ceb_receipts_feed_idx').on(t.orgId, t.environment, t.seq), index('ceb_receipts_document_idx').on(t.documentId)],
);

/** Signing certificates an enterprise registered (or the platform issued for its keyless signing). */
export const signingCertificates = pgTable(
  'signing_certificates',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    keyName: text('key_name').notNull(),
    algorithm: text('algorithm').$type<'sm2' | 'rsa'>().notNull(),
    fingerprint: text('fingerprint').notNull(),
    der: bytea('der').notNull(),
    subject: text('subject').notNull(),
    issuer: text('issuer').notNull(),
    serialNumber: text('serial_number').notNull(),
    notBefore: timestamp('not_before', { withTimezone: true, mode: 'date' }).notNull(),
    notAfter: timestamp('not_after', { withTimezone: true, mode: 'date' }).notNull(),
    source: text('source').$type<'uploaded' | 'platform'>().notNull(),
    /** Keyless signing: the private key, encrypted under the platform's key-encryption key (AES-256-GCM). */
    heldKey: text('held_key'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('signing_certificates_org_fingerprint_key').on(t.orgId, t.fingerprint),
    check('signing_certificates_algorithm_check', sql`${t.algorithm} in ('sm2', 'rsa')`),
  ],
);
