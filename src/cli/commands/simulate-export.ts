/**
 * The export part of `tumen simulate`: seeded export traffic of the demo exporters (ginseng, seafood, wood,
 * farm produce) to Korea, Japan and Russia — 9610 retail (summary and simplified), 9710 B2B and 9810 to the
 * demo overseas warehouses — each party sending its own document over HTTP, then the supervised site's arrival
 * reports and the carrier's departures in batches, and the list receipts (CEB604) read from the agents' feeds.
 */
import { DEMO_WAREHOUSES, arrivalDocument, departureDocument, exportDocuments, type ExportLine, type ExportSpec } from '../../modules/export';
import { DEMO_ORGS } from '../../modules/identity';

export const EXPORT_CASES = {
  export_good: { expected: '899', what: '9610 retail export, released on arrival and cleared on departure' },
  export_9710: { expected: '899', what: '9710 business-to-business export' },
  export_9810: { expected: '899', what: '9810 export to a demo overseas warehouse' },
  export_bad_qty: { expected: '100', what: 'the list declares another quantity than the order' },
  export_unknown_warehouse: { expected: '100', what: 'a 9810 booking naming a warehouse the zone has not registered' },
  export_no_arrival: { expected: '399', what: 'the parcel never reaches the supervised site: the list stays audited' },
} as const;
export type ExportCase = keyof typeof EXPORT_CASES;

export const EXPORT_DOC_TYPES = ['CEB303Message', 'CEB403Message', 'CEB505Message', 'CEB603Message'] as const;
type ExportDocType = (typeof EXPORT_DOC_TYPES)[number];
/** Who sends what: the platform the order, the payment institution the collection, the carrier the waybill, the broker the list. */
const SENDER: Record<ExportDocType, string> = { CEB303Message: 'hanbit', CEB403Message: 'chengquan', CEB505Message: 'xianghe', CEB603Message: 'zhengheng' };
export const EXPORT_ACTORS = ['hanbit', 'chengquan', 'xianghe', 'zhengheng'];

const SELLERS: Record<string, ExportLine[]> = {
  baiyan: [{ itemNo: 'BY-GINSENG-100', gcode: '1211201000', name: '长白山人参 100g', unit: '035', qty: '1', price: '188.00' }],
  guiwan: [
    { itemNo: 'GW-CRAB-1KG', gcode: '0306149000', name: '冻蟹 1kg', unit: '035', qty: '1', price: '120.00' },
    { itemNo: 'GW-FISH-2KG', gcode: '0303890090', name: '冻鱼 2kg', unit: '035', qty: '1', price: '86.00' },
  ],
  songyao: [{ itemNo: 'SY-SPOON-SET', gcode: '4421919090', name: '木制厨具套装', unit: '035', qty: '1', price: '58.00' }],
  lihuagu: [{ itemNo: 'LH-PEAR-5KG', gcode: '0808309000', name: '延边苹果梨 5kg', unit: '035', qty: '1', price: '66.50' }],
};
const COUNTRIES = ['133', '116', '344'];
const WAREHOUSE_OF: Record<string, string> = Object.fromEntries(DEMO_WAREHOUSES.map((w) => [w.country, w.code]));

function party(key: string) {
  const o = DEMO_ORGS.find((d) => d.key === key);
  if (!o) throw new Error(`demo organisation ${key} is missing`);
  return { code: o.customsCode ?? o.uscc, name: o.nameZh };
}

export interface PlannedExport {
  label: ExportCase;
  spec: ExportSpec;
  order: ExportDocType[];
  arrives: boolean;
}

