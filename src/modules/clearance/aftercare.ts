/**
 * After acceptance: cancellation (CEB623) before release, returns (CEB625) requested within 30 days of
 * release with the goods back within 45 (POLICY-NOTES §7), and the deadlines the clock enforces — orphans
 * past the matching deadline, returns whose goods never came back.
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { AppContext } from '../../app/context';
import type { Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
import { t, type Locale } from '../../kernel/i18n';
import { dec, decText, toFen } from '../../kernel/money';
import { issueReceipt, problemsText, REQUEST_TYPES, retireDocument, setDocumentsLocked, type Problem } from '../ceb';
import { returnToStock } from './bonded';
import { listOf, str, type Rec } from './checks';
import { clrDeclarations, clrReturns, type Environment } from './clearance.table';
import { declarationById, findDeclaration, parcelOf, undoHoldings, waitingFor, type Declaration } from './declaration.service';
import { releaseGuarantee, restoreQuota } from './ledgers';
import type { TaxLine } from './tax';

/** Days after release within which a return may be asked, and the goods must be back (海关总署公告2020年第45号). */
export const RETURN_APPLY_DAYS = 30;
export const RETURN_ARRIVAL_DAYS = 45;
const DAY = 86_400_000;

const CANCELLABLE = ['accepted', 'review', 'audited', 'inspection'] as const;

// ---- cancellation ----

export async function checkCancellation(tx: Db, environment: Environment, senderOrgId: string, record: Rec, path: string): Promise<Problem[]> {
  const head = record.InvtCancel ? (record.InvtCancel as Rec) : record;
  const hp = path;
  const d = await findDeclaration(tx, environment, str(head.ebpCode), str(head.orderNo));
  if (!d || !d.invtNo || d.invtNo !== str(head.invtNo)) return [{ code: 'clr.inventory_not_found', path: `${hp}/invtNo`, params: { invtNo: str(head.invtNo) }, official: '-623003' }];
  if (d.inventoryOrgId !== senderOrgId && d.ebcOrgId !== senderOrgId) return [{ code: 'clr.sender_not_party', path: `${hp}/agentCode`, params: { document: 'CEB623', roles: 'agent/ebc' } }];
  if (!(CANCELLABLE as readonly string[]).includes(d.state)) return [{ code: 'clr.cancel_state', path: `${hp}/invtNo`, params: { invtNo: d.invtNo, state: d.state }, official: '-623005' }];
  return [];
}

export async function cancellationArrived(tx: Db, ctx: AppContext, input: { environment: Environment; senderOrgId: string; record: Rec; documentId: string; locale: Locale; assigned: Record<string, string> }): Promise<void> {
  const head = input.record;
  const found = await findDeclaration(tx, input.environment, str(head.ebpCode), str(head.orderNo));
  const d = found && (await declarationById(tx, found.id, true));
  if (!d || !(CANCELLABLE as readonly string[]).includes(d.state)) return;
  await undoHoldings(tx, ctx, d);
  const [next] = await tx
    .update(clrDeclarations)
    .set({ state: 'cancelled', closedAt: ctx.clock.now(), updatedAt: ctx.clock.now(), version: d.version + 1 })
    .where(eq(clrDeclarations.id, d.id))
    .returning();
  const rt = REQUEST_TYPES.get('CEB623Message')!;
  const info = `${t(input.locale, 'ceb.status.399')}: ${t(input.locale, 'clr.cancelled', { invtNo: d.invtNo ?? '' })}`;
  await issueReceipt(tx, ctx, { orgId: input.senderOrgId, environment: input.environment, rt, head, status: '399', info, documentId: input.documentId, assigned: { ...input.assigned, invtNo: d.invtNo ?? '' } });
  await emitState(tx, ctx, next!, d.state);
}

async function emitState(tx: Db, ctx: AppContext, d: Declaration, from: string): Promise<void> {
  if (d.environment !== 'production') return;
  const { emitEvent } = await import('../outbox');
  await emitEvent(tx, ctx, {
    topic: `clearance.declaration.${d.state}`,
    aggregateType: 'clr_declaration',
    aggregateId: d.id,
    partyOrgIds: [...new Set([d.inventoryOrgId, d.ebcOrgId, d.orderOrgId, d.paymentOrgId, d.assureOrgId].filter((x): x is string => !!x))],
    payload: { from, to: d.state, ebpCode: d.ebpCode, orderNo: d.orderNo, invtNo: d.invtNo },
  });
}

// ---- returns ----

interface ReturnLine {
  gnum: number;
  qty: string;
  itemRecordNo?: string;
  amount: string;
  tax: string;
}

