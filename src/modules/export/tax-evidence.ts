import type Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { AppError } from '../../kernel/errors';
import { t, type Locale, type MessageParams } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { Dec, dec, sum, toFen } from '../../kernel/money';

/**
 * Tax evidence of 9610 retail exports — pure computation over decimal strings, no database:
 *
 * - `exemptionEvidence`: the data behind the VAT / consumption-tax exemption of zone retail exports without
 *   purchase vouchers ("无票免税", 财税〔2018〕103号, POLICY-NOTES §3.4);
 * - `deemedIncomeTax`: corporate income tax assessed at the deemed 4% taxable-income rate
 *   (国家税务总局公告2019年第36号, POLICY-NOTES §3.5);
 * - `evidenceWorkbook` / `incomeTaxWorkbook`: both as XLSX in one of the zone's languages.
 *
 * Money is decimal.js through kernel/money, never a binary float. Amounts are kept exact as declared; sums
 * and products are exact; a figure is rounded half up to the fen (0.01) only when it is shown, each from its
 * exact value (the tax is not computed from the rounded taxable income). Results are plain JSON-ready
 * objects whose figures are decimal strings with 2 decimals; message codes are catalogue keys rendered in a
 * locale by whoever shows them.
 */

/** The customs numeric currency code of the renminbi; amounts in it are summed into CNY figures directly. */
export const CNY = '142';
/** 应税所得率 of 公告2019年第36号: taxable income = total revenue × 4%. §3.5 */
export const TAXABLE_INCOME_RATE = '0.04';
/** The standard corporate income tax rate (企业所得税法 第四条). */
export const STANDARD_CIT_RATE = '0.25';
export const EXEMPTION_BASIS = '财税〔2018〕103号';
export const INCOME_TAX_BASIS = '国家税务总局公告2019年第36号';

/**
 * UNVERIFIED small low-profit enterprise relief terms (POLICY-NOTES §3.5: "25% of income taxed at 20% → 5%
 * effective for taxable income ≤ 3 million CNY, per 2023 announcements"). Offered only as a preset for an
 * illustration the caller asks for explicitly; never applied by default.
 */
export const SMALL_LOW_PROFIT_ILLUSTRATION_2023: SmallLowProfitTerms = { incomeFraction: '0.25', rate: '0.20', taxableIncomeCeiling: '3000000' };

// ---------------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------------

/** One goods line of a released 9610 export inventory list (CEB603), with the list's release date. */
export interface ExportLineInput {
  invtNo: string;
  /** YYYY-MM-DD: the list's ieDate / release date. */
  exportDate: string;
  ebcCode: string;
  ebcName: string;
  /** The line's sequence number in the list (1, 2, …). */
  gnum: number;
  itemNo: string;
  /** 10-digit commodity code. */
  gcode: string;
  gname: string;
  /** 3-digit customs unit code. */
  unit: string;
  /** Decimal strings, as declared. */
  qty: string;
  price: string;
  totalPrice: string;
  /** Customs numeric currency code ('142' = CNY). */
  currency: string;
  /** Destination country, CEB numeric code. */
  country: string;
  /** True when the enterprise holds a purchase invoice (进货凭证) for the goods; absent = none. */
  hasPurchaseInvoice?: boolean;
}

export interface EnterpriseFacts {
  ebcCode: string;
  name: string;
  registeredInZone: boolean;
  declaredAtZoneCustoms: boolean;
}

export interface Period {
  from: string;
  to: string;
}

export interface TaxEvidenceInput {
  enterprise: EnterpriseFacts;
  period: Period;
  lines: readonly ExportLineInput[];
}

/** Exchange rates the caller supplies: CNY per ONE unit of each currency (not per 100), with their source. */
export interface CurrencyConversion {
  rates: Record<string, string>;
  source: string;
  /** YYYY-MM-DD the rates are dated. */
  date: string;
}

/** The terms of the small low-profit illustration: `rate` on `incomeFraction` of taxable income up to the ceiling. */
export interface SmallLowProfitTerms {
  incomeFraction: string;
  rate: string;
  taxableIncomeCeiling: string;
}

