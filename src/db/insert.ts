/**
 * One-row inserts whose statement text is made once per table and column shape, for the tables a clearance
 * writes most (receipts, events, risk facts, CEB messages and documents).
 *
 * The query builder makes every insert's text again, column by column, on each call: for these rows it was the
 * largest single cost of a document's submission (about a seventh of the platform's CPU in the clearance
 * benchmark). Here the text is kept per shape; each value still goes through its column's own encoding
 * (`mapToDriverValue`: jsonb, timestamps, arrays) and `$defaultFn`, exactly as the builder would, and the
 * statement runs on the same connection as the caller's transaction.
 */
import { getTableColumns, getTableName, type InferInsertModel } from 'drizzle-orm';
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
