import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { makeContext } from '../../src/app/app';
import type { AppContext } from '../../src/app/context';
import { seedDemo } from '../../src/app/seed';
import { loadConfig, type Config } from '../../src/config';
import { buildServer } from '../../src/http/server';
import { ManualClock } from '../../src/kernel/clock';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../src/modules/identity';
import { listOrganisationsForOperator } from '../../src/modules/identity';
import { loadReferenceData } from '../../src/modules/registry';
import { openTestDatabase, type DbTarget, type TestDatabase } from './db';

export interface TestApp {
  target: DbTarget;
  ctx: AppContext;
  server: FastifyInstance;
  clock: ManualClock;
  testDb: TestDatabase;
  /** Organisation ids of the demo data, by the demo key (`yanji-customs`, `hanbit`, …). */
  orgId: Record<string, string>;
  /** Signs in a demo user and returns its bearer token (cached). */
  tokenFor(username: string): Promise<string>;
  inject(opts: InjectOptions & { as?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    TUMEN_MODE: 'demo',
    TUMEN_SCRYPT_COST: '1024',
    TUMEN_RATE_LIMIT_MAX: '100000',
    TUMEN_LOGIN_RATE_LIMIT_MAX: '100000',
    TUMEN_LOG_LEVEL: process.env.TUMEN_TEST_LOG ?? 'silent',
    // A fixed key-encryption key for keyless signing in tests (demo mode would write one beside the data directory).
    TUMEN_SIGNING_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    ...overrides,
  });
}

/** A Tumen on a private database, seeded with the demo data, driven in-process with `inject`. */
export async function startTestApp(target: DbTarget, opts: { seed?: boolean; config?: Record<string, string> } = {}): Promise<TestApp> {
  const testDb = await openTestDatabase(target);
  const clock = new ManualClock('2026-11-28T02:00:00Z');
  const config = testConfig(opts.config);
  const ctx = makeContext(config, testDb.database, { clock, log: pino({ level: process.env.TUMEN_TEST_LOG ?? 'silent' }) });
  await loadReferenceData(ctx);
  if (opts.seed !== false) await seedDemo(ctx);
  const server = await buildServer(ctx);
  await server.ready();
  const orgId: Record<string, string> = {};
  if (opts.seed !== false) {

    const byUscc = new Map((await listOrganisationsForOperator(ctx.db)).map((o) => [o.uscc, o.id]));
    for (const o of DEMO_ORGS) orgId[o.key] = byUscc.get(o.uscc)!;
  }
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  const app: TestApp = {
    target,
    ctx,
    server,
    clock,
    testDb,
    orgId,
    async tokenFor(username) {
      // A session lasts hours on the test clock: a test that moves the clock by days signs in again.
      const cached = tokens.get(username);
      if (cached && clock.now().getTime() < cached.expiresAt) return cached.token;
      const res = await server.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const { token, expiresAt } = res.json() as { token: string; expiresAt: string };
      tokens.set(username, { token, expiresAt: Date.parse(expiresAt) });
      return token;
    },
    async inject({ as, ...opts }) {
      const headers = { ...(opts.headers ?? {}) } as Record<string, string>;
      if (as) headers.authorization = `Bearer ${as.startsWith('tk_') || as.startsWith('ts_') ? as : await app.tokenFor(as)}`;
      return server.inject({ ...opts, headers });
    },
    async close() {
      await server.close();
      await testDb.drop();
    },
  };
  return app;
}
