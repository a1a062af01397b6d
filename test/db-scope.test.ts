import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import { openConfiguredDatabase } from '../src/app/app';
import type { Config } from '../src/config';
import { PGLITE_SHARED_BUFFERS, rows } from '../src/db/database';
import { uniqueViolation } from '../src/db/errors';
import { insertRow, selectWhere, updateWhere } from '../src/db/statements';
import { canSendUnawaited, deferringTransaction, deferWrite, LateWriteConflict } from '../src/db/scope';
import { cachedRead } from '../src/db/versions';
import { cebReceipts } from '../src/modules/ceb/ceb.table';
import { creditFactDays } from '../src/modules/credit/credit.table';
import { organisations } from '../src/modules/identity/identity.table';
import { outboxEvents } from '../src/modules/outbox/outbox.table';
import { startTestApp, testConfig, type TestApp } from './support/app';
import { dbTargets, tempDir } from './support/db';

for (const target of dbTargets()) {
  describe(`scoped transactions: kept rows and deferred writes [${target}]`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(target);
    });
    after(() => app.close());

    const readOrg = (db: Parameters<typeof cachedRead>[0], id: string) =>
      cachedRead(db, 'organisations', `test:${id}`, async () => (await db.select().from(organisations).where(eq(organisations.id, id)))[0]);

    it('keeps a row between scoped transactions until a statement changes its table, and reads it every time elsewhere', async () => {
      const id = app.orgId.hanbit!;
      const first = await deferringTransaction(app.ctx.db, (tx) => readOrg(tx, id));
      const second = await deferringTransaction(app.ctx.db, (tx) => readOrg(tx, id));
      assert.equal(second, first, 'the same object: read once');
      assert.ok(Object.isFrozen(first), 'shared, so frozen');
      assert.throws(() => {
        (first as { nameZh: string }).nameZh = 'x';
      }, TypeError);
      const [before] = await rows<{ version: string }>(app.ctx.db, sql`select version::text as version from cache_versions where name = 'organisations'`);
      await app.ctx.db.update(organisations).set({ nameZh: '韩光测试改名' }).where(eq(organisations.id, id));
      const [afterUpdate] = await rows<{ version: string }>(app.ctx.db, sql`select version::text as version from cache_versions where name = 'organisations'`);
      assert.equal(BigInt(afterUpdate!.version), BigInt(before?.version ?? '0') + 1n, 'the trigger moved the counter');
      const third = await deferringTransaction(app.ctx.db, (tx) => readOrg(tx, id));
      assert.notEqual(third, first);
      assert.equal(third?.nameZh, '韩光测试改名');
      // Outside a scoped transaction nothing is kept: a transaction that writes reads its own write.
      await app.ctx.db.transaction(async (tx) => {
        await tx.update(organisations).set({ nameZh: first!.nameZh }).where(eq(organisations.id, id));
        assert.equal((await readOrg(tx, id))?.nameZh, first!.nameZh);
      });
      assert.equal((await deferringTransaction(app.ctx.db, (tx) => readOrg(tx, id)))?.nameZh, first!.nameZh);
    });

    it('runs deferred writes at the end, and on a late conflict runs the whole transaction again without deferring', async () => {
      const order: string[] = [];
      let runs = 0;
      const result = await deferringTransaction(app.ctx.db, async (tx) => {
        runs += 1;
        const attempt = runs;
        await deferWrite(tx, async () => {
          order.push(`deferred ${attempt}`);
          if (attempt === 1) throw new LateWriteConflict('test');
        });
        order.push(`body ${attempt}`);
        return attempt;
      });
      assert.equal(result, 2);
      assert.deepEqual(order, ['body 1', 'deferred 1', 'deferred 2', 'body 2']);
    });
    it('a row inserted by its kept statement is stored as the query builder stores it: arrays, jsonb, timestamps, defaults, and what the database assigns', async () => {
      const at = new Date('2026-11-28T02:00:00.123Z');
      const event = (id: string) => ({ id, topic: 'test.insert', aggregateType: 'test', aggregateId: id, partyOrgIds: [app.orgId.hanbit!, app.orgId.baiyan!], payload: { n: 1, text: '韓光 «x»', nested: [{ a: null }] }, occurredAt: at });
      const [a, b] = [app.ctx.newId(), app.ctx.newId()];
      await app.ctx.db.transaction(async (tx) => {
        await tx.insert(outboxEvents).values(event(a));
        await insertRow(tx, outboxEvents, event(b));
      });
      const stored = await app.ctx.db.select().from(outboxEvents).where(sql`${outboxEvents.id} in (${a}, ${b})`).orderBy(outboxEvents.position);
      assert.equal(stored.length, 2);
      const strip = (r: (typeof stored)[number]) => ({ ...r, position: undefined, id: undefined, aggregateId: undefined });
      assert.deepEqual(strip(stored[1]!), strip(stored[0]!));
      assert.ok(stored[1]!.position > stored[0]!.position, 'the serial position assigned by the database');
      assert.equal(stored[1]!.publishedAt, null, 'an omitted column takes its default');
      // What only the database assigns comes back decoded: a bigserial as a number.
      const receipt = { id: app.ctx.newId(), orgId: app.orgId.hanbit!, environment: 'sandbox' as const, messageType: 'CEB312Message', guid: 'test-guid', returnStatus: '2', returnTime: at, returnInfo: 'ok', problems: [{ code: 'x', path: '/a' }], xml: '<x/>' };
      const { seq } = await insertRow(app.ctx.db, cebReceipts, receipt, ['seq']);
      const [row] = await app.ctx.db.select().from(cebReceipts).where(eq(cebReceipts.id, receipt.id));
      assert.equal(typeof seq, 'number');
      assert.equal(seq, row!.seq);
      assert.deepEqual(row!.problems, receipt.problems);
      assert.equal(row!.returnTime.getTime(), at.getTime());
    });
    it('a lookup by its kept statement answers as the query builder does: dates as strings, timestamps, arrays, jsonb, numbers, nulls', async () => {
      const id = app.orgId.hanbit!;
      const [built] = await app.ctx.db.select().from(organisations).where(eq(organisations.id, id));
      const [kept] = await selectWhere(app.ctx.db, organisations, { id });
      assert.deepEqual(kept, built);
      assert.ok(kept!.createdAt instanceof Date && Array.isArray(kept!.roles) && typeof kept!.names === 'object');
      const orgId = app.ctx.newId();
      await app.ctx.db.insert(creditFactDays).values({ orgId, kind: 'clean_release', day: '2026-11-28', n: 3, first: new Date('2026-11-27T16:00:01.5Z'), last: new Date('2026-11-28T15:59:59Z'), sx: 1.5, sx2: 2.25 });
      const builtDays = await app.ctx.db.select().from(creditFactDays).where(eq(creditFactDays.orgId, orgId));
      const keptDays = await selectWhere(app.ctx.db, creditFactDays, { orgId, kind: 'clean_release' });
      assert.deepEqual(keptDays, builtDays);
      assert.equal(keptDays[0]!.day, '2026-11-28', 'a date column in string mode stays a string');
      assert.deepEqual(await selectWhere(app.ctx.db, creditFactDays, { orgId, kind: 'other' }), []);
      // Inside a transaction, on its connection: a lock taken there, and the transaction's own writes seen.
      await app.ctx.db.transaction(async (tx) => {
        await tx.update(creditFactDays).set({ n: 4 }).where(eq(creditFactDays.orgId, orgId));
        const [locked] = await selectWhere(tx, creditFactDays, { orgId }, { limit: 1, forUpdate: true });
        assert.equal(locked!.n, 4);
      });
      // An update answers the row as it now is, as the builder's returning() does.
      const last = new Date('2026-11-28T15:59:59.999Z');
      const [byBuilder] = await app.ctx.db.update(creditFactDays).set({ n: 5, last }).where(eq(creditFactDays.orgId, orgId)).returning();
      const [byKept] = await updateWhere(app.ctx.db, creditFactDays, { n: 5, last, sx: undefined }, { orgId, kind: 'clean_release' });
      assert.deepEqual(byKept, byBuilder);
      assert.deepEqual(await updateWhere(app.ctx.db, creditFactDays, { n: 6 }, { orgId, kind: 'other' }), []);
    });
    it('inside a scoped transaction on PostgreSQL, an insert goes without waiting for its answer: what follows sees it, and its failure fails the transaction with its own error', async () => {
      const event = (id: string) => ({ id, topic: 'test.unawaited', aggregateType: 'test', aggregateId: id, partyOrgIds: [app.orgId.hanbit!], payload: { n: 1 }, occurredAt: new Date('2026-11-29T02:00:00Z') });
      const [a, b] = [app.ctx.newId(), app.ctx.newId()];
      const seen = await deferringTransaction(app.ctx.db, async (tx) => {
        assert.equal(canSendUnawaited(tx), target === 'postgres', 'only a pipelining connection sends unawaited');
        await insertRow(tx, outboxEvents, event(a));
        await insertRow(tx, outboxEvents, event(b));
        return (await rows<{ n: number }>(tx, sql`select count(*)::int as n from outbox_events where id in (${a}, ${b})`))[0]!.n;
      });
      assert.equal(seen, 2, 'the statement behind the inserts saw both');
      assert.equal((await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from outbox_events where id in (${a}, ${b})`))[0]!.n, 2);
      // A duplicate key: the transaction fails with the unique violation (23505), not with what the
      // statements behind it answer (25P02, transaction aborted), and nothing of it is stored.
      const c = app.ctx.newId();
      let after = 0;
      await assert.rejects(
        deferringTransaction(app.ctx.db, async (tx) => {
          await insertRow(tx, outboxEvents, event(c));
          await insertRow(tx, outboxEvents, event(a));
          after = (await rows<{ n: number }>(tx, sql`select 1 as n`))[0]!.n;
        }),
        (e: unknown) => uniqueViolation(e) === 'outbox_events_id_unique',
      );
      assert.equal(after, 0, 'nothing behind the failed insert ran to its end');
      assert.equal((await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from outbox_events where id = ${c}`))[0]!.n, 0);
    });
  });
}

describe('the embedded database on a data directory [pglite]', () => {
  it('opens with the configured buffer pool, 32MB unless configured, and refuses a size it cannot read', async () => {
    const dir = tempDir('shared-buffers');
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dataDir = path.join(dir, 'data');
    const show = async (config: Config) => {
      const database = await openConfiguredDatabase(config);
      try {
        return (await rows<{ shared_buffers: string }>(database.db, sql`show shared_buffers`))[0]!.shared_buffers;
      } finally {
        await database.close();
      }
    };
    assert.equal(await show(testConfig({ TUMEN_DATA_DIR: dataDir, TUMEN_PGLITE_SHARED_BUFFERS: '16MB' })), '16MB');
    assert.equal(await show(testConfig({ TUMEN_DATA_DIR: dataDir })), PGLITE_SHARED_BUFFERS);
    assert.equal(PGLITE_SHARED_BUFFERS, '32MB');
    assert.throws(() => testConfig({ TUMEN_PGLITE_SHARED_BUFFERS: 'plenty' }), /TUMEN_PGLITE_SHARED_BUFFERS/);
  });
});
