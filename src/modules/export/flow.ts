/**
 * Export clearance (SPEC-NOTES §4.2): the order (CEB303), collection (CEB403), waybill (CEB505) and export
 * inventory list (CEB603) arrive in any order; once the order, the waybill and the declared list are present
 * they are matched, the list is accepted (120) and audited (399; a 1210 list reserves its goods on the bonded
 * account book); it is released (800) once its parcel has arrived at the supervised site (CEB507, 运抵) and no
 * inspection was drawn; the departure (CEB509, 离境) clears it (899). The collection is kept for the tax and
 * forex evidence and does not hold the goods. Every transition is one transaction with its receipts and event,
 * through the same receipt machinery as the import side.
 *
 * Locks, in this order: the declaration row, then the parcel row, then bonded stock or overseas stock rows.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../app/context';
import type { Db } from '../../db/database';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { dec, decText, sum } from '../../kernel/money';
import { issueReceipt, problemsText, REQUEST_TYPES, retireDocument, setDocumentsLocked, type Environment, type Problem } from '../ceb';
import { consumeReservation, inspectionDraw, listOf, nextInventoryNumber, reserveStock, str, supervisionRates, unreserveStock, type Rec } from '../clearance';
import { orgByCode } from '../identity';
import { emitEvent } from '../outbox';
import { ORDER_TYPE_OF_MODE, warehouseCodeOf } from './checks';
import { expDeclarations, expParcels, type ExportState } from './export.table';
import { overseasInbound, warehouseByCode } from './warehouses';

export type ExportDeclaration = typeof expDeclarations.$inferSelect;

export const EXPORT_STATUS: Partial<Record<ExportState, string>> = {
  accepted: '120',
  review: '300',
  audited: '399',
  inspection: '500',
  released: '800',
  cleared: '899',
  rejected: '100',
};

export const EXPORT_TRANSITIONS: Record<ExportState, readonly ExportState[]> = {
  waiting: ['accepted', 'rejected', 'expired', 'cancelled'],
  accepted: ['waiting', 'review', 'audited', 'rejected', 'cancelled'],
  review: ['waiting', 'audited', 'rejected', 'cancelled'],
  audited: ['inspection', 'released', 'rejected', 'cancelled'],
  inspection: ['released', 'rejected', 'cancelled'],
  released: ['cleared', 'returned'],
  cleared: ['returned'],
  rejected: ['waiting'],
  expired: ['waiting'],
  cancelled: [],
  returned: [],
};

const LIST_PATH = '/CEB603Message/Inventory';

// ---- rows ----

export async function lockExport(tx: Db, ctx: AppContext, environment: Environment, ebpCode: string, orderNo: string): Promise<ExportDeclaration> {
  const now = ctx.clock.now();
  const [row] = await tx
    .insert(expDeclarations)
    .values({ id: ctx.newId(), environment, ebpCode, orderNo, state: 'waiting', firstSeenAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: [expDeclarations.environment, expDeclarations.ebpCode, expDeclarations.orderNo], set: { updatedAt: sql`${expDeclarations.updatedAt}` } })
    .returning();
  return row!;
}

export async function exportById(db: Db, id: string, lock = false): Promise<ExportDeclaration | undefined> {
  const q = db.select().from(expDeclarations).where(eq(expDeclarations.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function exportByInvtNo(db: Db, environment: Environment, invtNo: string, lock = false): Promise<ExportDeclaration | undefined> {
  const q = db.select().from(expDeclarations).where(and(eq(expDeclarations.environment, environment), eq(expDeclarations.invtNo, invtNo)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

async function update(tx: Db, ctx: AppContext, d: ExportDeclaration, patch: Partial<ExportDeclaration>): Promise<ExportDeclaration> {
  const [row] = await tx
    .update(expDeclarations)
    .set({ ...patch, updatedAt: ctx.clock.now(), version: d.version + 1 })
    .where(eq(expDeclarations.id, d.id))
    .returning();
  return row!;
}

export async function exportParcel(db: Db, environment: Environment, logisticsCode: string, logisticsNo: string, lock = false) {
  const q = db
    .select()
    .from(expParcels)
    .where(and(eq(expParcels.environment, environment), eq(expParcels.logisticsCode, logisticsCode), eq(expParcels.logisticsNo, logisticsNo)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

async function touchParcel(tx: Db, ctx: AppContext, environment: Environment, logisticsCode: string, logisticsNo: string, patch: Partial<typeof expParcels.$inferInsert>) {
  const now = ctx.clock.now();
  const [row] = await tx
    .insert(expParcels)
    .values({ environment, logisticsCode, logisticsNo, updatedAt: now, ...patch })
    .onConflictDoUpdate({ target: [expParcels.environment, expParcels.logisticsCode, expParcels.logisticsNo], set: { ...patch, updatedAt: now } })
    .returning();
  return row!;
}

function listHead(d: ExportDeclaration): Rec {
  return ((d.inventory?.InventoryHead as Rec | undefined) ?? {}) as Rec;
}

/** What an export still waits for: the documents missing, the declaration of a staged list, the parcel's arrival. */
export function exportWaitingFor(d: ExportDeclaration, parcel: { waybill: unknown; arrivedAt: Date | null } | undefined): string[] {
  const out: string[] = [];
  if (!d.order) out.push('order');
  if (!parcel?.waybill) out.push('waybill');
  if (!d.inventory) out.push('inventory');
  else if (!d.inventoryDeclared) out.push('inventory_declaration');
  if (d.state === 'audited' && !parcel?.arrivedAt) out.push('arrival');
  if (!d.collection && !['rejected', 'cancelled', 'expired'].includes(d.state)) out.push('collection');
  return out;
}

