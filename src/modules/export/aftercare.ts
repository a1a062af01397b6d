/**
 * After the export list: cancellation before release (CEB605 → CEB606), returns of exported goods (CEB213
 * request → CEB214, CEB215 tally at the supervised site → CEB216) within one year of release, flagged tax-free
 * when back within six months of an export made in the exemption's window (POLICY-NOTES §3.7), and the
 * deadline for lists whose partners never came.
 */
import { and, eq, inArray, lt } from 'drizzle-orm';
import type { AppContext } from '../../app/context';
import type { Db } from '../../db/database';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { dec } from '../../kernel/money';
import { zoneDayOf } from '../../kernel/zone-time';
import { issueReceipt, REQUEST_TYPES, type Environment, type Problem } from '../ceb';
import { listOf, str, unreserveStock, type Rec } from '../clearance';
import { orgById } from '../identity';
import { expDeclarations, expReturns } from './export.table';
import { exportById, exportByInvtNo, exportParcel, exportTransition, exportWaitingFor, rejectExport } from './flow';

/** Returns are allowed within one year of release (海关总署公告2020年第44号). */
export const RETURN_WINDOW_MONTHS = 12;
/** Tax-free when back within six months of export (公告2026年第16号), for exports from 2026-01-01 to 2027-12-31. */
export const TAX_FREE_MONTHS = 6;
export const TAX_FREE_EXPORTS = { from: '2026-01-01', to: '2027-12-31' } as const;

function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

function stateLabel(locale: Locale, state: string): string {
  return t(locale, `exp.state.${state}` as MessageKey);
}

// ---- cancellation (CEB605) ----

export async function checkExportCancellation(tx: Db, environment: Environment, senderOrgId: string, record: Rec, path: string, locale: Locale): Promise<Problem[]> {
  const d = await exportByInvtNo(tx, environment, str(record.invtNo));
  if (!d) return [{ code: 'exp.list_unknown', path: `${path}/invtNo`, params: { invtNo: str(record.invtNo) } }];
  const sender = await orgById(tx, senderOrgId);
  if (!sender || ![sender.customsCode, sender.uscc].includes(str(record.agentCode)) || d.agentCode !== str(record.agentCode)) {
    return [{ code: 'clr.sender_not_party', path: `${path}/agentCode`, params: { document: 'CEB605', roles: 'agent' } }];
  }
  if (!['waiting', 'accepted', 'review', 'audited', 'inspection'].includes(d.state)) return [{ code: 'exp.cancel_too_late', path: `${path}/invtNo`, params: { invtNo: str(record.invtNo), state: stateLabel(locale, d.state) } }];
  return [];
}

export async function exportCancellationArrived(tx: Db, ctx: AppContext, input: { environment: Environment; senderOrgId: string; record: Rec; documentId: string; locale: Locale; assigned: Record<string, string> }): Promise<void> {
  const found = await exportByInvtNo(tx, input.environment, str(input.record.invtNo));
  const d = found && (await exportById(tx, found.id, true));
  if (!d || !['waiting', 'accepted', 'review', 'audited', 'inspection'].includes(d.state)) return;
  if (d.tradeMode === '1210') await unreserveStock(tx, ctx, { declarationId: d.id });
  await exportTransition(tx, ctx, d, 'cancelled', { closedAt: ctx.clock.now() }, false);
  const rt = REQUEST_TYPES.get('CEB605Message')!;
  await issueReceipt(tx, ctx, { orgId: input.senderOrgId, environment: input.environment, rt, head: input.record, status: '399', info: `${t(input.locale, 'ceb.status.399')}: ${t(input.locale, 'exp.cancelled', { invtNo: d.invtNo ?? '' })}`, documentId: input.documentId, assigned: input.assigned });
}

// ---- returns (CEB213 / CEB215) ----

