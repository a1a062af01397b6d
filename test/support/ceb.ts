import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/db/database';
import { REQUEST_TYPES } from '../../src/modules/ceb';
import type { TestApp } from './app';

export const CEB_FIXTURES = fileURLToPath(new URL('../fixtures/ceb', import.meta.url));

/** The official sample of a message type that is valid against the 202205 schema (SPEC-NOTES §12). */
export function sampleXml(type: string): string {
  const base = `${CEB_FIXTURES}/${type}`;
  const file = existsSync(`${base}.sample2.xml`) ? `${base}.sample2.xml` : `${base}.sample1.xml`;
  return readFileSync(file, 'utf8');
}

export const REQUEST_TYPE_NAMES = [...REQUEST_TYPES.keys()];

/**
 * Waits until every transaction that began before the call has ended. The receipt feed shows a row only then
 * (so a reader never skips one), and on a shared PostgreSQL server another process's transaction can hold it
 * back for a moment; a test reads the feed after this to see everything it caused.
 */
export async function feedSettled(app: TestApp, timeoutMs = 30_000): Promise<void> {
  const [{ x: horizon }] = (await rows<{ x: string }>(app.ctx.db, sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`)) as [{ x: string }];
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [{ x: xmin }] = (await rows<{ x: string }>(app.ctx.db, sql`select pg_snapshot_xmin(pg_current_snapshot())::text as x`)) as [{ x: string }];
    if (BigInt(xmin) >= BigInt(horizon)) return;
    if (Date.now() > until) throw new Error(`transactions older than ${horizon} still open after ${timeoutMs} ms (xmin ${xmin})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let serial = 0;

/**
 * Turns an official sample (placeholder codes, dummy signature, a sender of its own) into a message the demo
 * enterprise may send: its customs code in BaseTransfer, real code-table values, no signature, fresh guids
 * and business numbers so that tests do not collide.
 */
export function businessReady(xml: string, copCode: string, opts: { keepSignature?: boolean; tag?: string } = {}): string {
  const tag = opts.tag ?? `T${(++serial).toString().padStart(6, '0')}`;
  const seen = new Map<string, number>();
  let out = xml
    .replace(/^\uFEFF/, '')
    .replace(/(<ceb:BaseTransfer>\s*<ceb:copCode>)[^<]*/, `$1${copCode}`)
    .replace(/(<ceb:(?:currency|fCurrency|iCurrency)>)[^<]*/g, '$1142')
    .replace(/(<ceb:(?:country|tradeCountry)>)[^<]*/g, '$1133')
    .replace(/(<ceb:(?:unit|unit1)>)[^<]*/g, '$1007')
    .replace(/(<ceb:unit2>)[^<]+/g, '$1035')
    .replace(/(<ceb:tradeMode>)[^<]*/g, '$19610')
    .replace(/(<ceb:trafMode>)[^<]*/g, '$15')
    .replace(/(<ceb:(orderNo|logisticsNo|payTransactionId|copNo|invtNo|coElNo)>)([^<]+)/g, (_m, open: string, field: string, value: string) => {
      // Numbers unique per record: records of one sample often repeat the same number.
      const i = (seen.get(field) ?? 0) + 1;
      seen.set(field, i);
      const unique = `${value}${tag}${i.toString(36)}`;
      return `${open}${unique.slice(-Math.min(18, unique.length))}`;
    });
  // Fresh 36-character guids: message and record heads.
  let n = 0;
  const guidFor = (i: number) => {
    const h = createHash('sha256').update(`${tag}/${i}`).digest('hex').toUpperCase();
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  };
  out = out.replace(/(guid="|<ceb:guid>)[^"<]{36}/g, (_m, open: string) => `${open}${guidFor(n++)}`);
  if (!opts.keepSignature) out = out.replace(/\s*<ds:Signature[\s\S]*?<\/ds:Signature>/, '');
  return out;
}

export async function createKey(app: TestApp, org: string, environment: 'sandbox' | 'production', scopes = ['ceb.submit', 'ceb.receipts.read', 'ceb.documents.read']): Promise<string> {
  const res = await app.inject({ method: 'POST', url: `/api/orgs/${app.orgId[org]}/api-keys`, as: `${org}.admin`, payload: { name: `ceb-${environment}-${++serial}`, scopes, environment } });
  if (res.statusCode !== 201) throw new Error(`api key: ${res.statusCode} ${res.body}`);
  return (res.json() as { key: string }).key;
}

export function postXml(app: TestApp, key: string, xml: string | Buffer, query = '') {
  return app.inject({ method: 'POST', url: `/api/ceb${query}`, headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` }, payload: xml });
}
