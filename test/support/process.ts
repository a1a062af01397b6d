import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Helpers for tests that run the real `tumen` CLI (bin/tumen.mjs) in child processes: the platform as
 * an operator starts it, on loopback, with its own environment.
 */

/** The project root: the working directory of every child. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const INHERITED_PREFIXES = ['TUMEN_', 'NODE_TEST'];
const INHERITED_NAMES = ['DATABASE_URL', 'PORT', 'HOST', 'NODE_OPTIONS'];

/**
 * The environment of a child: the test's own, minus every setting Tumen reads (so the caller decides
 * them all), plus test defaults — loopback, a free port, cheap password hashing, rate limits out of
 * the way, silent logs, English messages.
 */
export function tumenEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (INHERITED_NAMES.includes(k) || INHERITED_PREFIXES.some((p) => k.startsWith(p))) continue;
    env[k] = v;
  }
  Object.assign(env, {
    HOST: '127.0.0.1',
    PORT: '0',
    TUMEN_SEED_DEMO: 'never',
    TUMEN_SCRYPT_COST: '1024',
    TUMEN_RATE_LIMIT_MAX: '1000000',
    TUMEN_LOGIN_RATE_LIMIT_MAX: '1000000',
    TUMEN_LOG_LEVEL: 'silent',
    TUMEN_LANG: 'en',
  });
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface TumenProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  /** Settles when the process has exited. */
  readonly exited: Promise<Exit>;
  /** True once the process has exited. */
  hasExited(): boolean;
  /** Resolves with the base URL once the process printed its "listening on" line. */
  listening(timeoutMs?: number): Promise<string>;
  /** Sends a signal (when still running) and waits for the exit, SIGKILL after `graceMs`. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<Exit>;
}

const LISTENING = /Tumen listening on (http:\/\/\S+)/;

/** Spawns `node bin/tumen.mjs ...args` in the project root. */
export function spawnTumen(args: string[], env: NodeJS.ProcessEnv): TumenProcess {
  const child = spawn(process.execPath, ['bin/tumen.mjs', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let exit: Exit | undefined;
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const w of [...waiters]) w();
  };
  child.stdout?.setEncoding('utf8').on('data', (s: string) => {
    out += s;
    notify();
  });
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    err += s;
    notify();
  });
  const exited = new Promise<Exit>((resolve) => {
    // 'close', not 'exit': it comes after the output pipes are drained, so stdout()/stderr() are complete.
    child.on('close', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
      notify();
    });
    child.on('error', () => {
      exit ??= { code: null, signal: null };
      resolve(exit);
      notify();
    });
  });
  const describe = () => `stdout:\n${out}\nstderr:\n${err}`;
  const proc: TumenProcess = {
    child,
    pid: child.pid ?? -1,
    stdout: () => out,
    stderr: () => err,
    exited,
    hasExited: () => exit !== undefined,
    listening(timeoutMs = 45_000) {
      return new Promise<string>((resolve, reject) => {
        const check = () => {
          const m = LISTENING.exec(out);
          if (m?.[1]) return done(() => resolve(m[1] as string));
          if (exit) return done(() => reject(new Error(`tumen ${args.join(' ')} exited (${exit?.code ?? exit?.signal}) before listening\n${describe()}`)));
        };
        const timer = setTimeout(() => done(() => reject(new Error(`tumen ${args.join(' ')} not listening after ${timeoutMs} ms\n${describe()}`))), timeoutMs);
        const done = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
    async stop(signal = 'SIGKILL', graceMs = 10_000) {
      if (exit) return exit;
      child.kill(signal);
      if (signal === 'SIGKILL') return exited;
      const timer = setTimeout(() => {
        if (!exit) child.kill('SIGKILL');
      }, graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
  return proc;
}

export interface CliResult extends Exit {
  stdout: string;
  stderr: string;
}

/** Runs one CLI command to completion (killed after `timeoutMs`). */
export async function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<CliResult> {
  const p = spawnTumen(args, env);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  try {
    const exit = await p.exited;
    return { ...exit, stdout: p.stdout(), stderr: p.stderr() };
  } finally {
    clearTimeout(timer);
  }
}

/** Formats a CLI result for an assertion message. */
export function show(r: CliResult): string {
  return `exit ${r.code ?? r.signal}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
}

/** True while a process with this pid exists. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
