import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import { Dec, dec, decText, sum, toFen } from './money';

describe('dec', () => {
  it('accepts decimal strings exactly, however many places', () => {
    assert.equal(dec('0.1').toFixed(), '0.1');
    assert.equal(dec('-12.345').toFixed(), '-12.345');
    assert.equal(dec('123456789012345678901234567890.123456789').toFixed(), '123456789012345678901234567890.123456789');
    assert.equal(dec('1e3').toFixed(), '1000');
  });

  it('accepts safe integers given as numbers', () => {
    assert.equal(dec(0).toFixed(), '0');
    assert.equal(dec(42).toFixed(), '42');
    assert.equal(dec(-7).toFixed(), '-7');
    assert.equal(dec(Number.MAX_SAFE_INTEGER).toFixed(), '9007199254740991');
  });

  it('accepts a Decimal and returns an equal value', () => {
    assert.equal(dec(new Decimal('3.50')).toFixed(), '3.5');
    assert.equal(dec(new Dec('0.005')).toFixed(), '0.005');
  });

  for (const bad of [0.1, 1.5, -2.675, 0.1 + 0.2, 1e-7]) {
    it(`refuses the binary float ${bad}`, () => {
      assert.throws(() => dec(bad), { name: 'TypeError', message: /binary float/ });
    });
  }

  it('refuses integers beyond the safe range (already rounded by the float)', () => {
    assert.throws(() => dec(2 ** 53), TypeError);
    assert.throws(() => dec(-(2 ** 53)), TypeError);
  });

  for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
    it(`refuses the non-finite number ${bad}`, () => {
      assert.throws(() => dec(bad), TypeError);
    });
  }

  for (const bad of ['NaN', 'Infinity', '-Infinity']) {
    it(`refuses the non-finite string '${bad}'`, () => {
      assert.throws(() => dec(bad), { name: 'TypeError', message: /not a finite decimal/ });
    });
  }

  it('refuses a non-finite Decimal', () => {
    assert.throws(() => dec(new Decimal(Number.NaN)), TypeError);
    assert.throws(() => dec(new Decimal('Infinity')), TypeError);
  });

  for (const bad of ['', 'abc', '1,5', '1.2.3', '¥10']) {
    it(`refuses the non-numeric string '${bad}'`, () => {
      assert.throws(() => dec(bad));
    });
  }

  it('does arithmetic without binary-float noise', () => {
    assert.equal(dec('0.1').plus(dec('0.2')).toFixed(), '0.3');
    assert.equal(dec('1.1').times(dec('3')).toFixed(), '3.3');
  });
});

describe('toFen', () => {
  const cases: [string, string][] = [
    ['0.125', '0.13'],
    ['0.124', '0.12'],
    ['0.005', '0.01'],
    ['0.004', '0'],
    ['0.0049999999', '0'],
    ['2.675', '2.68'], // as a binary float 2.675 is 2.67499999…, so float rounding gives 2.67
    ['1.005', '1.01'], // likewise 1.00499999… as a float
    ['1.015', '1.02'],
    ['10', '10'],
    ['10.1', '10.1'],
    ['99.995', '100'],
    ['123456789.994', '123456789.99'],
    ['123456789.995', '123456790'],
    // Half up is symmetric about zero in decimal.js (ROUND_HALF_UP = half away from zero).
    ['-0.125', '-0.13'],
    ['-0.124', '-0.12'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => {
      assert.equal(toFen(dec(input)).toFixed(), expected);
    });
  }

  it('differs from float rounding where the float is wrong', () => {
    // The check that the cases above are meaningful: a float really does get 2.675 wrong.
    assert.equal((2.675).toFixed(2), '2.67');
    assert.equal(toFen(dec('2.675')).toFixed(2), '2.68');
  });

  it('keeps at most two places and does not mutate its input', () => {
    const v = dec('7.77777');
    assert.equal(toFen(v).decimalPlaces(), 2);
    assert.equal(v.toFixed(), '7.77777');
  });
});

describe('sum', () => {
  it('is zero for no values', () => {
    assert.equal(sum([]).toFixed(), '0');
  });

  it('adds exactly', () => {
    assert.equal(sum(['0.1', '0.2', '0.3'].map(dec)).toFixed(), '0.6');
    assert.equal(sum(Array.from({ length: 10 }, () => dec('0.1'))).toFixed(), '1');
    assert.equal(sum([dec('100.005'), dec('-0.005')]).toFixed(), '100');
  });

  it('takes any iterable, including a generator', () => {
    function* fens() {
      yield dec('0.01');
      yield dec('0.02');
    }
    assert.equal(sum(fens()).toFixed(), '0.03');
    assert.equal(sum(new Set([dec('1'), dec('2')])).toFixed(), '3');
  });

  it('keeps precision beyond float range', () => {
    assert.equal(sum([dec('9007199254740993'), dec('0.01')]).toFixed(), '9007199254740993.01');
  });
});

describe('decText', () => {
  it('writes the plain canonical form without exponent or trailing zeros', () => {
    assert.equal(decText(dec('1.50')), '1.5');
    assert.equal(decText(dec('0.0000001')), '0.0000001');
    assert.equal(decText(dec('1e21')), '1000000000000000000000');
    assert.equal(decText(dec('-3')), '-3');
    assert.equal(decText(dec('0')), '0');
  });

  it('pads or rounds half up to a fixed number of places when asked', () => {
    assert.equal(decText(dec('1.5'), 2), '1.50');
    assert.equal(decText(dec('2'), 2), '2.00');
    assert.equal(decText(dec('2.675'), 2), '2.68');
    assert.equal(decText(dec('0.125'), 2), '0.13');
    assert.equal(decText(dec('0.124'), 2), '0.12');
    assert.equal(decText(dec('1.23456'), 4), '1.2346');
    assert.equal(decText(dec('1.5'), 0), '2');
  });

  it('round-trips through dec', () => {
    for (const s of ['0', '1', '-1', '0.01', '12345.6789', '1000000000000000000000.000001']) {
      assert.equal(decText(dec(s)), s);
    }
  });
});
