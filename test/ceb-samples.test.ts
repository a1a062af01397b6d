/**
 * The official CEB samples against the official 202205 schemas, validated by libxml2 (test/support/xsd.ts).
 * Expected outcomes come from SPEC-NOTES §3 and §12; the real libxml2 outcome matched them exactly.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { buildCeb, parseCeb } from '../src/modules/ceb';
import { validateCeb, validateDxp } from './support/xsd';
import type { XsdResult } from './support/xsd';

const FIXTURES = fileURLToPath(new URL('./fixtures/ceb', import.meta.url));
const samples = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')).sort();

/** SPEC-NOTES §12: the 202205 export samples carry BaseTransfer twice (their sample2 — the 2018 version — is valid). */
const DUPLICATED_BASE_TRANSFER = new Set(['303', '403', '505', '507', '509', '603', '605', '607'].map((n) => `CEB${n}Message.sample1.xml`));
/** SPEC-NOTES §12: gseqno (required since 202205, before gnum) is missing from both CEB792 samples. */
const MISSING_GSEQNO = new Set(['CEB792Message.sample1.xml', 'CEB792Message.sample2.xml']);
/** SPEC-NOTES §3: the CEB214 sample's root element is `CEB214`, which no schema declares. */
const WRONG_ROOT = new Set(['CEB214Message.sample1.xml']);

function explain(file: string, r: XsdResult): string {
  return `${file}: ${r.valid ? 'valid' : r.errors.map((e) => `line ${e.line}: ${e.message}`).join('\n')}`;
}

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

describe('official CEB samples against the 202205 XSDs (libxml2)', () => {
  it('finds the official samples', () => {
    assert.equal(samples.length, 65, `samples in ${FIXTURES}`);
    for (const set of [DUPLICATED_BASE_TRANSFER, MISSING_GSEQNO, WRONG_ROOT]) {
      for (const f of set) assert.ok(samples.includes(f), `fixture ${f} exists`);
    }
  });

  for (const file of samples) {
    const bytes = readFileSync(`${FIXTURES}/${file}`);
    const text = bytes.toString('utf8');

    if (DUPLICATED_BASE_TRANSFER.has(file)) {
      it(`${file} is invalid: BaseTransfer duplicated`, () => {
        assert.equal(count(text, /<ceb:BaseTransfer>/g), 2, 'the sample really has two BaseTransfer');
        const r = validateCeb(bytes);
        assert.equal(r.valid, false, explain(file, r));
        // The second BaseTransfer is the only error: libxml2 stops the root's content model there.
        assert.equal(r.errors.length, 1, explain(file, r));
        assert.match(r.errors[0]?.message ?? '', /BaseTransfer.*not expected/, explain(file, r));
      });
    } else if (MISSING_GSEQNO.has(file)) {
      it(`${file} is invalid: gseqno missing`, () => {
        const r = validateCeb(bytes);
        assert.equal(r.valid, false, explain(file, r));
        // One error per SummaryResultList, each at its gnum, where gseqno was expected.
        assert.equal(r.errors.length, count(text, /<ceb:SummaryResultList>/g), explain(file, r));
        for (const e of r.errors) assert.match(e.message, /gnum.*not expected.*gseqno/, explain(file, r));
      });
    } else if (WRONG_ROOT.has(file)) {
      it(`${file} is invalid: root element CEB214 instead of CEB214Message`, () => {
        const r = validateCeb(bytes);
        assert.equal(r.valid, false, explain(file, r));
        assert.equal(r.errors.length, 1, explain(file, r));
        assert.match(r.errors[0]?.message ?? '', /\}CEB214'.*No matching global declaration/, explain(file, r));
      });
    } else {
      it(`${file} is valid`, () => {
        const r = validateCeb(bytes);
        assert.deepEqual(r, { valid: true, errors: [] }, explain(file, r));
      });
    }
  }
});

