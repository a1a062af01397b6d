import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '../../src/modules/webhooks';

/** What a receiver saw of one request. */
export interface Seen {
  deliveryId: string;
  event: string;
  timestamp: string;
  signature: string;
  raw: string;
  body: { deliveryId: string; event: string; createdAt: string; data: { n?: number; receiptId?: string } };
  signatureValid: boolean;
}

/**
 * A receiver as an enterprise would write one: it checks the signature, processes each delivery id once
 * (de-duplication), and answers 200. `answer` can make it lose its answer after processing (the socket is
 * destroyed) or answer 500, to test retries of deliveries that did arrive.
 */
export class Receiver {
  server: http.Server | undefined;
  port = 0;
  secrets: string[] = [];
  /** Every request, in arrival order (duplicates included). */
  requests: Seen[] = [];
  /** The effect of de-duplication: each delivery id processed once. */
  processed = new Map<string, Seen>();
  delayMs = 0;
  answer: (seen: Seen, firstTime: boolean) => 'ok' | 'drop' | 'fail' = () => 'ok';

  async start(port = 0): Promise<void> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const header = (name: string) => String(req.headers[name] ?? '');
        const timestamp = header('x-tumen-timestamp');
        const seen: Seen = {
          deliveryId: header('x-tumen-delivery'),
          event: header('x-tumen-event'),
          timestamp,
          signature: header('x-tumen-signature'),
          raw: raw.toString('utf8'),
          body: JSON.parse(raw.toString('utf8')) as Seen['body'],
          signatureValid: this.secrets.some((s) => verifyWebhookSignature(s, timestamp, raw, header('x-tumen-signature'))),
        };
        this.requests.push(seen);
        if (!seen.signatureValid) {
          res.writeHead(401).end();
          return;
        }
        const firstTime = !this.processed.has(seen.deliveryId);
        if (firstTime) this.processed.set(seen.deliveryId, seen);
        const reply = () => {
          const how = this.answer(seen, firstTime);
          if (how === 'drop') req.socket.destroy();
          else res.writeHead(how === 'ok' ? 200 : 500, { 'content-type': 'text/plain' }).end(how);
        };
        if (this.delayMs) setTimeout(reply, this.delayMs);
        else reply();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/tumen/hook`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A port nothing listens on. */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

