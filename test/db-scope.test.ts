import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { deferringTransaction, deferWrite, LateWriteConflict } from '../src/db/scope';
import { cachedRead } from '../src/db/versions';
import { organisations } from '../src/modules/identity/identity.table';
import { startTestApp, type TestApp } from './support/app';
import { dbTargets } from './support/db';

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
  });
}
