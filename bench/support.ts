import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database';

export interface BenchDb {
  database: Database;
  close(): Promise<void>;
}

export interface BenchContext {
  seconds: number;
  log(line: string): void;
}

export type Scenario = (db: BenchDb, ctx: BenchContext) => Promise<Record<string, number | string>>;

/** A private database for one run: in-memory PGlite, or a fresh database on the server (BENCH_DATABASE_URL). */
export async function openBenchDb(kind: 'pglite' | 'postgres'): Promise<BenchDb> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite-instance', instance: await PGlite.create() });
    await database.migrate();
    return { database, close: () => database.close() };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `tumen_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
  await database.migrate();
  return {
    database,
    close: async () => {
      await database.close();
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
