import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { makeContext } from '../../src/app/app';
import type { AppContext } from '../../src/app/context';
import { seedDemo } from '../../src/app/seed';
import { loadConfig } from '../../src/config';
import { rows } from '../../src/db/database';
import { buildServer } from '../../src/http/server';
import { DEMO_BOOK, importDocuments, type ImportLine, type ImportSpec } from '../../src/modules/clearance';
import { DEMO_PASSWORD, residentIdCheckChar } from '../../src/modules/identity';
import { loadReferenceData } from '../../src/modules/registry';
import { addResidentIdentity } from '../../src/modules/verification/verification.service';
import { importSpec, LAVER, NOODLE, party, SENDER, type DocType } from '../../test/support/clearance';
import type { Buyer, LoadInput, LoadOutput } from '../clearance/load';
import { cpuSnapshot, type Scenario } from '../support';

/**
 * Complete 9610 import clearances through the real HTTP API on loopback: concurrent clients (in a process
 * of their own) each send an order, a payment, a waybill and an inventory (JSON documents, CEB XML, JSON in
 * batches of BENCH_BATCH per request, then JSON at a steady half of the first phase's rate), every check on (signature policy of the key, schema, code tables, filings, matching, identity, quota,
 * tax, guarantee, risk, credit supervision, sampling). Figures: clearances decided per second (released 800,
 * or drawn for inspection 500), documents per second, latency of one document submission, peak RSS; and, in
 * the same run on the same database, the ceiling: rows of a typical width written by plain batched INSERTs,
 * and the ratio of the clearance figure to it.
 *
 * With `--processes N` the platform runs as N separate processes (as `npm start` runs it) against one
 * PostgreSQL database, and the documents of each import are spread over them. Every run also checks that the
 * ledgers are exact under contention: buyers whose quota admits exactly 6 more inventories get 12 at once, a
 * bonded item whose stock admits exactly 125 inventories gets 150 at once, and afterwards every balance equals
 * the sum of its ledger entries and no declaration was charged, reserved or released twice.
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const BATCH = Number(process.env.BENCH_BATCH ?? 25);
const BUYERS = 2000;
const HOT_BUYERS = 10;
const HOT_EACH = 12;
const HOT_FITS = 6;
const SERUM: ImportLine = { itemNo: 'CJ-SERUM-30', gcode: '3304990091', name: '青瓷焕颜精华液 30ml', unit: '035', qty: '8', price: '560.00', country: '133', legalQty: '8', legalUnit: '035' };
const BONDED_SENT = 150;

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return 0;
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
}

/** Yanji streets the generated buyers live on. */
const STREETS = ['光明街', '人民路', '河南街', '新兴街', '公园路', '长白路', '局子街', '友谊路'];