describe('validateCeb input handling', () => {
  const withBom = readFileSync(`${FIXTURES}/CEB311Message.sample1.xml`);

  it('accepts a UTF-8 BOM in bytes and in a string', () => {
    assert.deepEqual(withBom.subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]));
    assert.equal(validateCeb(withBom).valid, true);
    const text = withBom.toString('utf8');
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.equal(validateCeb(text).valid, true);
    // A second BOM is a character before the XML declaration.
    assert.equal(validateCeb(`\uFEFF${text}`).valid, false);
    assert.equal(validateCeb(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), withBom])).valid, false);
  });

  it('reports an unknown root clearly without consulting a schema', () => {
    const r = validateCeb('<ceb:CEB999Message xmlns:ceb="http://www.chinaport.gov.cn/ceb" guid="x" version="1.0"/>');
    assert.equal(r.valid, false);
    assert.match(r.errors[0]?.message ?? '', /unknown CEB message root element 'CEB999Message'/);
    assert.match(validateCeb('<Order/>').errors[0]?.message ?? '', /unknown CEB message root element 'Order' in no namespace/);
  });

  it('reports the namespace of a known root when it is wrong', () => {
    const r = validateCeb(withBom.toString('utf8').replace('xmlns:ceb="http://www.chinaport.gov.cn/ceb"', 'xmlns:ceb="http://www.chinaport.gov.cn/cebx"'));
    assert.equal(r.valid, false);
    assert.match(r.errors[0]?.message ?? '', /cebx\}CEB311Message.*No matching global declaration/);
  });

  it('reports well-formedness errors with their line', () => {
    const r = validateCeb('<?xml version="1.0"?>\n<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">\n<ceb:Order>\n</ceb:CEB311Message>');
    assert.equal(r.valid, false);
    assert.equal(r.errors[0]?.line, 4, explain('inline', r));
    assert.deepEqual(validateCeb(''), { valid: false, errors: [{ line: 1, message: 'empty document' }] });
  });

  it('neither reads external entities nor expands a billion laughs', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE ceb:CEB311Message [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">&x;</ceb:CEB311Message>';
    const r = validateCeb(xxe);
    assert.deepEqual(r.errors.map((e) => e.message), ['not validated: the document uses entities declared in its DOCTYPE (entities are not substituted)']);
    let lol = '<!ENTITY l0 "lol">';
    for (let i = 1; i <= 10; i++) lol += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    const laughs = validateCeb(`<!DOCTYPE ceb:CEB311Message [${lol}]>\n<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb" guid="&l10;"/>`);
    assert.equal(laughs.valid, false);
    assert.match(laughs.errors[0]?.message ?? '', /amplification/, explain('billion laughs', laughs));
  });
});

describe('validateDxp', () => {
  const data = readFileSync(`${FIXTURES}/CEB621Message.sample2.xml`).toString('base64');
  const dxpMsg = (transInfoExtra = '') =>
    '<dxp:DxpMsg ver="1.0" xmlns:dxp="http://www.chinaport.gov.cn/dxp">' +
    '<dxp:TransInfo><dxp:CopMsgId>4CDE1CFD-EDED-46B1-946C-B8022E42FC94</dxp:CopMsgId><dxp:SenderId>DXPENT0000000001</dxp:SenderId>' +
    `<dxp:ReceiverIds><dxp:ReceiverId>DXPEDCCEB0000002</dxp:ReceiverId></dxp:ReceiverIds>${transInfoExtra}` +
    '<dxp:CreatTime>2022-05-01T12:00:00</dxp:CreatTime><dxp:MsgType>CEB621Message</dxp:MsgType></dxp:TransInfo>' +
    `<dxp:Data>${data}</dxp:Data></dxp:DxpMsg>`;

  it('accepts a terminal envelope and rejects a broken one', () => {
    const ok = validateDxp(dxpMsg());
    assert.deepEqual(ok, { valid: true, errors: [] }, explain('DxpMsg', ok));
    const bad = validateDxp(dxpMsg('<dxp:Extra/>'));
    assert.equal(bad.valid, false);
    assert.match(bad.errors[0]?.message ?? '', /Extra.*not expected/);
  });

  it('accepts a transport envelope (its xs:include of the 2018 terminal schema name resolves)', () => {
    const sv =
      '<dxp:DxpMsgSv ver="1.0" xmlns:dxp="http://www.chinaport.gov.cn/dxp">' +
      '<dxp:SvNo Ver="1.0"><dxp:MsgId>12345678202205011200000000000001</dxp:MsgId><dxp:SendTime>2022-05-01T12:00:00</dxp:SendTime>' +
      '<dxp:EndNode>12345678</dxp:EndNode><dxp:StaNode>87654321</dxp:StaNode></dxp:SvNo>' +
      `${dxpMsg().replace(' xmlns:dxp="http://www.chinaport.gov.cn/dxp"', '')}</dxp:DxpMsgSv>`;
    const r = validateDxp(sv);
    assert.deepEqual(r, { valid: true, errors: [] }, explain('DxpMsgSv', r));
  });

  it('reports an unknown root', () => {
    assert.match(validateDxp('<DxpMsg/>').errors[0]?.message ?? '', /No matching global declaration/);
    assert.match(validateDxp('<Envelope/>').errors[0]?.message ?? '', /unknown DXP root element 'Envelope'/);
  });
});

describe('every message Tumen builds from the samples is valid against the 202205 XSDs (libxml2)', () => {
  for (const file of samples) {
    const parsed = parseCeb(readFileSync(`${FIXTURES}/${file}`));
    if (!parsed.ok) continue; // the faulty samples, whose rejection the codec tests pin down
    it(`${file}: rebuilt by the codec`, () => {
      const rebuilt = buildCeb(parsed.type, parsed.document);
      const r = validateCeb(rebuilt);
      assert.ok(r.valid, explain(file, r));
    });
  }

  it('the codec and libxml2 agree on each faulty sample', () => {
    for (const file of samples) {
      const ours = parseCeb(readFileSync(`${FIXTURES}/${file}`)).ok;
      assert.equal(ours, validateCeb(readFileSync(`${FIXTURES}/${file}`)).valid, file);
    }
  });
});
