import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, numeric, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

type Environment = 'sandbox' | 'production';
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The export inventory list's life (SPEC-NOTES §4.2, §6.1): waiting (order or waybill missing) → accepted 120
 * → [review 300] → audited 399 → [inspection 500] → released 800 once the parcel has arrived at the supervised
 * site (运抵) → cleared 899 when it departs (离境); or rejected 100, cancelled (CEB605), returned (CEB213/215),
 * expired (an orphan past the matching deadline).
 */
export const EXPORT_STATES = ['waiting', 'accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'rejected', 'cancelled', 'returned', 'expired'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];

/**
 * One export: the order (CEB303), collection (CEB403) and inventory list (CEB603), keyed by platform + order
 * number, and the waybill (CEB505) through the list's logistics company + number; copies of the records as
 * accepted (the documents themselves live in the CEB interface) and what customs made of them.
 */
export const expDeclarations = pgTable(
  'exp_declarations',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    ebpCode: text('ebp_code').notNull(),
    orderNo: text('order_no').notNull(),
    state: text('state').$type<ExportState>().notNull(),
    /** 9610 retail, 9710 B2B direct, 9810 overseas warehouse, 1210 bonded (from the list). */
    tradeMode: text('trade_mode'),
    /** A simplified declaration, B summary declaration (CEB603 statisticsFlag). */
    statisticsFlag: text('statistics_flag'),
    orderDocId: uuid('order_doc_id'),
    orderOrgId: uuid('order_org_id'),
    order: jsonb('order').$type<Record<string, unknown>>(),
    collectionDocId: uuid('collection_doc_id'),
    collection: jsonb('collection').$type<Record<string, unknown>>(),
    inventoryDocId: uuid('inventory_doc_id'),
    inventoryOrgId: uuid('inventory_org_id'),
    inventory: jsonb('inventory').$type<Record<string, unknown>>(),
    inventoryDeclared: boolean('inventory_declared').notNull().default(false),
    logisticsCode: text('logistics_code'),
    logisticsNo: text('logistics_no'),
    ebcOrgId: uuid('ebc_org_id'),
    agentCode: text('agent_code'),
    ebcCode: text('ebc_code'),
    /** Destination country (customs numeric code), exit customs, the released value and its currency. */
    country: text('country'),
    portCode: text('port_code'),
    currency: text('currency'),
    value: numeric('value', { precision: 19, scale: 5 }),
    invtNo: text('invt_no'),
    preNo: text('pre_no'),
    locale: text('locale').notNull().default('zh-CN'),
    /** 9810: the zone-registered overseas warehouse the goods go to. */
    warehouseId: uuid('warehouse_id'),
    risk: jsonb('risk').$type<Record<string, unknown>>(),
    inspection: jsonb('inspection').$type<Record<string, unknown>>(),
    problems: jsonb('problems').$type<{ code: string; path: string; params?: Record<string, string | number> }[]>().notNull().default(sql`'[]'::jsonb`),
    firstSeenAt: ts('first_seen_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    acceptedAt: ts('accepted_at'),
    auditedAt: ts('audited_at'),
    releasedAt: ts('released_at'),
    clearedAt: ts('cleared_at'),
    closedAt: ts('closed_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('exp_declarations_order_key').on(t.environment, t.ebpCode, t.orderNo),
    uniqueIndex('exp_declarations_invt_no_key').on(t.invtNo),
    index('exp_declarations_state_idx').on(t.environment, t.state, t.firstSeenAt),
    index('exp_declarations_released_idx').on(t.environment, t.ebcCode, t.releasedAt),
    check('exp_declarations_state_check', sql`${t.state} in ('waiting', 'accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'rejected', 'cancelled', 'returned', 'expired')`),
  ],
);

/**
 * An export parcel by logistics company + number: its waybill (CEB505), the list that names it, its arrival at
 * the supervised site (CEB507) and its departure (CEB509), and the destination data the carrier attached.
 */
export const expParcels = pgTable(
  'exp_parcels',
  {
    environment: text('environment').$type<Environment>().notNull(),
    logisticsCode: text('logistics_code').notNull(),
    logisticsNo: text('logistics_no').notNull(),
    declarationId: uuid('declaration_id'),
    waybillDocId: uuid('waybill_doc_id'),
    waybill: jsonb('waybill').$type<Record<string, unknown>>(),
    arrivedAt: ts('arrived_at'),
    arrivalDocId: uuid('arrival_doc_id'),
    departedAt: ts('departed_at'),
    departureDocId: uuid('departure_doc_id'),
    /** Recipient, address (as written, NFC), PCCC for Korea, e-commerce flag and platform for Japan. */
    destination: jsonb('destination').$type<Record<string, unknown>>(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.environment, t.logisticsCode, t.logisticsNo] }), index('exp_parcels_declaration_idx').on(t.declarationId)],
);

/**
 * The grouping keys of summary declarations (POLICY-NOTES §3.1, unverified): dated, versioned data that customs
 * or the zone office edits; the version in force on a summary's creation groups it.
 */
export const expSummaryRules = pgTable('exp_summary_rules', {
  version: integer('version').primaryKey(),
  effectiveFrom: text('effective_from').notNull(),
  rule: jsonb('rule').$type<Record<string, unknown>>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
});

/**
 * A summary declaration (汇总申报): the released B lists of one month and one group, applied for by the
 * declaring agent (CEB701, answered by CEB702) and concluded by customs (CEB792).
 */
