import type Decimal from 'decimal.js';
import { Dec, dec, decText, sum, toFen } from '../../kernel/money';

/**
 * Cross-border e-commerce retail import tax (跨境电子商务零售进口税收): pure functions over decimal strings,
 * no I/O. The rules and their sources are in POLICY-NOTES §1; every formula below cites its section.
 * Money is never a JS float: inputs and outputs are decimal strings, arithmetic is decimal.js via
 * kernel/money (40 significant digits, half up).
 */

// ---------------------------------------------------------------------------------------------------
// Limits and factors
// ---------------------------------------------------------------------------------------------------

/** Single-transaction limit (单次交易限值), CNY — 财关税〔2018〕49号 from 2019-01-01 (was 2,000 under 〔2016〕18号). §1.3 */
export const SINGLE_TRANSACTION_LIMIT = '5000';
/** Per-person calendar-year limit (个人年度交易限值), CNY — 财关税〔2018〕49号 (was 20,000 under 〔2016〕18号). §1.3 */
export const ANNUAL_LIMIT = '26000';
/**
 * Within the limits import VAT and consumption tax are collected at 70% of the statutory amount and the
 * tariff is temporarily 0% — 财关税〔2016〕18号, kept by 〔2018〕49号. §1.4
 */
export const COLLECTION_FACTOR = '0.7';

/**
 * Litres per tonne for beer (啤酒 1 吨 = 988 升). UNVERIFIED: recalled in POLICY-NOTES §1.7 (E5), not read in
 * a text. Yellow rice wine (黄酒), also taxed per tonne, is converted with a different factor (962 L/t in the
 * consumption-tax implementing rules, likewise not verified here): pass it to `specificQuantity` explicitly.
 */
export const BEER_LITRES_PER_TONNE = '988';

/** A rule or data problem that makes the tax impossible to compute; the caller turns it into a rejection. */
export class TaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaxError';
  }
}

// ---------------------------------------------------------------------------------------------------
// Rates
// ---------------------------------------------------------------------------------------------------

export type ConsumptionTaxKind = 'none' | 'ad_valorem' | 'specific' | 'compound';

export interface TaxRates {
  /** VAT rate as a fraction (0.13). */
  vatRate: string;
  ctKind: ConsumptionTaxKind;
  /** Ad valorem consumption-tax rate as a fraction; '0' if none. */
  ctRate: string;
  /** Specific consumption tax in CNY per `ctUnit`; '0' if none. */
  ctSpecific: string;
  /** The unit of the specific amount as data/reference/consumption-tax.csv writes it ('per tonne', 'per 500 g or 500 ml'). */
  ctUnit: string | null;
  /**
   * MFN tariff rate as a fraction, used only when fully taxed (§1.6.1). '' when the tariff line has none:
   * the line can still be taxed within the limits, but fully taxing it throws instead of silently using 0.
   */
  tariffRate: string;
}

const present = (v: string | null): v is string => v !== null && v.trim() !== '';

/** A fraction in [0, 1) — a rate of 1 or more would make the CT base (§1.5) divide by zero or go negative. */
function fraction(value: string, what: string): Decimal {
  const d = dec(value);
  if (d.isNegative() || d.gte(1)) throw new TaxError(`${what} must be a fraction in [0, 1), got ${value}`);
  return d;
}

function nonNegative(value: string, what: string): Decimal {
  const d = dec(value);
  if (d.isNegative()) throw new TaxError(`${what} must not be negative, got ${value}`);
  return d;
}

/**
 * The rates of a tariff line (registry `tariffLines` row: numeric columns arrive as strings such as
 * '0.1300'). A line without a consumption-tax kind but with an ad valorem rate is ad valorem, as the
 * reference import reads it; a line without any VAT rate cannot be taxed at all and throws.
 */
