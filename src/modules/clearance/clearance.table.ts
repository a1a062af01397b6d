import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, numeric, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export type Environment = 'sandbox' | 'production';

/**
 * The inventory's life, from the first of its four documents to clearance (SPEC-NOTES §4.1, §6.1):
 * waiting (partners missing) → accepted 120 → [review 300] → audited 399 → [inspection 500] → released 800
 * → cleared 899; or rejected 100, seized at inspection 599, shipped back 700, cancelled, returned, expired (an orphan
 * past the matching deadline).
 */
export const DECLARATION_STATES = ['waiting', 'accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'rejected', 'seized', 'shipped_back', 'cancelled', 'returned', 'expired'] as const;
export type DeclarationState = (typeof DECLARATION_STATES)[number];

/**
 * One import declaration: the order, payment and inventory (keyed by platform + order number) and the
 * waybill (through the inventory's logistics company + number), the copies of the records as accepted, and
 * what clearance made of them. The documents themselves live in the CEB interface; these are the copies the
 * matching reads.
 */
export const clrDeclarations = pgTable(
  'clr_declarations',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    ebpCode: text('ebp_code').notNull(),
    orderNo: text('order_no').notNull(),
    state: text('state').$type<DeclarationState>().notNull(),
    tradeMode: text('trade_mode'),
    orderDocId: uuid('order_doc_id'),
    orderOrgId: uuid('order_org_id'),
    order: jsonb('order').$type<Record<string, unknown>>(),
    paymentDocId: uuid('payment_doc_id'),
    paymentOrgId: uuid('payment_org_id'),
    payment: jsonb('payment').$type<Record<string, unknown>>(),
    inventoryDocId: uuid('inventory_doc_id'),
    inventoryOrgId: uuid('inventory_org_id'),
    inventory: jsonb('inventory').$type<Record<string, unknown>>(),
    /** Staged inventories (appStatus 1) wait for the declaration (appStatus 2) before anything is evaluated. */
    inventoryDeclared: boolean('inventory_declared').notNull().default(false),
    logisticsCode: text('logistics_code'),
    logisticsNo: text('logistics_no'),
    ebcOrgId: uuid('ebc_org_id'),
    assureOrgId: uuid('assure_org_id'),
    invtNo: text('invt_no'),
    preNo: text('pre_no'),
    /** The inventory sender's language: receipts issued later (by another party's document, an officer, a deadline) use it. */
    locale: text('locale').notNull().default('zh-CN'),
    buyerIdNumber: text('buyer_id_number'),
    buyerName: text('buyer_name'),
    /** The transaction's dutiable value (goods + freight + insurance), charged to the annual quota. */
    amount: numeric('amount', { precision: 19, scale: 5 }),
    quotaYear: integer('quota_year'),
    /** The single indivisible item over the single-transaction limit: fully taxed (POLICY-NOTES §1.6.1). */
    fullTax: boolean('full_tax').notNull().default(false),
    taxTotal: numeric('tax_total', { precision: 18, scale: 2 }),
    tax: jsonb('tax').$type<Record<string, unknown>>(),
    risk: jsonb('risk').$type<Record<string, unknown>>(),
    inspection: jsonb('inspection').$type<Record<string, unknown>>(),
    /** Why it was rejected (problems with path and params), or why it waits. */
    problems: jsonb('problems').$type<{ code: string; path: string; params?: Record<string, string | number> }[]>().notNull().default(sql`'[]'::jsonb`),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    auditedAt: timestamp('audited_at', { withTimezone: true, mode: 'date' }),
    releasedAt: timestamp('released_at', { withTimezone: true, mode: 'date' }),
    clearedAt: timestamp('cleared_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('clr_declarations_order_key').on(t.environment, t.ebpCode, t.orderNo),
    uniqueIndex('clr_declarations_invt_no_key').on(t.invtNo),
    index('clr_declarations_state_idx').on(t.environment, t.state, t.firstSeenAt),
    index('clr_declarations_buyer_idx').on(t.buyerIdNumber, t.quotaYear),
    check('clr_declarations_state_check', sql`${t.state} in ('waiting', 'accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'rejected', 'seized', 'shipped_back', 'cancelled', 'returned', 'expired')`),
  ],
);

/** The serial of customs inventory numbers (4-digit customs code + year + I + 9 digits). */
export const clrInvtNoSeq = pgSequence('clr_invt_no_seq', { startWith: 1, maxValue: 999999999, cycle: true });

/** A waybill by logistics company + number, and the declaration whose inventory names it (the rendezvous of the two). */
export const clrParcels = pgTable(
  'clr_parcels',
  {
    environment: text('environment').$type<Environment>().notNull(),
    logisticsCode: text('logistics_code').notNull(),
    logisticsNo: text('logistics_no').notNull(),
    declarationId: uuid('declaration_id'),
    waybillDocId: uuid('waybill_doc_id'),
    waybillOrgId: uuid('waybill_org_id'),
    waybill: jsonb('waybill').$type<Record<string, unknown>>(),
    /** The last waybill status (CEB513), e.g. S = signed for. */
    lastStatus: text('last_status'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.environment, t.logisticsCode, t.logisticsNo] }), index('clr_parcels_declaration_idx').on(t.declarationId)],
);

