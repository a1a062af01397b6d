import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database';

/**
 * The databases a suite runs on: embedded PGlite always, the PostgreSQL server too when
 * TEST_DATABASE_URL is set. Each test database is private to its test (a clone of a migrated PGlite
 * template, or a fresh database on the server), so runs never collide.
 */
export type DbTarget = 'pglite' | 'postgres';

export function dbTargets(): DbTarget[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

let template: Promise<Blob> | undefined;

/** A migrated PGlite data directory as a tarball: built once by the test launcher, or once per process. */
function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = process.env.TUMEN_TEST_TEMPLATE;
    if (file && fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
    return buildPgliteTemplate();
  })();
  return template;
}

export async function buildPgliteTemplate(): Promise<Blob> {
  const instance = await PGlite.create();
  const db = await openDatabase({ kind: 'pglite-instance', instance });
  await db.migrate();
  // Reference data goes into the template too, so each test's load finds it current and skips it.
  const { loadReferenceData } = await import('../../src/modules/registry');
  const { systemClock } = await import('../../src/kernel/clock');
  const { newId } = await import('../../src/kernel/ids');
  await loadReferenceData({ db: db.db, clock: systemClock, newId });
  const blob = await instance.dumpDataDir('none');
  await instance.close();
  return blob;
}

export interface TestDatabase {
  database: Database;
  /** Connection string of the private server database (postgres target only). */
  url?: string;
  drop(): Promise<void>;
}

export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/** Creates a private, empty database on the test server and returns its URL. */
export async function createServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const name = `tumen_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function openTestDatabase(target: DbTarget): Promise<TestDatabase> {
  if (target === 'pglite') {
    const instance = await PGlite.create({ loadDataDir: await pgliteTemplate() });
    const database = await openDatabase({ kind: 'pglite-instance', instance });
    return { database, drop: () => database.close() };
  }
  const server = await createServerDatabase();
  const database = await openDatabase({ kind: 'postgres', url: server.url, poolSize: 5 });
  await database.migrate();
  return {
    database,
    url: server.url,
    drop: async () => {
      await database.close();
      await server.drop();
    },
  };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `tumen-${prefix}-`));
}