export function ratesFromTariffLine(line: {
  vatRate: string | null;
  consumptionTaxKind: string | null;
  consumptionTaxRate: string | null;
  consumptionTaxSpecific: string | null;
  consumptionTaxUnit: string | null;
  mfnRate: string | null;
}): TaxRates {
  if (!present(line.vatRate)) throw new TaxError('tariff line has no VAT rate: the import VAT cannot be computed');
  const vatRate = decText(fraction(line.vatRate, 'VAT rate'));
  const rate = present(line.consumptionTaxRate) ? fraction(line.consumptionTaxRate, 'consumption-tax rate') : new Dec(0);
  const specific = present(line.consumptionTaxSpecific) ? nonNegative(line.consumptionTaxSpecific, 'specific consumption tax') : new Dec(0);
  const unit = present(line.consumptionTaxUnit) ? line.consumptionTaxUnit.trim() : null;

  let kind: ConsumptionTaxKind;
  const declared = present(line.consumptionTaxKind) ? line.consumptionTaxKind.trim() : null;
  if (declared === null || declared === 'none') {
    kind = rate.gt(0) && specific.gt(0) ? 'compound' : rate.gt(0) ? 'ad_valorem' : specific.gt(0) ? 'specific' : 'none';
  } else if (declared === 'ad_valorem' || declared === 'specific' || declared === 'compound') {
    kind = declared;
  } else {
    throw new TaxError(`unknown consumption-tax kind '${declared}' (expected ad_valorem, specific or compound)`);
  }

  const needsRate = kind === 'ad_valorem' || kind === 'compound';
  const needsSpecific = kind === 'specific' || kind === 'compound';
  if (needsRate && !rate.gt(0)) throw new TaxError(`consumption tax is ${kind} but the tariff line has no ad valorem rate`);
  if (!needsRate && rate.gt(0)) throw new TaxError(`consumption tax is ${kind} but the tariff line also has an ad valorem rate`);
  if (needsSpecific && !specific.gt(0)) throw new TaxError(`consumption tax is ${kind} but the tariff line has no specific amount`);
  if (needsSpecific && unit === null) throw new TaxError(`consumption tax is ${kind} but the tariff line has no unit for the specific amount`);
  if (!needsSpecific && specific.gt(0)) throw new TaxError(`consumption tax is ${kind} but the tariff line also has a specific amount`);

  return {
    vatRate,
    ctKind: kind,
    ctRate: needsRate ? decText(rate) : '0',
    ctSpecific: needsSpecific ? decText(specific) : '0',
    ctUnit: needsSpecific ? unit : null,
    tariffRate: present(line.mfnRate) ? decText(nonNegative(line.mfnRate, 'MFN tariff rate')) : '',
  };
}

/** The combined CBEC rate of ad valorem goods, (c + v) / (1 − c) × k (§1.5 "综合税率"), full precision. */
export function comprehensiveRate(vatRate: string, ctRate: string, factor: string = COLLECTION_FACTOR): string {
  const v = fraction(vatRate, 'VAT rate');
  const c = fraction(ctRate, 'consumption-tax rate');
  return decText(c.plus(v).div(new Dec(1).minus(c)).times(dec(factor)));
}

// ---------------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------------

/** An amount in CNY: two places, or more when the input carried more (never silently rounded). */
function money(d: Decimal): string {
  return d.decimalPlaces() <= 2 ? d.toFixed(2) : decText(d);
}
/** Statutory (unrounded) figures are shown to 6 places; the computation itself keeps full precision. */
const six = (d: Decimal): string => decText(d, 6);
const fen = (d: Decimal): string => decText(toFen(d), 2);
/** A quantity in CT units: 9 places is well below a gram of a tonne, trailing zeros dropped. */
const quantity = (d: Decimal): string => decText(d.toDecimalPlaces(9));

// ---------------------------------------------------------------------------------------------------
// Dutiable value per line
// ---------------------------------------------------------------------------------------------------