/** The buyer's annual quota (calendar year, zone time): what is reserved by accepted inventories and consumed on release. */
export const clrQuotas = pgTable(
  'clr_quotas',
  {
    environment: text('environment').$type<Environment>().notNull(),
    buyerIdNumber: text('buyer_id_number').notNull(),
    year: integer('year').notNull(),
    /** Reserved + consumed: what counts against the limit. */
    used: numeric('used', { precision: 19, scale: 5 }).notNull(),
    consumed: numeric('consumed', { precision: 19, scale: 5 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.environment, t.buyerIdNumber, t.year] }), check('clr_quotas_used_check', sql`${t.used} >= 0 and ${t.consumed} >= 0 and ${t.consumed} <= ${t.used}`)],
);

/** Every movement of a quota: the ledger the balance is the sum of. */
export const clrQuotaEntries = pgTable(
  'clr_quota_entries',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    buyerIdNumber: text('buyer_id_number').notNull(),
    year: integer('year').notNull(),
    declarationId: uuid('declaration_id').notNull(),
    kind: text('kind').$type<'reserve' | 'consume' | 'restore'>().notNull(),
    /** Signed change of `used` (reserve +, restore −); consume moves reserved to consumed and changes `used` by 0. */
    amount: numeric('amount', { precision: 19, scale: 5 }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('clr_quota_entries_buyer_idx').on(t.environment, t.buyerIdNumber, t.year), index('clr_quota_entries_declaration_idx').on(t.declarationId)],
);

/** A guarantor's tax guarantee for the zone's cross-border imports: the tax of audited inventories is charged against it. */
export const clrGuarantees = pgTable(
  'clr_guarantees',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    orgId: uuid('org_id').notNull(),
    amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
    used: numeric('used', { precision: 18, scale: 2 }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true, mode: 'date' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('clr_guarantees_org_key').on(t.environment, t.orgId), check('clr_guarantees_balance_check', sql`${t.used} >= 0 and ${t.used} <= ${t.amount}`)],
);

export const clrGuaranteeEntries = pgTable(
  'clr_guarantee_entries',
  {
    id: uuid('id').primaryKey(),
    guaranteeId: uuid('guarantee_id').notNull(),
    declarationId: uuid('declaration_id'),
    kind: text('kind').$type<'charge' | 'release' | 'top_up' | 'paid'>().notNull(),
    amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('clr_guarantee_entries_guarantee_idx').on(t.guaranteeId, t.at)],
);

