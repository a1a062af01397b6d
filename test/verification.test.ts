// The public-security identity verification port: the local register's answers, the check log (masked,
// in the caller's transaction), the routes of public security, the `tumen identity` commands, demo data.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { AppError } from '../src/kernel/errors';
import { residentIdCheckChar, validateResidentId } from '../src/modules/identity';
import {
  addResidentIdentity,
  currentVerifier,
  DEMO_RESIDENTS,
  localVerifier,
  maskIdNumber,
  setVerifier,
  verifyIdentity,
  type IdentityVerifier,
  type VerificationResult,
} from '../src/modules/verification';
import { startTestApp, type TestApp } from './support/app';
import { createServerDatabase, dbTargets, tempDir } from './support/db';
import { runCli, show, tumenEnv } from './support/process';

/** From the policy notes' identity vectors: valid (check X), wrong check character, impossible date (month 13). */
const VALID = '11010519491231002X';
const BAD_CHECK = '110105194912310021';
const BAD_DATE = '110105194913310021';
/** A valid number nobody registers. */
const UNREGISTERED = (() => {
  const first17 = '22240119880808123';
  return first17 + residentIdCheckChar(first17);
})();

interface CheckRow {
  id: string;
  purpose: string;
  reference: string | null;
  id_number_masked: string;
  result: string;
}

describe('maskIdNumber', () => {
  it('keeps the area code and the check character of a number, masks the rest', () => {
    assert.equal(maskIdNumber(VALID), '110105***********X');
    assert.equal(maskIdNumber(' 11010519491231002x '), '110105***********X');
    assert.equal(maskIdNumber(VALID).length, 18);
  });

  it('reveals nothing of a malformed input but digits where the area and check character would be', () => {
    assert.equal(maskIdNumber(''), '');
    assert.equal(maskIdNumber('12345'), '*****');
    assert.equal(maskIdNumber('张三'), '**');
    assert.equal(maskIdNumber('金哲洙 222401'), '*********1');
    assert.equal(maskIdNumber('1'.repeat(100)), `111111${'*'.repeat(25)}1`);
  });
});

describe('DEMO_RESIDENTS', () => {
  const divisions = fs.readFileSync(new URL('../data/reference/divisions.csv', import.meta.url), 'utf8');
  const yanbianCodes = new Set(divisions.split('\n').map((l) => l.split(',')[0]!).filter((c) => /^2224\d\d$/.test(c) && c !== '222400'));

  it('has about three dozen residents, every number valid, normalised and unique', () => {
    assert.ok(DEMO_RESIDENTS.length >= 30 && DEMO_RESIDENTS.length <= 40, String(DEMO_RESIDENTS.length));
    for (const r of DEMO_RESIDENTS) {
      const v = validateResidentId(r.idNumber);
      assert.ok(v.ok, `${r.name} ${r.idNumber}`);
      assert.equal(v.id, r.idNumber, 'stored normalised');
      const year = Number(v.birthDate.slice(0, 4));
      assert.ok(year >= 1960 && year <= 2004, `${r.name} born ${v.birthDate}`);
    }
    assert.equal(new Set(DEMO_RESIDENTS.map((r) => r.idNumber)).size, DEMO_RESIDENTS.length);
    assert.equal(new Set(DEMO_RESIDENTS.map((r) => r.phone)).size, DEMO_RESIDENTS.length);
    assert.equal(new Set(DEMO_RESIDENTS.map((r) => r.name)).size, DEMO_RESIDENTS.length);
  });

  it('most live in Yanbian (area codes of data/reference/divisions.csv), some elsewhere; Korean-Chinese names among them', () => {
    const local = DEMO_RESIDENTS.filter((r) => yanbianCodes.has(r.idNumber.slice(0, 6)));
    assert.ok(local.length > DEMO_RESIDENTS.length / 2, `${local.length} in Yanbian`);
    assert.ok(DEMO_RESIDENTS.length - local.length >= 3, 'a few from other provinces');
    for (const surname of ['金', '朴', '李', '崔']) assert.ok(DEMO_RESIDENTS.some((r) => r.name.startsWith(surname)), surname);
    for (const r of DEMO_RESIDENTS) assert.match(r.phone, /^1390433\d{4}$/, r.name);
  });
});