export interface IncomeTaxOptions {
  conversion?: CurrencyConversion;
  /** Off unless given: an UNVERIFIED illustration, never part of the assessed figures. */
  smallLowProfitIllustration?: SmallLowProfitTerms;
}

// ---------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------

export type ConditionState = 'passed' | 'failed' | 'unchecked';
export type ConditionKey = 'registered_in_zone' | 'platform_records' | 'declared_at_zone_customs' | 'no_purchase_vouchers' | 'goods_not_excluded';

/** A catalogue message with its parameters, rendered by `t(locale, code, params)`. */
export interface Note {
  code: MessageKey;
  params: MessageParams;
}

export interface Condition extends Note {
  key: ConditionKey;
  state: ConditionState;
}

/**
 * A line as evidence: the registration fields of §3.4 (export date, goods name, unit, quantity, unit price,
 * amount) with the list number, line number, commodity code, currency and destination. `qty` is the declared
 * quantity exactly; `price` and `amount` are the declared values exactly, written with at least 2 decimals
 * (a declared 10.125 stays 10.125: it is the registered record, rounding it would falsify it).
 */
export interface EvidenceLine {
  invtNo: string;
  gnum: number;
  exportDate: string;
  itemNo: string;
  gcode: string;
  gname: string;
  unit: string;
  qty: string;
  price: string;
  amount: string;
  currency: string;
  country: string;
}

/** The exact sum of one currency's amounts, rounded half up to 2 decimals. */
export interface CurrencyTotal {
  currency: string;
  lines: number;
  amount: string;
}

export interface LineGroup {
  lines: EvidenceLine[];
  totals: CurrencyTotal[];
}

/**
 * The conclusion over all conditions: 'failed' if a checked condition fails, else 'unchecked' — never
 * 'passed', because the excluded-goods condition cannot be checked from platform data.
 */
export type Overall = 'failed' | 'unchecked';

export interface ExemptionEvidence {
  kind: 'exemption_evidence';
  basis: typeof EXEMPTION_BASIS;
  enterprise: EnterpriseFacts;
  period: Period;
  conditions: Condition[];
  overall: Overall;
  conclusion: Note;
  /** Lines without purchase vouchers: the ones the exemption covers. */
  covered: LineGroup;
  /** Lines with a purchase invoice: not covered, listed separately. */
  withPurchaseInvoice: LineGroup;
  notes: Note[];
}

export interface RevenueByCurrency {
  currency: string;
  lines: number;
  /** Exact sum in the currency, 2 decimals. */
  amount: string;
  /** CNY per unit as supplied ('1' for CNY); null when no rate was supplied. */
  rate: string | null;
  /** amount × rate from the exact sum, 2 decimals; null when not converted. */
  amountCny: string | null;
}

export interface SmallLowProfitIllustration {
  /** A label, not a state: the figure below is an illustration on unverified terms, not an assessment. */
  label: 'illustration_unverified_terms';
  terms: SmallLowProfitTerms;
  withinCeiling: boolean;
  /** taxable income × fraction × rate, 2 decimals; null above the ceiling. */
  tax: string | null;
  notes: Note[];
}

export interface DeemedIncomeTax {
  kind: 'deemed_income_tax';
  basis: typeof INCOME_TAX_BASIS;
  enterprise: EnterpriseFacts;
  period: Period;
  conditions: Condition[];
  overall: Overall;
  conclusion: Note;
  taxableIncomeRate: string;
  standardRate: string;
  conversion: { source: string; date: string } | null;
  revenueByCurrency: RevenueByCurrency[];
  /** Currencies without a rate: listed here and left out of every CNY figure. */
  unconverted: CurrencyTotal[];
  /** Lines with a purchase invoice: not revenue of this assessment. */
  excludedWithPurchaseInvoice: CurrencyTotal[];
  revenueCny: string;
  taxableIncome: string;
  corporateIncomeTax: string;
  smallLowProfitIllustration: SmallLowProfitIllustration | null;
  /** The lines counted in the revenue. */
  lines: EvidenceLine[];
  notes: Note[];
}

