import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { bareHost, isBlockedAddress, isLocalHost } from './address';

/** What became of one POST. `statusCode` is null when no answer came (refused, reset, timed out). */
export interface SendOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Production mode: refuse to connect to loopback, private and link-local addresses. */
  publicOnly: boolean;
}

// Connections are kept open between deliveries to the same receiver; idle sockets do not hold the process.
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 60_000 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64, timeout: 60_000 }),
};

/** Answers read beyond this are cut off: only the status matters. */
const MAX_ANSWER_BYTES = 64 * 1024;

class BlockedAddressError extends Error {
  readonly code = 'EADDRBLOCKED';
  constructor(address: string) {
    super(`address ${address} is loopback, private or link-local`);
  }
}

/**
 * Resolves like the system does, then refuses blocked addresses: checking at connection time, not only
 * when the URL was registered, also stops a name that is later pointed at an internal address.
 */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isBlockedAddress(a.address));
    if (bad) return callback(new BlockedAddressError(bad.address), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    const first = list[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
    callback(null, first.address, first.family);
  });
};

function describe(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const text = err.code && !err.message?.includes(err.code) ? `${err.code}: ${err.message ?? ''}` : (err.message ?? String(e));
  return text.slice(0, 500);
}

/**
 * POSTs one body and reports the outcome; never throws. Redirects are not followed (a 3xx is a failure).
 * A kept-alive connection that the receiver had closed meanwhile fails at once, before any answer: that
 * is retried once on a new connection (Node's advice for `reusedSocket`), rather than counted as an
 * attempt and backed off. Should the receiver have got it, it sees the same delivery id twice.
 */
export async function postOnce(req: SendRequest): Promise<SendOutcome> {
  const first = await post(req, true);
  return first.staleSocket ? post(req, false) : first;
}

async function post(req: SendRequest, reuse: boolean): Promise<SendOutcome & { staleSocket?: boolean }> {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch (e) {
    return { ok: false, statusCode: null, error: describe(e) };
  }
  // An IP literal is connected to without a lookup, so it is checked here.
  if (req.publicOnly && isLocalHost(url.hostname)) {
    return { ok: false, statusCode: null, error: describe(new BlockedAddressError(bareHost(url.hostname))) };
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome & { staleSocket?: boolean }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const secure = url.protocol === 'https:';
    const body = Buffer.from(req.body, 'utf8');
    const request = (secure ? https : http).request(url, {
      method: 'POST',
      agent: reuse ? (secure ? agents.https : agents.http) : false,
      headers: { ...req.headers, 'Content-Length': String(body.length) },
      ...(req.publicOnly ? { lookup: publicLookup } : {}),
    });
    const timer = setTimeout(() => request.destroy(Object.assign(new Error(`no answer within ${req.timeoutMs} ms`), { code: 'ETIMEDOUT' })), req.timeoutMs);
    request.on('error', (e) => {
      const code = (e as { code?: string }).code;
      const stale = reuse && request.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE');
      finish({ ok: false, statusCode: null, error: describe(e), ...(stale ? { staleSocket: true } : {}) });
    });
    request.on('response', (res) => {
      const statusCode = res.statusCode ?? 0;
      const ok = statusCode >= 200 && statusCode < 300;
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_ANSWER_BYTES) res.destroy();
      });
      // The status decides; the rest of the answer is drained (so the connection can be reused) or cut.
      res.on('end', () => finish({ ok, statusCode, error: ok ? null : `HTTP ${statusCode}` }));
      res.on('close', () => finish({ ok, statusCode, error: ok ? null : `HTTP ${statusCode}` }));
      res.on('error', () => finish({ ok, statusCode, error: ok ? null : `HTTP ${statusCode}` }));
    });
    request.end(body);
  });
}