/** The export plan: the same seed gives the same exports (numbers carry the run's tag). */
export function planExports(n: number, seed: number, tag: string, at: Date): PlannedExport[] {
  let s = (seed ^ 0x5eed) >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const r = rnd();
    const label: ExportCase = r < 0.06 ? 'export_bad_qty' : r < 0.09 ? 'export_unknown_warehouse' : r < 0.13 ? 'export_no_arrival' : r < 0.25 ? 'export_9710' : r < 0.4 ? 'export_9810' : 'export_good';
    const seller = pick(Object.keys(SELLERS));
    const country = pick(COUNTRIES);
    const lines = SELLERS[seller]!.filter((_, j) => j === 0 || rnd() < 0.5).map((l) => ({ ...l, qty: String(1 + Math.floor(rnd() * 6)), price: (Number(l.price) * (0.85 + rnd() * 0.3)).toFixed(2) }));
    const tradeMode = label === 'export_9710' ? '9710' : label === 'export_9810' || label === 'export_unknown_warehouse' ? '9810' : '9610';
    const no = `${tag}${String(i).padStart(5, '0')}`;
    const spec: ExportSpec = {
      orderNo: `EX${no}`,
      logisticsNo: `XHE${no}`,
      ebp: party('hanbit'),
      ebc: party(seller),
      payment: party('chengquan'),
      logistics: party('xianghe'),
      site: party('xianghe'),
      agent: party('zhengheng'),
      tradeMode,
      statisticsFlag: tradeMode === '9610' && rnd() < 0.8 ? 'B' : 'A',
      country,
      lines,
      freight: (8 + Math.floor(rnd() * 40)).toFixed(2),
      at,
      ...(tradeMode === '9810' ? { warehouseCode: label === 'export_unknown_warehouse' ? 'OW-XX-UNKNOWN' : WAREHOUSE_OF[country]! } : {}),
    };
    const order = [...EXPORT_DOC_TYPES].sort(() => rnd() - 0.5);
    return { label, spec, order, arrives: label !== 'export_no_arrival' };
  });
}

export interface ExportResult {
  orderNo: string;
  case: ExportCase;
  expected: string;
  status: string;
  asExpected: boolean;
  tradeMode: string;
  seller: string;
  country: string;
  history: string[];
  info: string;
}

export interface ExportRun {
  documents: { sent: number; accepted: number; refused: number; errors: number; byType: Record<string, { sent: number; refused: number }> };
  lists: { total: number; final: number };
  byStatus: { status: string; count: number }[];
  byCase: { case: ExportCase; expected: string; count: number; asExpected: number; got: Record<string, number> }[];
  asExpected: number;
  exports: ExportResult[];
}

interface Tools {
  request(method: string, path: string, opts: { token?: string; body?: unknown }): Promise<{ status: number; body: unknown }>;
  readFeed(key: string, after: number): Promise<{ receipts: { seq: number; messageType: string; returnStatus: string; returnInfo: string; documentId: string | null }[]; next: number }>;
  keyOf(org: string): string;
  progress?(phase: 'exports' | 'export_receipts', done: number, total: number): void;
  sleep(ms: number): Promise<void>;
}

/** Final for the run: cleared, rejected, drawn for inspection (customs decides), or audited when the parcel never arrives. */
function isDone(p: PlannedExport, status: string): boolean {
  return status === '899' || status === '100' || status === '500' || status.startsWith('-') || status === 'error' || (!p.arrives && status === '399');
}

