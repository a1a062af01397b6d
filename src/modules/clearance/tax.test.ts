import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dec } from '../../kernel/money';
import { parseCsv } from '../registry/sheet';
import {
  ANNUAL_LIMIT,
  BEER_LITRES_PER_TONNE,
  COLLECTION_FACTOR,
  SINGLE_TRANSACTION_LIMIT,
  TaxError,
  apportion,
  classifyTransaction,
  comprehensiveRate,
  inventoryTax,
  lineTax,
  ratesFromTariffLine,
  specificQuantity,
  type TaxRates,
} from './tax';

// ---------------------------------------------------------------------------------------------------
// The worked examples of POLICY-NOTES §1.7, as data (a copy kept in the repository: CI has no ../shared).
// ---------------------------------------------------------------------------------------------------

const EXAMPLES_URL = new URL('../../../data/policy/worked-examples.csv', import.meta.url);

type Row = Record<string, string>;

function readRows(url: URL): Row[] {
  const [header, ...body] = parseCsv(readFileSync(url, 'utf8'), ',').filter((r) => r.fields.some((f) => f.trim() !== ''));
  assert.ok(header, `${url.pathname} has a header`);
  return body.map((r) => Object.fromEntries(header.fields.map((h, i) => [h.trim(), (r.fields[i] ?? '').trim()])));
}

const EXAMPLES = readRows(EXAMPLES_URL);

/**
 * The specific part of E5/E6 is given in the CSV only as its rounded CNY amount; the engine takes a
 * quantity and a rate, so the rows' own descriptions are restated here as inputs (§1.7 notes).
 */
const SPECIFIC: Record<string, { qty: string; unit: string; ctUnit: string; perUnit: string }> = {
  // 24 × 0.5 L = 12 L of class-A beer at 250 CNY/t, 988 L per tonne (UNVERIFIED conversion).
  E5: { qty: '12', unit: '095', ctUnit: 'per tonne', perUnit: '250' },
  // One 750 ml bottle of baijiu-type liquor at 0.5 CNY per 500 ml → 1.5 units → 0.75 CNY.
  E6: { qty: '750', unit: '096', ctUnit: 'per 500 g or 500 ml', perUnit: '0.5' },
};

function ratesOf(row: Row): { rates: TaxRates; specificQuantity?: string } {
  const c = dec(row.ct_rate_ad_valorem!);
  const spec = SPECIFIC[row.id!];
  if (dec(row.ct_specific_statutory_cny!).gt(0)) assert.ok(spec, `row ${row.id} has a specific CT part: add its quantity to SPECIFIC`);
  const ctKind = c.gt(0) && spec ? 'compound' : c.gt(0) ? 'ad_valorem' : spec ? 'specific' : 'none';
  return {
    rates: {
      vatRate: row.vat_rate!,
      ctKind,
      ctRate: c.gt(0) ? row.ct_rate_ad_valorem! : '0',
      ctSpecific: spec?.perUnit ?? '0',
      ctUnit: spec?.ctUnit ?? null,
      tariffRate: row.tariff_rate!,
    },
    ...(spec ? { specificQuantity: specificQuantity(spec.qty, spec.unit, spec.ctUnit) } : {}),
  };
}