/** Electronic tax bills (CEB816), one per audited inventory; status 1 generated, 2 summarised, 3 void (CEB818). */
export const clrTaxBills = pgTable(
  'clr_tax_bills',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    taxNo: text('tax_no').notNull(),
    declarationId: uuid('declaration_id').notNull(),
    invtNo: text('invt_no').notNull(),
    assureOrgId: uuid('assure_org_id'),
    status: text('status').$type<'1' | '2' | '3'>().notNull(),
    customsTax: numeric('customs_tax', { precision: 18, scale: 2 }).notNull(),
    valueAddedTax: numeric('value_added_tax', { precision: 18, scale: 2 }).notNull(),
    consumptionTax: numeric('consumption_tax', { precision: 18, scale: 2 }).notNull(),
    total: numeric('total', { precision: 18, scale: 2 }).notNull(),
    lines: jsonb('lines').$type<Record<string, unknown>[]>().notNull(),
    /** The periodic bill it was summarised into (status 2). */
    periodBillId: uuid('period_bill_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('clr_tax_bills_tax_no_key').on(t.taxNo), index('clr_tax_bills_declaration_idx').on(t.declarationId), index('clr_tax_bills_assure_idx').on(t.environment, t.assureOrgId, t.status)],
);

/** A guarantor's periodic tax bill: the generated electronic tax bills of a period, summarised for payment. */
export const clrPeriodBills = pgTable(
  'clr_period_bills',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    assureOrgId: uuid('assure_org_id').notNull(),
    periodFrom: timestamp('period_from', { withTimezone: true, mode: 'date' }).notNull(),
    periodTo: timestamp('period_to', { withTimezone: true, mode: 'date' }).notNull(),
    bills: integer('bills').notNull(),
    customsTax: numeric('customs_tax', { precision: 18, scale: 2 }).notNull(),
    valueAddedTax: numeric('value_added_tax', { precision: 18, scale: 2 }).notNull(),
    consumptionTax: numeric('consumption_tax', { precision: 18, scale: 2 }).notNull(),
    total: numeric('total', { precision: 18, scale: 2 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('clr_period_bills_assure_idx').on(t.environment, t.assureOrgId, t.periodFrom)],
);

/** Returns of released goods (CEB625): requested within 30 days of release, goods back within 45. */
export const clrReturns = pgTable(
  'clr_returns',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    declarationId: uuid('declaration_id').notNull(),
    documentId: uuid('document_id'),
    /** The return request's head as sent (CEB625 InvtRefundHead), its sender and language, for the receipts that follow. */
    request: jsonb('request').$type<Record<string, unknown>>().notNull(),
    orgId: uuid('org_id').notNull(),
    locale: text('locale').notNull(),
    state: text('state').$type<'requested' | 'completed' | 'lapsed'>().notNull(),
    lines: jsonb('lines').$type<{ gnum: number; qty: string; itemRecordNo?: string; amount: string; tax: string }[]>().notNull(),
    amount: numeric('amount', { precision: 19, scale: 5 }).notNull(),
    tax: numeric('tax', { precision: 18, scale: 2 }).notNull(),
    reason: text('reason').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'date' }).notNull(),
    arrivedAt: timestamp('arrived_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('clr_returns_declaration_idx').on(t.declarationId)],
);

/** A bonded account book (账册) of a warehouse operator for an e-commerce enterprise's goods in the bonded centre. */
export const clrBondedBooks = pgTable(
  'clr_bonded_books',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    emsNo: text('ems_no').notNull(),
    operatorOrgId: uuid('operator_org_id').notNull(),
    ebcOrgId: uuid('ebc_org_id').notNull(),
    customsCode: text('customs_code'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('clr_bonded_books_ems_key').on(t.environment, t.emsNo)],
);

/** Goods of an account book: in stock, of which reserved by audited 1210 inventories. Never negative. */
export const clrBondedStock = pgTable(
  'clr_bonded_stock',
  {
    bookId: uuid('book_id').notNull(),
    itemRecordNo: text('item_record_no').notNull(),
    gcode: text('gcode').notNull(),
    gname: text('gname').notNull(),
    unit: text('unit').notNull(),
    onHand: numeric('on_hand', { precision: 19, scale: 5 }).notNull(),
    reserved: numeric('reserved', { precision: 19, scale: 5 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bookId, t.itemRecordNo] }), check('clr_bonded_stock_quantity_check', sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.onHand}`)],
);

export const clrBondedMoves = pgTable(
  'clr_bonded_moves',
  {
    id: uuid('id').primaryKey(),
    bookId: uuid('book_id').notNull(),
    itemRecordNo: text('item_record_no').notNull(),
    kind: text('kind').$type<'inbound' | 'reserve' | 'unreserve' | 'outbound' | 'return'>().notNull(),
    qty: numeric('qty', { precision: 19, scale: 5 }).notNull(),
    declarationId: uuid('declaration_id'),
    reference: text('reference'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('clr_bonded_moves_item_idx').on(t.bookId, t.itemRecordNo, t.at), index('clr_bonded_moves_declaration_idx').on(t.declarationId)],
);
