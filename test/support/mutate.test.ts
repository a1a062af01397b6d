import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { MUTATION_KINDS, mutations, Rng } from './mutate';
import type { Mutation, MutationKind } from './mutate';
import { validateCeb } from './xsd';

const FIXTURES = fileURLToPath(new URL('../fixtures/ceb', import.meta.url));
/** The samples SPEC-NOTES §3/§12 says are schema-invalid (test/ceb-samples.test.ts checks that). */
const INVALID_SAMPLES = new Set([
  ...['303', '403', '505', '507', '509', '603', '605', '607'].map((n) => `CEB${n}Message.sample1.xml`),
  'CEB792Message.sample1.xml',
  'CEB792Message.sample2.xml',
  'CEB214Message.sample1.xml',
]);
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml') && !INVALID_SAMPLES.has(f)).sort();
const bases = files.map((f) => readFileSync(`${FIXTURES}/${f}`, 'utf8'));

/** Kinds whose every mutant breaks well-formedness or a schema rule, whatever the base. */
const ALWAYS_INVALID: MutationKind[] = [
  'truncate',
  'overlong-by-one',
  'overlong-by-a-lot',
  'non-numeric',
  'too-many-decimals',
  'unknown-root',
  'wrong-namespace',
  'missing-namespace',
  'unknown-element',
  'stray-ampersand',
  'stray-less-than',
  'billion-laughs',
  'deep-nesting',
  'invalid-utf8',
  'empty-body',
  'huge-attribute',
];

function same(a: Mutation, b: Mutation): boolean {
  const xmlEqual = typeof a.xml === 'string' || typeof b.xml === 'string' ? a.xml === b.xml : a.xml.equals(b.xml);
  return a.kind === b.kind && a.base === b.base && a.detail === b.detail && xmlEqual;
}

describe('CEB mutation generator', () => {
  it('has a deterministic PRNG', () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed);
      return Array.from({ length: 1000 }, () => rng.int(1000));
    };
    assert.deepEqual(draw(1), draw(1));
    assert.notDeepEqual(draw(1), draw(2));
    // Roughly uniform: every decile gets 10 % ± 3 % of 1000 draws.
    const deciles = new Array<number>(10).fill(0);
    for (const x of draw(99)) deciles[Math.floor(x / 100)]! += 1;
    for (const d of deciles) assert.ok(d > 70 && d < 130, `deciles ${deciles.join(',')}`);
  });

  it('is deterministic: same seed and bases → same mutants', () => {
    const a = [...mutations(1234, 300, bases)];
    const b = [...mutations(1234, 300, bases)];
    assert.equal(a.length, 300);
    a.forEach((m, i) => assert.ok(same(m, b[i] as Mutation), `mutant ${i} (${m.kind}) differs between runs`));
    const c = [...mutations(1235, 300, bases)];
    assert.ok(c.some((m, i) => !same(m, a[i] as Mutation)), 'another seed gives other mutants');
  });

  it('uses valid bases', () => {
    assert.ok(bases.length >= 50, `bases: ${bases.length}`);
    files.forEach((f, i) => {
      const r = validateCeb(bases[i] as string);
      assert.ok(r.valid, `${f}: ${r.errors.map((e) => `${e.line}: ${e.message}`).join('\n')}`);
    });
  });

  it('produces every kind in 2,000 mutants, mostly schema-invalid', () => {
    const stats = new Map<MutationKind, { n: number; invalid: number; example?: Mutation }>();
    for (const m of mutations(20_250_501, 2000, bases)) {
      const s = stats.get(m.kind) ?? { n: 0, invalid: 0 };
      s.n += 1;
      if (validateCeb(m.xml).valid) s.example ??= m;
      else s.invalid += 1;
      stats.set(m.kind, s);
    }
    const table = () => [...stats].map(([k, s]) => `${k}: ${s.invalid}/${s.n} invalid${s.example ? ` (valid e.g.: ${s.example.detail})` : ''}`).join('\n');
    for (const kind of MUTATION_KINDS) assert.ok((stats.get(kind)?.n ?? 0) > 0, `kind ${kind} never produced\n${table()}`);
    for (const kind of ALWAYS_INVALID) {
      const s = stats.get(kind);
      assert.equal(s?.invalid, s?.n, `every ${kind} mutant should be invalid\n${table()}`);
    }
    const invalid = [...stats.values()].reduce((sum, s) => sum + s.invalid, 0);
    assert.ok(invalid >= 0.6 * 2000, `only ${invalid} of 2000 mutants are schema-invalid\n${table()}`);
  });

  it('keeps producing for 10,000 mutants (the fuzz run) without failing', () => {
    let n = 0;
    let bytes = 0;
    for (const m of mutations(7, 10_000, bases)) {
      assert.ok(typeof m.xml === 'string' || Buffer.isBuffer(m.xml));
      bytes += m.xml.length;
      n += 1;
    }
    assert.equal(n, 10_000);
    assert.ok(bytes > 0);
  });
});
