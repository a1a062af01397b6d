import fs from 'node:fs';
import path from 'node:path';

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`data directory ${dir} is in use by process ${pid}`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockPathFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

/** Reads the pid of a live holder of the data directory, or undefined when free or stale. */
export function lockHolder(dataDir: string): number | undefined {
  const pid = readPid(lockPathFor(dataDir));
  return pid !== undefined && alive(pid) ? pid : undefined;
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates `file` holding our pid, atomically: the pid is written to a private file first and then
 * hard-linked into place, so no other process ever sees the lock file empty.
 */
function createExclusive(file: string): boolean {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(temp, String(process.pid));
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Removes a lock left by a dead process. Only one contender may do so at a time — it holds the
 * exclusive `.takeover` file — so two processes that both found the same stale lock cannot each delete
 * the lock the other has just written.
 */
function takeOverStaleLock(file: string): void {
  const guard = `${file}.takeover`;
  if (!createExclusive(guard)) {
    const guardPid = readPid(guard);
    if (guardPid === undefined || !alive(guardPid)) fs.rmSync(guard, { force: true });
    return;
  }
  try {
    const holder = readPid(file);
    if (holder === undefined || !alive(holder)) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

/**
 * Takes the lockfile beside the data directory (PGlite allows one process per directory). A lock left
 * by a dead process (after a crash) is taken over; one held by a live process is refused.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (attempt > 0) pause(10 + Math.random() * 20);
    if (createExclusive(file)) {
      let released = false;
      return {
        path: file,
        release() {
          if (released) return;
          released = true;
          if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
        },
      };
    }
    const holder = lockHolder(dataDir);
    if (holder !== undefined && holder !== process.pid) throw new DataDirLockedError(dataDir, holder);
    takeOverStaleLock(file);
  }
  throw new Error(`could not take the lock ${file}`);
}
