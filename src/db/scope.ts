/**
 * A scoped transaction: the unit of work of one submitted message.
 *
 * Reads: `memo` reads something once per scoped transaction (the table counters of db/versions.ts, which
 * keeps rows between scoped transactions).
 *
 * Writes: writes to a hot row that a transaction may put off until just before it commits, so that the row's lock is
 * held for one statement and the commit instead of for the whole transaction. One guarantor's balance is
 * charged by every declaration it guarantees: charged early, it serialised every clearance of that guarantor
 * behind the rest of the transaction (receipts, tax bill, events, audit).
 *
 * Only a transaction opened by `deferringTransaction` defers and remembers; anywhere else a deferred write runs
 * at once and every lookup reads the database.
 * A deferred write that finds its condition no longer holds throws `LateWriteConflict`: the caller runs the
 * whole transaction again without deferring, which then decides on the locked row as before.
 */
import type { Db } from './database';
import { deadlock } from './errors';

type Write = (tx: Db) => Promise<void>;

const pending = new WeakMap<object, Write[]>();
const remembered = new WeakMap<object, Map<string, Promise<unknown>>>();
const roots = new WeakMap<object, Db>();
/** Statements sent on a pipelining connection whose answers the transaction awaits only before it commits. */
const inFlight = new WeakMap<object, { sent: Promise<unknown>[]; failed?: unknown }>();

/**
 * `load()` once per key within a scoped transaction; elsewhere `load()` every time. Only for reads of rows the
 * transaction itself never writes, and callers must not change what it returns: they share the one object.
 */
export function memo<T>(db: Db, key: string, load: () => PromiseLike<T>): Promise<T> {
  const cache = remembered.get(db);
  if (!cache) return Promise.resolve(load());
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    // Settled once: a query builder is a thenable that would run its query again on every await.
    hit = Promise.resolve(load());
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
  }
  return hit;
}

/** A deferred write's condition no longer held at commit time (another transaction took the balance first). */
export class LateWriteConflict extends Error {
  constructor(what: string) {
    super(`late write conflict: ${what}`);
    this.name = 'LateWriteConflict';
  }
}

/** True when `tx` was opened by `deferringTransaction`, so a hot-row write can wait for `flushDeferred`. */
export function isDeferring(tx: Db): boolean {
  return pending.has(tx);
}

/** The database handle a scoped transaction was opened on (opened by `deferringTransaction`), else undefined. */
export function scopeRoot(db: Db): Db | undefined {
  return roots.get(db);
}

/** Queues `write` for just before `tx` commits, or runs it now when `tx` does not defer. */
export async function deferWrite(tx: Db, write: Write): Promise<void> {
  const queue = pending.get(tx);
  if (queue) queue.push(write);
  else await write(tx);
}

/**
 * True when `tx` may send a statement without waiting for its answer (`sendUnawaited`): a scoped transaction
 * on a connection that pipelines (node-postgres with `pipeline`). PGlite has no wire to save a round trip on.
 */
export function canSendUnawaited(tx: Db): boolean {
  return inFlight.has(tx);
}

/**
 * Keeps the answer of a statement already sent on `tx` for the commit: the server runs the statements of a
 * connection in the order they were sent, so later statements of the transaction see this one's effect, and the
 * transaction commits only after every answer came back. A failed statement fails the whole transaction with
 * its own error (whatever the statements behind it answer, the transaction is aborted already).
 */
export function sendUnawaited(tx: Db, sent: Promise<unknown>): void {
  const flight = inFlight.get(tx)!;
  flight.sent.push(
    sent.catch((e: unknown) => {
      flight.failed ??= e;
    }),
  );
}

async function landed(tx: Db): Promise<void> {
  const flight = inFlight.get(tx);
  if (!flight) return;
  while (flight.sent.length) await Promise.all(flight.sent.splice(0));
  if (flight.failed !== undefined) throw flight.failed;
}

/** Runs the queued writes in the order they were queued. The caller places this where its lock order wants it. */
export async function flushDeferred(tx: Db): Promise<void> {
  const queue = pending.get(tx);
  if (!queue) return;
  while (queue.length) await queue.shift()!(tx);
}

/**
 * One transaction in which hot-row writes are deferred to its end. When a deferred write conflicts, or the
 * server breaks a deadlock, the transaction is run once more with every write at once (the locked, exact path).
 */
export async function deferringTransaction<T>(db: Db, run: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      pending.set(tx, []);
      remembered.set(tx, new Map());
      roots.set(tx, db);
      if ((tx as unknown as { session: { client: { pipeline?: boolean } } }).session.client.pipeline) inFlight.set(tx, { sent: [] });
      try {
        const result = await run(tx);
        await flushDeferred(tx);
        await landed(tx);
        return result;
      } catch (e) {
        // A statement behind a failed unawaited one answers only that the transaction is aborted: the first
        // failure is the one to report (and to retry on, when it is a deadlock).
        await landed(tx);
        throw e;
      }
    });
  } catch (e) {
    if (!(e instanceof LateWriteConflict) && !deadlock(e)) throw e;
    return db.transaction(run);
  }
}