// ---------------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------------

const DECIMAL = /^\d{1,20}(\.\d{1,10})?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isDecimal = (value: unknown): value is string => typeof value === 'string' && DECIMAL.test(value);
const isCode = (digits: number) => (value: unknown) => typeof value === 'string' && new RegExp(`^\\d{${digits}}$`).test(value);

interface Prepared {
  enterprise: EnterpriseFacts;
  period: Period;
  /** Sorted by export date, list, line. */
  lines: { line: EvidenceLine; amount: Decimal; invoiced: boolean }[];
}

function invalidInput(field: string): AppError {
  return new AppError('invalid', 'export.tax_invalid_input', { field });
}

function prepare(input: TaxEvidenceInput): Prepared {
  const { enterprise, period } = input;
  if (!enterprise || !nonEmpty(enterprise.ebcCode)) throw invalidInput('enterprise.ebcCode');
  if (!nonEmpty(enterprise.name)) throw invalidInput('enterprise.name');
  if (typeof enterprise.registeredInZone !== 'boolean') throw invalidInput('enterprise.registeredInZone');
  if (typeof enterprise.declaredAtZoneCustoms !== 'boolean') throw invalidInput('enterprise.declaredAtZoneCustoms');
  if (!period || !isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to) {
    throw new AppError('invalid', 'export.tax_invalid_period', { from: String(period?.from), to: String(period?.to) });
  }
  if (!Array.isArray(input.lines)) throw invalidInput('lines');

  const seen = new Set<string>();
  const lines = input.lines.map((l) => {
    const invtNo = nonEmpty(l.invtNo) ? l.invtNo : '?';
    const gnumText = Number.isSafeInteger(l.gnum) ? String(l.gnum) : '?';
    const bad = (field: string) => new AppError('invalid', 'export.tax_invalid_field', { invtNo, gnum: gnumText, field });
    if (!nonEmpty(l.invtNo)) throw bad('invtNo');
    if (!Number.isSafeInteger(l.gnum) || l.gnum < 1) throw bad('gnum');
    if (!isIsoDate(l.exportDate)) throw bad('exportDate');
    if (!nonEmpty(l.ebcCode)) throw bad('ebcCode');
    if (!nonEmpty(l.gname)) throw bad('gname');
    if (typeof l.itemNo !== 'string') throw bad('itemNo');
    if (!isCode(10)(l.gcode)) throw bad('gcode');
    if (!isCode(3)(l.unit)) throw bad('unit');
    if (!isDecimal(l.qty) || dec(l.qty).isZero()) throw bad('qty');
    if (!isDecimal(l.price)) throw bad('price');
    if (!isDecimal(l.totalPrice)) throw bad('totalPrice');
    if (!isCode(3)(l.currency)) throw bad('currency');
    if (!isCode(3)(l.country)) throw bad('country');
    if (l.hasPurchaseInvoice !== undefined && typeof l.hasPurchaseInvoice !== 'boolean') throw bad('hasPurchaseInvoice');
    if (l.ebcCode !== enterprise.ebcCode) throw new AppError('invalid', 'export.tax_other_enterprise', { invtNo, ebcCode: l.ebcCode, expected: enterprise.ebcCode });
    if (l.exportDate < period.from || l.exportDate > period.to) {
      throw new AppError('invalid', 'export.tax_outside_period', { invtNo, date: l.exportDate, from: period.from, to: period.to });
    }
    const id = `${l.invtNo}\u0000${l.gnum}`;
    if (seen.has(id)) throw new AppError('invalid', 'export.tax_duplicate_line', { invtNo, gnum: gnumText });
    seen.add(id);

    const amount = dec(l.totalPrice);
    const line: EvidenceLine = {
      invtNo: l.invtNo,
      gnum: l.gnum,
      exportDate: l.exportDate,
      itemNo: l.itemNo,
      gcode: l.gcode,
      gname: l.gname,
      unit: l.unit,
      qty: dec(l.qty).toFixed(),
      price: atLeast2(dec(l.price)),
      amount: atLeast2(amount),
      currency: l.currency,
      country: l.country,
    };
    return { line, amount, invoiced: l.hasPurchaseInvoice === true };
  });
  lines.sort(
    (a, b) =>
      cmp(a.line.exportDate, b.line.exportDate) || cmp(a.line.invtNo, b.line.invtNo) || a.line.gnum - b.line.gnum,
  );
  return { enterprise: { ...enterprise }, period: { from: period.from, to: period.to }, lines };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The exact value, with at least 2 decimals (more only when declared with more). */
function atLeast2(value: Decimal): string {
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toFixed();
}

/** A figure: the exact value rounded half up to the fen, always 2 decimals. */
function fen(value: Decimal): string {
  return toFen(value).toFixed(2);
}

function percent(fraction: string): string {
  return `${dec(fraction).times(100).toFixed()}%`;
}

// ---------------------------------------------------------------------------------------------------
// Computation
// ---------------------------------------------------------------------------------------------------

/** Currencies in order: CNY first, then by code. */
function byCurrency(a: string, b: string): number {
  return (a === CNY ? -1 : 0) - (b === CNY ? -1 : 0) || cmp(a, b);
}

/** Exact sums per currency of prepared lines. */
function exactTotals(lines: Prepared['lines']): Map<string, { lines: number; amount: Decimal }> {
  const totals = new Map<string, { lines: number; amount: Decimal }>();
  for (const currency of [...new Set(lines.map((l) => l.line.currency))].sort(byCurrency)) {
    const own = lines.filter((l) => l.line.currency === currency);
    totals.set(currency, { lines: own.length, amount: sum(own.map((l) => l.amount)) });
  }
  return totals;
}

function group(lines: Prepared['lines']): LineGroup {
  return {
    lines: lines.map((l) => l.line),
    totals: [...exactTotals(lines)].map(([currency, total]) => ({ currency, lines: total.lines, amount: fen(total.amount) })),
  };
}

/**
 * The conditions of §3.4, shared by §3.5 (whose third condition is that the goods had no vouchers and
 * enjoyed the §3.4 exemption). The platform-records condition holds by construction: the lines are the
 * platform's own records of released lists and validation refused any line missing one of the six fields.
 * The purchase-voucher condition is met by the covered lines and fails only when every line has an invoice.
 */
function conditionsOf(p: Prepared): Condition[] {
  const covered = p.lines.filter((l) => !l.invoiced).length;
  const excluded = p.lines.length - covered;
  const state = (ok: boolean): ConditionState => (ok ? 'passed' : 'failed');
  return [
    { key: 'registered_in_zone', state: state(p.enterprise.registeredInZone), code: 'export.tax_cond_registered_in_zone', params: {} },
    { key: 'platform_records', state: 'passed', code: 'export.tax_cond_platform_records', params: { count: p.lines.length } },
    { key: 'declared_at_zone_customs', state: state(p.enterprise.declaredAtZoneCustoms), code: 'export.tax_cond_declared_at_zone_customs', params: {} },
    { key: 'no_purchase_vouchers', state: state(covered > 0 || p.lines.length === 0), code: 'export.tax_cond_no_purchase_vouchers', params: { covered, excluded } },
    { key: 'goods_not_excluded', state: 'unchecked', code: 'export.tax_cond_goods_not_excluded', params: {} },
  ];
}

function overallOf(conditions: Condition[]): Overall {
  return conditions.some((c) => c.state === 'failed') ? 'failed' : 'unchecked';
}

/** The data supporting the VAT / consumption-tax exemption without purchase vouchers (§3.4). */
export function exemptionEvidence(input: TaxEvidenceInput): ExemptionEvidence {
  const p = prepare(input);
  const conditions = conditionsOf(p);
  const overall = overallOf(conditions);
  return {
    kind: 'exemption_evidence',
    basis: EXEMPTION_BASIS,
    enterprise: p.enterprise,
    period: p.period,
    conditions,
    overall,
    conclusion: { code: overall === 'failed' ? 'export.tax_overall_exemption_failed' : 'export.tax_overall_exemption_unchecked', params: {} },
    covered: group(p.lines.filter((l) => !l.invoiced)),
    withPurchaseInvoice: group(p.lines.filter((l) => l.invoiced)),
    notes: [{ code: 'export.tax_rounding_note', params: {} }],
  };
}

function positiveDecimal(value: unknown): value is string {
  return isDecimal(value) && !dec(value).isZero();
}

function checkConversion(conversion: CurrencyConversion | undefined): Map<string, Decimal> {
  const rates = new Map<string, Decimal>();
  if (conversion === undefined) return rates;
  if (!nonEmpty(conversion.source)) throw invalidInput('conversion.source');
  if (!isIsoDate(conversion.date)) throw invalidInput('conversion.date');
  if (!conversion.rates || typeof conversion.rates !== 'object') throw invalidInput('conversion.rates');
  for (const [currency, rate] of Object.entries(conversion.rates)) {
    const ok = isCode(3)(currency) && positiveDecimal(rate) && (currency !== CNY || dec(rate).eq(1));
    if (!ok) throw new AppError('invalid', 'export.tax_invalid_rate', { currency, rate: String(rate) });
    rates.set(currency, dec(rate));
  }
  return rates;
}

function checkTerms(terms: SmallLowProfitTerms): void {
  if (!isDecimal(terms.incomeFraction) || dec(terms.incomeFraction).gt(1)) throw invalidInput('smallLowProfitIllustration.incomeFraction');
  if (!isDecimal(terms.rate) || dec(terms.rate).gt(1)) throw invalidInput('smallLowProfitIllustration.rate');
  if (!isDecimal(terms.taxableIncomeCeiling)) throw invalidInput('smallLowProfitIllustration.taxableIncomeCeiling');
}

/**
 * Corporate income tax at the deemed taxable-income rate (§3.5): revenue = the released retail export
 * amounts of the lines without purchase vouchers (the ones the §3.4 exemption covers); taxable income =
 * revenue × 4%; tax = taxable income × 25%. Figures are computed whatever the conditions say and carry the
 * conclusion with them: when a condition fails, the deemed rate does not apply and the figures are only a
 * reference.
 *
 * CNY only: amounts in CNY (142) are summed directly; another currency's exact sum is multiplied by the
 * caller's rate. A currency without a rate is listed as unconverted and left out of every CNY figure — no
 * rate is ever guessed. Each CNY figure is rounded half up to the fen from its exact value, at the end.
 */
export function deemedIncomeTax(input: TaxEvidenceInput, options: IncomeTaxOptions = {}): DeemedIncomeTax {
  const p = prepare(input);
  const rates = checkConversion(options.conversion);
  const terms = options.smallLowProfitIllustration;
  if (terms !== undefined) checkTerms(terms);

  const conditions = conditionsOf(p);
  const overall = overallOf(conditions);
  const revenueLines = p.lines.filter((l) => !l.invoiced);
  const invoiced = p.lines.filter((l) => l.invoiced);

  const revenueByCurrency: RevenueByCurrency[] = [];
  const unconverted: CurrencyTotal[] = [];
  const cnyParts: Decimal[] = [];
  for (const [currency, total] of exactTotals(revenueLines)) {
    const rate = currency === CNY ? new Dec(1) : rates.get(currency);
    const cny = rate === undefined ? undefined : total.amount.times(rate);
    if (cny === undefined) unconverted.push({ currency, lines: total.lines, amount: fen(total.amount) });
    else cnyParts.push(cny);
    revenueByCurrency.push({
      currency,
      lines: total.lines,
      amount: fen(total.amount),
      rate: rate === undefined ? null : rate.toFixed(),
      amountCny: cny === undefined ? null : fen(cny),
    });
  }

  const revenue = sum(cnyParts);
  const taxable = revenue.times(TAXABLE_INCOME_RATE);
  const tax = taxable.times(STANDARD_CIT_RATE);

  const notes: Note[] = [
    ...unconverted.map((u): Note => ({ code: 'export.tax_unconverted', params: { currency: u.currency, amount: u.amount, lines: u.lines } })),
    ...(invoiced.length ? [{ code: 'export.tax_excluded_invoiced', params: { lines: invoiced.length } } satisfies Note] : []),
    { code: 'export.tax_rounding_note', params: {} },
    { code: 'export.tax_rounding_figures', params: {} },
  ];

  let illustration: SmallLowProfitIllustration | null = null;
  if (terms !== undefined) {
    const within = taxable.lte(terms.taxableIncomeCeiling);
    illustration = {
      label: 'illustration_unverified_terms',
      terms: { ...terms },
      withinCeiling: within,
      tax: within ? fen(taxable.times(terms.incomeFraction).times(terms.rate)) : null,
      notes: [
        { code: 'export.tax_illustration_title', params: {} },
        within
          ? { code: 'export.tax_illustration_tax', params: { fraction: percent(terms.incomeFraction), rate: percent(terms.rate), ceiling: terms.taxableIncomeCeiling } }
          : { code: 'export.tax_illustration_over', params: { ceiling: terms.taxableIncomeCeiling } },
        { code: 'export.tax_illustration_caveat', params: {} },
      ],
    };
  }

  return {
    kind: 'deemed_income_tax',
    basis: INCOME_TAX_BASIS,
    enterprise: p.enterprise,
    period: p.period,
    conditions,
    overall,
    conclusion: {
      code: overall === 'failed' ? 'export.tax_overall_income_failed' : 'export.tax_overall_income_unchecked',
      params: { rate: percent(TAXABLE_INCOME_RATE) },
    },
    taxableIncomeRate: TAXABLE_INCOME_RATE,
    standardRate: STANDARD_CIT_RATE,
    conversion: options.conversion ? { source: options.conversion.source, date: options.conversion.date } : null,
    revenueByCurrency,
    unconverted,
    excludedWithPurchaseInvoice: group(invoiced).totals,
    revenueCny: fen(revenue),
    taxableIncome: fen(taxable),
    corporateIncomeTax: fen(tax),
    smallLowProfitIllustration: illustration,
    lines: revenueLines.map((l) => l.line),
    notes,
  };
}

// ---------------------------------------------------------------------------------------------------
// Workbooks
// ---------------------------------------------------------------------------------------------------

export const MONEY_FORMAT = '0.00';
/** Unit prices may be declared with more than 2 decimals: at least 2 shown, up to 5 (the CEB precision). */
const PRICE_FORMAT = '0.00###';

type Kind = 'text' | 'int' | 'qty' | 'price' | 'money';
const LINE_COLUMNS: { field: keyof EvidenceLine; title: MessageKey; kind: Kind; width: number }[] = [
  { field: 'exportDate', title: 'export.tax_col_export_date', kind: 'text', width: 12 },
  { field: 'invtNo', title: 'export.tax_col_invt_no', kind: 'text', width: 22 },
  { field: 'gnum', title: 'export.tax_col_gnum', kind: 'int', width: 8 },
  { field: 'itemNo', title: 'export.tax_col_item_no', kind: 'text', width: 16 },
  { field: 'gcode', title: 'export.tax_col_gcode', kind: 'text', width: 13 },
  { field: 'gname', title: 'export.tax_col_gname', kind: 'text', width: 28 },
  { field: 'unit', title: 'export.tax_col_unit', kind: 'text', width: 10 },
  { field: 'qty', title: 'export.tax_col_qty', kind: 'qty', width: 11 },
  { field: 'price', title: 'export.tax_col_price', kind: 'price', width: 13 },
  { field: 'amount', title: 'export.tax_col_amount', kind: 'money', width: 15 },
  { field: 'currency', title: 'export.tax_col_currency', kind: 'text', width: 8 },
  { field: 'country', title: 'export.tax_col_country', kind: 'text', width: 10 },
];

const stateKey: Record<ConditionState, MessageKey> = {
  passed: 'export.tax_state_passed',
  failed: 'export.tax_state_failed',
  unchecked: 'export.tax_state_unchecked',
};

const render = (locale: Locale, note: Note) => t(locale, note.code, note.params);

/** A cell value for the sheet: decimal strings become numbers (XLSX stores numbers as doubles; the JSON stays exact). */
function cellValue(kind: Kind, text: string | number): string | number {
  if (kind === 'text') return String(text);
  return typeof text === 'number' ? text : Number(text);
}

function formatOf(kind: Kind): string | undefined {
  return kind === 'money' ? MONEY_FORMAT : kind === 'price' ? PRICE_FORMAT : kind === 'int' ? '0' : kind === 'text' ? '@' : undefined;
}

function setCell(row: ExcelJS.Row, col: number, kind: Kind, value: string | number): void {
  const cell = row.getCell(col);
  cell.value = cellValue(kind, value);
  const numFmt = formatOf(kind);
  if (numFmt) cell.numFmt = numFmt;
}

/** The header block: title, basis, enterprise, period, conditions with their states, conclusion, notes. */
function headerBlock(sheet: ExcelJS.Worksheet, locale: Locale, title: MessageKey, r: ExemptionEvidence | DeemedIncomeTax, notes: Note[]): void {
  const titleRow = sheet.addRow([t(locale, title)]);
  titleRow.font = { bold: true, size: 14 };
  sheet.addRow([t(locale, 'export.tax_basis'), '', r.basis]);
  sheet.addRow([t(locale, 'export.tax_enterprise'), '', `${r.enterprise.name} (${r.enterprise.ebcCode})`]);
  sheet.addRow([t(locale, 'export.tax_period'), '', t(locale, 'export.tax_period_value', { from: r.period.from, to: r.period.to })]);
  sheet.addRow([t(locale, 'export.tax_conditions')]).font = { bold: true };
  for (const c of r.conditions) sheet.addRow([t(locale, stateKey[c.state]), '', render(locale, c)]);
  const overall = sheet.addRow([t(locale, 'export.tax_overall'), '', `${t(locale, stateKey[r.overall])} — ${render(locale, r.conclusion)}`]);
  overall.font = { bold: true };
  for (const n of notes) sheet.addRow(['', '', render(locale, n)]);
  sheet.addRow([]);
}

function freezeAt(sheet: ExcelJS.Worksheet, headerRow: number): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
}

