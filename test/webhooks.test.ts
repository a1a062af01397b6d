import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { makeContext } from '../src/app/app';
import type { AppContext } from '../src/app/context';
import { openDatabase, rows, type Database } from '../src/db/database';
import { buildServer } from '../src/http/server';
import { deliverDue, enqueueDeliveries, signWebhookBody, startWebhookWorker, verifyWebhookSignature } from '../src/modules/webhooks';
import { claimDue } from '../src/modules/webhooks/webhook.repository';
import { startTestApp, testConfig, type TestApp } from './support/app';
import { closedPort, Receiver } from './support/receiver';
import { dbTargets } from './support/db';

interface DeliveryRow {
  id: string;
  source_id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
}

for (const target of dbTargets()) {
  describe(`webhooks [${target}]`, () => {
    let app: TestApp;
    const receiver = new Receiver();
    let webhookId: string;
    let hanbit: string;

    before(async () => {
      app = await startTestApp(target, { config: { TUMEN_CLEARANCE_RULES: 'off' } });
      hanbit = app.orgId.hanbit!;
      await receiver.start();
    });
    after(async () => {
      await receiver.stop();
      await app.close();
    });

    const enqueue = (n: number, orgId = hanbit, environment: 'sandbox' | 'production' = 'production') =>
      app.ctx.db.transaction((tx) =>
        enqueueDeliveries(tx, app.ctx, { orgId, environment, event: 'ceb.receipt', sourceId: `receipt-${n}`, payload: { receiptId: `receipt-${n}`, n } }),
      );
    const deliveries = (id = webhookId) =>
      rows<DeliveryRow>(
        app.ctx.db,
        sql`select id::text, source_id, status, attempts, next_attempt_at, last_attempt_at, last_status_code, last_error, created_at from webhook_deliveries where webhook_id = ${id} order by created_at, id`,
      );
    const bySource = async (id = webhookId) => new Map((await deliveries(id)).map((d) => [d.source_id, d]));
    /** Runs delivery rounds until nothing is due. */
    const drain = async (ctx: AppContext = app.ctx) => {
      let total = 0;
      for (let i = 0; i < 100; i++) {
        const r = await deliverDue(ctx);
        total += r.claimed;
        if (r.claimed === 0) return total;
      }
      throw new Error('drain did not finish');
    };
    const createWebhook = async (as: string, payload: object) => {
      const res = await app.inject({ method: 'POST', url: '/api/webhooks', as, payload });
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as { id: string; secret: string; environment: string; events: string[]; active: boolean };
    };

    it('registers a webhook and shows its secret once', async () => {
      const created = await createWebhook('hanbit.admin', { url: receiver.url, events: ['ceb.receipt', 'ceb.receipt'], environment: 'production', description: 'ERP' });
      assert.match(created.secret, /^whsec_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual(created.events, ['ceb.receipt'], 'duplicate events collapse');
      webhookId = created.id;
      receiver.secrets = [created.secret];
      const list = await app.inject({ method: 'GET', url: '/api/webhooks', as: 'hanbit.admin' });
      assert.equal(list.statusCode, 200);
      const items = (list.json() as { items: { id: string }[] }).items;
      assert.deepEqual(items.map((i) => i.id), [webhookId]);
      assert.equal(list.body.includes(created.secret), false, 'listings never carry the secret');
      assert.equal(list.body.includes('"secret"'), false);

      const audit = await rows<{ action: string; details: unknown }>(app.ctx.db, sql`select action, details from audit_log where resource_id = ${webhookId}`);
      assert.deepEqual(audit.map((a) => a.action), ['webhook.created']);
      assert.equal(JSON.stringify(audit).includes(created.secret), false, 'the audit log does not hold the secret');

      for (const [payload, path] of [
        [{ url: 'ftp://example.com/x', events: ['ceb.receipt'] }, 'url'],
        [{ url: 'not a url', events: ['ceb.receipt'] }, 'url'],
        [{ url: 'https://user:pw@example.com/x', events: ['ceb.receipt'] }, 'url'],
        [{ url: 'https://example.com/x', events: ['ceb.nothing'] }, 'events.0'],
        [{ url: 'https://example.com/x', events: [] }, 'events'],
      ] as const) {
        const bad = await app.inject({ method: 'POST', url: '/api/webhooks?lang=en', as: 'hanbit.admin', payload });
        assert.equal(bad.statusCode, 400, bad.body);
        assert.deepEqual((bad.json() as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path), [path]);
      }
    });

    it('enqueues once per source, and only for subscribed webhooks of the environment', async () => {
      for (let n = 0; n < 50; n++) {
        const { deliveryIds } = await enqueue(n);
        assert.equal(deliveryIds.length, 1);
        app.clock.advance(1000);
      }
      assert.deepEqual(await enqueue(0), { deliveryIds: [] }, 'the same receipt is never enqueued twice');
      assert.deepEqual(await enqueue(1000, hanbit, 'sandbox'), { deliveryIds: [] }, 'no sandbox webhook');
      assert.deepEqual(await enqueue(1000, app.orgId.cheongja!), { deliveryIds: [] }, 'another organisation');
      const none = await app.ctx.db.transaction((tx) => enqueueDeliveries(tx, app.ctx, { orgId: hanbit, environment: 'production', event: 'other.event', sourceId: 'x', payload: {} }));
      assert.deepEqual(none, { deliveryIds: [] }, 'an event not subscribed to');
      // Rolled back with the caller's transaction.
      await assert.rejects(
        app.ctx.db.transaction(async (tx) => {
          await enqueueDeliveries(tx, app.ctx, { orgId: hanbit, environment: 'production', event: 'ceb.receipt', sourceId: 'rolled-back', payload: {} });
          throw new Error('caller fails');
        }),
        /caller fails/,
      );
      assert.equal((await deliveries()).length, 50);
    });

    it('delivers at least once through an outage, each event processed exactly once by a de-duplicating receiver', async () => {
      // Three deliveries arrive but their answer is lost: the socket dies (n = 3, 7) or the receiver fails after processing (n = 11).
      receiver.answer = (seen, firstTime) => (!firstTime ? 'ok' : seen.body.data.n === 3 || seen.body.data.n === 7 ? 'drop' : seen.body.data.n === 11 ? 'fail' : 'ok');
      const first = await deliverDue(app.ctx, { limit: 20 });
      assert.deepEqual(first, { claimed: 20, delivered: 17, retrying: 3, failed: 0 });

      // The receiver goes down: the other 30 fail and back off.
      await receiver.stop();
      const sentAt = app.clock.now().getTime();
      const second = await deliverDue(app.ctx);
      assert.deepEqual(second, { claimed: 30, delivered: 0, retrying: 30, failed: 0 });
      const rowsNow = await bySource();
      for (let n = 20; n < 50; n++) {
        const d = rowsNow.get(`receipt-${n}`)!;
        assert.equal(d.status, 'pending');
        assert.equal(d.attempts, 1);
        assert.equal(d.last_status_code, null);
        assert.match(d.last_error ?? '', /ECONNREFUSED/);
        assert.equal(new Date(d.last_attempt_at!).getTime(), sentAt);
        const wait = new Date(d.next_attempt_at).getTime() - sentAt;
        assert.ok(wait >= 8_000 && wait < 12_000, `first retry after 10 s ± 20 %: ${wait}`);
      }
      const waits = new Set([...rowsNow.values()].map((d) => new Date(d.next_attempt_at).getTime()));
      assert.ok(waits.size > 10, 'jitter spreads the retries');
      assert.equal(rowsNow.get('receipt-11')!.last_status_code, 500);
      assert.equal(rowsNow.get('receipt-11')!.last_error, 'HTTP 500');
      assert.match(rowsNow.get('receipt-3')!.last_error ?? '', /socket hang up|ECONNRESET/);
      assert.equal(rowsNow.get('receipt-0')!.status, 'delivered');
      assert.equal(rowsNow.get('receipt-0')!.last_status_code, 200);

      assert.equal((await deliverDue(app.ctx)).claimed, 0, 'nothing is due while backing off');

      // The log says the same through the API.
      const failedPage = await app.inject({ method: 'GET', url: `/api/webhooks/${webhookId}/deliveries?status=pending&limit=100`, as: 'hanbit.admin' });
      assert.equal(failedPage.statusCode, 200, failedPage.body);
      const pendingItems = (failedPage.json() as { items: { attempts: number; lastError: string | null; nextAttemptAt: string | null }[] }).items;
      assert.equal(pendingItems.length, 33);
      assert.ok(pendingItems.every((i) => i.attempts === 1 && i.lastError && i.nextAttemptAt));

      // Back up on the same port; once the backoff has passed everything drains.
      await receiver.start(receiver.port);
      app.clock.advance(13_000);
      assert.equal(await drain(), 33);
      const final = await deliveries();
      assert.ok(final.every((d) => d.status === 'delivered'), 'all delivered');
      assert.equal(receiver.processed.size, 50, 'each event processed exactly once');
      assert.deepEqual(new Set([...receiver.processed.values()].map((s) => s.body.data.n)), new Set(Array.from({ length: 50 }, (_, n) => n)));
      assert.ok(receiver.requests.every((r) => r.signatureValid), 'every request correctly signed');
      const idOf = (n: number) => final.find((d) => d.source_id === `receipt-${n}`)!.id;
      for (const n of [3, 7, 11]) {
        const sends = receiver.requests.filter((r) => r.body.data.n === n);
        assert.equal(sends.length, 2, `receipt ${n} sent twice`);
        assert.deepEqual(sends.map((s) => s.deliveryId), [idOf(n), idOf(n)], 'with the same delivery id');
      }
      assert.equal(receiver.requests.length, 53);
      // The body is as documented.
      const seen = receiver.processed.get(idOf(5))!;
      assert.equal(seen.event, 'ceb.receipt');
      assert.deepEqual(seen.body, { deliveryId: idOf(5), event: 'ceb.receipt', createdAt: new Date(final.find((d) => d.id === idOf(5))!.created_at).toISOString(), data: { receiptId: 'receipt-5', n: 5 } });
    });

    it('verifyWebhookSignature refuses a bad signature', () => {
      const secret = receiver.secrets[0]!;
      const body = '{"deliveryId":"x","event":"ceb.receipt","data":{}}';
      const good = signWebhookBody(secret, 1_800_000_000, body);
      assert.match(good, /^sha256=[0-9a-f]{64}$/);
      assert.equal(verifyWebhookSignature(secret, '1800000000', body, good), true);
      assert.equal(verifyWebhookSignature(secret, '1800000000', Buffer.from(body), good), true, 'over the raw bytes');
      assert.equal(verifyWebhookSignature(secret, '1800000000', body.replace('{}', '{"x":1}'), good), false, 'altered body');
      assert.equal(verifyWebhookSignature(secret, '1800000001', body, good), false, 'altered timestamp');
      assert.equal(verifyWebhookSignature(`${secret}x`, '1800000000', body, good), false, 'another secret');
      assert.equal(verifyWebhookSignature(secret, '1800000000', body, good.replace(/.$/, (c) => (c === '0' ? '1' : '0'))), false, 'altered signature');
      assert.equal(verifyWebhookSignature(secret, '1800000000', body, undefined), false, 'no header');
      assert.equal(verifyWebhookSignature(secret, '1800000000', body, 'sha256=zz'), false, 'malformed');
      assert.equal(verifyWebhookSignature(secret, '1800000000', body, `md5=abc, ${good}`), true, 'any listed signature');
      assert.equal(verifyWebhookSignature(secret, '1800000000', body, good, { toleranceSeconds: 300, now: 1_800_000_200 }), true);
      assert.equal(verifyWebhookSignature(secret, '1800000000', body, good, { toleranceSeconds: 300, now: 1_800_000_400 }), false, 'too old');
    });

    it('replays a range under the same delivery ids', async () => {
      const all = await deliveries();
      const firstTen = all.slice(0, 10);
      const before = receiver.requests.length;
      const res = await app.inject({
        method: 'POST',
        url: `/api/webhooks/${webhookId}/replay`,
        as: 'hanbit.admin',
        payload: { from: new Date(firstTen[0]!.created_at).toISOString(), to: new Date(all[10]!.created_at).toISOString() },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { count: 10 });
      assert.equal(await drain(), 10);
      const resent = receiver.requests.slice(before);
      assert.deepEqual(new Set(resent.map((r) => r.deliveryId)), new Set(firstTen.map((d) => d.id)));
      assert.equal(receiver.processed.size, 50, 'the receiver recognises them all');
      assert.ok((await deliveries()).every((d) => d.status === 'delivered'));

      const backwards = await app.inject({ method: 'POST', url: `/api/webhooks/${webhookId}/replay?lang=en`, as: 'hanbit.admin', payload: { from: '2026-12-01T00:00:00Z', to: '2026-11-01T00:00:00Z' } });
      assert.equal(backwards.statusCode, 400);
      assert.match(backwards.body, /end of the range/);
    });

    it('two concurrent workers never send the same delivery twice in one round', async () => {
      for (let n = 100; n < 140; n++) await enqueue(n);
      receiver.delayMs = 20;
      let second: Database | undefined;
      let other: AppContext = app.ctx;
      if (target === 'postgres') {
        // Another "process": its own pool on the same server.
        second = await openDatabase({ kind: 'postgres', url: app.testDb.url!, poolSize: 3 });
        other = makeContext(app.ctx.config, second, { clock: app.clock, log: pino({ level: 'silent' }) });
      }
      try {
        const before = receiver.requests.length;
        const [a, b] = await Promise.all([deliverDue(app.ctx, { limit: 30 }), deliverDue(other, { limit: 30 })]);
        assert.equal(a.claimed + b.claimed, 40);
        assert.equal(a.delivered + b.delivered, 40);
        if (target === 'postgres') assert.ok(a.claimed > 0 && b.claimed > 0, `both workers took a share: ${a.claimed} + ${b.claimed}`);
        const sent = receiver.requests.slice(before).map((r) => r.deliveryId);
        assert.equal(sent.length, 40);
        assert.equal(new Set(sent).size, 40, 'no delivery sent twice');
      } finally {
        receiver.delayMs = 0;
        await second?.close();
      }
    });

    it('lists the delivery log newest first, page by page', async () => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await app.inject({ method: 'GET', url: `/api/webhooks/${webhookId}/deliveries?limit=25${cursor ? `&after=${cursor}` : ''}`, as: 'hanbit.admin' });
        assert.equal(res.statusCode, 200, res.body);
        const page = res.json() as { items: { id: string; status: string; payload: unknown }[]; nextCursor: string | null };
        ids.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(ids.length, 90);
      assert.deepEqual(ids, [...ids].sort().reverse(), 'newest first');
      const failed = await app.inject({ method: 'GET', url: `/api/webhooks/${webhookId}/deliveries?status=failed`, as: 'hanbit.admin' });
      assert.deepEqual((failed.json() as { items: unknown[] }).items, []);
    });

    it('a delivery claimed by a worker that died is sent again, under its id, once the lease runs out', async () => {
      await enqueue(150);
      const now = app.clock.now();
      // The claim of a worker that crashed before recording anything.
      const [claimed, ...rest] = await claimDue(app.ctx.db, { now, leaseUntil: new Date(now.getTime() + 35_000), leaseId: app.ctx.newId(), limit: 10 });
      assert.ok(claimed);
      assert.equal(rest.length, 0);
      assert.equal((await deliverDue(app.ctx)).claimed, 0, 'nobody else takes it during the lease');
      app.clock.advance(35_000);
      assert.deepEqual(await deliverDue(app.ctx), { claimed: 1, delivered: 1, retrying: 0, failed: 0 });
      assert.ok(receiver.processed.has(claimed.id));
      const d = (await bySource()).get('receipt-150')!;
      assert.equal(d.id, claimed.id);
      assert.equal(d.attempts, 2, 'the lost attempt counts');
      assert.equal(d.status, 'delivered');
    });

    it('disabling holds deliveries back, enabling sends them; a test ping reaches the receiver', async () => {
      const off = await app.inject({ method: 'PATCH', url: `/api/webhooks/${webhookId}`, as: 'hanbit.admin', payload: { active: false } });
      assert.equal(off.statusCode, 200, off.body);
      assert.equal((off.json() as { active: boolean; disabledAt: string | null }).active, false);
      assert.ok((off.json() as { disabledAt: string | null }).disabledAt);
      await enqueue(200);
      assert.deepEqual(await enqueue(201), { deliveryIds: [] }, 'a disabled webhook is not enqueued to');
      const ping = await app.inject({ method: 'POST', url: `/api/webhooks/${webhookId}/test?lang=en`, as: 'hanbit.admin' });
      assert.equal(ping.statusCode, 409, 'no ping to a disabled webhook');

      const on = await app.inject({ method: 'PATCH', url: `/api/webhooks/${webhookId}`, as: 'hanbit.admin', payload: { active: true, description: null } });
      assert.equal((on.json() as { active: boolean; disabledAt: string | null }).disabledAt, null);
      const test = await app.inject({ method: 'POST', url: `/api/webhooks/${webhookId}/test`, as: 'hanbit.admin' });
      assert.equal(test.statusCode, 202, test.body);
      const { deliveryId } = test.json() as { deliveryId: string };
      assert.equal(await drain(), 1);
      const pinged = receiver.processed.get(deliveryId)!;
      assert.equal(pinged.event, 'webhook.ping');
      assert.equal(pinged.body.event, 'webhook.ping');
    });

    it('rotating the secret signs from then on with the new one only', async () => {
      const old = receiver.secrets[0]!;
      const res = await app.inject({ method: 'POST', url: `/api/webhooks/${webhookId}/rotate-secret`, as: 'hanbit.admin' });
      assert.equal(res.statusCode, 200, res.body);
      const { secret, secretRotatedAt } = res.json() as { secret: string; secretRotatedAt: string };
      assert.notEqual(secret, old);
      assert.ok(secretRotatedAt);
      receiver.secrets = [old, secret];
      await enqueue(300);
      await drain();
      const last = receiver.requests[receiver.requests.length - 1]!;
      assert.equal(last.body.data.n, 300);
      assert.equal(verifyWebhookSignature(secret, last.timestamp, last.raw, last.signature), true);
      assert.equal(verifyWebhookSignature(old, last.timestamp, last.raw, last.signature), false);
      assert.equal(last.timestamp, String(Math.floor(app.clock.now().getTime() / 1000)), 'the timestamp is the time of sending');
      receiver.secrets = [secret];
    });

    it('gives up after the last attempt: failed', async () => {
      const dead = await createWebhook('cheongja.admin', { url: `http://127.0.0.1:${await closedPort()}/gone`, events: ['ceb.receipt'] });
      await enqueue(400, app.orgId.cheongja!);
      const start = app.clock.now();
      const max = app.ctx.config.TUMEN_WEBHOOK_MAX_ATTEMPTS;
      assert.equal(max, 12);
      for (let attempt = 1; attempt <= max; attempt++) {
        const r = await deliverDue(app.ctx);
        assert.equal(r.claimed, 1, `attempt ${attempt}`);
        assert.equal(attempt === max ? r.failed : r.retrying, 1);
        const [d] = await deliveries(dead.id);
        assert.equal(d!.attempts, attempt);
        assert.equal(d!.status, attempt === max ? 'failed' : 'pending');
        if (attempt < max) {
          // Not yet due just before the backoff ends; due after it (the longest wait is 24 h + 20 %).
          app.clock.advance(new Date(d!.next_attempt_at).getTime() - app.clock.now().getTime() - 1);
          assert.equal((await deliverDue(app.ctx)).claimed, 0);
          app.clock.advance(1);
        }
      }
      app.clock.advance(48 * 3_600_000);
      assert.equal((await deliverDue(app.ctx)).claimed, 0, 'a failed delivery is not tried again');
      // Back to the day it started, where the test's sessions are still valid.
      app.clock.set(new Date(start.getTime() + 60_000));
      const log = await app.inject({ method: 'GET', url: `/api/webhooks/${dead.id}/deliveries?status=failed`, as: 'cheongja.admin' });
      const items = (log.json() as { items: { attempts: number; lastError: string; nextAttemptAt: string | null }[] }).items;
      assert.equal(items.length, 1);
      assert.equal(items[0]!.attempts, 12);
      assert.equal(items[0]!.nextAttemptAt, null);
      assert.match(items[0]!.lastError, /ECONNREFUSED/);
      // A replay gives it a fresh budget, under the same id.
      const replay = await app.inject({ method: 'POST', url: `/api/webhooks/${dead.id}/replay`, as: 'cheongja.admin', payload: { from: '2026-01-01T00:00:00Z', to: '2027-12-31T00:00:00Z' } });
      assert.deepEqual(replay.json(), { count: 1 });
      const [d] = await deliveries(dead.id);
      assert.equal(d!.status, 'pending');
      assert.equal(d!.attempts, 0);
      const del = await app.inject({ method: 'DELETE', url: `/api/webhooks/${dead.id}`, as: 'cheongja.admin' });
      assert.equal(del.statusCode, 204);
      const [closed] = await deliveries(dead.id);
      assert.equal(closed!.status, 'failed', 'deleting closes its pending deliveries');
      assert.equal((await app.inject({ method: 'GET', url: `/api/webhooks/${dead.id}/deliveries`, as: 'cheongja.admin' })).statusCode, 404);
    });

    it("another organisation's webhook is not found", async () => {
      const id = webhookId;
      const attempts = [
        { method: 'GET', url: `/api/webhooks/${id}/deliveries` },
        { method: 'PATCH', url: `/api/webhooks/${id}`, payload: { active: false } },
        { method: 'DELETE', url: `/api/webhooks/${id}` },
        { method: 'POST', url: `/api/webhooks/${id}/rotate-secret` },
        { method: 'POST', url: `/api/webhooks/${id}/replay`, payload: { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' } },
        { method: 'POST', url: `/api/webhooks/${id}/test` },
      ] as const;
      for (const a of attempts) {
        const res = await app.inject({ ...a, as: 'cheongja.admin' });
        assert.equal(res.statusCode, 404, `${a.method} ${a.url}: ${res.body}`);
      }
      const list = await app.inject({ method: 'GET', url: '/api/webhooks', as: 'cheongja.admin' });
      assert.equal(list.body.includes(id), false);
      // Still there, untouched, for its owner.
      const mine = await app.inject({ method: 'GET', url: '/api/webhooks', as: 'hanbit.admin' });
      assert.ok((mine.json() as { items: { id: string; active: boolean }[] }).items.some((w) => w.id === id && w.active));
    });

    it('an API key sees and creates webhooks of its own environment only', async () => {
      const key = await app.inject({ method: 'POST', url: `/api/orgs/${hanbit}/api-keys`, as: 'hanbit.admin', payload: { name: 'erp', scopes: ['webhooks.read', 'webhooks.manage'], environment: 'sandbox' } });
      assert.equal(key.statusCode, 201, key.body);
      const token = (key.json() as { key: string }).key;
      const list = await app.inject({ method: 'GET', url: '/api/webhooks', as: token });
      assert.deepEqual((list.json() as { items: unknown[] }).items, [], 'the production webhook is not the sandbox key’s');
      assert.equal((await app.inject({ method: 'GET', url: `/api/webhooks/${webhookId}/deliveries`, as: token })).statusCode, 404);
      const created = await app.inject({ method: 'POST', url: '/api/webhooks', as: token, payload: { url: receiver.url, events: ['ceb.receipt'] } });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal((created.json() as { environment: string }).environment, 'sandbox');
      const wrongEnv = await app.inject({ method: 'POST', url: '/api/webhooks', as: token, payload: { url: receiver.url, events: ['ceb.receipt'], environment: 'production' } });
      assert.equal(wrongEnv.statusCode, 403);
      const sandboxSecret = (created.json() as { secret: string }).secret;
      receiver.secrets = [...receiver.secrets, sandboxSecret];
      const { deliveryIds } = await enqueue(500, hanbit, 'sandbox');
      assert.equal(deliveryIds.length, 1);
      await drain();
      assert.ok(receiver.processed.has(deliveryIds[0]!));
    });

    it('the worker polls, delivers and stops cleanly', async () => {
      const worker = startWebhookWorker(app.ctx, { pollMs: 20 });
      try {
        const { deliveryIds } = await enqueue(600);
        const deadline = Date.now() + 5_000;
        while (!receiver.processed.has(deliveryIds[0]!) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        assert.ok(receiver.processed.has(deliveryIds[0]!), 'delivered by the worker');
      } finally {
        await worker.stop();
      }
      await enqueue(601);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal([...receiver.processed.values()].some((s) => s.body.data.n === 601), false, 'nothing sent after stop');
      await drain();
    });

    it('production mode refuses loopback and private addresses, at registration and at delivery', async () => {
      const prodCtx = makeContext(testConfig({ TUMEN_MODE: 'production' }), app.testDb.database, { clock: app.clock, log: pino({ level: 'silent' }) });
      const prodServer = await buildServer(prodCtx);
      try {
        const login = await prodServer.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'cheongja.admin', password: 'Tumen-demo-2026' } });
        const auth = { authorization: `Bearer ${(login.json() as { token: string }).token}` };
        for (const url of ['http://127.0.0.1:8080/x', 'http://localhost/x', 'https://[::1]/x', 'http://10.1.2.3/x', 'http://192.168.0.10/x', 'http://169.254.169.254/latest/meta-data', 'http://[fe80::1]/x', 'http://0x7f000001/x', 'http://[::ffff:127.0.0.1]/x']) {
          const res = await prodServer.inject({ method: 'POST', url: '/api/webhooks?lang=en', headers: auth, payload: { url, events: ['ceb.receipt'] } });
          assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
          const err = (res.json() as { error: { code: string; issues: { path: string }[]; message: string } }).error;
          assert.equal(err.code, 'webhooks.url_private', url);
          assert.deepEqual(err.issues.map((i) => i.path), ['url']);
        }
        const ok = await prodServer.inject({ method: 'POST', url: '/api/webhooks', headers: auth, payload: { url: 'https://erp.cheongja.example/hook', events: ['ceb.receipt'] } });
        assert.equal(ok.statusCode, 201, ok.body);
        const publicId = (ok.json() as { id: string }).id;
        const patch = await prodServer.inject({ method: 'PATCH', url: `/api/webhooks/${publicId}`, headers: auth, payload: { url: 'http://127.0.0.1/x' } });
        assert.equal(patch.statusCode, 400);
        await prodServer.inject({ method: 'DELETE', url: `/api/webhooks/${publicId}`, headers: auth });

        // A loopback webhook registered earlier (in demo mode) is not reached by a production worker.
        const demoHook = await createWebhook('cheongja.admin', { url: receiver.url, events: ['ceb.receipt'] });
        receiver.secrets = [...receiver.secrets, demoHook.secret];
        const before = receiver.requests.length;
        await enqueue(700, app.orgId.cheongja!);
        const r = await deliverDue(prodCtx);
        assert.deepEqual(r, { claimed: 1, delivered: 0, retrying: 1, failed: 0 });
        assert.equal(receiver.requests.length, before, 'never sent');
        const [d] = await deliveries(demoHook.id);
        assert.match(d!.last_error ?? '', /loopback, private or link-local/);
      } finally {
        await prodServer.close();
      }
    });
  });
}
