import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GENESIS_HASH, canonicalJson, rowHash, type HashedFields } from './audit.hash';

describe('canonicalJson', () => {
  it('sorts keys at every depth, so key order never matters', () => {
    const a = { b: 1, a: { y: [1, { q: true, p: null }], x: 'x' }, c: [] };
    const b = { c: [], a: { x: 'x', y: [1, { p: null, q: true }] }, b: 1 };
    assert.equal(canonicalJson(a), canonicalJson(b));
    assert.equal(canonicalJson(a), '{"a":{"x":"x","y":[1,{"p":null,"q":true}]},"b":1,"c":[]}');
  });

  it('keeps array order', () => {
    assert.notEqual(canonicalJson([1, 2]), canonicalJson([2, 1]));
    assert.notEqual(canonicalJson({ a: [{ x: 1 }, { y: 2 }] }), canonicalJson({ a: [{ y: 2 }, { x: 1 }] }));
  });

  it('is valid JSON that parses back to the same value', () => {
    const value = { zh: '中文', quote: 'a"b\\c', nl: 'line\nbreak', n: -1.5e-7, big: 1e21, t: true, f: false, z: null, arr: [[], {}, ''] };
    assert.deepEqual(JSON.parse(canonicalJson(value)), value);
  });

  it('drops undefined object members as JSON does, and writes undefined array items as null', () => {
    assert.equal(canonicalJson({ a: 1, b: undefined }), '{"a":1}');
    assert.equal(canonicalJson({ a: 1, b: undefined }), canonicalJson({ a: 1 }));
    assert.equal(canonicalJson([undefined, 1]), '[null,1]');
    assert.equal(canonicalJson(undefined), 'null');
  });

  it('writes scalars as JSON does', () => {
    assert.equal(canonicalJson(null), 'null');
    assert.equal(canonicalJson('s'), '"s"');
    assert.equal(canonicalJson(0), '0');
    assert.equal(canonicalJson(-0), '0');
    assert.equal(canonicalJson(Number.NaN), 'null');
    assert.equal(canonicalJson(true), 'true');
  });

  it('tells apart values that differ only deep down, or only in type', () => {
    assert.notEqual(canonicalJson({ a: { b: { c: 1 } } }), canonicalJson({ a: { b: { c: 2 } } }));
    assert.notEqual(canonicalJson({ a: 1 }), canonicalJson({ a: '1' }));
    assert.notEqual(canonicalJson({ a: null }), canonicalJson({}));
    assert.notEqual(canonicalJson({ a: [] }), canonicalJson({ a: {} }));
  });

  it('cannot be fooled by keys that look like JSON punctuation', () => {
    assert.notEqual(canonicalJson({ 'a":1,"b': 2 }), canonicalJson({ a: 1, b: 2 }));
  });

  it(
    'hashes what jsonb stores: values with toJSON (Date, Decimal) as their JSON form',
    () => {
      const at = new Date('2026-01-01T00:00:00Z');
      assert.equal(canonicalJson({ at }), canonicalJson(JSON.parse(JSON.stringify({ at }))));
    },
  );
});

const BASE: HashedFields = {
  chain: 'org:0190a000-0000-7000-8000-000000000001',
  seq: 7,
  id: '0190a000-0000-7000-8000-0000000000aa',
  at: new Date('2026-03-01T08:30:00.123Z'),
  actorOrgId: '0190a000-0000-7000-8000-000000000001',
  actorUserId: '0190a000-0000-7000-8000-000000000002',
  actorKeyId: null,
  action: 'org.approve',
  resourceType: 'organisation',
  resourceId: '0190a000-0000-7000-8000-000000000003',
  requestId: 'req-1',
  details: { from: 'pending', to: 'active', roles: ['ebc', 'logistics'], nested: { a: 1, b: [1, 2] } },
  prevHash: 'a'.repeat(64),
};