/** Sends the planned exports, the arrivals and departures, and follows the lists to their final receipts. */
export async function runExports(planned: PlannedExport[], tools: Tools, opts: { concurrency: number; timeout: number; at: () => Date }): Promise<ExportRun> {
  const byType = Object.fromEntries([...EXPORT_DOC_TYPES, 'CEB507Message', 'CEB509Message'].map((t) => [t, { sent: 0, refused: 0 }]));
  let accepted = 0;
  let refused = 0;
  let errors = 0;
  const agentKey = tools.keyOf(SENDER.CEB603Message);
  let cursor = (await tools.readFeed(agentKey, 0)).next;
  const tracked = planned.map((p) => ({ p, docId: null as string | null, status: 'none', info: '', history: [] as string[], departed: false }));
  const send = async (type: string, org: string, body: unknown) => {
    const a = await tools.request('POST', `/api/ceb/documents/${type}`, { token: tools.keyOf(org), body });
    byType[type]!.sent++;
    const answer = (a.body ?? {}) as { records?: { returnStatus: string; returnInfo: string; documentId: string | null }[]; returnStatus?: string };
    if (a.status === 200) accepted++;
    else if (answer.records?.length || answer.returnStatus) {
      refused++;
      byType[type]!.refused++;
    } else errors++;
    return { status: a.status, record: answer.records?.[0] };
  };
  // 1. The four documents of each export, each by its party, in the planned order.
  let done = 0;
  const queue = [...tracked];
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(opts.concurrency, tracked.length)) }, async () => {
      for (let t = queue.shift(); t; t = queue.shift()) {
        const docs = exportDocuments(t.p.spec);
        if (t.p.label === 'export_bad_qty') {
          const l0 = docs.CEB603Message.Inventory[0]!.InventoryList[0]!;
          l0.qty = String(Number(l0.qty) + 1);
          l0.totalPrice = (Number(l0.price) * Number(l0.qty)).toFixed(2);
        }
        for (const type of t.p.order) {
          const r = await send(type, SENDER[type], docs[type]);
          if (type === 'CEB603Message') {
            t.docId = r.status === 200 ? (r.record?.documentId ?? null) : null;
            if (r.status !== 200) [t.status, t.info] = [r.record?.returnStatus ?? 'error', r.record?.returnInfo ?? `HTTP ${r.status}`];
          }
        }
        tools.progress?.('exports', ++done, tracked.length);
      }
    }),
  );
  // 2. The supervised site reports the parcels that arrived, in batches of 50.
  const site = party('xianghe');
  const batch = async (type: 'CEB507Message' | 'CEB509Message', nos: string[]) => {
    for (let i = 0; i < nos.length; i += 50) {
      const copNo = `${type === 'CEB507Message' ? 'A' : 'D'}${Date.now().toString(36)}${i}`.toUpperCase();
      const doc = type === 'CEB507Message' ? arrivalDocument({ site, logistics: site, logisticsNos: nos.slice(i, i + 50), copNo, at: opts.at() }) : departureDocument({ logistics: site, logisticsNos: nos.slice(i, i + 50), copNo, at: opts.at() });
      await send(type, 'xianghe', doc);
    }
  };
  await batch('CEB507Message', tracked.filter((t) => t.p.arrives).map((t) => t.p.spec.logisticsNo));
  // 3. Receipts; the released parcels depart, and their lists are cleared.
  const byDoc = new Map(tracked.filter((t) => t.docId).map((t) => [t.docId!, t]));
  const deadline = Date.now() + opts.timeout * 1000;
  for (;;) {
    const { receipts, next } = await tools.readFeed(agentKey, cursor);
    cursor = next;
    for (const r of receipts) {
      const t = r.messageType === 'CEB604Message' && r.documentId ? byDoc.get(r.documentId) : undefined;
      if (!t) continue;
      t.history.push(r.returnStatus);
      [t.status, t.info] = [r.returnStatus, r.returnInfo];
    }
    const leaving = tracked.filter((t) => t.status === '800' && !t.departed);
    if (leaving.length) {
      leaving.forEach((t) => (t.departed = true));
      await batch('CEB509Message', leaving.map((t) => t.p.spec.logisticsNo));
      continue;
    }
    const final = tracked.filter((t) => isDone(t.p, t.status)).length;
    tools.progress?.('export_receipts', final, tracked.length);
    if (final === tracked.length || Date.now() >= deadline) break;
    await tools.sleep(300);
  }
  const exports: ExportResult[] = tracked.map((t) => {
    const expected = EXPORT_CASES[t.p.label].expected;
    return {
      orderNo: t.p.spec.orderNo,
      case: t.p.label,
      expected,
      status: t.status,
      // A list drawn for inspection (500) went through as it should; the inspection result is customs' to record.
      asExpected: t.status === expected || (expected === '899' && t.status === '500'),
      tradeMode: t.p.spec.tradeMode,
      seller: t.p.spec.ebc.code,
      country: t.p.spec.country,
      history: t.history,
      info: t.info,
    };
  });
  const count = <K extends string>(keys: K[]) => keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});
  const statuses = count(exports.map((e) => e.status));
  return {
    documents: { sent: accepted + refused + errors, accepted, refused, errors, byType },
    lists: { total: tracked.length, final: tracked.filter((t) => isDone(t.p, t.status)).length },
    byStatus: Object.entries(statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => ({ status, count: n })),
    byCase: (Object.keys(EXPORT_CASES) as ExportCase[])
      .map((c) => {
        const mine = exports.filter((e) => e.case === c);
        return { case: c, expected: EXPORT_CASES[c].expected, count: mine.length, asExpected: mine.filter((e) => e.asExpected).length, got: count(mine.map((e) => e.status)) };
      })
      .filter((c) => c.count),
    asExpected: exports.filter((e) => e.asExpected).length,
    exports,
  };
}