/** Buyer i: a resident of Yanbian with a phone and a home address of their own, as a zone's buyers are. */
function resident(i: number): Buyer {
  const first17 = `222401${1970 + (i % 30)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  const name = `测${String.fromCodePoint(0x4e00 + (i % 2000))}${String.fromCodePoint(0x4e00 + ((i * 7) % 2000))}`;
  const address = `吉林省延边朝鲜族自治州延吉市${STREETS[i % STREETS.length]} ${1 + Math.floor(i / STREETS.length)} 号`;
  return { name, idNumber: first17 + residentIdCheckChar(first17), phone: `1390433${String(i % 10000).padStart(4, '0')}`, address };
}

interface Servers {
  bases: string[];
  /** The processes serving (this one when there are no others). */
  pids: number[];
  /** The clearance phases are over: what runs next (the ceiling) is the benchmark's own, not the platform's. */
  clearanceDone(): void;
  /** Stops the servers and answers each one's peak RSS (MB) while it served the clearance phases. */
  stop(): Promise<number[]>;
}

/** The platform in this process (the embedded database allows no other), or N processes of its own. */
async function startServers(ctx: AppContext, env: Record<string, string>, processes: number, url: string | undefined, log: (line: string) => void): Promise<Servers> {
  if (!processes) {
    const server = await buildServer(ctx);
    await server.listen({ port: 0, host: '127.0.0.1' });
    // This process also runs the ceiling afterwards, so its high-water mark (maxRSS) would count that too:
    // the peak is sampled while the clearance phases run instead, every 50 ms.
    let peak = Math.round(process.resourceUsage().maxRSS / 1024);
    const sample = () => {
      peak = Math.max(peak, Math.round(process.memoryUsage.rss() / 2 ** 20));
    };
    let sampler: NodeJS.Timeout | undefined = setInterval(sample, 50);
    const clearanceDone = () => {
      if (!sampler) return;
      sample();
      clearInterval(sampler);
      sampler = undefined;
    };
    return {
      bases: [`http://127.0.0.1:${(server.server.address() as { port: number }).port}`],
      pids: [process.pid],
      clearanceDone,
      stop: async () => {
        clearanceDone();
        await server.close();
        return [peak];
      },
    };
  }
  const entry = fileURLToPath(new URL('../clearance/entry.mjs', import.meta.url));
  const script = fileURLToPath(new URL('../clearance/server.ts', import.meta.url));
  const children = await Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const child = fork(entry, [script], { env: { ...process.env, ...env, DATABASE_URL: url! }, execArgv: process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : [], stdio: ['ignore', process.env.BENCH_LOG ? 'inherit' : 'ignore', 'inherit', 'ipc'] });
      return new Promise<{ child: ReturnType<typeof fork>; base: string }>((resolve, reject) => {
        child.once('message', (m) => {
          log(`  server process ${i + 1}: ${(m as { url: string }).url} (pid ${child.pid})`);
          resolve({ child, base: (m as { url: string }).url });
        });
        child.once('exit', (code) => reject(new Error(`server process ${i + 1} exited with ${code}`)));
      });
    }),
  );
  return {
    bases: children.map((c) => c.base),
    pids: children.map((c) => c.child.pid!),
    clearanceDone: () => {},
    stop: () =>
      Promise.all(
        children.map(
          ({ child }) =>
            new Promise<number>((resolve) => {
              child.removeAllListeners('exit');
              child.once('message', (m) => resolve((m as { peakRssMb: number }).peakRssMb));
              child.send('stop');
            }),
        ),
      ),
  };
}

function runLoad(input: LoadInput, log: (line: string) => void): Promise<LoadOutput> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('../clearance/entry.mjs', import.meta.url)), [fileURLToPath(new URL('../clearance/load.ts', import.meta.url))], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (m: { progress?: string; done?: LoadOutput }) => {
      if (m.progress) log(`  ${m.progress}`);
      if (m.done) resolve(m.done);
    });
    child.once('exit', (code) => reject(new Error(`the load generator exited with ${code}`)));
    child.send(input);
  });
}

async function post(url: string, token: string, body: unknown, contentType = 'application/json'): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text.startsWith('{') ? JSON.parse(text) : text };
}

