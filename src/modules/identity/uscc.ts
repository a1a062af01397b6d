/**
 * Identifier validation (POLICY-NOTES §5). Pure functions, no I/O.
 *
 * - Unified social credit code, GB 32100-2015 (§5.2).
 * - Customs 10-character enterprise code (§5.3): format only, there is no check digit.
 * - Resident identity number, GB 11643-1999 (§5.1).
 */

/** The 31 characters of GB 32100 (no I, O, S, V, Z); a character's value is its index. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_MOD = 31;

/** W_i = 3^(i−1) mod 31 for i = 1..17 → 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28. */
const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % USCC_MOD;
  return w;
});

export type UsccResult = { ok: true; code: string } | { ok: false; reason: 'format' | 'area' | 'check'; expected?: string };

function normalise(value: string): string {
  return value.trim().toUpperCase();
}

function inUsccAlphabet(value: string): boolean {
  for (const ch of value) if (!USCC_ALPHABET.includes(ch)) return false;
  return true;
}

/** Positions 3–8 (administrative area, GB/T 2260) must be digits. */
function hasDigitArea(value: string): boolean {
  return /^[0-9]{6}$/.test(value.slice(2, 8));
}

function sumOf(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i] as string) * (USCC_WEIGHTS[i] as number);
  return sum;
}

function checkCharOf(first17: string): string {
  return USCC_ALPHABET[(USCC_MOD - (sumOf(first17) % USCC_MOD)) % USCC_MOD] as string;
}

function assertBody(first17: string): string {
  const body = normalise(first17);
  if (body.length !== 17 || !inUsccAlphabet(body)) throw new Error(`not 17 USCC characters: ${JSON.stringify(first17)}`);
  return body;
}

/** The weighted sum S of the first 17 characters (exposed for tests and diagnostics). */
export function usccWeightedSum(first17: string): number {
  return sumOf(assertBody(first17));
}

/**
 * The check character for the first 17 characters of a USCC. Input is trimmed and upper-cased;
 * throws unless it is then exactly 17 characters of the GB 32100 alphabet.
 */
export function usccCheckChar(first17: string): string {
  return checkCharOf(assertBody(first17));
}

/**
 * Appends the check character (used to build demo codes). Also requires positions 3–8 to be digits,
 * so that the result always passes `validateUscc`.
 */
export function makeUscc(first17: string): string {
  const body = assertBody(first17);
  const check = checkCharOf(body);
  if (!hasDigitArea(body)) throw new Error(`USCC positions 3–8 must be digits: ${JSON.stringify(first17)}`);
  return body + check;
}

/** Validates a unified social credit code (GB 32100-2015). The returned code is trimmed and upper-cased. */
export function validateUscc(code: string): UsccResult {
  const value = normalise(code);
  if (value.length !== 18 || !inUsccAlphabet(value)) return { ok: false, reason: 'format' };
  if (!hasDigitArea(value)) return { ok: false, reason: 'area' };
  const expected = checkCharOf(value.slice(0, 17));
  if (value[17] !== expected) return { ok: false, reason: 'check', expected };
  return { ok: true, code: value };
}

/**
 * Customs 10-character enterprise code (§5.3). There is no check digit and real codes carry letters in
 * positions 7–10, so only the shape is checked; positions 1–6 are normally digits but are not enforced.
 * Existence must be verified against the customs filing registry.
 */
export function validateCustomsCode(code: string): boolean {
  return /^[0-9A-Z]{10}$/.test(code);
}

export type ResidentIdResult =
  | { ok: true; id: string; birthDate: string }
  | { ok: false; reason: 'format' | 'date' | 'check'; expected?: string };

/** W_i = 2^(18−i) mod 11 for i = 1..17 → 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2. */
const ID_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < 17 - i; k++) w = (w * 2) % 11;
  return w;
});
const ID_CHECK = '10X98765432';

/** The check character of a resident identity number from its first 17 digits; throws on bad input. */
export function residentIdCheckChar(first17: string): string {
  if (!/^[0-9]{17}$/.test(first17)) throw new Error(`not 17 digits: ${JSON.stringify(first17)}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] as string;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** YYYYMMDD → 'YYYY-MM-DD' when it is a real (proleptic Gregorian) calendar date with year ≥ 1800. */
function parseBirthDate(yyyymmdd: string): string | undefined {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1800 || m < 1 || m > 12 || d < 1) return undefined;
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  if (d > days) return undefined;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * Validates an 18-character resident identity number (GB 11643-1999): trimmed, a lower-case `x`
 * normalised to `X`, the birth date (positions 7–14) a real calendar date, then the check character.
 * The area code (positions 1–6) is not checked against GB/T 2260.
 */
export function validateResidentId(id: string): ResidentIdResult {
  const value = normalise(id);
  if (!/^[0-9]{17}[0-9X]$/.test(value)) return { ok: false, reason: 'format' };
  const birthDate = parseBirthDate(value.slice(6, 14));
  if (birthDate === undefined) return { ok: false, reason: 'date' };
  const expected = residentIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) return { ok: false, reason: 'check', expected };
  return { ok: true, id: value, birthDate };
}