function parties(d: ExportDeclaration): string[] {
  return [...new Set([d.inventoryOrgId, d.ebcOrgId, d.orderOrgId].filter((x): x is string => !!x))];
}

// ---- receipts and transitions ----

async function listReceipt(tx: Db, ctx: AppContext, d: ExportDeclaration, status: string, info: string, problems: Problem[] = []): Promise<void> {
  const rt = REQUEST_TYPES.get('CEB603Message')!;
  const head = listHead(d);
  const assigned: Record<string, string> = {};
  if (d.preNo) assigned.preNo = d.preNo;
  if (d.invtNo) assigned.invtNo = d.invtNo;
  for (const orgId of [...new Set([d.inventoryOrgId, d.ebcOrgId].filter((x): x is string => !!x))]) {
    await issueReceipt(tx, ctx, { orgId, environment: d.environment as Environment, rt, head, status, info, problems, documentId: d.inventoryDocId, assigned });
  }
}

function statusInfo(locale: Locale, status: string, detail?: string): string {
  const label = t(locale, `ceb.status.${status}` as MessageKey);
  return detail ? `${label}: ${detail}` : label;
}

/** Moves an export along its state machine, with the list's receipt (CEB604) and the event, in the caller's transaction. */
export async function exportTransition(
  tx: Db,
  ctx: AppContext,
  d: ExportDeclaration,
  to: ExportState,
  patch: Partial<ExportDeclaration> = {},
  receipt?: { status?: string; info?: string; problems?: Problem[] } | false,
): Promise<ExportDeclaration> {
  if (!EXPORT_TRANSITIONS[d.state].includes(to)) throw new Error(`export ${d.id}: ${d.state} → ${to} is not a transition`);
  const next = await update(tx, ctx, d, { ...patch, state: to });
  const status = receipt === false ? undefined : (receipt?.status ?? EXPORT_STATUS[to]);
  if (status && next.inventory && receipt !== false) await listReceipt(tx, ctx, next, status, receipt?.info ?? statusInfo(next.locale as Locale, status), receipt?.problems ?? []);
  if (next.environment === 'production') {
    await emitEvent(tx, ctx, {
      topic: `export.declaration.${to}`,
      aggregateType: 'exp_declaration',
      aggregateId: next.id,
      partyOrgIds: parties(next),
      payload: { from: d.state, to, ebpCode: next.ebpCode, orderNo: next.orderNo, invtNo: next.invtNo, tradeMode: next.tradeMode, status: status ?? null },
    });
  }
  return next;
}

