import { sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { makeContext } from '../../src/app/app';
import { seedDemo } from '../../src/app/seed';
import { loadConfig } from '../../src/config';
import { rows } from '../../src/db/database';
import { buildServer } from '../../src/http/server';
import { buildCeb } from '../../src/modules/ceb';
import { importDocuments, type ImportSpec } from '../../src/modules/clearance';
import { DEMO_PASSWORD, residentIdCheckChar } from '../../src/modules/identity';
import { loadReferenceData } from '../../src/modules/registry';
import { addResidentIdentity } from '../../src/modules/verification/verification.service';
import { LAVER, NOODLE, PARTIES, SENDER, type DocType } from '../../test/support/clearance';
import type { Scenario } from '../support';

/**
 * Complete 9610 import clearances through the real HTTP API on loopback: concurrent clients each send an
 * order, a payment, a waybill and an inventory (JSON documents, then CEB XML), every check on (signature
 * policy of the key, schema, code tables, filings, matching, identity, quota, tax, risk, sampling). Figures:
 * clearances decided per second (released 800, or drawn for inspection 500), documents per second, latency of
 * one document submission, peak RSS; and, in the same run on the same database, the ceiling: the rows one
 * clearance writes, inserted by plain batched INSERTs, and the ratio of the clearance figure to it.
 */
const DOC_ORDER: DocType[] = ['CEB311Message', 'CEB411Message', 'CEB511Message', 'CEB621Message'];
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const BUYERS = 2000;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
}