export const clearanceScenario: Scenario = async (bench, { seconds, processes, log }) => {
  // BENCH_LOG=warn shows the server processes' warnings (pino, on their standard output).
  const env = { TUMEN_MODE: 'demo', TUMEN_LOG_LEVEL: process.env.BENCH_LOG ?? 'silent', TUMEN_SCRYPT_COST: '1024', TUMEN_API_KEY_RATE_LIMIT_MAX: '10000000', TUMEN_RATE_LIMIT_MAX: '10000000' };
  const config = loadConfig(env);
  const ctx = makeContext(config, bench.database, { log: pino({ level: 'silent' }) });
  log('reference data and demo organisations…');
  await loadReferenceData(ctx);
  await seedDemo(ctx);
  // Buyers registered with the verification service, each with a whole annual quota.
  const buyers: Buyer[] = [];
  for (let i = 0; i < BUYERS + HOT_BUYERS; i++) {
    const b = resident(i);
    const r = await addResidentIdentity(ctx.db, ctx, { name: b.name, idNumber: b.idNumber, source: 'cli' }).catch(() => null);
    if (r) buyers.push(b);
    if ((i + 1) % 500 === 0) log(`  buyers registered: ${buyers.length}/${i + 1}`);
  }
  const hotBuyers = buyers.splice(buyers.length - HOT_BUYERS, HOT_BUYERS);
  const servers = await startServers(ctx, env, processes, bench.url, log);
  const base = servers.bases[0]!;
  let peakRss: number[] = [];
  try {
    const login = async (org: string) => {
      const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `${org}.admin`, password: DEMO_PASSWORD }) });
      return (await res.json()) as { token: string; user: { orgId: string } };
    };
    const keys: Record<string, string> = {};
    for (const org of new Set([...Object.values(SENDER), DEMO_BOOK.ebc])) {
      const { token, user } = await login(org);
      const res = await post(`${base}/api/orgs/${user.orgId}/api-keys`, token, { name: 'bench', scopes: ['ceb.submit'], environment: 'production' });
      keys[org] = (res.json as { key: string }).key;
    }

    const runPhase = async (format: 'json' | 'xml' | 'batch', rate?: number) => {
      const prefix = `${{ json: 'BJ', xml: 'BX', batch: 'BB' }[format]}${rate ? 'H' : ''}${process.pid.toString(36).toUpperCase()}`;
      const cpu0 = cpuSnapshot(servers.pids);
      const out = await runLoad({ bases: servers.bases, keys, buyers, format, seconds, clients: rate ? CLIENTS * 4 : CLIENTS, prefix, at: ctx.clock.now().toISOString(), batch: BATCH, ...(rate ? { rate } : {}) }, log);
      const cpu1 = cpuSnapshot(servers.pids);
      if (out.firstFailure) log(`  first failure: ${out.firstFailure}`);
      const decided = await rows<{ n: number }>(ctx.db, sql`select count(*)::int as n from clr_declarations where order_no like ${`HB${prefix}%`} and state in ('released', 'cleared', 'inspection')`);
      const latencies = Float64Array.from(out.latencies).sort();
      return {
        clearancesPerSecond: Number((Number(decided[0]!.n) / out.elapsed).toFixed(1)),
        documentsPerSecond: Number((out.documents / out.elapsed).toFixed(1)),
        decided: Number(decided[0]!.n),
        sent: out.sent,
        failures: out.failures,
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        p99Ms: percentile(latencies, 99),
        // CPU per clearance sent: Tumen's processes, PostgreSQL's (all of its processes), and the machine busy.
        serverCpuMs: Number(((cpu1.processes - cpu0.processes) / Math.max(1, out.sent)).toFixed(1)),
        postgresCpuMs: Number(((cpu1.postgres - cpu0.postgres) / Math.max(1, out.sent)).toFixed(1)),
        cpuBusyPercent: Math.round((100 * (cpu1.machineBusy - cpu0.machineBusy)) / Math.max(1, cpu1.machineTotal - cpu0.machineTotal)),
      };
    };

    const counted = async () => {
      const tables = await rows<{ name: string }>(ctx.db, sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`);
      let total = 0;
      for (const t of tables) total += Number((await rows<{ n: number }>(ctx.db, sql.raw(`select count(*)::int as n from "${t.name}"`)))[0]!.n);
      return total;
    };
    const rowsBefore = await counted();
    // Statements sent to a PostgreSQL server during the JSON phase (only when the server runs in this process).
    let statements = 0;
    const texts = new Map<string, number>();
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements += 1;
      if (process.env.BENCH_STATEMENTS) {
        const a = args[0] as string | { text?: string };
        const text = (typeof a === 'string' ? a : (a?.text ?? '')).replace(/\s+/g, ' ').slice(0, 110);
        texts.set(text, (texts.get(text) ?? 0) + 1);
      }
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    log(`JSON documents, ${CLIENTS} clients, ${seconds} s…`);
    const json = await runPhase('json').finally(() => {
      pg.Client.prototype.query = query;
    });
    if (process.env.BENCH_STATEMENTS) {
      for (const [text, n] of [...texts].sort((a, b) => b[1] - a[1])) console.log(`${(n / Math.max(1, json.sent)).toFixed(2).padStart(6)}  ${text}`);
    }
    const rowsPerClearance = json.sent ? Number(((await counted()) - rowsBefore) / json.sent) : 0;
    log(`CEB XML messages, ${CLIENTS} clients, ${seconds} s…`);
    const xml = await runPhase('xml');
    log(`JSON documents in batches of ${BATCH} per request, ${CLIENTS} clients, ${seconds} s…`);
    const grouped = await runPhase('batch');
    // Latency at half the load just measured: imports started at a steady rate, not as fast as possible.
    const halfRate = Math.max(1, json.clearancesPerSecond / 2);
    log(`JSON documents at half that load, ${halfRate.toFixed(1)} imports/s, ${seconds} s…`);
    const half = await runPhase('json', halfRate);

    log('contention: quota and bonded stock taken at once from every server process…');
    const exact = await contention(ctx, servers.bases, keys, hotBuyers, buyers, login);
    log('ledgers against their entries…');
    const ledgers = await ledgerProblems(ctx);
    if (ledgers.length) log(`  ledger problems: ${ledgers.join('; ')}`);
    servers.clearanceDone();

    // The ceiling: rows of a typical width by plain batched INSERTs, on the same database in the same run.
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
    const best = Math.max(json.clearancesPerSecond, xml.clearancesPerSecond, grouped.clearancesPerSecond);
    const mem = process.memoryUsage();
    log(`this process now: rss ${Math.round(mem.rss / 2 ** 20)} MB, JS heap ${Math.round(mem.heapUsed / 2 ** 20)} MB, array buffers and wasm ${Math.round(mem.arrayBuffers / 2 ** 20)} MB, other external ${Math.round((mem.external - mem.arrayBuffers) / 2 ** 20)} MB`);
    peakRss = await servers.stop();
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
      batchClearancesPerSecond: grouped.clearancesPerSecond,
      batchDocumentsPerSecond: grouped.documentsPerSecond,
      batchRequestP50Ms: grouped.p50Ms,
      batchRequestP99Ms: grouped.p99Ms,
      halfLoadClearancesPerSecond: half.clearancesPerSecond,
      halfLoadP50Ms: half.p50Ms,
      halfLoadP95Ms: half.p95Ms,
      halfLoadP99Ms: half.p99Ms,
      serverCpuMsPerClearance: json.serverCpuMs,
      postgresCpuMsPerClearance: json.postgresCpuMs,
      cpuBusyPercent: json.cpuBusyPercent,
      failures: json.failures + xml.failures + grouped.failures + half.failures,
      undecided: json.sent - json.decided + (xml.sent - xml.decided) + (grouped.sent - grouped.decided) + (half.sent - half.decided),
      rowsPerClearance: Number(rowsPerClearance.toFixed(1)),
      ...(statements && !processes ? { statementsPerClearance: Number((statements / Math.max(1, json.sent)).toFixed(1)) } : {}),
      ceilingRowsPerSecond,
      ratioToCeiling: Number(((best * rowsPerClearance) / ceilingRowsPerSecond).toFixed(4)),
      peakRssMb: Math.max(...peakRss),
      serverProcesses: Math.max(1, processes),
      clients: CLIENTS,
      quotaAccepted: `${exact.quotaAccepted}/${HOT_BUYERS * HOT_FITS}`,
      bondedHolding: `${exact.bondedHolding}/${exact.bondedFits}`,
      ledgerProblems: ledgers.length,
      exact: exact.quotaAccepted === HOT_BUYERS * HOT_FITS && exact.bondedHolding === exact.bondedFits && exact.stockMoved === exact.bondedHolding * Number(SERUM.qty) && !ledgers.length ? 'yes' : 'NO',
    };
  } finally {
    if (!peakRss.length) await servers.stop().catch(() => []);
  }
};

/**
 * More inventories than the ledgers admit, all at once and spread over the servers: 12 for each of 10 buyers
 * whose quota admits exactly 6 more (4,000 yuan each against 26,000), and 150 bonded inventories of 8 units
 * of an item whose stock admits exactly ⌊available / 8⌋ of them. Declarations held for manual review are
 * approved by customs, so each one reaches the audit where stock is taken.
 */
async function contention(
  ctx: AppContext,
  bases: string[],
  keys: Record<string, string>,
  hot: Buyer[],
  buyers: Buyer[],
  login: (org: string) => Promise<{ token: string }>,
) {
  const at = ctx.clock.now();
  const tag = `C${process.pid.toString(36).toUpperCase()}`;
  const specs: ImportSpec[] = [];
  hot.forEach((buyer, b) => {
    for (let i = 0; i < HOT_EACH; i++) {
      specs.push(importSpec(`${tag}Q${b}X${i}`, at, { buyer, address: buyer.address, lines: [{ ...LAVER, qty: '1', price: '4000.00' }], freight: '0' }));
    }
  });
  const cheongja = party(DEMO_BOOK.ebc);
  const lingdong = party(DEMO_BOOK.operator);
  const serumStock = async () =>
    (await rows<{ onHand: string; reserved: string }>(ctx.db, sql`select s.on_hand::text as "onHand", s.reserved::text as "reserved" from clr_bonded_stock s join clr_bonded_books b on b.id = s.book_id where b.ems_no = ${DEMO_BOOK.emsNo} and b.environment = 'production' and s.item_record_no = ${SERUM.itemNo}`))[0]!;
  const stock0 = await serumStock();
  const available = Number(stock0.onHand) - Number(stock0.reserved);
  const bondedFits = Math.min(BONDED_SENT, Math.floor(available / Number(SERUM.qty)));
  for (let i = 0; i < BONDED_SENT; i++) {
    const n = `${tag}S${i}`;
    specs.push(importSpec(n, at, { orderNo: `CJ${n}`, ebc: cheongja, agent: cheongja, buyer: buyers[i]!, address: buyers[i]!.address, lines: [SERUM], freight: '0', tradeMode: '1210', emsNo: DEMO_BOOK.emsNo, area: lingdong }));
  }
  const docs = specs.map((s) => importDocuments(s, () => ctx.newId()) as Record<DocType, unknown>);
  const send = (i: number, type: DocType, base: string) => {
    // A bonded inventory is declared by the seller itself (the platform, payer and carrier are the usual ones).
    const sender = type === 'CEB621Message' && specs[i]!.tradeMode === '1210' ? keys[DEMO_BOOK.ebc]! : keys[SENDER[type]]!;
    return post(`${base}/api/ceb/documents/${type}`, sender, docs[i]![type]);
  };
  // The partners' documents first, then every inventory at once.
  for (const type of ['CEB311Message', 'CEB411Message', 'CEB511Message'] as const) {
    for (let i = 0; i < specs.length; i += 32) await Promise.all(specs.slice(i, i + 32).map((_, j) => send(i + j, type, bases[(i + j) % bases.length]!)));
  }
  await Promise.all(specs.map((_, i) => send(i, 'CEB621Message', bases[i % bases.length]!)));
  const { token } = await login('customs');
  for (let round = 0; round < 5; round++) {
    const held = await rows<{ id: string }>(ctx.db, sql`select id from clr_declarations where (order_no like ${`HB${tag}%`} or order_no like ${`CJ${tag}%`}) and state = 'review'`);
    if (!held.length) break;
    await Promise.all(held.map((d, i) => post(`${bases[i % bases.length]}/api/clearance/declarations/${d.id}/review`, token, { decision: 'approve' })));
  }
  const states = await rows<{ orderNo: string; state: string }>(ctx.db, sql`select order_no as "orderNo", state from clr_declarations where order_no like ${`HB${tag}%`} or order_no like ${`CJ${tag}%`}`);
  const holding = (s: string) => ['accepted', 'review', 'audited', 'inspection', 'released', 'cleared'].includes(s);
  const stock1 = await serumStock();
  return {
    quotaAccepted: states.filter((s) => s.orderNo.startsWith(`HB${tag}`) && holding(s.state)).length,
    bondedHolding: states.filter((s) => s.orderNo.startsWith(`CJ${tag}`) && ['audited', 'inspection', 'released', 'cleared'].includes(s.state)).length,
    bondedFits,
    // Units taken from the item: consumed (on hand fell) plus still reserved.
    stockMoved: Number(stock0.onHand) - Number(stock1.onHand) + (Number(stock1.reserved) - Number(stock0.reserved)),
  };
}

/** Every balance against the sum of its ledger entries, and nothing charged, reserved or released twice. */
async function ledgerProblems(ctx: AppContext): Promise<string[]> {
  const problems: string[] = [];
  const check = async (name: string, query: ReturnType<typeof sql>) => {
    const [r] = await rows<{ n: number }>(ctx.db, query);
    if (Number(r!.n)) problems.push(`${name}: ${r!.n}`);
  };
  await check('quota used ≠ its entries', sql`select count(*)::int as n from clr_quotas q where q.used <> coalesce((select sum(e.amount) from clr_quota_entries e where e.environment = q.environment and e.buyer_id_number = q.buyer_id_number and e.year = q.year and e.kind <> 'consume'), 0)`);
  await check('quota over the limit', sql`select count(*)::int as n from clr_quotas where used > 26000`);
  await check('guarantee used ≠ its entries', sql`select count(*)::int as n from clr_guarantees g where g.used <> coalesce((select sum(case e.kind when 'charge' then e.amount when 'release' then -e.amount else 0 end) from clr_guarantee_entries e where e.guarantee_id = g.id), 0)`);
  await check('declarations charged twice', sql`select count(*)::int as n from (select declaration_id from clr_guarantee_entries where kind = 'charge' group by declaration_id having count(*) > 1) x`);
  await check('quota consumed twice', sql`select count(*)::int as n from (select declaration_id from clr_quota_entries where kind = 'consume' group by declaration_id having count(*) > 1) x`);
  await check('released twice (two 800 receipts)', sql`select count(*)::int as n from (select document_id from ceb_receipts where message_type = 'CEB622Message' and return_status = '800' group by org_id, document_id having count(*) > 1) x`);
  await check('stock below zero or over-reserved', sql`select count(*)::int as n from clr_bonded_stock where reserved < 0 or reserved > on_hand`);
  return problems;
}
