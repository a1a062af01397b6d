import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generate, GENERATED_DIR } from '../../../scripts/ceb-codegen';
import { buildCeb, checkDocument, parseCeb, type Problem } from './codec';
import { MESSAGE_TYPES } from './contracts';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ceb', import.meta.url));
const samples = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')).sort();
const read = (f: string) => readFileSync(join(FIXTURES, f));

/** Samples SPEC-NOTES §3 and §12 name as faulty against the 202205 schema, and the fault. */
const FAULTY: Record<string, (p: Problem[]) => boolean> = {
  'CEB214Message.sample1.xml': (p) => p.length === 1 && p[0]?.code === 'ceb.unknown_message',
  'CEB792Message.sample1.xml': (p) => p.every((x) => x.code === 'ceb.field_required' && x.path.endsWith('/gseqno')),
  'CEB792Message.sample2.xml': (p) => p.every((x) => x.code === 'ceb.field_required' && x.path.endsWith('/gseqno')),
};
for (const n of ['303', '403', '505', '507', '509', '603', '605', '607']) {
  FAULTY[`CEB${n}Message.sample1.xml`] = (p) => p.length === 1 && p[0]?.code === 'ceb.element_too_many' && p[0].path === `/CEB${n}Message/BaseTransfer[2]`;
}

describe('CEB codec over the official samples', () => {
  it('covers every message type of the 202205 schemas', () => {
    assert.equal(MESSAGE_TYPES.length, 42);
    for (const t of ['CEB311Message', 'CEB816Message', 'CEB818Message', 'CEB900Message', 'CEB213Message', 'CEB216Message', 'CEB792Message']) assert.ok(MESSAGE_TYPES.includes(t as never), t);
  });

  for (const file of samples) {
    it(`${file}: ${FAULTY[file] ? 'fails exactly where SPEC-NOTES says' : 'parses, validates and round-trips'}`, () => {
      const parsed = parseCeb(read(file));
      const faulty = FAULTY[file];
      if (faulty) {
        assert.equal(parsed.ok, false);
        if (!parsed.ok) assert.ok(faulty(parsed.problems), JSON.stringify(parsed.problems));
        return;
      }
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
      const xml = buildCeb(parsed.type, parsed.document);
      const again = parseCeb(xml);
      assert.ok(again.ok, JSON.stringify(!again.ok && again.problems));
      assert.deepEqual(again.document, parsed.document);
      assert.equal(again.type, parsed.type);
    });
  }

  it('reads the default-namespace receipts and the prefixed requests alike', () => {
    const receipt = parseCeb(read('CEB622Message.sample1.xml'));
    assert.ok(receipt.ok);
    assert.equal(receipt.type, 'CEB622Message');
    const prefixed = buildCeb('CEB622Message', receipt.document as never);
    assert.match(prefixed, /<ceb:CEB622Message /);
  });
});

function problemsOf(xml: string | Buffer): Problem[] {
  const r = parseCeb(xml);
  assert.equal(r.ok, false, 'expected a rejection');
  return r.ok ? [] : r.problems;
}

