import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { makeContext } from '../src/app/app';
import { seedDemo } from '../src/app/seed';
import { openDatabase, rows } from '../src/db/database';
import { verifyAudit } from '../src/modules/audit';
import { startTestApp, testConfig, type TestApp } from './support/app';
import { dbTargets, tempDir } from './support/db';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Row {
  chain: string;
  seq: number;
  id: string;
}

for (const target of dbTargets()) {
  describe(`hash-chained audit log [${target}]`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(target);
    });
    after(() => app.close());

    const hanbitChain = () => `org:${app.orgId.hanbit}`;
    const chainRows = (chain: string) =>
      rows<Row>(app.ctx.db, sql`select chain, seq::int as seq, id::text as id from audit_log where chain = ${chain} order by seq`);

    it('passes on an untouched log, with one chain per organisation', async () => {
      const r = await verifyAudit(app.ctx.db);
      assert.equal(r.ok, true, JSON.stringify(r.problems));
      assert.ok(r.chains >= 29, `${r.chains} chains`);
      assert.ok(r.rows > 60);
    });

    it('keeps one unbroken chain under concurrent writes of one organisation', async () => {
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          app.inject({
            method: 'POST',
            url: `/api/orgs/${app.orgId.hanbit}/users`,
            as: 'hanbit.admin',
            payload: { username: `burst${i}.${process.pid}`, displayName: `并发${i}`, password: 'Tumen-demo-2026' },
          }),
        ),
      );
      assert.deepEqual(results.map((r) => r.statusCode), Array(12).fill(201));
      const seqs = (await chainRows(hanbitChain())).map((r) => r.seq);
      assert.deepEqual(seqs, seqs.map((_, i) => i + 1), 'sequence 1..n without gaps or forks');
      assert.equal((await verifyAudit(app.ctx.db)).ok, true);
    });

    it('names the row whose content was changed', async () => {
      const [victim] = await rows<Row>(
        app.ctx.db,
        sql`select chain, seq::int as seq, id::text as id from audit_log where chain = ${hanbitChain()} and details->>'role' = 'member' order by seq limit 1`,
      );
      assert.ok(victim);
      await app.ctx.db.execute(
        sql`update audit_log set details = jsonb_set(details, '{role}', '"admin"') where chain = ${victim.chain} and seq = ${victim.seq}`,
      );
      const r = await verifyAudit(app.ctx.db);
      assert.equal(r.ok, false);
      assert.deepEqual(r.problems, [{ chain: victim.chain, seq: victim.seq, id: victim.id, kind: 'altered' }]);
      // Putting the content back makes the chain whole again: the check is on content, not on a flag.
      await app.ctx.db.execute(
        sql`update audit_log set details = jsonb_set(details, '{role}', '"member"') where chain = ${victim.chain} and seq = ${victim.seq}`,
      );
      assert.equal((await verifyAudit(app.ctx.db)).ok, true);
    });

    it('names a row that was altered and re-hashed, through the next row’s link', async () => {
      const [, second] = await chainRows(`org:${app.orgId.cheongja}`);
      assert.ok(second);
      await app.ctx.db.execute(sql`update audit_log set action = 'forged', hash = repeat('a', 64) where chain = ${second.chain} and seq = ${second.seq}`);
      const r = await verifyAudit(app.ctx.db);
      assert.deepEqual(r.problems, [{ chain: second.chain, seq: second.seq, id: second.id, kind: 'altered' }]);
    });

    it('names a removed row, in the middle or at the end of a chain', async () => {
      const chain = `org:${app.orgId.guiwan}`;
      const before = await chainRows(chain);
      assert.ok(before.length >= 2);
      await app.ctx.db.execute(sql`delete from audit_log where chain = ${chain} and seq = 1`);
      let r = await verifyAudit(app.ctx.db);
      assert.ok(r.problems.some((p) => p.chain === chain && p.seq === 1 && p.kind === 'missing'), JSON.stringify(r.problems));

      const tailChain = `org:${app.orgId.baiyan}`;
      const tail = (await chainRows(tailChain)).at(-1)!;
      await app.ctx.db.execute(sql`delete from audit_log where chain = ${tailChain} and seq = ${tail.seq}`);
      r = await verifyAudit(app.ctx.db);
      assert.ok(r.problems.some((p) => p.chain === tailChain && p.seq === tail.seq && p.kind === 'missing'), JSON.stringify(r.problems));
    });

    it('refuses nothing silently: audit rows of a failed write roll back with it', async () => {
      const count = async () => (await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from audit_log`))[0]!.n;
      const n = await count();
      const dup = await app.inject({
        method: 'POST',
        url: `/api/orgs/${app.orgId.hanbit}/users`,
        as: 'hanbit.admin',
        payload: { username: 'hanbit.admin', displayName: '重复', password: 'Tumen-demo-2026' },
      });
      assert.equal(dup.statusCode, 409);
      assert.equal(await count(), n);
    });
  });
}

describe('tumen audit verify (CLI) [pglite]', () => {
  it('exits 0 on an untouched log and names the changed row otherwise', async () => {
    const dataDir = path.join(tempDir('audit-cli'), 'data');
    const config = testConfig({ TUMEN_DATA_DIR: dataDir });
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await database.migrate();
    await seedDemo(makeContext(config, database));
    await database.close();

    const env = { ...process.env, TUMEN_DATA_DIR: dataDir, TUMEN_LANG: 'en', TUMEN_LOG_LEVEL: 'silent' };
    const run = () => spawnSync(process.execPath, ['bin/tumen.mjs', 'audit', 'verify'], { cwd: root, env, encoding: 'utf8' });
    const ok = run();
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Audit log intact: \d+ chain\(s\), \d+ row\(s\)/);

    const db2 = await openDatabase({ kind: 'pglite', dataDir });
    const [victim] = await rows<Row>(db2.db, sql`select chain, seq::int as seq, id::text as id from audit_log where action = 'user.created' order by chain, seq limit 1`);
    await db2.db.execute(sql`update audit_log set details = '{"role":"admin","username":"intruder"}' where id = ${victim!.id}`);
    await db2.close();

    const bad = run();
    assert.equal(bad.status, 1);
    assert.ok(bad.stdout.includes(`row ${victim!.seq} (${victim!.id}) was altered`), bad.stdout);
    assert.ok(bad.stdout.includes(victim!.chain));
  });
});
