/**
 * Risk information collection (DESIGN §2, system 7; issue 7 §1): every declared CEB document and every outcome
 * of clearance, export and the registry becomes a row of `risk_facts` with its source, written in the
 * transaction of the change (the CEB interface's record hooks, the outbox's in-transaction subscriptions), so a
 * fact exists if and only if what it records does. Facts are per environment: sandbox documents give sandbox
 * facts; outcome events exist in production only.
 *
 * The keys detectors and rule aggregates group by are columns, normalised here once (address, phone, names,
 * identity numbers) so that spellings of one key meet; everything else goes to the payload.
 */
import { and, desc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { insertRow } from '../../db/statements';
import { registerRecordHook, type CebMessageType, type RecordHookInput } from '../ceb';
import { orgByCode } from '../identity';
import { onEvent, type DomainEvent } from '../outbox';
import { riskFacts } from './risk.table';

export type Environment = 'sandbox' | 'production';
type Rec = Record<string, unknown>;
type FactPorts = Pick<Ports, 'clock' | 'newId'>;

/** The kinds of fact this module records, by what they come from. */
export const FACT_KINDS = {
  /** Import documents (source `clearance`): CEB311, CEB411, CEB511, CEB621. */
  order: 'order',
  payment: 'payment',
  waybill: 'waybill',
  inventory: 'inventory',
  /** Export documents (source `export`): CEB303, CEB403, CEB603. */
  exportOrder: 'export_order',
  collection: 'collection',
  exportList: 'export_list',
  /** Outcomes (source `clearance` or `export`, from the declaration's state events). */
  rejection: 'rejection',
  inspection: 'inspection',
  seizure: 'seizure',
  release: 'release',
  exportRelease: 'export_release',
  shippedBack: 'shipped_back',
  return: 'return',
  cancellation: 'cancellation',
  /** Registry (source `registry`): an enterprise or product filing changed state. */
  filingChange: 'filing_change',
  /** Reported by a department to the credit record (source `credit`): complaints, quality incidents, findings, penalties. */
  complaint: 'complaint',
  qualityIncident: 'quality_incident',
  inspectionFinding: 'inspection_finding',
  penalty: 'penalty',
} as const;
export type FactKind = (typeof FACT_KINDS)[keyof typeof FACT_KINDS];

/**
 * How far back a document looks for its partner (order ↔ payment) to link the buyer and the payer. The
 * four documents of one purchase arrive within minutes; a partner arriving later than this is not linked.
 * (A lookup by order number has no index of its own in `risk_facts`: see the module notes.)
 */
export const LINK_WINDOW_HOURS = 12;
/** How far back an export release looks for its list to learn the e-commerce enterprise. */
export const RELEASE_LOOKUP_DAYS = 60;

// ---------------------------------------------------------------- normalisation

/** Full-width ASCII (U+FF01–U+FF5E) → half-width, the ideographic space → a space. */
function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** An address as a key: NFC, full-width → half-width, no whitespace, Latin letters in lower case. */
export function normaliseAddress(value: unknown): string | null {
  const s = text(value);
  if (!s) return null;
  const out = halfWidth(s.normalize('NFC')).replace(/\s+/gu, '').toLowerCase();
  return out || null;
}

/** A person's name as a key (consignee): the same folding as an address. */
export const normaliseName = normaliseAddress;

/** A phone number as a key: digits only, without a leading 86 / 0086 country code on mobile numbers. */
export function normalisePhone(value: unknown): string | null {
  const s = text(value);
  if (!s) return null;
  let digits = halfWidth(s).replace(/\D/g, '');
  if (/^(0086|86)1\d{10}$/.test(digits)) digits = digits.slice(digits.length - 11);
  return digits || null;
}

/** An identity number as a key: no whitespace, check character in upper case. */
export function normaliseIdNumber(value: unknown): string | null {
  const s = halfWidth(text(value)).replace(/\s+/g, '').toUpperCase();
  return s || null;
}

/** A brand as written in a line's declared elements (gmodel `品牌:…` / `品牌：…`), when it names one. */
export function brandOfLine(line: Rec): string | null {
  const direct = text(line.brand);
  if (direct) return direct;
  const m = /品牌(?:名称)?[:：]\s*([^|;；,，\n]+)/u.exec(text(line.gmodel));
  return m?.[1]?.trim() || null;
}

function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v).trim();
}

