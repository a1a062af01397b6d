/**
 * 10,000 mutated messages against POST /api/ceb: none may produce a 500 or bring the server down, every
 * rejection is a receipt (or, above the body limit, an error), wherever libxml2 — the real schema validator
 * over the official XSDs — finds a message invalid the platform refuses it, and wherever libxml2 accepts one the
 * platform does not call its format faulty (save the few rules where it is deliberately stricter).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { parseCeb } from '../src/modules/ceb';
import { startTestApp, type TestApp } from './support/app';
import { businessReady, createKey, postXml, REQUEST_TYPE_NAMES, sampleXml } from './support/ceb';
import { dbTargets } from './support/db';
import { mutations, type MutationKind } from './support/mutate';
import { validateCeb } from './support/xsd';

const COUNT = 10_000;
/** Refused on purpose beyond what the schema checks: DOCTYPEs and entity declarations (security), bytes that are not UTF-8. */
const STRICTER_THAN_XSD = new Set<MutationKind>(['billion-laughs', 'external-entity', 'invalid-utf8', 'byte-flip', 'bom']);

const [target] = dbTargets();

describe(`CEB interface under ${COUNT} mutated messages [${target}]`, () => {
  let app: TestApp;
  let key: string;
  let bases: string[];

  before(async () => {
    app = await startTestApp(target!, { config: { TUMEN_CLEARANCE_RULES: 'off' } });
    key = await createKey(app, 'hanbit', 'sandbox');
    const code = (await rows<{ c: string }>(app.ctx.db, sql`select customs_code as c from organisations where id = ${app.orgId.hanbit}`))[0]!.c;
    // The types whose schema requires a signature keep the sample's (dummy) one, so that the bases are schema-valid.
    const signed = new Set(['CEB621Message', 'CEB623Message', 'CEB625Message', 'CEB711Message']);
    bases = REQUEST_TYPE_NAMES.map((t) => businessReady(sampleXml(t), code, { tag: `F${t.slice(3, 6)}`, keepSignature: signed.has(t) }));
    for (const b of bases) assert.ok(validateCeb(b).valid, 'every base is schema-valid');
  });
  after(async () => app?.close());

  it('answers every one with 2xx or 4xx, a parseable receipt, and refuses what the schema refuses', async () => {
    const statuses = new Map<number, number>();
    const disagreements: string[] = [];
    let n = 0;
    const started = Date.now();
    for (const m of mutations(20261128, COUNT, bases)) {
      n++;
      const res = await postXml(app, key, m.xml);
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      assert.ok(res.statusCode < 500, `#${n} ${m.kind} (${m.detail}): ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (res.statusCode === 413) continue;
      if (res.statusCode >= 400 && res.headers['content-type']?.toString().startsWith('application/json')) {
        const err = (res.json() as { error?: { code?: string } }).error;
        assert.ok(err?.code, `#${n} ${m.kind}: JSON error without code`);
        continue;
      }
      const receipt = parseCeb(res.body, { lenient: true });
      assert.ok(receipt.ok, `#${n} ${m.kind}: the answer is a CEB receipt`);
      const schemaValid = validateCeb(m.xml).valid;
      const formatRejected = res.statusCode === 400;
      // What the schema refuses, the platform refuses: as a format failure, or — for faults inside ds:Signature,
      // which the platform hands to the signature verifier — as a signature failure.
      if (!schemaValid && res.statusCode < 400) disagreements.push(`#${n} ${m.kind} (${m.detail}): libxml2 refuses it, the platform answered ${res.statusCode}`);
      // The receipt must echo copNo (CEB621/623/625), which the schema lets the request leave out (SPEC-NOTES §12).
      const echoRule = /\[ceb\.field_required\][^\n]*\/(copNo|statisticsFlag)\)/.test(res.body);
      if (schemaValid && formatRejected && !STRICTER_THAN_XSD.has(m.kind) && !echoRule) disagreements.push(`#${n} ${m.kind} (${m.detail}): libxml2 accepts it, the platform refused its format: ${res.body.slice(0, 400)}`);
      if (n % 2500 === 0) process.stdout.write(`# fuzz: ${n}/${COUNT} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
    assert.equal(n, COUNT);
    assert.deepEqual(disagreements, []);
    assert.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200);
    process.stdout.write(`# fuzz statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n`);
  });
});
