import { buildCeb } from '../../src/modules/ceb';
import { arrivalDocument, departureDocument, exportDocuments, type ExportLine, type ExportSpec } from '../../src/modules/export';
import { DEMO_ORGS } from '../../src/modules/identity';
import type { TestApp } from './app';
import { partyKeys, sendJson, type Keys } from './clearance';

export type ExportDocType = 'CEB303Message' | 'CEB403Message' | 'CEB505Message' | 'CEB603Message';
export const EXPORT_DOC_TYPES: ExportDocType[] = ['CEB303Message', 'CEB403Message', 'CEB505Message', 'CEB603Message'];

function party(key: string) {
  const o = DEMO_ORGS.find((d) => d.key === key)!;
  return { code: o.customsCode ?? o.uscc, name: o.nameZh };
}

/** The demo parties of an export: platform Hanbit, seller Baiyan (ginseng), payment Chengquan, carrier and site Xianghe, broker Zhengheng. */
export const EXPORT_PARTIES = {
  ebp: party('hanbit'),
  ebc: party('baiyan'),
  payment: party('chengquan'),
  logistics: party('xianghe'),
  site: party('xianghe'),
  agent: party('zhengheng'),
};
export const EXPORT_SENDER: Record<ExportDocType, string> = { CEB303Message: 'hanbit', CEB403Message: 'chengquan', CEB505Message: 'xianghe', CEB603Message: 'zhengheng' };
export const EXPORT_KEYS = ['hanbit', 'chengquan', 'xianghe', 'zhengheng', 'baiyan'];

/** Goods of the demo tariff lines (data/reference/tariff-demo.csv). */
export const GINSENG_ROOT: ExportLine = { itemNo: 'BY-GINSENG-100', gcode: '1211201000', name: '长白山人参 100g', unit: '035', qty: '2', price: '188.00', unit1: '035', qty1: '0.2' };
export const PEAR: ExportLine = { itemNo: 'BY-PEAR-5KG', gcode: '0808309000', name: '延边苹果梨 5kg', unit: '035', qty: '1', price: '66.50', unit1: '035', qty1: '5' };
export const CRAB: ExportLine = { itemNo: 'BY-CRAB-1KG', gcode: '0306149000', name: '冻蟹 1kg', unit: '035', qty: '3', price: '120.35', unit1: '035', qty1: '3' };

let serial = 0;

export function exportFlow(app: TestApp, overrides: Partial<ExportSpec> = {}) {
  const n = `${Date.now().toString(36)}${(++serial).toString(36)}`.toUpperCase();
  const spec: ExportSpec = {
    orderNo: `EX${n}`,
    logisticsNo: `XE${n}`,
    ...EXPORT_PARTIES,
    tradeMode: '9610',
    statisticsFlag: 'B',
    country: '133',
    pod: 'KRPU',
    lines: [GINSENG_ROOT, PEAR],
    freight: '15.00',
    at: app.clock.now(),
    ...overrides,
  };
  return { spec, docs: exportDocuments(spec, () => app.ctx.newId()) };
}

export async function exportKeys(app: TestApp): Promise<Keys> {
  return partyKeys(app, EXPORT_KEYS);
}

export async function sendExportXml(app: TestApp, key: string, type: string, document: unknown) {
  return app.inject({ method: 'POST', url: '/api/ceb', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/xml' }, payload: buildCeb(type as never, document as never) });
}

/** Sends the documents in the order given, each by its party; throws on an unexpected HTTP status. */
export async function sendExport(app: TestApp, keys: Keys, docs: Record<ExportDocType, unknown>, order: ExportDocType[] = EXPORT_DOC_TYPES, format: 'json' | 'xml' = 'json', senders: Record<ExportDocType, string> = EXPORT_SENDER) {
  for (const type of order) {
    const key = keys[senders[type]]!;
    const res = format === 'json' ? await sendJson(app, key, type, docs[type]) : await sendExportXml(app, key, type, docs[type]);
    if (res.statusCode !== 200) throw new Error(`${type}: ${res.statusCode} ${res.body}`);
  }
}

/** The parcels arrive at the supervised site (CEB507), sent by its operator. */
export async function arrive(app: TestApp, keys: Keys, logisticsNos: string[], format: 'json' | 'xml' = 'json') {
  const doc = arrivalDocument({ site: EXPORT_PARTIES.site, logistics: EXPORT_PARTIES.logistics, logisticsNos, copNo: `A${(++serial).toString(36)}${Date.now().toString(36)}`.toUpperCase(), at: app.clock.now() }, () => app.ctx.newId());
  const res = format === 'json' ? await sendJson(app, keys.xianghe!, 'CEB507Message', doc) : await sendExportXml(app, keys.xianghe!, 'CEB507Message', doc);
  if (res.statusCode !== 200) throw new Error(`CEB507: ${res.statusCode} ${res.body}`);
}

/** The parcels leave the country (CEB509), sent by the carrier. */
export async function depart(app: TestApp, keys: Keys, logisticsNos: string[], format: 'json' | 'xml' = 'json') {
  const doc = departureDocument({ logistics: EXPORT_PARTIES.logistics, logisticsNos, copNo: `D${(++serial).toString(36)}${Date.now().toString(36)}`.toUpperCase(), at: app.clock.now() }, () => app.ctx.newId());
  const res = format === 'json' ? await sendJson(app, keys.xianghe!, 'CEB509Message', doc) : await sendExportXml(app, keys.xianghe!, 'CEB509Message', doc);
  if (res.statusCode !== 200) throw new Error(`CEB509: ${res.statusCode} ${res.body}`);
}

export interface ExportView {
  id: string;
  state: string;
  invtNo: string | null;
  waitingFor: string[];
  problems?: { code: string; path: string; params?: Record<string, unknown> }[];
  value: string | null;
}

export async function exportOf(app: TestApp, orderNo: string): Promise<ExportView> {
  const res = await app.inject({ method: 'GET', url: `/api/export/declarations?orderNo=${orderNo}`, as: 'customs.admin' });
  if (res.statusCode !== 200) throw new Error(res.body);
  const item = (res.json() as { items: ExportView[] }).items[0];
  if (!item) throw new Error(`no export ${orderNo}`);
  const detail = await app.inject({ method: 'GET', url: `/api/export/declarations/${item.id}`, as: 'customs.admin' });
  return detail.json() as ExportView;
}

/** The list's receipts (CEB604) of one order among a party's receipts. */
export function listStatuses(all: { messageType: string; returnStatus: string; xml: string }[], orderNo: string): string[] {
  return all.filter((r) => r.messageType === 'CEB604Message' && r.xml.includes(`<ceb:orderNo>${orderNo}</ceb:orderNo>`)).map((r) => r.returnStatus);
}