describe('CEB codec problems name the XML path', () => {
  const base = read('CEB311Message.sample2.xml').toString('utf8');

  it('a missing required field', () => {
    const p = problemsOf(base.replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, ''));
    assert.deepEqual(
      p.map((x) => [x.code, x.path]),
      [['ceb.field_required', '/CEB311Message/Order[1]/OrderHead/orderNo']],
    );
  });

  it('a too-long field, counted in characters', () => {
    const p = problemsOf(base.replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, `<ceb:orderNo>${'订'.repeat(61)}</ceb:orderNo>`));
    assert.deepEqual(p, [{ code: 'ceb.field_too_long', path: '/CEB311Message/Order[1]/OrderHead/orderNo', params: { max: 60 } }]);
    assert.ok(parseCeb(base.replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, `<ceb:orderNo>${'订'.repeat(60)}</ceb:orderNo>`)).ok, 'exactly 60 characters is fine');
  });

  it('a bad decimal, too many decimals, a bad integer', () => {
    assert.equal(problemsOf(base.replace(/<ceb:goodsValue>[^<]*</, '<ceb:goodsValue>12,5<'))[0]?.code, 'ceb.field_decimal');
    assert.equal(problemsOf(base.replace(/<ceb:goodsValue>[^<]*</, '<ceb:goodsValue>1.123456<'))[0]?.code, 'ceb.field_fraction_digits');
    assert.deepEqual(problemsOf(base.replace(/<ceb:gnum>1</, '<ceb:gnum>one<'))[0], { code: 'ceb.field_int', path: '/CEB311Message/Order[1]/OrderList[1]/gnum' });
  });

  it('an unknown element, an element out of order, a duplicate', () => {
    assert.deepEqual(problemsOf(base.replace('<ceb:orderNo>', '<ceb:extra>x</ceb:extra><ceb:orderNo>'))[0], { code: 'ceb.element_unexpected', path: '/CEB311Message/Order[1]/OrderHead/extra[1]', params: { element: 'extra' } });
    const swapped = base.replace(/(<ceb:orderType>[^<]*<\/ceb:orderType>)(\s*)(<ceb:orderNo>[^<]*<\/ceb:orderNo>)/, '$3$2$1');
    assert.equal(problemsOf(swapped)[0]?.code, 'ceb.element_order');
    assert.equal(problemsOf(base.replace(/(<ceb:orderNo>[^<]*<\/ceb:orderNo>)/, '$1$1'))[0]?.code, 'ceb.element_too_many');
  });

  it('malformed XML, a DOCTYPE, an unknown message, a wrong namespace, bad bytes', () => {
    assert.equal(problemsOf(base.slice(0, base.length / 2))[0]?.code, 'ceb.xml_malformed');
    assert.equal(problemsOf(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${base.replace(/^<\?xml[^>]*>/, '')}`)[0]?.code, 'ceb.xml_doctype');
    assert.equal(problemsOf(base.replace(/CEB311Message/g, 'CEB999Message'))[0]?.code, 'ceb.unknown_message');
    assert.equal(problemsOf(base.replace('http://www.chinaport.gov.cn/ceb', 'urn:other'))[0]?.code, 'ceb.namespace');
    assert.equal(problemsOf(Buffer.concat([Buffer.from(base.slice(0, 200)), Buffer.from([0xc3, 0x28]), Buffer.from(base.slice(200))]))[0]?.code, 'ceb.xml_encoding');
    assert.equal(problemsOf('')[0]?.code, 'ceb.xml_malformed');
    assert.equal(problemsOf(base.replace('<ceb:note>', '<ceb:note>&bogus;'))[0]?.code, 'ceb.xml_malformed');
  });

  it('decodes entities and character references, and builds them back', () => {
    const r = parseCeb(base.replace(/<ceb:orderNo>[^<]*</, '<ceb:orderNo>A&amp;B&#x4E2D;&lt;<'));
    assert.ok(r.ok);
    const head = (r.document as { Order: { OrderHead: { orderNo: string } }[] }).Order[0]?.OrderHead;
    assert.equal(head?.orderNo, 'A&B中<');
    assert.match(buildCeb(r.type, r.document), /<ceb:orderNo>A&amp;B中&lt;<\/ceb:orderNo>/);
  });

  it('lenient parsing skips unknown elements in what others send back and keeps unknown codes', () => {
    const receipt = read('CEB622Message.sample1.xml').toString('utf8').replace(/<returnStatus>[^<]*</, '<returnStatus>400<').replace(/<returnInfo>/, '<vendorExtra>x</vendorExtra><returnInfo>');
    assert.equal(parseCeb(receipt).ok, false);
    const r = parseCeb(receipt, { lenient: true });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    assert.equal(r.warnings[0]?.code, 'ceb.element_unexpected');
    assert.equal((r.document as { InventoryReturn: { returnStatus: string }[] }).InventoryReturn[0]?.returnStatus, '400');
  });
});

describe('CEB JSON documents follow the same contract', () => {
  it('a document parsed from XML passes as JSON; a JSON number where a decimal string belongs does not', () => {
    const parsed = parseCeb(read('CEB411Message.sample2.xml'));
    assert.ok(parsed.ok);
    const json = JSON.parse(JSON.stringify(parsed.document)) as { Payment: { PaymentHead: Record<string, unknown> }[] };
    assert.ok(checkDocument('CEB411Message', json).ok);
    const head = json.Payment[0]?.PaymentHead as Record<string, unknown>;
    head.amountPaid = 12.5;
    const r = checkDocument('CEB411Message', json);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.problems[0]?.path, '/CEB411Message/Payment[1]/PaymentHead/amountPaid');
    delete head.amountPaid;
    const missing = checkDocument('CEB411Message', json);
    assert.ok(!missing.ok && missing.problems.some((p) => p.code === 'ceb.field_required' && p.path.endsWith('/amountPaid')));
  });

  it('unknown keys are named, arrays over their limit are refused', () => {
    const parsed = parseCeb(read('CEB311Message.sample2.xml'));
    assert.ok(parsed.ok);
    const doc = JSON.parse(JSON.stringify(parsed.document)) as { Order: { OrderList: unknown[]; bogus?: number }[] };
    (doc.Order[0] as { bogus?: number }).bogus = 1;
    const list = doc.Order[0]!.OrderList;
    while (list.length < 100) list.push(list[0]);
    const r = checkDocument('CEB311Message', doc);
    assert.ok(!r.ok);
    if (!r.ok) {
      assert.ok(r.problems.some((p) => p.code === 'ceb.element_unexpected' && p.path === '/CEB311Message/Order[1]/bogus'), JSON.stringify(r.problems));
      assert.ok(r.problems.some((p) => p.code === 'ceb.element_too_many' && p.path === '/CEB311Message/Order[1]/OrderList'), JSON.stringify(r.problems));
    }
  });
});

describe('CEB codegen', () => {
  it('the committed model and types are what the official schemas give', () => {
    for (const [file, text] of Object.entries(generate())) {
      assert.equal(readFileSync(join(GENERATED_DIR, file), 'utf8'), text, `${file} is stale: run npm run ceb:codegen`);
    }
  });
});
