import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { AppError } from '../../kernel/errors';
import { LOCALES, t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import {
  CNY,
  MONEY_FORMAT,
  SMALL_LOW_PROFIT_ILLUSTRATION_2023,
  deemedIncomeTax,
  evidenceWorkbook,
  exemptionEvidence,
  incomeTaxWorkbook,
  type EnterpriseFacts,
  type ExportLineInput,
  type TaxEvidenceInput,
} from './tax-evidence';

// ---------------------------------------------------------------------------------------------------
// Fixtures (fictional enterprise and list numbers)
// ---------------------------------------------------------------------------------------------------

const ENTERPRISE: EnterpriseFacts = { ebcCode: '2224960001', name: '延吉松瑶数字贸易有限公司', registeredInZone: true, declaredAtZoneCustoms: true };
const PERIOD = { from: '2026-01-01', to: '2026-03-31' };

let seq = 0;
function line(over: Partial<ExportLineInput> = {}): ExportLineInput {
  seq += 1;
  return {
    invtNo: `99992026E${String(seq).padStart(9, '0')}`,
    exportDate: '2026-02-10',
    ebcCode: ENTERPRISE.ebcCode,
    ebcName: ENTERPRISE.name,
    gnum: 1,
    itemNo: 'SY-PINE-500',
    gcode: '1212999990',
    gname: '松子 500克',
    unit: '035',
    qty: '1',
    price: '100.00',
    totalPrice: '100.00',
    currency: CNY,
    country: '133',
    ...over,
  };
}

function input(lines: ExportLineInput[], enterprise: Partial<EnterpriseFacts> = {}): TaxEvidenceInput {
  return { enterprise: { ...ENTERPRISE, ...enterprise }, period: PERIOD, lines };
}

/** Decimal text → integer count of 10^-places units, by string handling only (no floats, no decimal.js). */
function units(text: string, places: number): bigint {
  const [whole = '0', frac = ''] = text.split('.');
  assert.ok(frac.length <= places, `${text} has more than ${places} decimals`);
  return BigInt(whole) * 10n ** BigInt(places) + BigInt(frac.padEnd(places, '0') || '0');
}

/** An integer number of fen as 'yuan.ff'. */
function fenText(fen: bigint): string {
  return `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
}

/** Deterministic pseudo-random integers (a linear congruential generator), so the test is repeatable. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
}

const FIGURE = /^\d+\.\d{2}$/;

function rejects(fn: () => unknown, code: MessageKey): void {
  assert.throws(fn, (e: unknown) => e instanceof AppError && e.kind === 'invalid' && e.code === code);
}

// ---------------------------------------------------------------------------------------------------
// Deemed income tax: the illustration of POLICY-NOTES §3.5
// ---------------------------------------------------------------------------------------------------

describe('deemedIncomeTax', () => {
  const illustration = [line({ totalPrice: '1000000.00', price: '1000000.00' }), line({ totalPrice: '1200000.00', price: '600000.00', qty: '2' }), line({ totalPrice: '300000.00', price: '300000.00' })];

  it('revenue 2,500,000 CNY → taxable income 100,000 → CIT 25,000 at the standard rate', () => {
    const r = deemedIncomeTax(input(illustration));
    assert.equal(r.revenueCny, '2500000.00');
    assert.equal(r.taxableIncome, '100000.00');
    assert.equal(r.corporateIncomeTax, '25000.00');
    assert.equal(r.taxableIncomeRate, '0.04');
    assert.equal(r.standardRate, '0.25');
    assert.deepEqual(r.revenueByCurrency, [{ currency: CNY, lines: 3, amount: '2500000.00', rate: '1', amountCny: '2500000.00' }]);
    assert.equal(r.lines.length, 3);
  });

  it('leaves the small low-profit illustration off by default', () => {
    assert.equal(deemedIncomeTax(input(illustration)).smallLowProfitIllustration, null);
  });

  it('shows the small low-profit relief only as a labelled illustration when asked (CIT 5,000 on the same revenue)', () => {
    const r = deemedIncomeTax(input(illustration), { smallLowProfitIllustration: SMALL_LOW_PROFIT_ILLUSTRATION_2023 });
    assert.equal(r.corporateIncomeTax, '25000.00', 'the assessed figure is unchanged');
    const ill = r.smallLowProfitIllustration;
    assert.ok(ill);
    assert.equal(ill.label, 'illustration_unverified_terms');
    assert.equal(ill.withinCeiling, true);
    assert.equal(ill.tax, '5000.00');
    assert.deepEqual(
      ill.notes.map((n) => n.code),
      ['export.tax_illustration_title', 'export.tax_illustration_tax', 'export.tax_illustration_caveat'],
    );
    assert.deepEqual(ill.notes[1]!.params, { fraction: '25%', rate: '20%', ceiling: '3000000' });
  });

  it('gives no illustrated relief above the ceiling', () => {
    const r = deemedIncomeTax(input([line({ totalPrice: '80000000.00', price: '80000000.00' })]), { smallLowProfitIllustration: SMALL_LOW_PROFIT_ILLUSTRATION_2023 });
    assert.equal(r.taxableIncome, '3200000.00');
    assert.equal(r.smallLowProfitIllustration?.withinCeiling, false);
    assert.equal(r.smallLowProfitIllustration?.tax, null);
    assert.equal(r.smallLowProfitIllustration?.notes[1]?.code, 'export.tax_illustration_over');
  });

  it('rounds to the fen half up only at the end, each figure from its exact value', () => {
    // revenue 1.40: taxable 0.056 → 0.06; CIT 0.014 → 0.01 (computing from the rounded 0.06 would give 0.02).
    const r = deemedIncomeTax(input([line({ totalPrice: '1.40', price: '1.40' })]));
    assert.deepEqual([r.revenueCny, r.taxableIncome, r.corporateIncomeTax], ['1.40', '0.06', '0.01']);
    // half up, not half even: revenue 0.625 → 0.63; taxable 0.025 → 0.03
    const h = deemedIncomeTax(input([line({ totalPrice: '0.625', price: '0.625' })]));
    assert.deepEqual([h.revenueCny, h.taxableIncome, h.corporateIncomeTax], ['0.63', '0.03', '0.01']);
  });

  it('refuses invalid illustration terms', () => {
    rejects(() => deemedIncomeTax(input(illustration), { smallLowProfitIllustration: { incomeFraction: '1.5', rate: '0.2', taxableIncomeCeiling: '3000000' } }), 'export.tax_invalid_input');
  });
});

// ---------------------------------------------------------------------------------------------------
// Exact sums
// ---------------------------------------------------------------------------------------------------

describe('exact sums over many lines', () => {
  it('sums 1,000 awkward fen amounts exactly (checked against an integer-fen sum)', () => {
    const next = lcg(20260210);
    const amounts: string[] = [];
    for (let i = 0; i < 1000; i++) {
      if (i % 3 === 0) amounts.push('0.1');
      else if (i % 3 === 1) amounts.push('0.2');
      else amounts.push(fenText(BigInt(next() % 10_000_000)));
    }
    const lines = amounts.map((a, i) => line({ invtNo: `99992026E${String(100000 + Math.floor(i / 5)).padStart(9, '0')}`, gnum: (i % 5) + 1, totalPrice: a, price: a }));
    const expectedFen = amounts.reduce((acc, a) => acc + units(a, 2), 0n);

    const ev = exemptionEvidence(input(lines));
    assert.deepEqual(ev.covered.totals, [{ currency: CNY, lines: 1000, amount: fenText(expectedFen) }]);

    const tax = deemedIncomeTax(input(lines));
    assert.equal(tax.revenueCny, fenText(expectedFen));
    // taxable = R × 4 / 100 fen, CIT = R / 100 fen, each rounded half up from the exact value
    assert.equal(tax.taxableIncome, fenText((expectedFen * 4n + 50n) / 100n));
    assert.equal(tax.corporateIncomeTax, fenText((expectedFen + 50n) / 100n));
  });

  it('sums sub-fen amounts exactly and rounds the total half up once (checked in integer thousandths)', () => {
    const next = lcg(7);
    const amounts = Array.from({ length: 1000 }, () => {
      const milli = BigInt(next() % 1_000_000);
      return `${milli / 1000n}.${String(milli % 1000n).padStart(3, '0')}`;
    });
    const lines = amounts.map((a, i) => line({ gnum: i + 1, invtNo: '99992026E000777777', totalPrice: a, price: a }));
    const milli = amounts.reduce((acc, a) => acc + units(a, 3), 0n);
    const ev = exemptionEvidence(input(lines));
    assert.equal(ev.covered.totals[0]!.amount, fenText((milli + 5n) / 10n));
    // the lines keep their declared value exactly
    assert.deepEqual(
      ev.covered.lines.map((l) => l.amount),
      amounts.map((a) => {
        const [whole = '0', frac = ''] = a.split('.');
        return `${whole}.${frac.replace(/0+$/, '').padEnd(2, '0')}`;
      }),
    );
  });

  it('rounds half up where binary floats would not (2.675 → 2.68)', () => {
    assert.equal((2.675).toFixed(2), '2.67', 'the float pitfall this avoids');
    const ev = exemptionEvidence(input([line({ totalPrice: '2.675', price: '2.675' })]));
    assert.equal(ev.covered.totals[0]!.amount, '2.68');
  });
});

// ---------------------------------------------------------------------------------------------------
// Exemption evidence
// ---------------------------------------------------------------------------------------------------

describe('exemptionEvidence', () => {
  it('lists the registration fields of each line, declared values exact, sorted by date, list and line', () => {
    const ev = exemptionEvidence(
      input([
        line({ invtNo: '99992026E000000200', gnum: 2, exportDate: '2026-03-01', qty: '3', price: '12.5', totalPrice: '37.5', country: '116' }),
        line({ invtNo: '99992026E000000200', gnum: 1, exportDate: '2026-03-01', qty: '0.125', price: '81', totalPrice: '10.125' }),
        line({ invtNo: '99992026E000000100', gnum: 1, exportDate: '2026-01-05' }),
      ]),
    );
    assert.deepEqual(
      ev.covered.lines.map((l) => [l.invtNo, l.gnum]),
      [
        ['99992026E000000100', 1],
        ['99992026E000000200', 1],
        ['99992026E000000200', 2],
      ],
    );
    assert.deepEqual(ev.covered.lines[1], {
      invtNo: '99992026E000000200',
      gnum: 1,
      exportDate: '2026-03-01',
      itemNo: 'SY-PINE-500',
      gcode: '1212999990',
      gname: '松子 500克',
      unit: '035',
      qty: '0.125',
      price: '81.00',
      amount: '10.125',
      currency: CNY,
      country: '133',
    });
    assert.equal(ev.covered.lines[2]!.price, '12.50');
    assert.equal(ev.covered.lines[2]!.amount, '37.50');
    assert.deepEqual(ev.covered.totals, [{ currency: CNY, lines: 3, amount: '147.63' }]); // 100 + 10.125 + 37.5 = 147.625
  });

  it('shows every condition with its state: the excluded-goods condition is unchecked, never passed', () => {
    const ev = exemptionEvidence(input([line()]));
    assert.deepEqual(
      ev.conditions.map((c) => [c.key, c.state]),
      [
        ['registered_in_zone', 'passed'],
        ['platform_records', 'passed'],
        ['declared_at_zone_customs', 'passed'],
        ['no_purchase_vouchers', 'passed'],
        ['goods_not_excluded', 'unchecked'],
      ],
    );
    assert.equal(ev.overall, 'unchecked');
    assert.equal(ev.conclusion.code, 'export.tax_overall_exemption_unchecked');
  });

  for (const [fact, key] of [
    ['registeredInZone', 'registered_in_zone'],
    ['declaredAtZoneCustoms', 'declared_at_zone_customs'],
  ] as const) {
    it(`fails the conditions when ${fact} is false`, () => {
      const ev = exemptionEvidence(input([line()], { [fact]: false }));
      assert.equal(ev.conditions.find((c) => c.key === key)?.state, 'failed');
      assert.equal(ev.overall, 'failed');
      assert.equal(ev.conclusion.code, 'export.tax_overall_exemption_failed');
      const tax = deemedIncomeTax(input([line()], { [fact]: false }));
      assert.equal(tax.overall, 'failed');
      assert.equal(tax.conclusion.code, 'export.tax_overall_income_failed');
    });
  }

  it('lists a line with a purchase invoice separately, outside the exemption and outside the deemed revenue', () => {
    const lines = [line({ totalPrice: '500.00', price: '500.00' }), line({ totalPrice: '120.30', price: '120.30', hasPurchaseInvoice: true }), line({ totalPrice: '99.99', price: '99.99', hasPurchaseInvoice: false })];
    const ev = exemptionEvidence(input(lines));
    assert.equal(ev.covered.lines.length, 2);
    assert.deepEqual(ev.covered.totals, [{ currency: CNY, lines: 2, amount: '599.99' }]);
    assert.deepEqual(ev.withPurchaseInvoice.lines.map((l) => l.amount), ['120.30']);
    assert.deepEqual(ev.withPurchaseInvoice.totals, [{ currency: CNY, lines: 1, amount: '120.30' }]);
    const cond = ev.conditions.find((c) => c.key === 'no_purchase_vouchers')!;
    assert.equal(cond.state, 'passed');
    assert.deepEqual(cond.params, { covered: 2, excluded: 1 });

    const tax = deemedIncomeTax(input(lines));
    assert.equal(tax.revenueCny, '599.99');
    assert.equal(tax.lines.length, 2);
    assert.deepEqual(tax.excludedWithPurchaseInvoice, [{ currency: CNY, lines: 1, amount: '120.30' }]);
    assert.ok(tax.notes.some((n) => n.code === 'export.tax_excluded_invoiced' && n.params.lines === 1));
  });

  it('fails the voucher condition when every line has a purchase invoice', () => {
    const ev = exemptionEvidence(input([line({ hasPurchaseInvoice: true })]));
    assert.equal(ev.conditions.find((c) => c.key === 'no_purchase_vouchers')?.state, 'failed');
    assert.equal(ev.overall, 'failed');
    assert.deepEqual(ev.covered, { lines: [], totals: [] });
  });

  it('totals per currency, CNY first', () => {
    const ev = exemptionEvidence(input([line({ currency: '344', totalPrice: '1500.5' }), line({ currency: '133', totalPrice: '10000' }), line(), line({ currency: '133', totalPrice: '0.5' })]));
    assert.deepEqual(ev.covered.totals, [
      { currency: CNY, lines: 1, amount: '100.00' },
      { currency: '133', lines: 2, amount: '10000.50' },
      { currency: '344', lines: 1, amount: '1500.50' },
    ]);
  });

  it('is plain JSON with 2-decimal figures', () => {
    const ev = exemptionEvidence(input([line({ totalPrice: '3.1' }), line({ hasPurchaseInvoice: true })]));
    assert.deepEqual(JSON.parse(JSON.stringify(ev)), ev);
    for (const total of [...ev.covered.totals, ...ev.withPurchaseInvoice.totals]) assert.match(total.amount, FIGURE);
    const tax = deemedIncomeTax(input([line({ totalPrice: '3.1' }), line({ currency: '116', totalPrice: '7' })]), { smallLowProfitIllustration: SMALL_LOW_PROFIT_ILLUSTRATION_2023 });
    assert.deepEqual(JSON.parse(JSON.stringify(tax)), tax);
    for (const figure of [tax.revenueCny, tax.taxableIncome, tax.corporateIncomeTax, tax.smallLowProfitIllustration!.tax!, ...tax.revenueByCurrency.map((r) => r.amount)]) assert.match(figure, FIGURE);
  });
});

// ---------------------------------------------------------------------------------------------------
// Foreign currencies
// ---------------------------------------------------------------------------------------------------

describe('foreign currency lines', () => {
  const lines = [line({ totalPrice: '100.00' }), line({ currency: '133', price: '125000', qty: '2', totalPrice: '250000' }), line({ currency: '116', price: '12345', totalPrice: '12345' })];
  const conversion = { rates: { '133': '0.0052', '116': '0.048731' }, source: '中国外汇交易中心 人民币汇率中间价（示例）', date: '2026-03-31' };

  it('converts with the rates the caller supplies, from the exact sums', () => {
    const r = deemedIncomeTax(input(lines), { conversion });
    assert.deepEqual(r.revenueByCurrency, [
      { currency: CNY, lines: 1, amount: '100.00', rate: '1', amountCny: '100.00' },
      { currency: '116', lines: 1, amount: '12345.00', rate: '0.048731', amountCny: '601.58' }, // 601.584195
      { currency: '133', lines: 1, amount: '250000.00', rate: '0.0052', amountCny: '1300.00' },
    ]);
    assert.deepEqual(r.unconverted, []);
    assert.equal(r.revenueCny, '2001.58'); // 100 + 601.584195 + 1300 = 2001.584195
    assert.equal(r.taxableIncome, '80.06'); // 80.0633678
    assert.equal(r.corporateIncomeTax, '20.02'); // 20.01584195
    assert.deepEqual(r.conversion, { source: conversion.source, date: conversion.date });
  });

  it('lists a currency without a rate as unconverted and leaves it out of the CNY figures', () => {
    const r = deemedIncomeTax(input(lines), { conversion: { ...conversion, rates: { '116': '0.048731' } } });
    assert.deepEqual(r.unconverted, [{ currency: '133', lines: 1, amount: '250000.00' }]);
    assert.deepEqual(r.revenueByCurrency.find((x) => x.currency === '133'), { currency: '133', lines: 1, amount: '250000.00', rate: null, amountCny: null });
    assert.equal(r.revenueCny, '701.58');
    assert.ok(r.notes.some((n) => n.code === 'export.tax_unconverted' && n.params.currency === '133' && n.params.amount === '250000.00'));

    const none = deemedIncomeTax(input(lines));
    assert.equal(none.conversion, null);
    assert.deepEqual(none.unconverted.map((u) => u.currency), ['116', '133']);
    assert.equal(none.revenueCny, '100.00');
  });

  it('refuses a bad rate rather than guessing', () => {
    for (const rates of [{ '133': '0' }, { '133': '-1' }, { '133': 'abc' }, { '142': '7.1' }, { '13': '1' }, { '133': 0.0052 as unknown as string }] as Record<string, string>[]) {
      rejects(() => deemedIncomeTax(input(lines), { conversion: { ...conversion, rates } }), 'export.tax_invalid_rate');
    }
    rejects(() => deemedIncomeTax(input(lines), { conversion: { ...conversion, date: '2026-02-30' } }), 'export.tax_invalid_input');
    rejects(() => deemedIncomeTax(input(lines), { conversion: { ...conversion, source: ' ' } }), 'export.tax_invalid_input');
    // a rate of exactly 1 for CNY is harmless
    assert.equal(deemedIncomeTax(input(lines), { conversion: { ...conversion, rates: { ...conversion.rates, '142': '1.00' } } }).revenueCny, '2001.58');
  });
});

// ---------------------------------------------------------------------------------------------------
// Input validation
// ---------------------------------------------------------------------------------------------------

describe('input validation', () => {
  const cases: [string, () => TaxEvidenceInput, MessageKey][] = [
    ['a line of another enterprise', () => input([line({ ebcCode: '2224960999' })]), 'export.tax_other_enterprise'],
    ['a line outside the period', () => input([line({ exportDate: '2026-04-01' })]), 'export.tax_outside_period'],
    ['a duplicate line', () => input([line({ invtNo: '99992026E000000001' }), line({ invtNo: '99992026E000000001' })]), 'export.tax_duplicate_line'],
    ['an 8-digit commodity code', () => input([line({ gcode: '12129999' })]), 'export.tax_invalid_field'],
    ['a float amount', () => input([line({ totalPrice: 0.3 as unknown as string })]), 'export.tax_invalid_field'],
    ['an exponent amount', () => input([line({ totalPrice: '1e3' })]), 'export.tax_invalid_field'],
    ['a negative amount', () => input([line({ totalPrice: '-1.00' })]), 'export.tax_invalid_field'],
    ['a zero quantity', () => input([line({ qty: '0' })]), 'export.tax_invalid_field'],
    ['an impossible date', () => input([line({ exportDate: '2026-02-29' })]), 'export.tax_invalid_field'],
    ['an empty goods name', () => input([line({ gname: ' ' })]), 'export.tax_invalid_field'],
    ['a 2-digit unit', () => input([line({ unit: '35' })]), 'export.tax_invalid_field'],
    ['a line number 0', () => input([line({ gnum: 0 })]), 'export.tax_invalid_field'],
    ['a reversed period', () => ({ ...input([]), period: { from: '2026-03-31', to: '2026-01-01' } }), 'export.tax_invalid_period'],
    ['a missing enterprise fact', () => input([], { registeredInZone: undefined as unknown as boolean }), 'export.tax_invalid_input'],
  ];
  for (const [name, make, code] of cases) {
    it(`refuses ${name} (${code})`, () => {
      rejects(() => exemptionEvidence(make()), code);
      rejects(() => deemedIncomeTax(make()), code);
    });
  }

  it('accepts an empty period', () => {
    const ev = exemptionEvidence(input([]));
    assert.deepEqual(ev.covered, { lines: [], totals: [] });
    assert.equal(deemedIncomeTax(input([])).revenueCny, '0.00');
  });
});

// ---------------------------------------------------------------------------------------------------
// Workbooks
// ---------------------------------------------------------------------------------------------------

const LINE_TITLES: MessageKey[] = [
  'export.tax_col_export_date',
  'export.tax_col_invt_no',
  'export.tax_col_gnum',
  'export.tax_col_item_no',
  'export.tax_col_gcode',
  'export.tax_col_gname',
  'export.tax_col_unit',
  'export.tax_col_qty',
  'export.tax_col_price',
  'export.tax_col_amount',
  'export.tax_col_currency',
  'export.tax_col_country',
];

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  return (sheet.getRow(n).values as unknown[]).slice(1);
}

/** The number of the first row whose first cell is `text`. */
function findRow(sheet: ExcelJS.Worksheet, text: string): number {
  for (let n = 1; n <= sheet.rowCount; n++) if (sheet.getRow(n).getCell(1).value === text) return n;
  assert.fail(`no row starting with ${JSON.stringify(text)} in ${sheet.name}`);
}

function columnsOf(locale: Locale): string[] {
  return LINE_TITLES.map((k) => t(locale, k));
}

describe('evidenceWorkbook', () => {
  const lines = [
    line({ invtNo: '99992026E000000301', exportDate: '2026-01-15', gname: '인삼 절편 200g', qty: '2', price: '45.55', totalPrice: '91.10' }),
    line({ invtNo: '99992026E000000302', exportDate: '2026-01-16', currency: '344', country: '344', price: '1500', totalPrice: '1500' }),
    line({ invtNo: '99992026E000000303', exportDate: '2026-01-17', totalPrice: '0.1', price: '0.1' }),
    line({ invtNo: '99992026E000000304', exportDate: '2026-01-18', totalPrice: '0.2', price: '0.2' }),
    line({ invtNo: '99992026E000000305', exportDate: '2026-01-19', totalPrice: '64.00', price: '64.00', hasPurchaseInvoice: true }),
  ];
  const ev = exemptionEvidence(input(lines));

  it('writes the header block, the line table with Korean headers, 0.00 amounts and the per-currency totals; the header row is frozen', async () => {
    const wb = await load(await evidenceWorkbook(ev, 'ko'));
    const sheet = wb.getWorksheet(t('ko', 'export.tax_sheet_evidence'));
    assert.ok(sheet);
    assert.equal(sheet.getRow(1).getCell(1).value, t('ko', 'export.tax_title_evidence'));
    assert.equal(sheet.getRow(findRow(sheet, t('ko', 'export.tax_enterprise'))).getCell(3).value, `${ENTERPRISE.name} (${ENTERPRISE.ebcCode})`);
    assert.equal(sheet.getRow(findRow(sheet, t('ko', 'export.tax_period'))).getCell(3).value, '2026-01-01 ~ 2026-03-31');
    // every condition, with its state in Korean
    for (const c of ev.conditions) {
      const n = findRow(sheet, t('ko', `export.tax_state_${c.state}`));
      const texts: unknown[] = [];
      for (let r = n; r <= sheet.rowCount; r++) texts.push(sheet.getRow(r).getCell(3).value);
      assert.ok(texts.includes(t('ko', c.code, c.params)), c.key);
    }
    assert.ok(findRow(sheet, t('ko', 'export.tax_state_unchecked')));

    const header = findRow(sheet, t('ko', 'export.tax_col_export_date'));
    assert.deepEqual(rowValues(sheet, header), columnsOf('ko'));
    assert.equal(sheet.views[0]?.state, 'frozen');
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, header);

    const first = sheet.getRow(header + 1);
    assert.equal(first.getCell(1).value, '2026-01-15');
    assert.equal(first.getCell(2).value, '99992026E000000301');
    assert.equal(first.getCell(5).value, '1212999990');
    assert.equal(first.getCell(6).value, '인삼 절편 200g');
    assert.equal(first.getCell(7).value, '035');
    assert.equal(first.getCell(8).value, 2);
    assert.equal(first.getCell(9).value, 45.55);
    assert.equal(first.getCell(10).value, 91.1);
    assert.equal(first.getCell(10).numFmt, MONEY_FORMAT);
    assert.equal(first.getCell(11).value, CNY);

    // four covered lines, then one totals row per currency equal to the computed totals
    const totalRows = ev.covered.totals.map((tot) => findRow(sheet, t('ko', 'export.tax_total_currency', { currency: tot.currency })));
    assert.deepEqual(totalRows, [header + 5, header + 6]);
    ev.covered.totals.forEach((tot, i) => {
      const cell = sheet.getRow(totalRows[i]!).getCell(10);
      assert.equal(cell.numFmt, MONEY_FORMAT);
      assert.equal((cell.value as number).toFixed(2), tot.amount);
      assert.equal(sheet.getRow(totalRows[i]!).getCell(11).value, tot.currency);
    });
    assert.deepEqual(
      ev.covered.totals.map((x) => x.amount),
      ['91.40', '1500.00'],
    );

    const invoiced = wb.getWorksheet(t('ko', 'export.tax_sheet_invoiced'));
    assert.ok(invoiced);
    assert.deepEqual(rowValues(invoiced, 2), columnsOf('ko'));
    assert.equal((invoiced.views[0] as { ySplit?: number }).ySplit, 2);
    assert.equal(invoiced.getRow(3).getCell(2).value, '99992026E000000305');
    assert.equal(invoiced.getRow(4).getCell(10).value, 64);
  });

  it('writes Russian headers when asked', async () => {
    const wb = await load(await evidenceWorkbook(ev, 'ru'));
    const sheet = wb.getWorksheet(t('ru', 'export.tax_sheet_evidence'));
    assert.ok(sheet);
    assert.deepEqual(rowValues(sheet, findRow(sheet, t('ru', 'export.tax_col_export_date'))), columnsOf('ru'));
    assert.ok(findRow(sheet, t('ru', 'export.tax_total_currency', { currency: '344' })));
  });

  it('has sheet names Excel accepts in every locale', () => {
    for (const locale of LOCALES) {
      for (const key of ['export.tax_sheet_evidence', 'export.tax_sheet_invoiced', 'export.tax_sheet_income', 'export.tax_sheet_revenue_lines'] as const) {
        const name = t(locale, key);
        assert.ok(name.length <= 31, `${key} [${locale}] is ${name.length} characters`);
        assert.doesNotMatch(name, /[[\]:*?/\\]/);
      }
    }
  });
});

describe('incomeTaxWorkbook', () => {
  const lines = [
    line({ totalPrice: '1000000.00', price: '1000000.00' }),
    line({ totalPrice: '1500000.00', price: '1500000.00' }),
    line({ currency: '133', totalPrice: '250000', price: '250000' }),
    line({ totalPrice: '777.77', price: '777.77', hasPurchaseInvoice: true }),
  ];

  it('writes the revenue per currency, the unconverted currency and the figures, in Russian', async () => {
    const r = deemedIncomeTax(input(lines));
    const wb = await load(await incomeTaxWorkbook(r, 'ru'));
    const sheet = wb.getWorksheet(t('ru', 'export.tax_sheet_income'));
    assert.ok(sheet);
    assert.equal(sheet.getRow(1).getCell(1).value, t('ru', 'export.tax_title_income'));
    const header = findRow(sheet, t('ru', 'export.tax_col_currency'));
    assert.deepEqual(rowValues(sheet, header), ['export.tax_col_currency', 'export.tax_col_lines', 'export.tax_col_amount', 'export.tax_col_rate', 'export.tax_col_amount_cny'].map((k) => t('ru', k as MessageKey)));
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, header);
    assert.deepEqual(rowValues(sheet, header + 1), [CNY, 2, 2500000, 1, 2500000]);
    assert.deepEqual(rowValues(sheet, header + 2), ['133', 1, 250000, t('ru', 'export.tax_unconverted_cell')]);
    assert.equal(sheet.getRow(header + 3).getCell(1).value, t('ru', 'export.tax_total_cny'));
    assert.equal(sheet.getRow(header + 3).getCell(5).value, 2500000);

    const figure = (label: string) => {
      const cell = sheet.getRow(findRow(sheet, label)).getCell(5);
      assert.equal(cell.numFmt, MONEY_FORMAT);
      return (cell.value as number).toFixed(2);
    };
    assert.equal(figure(t('ru', 'export.tax_revenue_cny')), r.revenueCny);
    assert.equal(figure(t('ru', 'export.tax_taxable_income', { rate: '4%' })), r.taxableIncome);
    assert.equal(figure(t('ru', 'export.tax_cit_standard', { rate: '25%' })), r.corporateIncomeTax);
    assert.deepEqual([r.revenueCny, r.taxableIncome, r.corporateIncomeTax], ['2500000.00', '100000.00', '25000.00']);

    // the notes: no rates, the unconverted KRW, the excluded invoiced line
    const column3: unknown[] = [];
    sheet.eachRow((row) => column3.push(row.getCell(3).value));
    assert.ok(column3.includes(t('ru', 'export.tax_conversion_none')));
    assert.ok(column3.includes(t('ru', 'export.tax_unconverted', { currency: '133', amount: '250000.00', lines: 1 })));
    assert.ok(column3.includes(t('ru', 'export.tax_excluded_invoiced', { lines: 1 })));
    // no illustration unless asked
    let illustrated = false;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === t('ru', 'export.tax_illustration_title')) illustrated = true;
    });
    assert.equal(illustrated, false);

    const revenueLines = wb.getWorksheet(t('ru', 'export.tax_sheet_revenue_lines'));
    assert.ok(revenueLines);
    assert.deepEqual(rowValues(revenueLines, 2), columnsOf('ru'));
    assert.equal(revenueLines.getRow(6).getCell(1).value, t('ru', 'export.tax_total_currency', { currency: CNY }));
    assert.equal(revenueLines.getRow(6).getCell(10).value, 2500000);
  });

  it('writes the illustration under its label only when asked, with Korean headers and the rate source', async () => {
    const r = deemedIncomeTax(input(lines), { conversion: { rates: { '133': '0.0052' }, source: '示例汇率', date: '2026-03-31' }, smallLowProfitIllustration: SMALL_LOW_PROFIT_ILLUSTRATION_2023 });
    assert.equal(r.revenueCny, '2501300.00');
    const wb = await load(await incomeTaxWorkbook(r, 'ko'));
    const sheet = wb.getWorksheet(t('ko', 'export.tax_sheet_income'));
    assert.ok(sheet);
    const header = findRow(sheet, t('ko', 'export.tax_col_currency'));
    assert.deepEqual(rowValues(sheet, header + 2), ['133', 1, 250000, 0.0052, 1300]);
    assert.equal(sheet.getRow(header + 3).getCell(5).value, 2501300);
    const title = findRow(sheet, t('ko', 'export.tax_illustration_title'));
    const tax = sheet.getRow(title + 1);
    assert.equal(tax.getCell(1).value, t('ko', 'export.tax_illustration_tax', { fraction: '25%', rate: '20%', ceiling: '3000000' }));
    assert.equal((tax.getCell(5).value as number).toFixed(2), r.smallLowProfitIllustration!.tax);
    assert.equal(r.smallLowProfitIllustration!.tax, '5002.60');
    let source = false;
    sheet.eachRow((row) => {
      if (row.getCell(3).value === t('ko', 'export.tax_conversion_source', { source: '示例汇率', date: '2026-03-31' })) source = true;
    });
    assert.ok(source);
  });
});
