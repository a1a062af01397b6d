import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The zone's code tables (trade modes, currencies, countries, units, transport modes, VAT and
 * consumption-tax rates, administrative divisions, customs offices, ports), loaded from data files in
 * the repository. A row is never rewritten: a change is a new row with a later effective date, and a
 * declaration is judged by the row in force on its declaration date.
 */
export const refCodes = pgTable(
  'ref_codes',
  {
    id: uuid('id').primaryKey(),
    codeTable: text('code_table').notNull(),
    code: text('code').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    nameZh: text('name_zh'),
    nameEn: text('name_en'),
    /** Attributes particular to the table (e.g. a currency's customs numeric code, a rate). */
    attrs: jsonb('attrs').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    /** False where the source marks the fact unverified or the value is demo data. */
    verified: boolean('verified').notNull(),
    note: text('note'),
    source: text('source'),
    loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('ref_codes_table_code_from_key').on(t.codeTable, t.code, t.effectiveFrom)],
);

/**
 * The HS tariff lines the zone uses (10-digit codes), with the rates of cross-border retail import tax
 * and whether the line is on the cross-border retail import positive list. Versioned like ref_codes.
 */
export const tariffLines = pgTable(
  'tariff_lines',
  {
    id: uuid('id').primaryKey(),
    hsCode: text('hs_code').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    nameZh: text('name_zh').notNull(),
    /** VAT rate as a fraction (0.13). */
    vatRate: numeric('vat_rate', { precision: 7, scale: 4 }),
    /** Consumption tax: kind (ad_valorem | specific | compound), fraction, and amount per unit. */
    consumptionTaxKind: text('consumption_tax_kind').$type<'ad_valorem' | 'specific' | 'compound'>(),
    consumptionTaxRate: numeric('consumption_tax_rate', { precision: 7, scale: 4 }),
    consumptionTaxSpecific: numeric('consumption_tax_specific', { precision: 18, scale: 4 }),
    consumptionTaxUnit: text('consumption_tax_unit'),
    /** Most-favoured-nation tariff rate (fraction), used for fully taxed single items; editable data. */
    mfnRate: numeric('mfn_rate', { precision: 7, scale: 4 }),
    legalUnit1: text('legal_unit1'),
    legalUnit2: text('legal_unit2'),
    /** listed | not_listed | unconfirmed (accepted in demo mode only). */
    positiveList: text('positive_list').$type<'listed' | 'not_listed' | 'unconfirmed'>().notNull(),
    demo: boolean('demo').notNull(),
    source: text('source'),
    note: text('note'),
    loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('tariff_lines_code_from_key').on(t.hsCode, t.effectiveFrom),
    check('tariff_lines_hs_code_check', sql`${t.hsCode} ~ '^[0-9]{10}$'`),
    check('tariff_lines_positive_list_check', sql`${t.positiveList} in ('listed', 'not_listed', 'unconfirmed')`),
  ],
);

/** Which data file each table was last loaded from, so start-up reloads only what changed. */
export const referenceLoads = pgTable(
  'reference_loads',
  {
    id: uuid('id').primaryKey(),
    dataset: text('dataset').notNull(),
    checksum: text('checksum').notNull(),
    rows: numeric('rows', { precision: 12, scale: 0 }).notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('reference_loads_dataset_idx').on(t.dataset, t.loadedAt)],
);
