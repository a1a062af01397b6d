/**
 * Kept statements: one-row inserts and lookups by equal columns whose text is made once per table and shape,
 * for what a clearance does most (receipts, events, risk facts, CEB messages and documents; messages,
 * documents, organisations and parcels looked up by key).
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
    const back = returning.map((k) => `"${cols.find(([key]) => key === k)![1].name}"`);
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
  const result = await clientOf(db).query(shape.text, args);
  const out = {} as Record<K, unknown>;
  if (returning.length) {
    const stored = result.rows[0]!;
    for (const k of returning) {
      const column = cols.find(([key]) => key === k)![1];
      const v = stored[column.name];
      out[k] = v === null || v === undefined ? null : column.mapFromDriverValue(v);
    }
  }
  return out;
}

/**
 * Columns the drivers would decode on their own (dates, times, arrays) are read as text, as the query builder
 * has the drivers leave them, so that each column's own decoding gets the form it expects.
 */
function asText(column: PgColumn): boolean {
  const type = column.getSQLType();
  return type.endsWith(']') || /^(timestamp|date|time|interval)/.test(type);
}

/**
 * The rows of `table` whose columns equal `where` (a null value matches null), as the query builder's
 * `select().from(table).where(and(eq…))` returns them; `forUpdate` locks them, `limit` caps them.
 */
export async function selectWhere<T extends PgTable>(db: Db, table: T, where: Partial<InferSelectModel<T>>, options: { limit?: number; forUpdate?: boolean } = {}): Promise<InferSelectModel<T>[]> {
  const cols = columns(table);
  const byKey = new Map(cols);
  const keys = Object.keys(where).filter((k) => (where as Record<string, unknown>)[k] !== undefined);
  const values = keys.map((k) => (where as Record<string, unknown>)[k]);
  const id = `select|${getTableName(table)}|${keys.map((k, i) => (values[i] === null ? `${k}:null` : k)).join(',')}|${options.limit ?? ''}|${options.forUpdate ? 'u' : ''}`;
  let shape = shapes.get(id);
  if (!shape) {
    const params: Shape['params'] = [];
    const conditions = keys.map((k, i) => {
      const column = byKey.get(k);
      if (!column) throw new Error(`${getTableName(table)} has no column ${k}`);
      if (values[i] === null) return `"${column.name}" is null`;
      params.push({ key: k, column });
      return `"${column.name}" = $${params.length}`;
    });
    const list = cols.map(([, c]) => (asText(c) ? `"${c.name}"::text as "${c.name}"` : `"${c.name}"`)).join(', ');
    shape = {
      text: `select ${list} from "${getTableName(table)}"${conditions.length ? ` where ${conditions.join(' and ')}` : ''}${options.limit !== undefined ? ` limit ${Math.floor(options.limit)}` : ''}${options.forUpdate ? ' for update' : ''}`,
      params,
    };
    shapes.set(id, shape);
  }
  const args = shape.params.map(({ key, column }) => column.mapToDriverValue((where as Record<string, unknown>)[key]));
  const result = await clientOf(db).query(shape.text, args);
  return result.rows.map((stored) => {
    const row: Record<string, unknown> = {};
    for (const [key, column] of cols) {
      const v = stored[column.name];
      row[key] = v === null || v === undefined ? null : column.mapFromDriverValue(v);
    }
    return row as InferSelectModel<T>;
  });
}