/** The returned part of each line: its share of the dutiable value and of the tax, by quantity. */
function returnLines(d: Declaration, lines: Rec[], path: string, already: Map<number, string>): { problems: Problem[]; lines: ReturnLine[] } {
  const original = new Map(listOf(d.inventory?.InventoryList).map((l) => [Number(l.gnum), l]));
  const taxLines = new Map(((d.tax as { lines?: TaxLine[] } | null)?.lines ?? []).map((l) => [l.gnum, l]));
  const problems: Problem[] = [];
  const out: ReturnLine[] = [];
  lines.forEach((l, i) => {
    const lp = `${path}/InvtRefundList[${i + 1}]`;
    const gnum = Number(l.gnum);
    const o = original.get(gnum);
    if (!o) {
      problems.push({ code: 'clr.return_line_unknown', path: `${lp}/gnum`, params: { gnum }, official: '-625209' });
      return;
    }
    if (str(l.gcode) !== str(o.gcode)) problems.push({ code: 'clr.mismatch', path: `${lp}/gcode`, params: { field: 'gcode', document: 'CEB625', value: str(l.gcode), against: 'CEB621', expected: str(o.gcode) } });
    if (str(l.gname).trim() !== str(o.gname).trim()) problems.push({ code: 'clr.mismatch', path: `${lp}/gname`, params: { field: 'gname', document: 'CEB625', value: str(l.gname), against: 'CEB621', expected: str(o.gname) } });
    const left = dec(str(o.qty)).minus(already.get(gnum) ?? '0');
    const qty = dec(str(l.qty) || '0');
    if (qty.lte(0) || qty.gt(left)) {
      problems.push({ code: 'clr.return_qty', path: `${lp}/qty`, params: { gnum, qty: str(l.qty), left: decText(left) } });
      return;
    }
    const share = qty.div(str(o.qty));
    const tl = taxLines.get(gnum);
    out.push({
      gnum,
      qty: decText(qty),
      itemRecordNo: str(o.itemRecordNo) || undefined,
      amount: decText(dec(tl?.taxPrice ?? str(o.totalPrice)).times(share), 5),
      tax: decText(toFen(dec(tl?.total ?? '0').times(share)), 2),
    });
  });
  return { problems, lines: out };
}

async function returnedSoFar(tx: Db, declarationId: string): Promise<Map<number, string>> {
  const rows = await tx
    .select()
    .from(clrReturns)
    .where(and(eq(clrReturns.declarationId, declarationId), inArray(clrReturns.state, ['requested', 'completed'])));
  const out = new Map<number, string>();
  for (const r of rows) for (const l of r.lines) out.set(l.gnum, decText(dec(out.get(l.gnum) ?? '0').plus(l.qty)));
  return out;
}

export async function checkReturn(ctx: AppContext, tx: Db, environment: Environment, senderOrgId: string, record: Rec, path: string): Promise<Problem[]> {
  const head = record.InvtRefundHead as Rec;
  const hp = `${path}/InvtRefundHead`;
  const d = await findDeclaration(tx, environment, str(head.ebpCode), str(head.orderNo));
  if (!d || !d.invtNo || d.invtNo !== str(head.invtNo)) return [{ code: 'clr.inventory_not_found', path: `${hp}/invtNo`, params: { invtNo: str(head.invtNo) } }];
  if (d.inventoryOrgId !== senderOrgId && d.ebcOrgId !== senderOrgId) return [{ code: 'clr.sender_not_party', path: `${hp}/agentCode`, params: { document: 'CEB625', roles: 'agent/ebc' } }];
  if ((d.state !== 'released' && d.state !== 'cleared') || !d.releasedAt) return [{ code: 'clr.return_state', path: `${hp}/invtNo`, params: { invtNo: d.invtNo, state: d.state } }];
  const days = (ctx.clock.now().getTime() - d.releasedAt.getTime()) / DAY;
  if (days > RETURN_APPLY_DAYS) return [{ code: 'clr.return_window', path: `${hp}/invtNo`, params: { days: RETURN_APPLY_DAYS, released: d.releasedAt.toISOString().slice(0, 10) } }];
  for (const f of ['buyerIdNumber', 'buyerName', 'ebcCode', 'logisticsNo', 'logisticsCode'] as const) {
    const orig = str((d.inventory?.InventoryHead as Rec)[f]);
    if (str(head[f]).trim().toUpperCase() !== orig.trim().toUpperCase()) {
      return [{ code: 'clr.mismatch', path: `${hp}/${f}`, params: { field: f, document: 'CEB625', value: str(head[f]), against: 'CEB621', expected: orig } }];
    }
  }
  return returnLines(d, listOf(record.InvtRefundList), path, await returnedSoFar(tx, d.id)).problems;
}