export async function checkExportReturn(tx: Db, ctx: AppContext, environment: Environment, senderOrgId: string, record: Rec, path: string, locale: Locale): Promise<Problem[]> {
  const head = (record.InvtRefundHead as Rec | undefined) ?? record;
  const hp = record.InvtRefundHead ? `${path}/InvtRefundHead` : path;
  const d = await exportByInvtNo(tx, environment, str(head.invtNo));
  if (!d || d.ebcCode !== str(head.ebcCode)) return [{ code: 'exp.list_unknown', path: `${hp}/invtNo`, params: { invtNo: str(head.invtNo) } }];
  const sender = await orgById(tx, senderOrgId);
  if (!sender || ![sender.customsCode, sender.uscc].includes(str(head.ebcCode))) return [{ code: 'clr.sender_not_party', path: `${hp}/ebcCode`, params: { document: 'CEB213', roles: 'ebc' } }];
  if (!d.releasedAt || !['released', 'cleared'].includes(d.state)) return [{ code: 'exp.return_not_released', path: `${hp}/invtNo`, params: { invtNo: str(head.invtNo), state: stateLabel(locale, d.state) } }];
  const deadline = addMonths(d.releasedAt, RETURN_WINDOW_MONTHS);
  if (ctx.clock.now() > deadline) return [{ code: 'exp.return_too_late', path: `${hp}/invtNo`, params: { invtNo: str(head.invtNo), released: zoneDayOf(d.releasedAt), deadline: zoneDayOf(deadline) } }];
  const original = new Map(listOf(d.inventory?.InventoryList).map((l) => [str(l.gnum), l]));
  const out: Problem[] = [];
  listOf(record.InvtRefundList).forEach((l, i) => {
    const o = original.get(str(l.gnum));
    const lp = `${path}/InvtRefundList[${i + 1}]`;
    if (!o) out.push({ code: 'clr.line_missing', path: `${lp}/gnum`, params: { gnum: str(l.gnum), document: 'CEB603' } });
    else if (dec(str(l.qty) || '0').gt(str(o.qty) || '0')) out.push({ code: 'exp.return_qty', path: `${lp}/qty`, params: { gnum: str(l.gnum), qty: str(l.qty), exported: str(o.qty) } });
    else if (str(o.gcode) !== str(l.gcode)) out.push({ code: 'clr.mismatch', path: `${lp}/gcode`, params: { field: 'gcode', document: 'CEB213', value: str(l.gcode), against: 'CEB603', expected: str(o.gcode) } });
  });
  return out;
}

export async function exportReturnArrived(tx: Db, ctx: AppContext, input: { environment: Environment; senderOrgId: string; record: Rec; documentId: string; locale: Locale; assigned: Record<string, string> }): Promise<void> {
  const head = (input.record.InvtRefundHead as Rec | undefined) ?? input.record;
  const d = await exportByInvtNo(tx, input.environment, str(head.invtNo));
  if (!d) return;
  await tx
    .insert(expReturns)
    .values({
      id: ctx.newId(),
      environment: input.environment,
      declarationId: d.id,
      ebcCode: str(head.ebcCode),
      coElNo: str(head.coElNo),
      invtNo: str(head.invtNo),
      logisticsNo: str(head.logisticsNo),
      reason: str(head.reason),
      lines: listOf(input.record.InvtRefundList),
      state: 'requested',
      requestedAt: ctx.clock.now(),
    })
    .onConflictDoNothing();
  const rt = REQUEST_TYPES.get('CEB213Message')!;
  await issueReceipt(tx, ctx, { orgId: input.senderOrgId, environment: input.environment, rt, head, status: '120', info: `${t(input.locale, 'ceb.status.120')}: ${t(input.locale, 'exp.return_accepted')}`, documentId: input.documentId, assigned: input.assigned });
}