export interface ApportionedLine {
  gnum: number;
  goods: string;
  freight: string;
  insurance: string;
  dutiableValue: string;
}

/**
 * Shares `amount` by `weights`: every share but the anchor's is rounded to the fen half up and the anchor
 * takes the rest, so the shares sum to `amount` exactly. With many lines and a tiny amount the half-up
 * roundings can together exceed the amount and leave the anchor negative; then the other shares are
 * rounded down instead, which keeps every share ≥ 0 (a case the rule in the brief does not cover).
 */
function split(amount: Decimal, weights: Decimal[], weightTotal: Decimal, anchor: number): Decimal[] {
  const share = (w: Decimal, rounding: Decimal.Rounding) => amount.times(w).div(weightTotal).toDecimalPlaces(2, rounding);
  for (const rounding of [Dec.ROUND_HALF_UP, Dec.ROUND_DOWN] as const) {
    const shares = weights.map((w, i) => (i === anchor ? new Dec(0) : share(w, rounding)));
    const rest = amount.minus(sum(shares));
    if (!rest.isNegative()) {
      shares[anchor] = rest;
      return shares;
    }
  }
  throw new TaxError('apportionment left a negative share'); // unreachable: rounding down never exceeds the amount
}

/**
 * The dutiable value of each inventory line (§1.2: goods + freight + insurance). Freight and insurance are
 * declared once per inventory; they are apportioned by the lines' value shares, each share rounded to the
 * fen half up, the rounding remainder on the line of largest value (ties: the last such line) so that the
 * shares add up to the declared amounts exactly. With a zero goods value the split is even, same remainder rule.
 */
export function apportion(lines: { gnum: number; totalPrice: string }[], freight: string, insuredFee: string): ApportionedLine[] {
  if (lines.length === 0) throw new TaxError('an inventory needs at least one line to apportion freight and insurance');
  const goods = lines.map((l) => nonNegative(l.totalPrice, `line ${l.gnum} totalPrice`));
  const f = nonNegative(freight, 'freight');
  const ins = nonNegative(insuredFee, 'insured fee');
  const goodsTotal = sum(goods);
  const even = goodsTotal.isZero();
  const weights = even ? goods.map(() => new Dec(1)) : goods;
  const weightTotal = even ? new Dec(lines.length) : goodsTotal;
  let anchor = 0;
  goods.forEach((g, i) => {
    if (g.gte(goods[anchor]!)) anchor = i;
  });
  const freights = split(f, weights, weightTotal, anchor);
  const insurances = split(ins, weights, weightTotal, anchor);
  return lines.map((l, i) => ({
    gnum: l.gnum,
    goods: money(goods[i]!),
    freight: money(freights[i]!),
    insurance: money(insurances[i]!),
    dutiableValue: money(goods[i]!.plus(freights[i]!).plus(insurances[i]!)),
  }));
}

// ---------------------------------------------------------------------------------------------------
// Specific consumption-tax quantity
// ---------------------------------------------------------------------------------------------------

/** Customs unit codes (data/reference/units.csv) the conversions below understand. */
const UNIT = { tonne: '070', kg: '035', g: '036', kilolitre: '063', litre: '095', ml: '096' } as const;

/** The CT units of data/reference/consumption-tax.csv, normalised ('per tonne' → 'tonne'). */
function ctUnitKey(ctUnit: string): 'tonne' | '500' | null {
  const u = ctUnit.trim().toLowerCase().replace(/^per\s+/, '').replace(/\s+/g, ' ');
  if (u === 'tonne' || u === 't' || u === 'ton' || u === '吨') return 'tonne';
  if (u === '500 g or 500 ml' || u === '500 ml or 500 g' || u === '500g/500ml' || u === '500 g/500 ml' || u === '斤' || u === '500克或500毫升') return '500';
  return null;
}