/** The line table from the next row on: header (frozen), one row per line, one totals row per currency. */
function lineTable(sheet: ExcelJS.Worksheet, locale: Locale, group: LineGroup): void {
  LINE_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const header = sheet.addRow(LINE_COLUMNS.map((c) => t(locale, c.title)));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  freezeAt(sheet, header.number);
  for (const line of group.lines) {
    const row = sheet.addRow([]);
    LINE_COLUMNS.forEach((c, i) => setCell(row, i + 1, c.kind, line[c.field]));
  }
  const amountCol = LINE_COLUMNS.findIndex((c) => c.field === 'amount') + 1;
  const currencyCol = LINE_COLUMNS.findIndex((c) => c.field === 'currency') + 1;
  for (const total of group.totals) {
    const row = sheet.addRow([t(locale, 'export.tax_total_currency', { currency: total.currency })]);
    row.font = { bold: true };
    setCell(row, amountCol, 'money', total.amount);
    setCell(row, currencyCol, 'text', total.currency);
  }
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tumen';
  return wb;
}

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The exemption evidence as XLSX: the covered lines with the header block, and the invoiced lines on a second sheet. */
export async function evidenceWorkbook(result: ExemptionEvidence, locale: Locale): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = wb.addWorksheet(t(locale, 'export.tax_sheet_evidence'));
  headerBlock(sheet, locale, 'export.tax_title_evidence', result, result.notes);
  lineTable(sheet, locale, result.covered);

  const invoiced = wb.addWorksheet(t(locale, 'export.tax_sheet_invoiced'));
  invoiced.addRow([t(locale, 'export.tax_invoiced_note')]).font = { bold: true };
  lineTable(invoiced, locale, result.withPurchaseInvoice);
  return toBuffer(wb);
}

