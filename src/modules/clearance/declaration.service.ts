/**
 * Import clearance (DESIGN §4): the four documents arrive through the CEB interface in any order; each is
 * checked on arrival (checks.ts) and copied into its declaration; once all four are present and the inventory
 * is declared, the declaration is matched, the buyer verified, the quota reserved (120), the risk assessed
 * (300 manual review), the tax charged to the guarantee and the tax bill issued (399), inspection drawn (500)
 * and the goods released (800). Every transition is one transaction with its receipts and its event.
 *
 * Locks, always in this order, so that concurrent documents of one declaration serialise without deadlock:
 * the declaration row, then the parcel row (waybill rendezvous), then the quota, guarantee and stock rows. In a
 * deferring transaction (db/scope.ts) the guarantee row comes last, just before the sender's audit chain head.
 */
import { createHmac } from 'node:crypto';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../app/context';
import type { Db } from '../../db/database';
import { deferWrite, isDeferring } from '../../db/scope';
import { insertRow, selectWhere, updateWhere } from '../../db/statements';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { dec, decText } from '../../kernel/money';
import { cebTime, zoneYearOf } from '../../kernel/zone-time';
import { issueNotice, issueReceipt, problemsText, REQUEST_TYPES, retireDocument, setDocumentsLocked, type Problem } from '../ceb';
import { emitEvent } from '../outbox';
import { findEffectiveProduct, tariffLineAsOf } from '../registry';
import { verifyIdentity } from '../verification';
import { consumeReservation, reserveStock, unreserveStock } from './bonded';
import { isoDate, listOf, str, type InventoryFacts, type Rec } from './checks';
import { clrDeclarations, clrInvtNoSeq, clrParcels, clrTaxBills, type DeclarationState, type Environment } from './clearance.table';
import { chargeGuarantee, consumeQuota, releaseGuarantee, reserveQuota, restoreQuota } from './ledgers';
import { matchDocuments } from './matching';
import { inventoryTax, ratesFromTariffLine, type TaxLine } from './tax';

export type Declaration = typeof clrDeclarations.$inferSelect;

/** Receipt status of each state (SPEC-NOTES §6.1); cancellation and returns answer in their own receipts. */
export const STATE_STATUS: Partial<Record<DeclarationState, string>> = {
  accepted: '120',
  review: '300',
  audited: '399',
  inspection: '500',
  released: '800',
  cleared: '899',
  rejected: '100',
  seized: '599',
  shipped_back: '700',
};

/** The declared state machine: which state may follow which. */
export const TRANSITIONS: Record<DeclarationState, readonly DeclarationState[]> = {
  waiting: ['accepted', 'rejected', 'expired'],
  // Back to waiting: a document changed (application type 2) before the audit, so everything is evaluated again.
  accepted: ['waiting', 'review', 'audited', 'rejected', 'cancelled'],
  review: ['waiting', 'audited', 'rejected', 'cancelled'],
  audited: ['inspection', 'released', 'rejected', 'cancelled'],
  inspection: ['released', 'seized', 'shipped_back', 'cancelled'],
  released: ['cleared', 'returned'],
  cleared: ['returned'],
  rejected: ['waiting'],
  expired: ['waiting'],
  seized: [],
  shipped_back: [],
  cancelled: [],
  returned: [],
};