/** A partner changed before the audit: evaluate again from the start. */
async function reopen(tx: Db, ctx: AppContext, d: ExportDeclaration): Promise<ExportDeclaration> {
  if (d.state !== 'accepted' && d.state !== 'review') return d;
  return exportTransition(tx, ctx, d, 'waiting', { acceptedAt: null }, false);
}

class Rejection extends Error {
  constructor(readonly problems: Problem[]) {
    super('rejected');
  }
}

export async function rejectExport(tx: Db, ctx: AppContext, d: ExportDeclaration, problems: Problem[]): Promise<ExportDeclaration> {
  if (d.tradeMode === '1210') await unreserveStock(tx, ctx, { declarationId: d.id });
  const parcel = d.logisticsCode && d.logisticsNo ? await exportParcel(tx, d.environment as Environment, d.logisticsCode, d.logisticsNo) : undefined;
  await setDocumentsLocked(tx, [d.orderDocId, parcel?.waybillDocId].filter((x): x is string => !!x), null);
  if (d.inventoryDocId) await retireDocument(tx, d.inventoryDocId, ctx.clock.now());
  const info = problemsText(d.locale as Locale, problems);
  return exportTransition(tx, ctx, d, 'rejected', { problems, closedAt: ctx.clock.now(), inventoryDeclared: false }, { status: '100', info, problems });
}

// ---- documents arriving ----

interface Arrived {
  environment: Environment;
  senderOrgId: string;
  documentId: string;
  record: Rec;
  appType: string;
}

export async function exportOrderArrived(tx: Db, ctx: AppContext, input: Arrived): Promise<void> {
  const head = input.record.OrderHead as Rec;
  let d = await lockExport(tx, ctx, input.environment, str(head.ebpCode), str(head.orderNo));
  if (input.appType === '3') {
    await update(tx, ctx, d, { order: null, orderDocId: null });
    return;
  }
  d = await reopen(tx, ctx, d);
  d = await update(tx, ctx, d, { order: input.record, orderDocId: input.documentId, orderOrgId: input.senderOrgId });
  await evaluateExport(tx, ctx, d);
}

export async function collectionArrived(tx: Db, ctx: AppContext, input: Arrived): Promise<void> {
  const r = input.record;
  const d = await lockExport(tx, ctx, input.environment, str(r.ebpCode), str(r.orderNo));
  await update(tx, ctx, d, input.appType === '3' ? { collection: null, collectionDocId: null } : { collection: r, collectionDocId: input.documentId });
}

export async function exportWaybillArrived(tx: Db, ctx: AppContext, input: Arrived): Promise<void> {
  const r = input.record;
  const code = str(r.logisticsCode);
  const no = str(r.logisticsNo);
  const existing = await exportParcel(tx, input.environment, code, no);
  let d = existing?.declarationId ? await exportById(tx, existing.declarationId, true) : undefined;
  if (d) d = await reopen(tx, ctx, d);
  await touchParcel(tx, ctx, input.environment, code, no, input.appType === '3' ? { waybill: null, waybillDocId: null } : { waybill: r, waybillDocId: input.documentId });
  if (d) await evaluateExport(tx, ctx, d);
}