/**
 * The declared legal quantity (`qty` in customs unit `unitCode`) expressed in the consumption tax's unit,
 * for the specific part Q of §1.5.
 * - 'per tonne' (beer, yellow rice wine): kg /1000, g /10⁶, t ×1; litres via `litresPerTonne`, by default
 *   beer's 988 L/t (UNVERIFIED, §1.7 E5).
 * - 'per 500 g or 500 ml' (baijiu): the rule counts mass and volume alike, so kg or litres ×2, g or ml /500.
 * Anything else (bottles, pieces, an unknown CT unit) cannot be converted and throws.
 */
export function specificQuantity(qty: string, unitCode: string, ctUnit: string | null, litresPerTonne: string = BEER_LITRES_PER_TONNE): string {
  const q = nonNegative(qty, 'legal quantity');
  const code = unitCode.trim();
  const key = ctUnit === null ? null : ctUnitKey(ctUnit);
  if (key === null) throw new TaxError(`unknown consumption-tax unit ${ctUnit === null ? '(none)' : `'${ctUnit}'`}: cannot convert the quantity`);
  const lpt = dec(litresPerTonne);
  if (!lpt.gt(0)) throw new TaxError(`litres per tonne must be positive, got ${litresPerTonne}`);
  // Each conversion as a ratio [multiply, divide], applied in that order so that exact cases stay exact
  // (988 L is exactly 1 t, not 0.999… from a rounded reciprocal).
  const perTonne: Record<string, [Decimal, Decimal]> = {
    [UNIT.tonne]: [new Dec(1), new Dec(1)],
    [UNIT.kg]: [new Dec(1), new Dec(1000)],
    [UNIT.g]: [new Dec(1), new Dec(1_000_000)],
    [UNIT.kilolitre]: [new Dec(1000), lpt],
    [UNIT.litre]: [new Dec(1), lpt],
    [UNIT.ml]: [new Dec(1), lpt.times(1000)],
  };
  const per500: Record<string, [Decimal, Decimal]> = {
    [UNIT.tonne]: [new Dec(2000), new Dec(1)],
    [UNIT.kg]: [new Dec(2), new Dec(1)],
    [UNIT.g]: [new Dec(1), new Dec(500)],
    [UNIT.kilolitre]: [new Dec(2000), new Dec(1)],
    [UNIT.litre]: [new Dec(2), new Dec(1)],
    [UNIT.ml]: [new Dec(1), new Dec(500)],
  };
  const ratio = (key === 'tonne' ? perTonne : per500)[code];
  if (ratio === undefined) {
    throw new TaxError(`cannot convert a quantity in customs unit ${code} to the consumption-tax unit '${ctUnit}': declare it by mass or volume (035 kg, 036 g, 070 t, 095 L, 096 ml, 063 kL)`);
  }
  return decText(q.times(ratio[0]).div(ratio[1]));
}

// ---------------------------------------------------------------------------------------------------
// One line
// ---------------------------------------------------------------------------------------------------

export interface TaxLine {
  gnum: number;
  gcode: string;
  /** P, the line's dutiable value (完税价格). */
  taxPrice: string;
  /** k: 0.7 within the limits, 1 when fully taxed (§1.4, §1.6). */
  factor: string;
  tariff: { base: string; rate: string; statutory: string; payable: string };
  consumptionTax: {
    kind: ConsumptionTaxKind;
    /** 组成计税价格 (P + T + Q×s) / (1 − c); '0.000000' without consumption tax. */
    base: string;
    adValoremRate: string;
    /** Q in CT units; '0' without a specific part. */
    specificQuantity: string;
    /** s, CNY per CT unit; '0' without a specific part. */
    specificRate: string;
    statutory: string;
    payable: string;
  };
  vat: { base: string; rate: string; statutory: string; payable: string };
  total: string;
}