/**
 * The deemed income tax as XLSX: header block; the revenue per currency (currency, lines, amount, rate, CNY)
 * with its CNY total; the figures (revenue, taxable income, tax) in the CNY column; the illustration, when
 * asked for, under its label; and the revenue lines on a second sheet.
 */
export async function incomeTaxWorkbook(result: DeemedIncomeTax, locale: Locale): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = wb.addWorksheet(t(locale, 'export.tax_sheet_income'));
  const conversion: Note = result.conversion
    ? { code: 'export.tax_conversion_source', params: { source: result.conversion.source, date: result.conversion.date } }
    : { code: 'export.tax_conversion_none', params: {} };
  headerBlock(sheet, locale, 'export.tax_title_income', result, [conversion, ...result.notes]);

  const columns: { title: MessageKey; width: number }[] = [
    { title: 'export.tax_col_currency', width: 14 },
    { title: 'export.tax_col_lines', width: 10 },
    { title: 'export.tax_col_amount', width: 18 },
    { title: 'export.tax_col_rate', width: 22 },
    { title: 'export.tax_col_amount_cny', width: 18 },
  ];
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const header = sheet.addRow(columns.map((c) => t(locale, c.title)));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  freezeAt(sheet, header.number);
  for (const r of result.revenueByCurrency) {
    const row = sheet.addRow([]);
    setCell(row, 1, 'text', r.currency);
    setCell(row, 2, 'int', r.lines);
    setCell(row, 3, 'money', r.amount);
    if (r.rate === null) setCell(row, 4, 'text', t(locale, 'export.tax_unconverted_cell'));
    else row.getCell(4).value = Number(r.rate);
    if (r.amountCny !== null) setCell(row, 5, 'money', r.amountCny);
  }
  const total = sheet.addRow([t(locale, 'export.tax_total_cny')]);
  total.font = { bold: true };
  setCell(total, 5, 'money', result.revenueCny);

  sheet.addRow([]);
  const figure = (label: string, value: string, bold = false) => {
    const row = sheet.addRow([label]);
    if (bold) row.font = { bold: true };
    setCell(row, 5, 'money', value);
  };
  figure(t(locale, 'export.tax_revenue_cny'), result.revenueCny);
  figure(t(locale, 'export.tax_taxable_income', { rate: percent(result.taxableIncomeRate) }), result.taxableIncome);
  figure(t(locale, 'export.tax_cit_standard', { rate: percent(result.standardRate) }), result.corporateIncomeTax, true);

  const ill = result.smallLowProfitIllustration;
  if (ill) {
    sheet.addRow([]);
    const [titleNote, ...rest] = ill.notes;
    if (titleNote) sheet.addRow([render(locale, titleNote)]).font = { bold: true, italic: true };
    for (const [i, n] of rest.entries()) {
      const row = sheet.addRow([render(locale, n)]);
      row.font = { italic: true };
      if (i === 0 && ill.tax !== null) setCell(row, 5, 'money', ill.tax);
    }
  }

  const lines = wb.addWorksheet(t(locale, 'export.tax_sheet_revenue_lines'));
  lines.addRow([t(locale, 'export.tax_revenue_lines_note')]).font = { bold: true };
  lineTable(lines, locale, revenueGroup(result.lines, result.revenueByCurrency));
  return toBuffer(wb);
}

/** The revenue lines with their per-currency totals (already in the result: no recomputation of money here). */
function revenueGroup(lines: EvidenceLine[], byCurrency: RevenueByCurrency[]): LineGroup {
  return { lines, totals: byCurrency.map((r) => ({ currency: r.currency, lines: r.lines, amount: r.amount })) };
}