export const clearanceScenario: Scenario = async (bench, { seconds, log }) => {
  const config = loadConfig({ TUMEN_MODE: 'demo', TUMEN_LOG_LEVEL: 'silent', TUMEN_SCRYPT_COST: '1024', TUMEN_API_KEY_RATE_LIMIT_MAX: '10000000', TUMEN_RATE_LIMIT_MAX: '10000000' });
  const ctx = makeContext(config, bench.database, { log: pino({ level: 'silent' }) });
  log('reference data and demo organisations…');
  await loadReferenceData(ctx);
  await seedDemo(ctx);
  // Buyers registered with the verification service, each with a whole annual quota.
  const buyers: { name: string; idNumber: string; phone: string }[] = [];
  for (let i = 0; i < BUYERS; i++) {
    const first17 = `222401${1970 + (i % 30)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
    const idNumber = first17 + residentIdCheckChar(first17);
    const name = `测${String.fromCodePoint(0x4e00 + (i % 2000))}${String.fromCodePoint(0x4e00 + ((i * 7) % 2000))}`;
    const r = await addResidentIdentity(ctx.db, ctx, { name, idNumber, source: 'cli' }).catch(() => null);
    if (r) buyers.push({ name, idNumber, phone: `1390433${String(i).padStart(4, '0')}` });
    if ((i + 1) % 500 === 0) log(`  buyers registered: ${buyers.length}/${i + 1}`);
  }
  const server = await buildServer(ctx);
  await server.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  try {
    const keys: Record<string, string> = {};
    for (const org of new Set(Object.values(SENDER))) {
      const login = await server.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `${org}.admin`, password: DEMO_PASSWORD } });
      const { token, user } = login.json() as { token: string; user: { orgId: string } };
      const res = await server.inject({ method: 'POST', url: `/api/orgs/${user.orgId}/api-keys`, headers: { authorization: `Bearer ${token}` }, payload: { name: 'bench', scopes: ['ceb.submit'], environment: 'production' } });
      keys[org] = (res.json() as { key: string }).key;
    }

    let buyerTurn = 0;
    const runPhase = async (format: 'json' | 'xml') => {
      const latencies: number[] = [];
      let documents = 0;
      let failures = 0;
      let sent = 0;
      // Order numbers of this phase share a prefix, to count what customs decided afterwards.
      const prefix = `${format === 'json' ? 'BJ' : 'BX'}${process.pid.toString(36).toUpperCase()}`;
      const deadline = performance.now() + seconds * 1000;
      const started = performance.now();
      let lastLog = started;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (performance.now() < deadline) {
            const n = `${prefix}${(++sent).toString(36).toUpperCase().padStart(6, '0')}`;
            const spec: ImportSpec = {
              orderNo: `HB${n}`,
              payTransactionId: `PAY${n}`,
              logisticsNo: `XH${n}`,
              ebp: PARTIES.ebp,
              ebc: PARTIES.ebc,
              payment: PARTIES.payment,
              logistics: PARTIES.logistics,
              agent: PARTIES.agent,
              assureCode: PARTIES.assure.code,
              buyer: buyers[buyerTurn++ % buyers.length]!,
              address: '吉林省延边朝鲜族自治州延吉市光明街 100 号',
              lines: [LAVER, NOODLE],
              freight: '10.00',
              at: ctx.clock.now(),
            };
            const docs = importDocuments(spec, () => ctx.newId()) as Record<DocType, unknown>;
            for (const type of DOC_ORDER) {
              const t0 = performance.now();
              const res =
                format === 'json'
                  ? await fetch(`${base}/api/ceb/documents/${type}`, { method: 'POST', headers: { authorization: `Bearer ${keys[SENDER[type]]}`, 'content-type': 'application/json' }, body: JSON.stringify(docs[type]) })
                  : await fetch(`${base}/api/ceb`, { method: 'POST', headers: { authorization: `Bearer ${keys[SENDER[type]]}`, 'content-type': 'application/xml' }, body: buildCeb(type, docs[type] as never) });
              await res.arrayBuffer();
              latencies.push(performance.now() - t0);
              documents += 1;
              if (res.status !== 200) failures += 1;
            }
            if (performance.now() - lastLog > 5000) {
              lastLog = performance.now();
              log(`  ${format}: ${Math.round((performance.now() - started) / 1000)} s, ${documents} documents`);
            }
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      const decided = await rows<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from clr_declarations where order_no like ${`HB${prefix}%`} and state in ('released', 'cleared', 'inspection')`,
      );
      latencies.sort((a, b) => a - b);
      return {
        clearancesPerSecond: Number((Number(decided[0]!.n) / elapsed).toFixed(1)),
        documentsPerSecond: Number((documents / elapsed).toFixed(1)),
        decided: Number(decided[0]!.n),
        sent,
        failures,
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        p99Ms: percentile(latencies, 99),
      };
    };

    const counted = async () => {
      const tables = await rows<{ name: string }>(ctx.db, sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`);
      let total = 0;
      for (const t of tables) total += Number((await rows<{ n: number }>(ctx.db, sql.raw(`select count(*)::int as n from "${t.name}"`)))[0]!.n);
      return total;
    };
    const rowsBefore = await counted();
    // Statements sent to a PostgreSQL server during the JSON phase (the embedded database is not counted).
    let statements = 0;
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements += 1;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    log(`JSON documents, ${CLIENTS} clients, ${seconds} s…`);
    const json = await runPhase('json').finally(() => {
      pg.Client.prototype.query = query;
    });
    const rowsPerClearance = json.sent ? Number(((await counted()) - rowsBefore) / json.sent) : 0;
    log(`CEB XML messages, ${CLIENTS} clients, ${seconds} s…`);
    const xml = await runPhase('xml');

    // The ceiling: the same number of rows per clearance, of a typical width, by plain batched INSERTs.
    log(`ceiling: plain batched INSERT, ${seconds} s…`);
    await ctx.db.execute(sql.raw('create table bench_ceiling (id uuid primary key, org_id uuid not null, kind text not null, payload jsonb not null, created_at timestamptz not null default now())'));
    const payload = JSON.stringify({ orderNo: 'HB0000000001', items: [LAVER, NOODLE], buyer: buyers[0] });
    const batch = 500;
    let written = 0;
    const cStart = performance.now();
    const cDeadline = cStart + seconds * 1000;
    while (performance.now() < cDeadline) {
      const values = Array.from({ length: batch }, () => sql`(${ctx.newId()}, ${ctx.newId()}, 'doc', ${payload}::jsonb)`);
      await ctx.db.execute(sql`insert into bench_ceiling (id, org_id, kind, payload) values ${sql.join(values, sql`, `)}`);
      written += batch;
    }
    const ceilingRowsPerSecond = Math.round(written / ((performance.now() - cStart) / 1000));
    const best = Math.max(json.clearancesPerSecond, xml.clearancesPerSecond);
    return {
      clearancesPerSecond: json.clearancesPerSecond,
      documentsPerSecond: json.documentsPerSecond,
      p50Ms: json.p50Ms,
      p95Ms: json.p95Ms,
      p99Ms: json.p99Ms,
      xmlClearancesPerSecond: xml.clearancesPerSecond,
      xmlDocumentsPerSecond: xml.documentsPerSecond,
      xmlP50Ms: xml.p50Ms,
      xmlP95Ms: xml.p95Ms,
      xmlP99Ms: xml.p99Ms,
      failures: json.failures + xml.failures,
      undecided: json.sent - json.decided + (xml.sent - xml.decided),
      rowsPerClearance: Number(rowsPerClearance.toFixed(1)),
      ...(statements ? { statementsPerClearance: Number((statements / Math.max(1, json.sent)).toFixed(1)) } : {}),
      ceilingRowsPerSecond,
      ratioToCeiling: Number(((best * rowsPerClearance) / ceilingRowsPerSecond).toFixed(4)),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      clients: CLIENTS,
    };
  } finally {
    await server.close();
  }
};