function listOf(v: unknown): Rec[] {
  return Array.isArray(v) ? (v as Rec[]) : v && typeof v === 'object' ? [v as Rec] : [];
}

/** A decimal amount as text, or null when the value is not one. */
function amountOf(v: unknown): string | null {
  const s = text(v);
  return /^-?\d+(\.\d+)?$/.test(s) ? s : null;
}

function sumOf(values: unknown[]): string | null {
  // Sums in integer units of 1e-5 (the column's scale): exact for the amounts a document carries.
  let total = 0n;
  let any = false;
  for (const v of values) {
    const a = amountOf(v);
    if (!a) continue;
    any = true;
    const [i, f = ''] = a.replace('-', '').split('.');
    const units = BigInt(i!) * 100000n + BigInt((f + '00000').slice(0, 5));
    total += a.startsWith('-') ? -units : units;
  }
  if (!any) return null;
  const neg = total < 0n;
  const abs = neg ? -total : total;
  const frac = (abs % 100000n).toString().padStart(5, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${abs / 100000n}${frac ? `.${frac}` : ''}`;
}

// ---------------------------------------------------------------- recording

export interface RiskFactInput {
  environment: Environment;
  /** When it happened; the clock's now when left out. */
  at?: Date;
  /** The module that reported it: clearance, export, registry … */
  source: string;
  kind: FactKind | (string & {});
  reference?: string | null;
  declarationId?: string | null;
  orgId?: string | null;
  ebcCode?: string | null;
  orderNo?: string | null;
  buyerId?: string | null;
  payerId?: string | null;
  phone?: string | null;
  /** Raw or normalised: it is normalised here. */
  address?: string | null;
  consignee?: string | null;
  device?: string | null;
  amount?: string | null;
  payload?: Record<string, unknown>;
}

/** Inserts one fact, its keys normalised, in the caller's transaction; returns its id. */
export async function recordRiskFact(tx: Db, ports: FactPorts, fact: RiskFactInput): Promise<string> {
  const id = ports.newId();
  await insertRow(tx, riskFacts, {
    id,
    environment: fact.environment,
    at: fact.at ?? ports.clock.now(),
    source: fact.source,
    kind: fact.kind,
    reference: fact.reference || null,
    declarationId: fact.declarationId || null,
    orgId: fact.orgId || null,
    ebcCode: text(fact.ebcCode) || null,
    orderNo: text(fact.orderNo) || null,
    buyerId: normaliseIdNumber(fact.buyerId),
    payerId: normaliseIdNumber(fact.payerId),
    phone: normalisePhone(fact.phone),
    address: normaliseAddress(fact.address),
    consignee: normaliseName(fact.consignee),
    device: text(fact.device) || null,
    amount: amountOf(fact.amount),
    payload: fact.payload ?? {},
  });
  return id;
}

// ---------------------------------------------------------------- CEB documents

type Accepted = RecordHookInput & { documentId: string; appType: string; appStatus: string };

/** The item lines of a document, with what detectors read (item, commodity code, brand, price, quantity). */
function itemsOf(lines: Rec[]): Rec[] {
  return lines.map((l) => {
    const item: Rec = {
      gnum: Number(l.gnum) || null,
      itemNo: text(l.itemNo) || text(l.itemRecordNo) || null,
      itemName: text(l.itemName) || text(l.gname) || null,
      price: amountOf(l.price),
      qty: amountOf(l.qty),
      totalPrice: amountOf(l.totalPrice),
      currency: text(l.currency) || null,
    };
    if (text(l.itemRecordNo)) item.itemRecordNo = text(l.itemRecordNo);
    if (text(l.gcode)) item.gcode = text(l.gcode);
    if (text(l.barCode)) item.barCode = text(l.barCode);
    if (text(l.country)) item.country = text(l.country);
    const brand = brandOfLine(l);
    if (brand) item.brand = brand;
    return item;
  });
}

/** The organisation a code names (the seller), else the sender. */
async function orgOf(tx: Db, code: string, senderOrgId: string): Promise<string> {
  if (!code) return senderOrgId;
  return (await orgByCode(tx, code))?.id ?? senderOrgId;
}

function docPayload(i: Accepted, extra: Rec): Rec {
  return { messageType: i.type, appType: i.appType, documentId: i.documentId, ...extra };
}

/**
 * The partner document of one purchase (the order of a payment, the payment of an order): by platform and order
 * number, recent first, within LINK_WINDOW_HOURS.
 */
async function partnerFact(tx: Db, env: Environment, kind: 'order' | 'payment', ebpCode: string, orderNo: string, now: Date) {
  if (!orderNo) return undefined;
  const since = new Date(now.getTime() - LINK_WINDOW_HOURS * 3600_000);
  const [row] = await tx
    .select({ id: riskFacts.id, buyerId: riskFacts.buyerId, payerId: riskFacts.payerId, ebcCode: riskFacts.ebcCode })
    .from(riskFacts)
    .where(and(eq(riskFacts.environment, env), eq(riskFacts.kind, kind), gt(riskFacts.at, since), lte(riskFacts.at, now), eq(riskFacts.orderNo, orderNo), sql`${riskFacts.payload}->>'ebpCode' = ${ebpCode}`))
    .orderBy(desc(riskFacts.at))
    .limit(1);
  return row;
}

async function orderFact(tx: Db, ports: FactPorts, i: Accepted): Promise<void> {
  const h = (i.record.OrderHead ?? {}) as Rec;
  const ebpCode = text(h.ebpCode);
  const orderNo = text(h.orderNo);
  const now = ports.clock.now();
  // The payment may have come first: the order learns its payer, the payment its buyer.
  const payment = await partnerFact(tx, i.environment, 'payment', ebpCode, orderNo, now);
  await recordRiskFact(tx, ports, {
    environment: i.environment,
    at: now,
    source: 'clearance',
    kind: FACT_KINDS.order,
    reference: i.documentId,
    orgId: await orgOf(tx, text(h.ebcCode), i.senderOrgId),
    ebcCode: text(h.ebcCode),
    orderNo,
    buyerId: text(h.buyerIdNumber),
    payerId: payment?.payerId ?? null,
    phone: text(h.consigneeTelephone) || text(h.buyerTelephone),
    address: text(h.consigneeAddress),
    consignee: text(h.consignee),
    amount: amountOf(h.acturalPaid),
    payload: docPayload(i, {
      ebpCode,
      buyerName: text(h.buyerName) || null,
      /** The buyer's name folded as consignees are, so a detector can tell parcels to oneself from parcels to others. */
      buyerNameKey: normaliseName(h.buyerName),
      buyerTelephone: normalisePhone(h.buyerTelephone),
      consigneeDistrict: text(h.consigneeDistrict) || null,
      goodsValue: amountOf(h.goodsValue),
      freight: amountOf(h.freight),
      discount: amountOf(h.discount),
      taxTotal: amountOf(h.taxTotal),
      currency: text(h.currency) || null,
      payCode: text(h.payCode) || null,
      payTransactionId: text(h.payTransactionId) || null,
      appTime: text(h.appTime) || null,
      items: itemsOf(listOf(i.record.OrderList)),
    }),
  });
  const buyerId = normaliseIdNumber(h.buyerIdNumber);
  if (payment && !payment.buyerId && buyerId) {
    await tx.update(riskFacts).set({ buyerId, ebcCode: text(h.ebcCode) || null }).where(and(eq(riskFacts.id, payment.id), isNull(riskFacts.buyerId)));
  }
}

async function paymentFact(tx: Db, ports: FactPorts, i: Accepted): Promise<void> {
  const h = (i.record.PaymentHead ?? {}) as Rec;
  const ebpCode = text(h.ebpCode);
  const orderNo = text(h.orderNo);
  const now = ports.clock.now();
  const order = await partnerFact(tx, i.environment, 'order', ebpCode, orderNo, now);
  await recordRiskFact(tx, ports, {
    environment: i.environment,
    at: now,
    source: 'clearance',
    kind: FACT_KINDS.payment,
    reference: i.documentId,
    orgId: i.senderOrgId,
    ebcCode: order?.ebcCode ?? null,
    orderNo,
    buyerId: order?.buyerId ?? null,
    payerId: text(h.payerIdNumber),
    phone: text(h.telephone),
    amount: amountOf(h.amountPaid),
    payload: docPayload(i, {
      ebpCode,
      payCode: text(h.payCode) || null,
      payTransactionId: text(h.payTransactionId) || null,
      payerName: text(h.payerName) || null,
      currency: text(h.currency) || null,
      payTime: text(h.payTime) || null,
    }),
  });
  const payerId = normaliseIdNumber(h.payerIdNumber);
  if (order && payerId && order.payerId !== payerId) await tx.update(riskFacts).set({ payerId }).where(eq(riskFacts.id, order.id));
}

async function waybillFact(tx: Db, ports: FactPorts, i: Accepted): Promise<void> {
  const h = (i.record.LogisticsHead ?? {}) as Rec;
  await recordRiskFact(tx, ports, {
    environment: i.environment,
    source: 'clearance',
    kind: FACT_KINDS.waybill,
    reference: i.documentId,
    orgId: i.senderOrgId,
    orderNo: text(h.orderNo),
    phone: text(h.consigneeTelephone),
    address: text(h.consigneeAddress),
    consignee: text(h.consignee),
    amount: null,
    payload: docPayload(i, {
      logisticsCode: text(h.logisticsCode) || null,
      logisticsNo: text(h.logisticsNo) || null,
      billNo: text(h.billNo) || null,
      weight: amountOf(h.weight),
      packNo: text(h.packNo) || null,
      freight: amountOf(h.freight),
    }),
  });
}

async function inventoryFact(tx: Db, ports: FactPorts, i: Accepted): Promise<void> {
  const h = (i.record.InventoryHead ?? {}) as Rec;
  const lines = listOf(i.record.InventoryList);
  await recordRiskFact(tx, ports, {
    environment: i.environment,
    source: 'clearance',
    kind: FACT_KINDS.inventory,
    reference: i.documentId,
    orgId: await orgOf(tx, text(h.ebcCode), i.senderOrgId),
    ebcCode: text(h.ebcCode),
    orderNo: text(h.orderNo),
    buyerId: text(h.buyerIdNumber),
    phone: text(h.buyerTelephone),
    address: text(h.consigneeAddress),
    amount: sumOf(lines.map((l) => l.totalPrice)),
    payload: docPayload(i, {
      ebpCode: text(h.ebpCode) || null,
      buyerName: text(h.buyerName) || null,
      agentCode: text(h.agentCode) || null,
      logisticsCode: text(h.logisticsCode) || null,
      logisticsNo: text(h.logisticsNo) || null,
      copNo: text(h.copNo) || null,
      preNo: i.assigned.preNo ?? (text(h.preNo) || null),
      tradeMode: text(h.tradeMode) || null,
      customsCode: text(h.customsCode) || null,
      portCode: text(h.portCode) || null,
      emsNo: text(h.emsNo) || null,
      country: text(h.country) || null,
      currency: text(h.currency) || null,
      freight: amountOf(h.freight),
      insuredFee: amountOf(h.insuredFee),
      declTime: text(h.declTime) || null,
      items: itemsOf(lines),
    }),
  });
}

async function exportOrderFact(tx: Db, ports: FactPorts, i: Accepted): Promise<void> {
  const h = (i.record.OrderHead ?? {}) as Rec;
  await recordRiskFact(tx, ports, {
    environment: i.environment,
    source: 'export',
    kind: FACT_KINDS.exportOrder,
    reference: i.documentId,
    orgId: await orgOf(tx, text(h.ebcCode), i.senderOrgId),
    ebcCode: text(h.ebcCode),
    orderNo: text(h.orderNo),
    amount: amountOf(h.goodsValue),
    payload: docPayload(i, {
      ebpCode: text(h.ebpCode) || null,
      orderType: text(h.orderType) || null,
      freight: amountOf(h.freight),
      currency: text(h.currency) || null,
      items: itemsOf(listOf(i.record.OrderList)),
    }),
  });
}

async function collectionFact(tx: Db, ports: FactPorts, i: Accepted): Promise<void> {
  const h = i.record;
  await recordRiskFact(tx, ports, {
    environment: i.environment,
    source: 'export',
    kind: FACT_KINDS.collection,
    reference: i.documentId,
    orgId: await orgOf(tx, text(h.ebcCode), i.senderOrgId),
    ebcCode: text(h.ebcCode),
    orderNo: text(h.orderNo),
    amount: amountOf(h.charge),
    payload: docPayload(i, {
      ebpCode: text(h.ebpCode) || null,
      payCode: text(h.payCode) || null,
      payName: text(h.payName) || null,
      payNo: text(h.payNo) || null,
      currency: text(h.currency) || null,
      accountingDate: text(h.accountingDate) || null,
    }),
  });
}

async function exportListFact(tx: Db, ports: FactPorts, i: Accepted): Promise<void> {
  const h = (i.record.InventoryHead ?? {}) as Rec;
  const lines = listOf(i.record.InventoryList);
  await recordRiskFact(tx, ports, {
    environment: i.environment,
    source: 'export',
    kind: FACT_KINDS.exportList,
    reference: i.documentId,
    orgId: await orgOf(tx, text(h.ebcCode), i.senderOrgId),
    ebcCode: text(h.ebcCode),
    orderNo: text(h.orderNo),
    amount: sumOf(lines.map((l) => l.totalPrice)),
    payload: docPayload(i, {
      ebpCode: text(h.ebpCode) || null,
      agentCode: text(h.agentCode) || null,
      logisticsCode: text(h.logisticsCode) || null,
      logisticsNo: text(h.logisticsNo) || null,
      copNo: text(h.copNo) || null,
      tradeMode: text(h.tradeMode) || null,
      statisticsFlag: text(h.statisticsFlag) || null,
      country: text(h.country) || null,
      portCode: text(h.portCode) || null,
      items: itemsOf(lines),
    }),
  });
}

const DOCUMENT_FACTS: [CebMessageType, (tx: Db, ports: FactPorts, i: Accepted) => Promise<void>][] = [
  ['CEB311Message', orderFact],
  ['CEB411Message', paymentFact],
  ['CEB511Message', waybillFact],
  ['CEB621Message', inventoryFact],
  ['CEB303Message', exportOrderFact],
  ['CEB403Message', collectionFact],
  ['CEB603Message', exportListFact],
];

// ---------------------------------------------------------------- outcomes

/** Import declaration states that are risk information, and the fact kind each becomes. */
export const IMPORT_OUTCOMES: Record<string, FactKind> = {
  rejected: 'rejection',
  inspection: 'inspection',
  seized: 'seizure',
  released: 'release',
  shipped_back: 'shipped_back',
  returned: 'return',
  cancelled: 'cancellation',
};
/** Export declaration states that are risk information; a release is `export_release` (the laundering detector pairs it with collections). */
export const EXPORT_OUTCOMES: Record<string, FactKind> = {
  rejected: 'rejection',
  inspection: 'inspection',
  released: 'export_release',
  returned: 'return',
  cancelled: 'cancellation',
};

type Event = DomainEvent & { id: string; occurredAt: Date };

function outcomePayload(e: Event, state: string): Rec {
  const p = e.payload;
  return { topic: e.topic, eventId: e.id, state, from: p.from ?? null, ebpCode: p.ebpCode ?? null, invtNo: p.invtNo ?? null, status: p.status ?? null, tradeMode: p.tradeMode ?? null, partyOrgIds: e.partyOrgIds };
}

/** The e-commerce enterprise of an export, from the event when it says, else from its list (or order) facts. */
async function exportEbc(tx: Db, e: Event): Promise<string | null> {
  const given = text(e.payload.ebcCode);
  if (given) return given;
  const ebpCode = text(e.payload.ebpCode);
  const orderNo = text(e.payload.orderNo);
  if (!orderNo) return null;
  // Platform and seller are often one enterprise: an exact probe on the (ebc_code, order_no) index first.
  const [same] = await tx
    .select({ ebcCode: riskFacts.ebcCode })
    .from(riskFacts)
    .where(and(eq(riskFacts.environment, 'production'), eq(riskFacts.ebcCode, ebpCode), eq(riskFacts.orderNo, orderNo), sql`${riskFacts.kind} in ('export_list', 'export_order', 'collection')`))
    .limit(1);
  if (same) return same.ebcCode;
  const since = new Date(e.occurredAt.getTime() - RELEASE_LOOKUP_DAYS * 86_400_000);
  const [list] = await tx
    .select({ ebcCode: riskFacts.ebcCode })
    .from(riskFacts)
    .where(and(eq(riskFacts.environment, 'production'), eq(riskFacts.kind, FACT_KINDS.exportList), gt(riskFacts.at, since), lte(riskFacts.at, e.occurredAt), eq(riskFacts.orderNo, orderNo), sql`${riskFacts.payload}->>'ebpCode' = ${ebpCode}`))
    .orderBy(desc(riskFacts.at))
    .limit(1);
  return list?.ebcCode ?? null;
}

async function importOutcome(tx: Db, ports: FactPorts, e: Event): Promise<void> {
  const state = e.topic.slice('clearance.declaration.'.length);
  const kind = IMPORT_OUTCOMES[state];
  if (!kind) return;
  await recordRiskFact(tx, ports, {
    environment: 'production',
    at: e.occurredAt,
    source: 'clearance',
    kind,
    reference: e.aggregateId,
    declarationId: e.aggregateId,
    ebcCode: text(e.payload.ebcCode) || null,
    orderNo: text(e.payload.orderNo),
    payload: outcomePayload(e, state),
  });
}

async function exportOutcome(tx: Db, ports: FactPorts, e: Event): Promise<void> {
  const state = e.topic.slice('export.declaration.'.length);
  const kind = EXPORT_OUTCOMES[state];
  if (!kind) return;
  await recordRiskFact(tx, ports, {
    environment: 'production',
    at: e.occurredAt,
    source: 'export',
    kind,
    reference: e.aggregateId,
    declarationId: e.aggregateId,
    ebcCode: kind === 'export_release' ? await exportEbc(tx, e) : text(e.payload.ebcCode) || null,
    orderNo: text(e.payload.orderNo),
    payload: outcomePayload(e, state),
  });
}

const FILING_TOPIC = /^registry\.(enterprise|product)_filing\.([a-z_]+)$/;

/** The credit fact kinds a department reports that are also risk information (the rest are outcomes seen already). */
const REPORTED: Record<string, FactKind> = { complaint: FACT_KINDS.complaint, quality_incident: FACT_KINDS.qualityIncident, inspection_finding: FACT_KINDS.inspectionFinding, penalty: FACT_KINDS.penalty };

async function reportedIncident(tx: Db, ports: FactPorts, e: Event): Promise<void> {
  const kind = REPORTED[text(e.payload.kind)];
  if (!kind) return;
  await recordRiskFact(tx, ports, {
    environment: 'production',
    at: text(e.payload.at) ? new Date(text(e.payload.at)) : e.occurredAt,
    source: 'credit',
    kind,
    reference: e.aggregateId,
    orgId: text(e.payload.orgId) || e.partyOrgIds[0] || null,
    payload: { topic: e.topic, eventId: e.id, reportedBy: e.payload.source ?? null },
  });
}

async function filingChange(tx: Db, ports: FactPorts, e: Event): Promise<void> {
  const m = FILING_TOPIC.exec(e.topic);
  if (!m) return;
  const p = e.payload;
  const orgId = text(p.orgId) || e.partyOrgIds[0] || null;
  await recordRiskFact(tx, ports, {
    environment: 'production',
    at: e.occurredAt,
    source: 'registry',
    kind: FACT_KINDS.filingChange,
    reference: text(p.filingId) || e.aggregateId,
    orgId,
    payload: {
      topic: e.topic,
      eventId: e.id,
      filing: m[1],
      state: m[2],
      from: p.from ?? null,
      event: p.event ?? null,
      reason: p.reason ?? null,
      version: p.version ?? null,
      itemNo: p.itemNo ?? null,
      hsCode: p.hsCode ?? null,
    },
  });
}

// ---------------------------------------------------------------- registration

let registered = false;

/**
 * Subscribes fact collection to the CEB interface (declared documents, appStatus 2, new or changed) and to the
 * outbox (declaration outcomes, filing changes). Idempotent. Register it before the clearance and export hooks
 * so a document's fact exists when its declaration is assessed in the same call.
 */
export function registerRiskFactCollection(): void {
  if (registered) return;
  registered = true;
  for (const [type, record] of DOCUMENT_FACTS) {
    registerRecordHook(type, {
      accepted: async (tx, ctx, i) => {
        if (i.appStatus !== '2' || (i.appType !== '1' && i.appType !== '2')) return;
        await record(tx, ctx, i);
      },
    });
  }
  onEvent('clearance.declaration.', importOutcome);
  onEvent('export.declaration.', exportOutcome);
  onEvent('registry.', filingChange);
  onEvent('credit.fact.recorded', reportedIncident);
}
