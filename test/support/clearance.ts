import { buildCeb } from '../../src/modules/ceb';
import { importDocuments, type ImportLine, type ImportSpec } from '../../src/modules/clearance';
import { DEMO_ORGS } from '../../src/modules/identity';
import { DEMO_RESIDENTS } from '../../src/modules/verification';
import type { TestApp } from './app';
import { createKey, feedSettled } from './ceb';

export type DocType = 'CEB311Message' | 'CEB411Message' | 'CEB511Message' | 'CEB621Message';
export const DOC_TYPES: DocType[] = ['CEB311Message', 'CEB411Message', 'CEB511Message', 'CEB621Message'];

/** A demo organisation as a party of the documents: its customs code (else USCC) and Chinese name. */
export function party(key: string) {
  const o = DEMO_ORGS.find((d) => d.key === key)!;
  return { code: o.customsCode ?? o.uscc, name: o.nameZh };
}

/** The demo parties of a 9610 import: platform and seller Hanbit, payment Chengquan, carrier Xianghe, broker Zhengheng, guarantor Hengyue. */
export const PARTIES = {
  ebp: party('hanbit'),
  ebc: party('hanbit'),
  payment: party('chengquan'),
  logistics: party('xianghe'),
  agent: party('zhengheng'),
  assure: party('hengyue'),
};
/** Which demo organisation sends each document. */
export const SENDER: Record<DocType, string> = { CEB311Message: 'hanbit', CEB411Message: 'chengquan', CEB511Message: 'xianghe', CEB621Message: 'zhengheng' };

/** Hanbit's filed goods (demo products on demo tariff lines). */
export const LAVER: ImportLine = { itemNo: 'HB-LAVER-10', gcode: '2008999000', name: '韩光调味海苔 10袋装', unit: '035', qty: '2', price: '39.90', country: '133', legalQty: '0.4', legalUnit: '035' };
export const NOODLE: ImportLine = { itemNo: 'HB-NOODLE-5', gcode: '1902301000', name: '韩式辣拉面 5连包', unit: '035', qty: '3', price: '25.00', country: '133', legalQty: '1.5', legalUnit: '035' };
export const GINSENG: ImportLine = { itemNo: 'HB-REDGINSENG-240', gcode: '2106909090', name: '红参浓缩液 240g', unit: '035', qty: '1', price: '398.00', country: '133', legalQty: '0.24', legalUnit: '035' };

let serial = 0;

export function buyer(i = 0) {
  const r = DEMO_RESIDENTS[i % DEMO_RESIDENTS.length]!;
  return { name: r.name, idNumber: r.idNumber, phone: r.phone };
}

/** The demo 9610 import numbered `n` (order HB…, payment PAY…, waybill XH…): Hanbit's laver and noodles. */
export function importSpec(n: string, at: Date, overrides: Partial<ImportSpec> = {}): ImportSpec {
  return {
    orderNo: `HB${n}`,
    payTransactionId: `PAY${n}`,
    logisticsNo: `XH${n}`,
    ebp: PARTIES.ebp,
    ebc: PARTIES.ebc,
    payment: PARTIES.payment,
    logistics: PARTIES.logistics,
    agent: PARTIES.agent,
    assureCode: PARTIES.assure.code,
    buyer: buyer(0),
    address: '吉林省延边朝鲜族自治州延吉市光明街 100 号',
    lines: [LAVER, NOODLE],
    freight: '10.00',
    at,
    ...overrides,
  };
}

/** A consistent set of the four documents with fresh numbers. */
export function flow(app: TestApp, overrides: Partial<ImportSpec> = {}) {
  const spec = importSpec(`${Date.now().toString(36)}${(++serial).toString(36)}`.toUpperCase(), app.clock.now(), overrides);
  return { spec, docs: importDocuments(spec, () => app.ctx.newId()) };
}

export interface Keys {
  [org: string]: string;
}

export async function partyKeys(app: TestApp, orgs = ['hanbit', 'chengquan', 'xianghe', 'zhengheng'], environment: 'production' | 'sandbox' = 'production'): Promise<Keys> {
  const keys: Keys = {};
  for (const o of orgs) keys[o] = await createKey(app, o, environment);
  return keys;
}