/**
 * The tax of one inventory line, exactly POLICY-NOTES §1.5:
 *   T = P × t (t = MFN rate only when fully taxed, else 0)
 *   base_CT = (P + T + Q×s) / (1 − c);  CT_stat = base_CT × c + Q×s
 *   VAT_stat = (P + T + CT_stat) × v      (the VAT base holds the full statutory CT)
 *   payable = round_fen_half_up(stat × k) per tax (the tariff is not reduced), total = Σ payables.
 * Statutory amounts keep full precision until the one rounding to the fen.
 */
export function lineTax(
  input: { gnum: number; gcode: string; dutiableValue: string; specificQuantity?: string; rates: TaxRates },
  mode: { fullTax: boolean },
): TaxLine {
  const { rates } = input;
  const P = nonNegative(input.dutiableValue, `line ${input.gnum} dutiable value`);
  if (mode.fullTax && rates.tariffRate.trim() === '') {
    throw new TaxError(`line ${input.gnum} (${input.gcode}) must be fully taxed but its tariff line has no MFN rate`);
  }
  const t = mode.fullTax ? nonNegative(rates.tariffRate, 'tariff rate') : new Dec(0);
  const v = fraction(rates.vatRate, 'VAT rate');
  const hasAdValorem = rates.ctKind === 'ad_valorem' || rates.ctKind === 'compound';
  const hasSpecific = rates.ctKind === 'specific' || rates.ctKind === 'compound';
  const c = hasAdValorem ? fraction(rates.ctRate, 'consumption-tax rate') : new Dec(0);
  const s = hasSpecific ? nonNegative(rates.ctSpecific, 'specific consumption tax') : new Dec(0);
  let Q = new Dec(0);
  if (hasSpecific) {
    if (input.specificQuantity === undefined || input.specificQuantity.trim() === '') {
      throw new TaxError(`line ${input.gnum} (${input.gcode}) has a specific consumption tax but no quantity in '${rates.ctUnit ?? 'its unit'}'`);
    }
    Q = nonNegative(input.specificQuantity, `line ${input.gnum} specific quantity`);
  }
  const k = mode.fullTax ? new Dec(1) : dec(COLLECTION_FACTOR);

  const T = P.times(t);
  const Qs = Q.times(s);
  const baseCT = P.plus(T).plus(Qs).div(new Dec(1).minus(c));
  const ctStat = rates.ctKind === 'none' ? new Dec(0) : baseCT.times(c).plus(Qs);
  const vatBase = P.plus(T).plus(ctStat);
  const vatStat = vatBase.times(v);

  // The 70% factor applies to VAT and CT only; the tariff within the limits is 0 anyway (§1.4).
  const tPay = toFen(T);
  const ctPay = toFen(ctStat.times(k));
  const vatPay = toFen(vatStat.times(k));

  return {
    gnum: input.gnum,
    gcode: input.gcode,
    taxPrice: money(P),
    factor: decText(k),
    tariff: { base: six(P), rate: decText(t), statutory: six(T), payable: fen(tPay) },
    consumptionTax: {
      kind: rates.ctKind,
      base: rates.ctKind === 'none' ? six(new Dec(0)) : six(baseCT),
      adValoremRate: decText(c),
      specificQuantity: quantity(Q),
      specificRate: decText(s),
      statutory: six(ctStat),
      payable: fen(ctPay),
    },
    vat: { base: six(vatBase), rate: decText(v), statutory: six(vatStat), payable: fen(vatPay) },
    total: fen(tPay.plus(ctPay).plus(vatPay)),
  };
}

// ---------------------------------------------------------------------------------------------------
// Transaction
// ---------------------------------------------------------------------------------------------------

export type Classification = 'within' | 'single_item_full' | 'over_single_limit';

/**
 * Which regime a transaction falls under by its dutiable value (§1.3, §1.6):
 * - ≤ the single limit → within (the texts say 限值以内 / 超过, so exactly 5,000.00 is within — UNVERIFIED
 *   boundary interpretation, §1.3);
 * - above it, one line of quantity exactly 1 and a value below the annual limit → the single indivisible
 *   item of 49号 item 2, fully taxed (§1.6.1);
 * - otherwise not eligible for CBEC retail treatment (§1.6.2): the caller rejects.
 * The buyer's annual quota (used + this ≤ 26,000, §1.6.3) is the quota ledger's test, not made here.
 */
