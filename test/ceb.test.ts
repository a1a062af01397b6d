import assert from 'node:assert/strict';
import { verifyAudit } from '../src/modules/audit';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { parseCeb } from '../src/modules/ceb';
import { ERROR_CATALOGUE } from '../src/modules/ceb';
import { LOCALES } from '../src/kernel/i18n';
import { startTestApp, type TestApp } from './support/app';
import { businessReady, createKey, feedSettled, postXml, REQUEST_TYPE_NAMES, sampleXml } from './support/ceb';
import { dbTargets } from './support/db';
import { validateCeb, validateDxp } from './support/xsd';

interface Answer {
  receiptType: string;
  messageId: string | null;
  returnStatus: string | null;
  signature: string | null;
  replayed: boolean;
  problems: { code: string; path: string }[];
  records: { accepted: boolean; returnStatus: string; documentId: string | null; problems: { code: string; path: string }[] }[];
  receiptXml: string;
}

function receiptOf(xml: string) {
  const parsed = parseCeb(xml, { lenient: true });
  assert.ok(parsed.ok, `receipt parses: ${xml.slice(0, 300)}`);
  return parsed;
}

/** The first return element of a receipt message: returnStatus, returnInfo … */
function firstReturn(xml: string): Record<string, string> {
  const parsed = receiptOf(xml);
  const doc = parsed.document as unknown as Record<string, unknown>;
  const list = Object.entries(doc).find(([k]) => k !== 'guid' && k !== 'version')?.[1];
  return (Array.isArray(list) ? list[0] : list) as Record<string, string>;
}

/** Keeps only the first record of a message (samples often repeat theirs). */
function firstRecordOnly(xml: string, record: string): string {
  let n = 0;
  return xml.replace(new RegExp(`\\s*<ceb:${record}>[\\s\\S]*?</ceb:${record}>`, 'g'), (m) => (n++ === 0 ? m : ''));
}