describe('worked examples (data/policy/worked-examples.csv, POLICY-NOTES §1.7)', () => {
  it('has the eight examples E1–E8', () => {
    assert.deepEqual(
      EXAMPLES.map((r) => r.id),
      ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8'],
    );
  });

  for (const row of EXAMPLES) {
    it(`${row.id}: ${row.case}`, () => {
      const fullTax = dec(row.collection_factor!).eq(1);
      const { rates, specificQuantity: q } = ratesOf(row);
      const line = lineTax({ gnum: 1, gcode: '0000000000', dutiableValue: row.dutiable_value_cny!, specificQuantity: q, rates }, { fullTax });

      assert.equal(line.factor, fullTax ? '1' : COLLECTION_FACTOR);
      assert.equal(dec(line.factor).eq(dec(row.collection_factor!)), true);
      assert.equal(line.tariff.payable, row.tariff_cny);
      assert.equal(line.consumptionTax.payable, row.ct_payable_cny);
      assert.equal(line.vat.payable, row.vat_payable_cny);
      assert.equal(line.total, row.total_payable_cny);
      assert.equal(line.consumptionTax.statutory, row.ct_statutory_unrounded);
      assert.equal(line.vat.statutory, row.vat_statutory_unrounded);
      // The CSV's specific column is the specific part Q×s rounded to the fen.
      const qs = dec(line.consumptionTax.specificQuantity).times(dec(line.consumptionTax.specificRate));
      assert.equal(qs.toFixed(2), dec(row.ct_specific_statutory_cny!).toFixed(2));
      // The example's regime agrees with the classification of a one-item order of that value.
      assert.equal(classifyTransaction({ lines: [{ qty: '1' }], dutiableValue: row.dutiable_value_cny! }), fullTax ? 'single_item_full' : 'within');
    });
  }

  it('E3 shows its working: base 1000 / 0.85 and the 15% / 13% rates', () => {
    const row = EXAMPLES.find((r) => r.id === 'E3')!;
    const line = lineTax({ gnum: 1, gcode: '3304990091', dutiableValue: row.dutiable_value_cny!, rates: ratesOf(row).rates }, { fullTax: false });
    assert.equal(line.taxPrice, '1000.00');
    assert.equal(line.consumptionTax.kind, 'ad_valorem');
    assert.equal(line.consumptionTax.base, '1176.470588');
    assert.equal(line.consumptionTax.adValoremRate, '0.15');
    assert.equal(line.vat.base, '1176.470588'); // P + CT_stat: the VAT base holds the unreduced CT
    assert.equal(line.vat.rate, '0.13');
    assert.equal(line.tariff.rate, '0'); // 0% within the limits, whatever the MFN rate
  });

  it('E5 quantity: 12 L of beer is 12/988 t', () => {
    assert.equal(dec(specificQuantity('12', '095', 'per tonne')).times(250).toFixed(6), '3.036437');
  });

  it('E1 through the inventory: goods 300 + freight 20 + insurance 0', () => {
    const rates = ratesFromTariffLine({ vatRate: '0.1300', consumptionTaxKind: null, consumptionTaxRate: null, consumptionTaxSpecific: null, consumptionTaxUnit: null, mfnRate: '0.1500' });
    const r = inventoryTax({ lines: [{ gnum: 1, gcode: '1901101000', qty: '2', totalPrice: '300', rates }], freight: '20', insuredFee: '0' });
    assert.equal(r.classification, 'within');
    assert.equal(r.fullTax, false);
    assert.equal(r.dutiableValue, '320.00');
    assert.equal(r.lines[0]!.taxPrice, '320.00');
    assert.deepEqual(r.totals, { customsTax: '0.00', valueAddedTax: '29.12', consumptionTax: '0.00', total: '29.12' });
  });

  for (const [id, gcode, ctRate] of [
    ['E7', '4202210000', null],
    ['E8', '9101110000', '0.2000'],
  ] as const) {
    it(`${id} through the inventory: one item, qty 1, classified single_item_full and fully taxed`, () => {
      const row = EXAMPLES.find((r) => r.id === id)!;
      const rates = ratesFromTariffLine({
        vatRate: row.vat_rate!,
        consumptionTaxKind: ctRate ? 'ad_valorem' : null,
        consumptionTaxRate: ctRate,
        consumptionTaxSpecific: null,
        consumptionTaxUnit: null,
        mfnRate: row.tariff_rate!,
      });
      const r = inventoryTax({ lines: [{ gnum: 1, gcode, qty: '1', totalPrice: row.dutiable_value_cny!, rates }], freight: '0', insuredFee: '0' });
      assert.equal(r.classification, 'single_item_full');
      assert.equal(r.fullTax, true);
      assert.deepEqual(r.totals, { customsTax: row.tariff_cny, valueAddedTax: row.vat_payable_cny, consumptionTax: row.ct_payable_cny, total: row.total_payable_cny });
    });
  }

  it('E5 and E6 through the inventory, the quantity taken from the legal quantity and unit', () => {
    const beer: TaxRates = { vatRate: '0.13', ctKind: 'specific', ctRate: '0', ctSpecific: '250', ctUnit: 'per tonne', tariffRate: '' };
    const spirit: TaxRates = { vatRate: '0.13', ctKind: 'compound', ctRate: '0.2', ctSpecific: '0.5', ctUnit: 'per 500 g or 500 ml', tariffRate: '' };
    const e5 = inventoryTax({ lines: [{ gnum: 1, gcode: '2203000000', qty: '24', totalPrice: '140', legalQty: '12', legalUnit: '095', rates: beer }], freight: '10', insuredFee: '0' });
    assert.equal(e5.totals.total, '16.06');
    const e6 = inventoryTax({ lines: [{ gnum: 1, gcode: '2208902000', qty: '1', totalPrice: '600', legalQty: '0.75', legalUnit: '095', rates: spirit }], freight: '0', insuredFee: '0' });
    assert.deepEqual(e6.totals, { customsTax: '0.00', valueAddedTax: '68.34', consumptionTax: '105.66', total: '174.00' });
  });
});

