// Crash safety: a Tumen killed with SIGKILL in the middle of a burst of writes restarts on the same data
// directory (taking over the stale lock) or database, and every write it acknowledged is still there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { OrgView } from '../src/modules/identity';
import { makeUscc, USCC_ALPHABET } from '../src/modules/identity';
import { lockPathFor } from '../src/db/lock';
import { controlFileFor } from '../src/cli/control';
import { createServerDatabase, dbTargets, tempDir } from './support/db';
import { pidAlive, runCli, show, spawnTumen, tumenEnv, type TumenProcess } from './support/process';

const CLIENTS = 8;
const MAX_REQUESTS = 300;
const BURST_MS = 4_000;
const KILL_AFTER_ANSWERS = 40;
const PASSWORD = 'Crash-test-2026';

interface Registration {
  index: number;
  uscc: string;
  username: string;
}

/** The i-th registration: a distinct valid credit code (i in base 31 as positions 9–17) and user name. */
function registration(index: number): Registration {
  let body = '';
  for (let n = index, k = 0; k < 9; k++, n = Math.floor(n / USCC_ALPHABET.length)) body = USCC_ALPHABET[n % USCC_ALPHABET.length] + body;
  return { index, uscc: makeUscc(`91222401${body}`), username: `crash.admin.${index}` };
}

