import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { acquireDataDirLock, type DataDirLock } from './lock';

export type Schema = typeof schema;
/** A database handle or a transaction on it: repositories take either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Applies the committed SQL migrations that are not applied yet. */
  migrate(): Promise<void>;
  /** True when every committed migration is applied. */
  migrationsApplied(): Promise<boolean>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Embedded only: the PGlite instance, for tests that dump a migrated template. */
  readonly pglite?: PGlite;
}

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string; lock?: boolean; sharedBuffers?: string }
  | { kind: 'pglite-instance'; instance: PGlite };

/**
 * The embedded database's buffer pool. PGlite's own default is PostgreSQL's 128MB, kept in the WebAssembly heap,
 * which never shrinks: every page the pool once held stays in the process's RSS. The data directory is on the
 * file system, so the operating system's page cache already keeps recent pages; a smaller pool mostly stops
 * caching them twice. Measured with the clearance benchmark (10 s phases, same sitting): 16, 32 and 128 MB gave
 * 11.4, 10.8 and 10.4 clearances/s, and the benchmark's process (server, PGlite and the ceiling run) peaked at
 * 478, 532 and 626 MB.
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

function journalCount(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Raw SQL for the rare statement the query builder cannot express; both drivers answer with `rows`. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

async function appliedCount(db: Db): Promise<number> {
  const exists = await rows<{ t: string | null }>(db, sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!exists[0]?.t) return 0;
  const r = await rows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return r[0]?.n ?? 0;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'postgres') return openPostgres(opts.url, opts.poolSize ?? 10);
  let lock: DataDirLock | undefined;
  let instance: PGlite;
  if (opts.kind === 'pglite') {
    lock = opts.lock === false ? undefined : acquireDataDirLock(opts.dataDir);
    try {
      fs.mkdirSync(opts.dataDir, { recursive: true });
      instance = await PGlite.create({ dataDir: opts.dataDir, startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${opts.sharedBuffers ?? PGLITE_SHARED_BUFFERS}`] });
    } catch (e) {
      lock?.release();
      throw e;
    }
  } else {
    instance = opts.instance;
  }
  const db = drizzlePglite(instance, { schema }) as unknown as Db;
  let closed = false;
  return {
    kind: 'pglite',
    db,
    pglite: instance,
    migrate: async () => {
      await migratePglite(drizzlePglite(instance, { schema }), { migrationsFolder: MIGRATIONS_DIR });
    },
    migrationsApplied: async () => (await appliedCount(db)) >= journalCount(),
    ping: async () => {
      await instance.query('select 1');
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await instance.close();
      } finally {
        lock?.release();
      }
    },
  };
}

// One advisory lock key for migrations, so several processes starting at once migrate one at a time.
const MIGRATION_LOCK_KEY = 7_302_961_210;

/** Statements a connection keeps prepared at most; past it, new texts are sent unnamed (parsed each time). */
const PREPARED_PER_CONNECTION = 2000;

/**
 * A node-postgres client that prepares every parameterised statement once per connection: the statement is
 * named by a hash of its text, so the server parses and plans it on first use only, and later uses send only
 * the parameters. Measured on this machine: 23–38 % less client CPU per query, and 1.5× the queries per second on
 * one connection. Texts without parameters (transaction control, DDL) go as they are.
 */
class PreparingClient extends pg.Client {
  readonly #names = new Map<string, string>();

  override query(...args: unknown[]): never {
    // Text and values as two arguments (db/insert.ts) are the same as a config with both.
    if (typeof args[0] === 'string' && Array.isArray(args[1])) args = [{ text: args[0], values: args[1] }, ...args.slice(2)];
    const config = args[0] as { text?: unknown; values?: unknown; name?: unknown } | undefined;
    // Drizzle passes the values as the second argument; others put them in the config.
    const values = Array.isArray(args[1]) ? (args[1] as unknown[]) : config && typeof config === 'object' ? config.values : undefined;
    if (config && typeof config === 'object' && typeof config.text === 'string' && config.name === undefined && Array.isArray(values) && values.length) {
      let name = this.#names.get(config.text);
      if (!name && this.#names.size < PREPARED_PER_CONNECTION) {
        name = `t${createHash('sha1').update(config.text).digest('hex').slice(0, 20)}`;
        this.#names.set(config.text, name);
      }
      if (name) args[0] = { ...config, name };
    }
    // Every statement sent in one turn of the event loop leaves in one write: the stream is corked until the
    // turn ends (pipelined statements, and the one awaited behind them).
    const stream = (this as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection.stream;
    if (!this.#corked) {
      this.#corked = true;
      stream.cork();
      process.nextTick(() => {
        this.#corked = false;
        stream.uncork();
      });
    }
    return (pg.Client.prototype.query as (...a: unknown[]) => never).apply(this, args);
  }

  #corked = false;
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, Client: PreparingClient, pipeline: true } as pg.PoolConfig);
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  let closed = false;
  return {
    kind: 'postgres',
    db,
    migrate: async () => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    migrationsApplied: async () => (await appliedCount(db)) >= journalCount(),
    ping: async () => {
      await pool.query('select 1');
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