export async function exportListArrived(
  tx: Db,
  ctx: AppContext,
  input: Arrived & { appStatus: string; locale: Locale; preNo?: string; ebcOrgId: string | null },
): Promise<void> {
  const head = input.record.InventoryHead as Rec;
  let d = await lockExport(tx, ctx, input.environment, str(head.ebpCode), str(head.orderNo));
  if (input.appType === '3') {
    if (['waiting', 'accepted', 'review', 'rejected', 'expired'].includes(d.state)) await update(tx, ctx, d, { inventory: null, inventoryDocId: null, inventoryDeclared: false });
    return;
  }
  if (d.state === 'rejected' || d.state === 'expired') d = await exportTransition(tx, ctx, d, 'waiting', { problems: [], closedAt: null }, false);
  d = await reopen(tx, ctx, d);
  await touchParcel(tx, ctx, input.environment, str(head.logisticsCode), str(head.logisticsNo), { declarationId: d.id });
  const lines = listOf(input.record.InventoryList);
  d = await update(tx, ctx, d, {
    inventory: input.record,
    inventoryDocId: input.documentId,
    inventoryOrgId: input.senderOrgId,
    inventoryDeclared: input.appStatus === '2',
    tradeMode: str(head.tradeMode),
    statisticsFlag: str(head.statisticsFlag),
    logisticsCode: str(head.logisticsCode),
    logisticsNo: str(head.logisticsNo),
    ebcOrgId: input.ebcOrgId,
    agentCode: str(head.agentCode),
    ebcCode: str(head.ebcCode),
    country: str(head.country),
    portCode: str(head.portCode),
    currency: str(lines[0]?.currency) || null,
    value: decText(sum(lines.map((l) => dec(str(l.totalPrice) || '0')))),
    locale: input.locale,
    preNo: input.preNo ?? d.preNo,
  });
  await evaluateExport(tx, ctx, d);
}

// ---- matching and evaluation ----

/** The export list against its order and waybill: every disagreeing field named by its path. */
export function matchExport(order: Rec, waybill: Rec, list: Rec): Problem[] {
  const oh = order.OrderHead as Rec;
  const ih = list.InventoryHead as Rec;
  const out: Problem[] = [];
  const same = (field: string, a: unknown, b: unknown, path: string) => {
    if (str(a) !== str(b)) out.push({ code: 'clr.mismatch', path, params: { field, document: 'CEB603', value: str(b), against: 'CEB303', expected: str(a) } });
  };
  same('ebcCode', oh.ebcCode, ih.ebcCode, `${LIST_PATH}/InventoryHead/ebcCode`);
  same('ebpCode', oh.ebpCode, ih.ebpCode, `${LIST_PATH}/InventoryHead/ebpCode`);
  const wanted = ORDER_TYPE_OF_MODE[str(ih.tradeMode)];
  if (wanted && str(oh.orderType) !== wanted) out.push({ code: 'exp.order_type_mode', path: `${LIST_PATH}/InventoryHead/tradeMode`, params: { tradeMode: str(ih.tradeMode), orderType: str(oh.orderType), expected: wanted } });
  if (str(waybill.logisticsCode) !== str(ih.logisticsCode)) {
    out.push({ code: 'clr.mismatch', path: `${LIST_PATH}/InventoryHead/logisticsCode`, params: { field: 'logisticsCode', document: 'CEB603', value: str(ih.logisticsCode), against: 'CEB505', expected: str(waybill.logisticsCode) } });
  }
  const orderLines = new Map(listOf(order.OrderList).map((l) => [str(l.itemNo), l]));
  const listLines = listOf(list.InventoryList);
  listLines.forEach((l, i) => {
    const o = orderLines.get(str(l.itemNo));
    const lp = `${LIST_PATH}/InventoryList[${i + 1}]`;
    if (!o) {
      out.push({ code: 'clr.line_missing', path: `${lp}/itemNo`, params: { gnum: str(l.gnum), document: 'CEB303' } });
      return;
    }
    if (!dec(str(o.qty) || '0').eq(str(l.qty) || '0')) out.push({ code: 'clr.mismatch', path: `${lp}/qty`, params: { field: 'qty', document: 'CEB603', value: str(l.qty), against: 'CEB303', expected: str(o.qty) } });
    if (dec(str(o.totalPrice) || '0').minus(str(l.totalPrice) || '0').abs().gte('0.01')) {
      out.push({ code: 'clr.mismatch', path: `${lp}/totalPrice`, params: { field: 'totalPrice', document: 'CEB603', value: str(l.totalPrice), against: 'CEB303', expected: str(o.totalPrice) } });
    }
    if (str(o.currency) && str(o.currency) !== str(l.currency)) out.push({ code: 'clr.mismatch', path: `${lp}/currency`, params: { field: 'currency', document: 'CEB603', value: str(l.currency), against: 'CEB303', expected: str(o.currency) } });
  });
  if (listLines.length !== orderLines.size) out.push({ code: 'clr.mismatch', path: `${LIST_PATH}/InventoryList`, params: { field: 'lines', document: 'CEB603', value: String(listLines.length), against: 'CEB303', expected: String(orderLines.size) } });
  return out;
}