export async function returnArrived(tx: Db, ctx: AppContext, input: { environment: Environment; senderOrgId: string; record: Rec; documentId: string; locale: Locale; assigned: Record<string, string> }): Promise<void> {
  const head = input.record.InvtRefundHead as Rec;
  const found = await findDeclaration(tx, input.environment, str(head.ebpCode), str(head.orderNo));
  const d = found && (await declarationById(tx, found.id, true));
  if (!d) return;
  const { lines } = returnLines(d, listOf(input.record.InvtRefundList), '', await returnedSoFar(tx, d.id));
  const amount = lines.reduce((a, l) => a.plus(l.amount), dec(0));
  const tax = lines.reduce((a, l) => a.plus(l.tax), dec(0));
  const id = ctx.newId();
  await tx.insert(clrReturns).values({
    id,
    environment: input.environment,
    declarationId: d.id,
    documentId: input.documentId,
    request: { ...head, preNo: input.assigned.preNo ?? str(head.preNo) },
    orgId: input.senderOrgId,
    locale: input.locale,
    state: 'requested',
    lines,
    amount: decText(amount),
    tax: decText(tax, 2),
    reason: str(head.reason),
    requestedAt: ctx.clock.now(),
  });
  const rt = REQUEST_TYPES.get('CEB625Message')!;
  const info = `${t(input.locale, 'ceb.status.120')}: ${t(input.locale, 'clr.return_requested', { days: RETURN_ARRIVAL_DAYS })}`;
  await issueReceipt(tx, ctx, { orgId: input.senderOrgId, environment: input.environment, rt, head, status: '120', info, documentId: input.documentId, assigned: { ...input.assigned, invtNo: d.invtNo ?? '' } });
}

export type ReturnRow = typeof clrReturns.$inferSelect;

async function returnReceipt(tx: Db, ctx: AppContext, r: ReturnRow, d: Declaration, status: string, info: string, problems: Problem[] = []): Promise<void> {
  const rt = REQUEST_TYPES.get('CEB625Message')!;
  await issueReceipt(tx, ctx, { orgId: r.orgId, environment: r.environment, rt, head: r.request, status, info, problems, documentId: r.documentId, assigned: { preNo: str(r.request.preNo), invtNo: d.invtNo ?? '' } });
}

/**
 * The returned goods reached the supervision site, special area or bonded centre. Within 45 days of release the
 * quota is restored and the tax is not collected (the guarantee charge reversed); later, neither (POLICY-NOTES §7).
 */
export async function recordReturnArrival(tx: Db, ctx: AppContext, returnId: string): Promise<ReturnRow> {
  const [r] = await tx.select().from(clrReturns).where(eq(clrReturns.id, returnId)).for('update');
  if (!r) throw new AppError('not_found', 'common.not_found');
  if (r.state !== 'requested') throw new AppError('conflict', 'clr.return_not_open', { state: r.state });
  const d = (await declarationById(tx, r.declarationId, true))!;
  const now = ctx.clock.now();
  const late = !d.releasedAt || now.getTime() - d.releasedAt.getTime() > RETURN_ARRIVAL_DAYS * DAY;
  if (late) return lapse(tx, ctx, r, d);
  if (d.buyerIdNumber && d.quotaYear) await restoreQuota(tx, ctx, { environment: d.environment, buyerIdNumber: d.buyerIdNumber, year: d.quotaYear, declarationId: d.id, amount: r.amount });
  if (dec(r.tax).gt(0)) await releaseGuarantee(tx, ctx, { declarationId: d.id, amount: r.tax });
  if (d.tradeMode === '1210') {
    await returnToStock(tx, ctx, { declarationId: d.id, reference: r.id, lines: r.lines.filter((l) => l.itemRecordNo).map((l) => ({ itemRecordNo: l.itemRecordNo!, qty: l.qty })) });
  }
  const [done] = await tx.update(clrReturns).set({ state: 'completed', arrivedAt: now }).where(eq(clrReturns.id, r.id)).returning();
  // The whole inventory back: the declaration ends as returned.
  const returned = await returnedSoFar(tx, d.id);
  const whole = listOf(d.inventory?.InventoryList).every((l) => dec(returned.get(Number(l.gnum)) ?? '0').gte(str(l.qty)));
  if (whole) {
    const [next] = await tx.update(clrDeclarations).set({ state: 'returned', closedAt: now, updatedAt: now, version: d.version + 1 }).where(eq(clrDeclarations.id, d.id)).returning();
    await emitState(tx, ctx, next!, d.state);
  }
  await returnReceipt(tx, ctx, r, d, '399', `${t(r.locale as Locale, 'ceb.status.399')}: ${t(r.locale as Locale, 'clr.return_completed', { amount: decText(dec(r.amount), 2), tax: r.tax })}`);
  return done!;
}