function registrationBody(r: Registration): string {
  return JSON.stringify({
    organisation: {
      uscc: r.uscc,
      nameZh: `延吉崩溃测试贸易有限公司${r.index}`,
      names: { en: `Crash Test Trading ${r.index}` },
      roles: ['ebc'],
      address: '吉林省延边朝鲜族自治州延吉市测试路1号',
      contactName: '测试员',
      contactPhone: '0433-1234567',
    },
    admin: { username: r.username, displayName: `Crash admin ${r.index}`, password: PASSWORD },
  });
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

interface Burst {
  /** Answered 201: the platform acknowledged these writes. */
  acknowledged: Registration[];
  /** In flight when the process died: no answer, outcome unknown. */
  unanswered: Registration[];
  /** Answered with anything but 201 (expected to stay empty). */
  rejected: { r: Registration; status: number; body: string }[];
  answersAtKill: number;
  killedAfterMs: number;
}

/** 8 clients register enterprises as fast as they can; the child is SIGKILLed after 40 answers (or 4 s). */
async function burstAndKill(url: string, victim: TumenProcess): Promise<Burst> {
  const result: Burst = { acknowledged: [], unanswered: [], rejected: [], answersAtKill: 0, killedAfterMs: 0 };
  const started = Date.now();
  let issued = 0;
  let answers = 0;
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    result.answersAtKill = answers;
    result.killedAfterMs = Date.now() - started;
    victim.child.kill('SIGKILL');
  };
  const timer = setTimeout(kill, BURST_MS);
  const client = async () => {
    while (!killed && issued < MAX_REQUESTS) {
      const r = registration(issued++);
      let status: number;
      try {
        const res = await fetch(`${url}/api/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: registrationBody(r),
          signal: AbortSignal.timeout(10_000),
        });
        status = res.status;
        // The status line is the acknowledgement; the body may be cut off by the kill.
        const body = await res.text().catch(() => '');
        if (status !== 201) result.rejected.push({ r, status, body });
      } catch {
        result.unanswered.push(r);
        continue;
      }
      answers++;
      if (status === 201) result.acknowledged.push(r);
      if (answers >= KILL_AFTER_ANSWERS) kill();
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  clearTimeout(timer);
  kill(); // only when the burst ran out of requests before either trigger (it cannot with these numbers)
  return result;
}

async function login(url: string, username: string): Promise<{ status: number; body: { user?: { username: string }; organisation?: { uscc: string } } }> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: res.status, body: (await res.json()) as { user?: { username: string }; organisation?: { uscc: string } } };
}

for (const target of dbTargets()) {
  test(`crash [${target}]`, { timeout: 120_000 }, async (t) => {
    const dir = tempDir('crash');
    const dataDir = path.join(dir, 'data');
    const server = target === 'postgres' ? await createServerDatabase() : undefined;
    const children: TumenProcess[] = [];
    t.after(async () => {
      for (const c of children) await c.stop('SIGKILL');
      await server?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const env = tumenEnv(server ? { DATABASE_URL: server.url } : { TUMEN_DATA_DIR: dataDir });

    // 1. Start, and write until killed.
    const first = spawnTumen(['start'], env);
    children.push(first);
    const url = await first.listening();
    const burst = await burstAndKill(url, first);
    const exit = await first.exited;
    assert.equal(exit.signal, 'SIGKILL', `the child died of the kill, not on its own\n${first.stderr()}`);
    assert.deepEqual(burst.rejected, [], 'every answered registration was accepted');
    assert.ok(burst.acknowledged.length >= 1, 'some writes were acknowledged before the kill');
    if (target === 'pglite') {
      // The killed process could not clean up: its lock (and control file) name a dead pid.
      const stalePid = Number(fs.readFileSync(lockPathFor(dataDir), 'utf8').trim());
      assert.equal(stalePid, first.pid);
      assert.equal(pidAlive(stalePid), false);
      assert.ok(fs.existsSync(controlFileFor(dataDir)));
    }

    // 2. Restart on the same data directory / database: recovery, stale lock taken over.
    const second = spawnTumen(['start'], env);
    children.push(second);
    const url2 = await second.listening();
    if (target === 'pglite') {
      assert.equal(fs.readFileSync(lockPathFor(dataDir), 'utf8').trim(), String(second.pid), 'the new process holds the lock');
    }

    // 3. Every acknowledged registration survived: its administrator signs in, in its organisation.
    const lost: string[] = [];
    await eachLimited(burst.acknowledged, 8, async (r) => {
      const res = await login(url2, r.username);
      if (res.status !== 200 || res.body.organisation?.uscc !== r.uscc || res.body.user?.username !== r.username) {
        lost.push(`${r.username} (${r.uscc}): ${res.status} ${JSON.stringify(res.body)}`);
      }
    });
    assert.deepEqual(lost, [], 'acknowledged registrations lost in the crash');

    // The operator's view agrees (over the control channel for PGlite, directly for PostgreSQL).
    const listed = await runCli(['orgs', 'list', '--json'], env);
    assert.equal(listed.code, 0, show(listed));
    const orgs = JSON.parse(listed.stdout) as OrgView[];
    const present = new Set(orgs.map((o) => o.uscc));
    for (const r of burst.acknowledged) assert.ok(present.has(r.uscc), `${r.uscc} listed`);
    // Writes in flight at the kill may or may not have committed, but never half: an organisation
    // that exists has its administrator.
    const committedInFlight = burst.unanswered.filter((r) => present.has(r.uscc));
    await eachLimited(committedInFlight, 8, async (r) => {
      const res = await login(url2, r.username);
      assert.equal(res.status, 200, `${r.username}: organisation committed without its administrator`);
    });
    const ours = new Set([...burst.acknowledged, ...burst.unanswered].map((r) => r.uscc));
    assert.equal(orgs.length, present.size, 'no duplicate codes');
    assert.ok(orgs.every((o) => ours.has(o.uscc)), 'nothing but the burst was written');
    assert.equal(orgs.length, burst.acknowledged.length + committedInFlight.length);

    // The audit chains are intact after the crash, and the platform takes new writes.
    const audit = await runCli(['audit', 'verify'], env);
    assert.equal(audit.code, 0, show(audit));
    const after = registration(MAX_REQUESTS + 1);
    const res = await fetch(`${url2}/api/registrations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: registrationBody(after) });
    assert.equal(res.status, 201, await res.text());

    const stopped = await second.stop('SIGTERM');
    assert.equal(stopped.code, 0, second.stderr());

    t.diagnostic(
      `${target}: ${burst.acknowledged.length} registrations acknowledged (201) before SIGKILL at ${burst.killedAfterMs} ms ` +
        `(${burst.answersAtKill} answers); ${burst.unanswered.length} in flight, ${committedInFlight.length} of them committed; all acknowledged present after restart`,
    );
  });
}
