/**
 * The load generator of the clearance benchmark, run as a process of its own (as clients are), so that it
 * neither takes the server's event loop nor counts in the server's memory: `clients` concurrent loops, each sending the four documents
 * of one 9610 import after another (JSON documents or CEB XML), each document to one of the servers in turn.
 */
import { randomUUID } from 'node:crypto';
import { buildCeb } from '../../src/modules/ceb';
import { importDocuments, type ImportSpec } from '../../src/modules/clearance';
import { importSpec, SENDER, type DocType } from '../../test/support/clearance';

/** A buyer of the load: a verified resident with a phone and a home address. */
export interface Buyer {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

export interface LoadInput {
  bases: string[];
  keys: Record<string, string>;
  buyers: Buyer[];
  /** JSON documents one per request, CEB XML one per request, or JSON documents `batch` to a request. */
  format: 'json' | 'xml' | 'batch';
  batch?: number;
  seconds: number;
  clients: number;
  /** Order numbers of the phase share it, to count what customs decided afterwards. */
  prefix: string;
  at: string;
  /** Paced: start this many imports per second in all (each client waits for its slot); unpaced without. */
  rate?: number;
}

export interface LoadOutput {
  documents: number;
  failures: number;
  sent: number;
  elapsed: number;
  latencies: number[];
  firstFailure?: string;
}

const DOC_ORDER: DocType[] = ['CEB311Message', 'CEB411Message', 'CEB511Message', 'CEB621Message'];

function specOf(input: LoadInput, turn: number, at: Date): ImportSpec {
  const buyer = input.buyers[turn % input.buyers.length]!;
  return importSpec(`${input.prefix}${turn.toString(36).toUpperCase().padStart(6, '0')}`, at, { buyer, address: buyer.address });
}

async function run(input: LoadInput): Promise<LoadOutput> {
  const latencies: number[] = [];
  let documents = 0;
  let failures = 0;
  let sent = 0;
  let next = 0;
  let firstFailure: string | undefined;
  const at = new Date(input.at);
  const started = performance.now();
  const deadline = started + input.seconds * 1000;
  let lastLog = started;
  await Promise.all(
    Array.from({ length: input.clients }, async () => {
      while (input.format === 'batch' && performance.now() < deadline) {
        // `batch` imports: their orders in one request, then their payments, waybills and inventories.
        const imports = Array.from({ length: input.batch ?? 25 }, () => {
          const turn = next++;
          sent += 1;
          return importDocuments(specOf(input, turn, at), randomUUID) as Record<DocType, unknown>;
        });
        for (const [k, type] of DOC_ORDER.entries()) {
          const base = input.bases[(next + k) % input.bases.length]!;
          const t0 = performance.now();
          const res = await fetch(`${base}/api/ceb/batch`, {
            method: 'POST',
            headers: { authorization: `Bearer ${input.keys[SENDER[type]]}`, 'content-type': 'application/json' },
            body: JSON.stringify({ messages: imports.map((d) => ({ type, document: d[type] })) }),
          });
          const body = await res.text();
          latencies.push(performance.now() - t0);
          documents += imports.length;
          const results = res.status === 200 ? (JSON.parse(body) as { results: { httpStatus: number }[] }).results : [];
          const bad = res.status === 200 ? results.filter((x) => x.httpStatus !== 200).length : imports.length;
          failures += bad;
          if (bad) firstFailure ??= `${res.status} ${body.slice(0, 300)}`;
        }
      }
      while (input.format !== 'batch' && performance.now() < deadline) {
        const turn = next++;
        if (input.rate) {
          const slot = started + (turn * 1000) / input.rate;
          if (slot >= deadline) break;
          if (slot > performance.now()) await new Promise((r) => setTimeout(r, slot - performance.now()));
        }
        sent += 1;
        const docs = importDocuments(specOf(input, turn, at), randomUUID) as Record<DocType, unknown>;
        for (const [k, type] of DOC_ORDER.entries()) {
          // The documents of one import go to different servers when there are several: the rendezvous is shared.
          const base = input.bases[(turn + k) % input.bases.length]!;
          const headers = { authorization: `Bearer ${input.keys[SENDER[type]]}`, 'content-type': input.format === 'json' ? 'application/json' : 'application/xml' };
          const t0 = performance.now();
          const res =
            input.format === 'json'
              ? await fetch(`${base}/api/ceb/documents/${type}`, { method: 'POST', headers, body: JSON.stringify(docs[type]) })
              : await fetch(`${base}/api/ceb`, { method: 'POST', headers, body: buildCeb(type, docs[type] as never) });
          const body = await res.text();
          latencies.push(performance.now() - t0);
          documents += 1;
          if (res.status !== 200) {
            failures += 1;
            firstFailure ??= `${res.status} ${body.slice(0, 300)}`;
          }
        }
        if (performance.now() - lastLog > 5000) {
          lastLog = performance.now();
          process.send?.({ progress: `${input.format}: ${Math.round((lastLog - started) / 1000)} s, ${documents} documents` });
        }
      }
    }),
  );
  return { documents, failures, sent, elapsed: (performance.now() - started) / 1000, latencies, ...(firstFailure ? { firstFailure } : {}) };
}

process.once('message', (input: LoadInput) => {
  void run(input).then((output) => process.send?.({ done: output }, () => process.exit(0)));
});