export const expSummaries = pgTable(
  'exp_summaries',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    agentOrgId: uuid('agent_org_id').notNull(),
    agentCode: text('agent_code').notNull(),
    ebcCode: text('ebc_code').notNull(),
    period: text('period').notNull(),
    dueDate: text('due_date').notNull(),
    ruleVersion: integer('rule_version').notNull(),
    groupKey: jsonb('group_key').$type<Record<string, string>>().notNull(),
    keyText: text('key_text').notNull(),
    lines: jsonb('lines').$type<Record<string, unknown>[]>().notNull(),
    /** The application that covers it: its number (sumNo), the CEB701 document and copNo. */
    sumNo: text('sum_no').notNull(),
    copNo: text('cop_no'),
    applicationDocId: uuid('application_doc_id'),
    declSeqNo: text('decl_seq_no').notNull(),
    state: text('state').$type<'applied' | 'concluded'>().notNull(),
    grossWeight: numeric('gross_weight', { precision: 19, scale: 5 }).notNull(),
    netWeight: numeric('net_weight', { precision: 19, scale: 5 }).notNull(),
    createdAt: ts('created_at').notNull(),
    concludedAt: ts('concluded_at'),
  },
  (t) => [uniqueIndex('exp_summaries_decl_seq_no_key').on(t.declSeqNo), index('exp_summaries_agent_idx').on(t.environment, t.agentOrgId, t.period)],
);

/** Which summary covers which list: a list is summarised once (the primary key). */
export const expSummaryLists = pgTable(
  'exp_summary_lists',
  {
    declarationId: uuid('declaration_id').primaryKey(),
    summaryId: uuid('summary_id').notNull(),
  },
  (t) => [index('exp_summary_lists_summary_idx').on(t.summaryId)],
);

/**
 * The zone's register of overseas warehouses (customs' 9810 filing was cancelled on 2024-12-15, POLICY-NOTES
 * §3.2): name, country, address, area, owned or leased, operator; the base of the plan's warehouse standards.
 */
export const expWarehouses = pgTable(
  'exp_warehouses',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    operatorOrgId: uuid('operator_org_id').notNull(),
    name: text('name').notNull(),
    country: text('country').notNull(),
    address: text('address').notNull(),
    areaSqm: numeric('area_sqm', { precision: 12, scale: 2 }).notNull(),
    tenure: text('tenure').$type<'owned' | 'leased'>().notNull(),
    status: text('status').$type<'active' | 'closed'>().notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('exp_warehouses_code_key').on(t.code), check('exp_warehouses_area_check', sql`${t.areaSqm} > 0`)],
);

/** 9810 goods in an overseas warehouse until sold, per enterprise and item; never negative. */
export const expOverseasStock = pgTable(
  'exp_overseas_stock',
  {
    environment: text('environment').$type<Environment>().notNull(),
    warehouseId: uuid('warehouse_id').notNull(),
    ebcOrgId: uuid('ebc_org_id').notNull(),
    itemNo: text('item_no').notNull(),
    gcode: text('gcode').notNull(),
    gname: text('gname').notNull(),
    unit: text('unit').notNull(),
    qty: numeric('qty', { precision: 19, scale: 5 }).notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.environment, t.warehouseId, t.ebcOrgId, t.itemNo] }), check('exp_overseas_stock_qty_check', sql`${t.qty} >= 0`)],
);

export const expOverseasMoves = pgTable(
  'exp_overseas_moves',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    warehouseId: uuid('warehouse_id').notNull(),
    ebcOrgId: uuid('ebc_org_id').notNull(),
    itemNo: text('item_no').notNull(),
    kind: text('kind').$type<'inbound' | 'sale'>().notNull(),
    qty: numeric('qty', { precision: 19, scale: 5 }).notNull(),
    declarationId: uuid('declaration_id'),
    reference: text('reference'),
    at: ts('at').notNull(),
  },
  (t) => [index('exp_overseas_moves_stock_idx').on(t.warehouseId, t.ebcOrgId, t.itemNo, t.at)],
);

/**
 * A return of exported goods (CEB213 request, CEB215 tally at the supervised site): linked to the original
 * list, within one year of its release; tax-free when back within six months (POLICY-NOTES §3.7).
 */
export const expReturns = pgTable(
  'exp_returns',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    declarationId: uuid('declaration_id').notNull(),
    ebcCode: text('ebc_code').notNull(),
    coElNo: text('co_el_no').notNull(),
    invtNo: text('invt_no').notNull(),
    logisticsNo: text('logistics_no').notNull(),
    reason: text('reason').notNull(),
    lines: jsonb('lines').$type<Record<string, unknown>[]>().notNull(),
    state: text('state').$type<'requested' | 'arrived'>().notNull(),
    requestedAt: ts('requested_at').notNull(),
    arrivedAt: ts('arrived_at'),
    /** Back within six months of export, exported in the exemption's window: no import duty, VAT or CT. */
    taxFree: boolean('tax_free'),
    taxFreeReason: text('tax_free_reason'),
  },
  (t) => [uniqueIndex('exp_returns_key').on(t.environment, t.ebcCode, t.coElNo), index('exp_returns_declaration_idx').on(t.declarationId)],
);

/** The serial of summary application numbers and unified numbers (S + date + 9 digits). */
export const expSummarySeq = pgSequence('exp_summary_seq', { startWith: 1, maxValue: 999999999, cycle: true });
