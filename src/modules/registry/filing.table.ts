import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export type FilingStatus = 'submitted' | 'effective' | 'rejected' | 'superseded' | 'suspended' | 'cancelled' | 'withdrawn';

export interface Qualification {
  /** payment_licence | express_licence | bonded_warehouse_approval | guarantee | customs_broker_registration | other */
  kind: string;
  number?: string;
  issuer?: string;
  validUntil?: string;
  /** A guarantee's amount, in CNY, as a decimal string. */
  amount?: string;
}

export interface Contact {
  name: string;
  phone: string;
  email?: string;
  role?: string;
}

/**
 * An enterprise's filing (备案), one row per version. A change is a new version, reviewed like the first;
 * the effective version stays in force until its successor is approved, then becomes superseded.
 */
export const enterpriseFilings = pgTable(
  'enterprise_filings',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    version: integer('version').notNull(),
    status: text('status').$type<FilingStatus>().notNull(),
    uscc: text('uscc').notNull(),
    customsCode: text('customs_code'),
    nameZh: text('name_zh').notNull(),
    names: jsonb('names').$type<Partial<Record<'en' | 'ko' | 'ja' | 'ru', string>>>().notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    address: text('address').notNull(),
    areaCode: text('area_code'),
    roles: text('roles').array().notNull(),
    qualifications: jsonb('qualifications').$type<Qualification[]>().notNull(),
    contacts: jsonb('contacts').$type<Contact[]>().notNull(),
    /** For an overseas e-commerce enterprise: its domestic agent's code. */
    agentUscc: text('agent_uscc'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    effectiveAt: timestamp('effective_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('enterprise_filings_org_version_key').on(t.orgId, t.version),
    index('enterprise_filings_status_idx').on(t.status),
    index('enterprise_filings_uscc_idx').on(t.uscc),
    // At most one version in force (effective or suspended) per enterprise.
    uniqueIndex('enterprise_filings_one_in_force').on(t.orgId).where(sql`status in ('effective', 'suspended')`),
  ],
);

/**
 * A product filed by an e-commerce enterprise, one row per version, identified across versions by the
 * enterprise and its item number.
 */
export const productFilings = pgTable(
  'product_filings',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    itemNo: text('item_no').notNull(),
    version: integer('version').notNull(),
    status: text('status').$type<FilingStatus>().notNull(),
    hsCode: text('hs_code').notNull(),
    nameZh: text('name_zh').notNull(),
    names: jsonb('names').$type<Partial<Record<'en' | 'ko' | 'ja' | 'ru', string>>>().notNull(),
    specification: text('specification'),
    /** 申报要素: the declared elements customs asks for this HS heading. */
    declaredElements: text('declared_elements'),
    brand: text('brand'),
    barcode: text('barcode'),
    /** ISO 3166 alpha-3. */
    originCountry: text('origin_country').notNull(),
    manufacturer: text('manufacturer'),
    legalUnit: text('legal_unit').notNull(),
    secondUnit: text('second_unit'),
    referencePrice: numeric('reference_price', { precision: 18, scale: 4 }).notNull(),
    currency: text('currency').notNull(),
    imageUrls: jsonb('image_urls').$type<string[]>().notNull(),
    /** The positive-list status of its tariff line when filed: listed | unconfirmed (demo mode only). */
    positiveList: text('positive_list').$type<'listed' | 'not_listed' | 'unconfirmed'>().notNull(),
    /** The effective date of the tariff line it was checked against. */
    tariffEffectiveFrom: date('tariff_effective_from', { mode: 'string' }).notNull(),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    effectiveAt: timestamp('effective_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('product_filings_item_version_key').on(t.orgId, t.itemNo, t.version),
    uniqueIndex('product_filings_one_in_force').on(t.orgId, t.itemNo).where(sql`status in ('effective', 'suspended')`),
    index('product_filings_org_status_idx').on(t.orgId, t.status),
    index('product_filings_hs_idx').on(t.hsCode),
    index('product_filings_barcode_idx').on(t.barcode),
  ],
);

/** A competent department's review of one filing version: one row per department that must decide. */
export const filingReviews = pgTable(
  'filing_reviews',
  {
    id: uuid('id').primaryKey(),
    filingKind: text('filing_kind').$type<'enterprise' | 'product'>().notNull(),
    filingId: uuid('filing_id').notNull(),
    /** A department code, or `zone_office`. */
    reviewer: text('reviewer').notNull(),
    decision: text('decision').$type<'approved' | 'rejected'>(),
    reason: text('reason'),
    decidedByOrg: uuid('decided_by_org'),
    decidedByUser: uuid('decided_by_user'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('filing_reviews_filing_reviewer_key').on(t.filingKind, t.filingId, t.reviewer),
    index('filing_reviews_open_idx').on(t.reviewer, t.filingKind).where(sql`decision is null`),
    check('filing_reviews_kind_check', sql`${t.filingKind} in ('enterprise', 'product')`),
  ],
);

/** Every state change of a filing version, with who and why. */
export const filingTransitions = pgTable(
  'filing_transitions',
  {
    id: uuid('id').primaryKey(),
    filingKind: text('filing_kind').$type<'enterprise' | 'product'>().notNull(),
    filingId: uuid('filing_id').notNull(),
    fromStatus: text('from_status').$type<FilingStatus>(),
    toStatus: text('to_status').$type<FilingStatus>().notNull(),
    event: text('event').notNull(),
    actorOrgId: uuid('actor_org_id'),
    actorUserId: uuid('actor_user_id'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('filing_transitions_filing_idx').on(t.filingKind, t.filingId, t.at)],
);

/**
 * Parties a product filing is shared with beyond its owner and the departments in scope: a party to a
 * later document that names the product (a logistics company carrying it, a platform selling it).
 * Written by the modules that accept those documents, through the registry's public function.
 */
export const productShares = pgTable(
  'product_shares',
  {
    ownerOrgId: uuid('owner_org_id').notNull(),
    itemNo: text('item_no').notNull(),
    partyOrgId: uuid('party_org_id').notNull(),
    reason: text('reason').notNull(),
    firstSharedAt: timestamp('first_shared_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('product_shares_key').on(t.ownerOrgId, t.itemNo, t.partyOrgId), index('product_shares_party_idx').on(t.partyOrgId)],
);