async function lapse(tx: Db, ctx: AppContext, r: ReturnRow, d: Declaration): Promise<ReturnRow> {
  const [row] = await tx.update(clrReturns).set({ state: 'lapsed' }).where(eq(clrReturns.id, r.id)).returning();
  const problems: Problem[] = [{ code: 'clr.return_late', path: '/CEB625Message/InvtRefund/InvtRefundHead/invtNo', params: { days: RETURN_ARRIVAL_DAYS, released: d.releasedAt?.toISOString().slice(0, 10) ?? '' } }];
  await returnReceipt(tx, ctx, r, d, '100', problemsText(r.locale as Locale, problems), problems);
  return row!;
}

// ---- deadlines ----

/**
 * Rejects orphans (documents whose partners did not arrive within the matching deadline) and lapses returns
 * whose goods did not come back within 45 days. Each in its own transaction; returns how many were closed.
 */
export async function enforceDeadlines(ctx: AppContext, limit = 500): Promise<{ orphans: number; lapsed: number }> {
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - ctx.config.TUMEN_MATCH_DEADLINE_HOURS * 3600_000);
  const orphans = await ctx.db
    .select({ id: clrDeclarations.id })
    .from(clrDeclarations)
    .where(and(eq(clrDeclarations.state, 'waiting'), lt(clrDeclarations.firstSeenAt, cutoff)))
    .limit(limit);
  let closed = 0;
  for (const { id } of orphans) {
    closed += await ctx.db.transaction(async (tx) => {
      const d = await declarationById(tx, id, true);
      if (!d || d.state !== 'waiting' || d.firstSeenAt >= cutoff) return 0;
      const parcel = await parcelOf(tx, d);
      const missing = waitingFor(d, !!parcel?.waybill);
      const problems: Problem[] = [{ code: 'clr.partners_missing', path: '/CEB621Message/Inventory/InventoryHead/orderNo', params: { missing: missing.join(', '), hours: ctx.config.TUMEN_MATCH_DEADLINE_HOURS } }];
      await setDocumentsLocked(tx, [d.orderDocId, d.paymentDocId, parcel?.waybillDocId].filter((x): x is string => !!x), null);
      if (d.inventoryDocId) await retireDocument(tx, d.inventoryDocId, now);
      const [next] = await tx
        .update(clrDeclarations)
        .set({ state: 'expired', problems, closedAt: now, updatedAt: now, inventoryDeclared: false, version: d.version + 1 })
        .where(eq(clrDeclarations.id, d.id))
        .returning();
      if (d.inventory) {
        const rt = REQUEST_TYPES.get('CEB621Message')!;
        const info = problemsText(d.locale as Locale, problems);
        for (const orgId of new Set([d.inventoryOrgId, d.ebcOrgId].filter((x): x is string => !!x))) {
          await issueReceipt(tx, ctx, { orgId, environment: d.environment, rt, head: d.inventory.InventoryHead as Rec, status: '100', info, problems, documentId: d.inventoryDocId, assigned: d.preNo ? { preNo: d.preNo } : {} });
        }
      }
      await emitState(tx, ctx, next!, 'waiting');
      return 1;
    });
  }
  const arrivalCutoff = new Date(now.getTime() - RETURN_ARRIVAL_DAYS * DAY);
  const open = await ctx.db
    .select({ id: clrReturns.id })
    .from(clrReturns)
    .innerJoin(clrDeclarations, eq(clrDeclarations.id, clrReturns.declarationId))
    .where(and(eq(clrReturns.state, 'requested'), lt(clrDeclarations.releasedAt, arrivalCutoff)))
    .limit(limit);
  let lapsed = 0;
  for (const { id } of open) {
    lapsed += await ctx.db.transaction(async (tx) => {
      const [r] = await tx.select().from(clrReturns).where(eq(clrReturns.id, id)).for('update');
      if (!r || r.state !== 'requested') return 0;
      const d = (await declarationById(tx, r.declarationId, true))!;
      await lapse(tx, ctx, r, d);
      return 1;
    });
  }
  void sql;
  return { orphans: closed, lapsed };
}

export function startClearanceWorker(ctx: AppContext): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    enforceDeadlines(ctx)
      .catch((e: unknown) => ctx.log.error({ err: e }, 'clearance deadlines failed'))
      .finally(() => {
        running = false;
      });
  }, ctx.config.TUMEN_CLEARANCE_POLL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
