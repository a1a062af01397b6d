import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * "One database, three systems" (plan 二.三.4): the credit record of every party, built from facts of all
 * modules — rejections, inspection findings, late tax, complaints, returns, quality incidents, certifications.
 */
export const creditFacts = pgTable(
  'credit_facts',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    at: ts('at').notNull(),
    /** rejection, inspection_finding, late_tax, complaint, return, quality_incident, aeo_certified, on_time_summary … */
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    reference: text('reference'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** Whether the fact may be disclosed to the public (a penalty decision may; a complaint's details not). */
    disclosable: boolean('disclosable').notNull().default(false),
  },
  (t) => [index('credit_facts_org_idx').on(t.orgId, t.at), index('credit_facts_org_kind_idx').on(t.orgId, t.kind, t.at), index('credit_facts_kind_idx').on(t.kind, t.at)],
);

/**
 * The facts of one enterprise, kind and zone day (Asia/Shanghai) in one row, kept with every fact recorded, so
 * that a model that counts a kind per month (clean releases) reads a row a day instead of every fact: a busy
 * platform's releases of two years would otherwise be read again for each of its declarations. `sx` and `sx2`
 * are the sums of each fact's seconds since the day began and their squares: enough to fade the day's facts
 * one by one to within a few parts in a billion (credit.service.ts, `monthsOf`).
 */
export const creditFactDays = pgTable(
  'credit_fact_days',
  {
    orgId: uuid('org_id').notNull(),
    kind: text('kind').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    n: integer('n').notNull(),
    first: ts('first').notNull(),
    last: ts('last').notNull(),
    sx: doublePrecision('sx').notNull(),
    sx2: doublePrecision('sx2').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.kind, t.day] })],
);

/** The evaluation model: points per fact kind, how fast a fact fades, grade thresholds — dated, versioned data. */
export const creditModels = pgTable('credit_models', {
  version: integer('version').primaryKey(),
  effectiveFrom: ts('effective_from').notNull(),
  model: jsonb('model').$type<Record<string, unknown>>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
});

/**
 * Customs credit levels as dated, editable data (POLICY-NOTES §4: 令第251号 until 2026-03-31, 令第282号 from
 * 2026-04-01), each with the factors by which it multiplies the base manual-review and inspection rates.
 */
export const creditLevels = pgTable(
  'credit_levels',
  {
    regime: text('regime').notNull(),
    levelCode: text('level_code').notNull(),
    inForceFrom: text('in_force_from').notNull(),
    inForceTo: text('in_force_to'),
    levelOrder: integer('level_order').notNull(),
    names: jsonb('names').$type<Record<string, string>>().notNull(),
    isAeo: boolean('is_aeo').notNull(),
    inspectionFactor: numeric('inspection_factor', { precision: 8, scale: 4 }).notNull(),
    reviewFactor: numeric('review_factor', { precision: 8, scale: 4 }).notNull(),
    status: text('status').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regime, t.levelCode] })],
);

/** An enterprise's customs credit level over time (decided by customs). */
export const creditCustomsLevels = pgTable(
  'credit_customs_levels',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    regime: text('regime').notNull(),
    levelCode: text('level_code').notNull(),
    validFrom: ts('valid_from').notNull(),
    validTo: ts('valid_to'),
    decidedBy: text('decided_by').notNull(),
    reason: text('reason'),
  },
  (t) => [index('credit_customs_levels_org_idx').on(t.orgId, t.validFrom)],
);

/** The negative list: cause, start and end; repaired or expired entries stay as history. */
export const creditNegativeList = pgTable(
  'credit_negative_list',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    cause: text('cause').notNull(),
    /** The catalogue key of the cause (e.g. an art. 22 item), for repair rules and translations. */
    causeKey: text('cause_key').notNull(),
    start: ts('start').notNull(),
    end: ts('end'),
    state: text('state').$type<'listed' | 'repaired' | 'expired'>().notNull(),
    /** Orderly disclosure: whether the public list shows it. */
    disclosed: boolean('disclosed').notNull().default(true),
    listedBy: text('listed_by').notNull(),
    repairedAt: ts('repaired_at'),
  },
  (t) => [index('credit_negative_list_org_idx').on(t.orgId, t.state), check('credit_negative_list_state_check', sql`${t.state} in ('listed', 'repaired', 'expired')`)],
);

/** Credit repair (信用修复): the enterprise applies with evidence; the department decides. */
export const creditRepairs = pgTable(
  'credit_repairs',
  {
    id: uuid('id').primaryKey(),
    entryId: uuid('entry_id').notNull(),
    orgId: uuid('org_id').notNull(),
    appliedAt: ts('applied_at').notNull(),
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull(),
    state: text('state').$type<'applied' | 'approved' | 'refused'>().notNull(),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
    reason: text('reason'),
  },
  (t) => [index('credit_repairs_entry_idx').on(t.entryId), check('credit_repairs_state_check', sql`${t.state} in ('applied', 'approved', 'refused')`)],
);