export async function sendJson(app: TestApp, key: string, type: string, document: unknown) {
  return app.inject({ method: 'POST', url: `/api/ceb/documents/${type}`, headers: { authorization: `Bearer ${key}` }, payload: document as object });
}

export async function sendXml(app: TestApp, key: string, type: DocType, document: unknown) {
  return app.inject({ method: 'POST', url: '/api/ceb', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/xml' }, payload: buildCeb(type, document as never) });
}

/** Sends the documents in the order given, each by its party; throws on an unexpected HTTP status. */
export async function sendAll(app: TestApp, keys: Keys, docs: Record<DocType, unknown>, order: DocType[] = DOC_TYPES, format: 'json' | 'xml' = 'json') {
  for (const type of order) {
    const res = format === 'json' ? await sendJson(app, keys[SENDER[type]]!, type, docs[type]) : await sendXml(app, keys[SENDER[type]]!, type, docs[type]);
    if (res.statusCode !== 200) throw new Error(`${type}: ${res.statusCode} ${res.body}`);
  }
}

export interface Receipt {
  seq: number;
  messageType: string;
  returnStatus: string;
  returnInfo: string;
  documentId: string | null;
  problems: { code: string; path: string; params?: Record<string, unknown> }[];
  xml: string;
}

export async function receipts(app: TestApp, key: string, after = 0): Promise<Receipt[]> {
  const out: Receipt[] = [];
  let cursor = after;
  await feedSettled(app);
  for (;;) {
    const res = await app.inject({ method: 'GET', url: `/api/ceb/receipts?after=${cursor}&limit=500`, headers: { authorization: `Bearer ${key}` } });
    if (res.statusCode !== 200) throw new Error(`receipts: ${res.statusCode} ${res.body}`);
    const body = res.json() as { receipts: Receipt[]; next: number };
    out.push(...body.receipts);
    if (!body.receipts.length || body.next === cursor) return out;
    cursor = body.next;
  }
}

/** The inventory receipts (CEB622) of one order among a party's receipts, by the copNo/orderNo carried in the XML. */
export function inventoryStatuses(all: Receipt[], copNo: string): string[] {
  return all.filter((r) => r.messageType === 'CEB622Message' && r.xml.includes(`<ceb:copNo>${copNo}</ceb:copNo>`)).map((r) => r.returnStatus);
}

const customsKeys = new WeakMap<TestApp, Promise<string>>();
/** A customs API key for reads and return arrivals: sessions expire when a test moves the clock by days. */
export function customsKey(app: TestApp): Promise<string> {
  let key = customsKeys.get(app);
  if (!key) {
    key = (async () => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/orgs/${app.orgId['yanji-customs']}/api-keys`,
        as: 'customs.admin',
        payload: { name: 'clearance-tests', scopes: ['clearance.read', 'clearance.guarantees.read', 'clearance.returns.arrive'], environment: 'production' },
      });
      if (res.statusCode !== 201) throw new Error(`customs key: ${res.statusCode} ${res.body}`);
      return (res.json() as { key: string }).key;
    })();
    customsKeys.set(app, key);
  }
  return key;
}

export async function declarationOf(app: TestApp, orderNo: string, as?: string) {
  as ??= await customsKey(app);
  const res = await app.inject({ method: 'GET', url: `/api/clearance/declarations?orderNo=${encodeURIComponent(orderNo)}`, as });
  if (res.statusCode !== 200) throw new Error(`declarations: ${res.statusCode} ${res.body}`);
  const items = (res.json() as { items: { id: string; state: string; waitingFor: string[] }[] }).items;
  if (!items[0]) return undefined;
  const detail = await app.inject({ method: 'GET', url: `/api/clearance/declarations/${items[0].id}`, as });
  return detail.json() as Record<string, unknown> & { id: string; state: string; waitingFor: string[]; invtNo: string | null; taxTotal: string | null; problems: { code: string; path: string; message: string }[] };
}