/** Runs the export as far as its documents allow. Safe to call on every arrival. */
export async function evaluateExport(tx: Db, ctx: AppContext, d: ExportDeclaration): Promise<ExportDeclaration> {
  if (d.state !== 'waiting' || !d.order || !d.inventory || !d.inventoryDeclared || !d.logisticsCode || !d.logisticsNo) return d;
  const parcel = await exportParcel(tx, d.environment as Environment, d.logisticsCode, d.logisticsNo, true);
  if (!parcel?.waybill) return d;
  try {
    const mismatches = matchExport(d.order, parcel.waybill, d.inventory);
    if (mismatches.length) throw new Rejection(mismatches);
    let warehouseId: string | null = null;
    if (d.tradeMode === '9810') {
      const code = warehouseCodeOf((d.order.OrderHead as Rec).note);
      const w = code ? await warehouseByCode(tx, code) : undefined;
      if (!w || w.status !== 'active') throw new Rejection([{ code: 'exp.warehouse_unknown', path: '/CEB303Message/Order/OrderHead/note', params: { code: code ?? '' } }]);
      warehouseId = w.id;
    }
    const head = listHead(d);
    const invtNo = d.invtNo ?? (await nextInventoryNumber(tx, str(head.customsCode), ctx.clock.now(), 'E'));
    d = await exportTransition(tx, ctx, d, 'accepted', { invtNo, warehouseId, acceptedAt: ctx.clock.now(), problems: [] });
    return await auditExport(tx, ctx, d, parcel.waybillDocId);
  } catch (e) {
    if (e instanceof Rejection) return rejectExport(tx, ctx, d, e.problems);
    throw e;
  }
}

/** What the risk module decides on an accepted export list (filled at startup; without it, nothing is assessed). */
export interface ExportRiskPort {
  assess(tx: Db, ctx: AppContext, d: ExportDeclaration): Promise<{ decision: 'release' | 'review' | 'inspect' | 'hold' | 'reject'; reasons: { rule: string; detail: Record<string, string | number> }[] }>;
}
let exportRiskPort: ExportRiskPort | undefined;
export function setExportRiskPort(port: ExportRiskPort | undefined): void {
  exportRiskPort = port;
}
/** Decisions that send an export list to inspection whatever the random draw (an export has no review queue). */
const FORCES_INSPECTION = ['review', 'inspect', 'hold'];

/** Audit (399): a 1210 list reserves its goods on the bonded account book; then the release waits for the parcel's arrival. */
async function auditExport(tx: Db, ctx: AppContext, d: ExportDeclaration, waybillDocId: string | null): Promise<ExportDeclaration> {
  if (exportRiskPort) {
    const risk = await exportRiskPort.assess(tx, ctx, d);
    if (risk.decision === 'reject') return rejectExport(tx, ctx, d, [{ code: 'exp.risk_rejected', path: LIST_PATH, params: { rules: risk.reasons.map((r) => r.rule).join(', ') } }]);
    d = await update(tx, ctx, d, { risk: risk as unknown as Rec });
  }
  if (d.tradeMode === '1210') {
    const head = listHead(d);
    const ebc = d.ebcOrgId ?? (await orgByCode(tx, str(head.ebcCode)))?.id ?? '';
    const lines = listOf(d.inventory?.InventoryList).map((l) => ({ gnum: Number(l.gnum), itemRecordNo: str(l.itemRecordNo), gcode: str(l.gcode), qty: str(l.qty1) || str(l.qty) }));
    const r = await reserveStock(tx, ctx, { environment: d.environment as Environment, emsNo: str(head.emsNo), ebcOrgId: ebc, declarationId: d.id, lines });
    if (!r.ok) {
      const problems: Problem[] = r.problems.map((p) => ({ code: p.code, path: `${LIST_PATH}/InventoryList[${p.gnum}]/itemRecordNo`, params: p.params }));
      return rejectExport(tx, ctx, d, problems);
    }
  }
  d = await exportTransition(tx, ctx, d, 'audited', { auditedAt: ctx.clock.now() });
  // After the audit the documents cannot be changed (a change is answered as locked); cancellation remains.
  await setDocumentsLocked(tx, [d.orderDocId, waybillDocId, d.inventoryDocId].filter((x): x is string => !!x), 'audited');
  return releaseIfArrived(tx, ctx, d);
}

