import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database';

export interface BenchDb {
  database: Database;
  /** The server database's address, for other processes (PostgreSQL only). */
  url?: string;
  /** How the benchmark reaches the server: 'unix socket' or 'tcp' (PostgreSQL only). */
  transport?: string;
  close(): Promise<void>;
}

export interface BenchContext {
  seconds: number;
  /** Separate Tumen server processes (PostgreSQL only); 0 serves from the benchmark's own process. */
  processes: number;
  log(line: string): void;
}

export type Scenario = (db: BenchDb, ctx: BenchContext) => Promise<Record<string, number | string>>;

/**
 * The local server: through its Unix socket when there is one (the usual set-up for a server on the same
 * machine; a query costs the client about 40 % less CPU than through TCP on loopback here), else TCP.
 */
const SOCKET_DIR = '/var/run/postgresql';
export const LOCAL_POSTGRES = fs.existsSync(`${SOCKET_DIR}/.s.PGSQL.5432`) ? `postgres://postgres@localhost/test?host=${SOCKET_DIR}` : 'postgres://postgres@127.0.0.1:5432/test';

/** A private database for one run: PGlite in a temporary directory, or a fresh database on the server (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server). */
export async function openBenchDb(kind: 'pglite' | 'postgres'): Promise<BenchDb> {
  if (kind === 'pglite') {
    // On disk in a temporary directory, as `npm start` keeps it: an in-memory instance holds every page and
    // WAL segment in the process's heap. The directory is created (initdb) by a short process of its own, as
    // on every start but the first: creating one takes PGlite about 830 MB that it never gives back, against
    // about 350 MB to open an existing one, and that is not what the clearance figures are about.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tumen-bench-'));
    execFileSync(process.execPath, ['--input-type=module', '-e', "import { PGlite } from '@electric-sql/pglite'; const db = await PGlite.create({ dataDir: process.argv[1] }); await db.close();", dataDir], { stdio: 'inherit' });
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await database.migrate();
    return {
      database,
      close: async () => {
        await database.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? LOCAL_POSTGRES;
  const name = `tumen_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  // BENCH_SLOW_MS=n has the server log every statement of this database that takes n ms or more.
  if (process.env.BENCH_SLOW_MS) await admin.query(`alter database ${name} set log_min_duration_statement = ${Number(process.env.BENCH_SLOW_MS)}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
  await database.migrate();
  return {
    database,
    url: url.toString(),
    transport: url.searchParams.get('host')?.startsWith('/') ? 'unix socket' : 'tcp',
    close: async () => {
      await database.close();
      // BENCH_KEEP_DATABASE=1 leaves the database for a look at its plans (EXPLAIN) after the run.
      if (process.env.BENCH_KEEP_DATABASE) return console.log(`kept database ${name}`);
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Runs `op` from `workers` concurrent loops for a fixed time; returns operations per second. */
export async function timed(seconds: number, workers: number, op: (worker: number, i: number) => Promise<void>): Promise<{ perSecond: number; count: number }> {
  const deadline = performance.now() + seconds * 1000;
  const start = performance.now();
  let count = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; performance.now() < deadline; i++) {
        await op(w, i);
        count++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return { perSecond: Math.round(count / elapsed), count };
}

/** CPU time used so far, in milliseconds: of the given processes, of all PostgreSQL server processes, of the machine. */
export interface CpuSnapshot {
  processes: number;
  postgres: number;
  machineBusy: number;
  machineTotal: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

function processTicks(pid: number): { ticks: number; comm: string } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
    return { ticks: Number(fields[11]) + Number(fields[12]), comm: stat.slice(stat.indexOf('(') + 1, close) };
  } catch {
    return undefined;
  }
}

/** Linux only (/proc); elsewhere every figure is 0. */
export function cpuSnapshot(pids: readonly number[]): CpuSnapshot {
  if (!fs.existsSync('/proc/stat')) return { processes: 0, postgres: 0, machineBusy: 0, machineTotal: 0 };
  let processes = 0;
  for (const pid of pids) processes += processTicks(pid)?.ticks ?? 0;
  let postgres = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const p = processTicks(Number(entry));
    if (p?.comm === 'postgres') postgres += p.ticks;
  }
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  const total = cpu.reduce((a, b) => a + b, 0);
  return { processes: processes * TICK_MS, postgres: postgres * TICK_MS, machineBusy: (total - idle) * TICK_MS, machineTotal: total * TICK_MS };
}
