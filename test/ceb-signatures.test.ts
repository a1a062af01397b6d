import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { parseCeb } from '../src/modules/ceb';
import { generateRsaKeyPair, generateSm2KeyPair, issueCertificate, signMessage, verifyMessage, type SigningKey } from '../src/modules/ceb/signature';
import { startTestApp, type TestApp } from './support/app';
import { businessReady, createKey, postXml, sampleXml } from './support/ceb';
import { dbTargets } from './support/db';
import { validateCeb } from './support/xsd';

function returnOf(xml: string): Record<string, string> {
  const parsed = parseCeb(xml, { lenient: true });
  assert.ok(parsed.ok, xml.slice(0, 300));
  const doc = parsed.document as unknown as Record<string, unknown>;
  const list = Object.entries(doc).find(([k]) => k !== 'guid' && k !== 'version')?.[1];
  return (Array.isArray(list) ? list[0] : list) as Record<string, string>;
}

for (const target of dbTargets()) {
  describe(`CEB signatures through the interface [${target}]`, () => {
    let app: TestApp;
    let key: string;
    let copCode: string;
    const signers: Record<'sm2' | 'rsa', SigningKey> = {} as never;

    before(async () => {
      app = await startTestApp(target, { config: { TUMEN_CLEARANCE_RULES: 'off' } });
      key = await createKey(app, 'hanbit', 'production');
      copCode = (await rows<{ c: string }>(app.ctx.db, sql`select customs_code as c from organisations where id = ${app.orgId.hanbit}`))[0]!.c;
      const now = app.clock.now();
      const notAfter = new Date(now.getTime() + 365 * 86_400_000);
      for (const [name, keyPair] of [
        ['sm2', generateSm2KeyPair()],
        ['rsa', generateRsaKeyPair()],
      ] as const) {
        const certificate = issueCertificate({ subject: { commonName: `韩光 ${name}`, organization: '延吉韩光跨境电子商务有限公司' }, keyPair, notBefore: now, notAfter, serialNumber: name === 'sm2' ? '01' : '02' });
        signers[name] = { algorithm: keyPair.algorithm, privateKey: keyPair.privateKey, certificate, keyName: `000${name === 'sm2' ? 1 : 2}` };
        const res = await app.inject({ method: 'POST', url: '/api/ceb/certificates', as: 'hanbit.admin', payload: { certificate: certificate.toString('base64'), keyName: signers[name].keyName } });
        assert.equal(res.statusCode, 201, res.body);
      }
    });
    after(async () => app?.close());

    for (const alg of ['sm2', 'rsa'] as const) {
      it(`accepts a message signed (${alg}) with a registered certificate; refuses it tampered`, async () => {
        const signed = signMessage(businessReady(sampleXml('CEB621Message'), copCode), signers[alg]);
        assert.ok(validateCeb(signed).valid, 'the signed message is schema-valid');
        const tampered = signed.replace(/<ceb:buyerName>[^<]*</, '<ceb:buyerName>冒名顶替<');
        const bad = await postXml(app, key, tampered, '?lang=en');
        assert.equal(bad.statusCode, 422, bad.body);
        assert.equal(returnOf(bad.body).returnStatus, '-621028', 'CEB621: signed data comparison failed');
        assert.ok(validateCeb(bad.body).valid, 'the rejection receipt is schema-valid');
        const good = await postXml(app, key, signed);
        assert.equal(good.statusCode, 200, good.body);
        const [message] = await rows<{ signature: string }>(app.ctx.db, sql`select signature from ceb_messages where id = ${good.headers['x-tumen-message-id'] as string}`);
        assert.equal(message?.signature, 'verified');
      });
    }

    it('answers other types’ signature failures with CEB900 and the DXP code', async () => {
      const signed = signMessage(businessReady(sampleXml('CEB311Message'), copCode), signers.sm2);
      const res = await postXml(app, key, signed.replace(/<ceb:note>test</, '<ceb:note>tampered<'));
      assert.equal(res.statusCode, 422);
      const ret = returnOf(res.body);
      assert.equal(ret.returnStatus, '-1004');
      assert.match(ret.returnInfo!, /ceb\.signature_digest/);
    });

    it('refuses a signature by a certificate the enterprise did not register, or revoked', async () => {
      const keyPair = generateSm2KeyPair();
      const now = app.clock.now();
      const stranger: SigningKey = { algorithm: 'sm2-sm3', privateKey: keyPair.privateKey, certificate: issueCertificate({ subject: { commonName: 'stranger' }, keyPair, notBefore: now, notAfter: new Date(now.getTime() + 86_400_000), serialNumber: '09' }), keyName: '0009' };
      const res = await postXml(app, key, signMessage(businessReady(sampleXml('CEB621Message'), copCode), stranger));
      assert.equal(res.statusCode, 422);
      assert.equal(returnOf(res.body).returnStatus, '-621029');
      // Revoked: signatures by that key are no longer accepted.
      const list = (await app.inject({ method: 'GET', url: '/api/ceb/certificates', as: 'hanbit.admin' })).json() as { items: { id: string; algorithm: string }[] };
      const rsa = list.items.find((c) => c.algorithm === 'rsa')!;
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/ceb/certificates/${rsa.id}`, as: 'hanbit.admin' })).statusCode, 200);
      const revoked = await postXml(app, key, signMessage(businessReady(sampleXml('CEB621Message'), copCode), signers.rsa));
      assert.equal(revoked.statusCode, 422);
      assert.equal(returnOf(revoked.body).returnStatus, '-621029');
    });

    it('with the production policy (TUMEN_CEB_UNSIGNED=refuse, the production-mode default) refuses unsigned messages, unless the key says otherwise', async () => {
      const prodApp = await startTestApp(target, { config: { TUMEN_CEB_UNSIGNED: 'refuse', TUMEN_CLEARANCE_RULES: 'off' } });
      try {
        const prodKey = await createKey(prodApp, 'hanbit', 'production');
        const code = (await rows<{ c: string }>(prodApp.ctx.db, sql`select customs_code as c from organisations where id = ${prodApp.orgId.hanbit}`))[0]!.c;
        const res = await postXml(prodApp, prodKey, businessReady(sampleXml('CEB311Message'), code));
        assert.equal(res.statusCode, 422, res.body);
        assert.equal(returnOf(res.body).returnStatus, '-1001');
        const sandboxKey = await createKey(prodApp, 'hanbit', 'sandbox');
        assert.equal((await postXml(prodApp, sandboxKey, businessReady(sampleXml('CEB311Message'), code))).statusCode, 200, 'sandbox keys accept unsigned messages');
        const strictSandbox = await prodApp.inject({ method: 'POST', url: `/api/orgs/${prodApp.orgId.hanbit}/api-keys`, as: 'hanbit.admin', payload: { name: 'strict', scopes: ['ceb.submit'], environment: 'sandbox', unsignedMessages: 'refuse' } });
        const strict = (strictSandbox.json() as { key: string }).key;
        assert.equal((await postXml(prodApp, strict, businessReady(sampleXml('CEB311Message'), code))).statusCode, 422, 'a key that refuses unsigned messages');
      } finally {
        await prodApp.close();
      }
    });

    it('signs on the enterprise’s behalf with a key it holds (keyless), auditing each use', async () => {
      const notYet = await app.inject({ method: 'POST', url: '/api/ceb/documents/CEB621Message?sign=platform', headers: { authorization: `Bearer ${key}` }, payload: {} });
      assert.equal(notYet.statusCode, 400, 'a format failure comes before signing');
      const enable = await app.inject({ method: 'POST', url: '/api/ceb/keyless', as: 'hanbit.admin' });
      assert.equal(enable.statusCode, 201, enable.body);
      assert.equal((enable.json() as { source: string; algorithm: string }).algorithm, 'sm2');
      const parsed = parseCeb(businessReady(sampleXml('CEB621Message'), copCode), { signatureOptional: true });
      assert.ok(parsed.ok);
      const res = await app.inject({ method: 'POST', url: '/api/ceb/documents/CEB621Message?sign=platform', headers: { authorization: `Bearer ${key}` }, payload: parsed.document as object });
      assert.equal(res.statusCode, 200, res.body);
      const answer = res.json() as { messageId: string; signature: string };
      assert.equal(answer.signature, 'platform');
      const [stored] = await rows<{ xml: string }>(app.ctx.db, sql`select xml from ceb_messages where id = ${answer.messageId}`);
      const verdict = verifyMessage(stored!.xml);
      assert.ok(verdict.signed && verdict.valid, 'the stored message carries a valid SM2 signature');
      assert.ok(validateCeb(stored!.xml).valid, 'and is schema-valid');
      const audit = await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from audit_log where action = 'ceb.keyless.sign'`);
      assert.equal(audit[0]!.n, 1);
      // The held key is stored encrypted, never in clear.
      const [held] = await rows<{ held_key: string }>(app.ctx.db, sql`select held_key from signing_certificates where source = 'platform'`);
      assert.doesNotMatch(held!.held_key, /^[0-9a-f]{64}$/);
      const signedOnly = await app.inject({ method: 'POST', url: '/api/ceb/sign', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/xml' }, payload: businessReady(sampleXml('CEB623Message'), copCode) });
      assert.equal(signedOnly.statusCode, 200, signedOnly.body);
      assert.ok(validateCeb(signedOnly.body).valid);
      const v = verifyMessage(signedOnly.body);
      assert.ok(v.signed && v.valid);
      const malformed = await app.inject({ method: 'POST', url: '/api/ceb/sign', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/xml' }, payload: '<ceb:CEB623Message' });
      assert.equal(malformed.statusCode, 400, 'nothing unreadable is signed');
      assert.equal(returnOf(malformed.body).returnStatus, '-0001');
    });
  });
}