/** An audited list whose parcel is at the supervised site: inspection drawn (seeded, auditable), else released. */
export async function releaseIfArrived(tx: Db, ctx: AppContext, d: ExportDeclaration): Promise<ExportDeclaration> {
  if (d.state !== 'audited' || !d.logisticsCode || !d.logisticsNo) return d;
  const parcel = await exportParcel(tx, d.environment as Environment, d.logisticsCode, d.logisticsNo);
  if (!parcel?.arrivedAt) return d;
  // The seller's credit drives the rate (classified supervision), as on the import side.
  const rates = await supervisionRates(tx, ctx, d.ebcOrgId);
  const draw = inspectionDraw(ctx.config.TUMEN_INSPECTION_SEED, d.id);
  const forced = FORCES_INSPECTION.includes(String((d.risk as { decision?: unknown } | null)?.decision ?? ''));
  if (draw < rates.inspection || forced) {
    return exportTransition(tx, ctx, d, 'inspection', { inspection: { reason: draw < rates.inspection ? 'random' : 'risk', draw, rate: rates.inspection, baseRate: ctx.config.TUMEN_INSPECTION_RATE, factors: rates.factors, seed: 'TUMEN_INSPECTION_SEED' } });
  }
  return releaseExport(tx, ctx, d);
}

export async function releaseExport(tx: Db, ctx: AppContext, d: ExportDeclaration): Promise<ExportDeclaration> {
  if (d.tradeMode === '1210') await consumeReservation(tx, ctx, { declarationId: d.id });
  if (d.tradeMode === '9810' && d.warehouseId && d.ebcOrgId) {
    const lines = listOf(d.inventory?.InventoryList).map((l) => ({ itemNo: str(l.itemNo), gcode: str(l.gcode), gname: str(l.gname), unit: str(l.unit), qty: str(l.qty) }));
    await overseasInbound(tx, ctx, { environment: d.environment as Environment, warehouseId: d.warehouseId, ebcOrgId: d.ebcOrgId, declarationId: d.id, lines });
  }
  return exportTransition(tx, ctx, d, 'released', { releasedAt: ctx.clock.now() });
}

/** Arrival at the supervised site (CEB507): each parcel listed is there; audited lists waiting for it go on. */
export async function arrivalArrived(tx: Db, ctx: AppContext, input: Arrived): Promise<void> {
  const head = input.record.ArrivalHead as Rec;
  const code = str(head.logisticsCode);
  for (const l of listOf(input.record.ArrivalList)) {
    const parcel = await touchParcel(tx, ctx, input.environment, code, str(l.logisticsNo), { arrivedAt: ctx.clock.now(), arrivalDocId: input.documentId });
    if (!parcel.declarationId) continue;
    const d = await exportById(tx, parcel.declarationId, true);
    if (d) await releaseIfArrived(tx, ctx, d);
  }
}

/** Departure (CEB509): the parcels listed have left the country; their released lists are cleared (899). */
export async function departureArrived(tx: Db, ctx: AppContext, input: Arrived): Promise<void> {
  const head = input.record.DepartureHead as Rec;
  const code = str(head.logisticsCode);
  for (const l of listOf(input.record.DepartureList)) {
    const parcel = await touchParcel(tx, ctx, input.environment, code, str(l.logisticsNo), { departedAt: ctx.clock.now(), departureDocId: input.documentId });
    if (!parcel.declarationId) continue;
    const d = await exportById(tx, parcel.declarationId, true);
    if (d?.state === 'released') await exportTransition(tx, ctx, d, 'cleared', { clearedAt: ctx.clock.now() });
  }
}