for (const target of dbTargets()) {
  describe(`identity verification [${target}]`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(target);
    });
    after(() => app.close());

    const checks = () => rows<CheckRow>(app.ctx.db, sql`select id, purpose, reference, id_number_masked, result from identity_checks order by id`);
    const verify = (q: { name: string; idNumber: string; reference?: string }, using?: IdentityVerifier): Promise<VerificationResult> =>
      app.ctx.db.transaction((tx) => verifyIdentity(tx, app.ctx, { ...q, purpose: 'test' }, using));

    it('registers a resident once: the same pair again changes nothing, another name is refused, a bad number is refused', async () => {
      const first = await addResidentIdentity(app.ctx.db, app.ctx, { name: ' 王测试 ', idNumber: VALID.toLowerCase(), source: 'api' });
      assert.equal(first.created, true);
      assert.deepEqual({ ...first.resident, addedAt: undefined }, { idNumberMasked: '110105***********X', name: '王测试', source: 'api', addedAt: undefined });
      const stored = await rows<{ id_number: string; name: string }>(app.ctx.db, sql`select id_number, name from resident_identities where name = '王测试'`);
      assert.deepEqual(stored, [{ id_number: VALID, name: '王测试' }], 'number normalised to upper-case X, name trimmed');

      const again = await addResidentIdentity(app.ctx.db, app.ctx, { name: '王测试', idNumber: VALID, source: 'cli' });
      assert.equal(again.created, false);
      assert.equal(again.resident.source, 'api', 'the first registration stands');

      await assert.rejects(addResidentIdentity(app.ctx.db, app.ctx, { name: '王另一', idNumber: VALID, source: 'api' }), (e: unknown) => {
        assert.ok(e instanceof AppError);
        assert.equal(e.kind, 'conflict');
        assert.equal(e.code, 'verification.name_conflict');
        assert.equal(e.params.idNumber, '110105***********X');
        return true;
      });
      const cases: [string, string, Record<string, string>][] = [
        [BAD_CHECK, 'verification.id_check', { expected: 'X' }],
        [BAD_DATE, 'verification.id_date', {}],
        ['12345', 'verification.id_format', {}],
      ];
      for (const [idNumber, code, params] of cases) {
        await assert.rejects(addResidentIdentity(app.ctx.db, app.ctx, { name: '某人', idNumber, source: 'api' }), (e: unknown) => {
          assert.ok(e instanceof AppError);
          assert.equal(e.kind, 'invalid', idNumber);
          assert.equal(e.code, code, idNumber);
          assert.deepEqual(e.params, params);
          assert.deepEqual(e.issues[0]?.path, ['idNumber']);
          return true;
        });
      }
      await assert.rejects(addResidentIdentity(app.ctx.db, app.ctx, { name: '   ', idNumber: UNREGISTERED, source: 'api' }), { code: 'verification.name_invalid' });
      const unchanged = await rows<{ name: string }>(app.ctx.db, sql`select name from resident_identities where id_number = ${VALID}`);
      assert.deepEqual(unchanged, [{ name: '王测试' }]);
    });

    it('the port answers match, mismatch, unknown and invalid', async () => {
      const expected: [{ name: string; idNumber: string }, VerificationResult][] = [
        [{ name: '王测试', idNumber: VALID }, 'match'],
        [{ name: '  王测试\t', idNumber: VALID.toLowerCase() }, 'match'],
        [{ name: '王测', idNumber: VALID }, 'mismatch'],
        [{ name: '王 测试', idNumber: VALID }, 'mismatch'],
        [{ name: '王测试', idNumber: UNREGISTERED }, 'unknown'],
        [{ name: '王测试', idNumber: BAD_CHECK }, 'invalid'],
        [{ name: '王测试', idNumber: BAD_DATE }, 'invalid'],
        [{ name: '王测试', idNumber: '' }, 'invalid'],
      ];
      for (const [q, result] of expected) {
        assert.equal(await localVerifier.verify(app.ctx.db, q), result, JSON.stringify(q));
        assert.equal(await verify(q), result, JSON.stringify(q));
      }
    });

    it('names are compared after NFC normalisation and nothing else', async () => {
      const composed = '김철수';
      const first17 = '22240419750315101';
      const idNumber = first17 + residentIdCheckChar(first17);
      await addResidentIdentity(app.ctx.db, app.ctx, { name: composed.normalize('NFD'), idNumber, source: 'api' });
      assert.equal(await verify({ name: composed, idNumber }), 'match');
      assert.equal(await verify({ name: composed.normalize('NFD'), idNumber }), 'match');
      assert.equal(await verify({ name: '김철', idNumber }), 'mismatch');
      const latin = '22240419750315102';
      const latinId = latin + residentIdCheckChar(latin);
      await addResidentIdentity(app.ctx.db, app.ctx, { name: 'José', idNumber: latinId, source: 'api' });
      assert.equal(await verify({ name: 'Jose\u0301', idNumber: latinId }), 'match');
      assert.equal(await verify({ name: 'JOSÉ', idNumber: latinId }), 'mismatch', 'no case folding');
    });

    it('logs every check, masked, in the caller’s transaction; a rolled-back check leaves no row', async () => {
      const before = (await checks()).length;
      assert.equal(await verify({ name: '王测试', idNumber: VALID, reference: 'decl-1' }), 'match');
      assert.equal(await verify({ name: '王测试', idNumber: BAD_CHECK, reference: 'decl-2' }), 'invalid');
      const logged = (await checks()).slice(before);
      assert.deepEqual(
        logged.map(({ id: _id, ...r }) => r),
        [
          { purpose: 'test', reference: 'decl-1', id_number_masked: '110105***********X', result: 'match' },
          { purpose: 'test', reference: 'decl-2', id_number_masked: '110105***********1', result: 'invalid' },
        ],
      );
      const everything = JSON.stringify(await checks());
      for (const n of [VALID, BAD_CHECK, '19491231']) assert.ok(!everything.includes(n), `${n} is not in the log`);

      await assert.rejects(
        app.ctx.db.transaction(async (tx) => {
          await verifyIdentity(tx, app.ctx, { name: '王测试', idNumber: VALID, purpose: 'test', reference: 'rolled-back' });
          throw new Error('the declaration failed');
        }),
        /the declaration failed/,
      );
      assert.equal((await checks()).filter((c) => c.reference === 'rolled-back').length, 0);
    });

    it('asks the verifier plugged in, never with an invalid number; setVerifier returns the one it replaced', async () => {
      const asked: string[] = [];
      const fake: IdentityVerifier = {
        async verify(_db, q) {
          asked.push(q.idNumber);
          return 'unknown';
        },
      };
      const previous = setVerifier(fake);
      try {
        assert.equal(previous, localVerifier);
        assert.equal(currentVerifier(), fake);
        assert.equal(await verify({ name: '王测试', idNumber: VALID.toLowerCase() }), 'unknown', 'the plugged verifier answers');
        assert.equal(await verify({ name: '王测试', idNumber: BAD_DATE }), 'invalid');
        assert.deepEqual(asked, [VALID], 'asked once, with the normalised number');
        // An explicit verifier wins over the plugged one.
        assert.equal(await verify({ name: '王测试', idNumber: VALID }, localVerifier), 'match');
      } finally {
        setVerifier(previous);
      }
      assert.equal(currentVerifier(), localVerifier);
    });

    it('the demo seed registered every demo resident (idempotently)', async () => {
      const registered = await rows<{ id_number: string; name: string; source: string }>(app.ctx.db, sql`select id_number, name, source from resident_identities where source = 'demo'`);
      assert.equal(registered.length, DEMO_RESIDENTS.length);
      for (const r of DEMO_RESIDENTS.slice(0, 5)) assert.equal(await verify({ name: r.name, idNumber: r.idNumber }), 'match', r.name);
      const { seedDemoResidents } = await import('../src/modules/verification');
      assert.equal(await seedDemoResidents(app.ctx), 0, 'a second seed adds nothing');
    });

    it('GET /api/verification/checks: public security reads the log page by page, audited; others are refused', async () => {
      for (const who of ['hanbit.admin', 'customs.admin', 'zone.admin']) {
        const res = await app.inject({ method: 'GET', url: '/api/verification/checks?lang=en', as: who });
        assert.equal(res.statusCode, 403, `${who}: ${res.body}`);
        assert.equal((res.json() as { error: { code: string } }).error.code, 'common.forbidden');
      }
      assert.equal((await app.inject({ method: 'GET', url: '/api/verification/checks' })).statusCode, 401);

      const all = (await checks()).map((c) => c.id);
      assert.ok(all.length >= 4);
      const seen: string[] = [];
      let after = '';
      for (let page = 0; page < 100; page++) {
        const res = await app.inject({ method: 'GET', url: `/api/verification/checks?limit=3${after ? `&after=${after}` : ''}`, as: page % 2 ? 'police.staff' : 'police.admin' });
        assert.equal(res.statusCode, 200, res.body);
        const body = res.json() as { items: { id: string; idNumberMasked: string; result: string; at: string }[]; next: string | null };
        assert.ok(body.items.length <= 3);
        for (const i of body.items) {
          assert.match(i.idNumberMasked, /^(\d{6})?\**[0-9X]?$/);
          assert.ok(!i.idNumberMasked.includes('19491231'));
        }
        seen.push(...body.items.map((i) => i.id));
        if (!body.items.length) {
          assert.equal(body.next, after || null, 'an empty page keeps the cursor');
          break;
        }
        after = body.next!;
      }
      assert.deepEqual(seen, all, 'every check exactly once, oldest first');

      const audit = await app.inject({ method: 'GET', url: '/api/audit?resourceType=identity_check&limit=500', as: 'police.admin' });
      assert.equal(audit.statusCode, 200, audit.body);
      const reads = (audit.json() as { items: { action: string; actorOrgId: string; chain: string }[] }).items.filter((i) => i.action === 'read');
      assert.ok(reads.length >= 2, 'each page read is in the audit log');
      assert.ok(reads.every((r) => r.actorOrgId === app.orgId['yanji-police'] && r.chain === `org:${app.orgId['yanji-police']}`));

      const bad = await app.inject({ method: 'GET', url: '/api/verification/checks?after=not-a-uuid', as: 'police.admin' });
      assert.equal(bad.statusCode, 400);
    });

    it('POST /api/verification/residents: public security registers (201, then 200), refuses another name (409) and a bad number (400); others are refused', async () => {
      const first17 = '22240519900101201';
      const idNumber = first17 + residentIdCheckChar(first17);
      const created = await app.inject({ method: 'POST', url: '/api/verification/residents', as: 'police.admin', payload: { name: '崔测试', idNumber } });
      assert.equal(created.statusCode, 201, created.body);
      assert.deepEqual((created.json() as { created: boolean; resident: { idNumberMasked: string; name: string; source: string } }).resident.idNumberMasked, maskIdNumber(idNumber));
      assert.ok(!created.body.includes(idNumber), 'the answer does not echo the whole number');
      const again = await app.inject({ method: 'POST', url: '/api/verification/residents', as: 'police.staff', payload: { name: '崔测试', idNumber } });
      assert.equal(again.statusCode, 200, again.body);
      assert.equal((again.json() as { created: boolean }).created, false);

      const renamed = await app.inject({ method: 'POST', url: '/api/verification/residents?lang=en', as: 'police.admin', payload: { name: '崔另一', idNumber } });
      assert.equal(renamed.statusCode, 409, renamed.body);
      assert.match((renamed.json() as { error: { message: string } }).error.message, /registered under another name/);

      const bad = await app.inject({ method: 'POST', url: '/api/verification/residents?lang=en', as: 'police.admin', payload: { name: '某人', idNumber: BAD_CHECK } });
      assert.equal(bad.statusCode, 400, bad.body);
      const err = (bad.json() as { error: { code: string; message: string; issues: { path: string; message: string }[] } }).error;
      assert.equal(err.code, 'verification.id_check');
      assert.match(err.message, /should be X/);
      assert.equal(err.issues[0]?.path, 'idNumber');
      const zh = await app.inject({ method: 'POST', url: '/api/verification/residents?lang=zh-CN', as: 'police.admin', payload: { name: '某人', idNumber: BAD_DATE } });
      assert.match((zh.json() as { error: { message: string } }).error.message, /出生日期/);

      for (const who of ['hanbit.admin', 'zone.admin', 'commerce.admin']) {
        const res = await app.inject({ method: 'POST', url: '/api/verification/residents', as: who, payload: { name: '金测试', idNumber: UNREGISTERED } });
        assert.equal(res.statusCode, 403, `${who}: ${res.body}`);
      }
      assert.equal(await verify({ name: '金测试', idNumber: UNREGISTERED }), 'unknown', 'nothing registered by the refused callers');

      const audit = await app.inject({ method: 'GET', url: '/api/audit?resourceType=resident_identity&limit=50', as: 'police.admin' });
      const adds = (audit.json() as { items: { action: string; resourceId: string }[] }).items.filter((i) => i.action === 'verification.resident.add');
      assert.deepEqual(adds.map((a) => a.resourceId), [maskIdNumber(idNumber)], 'the registration is audited once, by masked number');
    });
  });

  describe(`tumen identity [${target}]`, { timeout: 300_000 }, () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    let server: { url: string; drop(): Promise<void> } | undefined;
    before(async () => {
      dir = tempDir(`verification-cli-${target}`);
      server = target === 'postgres' ? await createServerDatabase() : undefined;
      env = tumenEnv({ TUMEN_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: server?.url });
    });
    after(async () => {
      await server?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const cli = (args: string[]) => runCli(args, env);

    it('identity add, then verify answers match; list shows the number masked; mistakes are refused', async () => {
      const added = await cli(['identity', 'add', '--name', '李测试', '--id', VALID.toLowerCase()]);
      assert.equal(added.code, 0, show(added));
      assert.equal(added.stdout.trim(), 'Resident 李测试 (110105***********X) registered');
      const twice = await cli(['identity', 'add', '--name', '李测试', '--id', VALID, '--json']);
      assert.equal(twice.code, 0, show(twice));
      assert.equal((JSON.parse(twice.stdout) as { created: boolean }).created, false);

      const verified = await cli(['identity', 'verify', '--name', '李测试', '--id', VALID, '--json']);
      assert.equal(verified.code, 0, show(verified));
      assert.deepEqual(JSON.parse(verified.stdout), { result: 'match', idNumberMasked: '110105***********X' });
      const other = await cli(['identity', 'verify', '--name', '李另一', '--id', VALID]);
      assert.equal(other.code, 1, show(other));
      assert.equal(other.stdout.trim(), 'Mismatch: the resident identity number is registered under another name');

      const listed = await cli(['identity', 'list', '--json']);
      assert.equal(listed.code, 0, show(listed));
      assert.deepEqual(
        (JSON.parse(listed.stdout) as { idNumberMasked: string; name: string; source: string }[]).map(({ idNumberMasked, name, source }) => ({ idNumberMasked, name, source })),
        [{ idNumberMasked: '110105***********X', name: '李测试', source: 'cli' }],
      );
      assert.ok(!listed.stdout.includes(VALID));

      const bad = await cli(['identity', 'add', '--name', '某人', '--id', BAD_CHECK]);
      assert.equal(bad.code, 1, show(bad));
      assert.match(bad.stderr, /check character of the resident identity number is wrong: it should be X/);
      const renamed = await cli(['identity', 'add', '--name', '李另一', '--id', VALID]);
      assert.equal(renamed.code, 1, show(renamed));
      assert.match(renamed.stderr, /registered under another name/);
    });
  });
}
