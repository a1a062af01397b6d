import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Password hashing with scrypt, a memory-hard KDF in Node's own crypto (no native add-on to build).
 * Stored as `scrypt$N$r$p$salt$hash` so the cost can rise later without breaking old hashes.
 */
const R = 8;
const P = 1;
const KEY_LEN = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LEN, { N: n, r, p, maxmem: 256 * n * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string, cost: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, R, P);
  return ['scrypt', cost, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const MAX_COST = 2 ** 20;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6) return false;
  const [alg, nText, rText, pText, salt, hash] = parts as [string, string, string, string, string, string];
  const [n, r, p] = [nText, rText, pText].map((x) => (/^[1-9][0-9]{0,7}$/.test(x) ? Number(x) : NaN)) as [number, number, number];
  // Only well-formed costs reach scrypt: a power of two within bounds, small positive r and p.
  if (alg !== 'scrypt' || !(n >= 2 && n <= MAX_COST && (n & (n - 1)) === 0) || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16)) return false;
  const expected = Buffer.from(hash, 'base64url');
  if (!salt || expected.length !== KEY_LEN) return false;
  try {
    const key = await derive(password, Buffer.from(salt, 'base64url'), n, r, p);
    return timingSafeEqual(key, expected);
  } catch {
    return false;
  }
}

/** A hash to compare against when the user does not exist, so timing does not reveal user names. */
let dummy: Promise<string> | undefined;
export function dummyPasswordHash(cost: number): Promise<string> {
  dummy ??= hashPassword('no such user', cost);
  return dummy;
}

/** Session tokens and API keys are 256 random bits: a plain SHA-256 is a safe at-rest form for them. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function newSecretToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export const SESSION_PREFIX = 'ts_';
export const API_KEY_PREFIX = { production: 'tk_live_', sandbox: 'tk_test_' } as const;