/** For every field, other values each of which must change the hash. The type makes the list complete. */
const CHANGES: { [K in keyof HashedFields]: HashedFields[K][] } = {
  chain: ['system', 'org:0190a000-0000-7000-8000-000000000009', ''],
  seq: [8, 1, 70],
  id: ['0190a000-0000-7000-8000-0000000000ab'],
  at: [new Date('2026-03-01T08:30:00.124Z'), new Date('2026-03-01T08:30:01.123Z')],
  actorOrgId: [null, '0190a000-0000-7000-8000-000000000009'],
  actorUserId: [null, '0190a000-0000-7000-8000-000000000009'],
  actorKeyId: ['0190a000-0000-7000-8000-000000000002', ''],
  action: ['org.reject', ''],
  resourceType: ['user'],
  resourceId: [null, '0190a000-0000-7000-8000-000000000004'],
  requestId: [null, 'req-2'],
  details: [
    {},
    { from: 'pending', to: 'suspended', roles: ['ebc', 'logistics'], nested: { a: 1, b: [1, 2] } },
    { from: 'pending', to: 'active', roles: ['logistics', 'ebc'], nested: { a: 1, b: [1, 2] } },
    { from: 'pending', to: 'active', roles: ['ebc', 'logistics'], nested: { a: 1, b: [1, 3] } },
    { from: 'pending', to: 'active', roles: ['ebc', 'logistics'], nested: { a: '1', b: [1, 2] } },
    { from: 'pending', to: 'active', roles: ['ebc', 'logistics'], nested: { a: 1, b: [1, 2] }, extra: null },
  ],
  prevHash: [GENESIS_HASH, 'b'.repeat(64), 'a'.repeat(63) + 'b'],
};

describe('rowHash', () => {
  it('is a SHA-256 in lower-case hex, like the genesis hash', () => {
    assert.match(rowHash(BASE), /^[0-9a-f]{64}$/);
    assert.match(GENESIS_HASH, /^0{64}$/);
  });

  it('is stable for equal input, whatever the object identity or key order', () => {
    const again: HashedFields = {
      ...structuredClone(BASE),
      details: { nested: { b: [1, 2], a: 1 }, roles: ['ebc', 'logistics'], to: 'active', from: 'pending' },
    };
    assert.equal(rowHash(again), rowHash(BASE));
    assert.equal(rowHash(BASE), rowHash(BASE));
  });

  it('does not depend on the key order of the row object itself', () => {
    const reversed = Object.fromEntries(Object.entries(BASE).reverse()) as unknown as HashedFields;
    assert.equal(rowHash(reversed), rowHash(BASE));
  });

  it('ignores fields outside the hashed set (e.g. the stored hash itself)', () => {
    const withHash = { ...BASE, hash: 'f'.repeat(64) } as HashedFields;
    assert.equal(rowHash(withHash), rowHash(BASE));
  });

  it('covers every field', () => {
    assert.deepEqual(Object.keys(CHANGES).sort(), Object.keys(BASE).sort());
  });

  for (const field of Object.keys(CHANGES) as (keyof HashedFields)[]) {
    it(`changes when ${field} changes`, () => {
      const base = rowHash(BASE);
      for (const value of CHANGES[field]) {
        const changed = { ...BASE, [field]: value } as HashedFields;
        assert.notEqual(rowHash(changed), base, `${field} = ${JSON.stringify(value)}`);
      }
    });
  }

  it('tells apart a value moved from one field to its neighbour', () => {
    const a = { ...BASE, actorUserId: 'x', actorKeyId: null };
    const b = { ...BASE, actorUserId: null, actorKeyId: 'x' };
    assert.notEqual(rowHash(a), rowHash(b));
    const c = { ...BASE, resourceId: 'r', requestId: null };
    const d = { ...BASE, resourceId: null, requestId: 'r' };
    assert.notEqual(rowHash(c), rowHash(d));
  });

  it('tells apart null from the string "null" and an empty string', () => {
    const hashes = [null, 'null', ''].map((requestId) => rowHash({ ...BASE, requestId }));
    assert.equal(new Set(hashes).size, 3);
  });

  it('hashes the instant, not the Date object or its time zone rendering', () => {
    assert.equal(rowHash({ ...BASE, at: new Date(BASE.at.getTime()) }), rowHash(BASE));
    assert.equal(rowHash({ ...BASE, at: new Date('2026-03-01T16:30:00.123+08:00') }), rowHash(BASE));
  });

  it('chains: the next row depends on the previous row’s hash', () => {
    const first = rowHash({ ...BASE, seq: 1, prevHash: GENESIS_HASH });
    const second = rowHash({ ...BASE, seq: 2, id: 'row-2', prevHash: first });
    const secondAfterTamper = rowHash({ ...BASE, seq: 2, id: 'row-2', prevHash: rowHash({ ...BASE, seq: 1, prevHash: GENESIS_HASH, action: 'x' }) });
    assert.notEqual(second, secondAfterTamper);
  });
});
