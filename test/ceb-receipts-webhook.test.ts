/**
 * Receipts reach an enterprise's webhook at least once, through a receiver outage and restart; a receiver that
 * de-duplicates by delivery id processes every receipt exactly once, and what it gets equals the pull feed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { deliverDue } from '../src/modules/webhooks';
import { startTestApp, type TestApp } from './support/app';
import { businessReady, createKey, feedSettled, postXml, REQUEST_TYPE_NAMES, sampleXml } from './support/ceb';
import { dbTargets } from './support/db';
import { Receiver } from './support/receiver';

for (const target of dbTargets()) {
  describe(`CEB receipts by webhook through an outage [${target}]`, () => {
    let app: TestApp;
    let key: string;
    let copCode: string;
    const receiver = new Receiver();

    before(async () => {
      app = await startTestApp(target, { config: { TUMEN_CLEARANCE_RULES: 'off' } });
      key = await createKey(app, 'hanbit', 'production');
      copCode = (await rows<{ c: string }>(app.ctx.db, sql`select customs_code as c from organisations where id = ${app.orgId.hanbit}`))[0]!.c;
      await receiver.start();
      const hook = await app.inject({ method: 'POST', url: '/api/webhooks', as: 'hanbit.admin', payload: { url: receiver.url, events: ['ceb.receipt'], environment: 'production' } });
      assert.equal(hook.statusCode, 201, hook.body);
      receiver.secrets.push((hook.json() as { secret: string }).secret);
    });
    after(async () => {
      await receiver.stop();
      await app?.close();
    });

    it('every receipt arrives, each processed exactly once after de-duplication by delivery id', async () => {
      // Messages of every type, some with rejected records: many receipts, accepted and refused.
      const sent = async (round: string) => {
        for (const type of REQUEST_TYPE_NAMES) {
          const res = await postXml(app, key, businessReady(sampleXml(type), copCode, { tag: `W${round}${type.slice(3, 6)}` }));
          assert.ok([200, 422].includes(res.statusCode), `${type}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
      };
      await sent('a');
      // Some deliveries arrive but their answer is lost (the receiver processed them): they must come again, same id.
      let lost = 0;
      receiver.answer = (_seen, firstTime) => (firstTime && lost++ % 7 === 0 ? 'drop' : 'ok');
      await deliverDue(app.ctx, { limit: 15 });

      // The receiver goes down; meanwhile more receipts are issued and every attempt fails.
      await receiver.stop();
      await sent('b');
      const down = await deliverDue(app.ctx);
      assert.ok(down.claimed > 0 && down.delivered === 0, JSON.stringify(down));

      // It comes back on the same port; time passes, the retries go out.
      await receiver.start(receiver.port);
      for (let round = 0; round < 8; round++) {
        app.clock.advance(15 * 60_000);
        await deliverDue(app.ctx);
      }

      const receipts = await rows<{ id: string }>(app.ctx.db, sql`select id from ceb_receipts where org_id = ${app.orgId.hanbit} and environment = 'production'`);
      const pending = await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from webhook_deliveries where status <> 'delivered'`);
      assert.equal(pending[0]!.n, 0, 'every delivery was delivered');
      assert.ok(receipts.length >= 2 * REQUEST_TYPE_NAMES.length);
      assert.ok(receiver.requests.every((r) => r.signatureValid), 'every body carries a valid HMAC signature');
      assert.ok(receiver.requests.length > receiver.processed.size, 'some deliveries came more than once (at least once)');
      // De-duplicated by delivery id: each receipt exactly once.
      const processedReceipts = [...receiver.processed.values()].map((s) => (s.body.data as { id?: string }).id);
      assert.equal(new Set(processedReceipts).size, processedReceipts.length, 'no receipt processed twice');
      assert.deepEqual(new Set(processedReceipts), new Set(receipts.map((r) => r.id)), 'every receipt processed');

      // The push matches the pull feed, entry for entry.
      await feedSettled(app);
      const feed = (await app.inject({ method: 'GET', url: '/api/ceb/receipts?after=0&limit=1000', headers: { authorization: `Bearer ${key}` } })).json() as { receipts: { id: string; returnStatus: string; xml: string }[] };
      const pushed = new Map([...receiver.processed.values()].map((s) => [(s.body.data as { id: string }).id, s.body.data as { returnStatus: string; xml: string }]));
      for (const r of feed.receipts) {
        assert.equal(pushed.get(r.id)?.returnStatus, r.returnStatus);
        assert.equal(pushed.get(r.id)?.xml, r.xml);
      }
    });
  });
}
