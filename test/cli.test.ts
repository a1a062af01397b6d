// The operator CLI end to end, as real processes: commands on a stopped data directory (or server
// database), the same commands while `tumen start` runs (over its control channel for PGlite), the
// data-directory lock, and graceful shutdown on SIGTERM.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { controlFileFor, type ControlInfo } from '../src/cli/control';
import { lockPathFor } from '../src/db/lock';
import { DEMO_ORGS } from '../src/modules/identity';
import type { OrgView } from '../src/modules/identity';
import { makeUscc, validateUscc } from '../src/modules/identity';
import { createServerDatabase, dbTargets, tempDir } from './support/db';
import { runCli, show, spawnTumen, tumenEnv, type TumenProcess } from './support/process';

const ORG_KINDS = new Set(['zone_office', 'department', 'enterprise']);
const HANBIT = DEMO_ORGS.find((o) => o.key === 'hanbit') ?? assert.fail('demo organisation hanbit is missing');
/** The CLI-created user's password is hashed at this cost, so signing in as it takes a while (~0.5 s). */
const SLOW_SCRYPT_COST = '131072';
const OPERATOR = { username: 'cli.operator', password: 'Cli-operator-2026' };

async function getJson(url: string, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(15_000) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * POSTs JSON with node:http. Without an agent it sends `Connection: close`, so the client never holds an
 * idle connection open; a keep-alive agent keeps it open afterwards, as fetch and most HTTP clients do.
 */
function postJson(url: string, body: unknown, agent: http.Agent | false = false): Promise<{ status: number; body: Record<string, unknown>; at: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' }, timeout: 30_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown>, at: Date.now() });
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`POST ${url}: timed out`)));
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

function parseOrgs(stdout: string): OrgView[] {
  const rows = JSON.parse(stdout) as OrgView[];
  assert.ok(Array.isArray(rows));
  return rows;
}

/** Resolves when the child logged that it received a request for `url` (needs TUMEN_LOG_LEVEL=info). */
function receivedRequest(p: TumenProcess, url: string, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => {
      const seen = p
        .stdout()
        .split('\n')
        .some((line) => {
          if (!line.startsWith('{')) return false;
          try {
            const entry = JSON.parse(line) as { msg?: string; req?: { url?: string } };
            return entry.msg === 'incoming request' && entry.req?.url === url;
          } catch {
            return false;
          }
        });
      if (seen) return resolve();
      if (p.hasExited() || Date.now() > deadline) return reject(new Error(`no request for ${url} logged\n${p.stdout()}\n${p.stderr()}`));
      setTimeout(poll, 5);
    };
    poll();
  });
}

