import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

type Environment = 'sandbox' | 'production';
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Risk information (DESIGN §2, system 7): every declaration, payment, waybill, collection, filing change,
 * rejection, inspection result, return, complaint and quality incident as a fact with its source. The keys
 * detectors and rule aggregates group by are columns (indexed by time), the rest is the payload.
 */
export const riskFacts = pgTable(
  'risk_facts',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    at: ts('at').notNull(),
    /** The module that reported it: clearance, export, registry, quality, complaints … */
    source: text('source').notNull(),
    /** declaration, payment, waybill, collection, export_release, filing_change, rejection, inspection, return, complaint, quality_incident … */
    kind: text('kind').notNull(),
    /** The document or record it comes from (CEB document, declaration, filing). */
    reference: text('reference'),
    declarationId: uuid('declaration_id'),
    /** The enterprise it concerns (seller, platform, carrier …). */
    orgId: uuid('org_id'),
    ebcCode: text('ebc_code'),
    orderNo: text('order_no'),
    buyerId: text('buyer_id'),
    payerId: text('payer_id'),
    phone: text('phone'),
    /** The consignee address, normalised (NFC, no spaces) so that spellings of one address meet. */
    address: text('address'),
    consignee: text('consignee'),
    device: text('device'),
    amount: numeric('amount', { precision: 19, scale: 5 }),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index('risk_facts_kind_idx').on(t.environment, t.kind, t.at),
    index('risk_facts_buyer_idx').on(t.environment, t.buyerId, t.at),
    index('risk_facts_payer_idx').on(t.environment, t.payerId, t.at),
    index('risk_facts_phone_idx').on(t.environment, t.phone, t.at),
    index('risk_facts_address_idx').on(t.environment, t.address, t.at),
    index('risk_facts_org_idx').on(t.environment, t.orgId, t.kind, t.at),
    index('risk_facts_order_idx').on(t.environment, t.ebcCode, t.orderNo),
    index('risk_facts_declaration_idx').on(t.declarationId),
  ],
);

/**
 * Rules regulators edit: a condition over a document's fields and over aggregates in time windows, an action
 * and an explanation in the five languages. Versioned: a change is a new version from its effective time; the
 * version in force at a document's time decides it.
 */
export const riskRules = pgTable(
  'risk_rules',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    effectiveFrom: ts('effective_from').notNull(),
    /** Set when a later version (or a retirement) takes over. */
    effectiveTo: ts('effective_to'),
    /** The department whose alerts it raises (customs, forex, market …). */
    department: text('department').notNull(),
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    action: text('action').$type<'score' | 'review' | 'inspect' | 'hold' | 'reject'>().notNull(),
    score: integer('score').notNull().default(0),
    explanation: jsonb('explanation').$type<Record<string, string>>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('risk_rules_version_key').on(t.code, t.version), index('risk_rules_effective_idx').on(t.effectiveFrom)],
);

/** What the risk assessment decided for a declaration, and which rule versions and detectors fired. */
export const riskDecisions = pgTable(
  'risk_decisions',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    /** import (clr_declarations) or export (exp_declarations). */
    flow: text('flow').$type<'import' | 'export'>().notNull(),
    declarationId: uuid('declaration_id').notNull(),
    at: ts('at').notNull(),
    score: integer('score').notNull(),
    action: text('action').notNull(),
    /** [{ rule, version } | { detector }, with the explanation key and parameters]. */
    fired: jsonb('fired').$type<Record<string, unknown>[]>().notNull(),
  },
  (t) => [index('risk_decisions_declaration_idx').on(t.declarationId), index('risk_decisions_at_idx').on(t.environment, t.at)],
);

/** Early warning → disposal → review: routed to the department in scope; the review feeds the hit statistics. */
export const riskAlerts = pgTable(
  'risk_alerts',
  {
    id: uuid('id').primaryKey(),
    environment: text('environment').$type<Environment>().notNull(),
    at: ts('at').notNull(),
    department: text('department').notNull(),
    ruleCode: text('rule_code'),
    ruleVersion: integer('rule_version'),
    detector: text('detector'),
    severity: text('severity').$type<'low' | 'medium' | 'high'>().notNull(),
    declarationId: uuid('declaration_id'),
    orgId: uuid('org_id'),
    subject: jsonb('subject').$type<Record<string, unknown>>().notNull(),
    explanation: jsonb('explanation').$type<Record<string, unknown>>().notNull(),
    state: text('state').$type<'open' | 'disposed' | 'reviewed'>().notNull(),
    disposal: jsonb('disposal').$type<Record<string, unknown>>(),
    disposedBy: text('disposed_by'),
    disposedAt: ts('disposed_at'),
    /** confirmed (a true hit) or false_positive, with who and why. */
    review: jsonb('review').$type<Record<string, unknown>>(),
    reviewedBy: text('reviewed_by'),
    reviewedAt: ts('reviewed_at'),
  },
  (t) => [
    index('risk_alerts_queue_idx').on(t.environment, t.department, t.state, t.at),
    index('risk_alerts_rule_idx').on(t.ruleCode, t.ruleVersion),
    index('risk_alerts_declaration_idx').on(t.declarationId),
    check('risk_alerts_state_check', sql`${t.state} in ('open', 'disposed', 'reviewed')`),
  ],
);

/** Goods under recall (quality and safety): by commodity code, item, brand or batch, for a period. */
export const riskRecalls = pgTable(
  'risk_recalls',
  {
    id: uuid('id').primaryKey(),
    gcode: text('gcode'),
    itemNo: text('item_no'),
    brand: text('brand'),
    reason: text('reason').notNull(),
    source: text('source').notNull(),
    validFrom: ts('valid_from').notNull(),
    validTo: ts('valid_to'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('risk_recalls_gcode_idx').on(t.gcode), index('risk_recalls_brand_idx').on(t.brand)],
);

/** Registered brands (IP registrations with market supervision) and the sellers authorised to sell them. */
export const riskBrands = pgTable(
  'risk_brands',
  {
    id: uuid('id').primaryKey(),
    brand: text('brand').notNull(),
    owner: text('owner').notNull(),
    /** E-commerce enterprise codes authorised to sell the brand. */
    authorised: jsonb('authorised').$type<string[]>().notNull(),
    registrationNo: text('registration_no'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('risk_brands_brand_key').on(t.brand)],
);
