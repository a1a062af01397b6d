import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkGtin, gtinCheckDigit, isReferencePrice, ProductFilingInput } from './product.contracts';

describe('GTIN check digit', () => {
  // Worked examples: GS1's own (GTIN-13 4006381333931, GTIN-8 96385074), UPC-A 036000291452, GTIN-14 10012345678902.
  const valid = ['4006381333931', '96385074', '036000291452', '10012345678902', '8801234567893', '6901234567892', '00000000'];
  for (const code of valid) {
    it(`accepts ${code}`, () => assert.deepEqual(checkGtin(code), { ok: true }));
  }

  const wrongCheck: [string, string][] = [
    ['4006381333932', '1'],
    ['96385075', '4'],
    ['036000291453', '2'],
    ['10012345678900', '2'],
  ];
  for (const [code, expected] of wrongCheck) {
    it(`refuses ${code} and names the right check digit ${expected}`, () => assert.deepEqual(checkGtin(code), { ok: false, reason: 'check', expected }));
  }

  for (const code of ['', '1234567', '123456789', '12345678901', '123456789012345', '400638133393X', ' 4006381333931', '４００６３８１３３３９３１']) {
    it(`refuses the malformed ${JSON.stringify(code)}`, () => assert.deepEqual(checkGtin(code), { ok: false, reason: 'format' }));
  }

  it('computes the digit from the right, weights 3 and 1', () => {
    assert.equal(gtinCheckDigit('400638133393'), '1');
    assert.equal(gtinCheckDigit('9638507'), '4');
    assert.equal(gtinCheckDigit('0000000'), '0');
  });
});

describe('reference price', () => {
  for (const v of ['1', '0.0001', '128.50', '99999999999999.9999', '10', '0.5']) it(`accepts ${v}`, () => assert.ok(isReferencePrice(v)));
  for (const v of ['0', '0.0000', '-1', '1.23456', '100000000000000', '1e3', '01.5', '.5', '1.', '1,5', ' 1', 'NaN', '']) {
    it(`refuses ${JSON.stringify(v)}`, () => assert.equal(isReferencePrice(v), false));
  }
});

const base = {
  itemNo: 'CJ-001',
  hsCode: '3304990099',
  nameZh: '精华液',
  originCountry: 'kor',
  legalUnit: '035',
  referencePrice: '128.50',
  currency: 'cny',
};

describe('ProductFilingInput', () => {
  it('accepts a minimal filing and normalises codes', () => {
    const r = ProductFilingInput.parse(base);
    assert.equal(r.originCountry, 'KOR');
    assert.equal(r.currency, 'CNY');
    assert.deepEqual(r.names, {});
    assert.deepEqual(r.imageUrls, []);
  });

  const refused: [string, Record<string, unknown>, string, string][] = [
    ['a wrong barcode check digit', { barcode: '8801234567890' }, 'barcode', 'registry.barcode_check'],
    ['a barcode of 10 digits', { barcode: '8801234567' }, 'barcode', 'registry.barcode_format'],
    ['a 6-digit HS code', { hsCode: '330499' }, 'hsCode', 'registry.hs_code_format'],
    ['a price with 5 decimals', { referencePrice: '1.23456' }, 'referencePrice', 'registry.price_format'],
    ['a zero price', { referencePrice: '0.00' }, 'referencePrice', 'registry.price_format'],
    ['a unit name instead of its code', { legalUnit: '千克' }, 'legalUnit', 'registry.unit_format'],
    ['a two-letter country', { originCountry: 'KR' }, 'originCountry', 'registry.alpha3_format'],
    ['an item number with spaces', { itemNo: 'CJ 001' }, 'itemNo', 'registry.item_no_format'],
    ['an image that is not a web link', { imageUrls: ['file:///etc/passwd'] }, 'imageUrls.0', 'registry.image_url'],
  ];
  for (const [what, patch, path, message] of refused) {
    it(`refuses ${what} with a catalogue message`, () => {
      const r = ProductFilingInput.safeParse({ ...base, ...patch });
      assert.equal(r.success, false);
      const issue = r.error!.issues[0]!;
      assert.equal(issue.path.join('.'), path);
      assert.equal(issue.code, 'custom');
      assert.equal(issue.message, message);
    });
  }

  it('refuses a price given as a binary float', () => {
    assert.equal(ProductFilingInput.safeParse({ ...base, referencePrice: 128.5 }).success, false);
  });

  it('refuses unknown fields and unknown name languages', () => {
    assert.equal(ProductFilingInput.safeParse({ ...base, colour: 'red' }).success, false);
    assert.equal(ProductFilingInput.safeParse({ ...base, names: { fr: 'sérum' } }).success, false);
  });
});

