import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { postOnce, publicLookup } from './sender';

describe('postOnce', () => {
  let server: http.Server;
  let base: string;
  const hits: string[] = [];
  before(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      req.resume();
      req.on('end', () => {
        if (req.url === '/ok') res.writeHead(204).end();
        else if (req.url === '/redirect') res.writeHead(302, { location: '/ok' }).end();
        else if (req.url === '/big') res.writeHead(200).end(Buffer.alloc(1 << 20));
        // '/slow' never answers.
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const send = (path: string, extra: { timeoutMs?: number; publicOnly?: boolean } = {}) =>
    postOnce({ url: `${base}${path}`, headers: { 'Content-Type': 'application/json' }, body: '{}', timeoutMs: extra.timeoutMs ?? 2000, publicOnly: extra.publicOnly ?? false });

  it('a 2xx delivers, whatever the size of the answer', async () => {
    assert.deepEqual(await send('/ok'), { ok: true, statusCode: 204, error: null });
    assert.deepEqual(await send('/big'), { ok: true, statusCode: 200, error: null });
  });

  it('does not follow redirects', async () => {
    hits.length = 0;
    assert.deepEqual(await send('/redirect'), { ok: false, statusCode: 302, error: 'HTTP 302' });
    assert.deepEqual(hits, ['/redirect']);
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    const r = await send('/slow', { timeoutMs: 200 });
    assert.equal(r.ok, false);
    assert.equal(r.statusCode, null);
    assert.match(r.error ?? '', /no answer within 200 ms/);
    assert.ok(Date.now() - started < 1500);
  });

  it('in production mode, never connects to a local address', async () => {
    hits.length = 0;
    const r = await send('/ok', { publicOnly: true });
    assert.equal(r.ok, false);
    assert.match(r.error ?? '', /127\.0\.0\.1 is loopback, private or link-local/);
    assert.deepEqual(hits, []);
  });

  it('refuses a name that resolves to a local address when it is looked up', async () => {
    const result = await new Promise<{ err: NodeJS.ErrnoException | null }>((resolve) => publicLookup('localhost', {}, (err) => resolve({ err })));
    assert.match(result.err?.message ?? '', /loopback, private or link-local/);
  });
});