export function classifyTransaction(input: { lines: { qty: string }[]; dutiableValue: string; singleLimit?: string; annualLimit?: string }): Classification {
  const value = nonNegative(input.dutiableValue, 'dutiable value');
  const single = dec(input.singleLimit ?? SINGLE_TRANSACTION_LIMIT);
  const annual = dec(input.annualLimit ?? ANNUAL_LIMIT);
  if (value.lte(single)) return 'within';
  const [only] = input.lines;
  if (input.lines.length === 1 && only !== undefined && dec(only.qty).eq(1) && value.lt(annual)) return 'single_item_full';
  return 'over_single_limit';
}

export interface InventoryTaxLineInput {
  gnum: number;
  gcode: string;
  qty: string;
  totalPrice: string;
  /** The legal quantity and its customs unit code, needed when the consumption tax has a specific part. */
  legalQty?: string;
  legalUnit?: string;
  rates: TaxRates;
}

export interface InventoryTax {
  classification: Classification;
  dutiableValue: string;
  fullTax: boolean;
  lines: TaxLine[];
  totals: { customsTax: string; valueAddedTax: string; consumptionTax: string; total: string };
}

/**
 * The tax of a whole inventory (申报清单): apportion freight and insurance, classify the transaction, tax
 * each line, and total the per-line payables (each tax of each line rounded on its own, §1.5 "Rounding").
 * An over-limit transaction is still computed, fully taxed, so the caller can show the figure it rejects.
 */
export function inventoryTax(input: { lines: InventoryTaxLineInput[]; freight: string; insuredFee: string }): InventoryTax {
  const shares = apportion(input.lines, input.freight, input.insuredFee);
  const dutiable = sum(shares.map((s) => dec(s.dutiableValue)));
  const classification = classifyTransaction({ lines: input.lines, dutiableValue: decText(dutiable) });
  const fullTax = classification !== 'within';
  // Say why a tariff rate is needed: the caller may be about to reject the transaction anyway (§1.6.2).
  const noMfn = fullTax ? input.lines.find((l) => l.rates.tariffRate.trim() === '') : undefined;
  if (noMfn) {
    throw new TaxError(`transaction classified ${classification} (dutiable value ${money(dutiable)}) must be fully taxed but line ${noMfn.gnum} (${noMfn.gcode}) has no MFN rate`);
  }
  const lines = input.lines.map((l, i) => {
    const hasSpecific = l.rates.ctKind === 'specific' || l.rates.ctKind === 'compound';
    let q: string | undefined;
    if (hasSpecific) {
      if (l.legalQty === undefined || l.legalQty.trim() === '' || l.legalUnit === undefined || l.legalUnit.trim() === '') {
        throw new TaxError(`line ${l.gnum} (${l.gcode}) has a specific consumption tax but no legal quantity and unit to measure it`);
      }
      q = specificQuantity(l.legalQty, l.legalUnit, l.rates.ctUnit);
    }
    return lineTax({ gnum: l.gnum, gcode: l.gcode, dutiableValue: shares[i]!.dutiableValue, specificQuantity: q, rates: l.rates }, { fullTax });
  });
  const total = (pick: (t: TaxLine) => string) => fen(sum(lines.map((t) => dec(pick(t)))));
  return {
    classification,
    dutiableValue: money(dutiable),
    fullTax,
    lines,
    totals: {
      customsTax: total((t) => t.tariff.payable),
      valueAddedTax: total((t) => t.vat.payable),
      consumptionTax: total((t) => t.consumptionTax.payable),
      total: total((t) => t.total),
    },
  };
}