export async function checkReturnTally(tx: Db, environment: Environment, record: Rec, path: string): Promise<Problem[]> {
  const head = (record.InvtRefundDetailHead as Rec | undefined) ?? record;
  const hp = record.InvtRefundDetailHead ? `${path}/InvtRefundDetailHead` : path;
  const [r] = await tx
    .select()
    .from(expReturns)
    .where(and(eq(expReturns.environment, environment), eq(expReturns.coElNo, str(head.coElNo)), eq(expReturns.logisticsNo, str(head.logisticsNo))));
  if (!r) return [{ code: 'exp.return_unknown', path: `${hp}/coElNo`, params: { coElNo: str(head.coElNo), logisticsNo: str(head.logisticsNo) } }];
  return [];
}

/** The tally at the supervised site: the goods are back; the list is returned and the return judged tax-free or not. */
export async function returnTallyArrived(tx: Db, ctx: AppContext, input: { environment: Environment; senderOrgId: string; record: Rec; documentId: string; locale: Locale; assigned: Record<string, string> }): Promise<void> {
  const head = (input.record.InvtRefundDetailHead as Rec | undefined) ?? input.record;
  const [r] = await tx
    .select()
    .from(expReturns)
    .where(and(eq(expReturns.environment, input.environment), eq(expReturns.coElNo, str(head.coElNo)), eq(expReturns.logisticsNo, str(head.logisticsNo))))
    .for('update');
  if (!r || r.state !== 'requested') return;
  const d = await exportById(tx, r.declarationId, true);
  const now = ctx.clock.now();
  const exported = d?.releasedAt ?? null;
  const exportDay = exported ? zoneDayOf(exported) : '';
  const inWindow = exportDay >= TAX_FREE_EXPORTS.from && exportDay <= TAX_FREE_EXPORTS.to;
  const within = !!exported && now <= addMonths(exported, TAX_FREE_MONTHS);
  const taxFree = inWindow && within;
  const reason = taxFree ? 'within_6_months' : !inWindow ? 'export_outside_2026_2027' : 'after_6_months';
  await tx.update(expReturns).set({ state: 'arrived', arrivedAt: now, taxFree, taxFreeReason: reason }).where(eq(expReturns.id, r.id));
  if (d && (d.state === 'released' || d.state === 'cleared')) await exportTransition(tx, ctx, d, 'returned', { closedAt: now }, false);
  const rt = REQUEST_TYPES.get('CEB215Message')!;
  const info = `${t(input.locale, 'ceb.status.120')}: ${t(input.locale, taxFree ? 'exp.return_tax_free' : 'exp.return_taxable', { invtNo: r.invtNo })}`;
  await issueReceipt(tx, ctx, { orgId: input.senderOrgId, environment: input.environment, rt, head, status: '120', info, documentId: input.documentId, assigned: input.assigned });
}

// ---- orphans ----

/** Lists waiting past the matching deadline for their order or waybill are rejected, naming what never came. */
export async function expireExportOrphans(ctx: AppContext): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - ctx.config.TUMEN_MATCH_DEADLINE_HOURS * 3600_000);
  const stale = await ctx.db
    .select({ id: expDeclarations.id })
    .from(expDeclarations)
    .where(and(inArray(expDeclarations.state, ['waiting']), lt(expDeclarations.firstSeenAt, cutoff)))
    .limit(500);
  let n = 0;
  for (const { id } of stale) {
    await ctx.db.transaction(async (tx) => {
      const d = await exportById(tx, id, true);
      if (!d || d.state !== 'waiting' || d.firstSeenAt >= cutoff) return;
      const parcel = d.logisticsCode && d.logisticsNo ? await exportParcel(tx, d.environment as Environment, d.logisticsCode, d.logisticsNo) : undefined;
      const missing = exportWaitingFor(d, parcel).filter((m) => m !== 'collection' && m !== 'arrival');
      const problems: Problem[] = [{ code: 'clr.partners_missing', path: '/CEB603Message', params: { hours: ctx.config.TUMEN_MATCH_DEADLINE_HOURS, missing: missing.join(', ') } }];
      if (d.inventory) await rejectExport(tx, ctx, d, problems);
      else await exportTransition(tx, ctx, d, 'expired', { problems, closedAt: ctx.clock.now() }, false);
      n++;
    });
  }
  return n;
}
