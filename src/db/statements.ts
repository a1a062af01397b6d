/**
 * Kept statements: one-row inserts, lookups by equal columns and updates of plain values whose text is made
 * once per table and shape, for what a clearance does most (its inserts; messages, documents, organisations,
 * parcels and declarations looked up by key; a declaration's updates).
 *
 * The query builder makes every statement's text again, column by column, on each call: for these rows it was
 * the largest single cost of a document's submission (inserts alone about a seventh of the platform's CPU in
 * the clearance benchmark). Here the text is kept per shape; each value still goes through its column's own
 * encoding (`mapToDriverValue`: jsonb, timestamps, arrays) and `$defaultFn`, and each value read back through its
 * decoding (`mapFromDriverValue`), exactly as the builder would; the statement runs on the same connection as
 * the caller's transaction.
 */
import { getTableColumns, getTableName, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database';
import { canSendUnawaited, sendUnawaited } from './scope';

interface Shape {
  text: string;
  /** Each column that takes a parameter, in parameter order. */
  params: { key: string; column: PgColumn }[];
}

const shapes = new Map<string, Shape>();
const columnsOf = new WeakMap<PgTable, [string, PgColumn][]>();

/** The driver's client under a database handle or transaction (node-postgres' client or pool; PGlite or its transaction). */
function clientOf(db: Db): { query(text: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[] }> } {
  return (db as unknown as { session: { client: never } }).session.client;
}

function columns(table: PgTable): [string, PgColumn][] {
  let cols = columnsOf.get(table);
  if (!cols) {
    cols = Object.entries(getTableColumns(table));
    columnsOf.set(table, cols);
  }
  return cols;
}

/**
 * Inserts one row; with `returning`, answers those columns of the stored row (for what only the database
 * assigns: a serial position, a default), decoded as the query builder decodes them.
 */
export async function insertRow<T extends PgTable, K extends string = never>(db: Db, table: T, row: InferInsertModel<T>, returning: readonly K[] = []): Promise<Record<K, unknown>> {
  const values = row as Record<string, unknown>;
  const cols = columns(table);
  // The shape: which columns this row gives (or fills by $defaultFn), the rest left to their SQL default.
  let mask = '';
  for (const [key, column] of cols) mask += values[key] !== undefined || column.defaultFn || column.onUpdateFn ? '1' : '0';
  const id = `${getTableName(table)}|${mask}|${returning.join(',')}`;
  let shape = shapes.get(id);
  if (!shape) {
    const params: Shape['params'] = [];
    const list = cols.map(([key, column], i) => {
      if (mask[i] === '0') return 'default';
      params.push({ key, column });
      return `$${params.length}`;
    });
    const back = returning.map((k) => {
      const column = cols.find(([key]) => key === k)![1];
      return asText(column) ? `"${column.name}"::text as "${column.name}"` : `"${column.name}"`;
    });
    shape = {
      text: `insert into "${getTableName(table)}" (${cols.map(([, c]) => `"${c.name}"`).join(', ')}) values (${list.join(', ')})${back.length ? ` returning ${back.join(', ')}` : ''}`,
      params,
    };
    shapes.set(id, shape);
  }
  const args = shape.params.map(({ key, column }) => {
    let v = values[key];
    if (v === undefined) v = column.defaultFn ? column.defaultFn() : column.onUpdateFn!();
    return v === null ? null : column.mapToDriverValue(v);
  });
  const out = {} as Record<K, unknown>;
  if (!returning.length) {
    await send(db, shape.text, args);
    return out;
  }
  const stored = (await clientOf(db).query(shape.text, args)).rows[0]!;
  for (const k of returning) {
    const column = cols.find(([key]) => key === k)![1];
    out[k] = decoded(column, stored[column.name]);
  }
  return out;
}

/**
 * Runs a statement whose answer the caller does not read (values as the driver takes them). In a scoped
 * transaction on a pipelining connection it is sent without waiting for its answer (db/scope.ts); elsewhere
 * it is awaited.
 */
async function send(db: Db, text: string, values: unknown[]): Promise<void> {
  const client = clientOf(db);
  if (canSendUnawaited(db)) sendUnawaited(db, client.query(text, values));
  else await client.query(text, values);
}

/**
 * Columns the drivers would decode on their own (dates, times, arrays) are read as text, as the query builder
 * has the drivers leave them, so that each column's own decoding gets the form it expects.
 */
function asText(column: PgColumn): boolean {
  const type = column.getSQLType();
  return type.endsWith(']') || /^(timestamp|date|time|interval)/.test(type);
}

/** The select list of a whole row, dates, times and arrays as text. */
function rowList(cols: [string, PgColumn][]): string {
  return cols.map(([, c]) => (asText(c) ? `"${c.name}"::text as "${c.name}"` : `"${c.name}"`)).join(', ');
}

/** A stored value as the query builder hands it over: through its column's decoding, null as null. */
function decoded(column: PgColumn, v: unknown): unknown {
  return v === null || v === undefined ? null : column.mapFromDriverValue(v);
}

function decodeRows<T extends PgTable>(cols: [string, PgColumn][], stored: Record<string, unknown>[]): InferSelectModel<T>[] {
  return stored.map((s) => {
    const row: Record<string, unknown> = {};
    for (const [key, column] of cols) row[key] = decoded(column, s[column.name]);
    return row as InferSelectModel<T>;
  });
}

/** `"col" = $n and …` for the given columns (a null value: `is null`), numbering parameters after `params`. */
function conditions(table: PgTable, where: Record<string, unknown>, keys: string[], params: Shape['params']): string {
  const byKey = new Map(columns(table));
  return keys
    .map((k) => {
      const column = byKey.get(k);
      if (!column) throw new Error(`${getTableName(table)} has no column ${k}`);
      if (where[k] === null) return `"${column.name}" is null`;
      params.push({ key: `where.${k}`, column });
      return `"${column.name}" = $${params.length}`;
    })
    .join(' and ');
}

const given = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
const nulls = (o: Record<string, unknown>, keys: string[]) => keys.map((k) => (o[k] === null ? `${k}:null` : k)).join(',');

/**
 * The rows of `table` whose columns equal `where` (a null value matches null), as the query builder's
 * `select().from(table).where(and(eq…))` returns them; `forUpdate` locks them, `limit` caps them.
 */
export async function selectWhere<T extends PgTable>(db: Db, table: T, where: Partial<InferSelectModel<T>>, options: { limit?: number; forUpdate?: boolean } = {}): Promise<InferSelectModel<T>[]> {
  const cols = columns(table);
  const w = where as Record<string, unknown>;
  const keys = given(w);
  const id = `select|${getTableName(table)}|${nulls(w, keys)}|${options.limit ?? ''}|${options.forUpdate ? 'u' : ''}`;
  let shape = shapes.get(id);
  if (!shape) {
    const params: Shape['params'] = [];
    const cond = conditions(table, w, keys, params);
    shape = {
      text: `select ${rowList(cols)} from "${getTableName(table)}"${cond ? ` where ${cond}` : ''}${options.limit !== undefined ? ` limit ${Math.floor(options.limit)}` : ''}${options.forUpdate ? ' for update' : ''}`,
      params,
    };
    shapes.set(id, shape);
  }
  const args = shape.params.map(({ key, column }) => column.mapToDriverValue(w[key.slice('where.'.length)]));
  return decodeRows<T>(cols, (await clientOf(db).query(shape.text, args)).rows);
}

/**
 * Sets the columns of `set` (plain values) on the rows whose columns equal `where`, and answers those rows as
 * they now are, as the query builder's `update(table).set(…).where(and(eq…)).returning()` does.
 */
export async function updateWhere<T extends PgTable>(db: Db, table: T, set: Partial<InferInsertModel<T>>, where: Partial<InferSelectModel<T>>): Promise<InferSelectModel<T>[]> {
  const cols = columns(table);
  const byKey = new Map(cols);
  const v = set as Record<string, unknown>;
  const w = where as Record<string, unknown>;
  const setKeys = given(v);
  const keys = given(w);
  const id = `update|${getTableName(table)}|${setKeys.join(',')}|${nulls(w, keys)}`;
  let shape = shapes.get(id);
  if (!shape) {
    const params: Shape['params'] = [];
    const assignments = setKeys.map((k) => {
      const column = byKey.get(k);
      if (!column) throw new Error(`${getTableName(table)} has no column ${k}`);
      params.push({ key: k, column });
      return `"${column.name}" = $${params.length}`;
    });
    const cond = conditions(table, w, keys, params);
    shape = { text: `update "${getTableName(table)}" set ${assignments.join(', ')}${cond ? ` where ${cond}` : ''} returning ${rowList(cols)}`, params };
    shapes.set(id, shape);
  }
  const args = shape.params.map(({ key, column }) => {
    const value = key.startsWith('where.') ? w[key.slice('where.'.length)] : v[key];
    return value === null ? null : column.mapToDriverValue(value);
  });
  return decodeRows<T>(cols, (await clientOf(db).query(shape.text, args)).rows);
}