// ---------------------------------------------------------------------------------------------------

describe('apportion', () => {
  const total = (xs: string[]) => xs.reduce((a, x) => a.plus(dec(x)), dec(0)).toFixed(2);

  it('splits 10.00 over three equal lines exactly, the remainder on the last of the tied largest', () => {
    const r = apportion(
      [
        { gnum: 1, totalPrice: '100' },
        { gnum: 2, totalPrice: '100' },
        { gnum: 3, totalPrice: '100' },
      ],
      '10.00',
      '0',
    );
    assert.deepEqual(
      r.map((l) => l.freight),
      ['3.33', '3.33', '3.34'],
    );
    assert.equal(total(r.map((l) => l.freight)), '10.00');
    assert.deepEqual(
      r.map((l) => l.dutiableValue),
      ['103.33', '103.33', '103.34'],
    );
  });

  it('puts the remainder on the line of largest value, rounding the others half up', () => {
    // shares of 10.00: 1/7 → 1.428…, 2/7 → 2.857…, 4/7 → 5.714…
    const r = apportion(
      [
        { gnum: 1, totalPrice: '10' },
        { gnum: 2, totalPrice: '40' },
        { gnum: 3, totalPrice: '20' },
      ],
      '10.00',
      '1.00',
    );
    assert.deepEqual(
      r.map((l) => l.freight),
      ['1.43', '5.71', '2.86'],
    );
    assert.deepEqual(
      r.map((l) => l.insurance),
      ['0.14', '0.57', '0.29'],
    );
    assert.equal(total(r.map((l) => l.freight)), '10.00');
    assert.equal(total(r.map((l) => l.insurance)), '1.00');
  });

  it('keeps the sums exact over awkward splits', () => {
    const lines = [
      { gnum: 1, totalPrice: '0.01' },
      { gnum: 2, totalPrice: '33.33' },
      { gnum: 3, totalPrice: '66.66' },
      { gnum: 4, totalPrice: '19.99' },
      { gnum: 5, totalPrice: '66.66' },
    ];
    for (const freight of ['0.01', '0.05', '9.99', '10.00', '123.45', '0']) {
      const r = apportion(lines, freight, '0.07');
      assert.equal(total(r.map((l) => l.freight)), dec(freight).toFixed(2), `freight ${freight}`);
      assert.equal(total(r.map((l) => l.insurance)), '0.07');
      assert.equal(total(r.map((l) => l.dutiableValue)), dec('186.65').plus(dec(freight)).plus(dec('0.07')).toFixed(2));
      for (const l of r) assert.ok(!dec(l.freight).isNegative() && !dec(l.insurance).isNegative());
    }
  });

  it('splits evenly when the goods are worth nothing', () => {
    const r = apportion(
      [
        { gnum: 1, totalPrice: '0' },
        { gnum: 2, totalPrice: '0' },
        { gnum: 3, totalPrice: '0' },
      ],
      '10.00',
      '0.02',
    );
    assert.deepEqual(
      r.map((l) => l.freight),
      ['3.33', '3.33', '3.34'],
    );
    assert.deepEqual(
      r.map((l) => l.insurance),
      ['0.01', '0.01', '0.00'],
    );
  });

  it('never leaves a negative share when half-up roundings exceed a tiny amount', () => {
    const lines = Array.from({ length: 100 }, (_, i) => ({ gnum: i + 1, totalPrice: '1' }));
    const r = apportion(lines, '0.50', '0');
    assert.equal(total(r.map((l) => l.freight)), '0.50');
    for (const l of r) assert.ok(!dec(l.freight).isNegative(), `line ${l.gnum}: ${l.freight}`);
  });

  it('refuses an empty inventory and negative amounts', () => {
    assert.throws(() => apportion([], '1', '0'), TaxError);
    assert.throws(() => apportion([{ gnum: 1, totalPrice: '1' }], '-1', '0'), TaxError);
    assert.throws(() => apportion([{ gnum: 1, totalPrice: '-1' }], '1', '0'), TaxError);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('classifyTransaction (POLICY-NOTES §1.3, §1.6)', () => {
  const one = [{ qty: '1' }];
  const cases: [string, { qty: string }[], string, string][] = [
    ['5000.00, one item', one, '5000.00', 'within'],
    ['5000.00, many items', [{ qty: '3' }, { qty: '2' }], '5000.00', 'within'],
    ['0', one, '0', 'within'],
    ['5000.01, one item qty 1', one, '5000.01', 'single_item_full'],
    ['5000.01, one line qty 1.000', [{ qty: '1.000' }], '5000.01', 'single_item_full'],
    ['25999.99, one item qty 1', one, '25999.99', 'single_item_full'],
    ['5000.01, two lines', [{ qty: '1' }, { qty: '1' }], '5000.01', 'over_single_limit'],
    ['5000.01, one line qty 2', [{ qty: '2' }], '5000.01', 'over_single_limit'],
    ['26000, one item qty 1', one, '26000', 'over_single_limit'],
    ['26000.01, one item qty 1', one, '26000.01', 'over_single_limit'],
  ];
  for (const [name, lines, value, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      assert.equal(classifyTransaction({ lines, dutiableValue: value }), expected);
    });
  }

  it('exports the limits as decimal strings', () => {
    assert.equal(SINGLE_TRANSACTION_LIMIT, '5000');
    assert.equal(ANNUAL_LIMIT, '26000');
    assert.equal(COLLECTION_FACTOR, '0.7');
  });

  it('takes other limits (the 2016 ones: 2000 / 20000)', () => {
    assert.equal(classifyTransaction({ lines: [{ qty: '1' }], dutiableValue: '2000.01', singleLimit: '2000', annualLimit: '20000' }), 'single_item_full');
    assert.equal(classifyTransaction({ lines: [{ qty: '1' }], dutiableValue: '20000', singleLimit: '2000', annualLimit: '20000' }), 'over_single_limit');
  });

  it('an over-limit multi-item inventory is still computed, fully taxed, for display', () => {
    const rates: TaxRates = { vatRate: '0.13', ctKind: 'none', ctRate: '0', ctSpecific: '0', ctUnit: null, tariffRate: '0.1' };
    const r = inventoryTax({
      lines: [
        { gnum: 1, gcode: '4202210000', qty: '1', totalPrice: '3000', rates },
        { gnum: 2, gcode: '4202210000', qty: '1', totalPrice: '3000', rates },
      ],
      freight: '0',
      insuredFee: '0',
    });
    assert.equal(r.classification, 'over_single_limit');
    assert.equal(r.fullTax, true);
    assert.deepEqual(r.totals, { customsTax: '600.00', valueAddedTax: '858.00', consumptionTax: '0.00', total: '1458.00' });
  });
});

// ---------------------------------------------------------------------------------------------------

describe('combined CBEC rate identity (POLICY-NOTES §1.5, cbec-comprehensive-rates.csv)', () => {
  // Rows of /work/shared/reference/policy/cbec-comprehensive-rates.csv (percent), restated: CI has no ../shared.
  const RATES: [vatPct: string, ctPct: string, exact18: string, fourDp: string, what: string][] = [
    ['13', '0', '9.1', '9.1000', 'ordinary goods'],
    ['9', '0', '6.3', '6.3000', '9% VAT goods'],
    ['13', '15', '23.058823529411764706', '23.0588', 'high-end cosmetics'],
    ['9', '15', '19.764705882352941176', '19.7647', '(illustrative)'],
    ['13', '10', '17.888888888888888889', '17.8889', 'other precious jewellery'],
    ['13', '20', '28.875', '28.8750', 'high-end watches'],
    ['13', '5', '13.263157894736842105', '13.2632', 'solid wood flooring'],
    ['13', '4', '12.395833333333333333', '12.3958', 'batteries'],
  ];
  for (const [vatPct, ctPct, exact18, fourDp, what] of RATES) {
    const v = dec(vatPct).div(100).toFixed();
    const c = dec(ctPct).div(100).toFixed();
    it(`${what}: VAT ${vatPct}%, CT ${ctPct}% → ${fourDp}%`, () => {
      const pct = dec(comprehensiveRate(v, c)).times(100);
      assert.equal(pct.toDecimalPlaces(18).toFixed(), exact18);
      assert.equal(pct.toFixed(4), fourDp);
      // The per-tax engine agrees: (CT_stat + VAT_stat) × 0.7 = P × 综合税率, to the precision shown.
      const P = '10000';
      const rates: TaxRates = { vatRate: v, ctKind: dec(c).gt(0) ? 'ad_valorem' : 'none', ctRate: c, ctSpecific: '0', ctUnit: null, tariffRate: '' };
      const line = lineTax({ gnum: 1, gcode: '0000000000', dutiableValue: P, rates }, { fullTax: false });
      const statutory = dec(line.consumptionTax.statutory).plus(dec(line.vat.statutory)).times(dec(COLLECTION_FACTOR));
      assert.equal(statutory.div(P).times(100).toFixed(4), fourDp);
      // …and the booked total (each tax rounded on its own) is within a fen of P × rate rounded once.
      const once = dec(P).times(pct).div(100).toDecimalPlaces(2);
      assert.ok(dec(line.total).minus(once).abs().lte(dec('0.01')), `${line.total} vs ${once.toFixed(2)}`);
    });
  }

  it('ordinary goods: 100.00 → 9.10; cosmetics: 1000.00 → 230.59 (§1.7 E3 check)', () => {
    const ordinary: TaxRates = { vatRate: '0.13', ctKind: 'none', ctRate: '0', ctSpecific: '0', ctUnit: null, tariffRate: '' };
    const cosmetics: TaxRates = { ...ordinary, ctKind: 'ad_valorem', ctRate: '0.15' };
    assert.equal(lineTax({ gnum: 1, gcode: 'x', dutiableValue: '100.00', rates: ordinary }, { fullTax: false }).total, '9.10');
    assert.equal(lineTax({ gnum: 1, gcode: 'x', dutiableValue: '1000.00', rates: cosmetics }, { fullTax: false }).total, '230.59');
  });
});

// ---------------------------------------------------------------------------------------------------

describe('specificQuantity', () => {
  const cases: [qty: string, unit: string, ctUnit: string, expected: string][] = [
    ['1500', '035', 'per tonne', '1.5'], // kg → t
    ['250', '036', 'per tonne', '0.00025'], // g → t
    ['2', '070', 'per tonne', '2'],
    ['988', '095', 'per tonne', '1'], // beer, 988 L/t (UNVERIFIED)
    ['988000', '096', 'per tonne', '1'],
    ['1', '035', 'per 500 g or 500 ml', '2'],
    ['0.75', '095', 'per 500 g or 500 ml', '1.5'],
    ['750', '096', 'per 500 g or 500 ml', '1.5'],
    ['250', '036', 'per 500 g or 500 ml', '0.5'],
  ];
  for (const [qty, unit, ctUnit, expected] of cases) {
    it(`${qty} × unit ${unit} → ${expected} '${ctUnit}'`, () => {
      assert.equal(specificQuantity(qty, unit, ctUnit), expected);
    });
  }

  it('converts litres with another factor when given (yellow rice wine)', () => {
    assert.equal(specificQuantity('962', '095', 'per tonne', '962'), '1');
    assert.equal(BEER_LITRES_PER_TONNE, '988');
  });

  it('refuses impossible conversions with a clear error', () => {
    assert.throws(() => specificQuantity('1', '142', 'per tonne'), { name: 'TaxError', message: /customs unit 142/ }); // bottles
    assert.throws(() => specificQuantity('1', '007', 'per 500 g or 500 ml'), { name: 'TaxError', message: /customs unit 007/ }); // pieces
    assert.throws(() => specificQuantity('1', '035', 'per carton'), { name: 'TaxError', message: /unknown consumption-tax unit/ });
    assert.throws(() => specificQuantity('1', '035', null), { name: 'TaxError', message: /unknown consumption-tax unit/ });
    assert.throws(() => specificQuantity('-1', '035', 'per tonne'), TaxError);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('ratesFromTariffLine', () => {
  const base = { vatRate: '0.1300', consumptionTaxKind: null, consumptionTaxRate: null, consumptionTaxSpecific: null, consumptionTaxUnit: null, mfnRate: '0.0100' };

  it('reads an ordinary line of data/reference/tariff-demo.csv', () => {
    assert.deepEqual(ratesFromTariffLine(base), { vatRate: '0.13', ctKind: 'none', ctRate: '0', ctSpecific: '0', ctUnit: null, tariffRate: '0.01' });
  });

  it('reads an ad valorem consumption tax, with or without the kind', () => {
    const expected = { vatRate: '0.13', ctKind: 'ad_valorem', ctRate: '0.15', ctSpecific: '0', ctUnit: null, tariffRate: '0.01' };
    assert.deepEqual(ratesFromTariffLine({ ...base, consumptionTaxKind: 'ad_valorem', consumptionTaxRate: '0.1500' }), expected);
    assert.deepEqual(ratesFromTariffLine({ ...base, consumptionTaxRate: '0.1500' }), expected);
  });

  it('reads specific and compound lines with their unit', () => {
    assert.deepEqual(ratesFromTariffLine({ ...base, consumptionTaxKind: 'specific', consumptionTaxSpecific: '250.0000', consumptionTaxUnit: 'per tonne' }), {
      vatRate: '0.13',
      ctKind: 'specific',
      ctRate: '0',
      ctSpecific: '250',
      ctUnit: 'per tonne',
      tariffRate: '0.01',
    });
    assert.equal(ratesFromTariffLine({ ...base, consumptionTaxKind: 'compound', consumptionTaxRate: '0.2', consumptionTaxSpecific: '0.5', consumptionTaxUnit: 'per 500 g or 500 ml' }).ctKind, 'compound');
  });

  it('marks a missing MFN rate as unknown: fine within the limits, an error when fully taxed', () => {
    const rates = ratesFromTariffLine({ ...base, mfnRate: null });
    assert.equal(rates.tariffRate, '');
    assert.equal(lineTax({ gnum: 1, gcode: 'x', dutiableValue: '100', rates }, { fullTax: false }).total, '9.10');
    assert.throws(() => lineTax({ gnum: 1, gcode: 'x', dutiableValue: '6000', rates }, { fullTax: true }), { name: 'TaxError', message: /no MFN rate/ });
  });

  it('refuses incomplete or inconsistent lines', () => {
    assert.throws(() => ratesFromTariffLine({ ...base, vatRate: null }), /no VAT rate/);
    assert.throws(() => ratesFromTariffLine({ ...base, consumptionTaxKind: 'ad_valorem' }), /no ad valorem rate/);
    assert.throws(() => ratesFromTariffLine({ ...base, consumptionTaxKind: 'specific', consumptionTaxSpecific: '250' }), /no unit/);
    assert.throws(() => ratesFromTariffLine({ ...base, consumptionTaxKind: 'specific', consumptionTaxUnit: 'per tonne' }), /no specific amount/);
    assert.throws(() => ratesFromTariffLine({ ...base, consumptionTaxKind: 'ad_valorem', consumptionTaxRate: '0.15', consumptionTaxSpecific: '1', consumptionTaxUnit: 'per tonne' }), /also has a specific/);
    assert.throws(() => ratesFromTariffLine({ ...base, consumptionTaxKind: 'levy' }), /unknown consumption-tax kind/);
    assert.throws(() => ratesFromTariffLine({ ...base, consumptionTaxRate: '1' }), /fraction/);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('lineTax and inventoryTax errors', () => {
  const beer: TaxRates = { vatRate: '0.13', ctKind: 'specific', ctRate: '0', ctSpecific: '250', ctUnit: 'per tonne', tariffRate: '0' };

  it('a specific consumption tax without a quantity throws', () => {
    assert.throws(() => lineTax({ gnum: 3, gcode: '2203000000', dutiableValue: '150', rates: beer }, { fullTax: false }), { name: 'TaxError', message: /line 3 .*no quantity/ });
    assert.throws(() => inventoryTax({ lines: [{ gnum: 2, gcode: '2203000000', qty: '24', totalPrice: '150', rates: beer }], freight: '0', insuredFee: '0' }), {
      name: 'TaxError',
      message: /line 2 .*no legal quantity/,
    });
  });

  it('a fully taxed inventory whose tariff line has no MFN rate throws, naming the classification', () => {
    const noMfn: TaxRates = { vatRate: '0.13', ctKind: 'none', ctRate: '0', ctSpecific: '0', ctUnit: null, tariffRate: '' };
    assert.throws(() => inventoryTax({ lines: [{ gnum: 1, gcode: '4202210000', qty: '1', totalPrice: '6000', rates: noMfn }], freight: '0', insuredFee: '0' }), {
      name: 'TaxError',
      message: /single_item_full .*line 1 .*no MFN rate/,
    });
  });

  it('a legal unit that cannot measure the specific tax throws', () => {
    assert.throws(() => inventoryTax({ lines: [{ gnum: 1, gcode: '2203000000', qty: '24', totalPrice: '150', legalQty: '24', legalUnit: '142', rates: beer }], freight: '0', insuredFee: '0' }), TaxError);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('no binary floats', () => {
  /** Every leaf of a result: strings, except the line number and the booleans. */
  function leaves(value: unknown, path = '$'): [string, unknown][] {
    if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
    return [[path, value]];
  }

  it('results carry amounts only as decimal strings', () => {
    const cosmetics: TaxRates = { vatRate: '0.13', ctKind: 'ad_valorem', ctRate: '0.15', ctSpecific: '0', ctUnit: null, tariffRate: '0.01' };
    const r = inventoryTax({
      lines: [
        { gnum: 1, gcode: '3304990091', qty: '2', totalPrice: '1234.56', rates: cosmetics },
        { gnum: 2, gcode: '3304990091', qty: '1', totalPrice: '99.9', rates: cosmetics },
      ],
      freight: '12.34',
      insuredFee: '0.56',
    });
    const all = [...leaves(r), ...leaves(apportion([{ gnum: 1, totalPrice: '1' }], '1', '1')), ...leaves(ratesFromTariffLine({ vatRate: '0.13', consumptionTaxKind: null, consumptionTaxRate: null, consumptionTaxSpecific: null, consumptionTaxUnit: null, mfnRate: '0.1' }))];
    for (const [path, v] of all) {
      if (path.endsWith('.gnum')) assert.equal(Number.isInteger(v), true, path);
      else if (path === '$.fullTax') assert.equal(typeof v, 'boolean', path);
      else if (path.endsWith('.ctUnit')) assert.ok(v === null || typeof v === 'string', path);
      else assert.equal(typeof v, 'string', `${path} is ${typeof v}`);
    }
    assert.equal(typeof specificQuantity('1', '035', 'per tonne'), 'string');
    assert.equal(typeof comprehensiveRate('0.13', '0'), 'string');
  });

  it('refuses a JS float smuggled in as an amount', () => {
    const rates: TaxRates = { vatRate: '0.13', ctKind: 'none', ctRate: '0', ctSpecific: '0', ctUnit: null, tariffRate: '0' };
    assert.throws(() => lineTax({ gnum: 1, gcode: 'x', dutiableValue: 0.1 as unknown as string, rates }, { fullTax: false }), /binary float/);
    assert.throws(() => apportion([{ gnum: 1, totalPrice: 10.5 as unknown as string }], '0', '0'), /binary float/);
  });
});
