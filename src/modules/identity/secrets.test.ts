import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API_KEY_PREFIX, SESSION_PREFIX, dummyPasswordHash, hashPassword, newSecretToken, sha256, verifyPassword } from './secrets';

/** The lowest scrypt cost worth testing with: fast, and still a power of two as scrypt demands. */
const COST = 1024;

describe('hashPassword / verifyPassword', () => {
  it('round-trips', async () => {
    const stored = await hashPassword('correct horse battery staple', COST);
    assert.equal(await verifyPassword('correct horse battery staple', stored), true);
  });

  it('refuses a wrong password', async () => {
    const stored = await hashPassword('correct horse battery staple', COST);
    for (const wrong of ['correct horse battery stapl', 'Correct horse battery staple', 'correct horse battery staple ', '', 'x']) {
      assert.equal(await verifyPassword(wrong, stored), false, JSON.stringify(wrong));
    }
  });

  it('handles the empty password and non-ASCII passwords', async () => {
    assert.equal(await verifyPassword('', await hashPassword('', COST)), true);
    const stored = await hashPassword('비밀번호-パスワード-пароль-密码', COST);
    assert.equal(await verifyPassword('비밀번호-パスワード-пароль-密码', stored), true);
    assert.equal(await verifyPassword('비밀번호-パスワード-пароль-密吗', stored), false);
  });

  it('treats compatibility-equivalent forms alike (NFKC), so a full-width IME entry still signs in', async () => {
    const stored = await hashPassword('Pass123', COST);
    assert.equal(await verifyPassword('Ｐａｓｓ１２３', stored), true);
  });

  it('salts: two hashes of the same password differ, and both verify', async () => {
    const a = await hashPassword('same password', COST);
    const b = await hashPassword('same password', COST);
    assert.notEqual(a, b);
    assert.notEqual(a.split('$')[4], b.split('$')[4], 'salts differ');
    assert.notEqual(a.split('$')[5], b.split('$')[5], 'keys differ');
    assert.equal(await verifyPassword('same password', a), true);
    assert.equal(await verifyPassword('same password', b), true);
  });

  it('stores scrypt$N$r$p$salt$hash, naming the algorithm and its cost', async () => {
    const stored = await hashPassword('pw', COST);
    const parts = stored.split('$');
    assert.equal(parts.length, 6);
    const [alg, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
    assert.equal(alg, 'scrypt');
    assert.equal(n, String(COST));
    assert.equal(r, '8');
    assert.equal(p, '1');
    assert.match(salt, /^[A-Za-z0-9_-]+$/);
    assert.match(hash, /^[A-Za-z0-9_-]+$/);
    assert.equal(Buffer.from(salt, 'base64url').length, 16);
    assert.equal(Buffer.from(hash, 'base64url').length, 32);
    assert.ok(!stored.includes('pw$') && !stored.endsWith('$pw'), 'the password itself is not stored');
  });

  it('verifies with the cost recorded in the stored hash, so the cost can rise later', async () => {
    const old = await hashPassword('pw', 1024);
    const newer = await hashPassword('pw', 2048);
    assert.equal(newer.split('$')[1], '2048');
    assert.equal(await verifyPassword('pw', old), true);
    assert.equal(await verifyPassword('pw', newer), true);
  });

  it('is false for a stored hash whose recorded cost was altered', async () => {
    const stored = await hashPassword('pw', 1024);
    const altered = stored.replace(/^scrypt\$1024\$/, 'scrypt$2048$');
    assert.notEqual(altered, stored);
    assert.equal(await verifyPassword('pw', altered), false);
  });

  it('is false for structurally malformed stored hashes', async () => {
    const good = await hashPassword('pw', COST);
    const [, n, r, p, salt, hash] = good.split('$') as [string, string, string, string, string, string];
    const malformed = [
      '',
      'pw',
      'scrypt',
      '$$$$$',
      `bcrypt$${n}$${r}$${p}$${salt}$${hash}`,
      `SCRYPT$${n}$${r}$${p}$${salt}$${hash}`,
      `scrypt$${n}$${r}$${p}$${salt}`,
      `scrypt$${n}$${r}$${p}$$${hash}`,
      `scrypt$${n}$${r}$${p}$${salt}$`,
      `scrypt$$${r}$${p}$${salt}$${hash}`,
      `scrypt$${n}$$${p}$${salt}$${hash}`,
      `scrypt$${n}$${r}$$${salt}$${hash}`,
      `scrypt$${n}$${r}$${p}$${salt}$${hash.slice(0, -4)}`, // truncated key
      `scrypt$${n}$${r}$${p}$${salt}$${hash}AAAA`, // lengthened key
      `scrypt$${n}$${r}$${p}$${salt}$***`,
      `scrypt$${n}$${r}$${p}$AAAAAAAAAAAAAAAAAAAAAA$${hash}`, // another salt
    ];
    for (const stored of malformed) {
      assert.equal(await verifyPassword('pw', stored), false, stored);
    }
  });

  it(
    'is false, not a rejection, when the stored cost is not a valid scrypt cost',
    async () => {
      const good = await hashPassword('pw', COST);
      const [, , r, p, salt, hash] = good.split('$') as [string, string, string, string, string, string];
      for (const n of ['abc', '1000', '-1']) {
        assert.equal(await verifyPassword('pw', ['scrypt', n, r, p, salt, hash].join('$')), false, n);
      }
    },
  );
});

describe('dummyPasswordHash', () => {
  it('is a valid scrypt hash at the given cost that no ordinary password matches', async () => {
    const stored = await dummyPasswordHash(COST);
    assert.match(stored, new RegExp(`^scrypt\\$${COST}\\$8\\$1\\$`));
    assert.equal(await verifyPassword('', stored), false);
    assert.equal(await verifyPassword('password', stored), false);
  });

  it('is computed once and reused', async () => {
    assert.equal(await dummyPasswordHash(COST), await dummyPasswordHash(COST));
  });
});

describe('newSecretToken', () => {
  const BASE64URL_256_BITS = /^[A-Za-z0-9_-]{43}$/;

  for (const prefix of [SESSION_PREFIX, API_KEY_PREFIX.production, API_KEY_PREFIX.sandbox, '']) {
    it(`carries the prefix '${prefix}' and 256 random bits in base64url`, () => {
      const token = newSecretToken(prefix);
      assert.ok(token.startsWith(prefix));
      const body = token.slice(prefix.length);
      assert.match(body, BASE64URL_256_BITS);
      assert.equal(Buffer.from(body, 'base64url').length, 32);
    });
  }

  it('uses distinct prefixes for sessions, live keys and test keys', () => {
    assert.equal(SESSION_PREFIX, 'ts_');
    assert.equal(API_KEY_PREFIX.production, 'tk_live_');
    assert.equal(API_KEY_PREFIX.sandbox, 'tk_test_');
    assert.equal(new Set([SESSION_PREFIX, API_KEY_PREFIX.production, API_KEY_PREFIX.sandbox]).size, 3);
  });

  it('never repeats, and looks random', () => {
    const tokens = Array.from({ length: 2000 }, () => newSecretToken('ts_'));
    assert.equal(new Set(tokens).size, tokens.length);
    // Rough entropy check: over 2000 × 43 characters every base64url symbol turns up.
    const symbols = new Set(tokens.join('').replaceAll('ts_', ''));
    assert.equal(symbols.size, 64);
  });
});

describe('sha256', () => {
  it('gives the standard digests in lower-case hex', () => {
    assert.equal(sha256(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes of the text', () => {
    // SHA-256 of the UTF-8 bytes e4 b8 ad ("中"), as computed by another implementation.
    assert.equal(sha256('中'), 'a567bdaa11367f260f0708391f4d10766b5962f565d9e432f17981a3584fe1e2');
    assert.match(sha256('任意の文字列'), /^[0-9a-f]{64}$/);
  });

  it('is deterministic and sensitive to every character', () => {
    const token = newSecretToken('tk_live_');
    assert.equal(sha256(token), sha256(token));
    assert.notEqual(sha256(token), sha256(token.slice(0, -1)));
  });
});
