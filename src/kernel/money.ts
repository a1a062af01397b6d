import Decimal from 'decimal.js';

/** One Decimal constructor for money and quantities; never a binary float. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export type DecimalInput = string | number | Decimal;

/** Parses a decimal given as a string (the wire form) or an integer; refuses non-finite and float noise. */
export function dec(value: DecimalInput): Decimal {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new TypeError(`refusing binary float ${value}: pass money and quantities as strings`);
  }
  const d = new Dec(value);
  if (!d.isFinite()) throw new TypeError(`not a finite decimal: ${String(value)}`);
  return d;
}

/** Rounds to the fen (0.01 CNY), half up — the step the tax rules name. */
export function toFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Canonical text form for storage in `numeric` columns and for JSON. */
export function decText(value: Decimal, places?: number): string {
  return places === undefined ? value.toFixed() : value.toFixed(places, Decimal.ROUND_HALF_UP);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = new Dec(0);
  for (const v of values) total = total.plus(v);
  return total;
}