for (const target of dbTargets()) {
  describe(`standard data interface [${target}]`, () => {
    let app: TestApp;
    let prod: string;
    let sandbox: string;
    let copCode: string;

    before(async () => {
      app = await startTestApp(target, { config: { TUMEN_CLEARANCE_RULES: 'off' } });
      prod = await createKey(app, 'hanbit', 'production');
      sandbox = await createKey(app, 'hanbit', 'sandbox');
      const [org] = await rows<{ customs_code: string }>(app.ctx.db, sql`select customs_code from organisations where id = ${app.orgId.hanbit}`);
      copCode = org!.customs_code;
    });
    after(async () => app?.close());

    it('takes every message type as XML and as JSON, and stores the same document either way', async () => {
      for (const type of REQUEST_TYPE_NAMES) {
        const xml = businessReady(sampleXml(type), copCode);
        const viaXml = await postXml(app, prod, xml);
        assert.equal(viaXml.statusCode, 200, `${type} XML: ${viaXml.body}`);
        assert.match(viaXml.headers['content-type'] as string, /application\/xml/);
        const receipt = receiptOf(viaXml.body);
        assert.deepEqual(validateCeb(viaXml.body).errors, [], `${type}: the receipt Tumen built is valid against the 202205 schema`);
        assert.equal(receipt.type, type.replace(/\d{3}/, (n) => String(Number(n) + 1)));
        const parsed = parseCeb(xml, { signatureOptional: true });
        assert.ok(parsed.ok);
        // The same document as JSON, through a sandbox key (its own key space, so the business keys do not collide).
        const viaJson = await app.inject({ method: 'POST', url: `/api/ceb/documents/${type}`, headers: { authorization: `Bearer ${sandbox}` }, payload: parsed.document as object });
        assert.equal(viaJson.statusCode, 200, `${type} JSON: ${viaJson.body}`);
        const answer = viaJson.json() as Answer;
        assert.ok(validateCeb(answer.receiptXml).valid);
        assert.equal(answer.records.every((r) => r.accepted), true);
        const stored = await rows<{ environment: string; document: unknown; business_key: string }>(
          app.ctx.db,
          sql`select environment, document, business_key from ceb_documents where last_message_id in (${viaXml.headers['x-tumen-message-id'] as string}, ${answer.messageId}) order by business_key, environment`,
        );
        assert.ok(stored.length >= 2 && stored.length % 2 === 0, `${type}: ${stored.length} documents`);
        for (let i = 0; i < stored.length; i += 2) {
          assert.deepEqual([stored[i]!.environment, stored[i + 1]!.environment], ['production', 'sandbox'], type);
          assert.equal(stored[i]!.business_key, stored[i + 1]!.business_key);
          assert.deepEqual(stored[i]!.document, stored[i + 1]!.document, `${type}: the XML and the JSON document are the same`);
        }
      }
    });

    it('answers format failures with CEB900 naming the problem, and stays up', async () => {
      const good = businessReady(sampleXml('CEB311Message'), copCode);
      const cases: [string, string | Buffer, string, string][] = [
        ['malformed XML', good.slice(0, 400), 'ceb.xml_malformed', '-0001'],
        ['an unknown message type', good.replace(/CEB311Message/g, 'CEB999Message'), 'ceb.unknown_message', '-0002'],
        ['a missing required field', good.replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, ''), 'ceb.field_required', '-0002'],
        ['a too-long field', good.replace(/<ceb:orderNo>[^<]*</, `<ceb:orderNo>${'9'.repeat(61)}<`), 'ceb.field_too_long', '-0002'],
        ['invalid UTF-8', Buffer.concat([Buffer.from(good.slice(0, 300)), Buffer.from([0xff, 0xfe]), Buffer.from(good.slice(300))]), 'ceb.xml_encoding', '-0001'],
        ['a receipt type', sampleXml('CEB312Message'), 'ceb.type_not_accepted', '-2999'],
      ];
      for (const [name, body, code, status] of cases) {
        const res = await postXml(app, prod, body, '?lang=en');
        assert.equal(res.statusCode, 400, `${name}: ${res.body.slice(0, 300)}`);
        const ret = firstReturn(res.body);
        assert.equal(receiptOf(res.body).type, 'CEB900Message', name);
        assert.deepEqual(validateCeb(res.body).errors, [], `${name}: CEB900 is schema-valid`);
        assert.equal(ret.returnStatus, status, name);
        assert.ok(ret.returnInfo?.includes(`[${code}]`), `${name}: ${ret.returnInfo}`);
      }
      const missing = await postXml(app, prod, good.replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, ''), '?lang=en');
      assert.match(firstReturn(missing.body).returnInfo!, /\/CEB311Message\/Order\[1\]\/OrderHead\/orderNo/);
      assert.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200);
    });

    it('takes a message in its DXP terminal envelope, quoting the envelope’s id when it refuses it', async () => {
      const wrap = (xml: string, id: string) =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<dxp:DxpMsg ver="1.0" xmlns:dxp="http://www.chinaport.gov.cn/dxp"><dxp:TransInfo><dxp:CopMsgId>${id}</dxp:CopMsgId><dxp:SenderId>DXPENT0000000001</dxp:SenderId><dxp:ReceiverIds><dxp:ReceiverId>DXPEDCCEB0000002</dxp:ReceiverId></dxp:ReceiverIds><dxp:CreatTime>2026-11-28T10:00:00</dxp:CreatTime><dxp:MsgType>CEB511Message</dxp:MsgType></dxp:TransInfo><dxp:Data>${Buffer.from(xml).toString('base64')}</dxp:Data></dxp:DxpMsg>`;
      const good = wrap(businessReady(sampleXml('CEB511Message'), copCode), 'MSG-0001');
      assert.ok(validateDxp(good).valid, 'the envelope is valid against the DXP terminal schema');
      const ok = await postXml(app, prod, good);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(receiptOf(ok.body).type, 'CEB512Message');
      const bad = await postXml(app, prod, wrap(businessReady(sampleXml('CEB511Message'), copCode).replace(/<ceb:logisticsNo>[^<]*<\/ceb:logisticsNo>/, ''), 'MSG-0002'));
      assert.equal(bad.statusCode, 400);
      assert.equal(firstReturn(bad.body).oriCopMsgId, 'MSG-0002');
      const notBase64 = await postXml(app, prod, wrap('x', 'MSG-0003').replace(/<dxp:Data>[^<]*</, '<dxp:Data>**<'));
      assert.equal(notBase64.statusCode, 400);
      assert.equal(firstReturn(notBase64.body).oriCopMsgId, 'MSG-0003');
    });

    it('rejects a wrong code in the message’s own receipt with status 100, naming the field', async () => {
      const xml = businessReady(sampleXml('CEB311Message'), copCode).replace(/(<ceb:OrderList>[\s\S]*?<ceb:country>)133/, '$1999');
      const res = await postXml(app, prod, xml, '?lang=en');
      assert.equal(res.statusCode, 422, res.body);
      const ret = firstReturn(res.body);
      assert.equal(receiptOf(res.body).type, 'CEB312Message');
      assert.ok(validateCeb(res.body).valid, 'the rejection receipt is schema-valid');
      assert.equal(ret.returnStatus, '100');
      assert.match(ret.returnInfo!, /\[ceb\.code_unknown\].*999.*\/CEB311Message\/Order\[1\]\/OrderList\[1\]\/country/s);
      // The import currency is fixed to 142 by the schema itself: another is a format failure.
      const usd = await postXml(app, prod, businessReady(sampleXml('CEB311Message'), copCode).replace(/(<ceb:OrderHead>[\s\S]*?<ceb:currency>)142/, '$1502'));
      assert.equal(usd.statusCode, 400);
      assert.match(firstReturn(usd.body).returnInfo!, /ceb\.field_fixed.*OrderHead\/currency/);
    });

    it('refuses a message sent in another enterprise’s name', async () => {
      const res = await postXml(app, prod, businessReady(sampleXml('CEB311Message'), 'OTHER000001'));
      assert.equal(res.statusCode, 403);
      assert.equal(firstReturn(res.body).returnStatus, '-2002');
    });

    it('answers a re-sent message with its original receipt; refuses a reused guid; applies appType', async () => {
      const xml = firstRecordOnly(businessReady(sampleXml('CEB311Message'), copCode), 'Order');
      const first = await postXml(app, prod, xml);
      assert.equal(first.statusCode, 200, first.body);
      const again = await postXml(app, prod, xml);
      assert.equal(again.statusCode, 200);
      assert.equal(again.body, first.body, 'the same answer');
      const reused = await postXml(app, prod, xml.replace('<ceb:note>test</ceb:note>', '<ceb:note>changed</ceb:note>'));
      assert.equal(reused.statusCode, 409);
      assert.equal(firstReturn(reused.body).returnStatus, '-2999');

      // The same order again as new (fresh guid) is a duplicate: the official code -301010.
      const freshGuid = (x: string, g: string) => x.replace(/guid="[^"]+"/, `guid="${g}"`).replace(/(<ceb:OrderHead>\s*<ceb:guid>)[^<]+/, `$1${g}`);
      const dup = await postXml(app, prod, freshGuid(xml, 'AAAAAAAA-0000-0000-0000-000000000001'));
      assert.equal(dup.statusCode, 422);
      assert.equal(firstReturn(dup.body).returnStatus, '-301010');
      // A change (appType 2) replaces it; a delete (3) removes it.
      const change = await postXml(app, prod, freshGuid(xml, 'AAAAAAAA-0000-0000-0000-000000000002').replace(/<ceb:appType>1</, '<ceb:appType>2<').replace('<ceb:note>test</ceb:note>', '<ceb:note>v2</ceb:note>'));
      assert.equal(change.statusCode, 200, change.body);
      const [doc] = await rows<{ version: number; document: { OrderHead: { note: string } } }>(app.ctx.db, sql`select version, document from ceb_documents where guid = 'AAAAAAAA-0000-0000-0000-000000000002'`);
      assert.equal(doc?.version, 2);
      assert.equal(doc?.document.OrderHead.note, 'v2');
      const del = await postXml(app, prod, freshGuid(xml, 'AAAAAAAA-0000-0000-0000-000000000003').replace(/<ceb:appType>1</, '<ceb:appType>3<'));
      assert.equal(del.statusCode, 200, del.body);
      const changeMissing = await postXml(app, prod, freshGuid(xml, 'AAAAAAAA-0000-0000-0000-000000000004').replace(/<ceb:appType>1</, '<ceb:appType>2<'));
      assert.equal(firstReturn(changeMissing.body).returnStatus, '-301009');
    });

    it('feeds receipts by cursor, per environment, never skipping', async () => {
      await feedSettled(app);
      const page1 = await app.inject({ method: 'GET', url: '/api/ceb/receipts?after=0&limit=5', headers: { authorization: `Bearer ${prod}` } });
      assert.equal(page1.statusCode, 200, page1.body);
      const body1 = page1.json() as { receipts: { seq: number; id: string; environment: string; xml: string; messageType: string; returnStatus: string }[]; next: number };
      assert.equal(body1.receipts.length, 5);
      assert.ok(body1.receipts.every((r) => r.environment === 'production'));
      assert.ok(receiptOf(body1.receipts[0]!.xml));
      const page2 = (await app.inject({ method: 'GET', url: `/api/ceb/receipts?after=${body1.next}&limit=1000`, headers: { authorization: `Bearer ${prod}` } })).json() as typeof body1;
      assert.ok(page2.receipts.every((r) => r.seq > body1.next));
      const all = await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from ceb_receipts where org_id = ${app.orgId.hanbit} and environment = 'production'`);
      assert.equal(body1.receipts.length + page2.receipts.length, all[0]!.n);
      const sand = (await app.inject({ method: 'GET', url: '/api/ceb/receipts?after=0&limit=1000', headers: { authorization: `Bearer ${sandbox}` } })).json() as typeof body1;
      assert.ok(sand.receipts.length >= REQUEST_TYPE_NAMES.length);
      assert.ok(sand.receipts.every((r) => r.environment === 'sandbox'));
      // Another enterprise sees none of them.
      const other = await createKey(app, 'burhatong', 'production');
      const none = (await app.inject({ method: 'GET', url: '/api/ceb/receipts', headers: { authorization: `Bearer ${other}` } })).json() as typeof body1;
      assert.equal(none.receipts.length, 0);
    });

    it('takes a batch with a result per message', async () => {
      const good = businessReady(sampleXml('CEB511Message'), copCode);
      const parsed = parseCeb(businessReady(sampleXml('CEB411Message'), copCode), { signatureOptional: true });
      assert.ok(parsed.ok);
      const res = await app.inject({
        method: 'POST',
        url: '/api/ceb/batch',
        headers: { authorization: `Bearer ${prod}` },
        payload: { messages: [{ xml: good }, { xml: '<oops' }, { type: 'CEB411Message', document: parsed.document }] },
      });
      assert.equal(res.statusCode, 200, res.body);
      const results = (res.json() as { results: (Answer & { httpStatus: number; index: number })[] }).results;
      assert.deepEqual(results.map((r) => r.httpStatus), [200, 400, 200]);
      assert.equal(results[1]!.receiptType, 'CEB900Message');
    });

    it('answers every message of a batch with its audit row and receipts, and a message sent twice in it as a replay', async () => {
      const first = businessReady(sampleXml('CEB511Message'), copCode);
      const second = businessReady(sampleXml('CEB511Message'), copCode);
      const auditBefore = (await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from audit_log where action = 'ceb.submit'`))[0]!.n;
      const res = await app.inject({
        method: 'POST',
        url: '/api/ceb/batch',
        headers: { authorization: `Bearer ${prod}` },
        payload: { messages: [{ xml: first }, { xml: second }, { xml: first }] },
      });
      assert.equal(res.statusCode, 200, res.body);
      const results = (res.json() as { results: (Answer & { httpStatus: number; replayed: boolean; messageId: string | null; records: unknown[] })[] }).results;
      assert.deepEqual(results.map((r) => r.httpStatus), [200, 200, 200]);
      assert.deepEqual(results.map((r) => r.replayed), [false, false, true]);
      assert.equal(results[2]!.messageId, results[0]!.messageId, 'the copy is answered with the first one’s message');
      const auditAfter = (await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from audit_log where action = 'ceb.submit'`))[0]!.n;
      assert.equal(auditAfter - auditBefore, 2);
      const stored = await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from ceb_receipts where message_id in (${results[0]!.messageId}, ${results[1]!.messageId})`);
      assert.equal(stored[0]!.n, results[0]!.records.length + results[1]!.records.length, 'one receipt per record');
      assert.equal((await verifyAudit(app.ctx.db)).ok, true, 'the chain holds');
    });

    it('publishes the error catalogue in five languages, covering every code the interface answers', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/errors?lang=all' });
      assert.equal(res.statusCode, 200);
      const items = (res.json() as { items: { code: string; message: Record<string, string>; cause: Record<string, string>; fix: Record<string, string> }[] }).items;
      assert.equal(items.length, ERROR_CATALOGUE.length);
      for (const item of items) for (const l of LOCALES) for (const f of [item.message, item.cause, item.fix]) assert.ok(f[l] && !f[l].startsWith('ceb.'), `${item.code} ${l}`);
      // Every problem code stored in a receipt by the tests above is in the catalogue.
      const used = await rows<{ code: string }>(app.ctx.db, sql`select distinct p->>'code' as code from ceb_receipts, jsonb_array_elements(problems) p`);
      const codes = new Set(items.map((i) => i.code));
      for (const u of used) assert.ok(codes.has(u.code), u.code);
      const one = await app.inject({ method: 'GET', url: '/api/errors/ceb.field_too_long?lang=ko' });
      assert.equal(one.statusCode, 200);
      assert.ok((one.json() as { message: Record<string, string> }).message.ko);
    });
  });
}
