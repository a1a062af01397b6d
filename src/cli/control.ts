import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AppContext } from '../app/context';
import { isAppError } from '../kernel/errors';
import { isCommandName, runCommand } from './commands';

/**
 * The control channel of a running Tumen that holds an embedded data directory: a loopback HTTP
 * listener that runs operator commands in that process, so the CLI never opens the directory twice.
 * Its port and a random token are written beside the data directory, readable by the owner only.
 */
export interface ControlInfo {
  pid: number;
  port: number;
  token: string;
}

export function controlFileFor(dataDir: string): string {
  return `${dataDir}.control.json`;
}

export async function startControlServer(ctx: AppContext, dataDir: string): Promise<{ close(): Promise<void> }> {
  const token = randomBytes(32).toString('hex');
  const expected = Buffer.from(`Bearer ${token}`);
  const server = http.createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const auth = Buffer.from(req.headers.authorization ?? '');
    if (auth.length !== expected.length || !timingSafeEqual(auth, expected)) return reply(401, { ok: false, error: 'unauthorised' });
    const name = req.url?.replace(/^\/command\//, '') ?? '';
    if (req.method !== 'POST' || !isCommandName(name)) return reply(404, { ok: false, error: 'unknown command' });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let args: unknown;
      try {
        args = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      } catch {
        return reply(400, { ok: false, error: 'bad json' });
      }
      runCommand(ctx, name, args).then(
        (result) => reply(200, { ok: true, result }),
        (e: unknown) =>
          reply(200, {
            ok: false,
            error: isAppError(e) ? { kind: e.kind, code: e.code, params: e.params } : { message: e instanceof Error ? e.message : String(e) },
          }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const file = controlFileFor(dataDir);
  const info: ControlInfo = { pid: process.pid, port, token };
  fs.writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
  return {
    close: async () => {
      try {
        if ((JSON.parse(fs.readFileSync(file, 'utf8')) as ControlInfo).pid === process.pid) fs.unlinkSync(file);
      } catch {
        /* already gone */
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function readControlInfo(dataDir: string): ControlInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(controlFileFor(dataDir), 'utf8')) as ControlInfo;
  } catch {
    return undefined;
  }
}

export interface RemoteFailure {
  kind?: string;
  code?: string;
  params?: Record<string, string | number>;
  message?: string;
}

export async function sendCommand(info: ControlInfo, name: string, args: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: RemoteFailure }> {
  const res = await fetch(`http://127.0.0.1:${info.port}/command/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${info.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(args ?? {}),
  });
  return (await res.json()) as { ok: true; result: unknown } | { ok: false; error: RemoteFailure };
}