class Rejection extends Error {
  constructor(
    readonly problems: Problem[],
    readonly official?: string,
  ) {
    super('rejected');
  }
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

function upperGuid(ctx: AppContext): string {
  return ctx.newId().toUpperCase();
}

// ---- the declaration row ----

/** Creates or locks the declaration of a platform's order. */
export async function lockDeclaration(tx: Db, ctx: AppContext, environment: Environment, ebpCode: string, orderNo: string): Promise<Declaration> {
  const now = ctx.clock.now();
  const [row] = await tx
    .insert(clrDeclarations)
    .values({ id: ctx.newId(), environment, ebpCode, orderNo, state: 'waiting', firstSeenAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: [clrDeclarations.environment, clrDeclarations.ebpCode, clrDeclarations.orderNo], set: { updatedAt: sql`${clrDeclarations.updatedAt}` } })
    .returning();
  return row!;
}

export async function declarationById(db: Db, id: string, lock = false): Promise<Declaration | undefined> {
  const q = db.select().from(clrDeclarations).where(eq(clrDeclarations.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findDeclaration(db: Db, environment: Environment, ebpCode: string, orderNo: string): Promise<Declaration | undefined> {
  const [row] = await selectWhere(db, clrDeclarations, { environment, ebpCode, orderNo });
  return row;
}

async function update(tx: Db, ctx: AppContext, d: Declaration, patch: Partial<Declaration>): Promise<Declaration> {
  const [row] = await updateWhere(tx, clrDeclarations, { ...patch, updatedAt: ctx.clock.now(), version: d.version + 1 }, { id: d.id });
  return row!;
}

export async function parcelOf(db: Db, d: Pick<Declaration, 'environment' | 'logisticsCode' | 'logisticsNo'>) {
  if (!d.logisticsCode || !d.logisticsNo) return undefined;
  const [row] = await selectWhere(db, clrParcels, { environment: d.environment, logisticsCode: d.logisticsCode, logisticsNo: d.logisticsNo });
  return row;
}

/** What a declaration still waits for: the documents missing, or the declaration of a staged inventory. */
export function waitingFor(d: Declaration, hasWaybill: boolean): string[] {
  const out: string[] = [];
  if (!d.order) out.push('order');
  if (!d.payment) out.push('payment');
  if (!hasWaybill) out.push('waybill');
  if (!d.inventory) out.push('inventory');
  else if (!d.inventoryDeclared) out.push('inventory_declaration');
  return out;
}

function parties(d: Declaration, extra: (string | null | undefined)[] = []): string[] {
  return [...new Set([d.inventoryOrgId, d.ebcOrgId, d.orderOrgId, d.paymentOrgId, ...extra].filter((x): x is string => !!x))];
}

// ---- receipts ----

function inventoryHead(d: Declaration): Rec {
  return ((d.inventory?.InventoryHead as Rec | undefined) ?? {}) as Rec;
}

/** The inventory's receipt (CEB622) to the declaring agent and the e-commerce enterprise. */
async function inventoryReceipt(tx: Db, ctx: AppContext, d: Declaration, status: string, info: string, problems: Problem[] = []): Promise<void> {
  const rt = REQUEST_TYPES.get('CEB621Message')!;
  const head = inventoryHead(d);
  const assigned: Record<string, string> = {};
  if (d.preNo) assigned.preNo = d.preNo;
  if (d.invtNo) assigned.invtNo = d.invtNo;
  for (const orgId of [...new Set([d.inventoryOrgId, d.ebcOrgId].filter((x): x is string => !!x))]) {
    await issueReceipt(tx, ctx, { orgId, environment: d.environment, rt, head, status, info, problems, documentId: d.inventoryDocId, assigned });
  }
}

function statusInfo(locale: Locale, status: string, detail?: string): string {
  const label = t(locale, `ceb.status.${status}` as MessageKey);
  return detail ? `${label}: ${detail}` : label;
}

/**
 * Moves a declaration along the state machine, with its inventory receipt (unless `receipt` is false: cancellation
 * and returns answer in their own receipts) and its event, in the caller's transaction.
 */
export async function transition(
  tx: Db,
  ctx: AppContext,
  d: Declaration,
  to: DeclarationState,
  patch: Partial<Declaration> = {},
  receipt?: { status?: string; info?: string; problems?: Problem[] } | false,
): Promise<Declaration> {
  if (!TRANSITIONS[d.state].includes(to)) throw new Error(`declaration ${d.id}: ${d.state} → ${to} is not a transition`);
  const next = await update(tx, ctx, d, { ...patch, state: to });
  const status = receipt === false ? undefined : (receipt?.status ?? STATE_STATUS[to]);
  if (status && next.inventory && receipt !== false) await inventoryReceipt(tx, ctx, next, status, receipt?.info ?? statusInfo(next.locale as Locale, status), receipt?.problems ?? []);
  if (next.environment === 'production') {
    await emitEvent(tx, ctx, {
      topic: `clearance.declaration.${to}`,
      aggregateType: 'clr_declaration',
      aggregateId: next.id,
      partyOrgIds: parties(next, [next.assureOrgId]),
      payload: { from: d.state, to, ebpCode: next.ebpCode, orderNo: next.orderNo, invtNo: next.invtNo, status: status ?? null },
    });
  }
  return next;
}

// ---- documents arriving ----

/** A partner changed before the audit: give back what the acceptance reserved and evaluate again from the start. */
async function reopen(tx: Db, ctx: AppContext, d: Declaration): Promise<Declaration> {
  if (d.state !== 'accepted' && d.state !== 'review') return d;
  await undoHoldings(tx, ctx, d);
  return transition(tx, ctx, d, 'waiting', { tax: null, taxTotal: null, risk: null, acceptedAt: null }, false);
}

export async function orderArrived(tx: Db, ctx: AppContext, input: { environment: Environment; senderOrgId: string; documentId: string; record: Rec; appType: string }): Promise<void> {
  const head = input.record.OrderHead as Rec;
  const d = await reopen(tx, ctx, await lockDeclaration(tx, ctx, input.environment, str(head.ebpCode), str(head.orderNo)));
  const gone = input.appType === '3';
  const next = await update(tx, ctx, d, { order: gone ? null : input.record, orderDocId: gone ? null : input.documentId, orderOrgId: input.senderOrgId });
  await evaluate(tx, ctx, next);
}

export async function paymentArrived(tx: Db, ctx: AppContext, input: { environment: Environment; senderOrgId: string; documentId: string; record: Rec; appType: string }): Promise<void> {
  const head = input.record.PaymentHead as Rec;
  const d = await reopen(tx, ctx, await lockDeclaration(tx, ctx, input.environment, str(head.ebpCode), str(head.orderNo)));
  const gone = input.appType === '3';
  const next = await update(tx, ctx, d, { payment: gone ? null : input.record, paymentDocId: gone ? null : input.documentId, paymentOrgId: input.senderOrgId });
  await evaluate(tx, ctx, next);
}

export async function waybillArrived(tx: Db, ctx: AppContext, input: { environment: Environment; senderOrgId: string; documentId: string; record: Rec; appType: string }): Promise<void> {
  const head = input.record.LogisticsHead as Rec;
  const key = { environment: input.environment, logisticsCode: str(head.logisticsCode), logisticsNo: str(head.logisticsNo) };
  // Lock order: the declaration first when one is known, then the parcel.
  const known = await parcelOf(tx, key);
  let d = known?.declarationId ? await declarationById(tx, known.declarationId, true) : undefined;
  const gone = input.appType === '3';
  const values = { waybill: gone ? null : input.record, waybillDocId: gone ? null : input.documentId, waybillOrgId: input.senderOrgId, updatedAt: ctx.clock.now() };
  const [parcel] = await tx
    .insert(clrParcels)
    .values({ ...key, ...values })
    .onConflictDoUpdate({ target: [clrParcels.environment, clrParcels.logisticsCode, clrParcels.logisticsNo], set: values })
    .returning();
  if (!d && parcel?.declarationId) d = await declarationById(tx, parcel.declarationId, true);
  if (d) await evaluate(tx, ctx, await reopen(tx, ctx, d));
}

export async function inventoryArrived(
  tx: Db,
  ctx: AppContext,
  input: { environment: Environment; senderOrgId: string; documentId: string; record: Rec; appType: string; appStatus: string; locale: Locale; preNo?: string; facts: InventoryFacts },
): Promise<void> {
  const head = input.record.InventoryHead as Rec;
  let d = await reopen(tx, ctx, await lockDeclaration(tx, ctx, input.environment, str(head.ebpCode), str(head.orderNo)));
  if (d.state === 'rejected' || d.state === 'expired') d = await transition(tx, ctx, d, 'waiting', { problems: [], tax: null, taxTotal: null, risk: null, inspection: null, closedAt: null });
  const gone = input.appType === '3';
  const logistics = { logisticsCode: str(head.logisticsCode), logisticsNo: str(head.logisticsNo) };
  d = await update(tx, ctx, d, {
    inventory: gone ? null : input.record,
    inventoryDocId: gone ? null : input.documentId,
    inventoryOrgId: input.senderOrgId,
    inventoryDeclared: !gone && input.appStatus === '2',
    locale: input.locale,
    tradeMode: str(head.tradeMode),
    ebcOrgId: input.facts.ebcOrgId,
    assureOrgId: input.facts.assureOrgId,
    buyerIdNumber: str(head.buyerIdNumber).toUpperCase(),
    buyerName: str(head.buyerName),
    amount: input.facts.dutiableValue,
    fullTax: input.facts.classification === 'single_item_full',
    preNo: input.preNo ?? d.preNo,
    ...logistics,
  });
  await tx
    .insert(clrParcels)
    .values({ environment: input.environment, ...logistics, declarationId: d.id, updatedAt: ctx.clock.now() })
    .onConflictDoUpdate({ target: [clrParcels.environment, clrParcels.logisticsCode, clrParcels.logisticsNo], set: { declarationId: d.id } });
  await evaluate(tx, ctx, d);
}

/** The waybill status (CEB513): a parcel signed for (S) closes a released declaration (899). */
export async function waybillStatusArrived(tx: Db, ctx: AppContext, input: { environment: Environment; record: Rec }): Promise<void> {
  const r = input.record;
  const key = { environment: input.environment, logisticsCode: str(r.logisticsCode), logisticsNo: str(r.logisticsNo) };
  const parcel = await parcelOf(tx, key);
  if (!parcel) return;
  const d = parcel.declarationId ? await declarationById(tx, parcel.declarationId, true) : undefined;
  await tx.update(clrParcels).set({ lastStatus: str(r.logisticsStatus), updatedAt: ctx.clock.now() }).where(and(eq(clrParcels.environment, key.environment), eq(clrParcels.logisticsCode, key.logisticsCode), eq(clrParcels.logisticsNo, key.logisticsNo)));
  if (d && d.state === 'released' && str(r.logisticsStatus) === 'S') await transition(tx, ctx, d, 'cleared', { clearedAt: ctx.clock.now() });
}

// ---- evaluation ----

/**
 * The next customs inventory number: 4-digit customs code + year + I (import) or E (export) + 9-digit serial
 * (POLICY-NOTES §3.1). One serial for both directions, so a number is never issued twice.
 */
export async function nextInventoryNumber(tx: Db, customsCode: string, at: Date, ieFlag: 'I' | 'E' = 'I'): Promise<string> {
  const [row] = rowsOf<{ n: string }>(await tx.execute(sql`select nextval(${sql.raw(`'${clrInvtNoSeq.seqName}'`)})::text as n`));
  const year = cebTime(at).slice(0, 4);
  return `${customsCode.padEnd(4, '0').slice(0, 4)}${year}${ieFlag}${String(row?.n ?? '0').padStart(9, '0')}`;
}

/** Computes the declaration's tax with the rates in force on the declaration date. */
async function computeTax(tx: Db, ctx: AppContext, d: Declaration): Promise<ReturnType<typeof inventoryTax>> {
  const head = inventoryHead(d);
  const day = isoDate(head.declTime, ctx.clock.now());
  const lines = [];
  for (const [i, l] of listOf(d.inventory?.InventoryList).entries()) {
    const line = await tariffLineAsOf(tx, str(l.gcode), day);
    if (!line) throw new Rejection([{ code: 'clr.tariff_unknown', path: `/CEB621Message/Inventory/InventoryList[${i + 1}]/gcode`, params: { gcode: str(l.gcode), date: day } }]);
    lines.push({ gnum: Number(l.gnum), gcode: str(l.gcode), qty: str(l.qty), totalPrice: str(l.totalPrice), legalQty: str(l.qty1), legalUnit: str(l.unit1), rates: ratesFromTariffLine(line) });
  }
  try {
    return inventoryTax({ lines, freight: str(head.freight) || '0', insuredFee: str(head.insuredFee) || '0' });
  } catch (e) {
    throw new Rejection([{ code: 'clr.tax_not_computable', path: '/CEB621Message/Inventory/InventoryList', params: { detail: (e as Error).message } }]);
  }
}

/** Matches and, when everything agrees, accepts the declaration (120) and carries it as far as it goes. */
export async function evaluate(tx: Db, ctx: AppContext, d: Declaration): Promise<Declaration> {
  if (d.state !== 'waiting' || !d.inventory || !d.inventoryDeclared || !d.order || !d.payment) return d;
  const parcel = await parcelOf(tx, d);
  if (!parcel?.waybill) return d;
  try {
    // 1. Three documents against the inventory, the buyer's identity, payer = buyer.
    const verdict = await verifyIdentity(tx, ctx, { name: d.buyerName ?? '', idNumber: d.buyerIdNumber ?? '', purpose: 'clearance', reference: d.id });
    const payerRule = ctx.config.TUMEN_PAYER_MUST_BE_BUYER || verdict !== 'match';
    const problems = matchDocuments({ order: d.order, payment: d.payment, waybill: parcel.waybill, inventory: d.inventory }, { payerMustBeBuyer: payerRule });
    if (verdict === 'mismatch' || verdict === 'invalid') {
      problems.push({ code: 'clr.identity_mismatch', path: '/CEB621Message/Inventory/InventoryHead/buyerName', params: { result: verdict } });
    }
    if (problems.length) throw new Rejection(problems);
    // 2. Tax (needed for the guarantee) and the annual quota, reserved before acceptance.
    const tax = await computeTax(tx, ctx, d);
    const year = zoneYearOf(ctx.clock.now());
    const quota = await reserveQuota(tx, ctx, { environment: d.environment, buyerIdNumber: d.buyerIdNumber ?? '', year, declarationId: d.id, amount: tax.dutiableValue });
    if (!quota.ok) {
      throw new Rejection([{ code: 'clr.annual_limit', path: '/CEB621Message/Inventory/InventoryHead/buyerIdNumber', params: { amount: decText(dec(tax.dutiableValue), 2), used: decText(dec(quota.used), 2), remaining: quota.remaining }, official: '-621018' }], '-621018');
    }
    const invtNo = d.invtNo ?? (await nextInventoryNumber(tx, str(inventoryHead(d).customsCode), ctx.clock.now()));
    d = await transition(tx, ctx, d, 'accepted', { acceptedAt: ctx.clock.now(), invtNo, quotaYear: year, tax: taxJson(tax), taxTotal: tax.totals.total, fullTax: tax.fullTax, amount: tax.dutiableValue, problems: [] });
    // 3. Risk: manual review, or on to the audit.
    const risk = await assessRisk(tx, ctx, d);
    d = await update(tx, ctx, d, { risk: risk as unknown as Rec });
    if (risk.decision === 'reject') {
      throw new Rejection([{ code: 'clr.risk_rejected', path: '/CEB621Message/Inventory/InventoryHead', params: { rules: risk.reasons.map((r) => r.rule).join(', ') } }]);
    }
    // Held (a regulator's hold) and manual review both wait in the review queue for customs' decision.
    const review = risk.decision === 'review' || risk.decision === 'hold' || (await randomReview(tx, ctx, d));
    if (review) return await transition(tx, ctx, d, 'review', {}, { info: statusInfo(d.locale as Locale, '300', risk.reasons.map((r) => r.rule).join(', ') || 'sample') });
    return await audit(tx, ctx, d);
  } catch (e) {
    if (e instanceof Rejection) return reject(tx, ctx, d, e.problems, e.official);
    throw e;
  }
}

function taxJson(tax: ReturnType<typeof inventoryTax>): Rec {
  return { classification: tax.classification, dutiableValue: tax.dutiableValue, fullTax: tax.fullTax, totals: tax.totals, lines: tax.lines as unknown as Rec[] };
}

/** Audit (399): the tax charged to the guarantee, bonded stock reserved, the documents locked, the tax bill issued. */
export async function audit(tx: Db, ctx: AppContext, d: Declaration): Promise<Declaration> {
  // In a deferring transaction the guarantor's balance row, which every declaration it guarantees charges, is
  // locked only at the end (db/scope.ts); the balance is read now and checked again on the locked row then.
  let lateCharge: ((outer: Db) => Promise<void>) | undefined;
  try {
    await tx.transaction(async (sp) => {
      const total = d.taxTotal ?? '0';
      if (dec(total).gt(0)) {
        if (!d.assureOrgId) throw new Rejection([{ code: 'clr.guarantee_none', path: '/CEB621Message/Inventory/InventoryHead/assureCode', params: { code: str(inventoryHead(d).assureCode), tax: total } }]);
        const charged = await chargeGuarantee(sp, ctx, { environment: d.environment, orgId: d.assureOrgId, declarationId: d.id, amount: total }, { late: isDeferring(tx) });
        if (!charged.ok) {
          throw new Rejection([{ code: `clr.guarantee_${charged.reason}`, path: '/CEB621Message/Inventory/InventoryHead/assureCode', params: { code: str(inventoryHead(d).assureCode), tax: total, available: charged.available } }]);
        }
        lateCharge = charged.late;
      }
      if (d.tradeMode === '1210') {
        const head = inventoryHead(d);
        const lines = listOf(d.inventory?.InventoryList).map((l) => ({ gnum: Number(l.gnum), itemRecordNo: str(l.itemRecordNo), gcode: str(l.gcode), qty: str(l.qty1) || str(l.qty) }));
        const stock = await reserveStock(sp, ctx, { environment: d.environment, emsNo: str(head.emsNo), ebcOrgId: d.ebcOrgId ?? '', declarationId: d.id, lines });
        if (!stock.ok) {
          throw new Rejection(
            stock.problems.map((p) => ({
              code: p.code,
              path: `/CEB621Message/Inventory/InventoryList[gnum=${p.gnum}]/itemRecordNo`,
              params: { ...p.params, itemRecordNo: p.itemRecordNo, gnum: p.gnum, emsNo: str(head.emsNo), available: p.available ?? '0' },
            })),
          );
        }
      }
    });
  } catch (e) {
    if (e instanceof Rejection) return reject(tx, ctx, d, e.problems, e.official);
    throw e;
  }
  if (lateCharge) await deferWrite(tx, lateCharge);
  const parcel = await parcelOf(tx, d);
  await setDocumentsLocked(tx, [d.orderDocId, d.paymentDocId, d.inventoryDocId, parcel?.waybillDocId].filter((x): x is string => !!x), 'audited');
  d = await transition(tx, ctx, d, 'audited', { auditedAt: ctx.clock.now() });
  await issueTaxBill(tx, ctx, d);
  // Random inspection, drawn by a seeded, replayable generator, at the base rate times the seller's supervision factor.
  const rates = await supervisionRates(tx, ctx, d.ebcOrgId);
  const draw = inspectionDraw(ctx.config.TUMEN_INSPECTION_SEED, d.id);
  const sampled = draw < rates.inspection;
  const risk = { ...(d.risk ?? {}), sample: { rate: rates.inspection, baseRate: ctx.config.TUMEN_INSPECTION_RATE, factors: rates.factors, seedId: createHmac('sha256', ctx.config.TUMEN_INSPECTION_SEED).update('seed-id').digest('hex').slice(0, 12), draw, sampled } };
  d = await update(tx, ctx, d, { risk });
  const forced = (d.risk as { decision?: string } | null)?.decision === 'inspect';
  if (sampled || forced) return transition(tx, ctx, d, 'inspection', { inspection: { reason: sampled ? 'random' : 'officer', at: ctx.clock.now().toISOString() } });
  return release(tx, ctx, d);
}

/** A uniform number in [0, 1) from the seed and the declaration id: anyone with the seed can replay the draw. */
export function inspectionDraw(seed: string, declarationId: string): number {
  const h = createHmac('sha256', seed).update(declarationId).digest();
  return h.readUInt32BE(0) / 2 ** 32;
}

export async function release(tx: Db, ctx: AppContext, d: Declaration): Promise<Declaration> {
  await consumeQuota(tx, ctx, { environment: d.environment, buyerIdNumber: d.buyerIdNumber ?? '', year: d.quotaYear ?? zoneYearOf(ctx.clock.now()), declarationId: d.id });
  if (d.tradeMode === '1210') await consumeReservation(tx, ctx, { declarationId: d.id });
  return transition(tx, ctx, d, 'released', { releasedAt: ctx.clock.now() });
}

/** Gives back whatever the declaration holds: quota, guarantee, stock reservation, the tax bill (voided). */
export async function undoHoldings(tx: Db, ctx: AppContext, d: Declaration): Promise<void> {
  if (d.buyerIdNumber && d.quotaYear) await restoreQuota(tx, ctx, { environment: d.environment, buyerIdNumber: d.buyerIdNumber, year: d.quotaYear, declarationId: d.id });
  await releaseGuarantee(tx, ctx, { declarationId: d.id });
  if (d.tradeMode === '1210') await unreserveStock(tx, ctx, { declarationId: d.id });
  await voidTaxBills(tx, ctx, d);
}

export async function reject(tx: Db, ctx: AppContext, d: Declaration, problems: Problem[], official?: string): Promise<Declaration> {
  await undoHoldings(tx, ctx, d);
  // The partners can be corrected; the rejected inventory is withdrawn, so a corrected one is sent as new.
  const parcel = await parcelOf(tx, d);
  await setDocumentsLocked(tx, [d.orderDocId, d.paymentDocId, parcel?.waybillDocId].filter((x): x is string => !!x), null);
  if (d.inventoryDocId) await retireDocument(tx, d.inventoryDocId, ctx.clock.now());
  const status = official ?? problems.find((p) => p.official)?.official ?? '100';
  const info = problemsText(d.locale as Locale, problems);
  return transition(tx, ctx, d, 'rejected', { problems, closedAt: ctx.clock.now(), inventoryDeclared: false }, { status, info, problems });
}

// ---- the tax bill (CEB816 / CEB818) ----

async function issueTaxBill(tx: Db, ctx: AppContext, d: Declaration): Promise<void> {
  const tax = d.tax as { totals: { customsTax: string; valueAddedTax: string; consumptionTax: string; total: string }; lines: TaxLine[] } | null;
  if (!tax || !d.invtNo) return;
  const head = inventoryHead(d);
  const existing = await tx.select({ id: clrTaxBills.id }).from(clrTaxBills).where(eq(clrTaxBills.declarationId, d.id));
  const taxNo = `${d.invtNo}_${existing.length + 1}`;
  const now = ctx.clock.now();
  const lines = tax.lines.map((l) => ({ gnum: l.gnum, gcode: l.gcode, taxPrice: l.taxPrice, customsTax: l.tariff.payable, valueAddedTax: l.vat.payable, consumptionTax: l.consumptionTax.payable }));
  await insertRow(tx, clrTaxBills, {
    id: ctx.newId(),
    environment: d.environment,
    taxNo,
    declarationId: d.id,
    invtNo: d.invtNo,
    assureOrgId: d.assureOrgId,
    status: '1',
    customsTax: tax.totals.customsTax,
    valueAddedTax: tax.totals.valueAddedTax,
    consumptionTax: tax.totals.consumptionTax,
    total: tax.totals.total,
    lines,
    createdAt: now,
    updatedAt: now,
  });
  const guid = upperGuid(ctx);
  const document = {
    guid,
    version: '1.0',
    Tax: [
      {
        TaxHeadRd: {
          guid,
          returnTime: cebTime(now),
          invtNo: d.invtNo,
          taxNo,
          customsTax: tax.totals.customsTax,
          valueAddedTax: tax.totals.valueAddedTax,
          consumptionTax: tax.totals.consumptionTax,
          status: '1',
          assureCode: str(head.assureCode),
          ebcCode: str(head.ebcCode),
          logisticsCode: str(head.logisticsCode),
          agentCode: str(head.agentCode),
          customsCode: str(head.customsCode),
        },
        TaxListRd: lines,
      },
    ],
  };
  for (const orgId of new Set([d.ebcOrgId, d.inventoryOrgId, d.assureOrgId].filter((x): x is string => !!x))) {
    await issueNotice(tx, ctx, { orgId, environment: d.environment, messageType: 'CEB816Message', document, documentId: d.inventoryDocId, returnStatus: '1', returnInfo: t(d.locale as Locale, 'clr.tax_bill_issued', { taxNo, total: tax.totals.total }) });
  }
}

/** Voids the declaration's generated tax bills (CEB818 status 3) to the parties that received them. */
export async function voidTaxBills(tx: Db, ctx: AppContext, d: Declaration): Promise<void> {
  const bills = await tx.select().from(clrTaxBills).where(and(eq(clrTaxBills.declarationId, d.id), eq(clrTaxBills.status, '1')));
  for (const b of bills) {
    await tx.update(clrTaxBills).set({ status: '3', updatedAt: ctx.clock.now() }).where(eq(clrTaxBills.id, b.id));
    await taxBillStatus(tx, ctx, d, b.taxNo, '3');
  }
}

export async function taxBillStatus(tx: Db, ctx: AppContext, d: Declaration, taxNo: string, status: '2' | '3'): Promise<void> {
  const guid = upperGuid(ctx);
  const document = { guid, version: '1.0', Tax: [{ TaxHeadStatus: { guid, returnTime: cebTime(ctx.clock.now()), invtNo: d.invtNo ?? '', taxNo, status, assureCode: str(inventoryHead(d).assureCode) } }] };
  for (const orgId of new Set([d.ebcOrgId, d.inventoryOrgId, d.assureOrgId].filter((x): x is string => !!x))) {
    await issueNotice(tx, ctx, { orgId, environment: d.environment, messageType: 'CEB818Message', document, documentId: d.inventoryDocId, returnStatus: status, returnInfo: t(d.locale as Locale, `clr.tax_bill_status.${status}` as MessageKey, { taxNo }) });
  }
}

// ---- classified supervision (the credit module fills the port) ----

export interface SupervisionFactors {
  /** Multipliers of the base inspection and manual-review rates for an enterprise. */
  inspection: number;
  review: number;
  /** Why: the customs credit level, the grade, the negative list … */
  basis: Record<string, unknown>;
}

export interface SupervisionPort {
  factors(tx: Db, ctx: AppContext, orgId: string, at: Date): Promise<SupervisionFactors>;
}

let supervisionPort: SupervisionPort | undefined;
export function setSupervisionPort(port: SupervisionPort | undefined): void {
  supervisionPort = port;
}

/** The inspection and manual-review rates for an enterprise's declaration: the base rates times its factors, at most 1. */
export async function supervisionRates(tx: Db, ctx: AppContext, orgId: string | null): Promise<{ inspection: number; review: number; factors: SupervisionFactors | null }> {
  const factors = orgId && supervisionPort ? await supervisionPort.factors(tx, ctx, orgId, ctx.clock.now()) : null;
  return {
    inspection: Math.min(1, ctx.config.TUMEN_INSPECTION_RATE * (factors?.inspection ?? 1)),
    review: Math.min(1, ctx.config.TUMEN_REVIEW_RATE * (factors?.review ?? 1)),
    factors,
  };
}

/** A manual review drawn at random (seeded like the inspection draw, from another stream). */
async function randomReview(tx: Db, ctx: AppContext, d: Declaration): Promise<boolean> {
  if (ctx.config.TUMEN_REVIEW_RATE <= 0) return false;
  const rates = await supervisionRates(tx, ctx, d.ebcOrgId);
  return inspectionDraw(`${ctx.config.TUMEN_INSPECTION_SEED}:review`, d.id) < rates.review;
}

// ---- risk ----

export interface RiskAssessment {
  /** hold: a regulator's hold, waiting in the review queue like a manual review; reject: refused (100). */
  decision: 'release' | 'review' | 'inspect' | 'hold' | 'reject';
  reasons: { rule: string; detail: Record<string, string | number> }[];
}

/**
 * The risk port the risk-and-credit module fills. Until then, two rules: a price far below the filed
 * reference price, and a first-time buyer declaring many parcels in a short time.
 */
export interface RiskPort {
  assess(tx: Db, ctx: AppContext, d: Declaration): Promise<RiskAssessment>;
}

export const PRICE_FLOOR_SHARE = '0.3';
export const NEW_BUYER_WINDOW_HOURS = 24;
export const NEW_BUYER_MAX_DECLARATIONS = 5;

export const simpleRiskRules: RiskPort = {
  async assess(tx, ctx, d) {
    const reasons: RiskAssessment['reasons'] = [];
    const day = isoDate(inventoryHead(d).declTime, ctx.clock.now());
    for (const l of listOf(d.inventory?.InventoryList)) {
      if (!d.ebcOrgId) break;
      const product = await findEffectiveProduct(tx, d.ebcOrgId, str(l.itemNo) || str(l.itemRecordNo), day);
      if (!product || product.currency !== 'CNY') continue;
      const floor = dec(product.referencePrice).times(PRICE_FLOOR_SHARE);
      if (dec(str(l.price) || '0').lt(floor)) reasons.push({ rule: 'price_below_reference', detail: { gnum: str(l.gnum), price: str(l.price), reference: product.referencePrice } });
    }
    if (d.buyerIdNumber) {
      // A buyer first seen within the window who already declares many parcels: split orders, a borrowed identity.
      const since = new Date(ctx.clock.now().getTime() - NEW_BUYER_WINDOW_HOURS * 3600_000);
      const [row] = await tx
        .select({
          isNew: sql<boolean>`coalesce(min(${clrDeclarations.acceptedAt}) >= ${since.toISOString()}::timestamptz, true)`,
          recent: sql<number>`(count(*) filter (where ${clrDeclarations.acceptedAt} >= ${since.toISOString()}::timestamptz))::int`,
        })
        .from(clrDeclarations)
        .where(and(eq(clrDeclarations.environment, d.environment), eq(clrDeclarations.buyerIdNumber, d.buyerIdNumber), isNotNull(clrDeclarations.acceptedAt)));
      const n = Number(row?.recent ?? 0);
      if (row?.isNew !== false && n > NEW_BUYER_MAX_DECLARATIONS) reasons.push({ rule: 'new_buyer_velocity', detail: { declarations: n, hours: NEW_BUYER_WINDOW_HOURS } });
    }
    return { decision: reasons.length ? 'review' : 'release', reasons };
  },
};

let riskPort: RiskPort = simpleRiskRules;
export function setRiskPort(port: RiskPort): void {
  riskPort = port;
}
function assessRisk(tx: Db, ctx: AppContext, d: Declaration): Promise<RiskAssessment> {
  return riskPort.assess(tx, ctx, d);
}
