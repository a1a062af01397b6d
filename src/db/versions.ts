/**
 * Rows that every submitted message looks up and that change rarely (organisations, their filings, product
 * filings, webhooks, tariff lines), kept in this process's memory between transactions and checked for
 * staleness by one small read: a trigger moves a per-table counter in `cache_versions` at every statement
 * that changes the table (migration 0007). A scoped transaction (db/scope.ts) reads the counters once; an
 * entry loaded under another counter is dropped. Outside a scoped transaction every lookup reads the table,
 * so code that writes such a row and reads it back in its own transaction always sees its own write.
 *
 * Under READ COMMITTED this is what reading the rows would give at the moment the counters were read: a change
 * committed after that moment is seen by the next transaction, as a read of the rows would see it.
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from './database';
import { memo, scopeRoot } from './scope';

export type CachedTable = 'organisations' | 'enterprise_filings' | 'product_filings' | 'webhooks' | 'tariff_lines';

/** Entries kept per table at most; past it the table's entries are dropped and loaded again as asked. */
const MAX_ENTRIES = 10_000;

type Copy = { version: number; entries: Map<string, Promise<unknown>> };
/** Per database handle (a process may hold several: tests do), per table. */
const copies = new WeakMap<Db, Map<string, Copy>>();

async function versions(db: Db): Promise<Map<string, number>> {
  const found = await rows<{ name: string; version: string | number }>(db, sql`select name, version from cache_versions`);
  return new Map(found.map((r) => [r.name, Number(r.version)]));
}

/** `load()` through the process's copy of `table` when `db` is a scoped transaction; else `load()`. */
export async function cachedRead<T>(db: Db, table: CachedTable, key: string, load: () => PromiseLike<T>): Promise<T> {
  const root = scopeRoot(db);
  if (!root) return load();
  const version = (await memo(db, 'cache-versions', () => versions(db))).get(table) ?? 0;
  let tables = copies.get(root);
  if (!tables) copies.set(root, (tables = new Map()));
  let copy = tables.get(table);
  if (!copy || copy.version !== version || copy.entries.size >= MAX_ENTRIES) {
    copy = { version, entries: new Map() };
    tables.set(table, copy);
  }
  let hit = copy.entries.get(key) as Promise<T> | undefined;
  if (!hit) {
    // Frozen: every transaction of the process shares the one object, so none may change it.
    hit = Promise.resolve(load()).then(frozen);
    const entries = copy.entries;
    entries.set(key, hit);
    hit.catch(() => entries.delete(key));
  }
  return hit;
}

function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Date)) {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}