for (const target of dbTargets()) {
  // Generous: under the full suite on two cores the child processes share the machine with other tests.
  describe(`cli [${target}]`, { timeout: 400_000 }, () => {
    const embedded = target === 'pglite';
    let dir: string;
    let dataDir: string;
    let env: NodeJS.ProcessEnv;
    let server: { url: string; drop(): Promise<void> } | undefined;
    const children: TumenProcess[] = [];
    let hanbitId = '';
    let firstKey = '';

    const start = (extra: Record<string, string> = {}) => {
      const p = spawnTumen(['start'], { ...env, ...extra });
      children.push(p);
      return p;
    };
    const cli = (args: string[], extra: Record<string, string> = {}) => runCli(args, { ...env, ...extra });

    before(async () => {
      dir = tempDir(`cli-${target}`);
      dataDir = path.join(dir, 'data');
      server = target === 'postgres' ? await createServerDatabase() : undefined;
      // The data directory is set for the postgres target too, to show that it is left alone.
      env = tumenEnv({ TUMEN_DATA_DIR: dataDir, DATABASE_URL: server?.url });
    });
    after(async () => {
      for (const c of children) await c.stop('SIGKILL');
      await server?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const assertNoLockFiles = () => {
      assert.equal(fs.existsSync(lockPathFor(dataDir)), false, 'lock file removed');
      assert.equal(fs.existsSync(controlFileFor(dataDir)), false, 'control file removed');
    };

    // ------------------------------------------------------------------ (a) no running process
    it(`(a) migrate, seed, orgs, users, apikey and audit on a stopped ${target} database`, async () => {
      const migrated = await cli(['migrate']);
      assert.equal(migrated.code, 0, show(migrated));
      assert.equal(migrated.stdout.trim(), 'migrations applied');
      assertNoLockFiles();
      assert.equal(fs.existsSync(dataDir), embedded, embedded ? 'PGlite data directory created' : 'no data directory for a server database');

      const seeded = await cli(['seed', '--demo']);
      assert.equal(seeded.code, 0, show(seeded));
      assert.equal(seeded.stdout.trim(), `demo organisations: ${DEMO_ORGS.length} created, 0 already present`);

      const listed = await cli(['orgs', 'list', '--json']);
      assert.equal(listed.code, 0, show(listed));
      const orgs = parseOrgs(listed.stdout);
      assert.equal(orgs.length, 29);
      assert.deepEqual(new Set(orgs.map((o) => o.uscc)), new Set(DEMO_ORGS.map((o) => o.uscc)));
      for (const o of orgs) {
        assert.ok(validateUscc(o.uscc).ok, `${o.uscc} is a valid code`);
        assert.ok(typeof o.nameZh === 'string' && o.nameZh.length > 0);
        assert.ok(o.names && typeof o.names === 'object');
        assert.ok(ORG_KINDS.has(o.kind), o.kind);
        assert.ok(Array.isArray(o.roles));
        assert.equal(o.kind === 'enterprise', o.roles.length > 0, `${o.uscc}: only enterprises have roles`);
        assert.equal(o.status, 'active');
        assert.equal(o.demo, true);
      }
      hanbitId = orgs.find((o) => o.uscc === HANBIT.uscc)?.id ?? '';
      assert.ok(hanbitId);

      const text = await cli(['orgs', 'list']);
      assert.equal(text.code, 0, show(text));
      const lines = text.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 30);
      assert.equal(lines.at(-1), '29 organisation(s)');
      for (const o of DEMO_ORGS) {
        const line = lines.find((l) => l.startsWith(`${o.uscc}  `));
        assert.ok(line, `a line for ${o.uscc}`);
        assert.ok(line.includes(o.nameZh) && line.includes('active'), line);
        if (o.kind === 'enterprise') assert.ok(line.includes(o.roles.join(',')), line);
      }

      // This user's password is hashed at a high cost, so signing in as it is a slow request in (d).
      const created = await cli(['users', 'create', '--org', HANBIT.uscc, '--username', OPERATOR.username, '--password', OPERATOR.password, '--name', 'CLI operator', '--role', 'admin'], {
        TUMEN_SCRYPT_COST: SLOW_SCRYPT_COST,
      });
      assert.equal(created.code, 0, show(created));
      assert.match(created.stdout.trim(), /^user cli\.operator \(admin\) created: [0-9a-f-]{36}$/);

      const keyed = await cli(['apikey', 'create', '--org', HANBIT.uscc, '--name', 'erp', '--json']);
      assert.equal(keyed.code, 0, show(keyed));
      const key = JSON.parse(keyed.stdout) as { key: string; orgId: string; name: string; environment: string; prefix: string; scopes: string[] };
      assert.ok(key.key.startsWith('tk_test_'), key.key);
      assert.equal(key.orgId, hanbitId);
      assert.equal(key.environment, 'sandbox');
      assert.equal(key.name, 'erp');
      assert.ok(key.key.startsWith(key.prefix) && key.prefix.length < key.key.length, 'the stored prefix is not the whole key');
      assert.ok(key.scopes.includes('orgs.read'));
      assert.equal(keyed.stdout.split(key.key).length - 1, 1, 'the key is printed once');
      assert.ok(!keyed.stderr.includes(key.key));
      firstKey = key.key;

      const audit = await cli(['audit', 'verify']);
      assert.equal(audit.code, 0, show(audit));
      const auditLines = audit.stdout.trimEnd().split('\n');
      assert.equal(auditLines.length, 1, audit.stdout);
      const m = /^Audit log intact: (\d+) chain\(s\), (\d+) row\(s\)$/.exec(auditLines[0] ?? '');
      assert.ok(m, audit.stdout);
      assert.ok(Number(m[1]) >= 29 && Number(m[2]) > Number(m[1]), audit.stdout);
      assertNoLockFiles();
    });

    // ------------------------------------------------------------------ (b) with `tumen start` running
    let running: TumenProcess;
    let url = '';
    it(`(b) the CLI works while \`tumen start\` runs; a second start is ${embedded ? 'refused on the locked data directory' : 'welcome on a server database'}`, async () => {
      running = start();
      url = await running.listening();
      if (embedded) {
        assert.equal(fs.readFileSync(lockPathFor(dataDir), 'utf8').trim(), String(running.pid));
        const info = JSON.parse(fs.readFileSync(controlFileFor(dataDir), 'utf8')) as ControlInfo;
        assert.equal(info.pid, running.pid);
        assert.ok(info.port > 0 && /^[0-9a-f]{64}$/.test(info.token));
        assert.equal(fs.statSync(controlFileFor(dataDir)).mode & 0o777, 0o600, 'the control file is private to its owner');
      } else {
        assertNoLockFiles();
      }

      // The key created by the CLI in (a) works against the server.
      const org = await getJson(`${url}/api/orgs/${hanbitId}`, firstKey);
      assert.equal(org.status, 200, JSON.stringify(org.body));
      assert.equal(org.body.uscc, HANBIT.uscc);
      const me = await getJson(`${url}/api/auth/me`, firstKey);
      assert.equal(me.status, 200);
      assert.equal(me.body.kind, 'apikey');
      // So does the user created by the CLI.
      const signedIn = await postJson(`${url}/api/auth/login`, OPERATOR);
      assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));

      // orgs list: for PGlite the data directory is locked, so this can only succeed over the control channel.
      const listed = await cli(['orgs', 'list', '--json']);
      assert.equal(listed.code, 0, show(listed));
      assert.equal(parseOrgs(listed.stdout).length, 29);

      const keyed = await cli(['apikey', 'create', '--org', HANBIT.uscc]);
      assert.equal(keyed.code, 0, show(keyed));
      const key = keyed.stdout.trim();
      assert.match(key, /^tk_test_\S+$/);
      assert.equal(keyed.stdout, `${key}\n`, 'only the key on stdout');
      assert.match(keyed.stderr, /shown only now/);
      assert.ok(!keyed.stderr.includes(key));
      const withNewKey = await getJson(`${url}/api/orgs/${hanbitId}`, key);
      assert.equal(withNewKey.status, 200, JSON.stringify(withNewKey.body));

      // A failure in the running process comes back as the translated message and exit status 1.
      const duplicate = await cli(['users', 'create', '--org', HANBIT.uscc, '--username', OPERATOR.username, '--password', 'Another-pass-2026']);
      assert.equal(duplicate.code, 1, show(duplicate));
      assert.match(duplicate.stderr, /The user name cli\.operator is taken/);

      if (embedded) {
        // Without the control file the CLI cannot reach the holder, and says the directory is in use.
        const control = controlFileFor(dataDir);
        fs.renameSync(control, `${control}.hidden`);
        try {
          const refused = await cli(['orgs', 'list', '--json']);
          assert.equal(refused.code, 1, show(refused));
          assert.ok(refused.stderr.includes(dataDir) && refused.stderr.includes(`in use by process ${running.pid}`), refused.stderr);
        } finally {
          fs.renameSync(`${control}.hidden`, control);
        }

        const second = await cli(['start']);
        assert.notEqual(second.code, 0, show(second));
        assert.equal(second.signal, null);
        assert.ok(second.stderr.includes(`The data directory ${dataDir} is in use by process ${running.pid}`), second.stderr);
        assert.ok(!second.stdout.includes('listening on'), second.stdout);
        // The refused start left the running one's lock and control file alone.
        assert.equal(fs.readFileSync(lockPathFor(dataDir), 'utf8').trim(), String(running.pid));
        assert.equal((JSON.parse(fs.readFileSync(controlFileFor(dataDir), 'utf8')) as ControlInfo).pid, running.pid);
      } else {
        // A server database is shared: a second instance starts and serves the same data.
        const second = start();
        const url2 = await second.listening();
        const org2 = await getJson(`${url2}/api/orgs/${hanbitId}`, key);
        assert.equal(org2.status, 200);
        const exit2 = await second.stop('SIGTERM');
        assert.equal(exit2.code, 0, second.stderr());
      }
      const health = await getJson(`${url}/health`);
      assert.equal(health.status, 200);
    });

    // ------------------------------------------------------------------ (c) SIGTERM
    it('(c) SIGTERM stops it gracefully: exit 0, lock and control file removed', async () => {
      assert.ok(running, '(b) started the platform');
      const exit = await running.stop('SIGTERM');
      assert.deepEqual(exit, { code: 0, signal: null }, running.stderr());
      assertNoLockFiles();
      // Nothing is left listening.
      await assert.rejects(fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) }));
    });

    // ------------------------------------------------------------------ (d) in-flight requests finish
    it('(d) requests in flight when SIGTERM arrives still get their answers', async () => {
      const p = start({ TUMEN_LOG_LEVEL: 'info', TUMEN_SCRYPT_COST: SLOW_SCRYPT_COST });
      const base = await p.listening();
      const uscc = makeUscc('91222401D0WN00001');
      // A slow sign-in (the user's hash has cost 131072) and a registration (hashed at that cost too).
      const loginAnswer = postJson(`${base}/api/auth/login`, OPERATOR);
      const registerAnswer = postJson(`${base}/api/registrations`, {
        organisation: {
          uscc,
          nameZh: '延吉停机测试贸易有限公司',
          roles: ['ebc'],
          address: '吉林省延边朝鲜族自治州延吉市测试路2号',
          contactName: '测试员',
          contactPhone: '0433-7654321',
        },
        admin: { username: 'shutdown.admin', displayName: 'Shutdown admin', password: 'Shutdown-test-2026' },
      });
      // Both requests are past the router (logged as received) before the signal is sent.
      await Promise.all([receivedRequest(p, '/api/auth/login'), receivedRequest(p, '/api/registrations')]);
      const signalledAt = Date.now();
      p.child.kill('SIGTERM');
      const [signedIn, registered] = await Promise.all([loginAnswer, registerAnswer]);
      assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
      assert.equal((signedIn.body.user as { username: string }).username, OPERATOR.username);
      assert.equal(registered.status, 201, JSON.stringify(registered.body));
      assert.ok(signedIn.at >= signalledAt && registered.at >= signalledAt, 'both answers came after the signal');
      const exit = await p.exited;
      assert.deepEqual(exit, { code: 0, signal: null }, p.stderr());
      assert.ok(Date.now() - signalledAt < 10_000, 'shutdown took less than 10 s');
      assertNoLockFiles();

      // The registration answered during shutdown was committed (the database opens cleanly, directly).
      const listed = await cli(['orgs', 'list', '--json']);
      assert.equal(listed.code, 0, show(listed));
      const orgs = parseOrgs(listed.stdout);
      assert.equal(orgs.length, 30);
      assert.equal(orgs.find((o) => o.uscc === uscc)?.status, 'pending');
    });

    // ------------------------------------------------------------------ (e) the same with a keep-alive client
    // A keep-alive connection whose request was in flight at SIGTERM must not stay open after its answer:
    // server.close() would wait for it until keepAliveTimeout (72 s, Fastify's default). Fetch and most
    // HTTP clients keep connections alive. Run on PGlite only: the behaviour does not depend on the database.
    if (embedded) it('(e) shutdown does not wait for the idle keep-alive connection of a request that was in flight', async () => {
      const p = start({ TUMEN_LOG_LEVEL: 'info' });
      const base = await p.listening();
      const agent = new http.Agent({ keepAlive: true });
      try {
        const answer = postJson(`${base}/api/auth/login`, OPERATOR, agent);
        await receivedRequest(p, '/api/auth/login');
        p.child.kill('SIGTERM');
        assert.equal((await answer).status, 200);
        const answeredAt = Date.now();
        let timer: NodeJS.Timeout | undefined;
        const exit = await Promise.race([p.exited, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), 5_000)))]);
        clearTimeout(timer);
        assert.ok(exit, `still running ${Date.now() - answeredAt} ms after its last answer`);
        assert.deepEqual(exit, { code: 0, signal: null }, p.stderr());
        assertNoLockFiles();
      } finally {
        agent.destroy();
        await p.stop('SIGKILL');
      }
    });
  });
}
