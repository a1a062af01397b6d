/**
 * What people and systems do with declarations beyond sending documents: read them (parties and customs),
 * decide manual reviews and inspections (customs), record returned goods arriving, manage guarantees,
 * summarise tax bills into periodic bills, and the buyer's own quota check (public).
 */
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext, Caller } from '../../app/context';
import { AppError } from '../../kernel/errors';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { dec, decText } from '../../kernel/money';
import { zoneYearOf } from '../../kernel/zone-time';
import { actorOrg, authorize } from '../access';
import { recordAudit, recordRead } from '../audit';
import { receiptsOfDocuments, type Problem } from '../ceb';
import { orgByCode, validateResidentId } from '../identity';
import { enterpriseFilingInForce } from '../registry';
import { verifyIdentity } from '../verification';
import { recordReturnArrival } from './aftercare';
import { str, type Rec } from './checks';
import { clrDeclarations, clrGuarantees, clrPeriodBills, clrReturns, clrTaxBills, type Environment } from './clearance.table';
import { audit, declarationById, parcelOf, reject, release, taxBillStatus, undoHoldings, waitingFor, type Declaration } from './declaration.service';
import { quotaBalance, setGuarantee } from './ledgers';

function environmentOf(caller: Caller): Environment {
  return caller.actor.type === 'apikey' ? caller.actor.environment : 'production';
}

function isCustomsOrTax(caller: Caller): boolean {
  const org = actorOrg(caller.actor);
  return caller.actor.type === 'system' || org?.department === 'customs' || org?.department === 'tax';
}

function partyCondition(orgId: string): SQL {
  return or(
    eq(clrDeclarations.inventoryOrgId, orgId),
    eq(clrDeclarations.ebcOrgId, orgId),
    eq(clrDeclarations.orderOrgId, orgId),
    eq(clrDeclarations.paymentOrgId, orgId),
    eq(clrDeclarations.assureOrgId, orgId),
  )!;
}

function isParty(d: Declaration, orgId: string, waybillOrgId: string | null): boolean {
  return [d.inventoryOrgId, d.ebcOrgId, d.orderOrgId, d.paymentOrgId, d.assureOrgId, waybillOrgId].includes(orgId);
}

export interface DeclarationSummary {
  id: string;
  environment: Environment;
  ebpCode: string;
  orderNo: string;
  invtNo: string | null;
  tradeMode: string | null;
  state: Declaration['state'];
  stateLabel: string;
  waitingFor: string[];
  amount: string | null;
  taxTotal: string | null;
  firstSeenAt: string;
  updatedAt: string;
}

function summary(d: Declaration, hasWaybill: boolean, locale: Locale): DeclarationSummary {
  return {
    id: d.id,
    environment: d.environment,
    ebpCode: d.ebpCode,
    orderNo: d.orderNo,
    invtNo: d.invtNo,
    tradeMode: d.tradeMode,
    state: d.state,
    stateLabel: t(locale, `clr.state.${d.state}` as MessageKey),
    waitingFor: d.state === 'waiting' ? waitingFor(d, hasWaybill) : [],
    amount: d.amount === null ? null : decText(dec(d.amount), 2),
    taxTotal: d.taxTotal,
    firstSeenAt: d.firstSeenAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export async function listDeclarations(
  ctx: AppContext,
  caller: Caller,
  q: { state?: string | undefined; orderNo?: string | undefined; invtNo?: string | undefined; buyerIdNumber?: string | undefined; logisticsNo?: string | undefined; withReturns?: boolean | undefined; limit: number; offset: number },
  locale: Locale,
): Promise<{ items: DeclarationSummary[]; nextOffset: number | null }> {
  authorize(caller.actor, 'clearance.read');
  const conditions = scopeConditions(caller);
  if (q.withReturns) conditions.push(sql`exists (select 1 from ${clrReturns} where ${clrReturns.declarationId} = ${clrDeclarations.id})`);
  if (q.state) conditions.push(eq(clrDeclarations.state, q.state as Declaration['state']));
  if (q.orderNo) conditions.push(eq(clrDeclarations.orderNo, q.orderNo));
  if (q.invtNo) conditions.push(eq(clrDeclarations.invtNo, q.invtNo));
  if (q.buyerIdNumber) conditions.push(eq(clrDeclarations.buyerIdNumber, q.buyerIdNumber.toUpperCase()));
  if (q.logisticsNo) conditions.push(eq(clrDeclarations.logisticsNo, q.logisticsNo));
  const rows = await ctx.db
    .select()
    .from(clrDeclarations)
    .where(and(...conditions))
    .orderBy(desc(clrDeclarations.updatedAt), asc(clrDeclarations.id))
    .limit(q.limit + 1)
    .offset(q.offset);
  const page = rows.slice(0, q.limit);
  const waybills = new Set<string>();
  for (const d of page) if (d.state === 'waiting' && (await parcelOf(ctx.db, d))?.waybill) waybills.add(d.id);
  await recordRead(ctx, caller, 'clr_declaration', page.map((d) => d.id), { query: { ...q } });
  return { items: page.map((d) => summary(d, waybills.has(d.id), locale)), nextOffset: rows.length > q.limit ? q.offset + q.limit : null };
}

/** The declarations the caller may read: its environment, and for a party only those it takes part in. */
function scopeConditions(caller: Caller): SQL[] {
  const conditions: SQL[] = [eq(clrDeclarations.environment, environmentOf(caller))];
  if (!isCustomsOrTax(caller)) conditions.push(partyCondition(actorOrg(caller.actor)!.id));
  return conditions;
}

/** How many of the caller's declarations are in each state (an overview without paging through them all). */
export async function countDeclarations(ctx: AppContext, caller: Caller): Promise<{ total: number; byState: Record<string, number> }> {
  authorize(caller.actor, 'clearance.read');
  const rows = await ctx.db
    .select({ state: clrDeclarations.state, n: sql<number>`count(*)::int` })
    .from(clrDeclarations)
    .where(and(...scopeConditions(caller)))
    .groupBy(clrDeclarations.state);
  const byState: Record<string, number> = {};
  for (const r of rows) byState[r.state] = Number(r.n);
  return { total: rows.reduce((a, r) => a + Number(r.n), 0), byState };
}

export async function getDeclaration(ctx: AppContext, caller: Caller, id: string, locale: Locale) {
  authorize(caller.actor, 'clearance.read');
  const d = await declarationById(ctx.db, id);
  const parcel = d && (await parcelOf(ctx.db, d));
  if (!d || d.environment !== environmentOf(caller)) throw new AppError('not_found', 'common.not_found');
  if (!isCustomsOrTax(caller) && !isParty(d, actorOrg(caller.actor)!.id, parcel?.waybillOrgId ?? null)) throw new AppError('not_found', 'common.not_found');
  const taxBills = await ctx.db.select().from(clrTaxBills).where(eq(clrTaxBills.declarationId, d.id)).orderBy(asc(clrTaxBills.createdAt));
  const returns = await ctx.db.select().from(clrReturns).where(eq(clrReturns.declarationId, d.id)).orderBy(asc(clrReturns.requestedAt));
  // The receipts of its documents: a party sees those addressed to it, customs and tax every one.
  const docIds = [d.orderDocId, d.paymentDocId, parcel?.waybillDocId, d.inventoryDocId].filter((x): x is string => !!x);
  const receipts = await receiptsOfDocuments(ctx.db, docIds, isCustomsOrTax(caller) ? null : actorOrg(caller.actor)!.id);
  await recordRead(ctx, caller, 'clr_declaration', [d.id]);
  return {
    ...summary(d, !!parcel?.waybill, locale),
    buyerName: d.buyerName,
    buyerIdNumber: d.buyerIdNumber ? maskId(d.buyerIdNumber) : null,
    fullTax: d.fullTax,
    tax: d.tax,
    risk: d.risk,
    inspection: d.inspection,
    problems: (d.problems as Problem[]).map((p) => ({ ...p, message: t(locale, p.code as MessageKey, p.params ?? {}) })),
    documents: { order: d.order, payment: d.payment, waybill: parcel?.waybill ?? null, inventory: d.inventory },
    waybillStatus: parcel?.lastStatus ?? null,
    taxBills: taxBills.map((b) => ({ taxNo: b.taxNo, status: b.status, customsTax: b.customsTax, valueAddedTax: b.valueAddedTax, consumptionTax: b.consumptionTax, total: b.total, lines: b.lines, createdAt: b.createdAt.toISOString() })),
    returns: returns.map((r) => ({ id: r.id, state: r.state, lines: r.lines, amount: decText(dec(r.amount), 2), tax: r.tax, reason: r.reason, requestedAt: r.requestedAt.toISOString(), arrivedAt: r.arrivedAt?.toISOString() ?? null })),
    acceptedAt: d.acceptedAt?.toISOString() ?? null,
    auditedAt: d.auditedAt?.toISOString() ?? null,
    releasedAt: d.releasedAt?.toISOString() ?? null,
    clearedAt: d.clearedAt?.toISOString() ?? null,
    closedAt: d.closedAt?.toISOString() ?? null,
    receipts: receipts.map((r) => ({
      messageType: r.messageType,
      document: r.documentId === d.inventoryDocId ? 'inventory' : r.documentId === d.orderDocId ? 'order' : r.documentId === d.paymentDocId ? 'payment' : 'waybill',
      returnStatus: r.returnStatus,
      returnTime: r.returnTime,
      returnInfo: r.returnInfo,
      orgId: r.orgId,
    })),
  };
}

function maskId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}

// ---- customs decisions ----

async function decide<T>(ctx: AppContext, caller: Caller, id: string, action: string, details: Record<string, unknown>, run: (tx: typeof ctx.db, d: Declaration) => Promise<T>): Promise<T> {
  authorize(caller.actor, 'clearance.decide');
  return ctx.db.transaction(async (tx) => {
    const d = await declarationById(tx, id, true);
    if (!d || d.environment !== environmentOf(caller)) throw new AppError('not_found', 'common.not_found');
    const result = await run(tx, d);
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action, resourceType: 'clr_declaration', resourceId: d.id, details });
    return result;
  });
}

/** Manual review (300): approve → audit (399) and on; inspect → audit then inspection (500); reject → 100. */
export async function reviewDeclaration(ctx: AppContext, caller: Caller, id: string, input: { decision: 'approve' | 'inspect' | 'reject'; reason?: string | undefined }): Promise<{ state: string }> {
  return decide(ctx, caller, id, 'clearance.review', { ...input }, async (tx, d) => {
    if (d.state !== 'review') throw new AppError('conflict', 'clr.state_conflict', { state: d.state });
    const reviewer = { decision: input.decision, reason: input.reason ?? null, by: caller.actor.type === 'user' ? caller.actor.userId : null, at: ctx.clock.now().toISOString() };
    if (input.decision === 'reject') {
      const next = await reject(tx, ctx, { ...d, risk: { ...(d.risk ?? {}), reviewer } }, [{ code: 'clr.review_rejected', path: '/CEB621Message/Inventory/InventoryHead', params: { reason: input.reason ?? '' } }]);
      return { state: next.state };
    }
    const risk = { ...(d.risk ?? {}), reviewer, decision: input.decision === 'inspect' ? 'inspect' : 'release' };
    const [withRisk] = await tx.update(clrDeclarations).set({ risk }).where(eq(clrDeclarations.id, d.id)).returning();
    const next = await audit(tx, ctx, withRisk!);
    return { state: next.state };
  });
}

/** The inspection result: pass → released (800); seize → detained (599); return → shipped back (700). */
export async function recordInspection(ctx: AppContext, caller: Caller, id: string, input: { result: 'pass' | 'seize' | 'return'; note?: string | undefined }): Promise<{ state: string }> {
  return decide(ctx, caller, id, 'clearance.inspection', { ...input }, async (tx, d) => {
    if (d.state !== 'inspection') throw new AppError('conflict', 'clr.state_conflict', { state: d.state });
    const inspection = { ...(d.inspection ?? {}), result: input.result, note: input.note ?? null, by: caller.actor.type === 'user' ? caller.actor.userId : null, at: ctx.clock.now().toISOString() };
    const [row] = await tx.update(clrDeclarations).set({ inspection }).where(eq(clrDeclarations.id, d.id)).returning();
    const current = row!;
    if (input.result === 'pass') return { state: (await release(tx, ctx, current)).state };
    // Goods that do not enter are not imported: the quota, the guarantee and the tax bill are given back.
    await undoHoldings(tx, ctx, current);
    const to = input.result === 'seize' ? 'seized' : 'shipped_back';
    const status = to === 'seized' ? '599' : '700';
    const key = to === 'seized' ? 'clr.seized' : 'clr.shipped_back';
    const problems: Problem[] = [{ code: key, path: '/CEB621Message/Inventory/InventoryHead', params: { note: input.note ?? '' } }];
    const [next] = await tx.update(clrDeclarations).set({ state: to, closedAt: ctx.clock.now(), problems, updatedAt: ctx.clock.now(), version: current.version + 1 }).where(eq(clrDeclarations.id, d.id)).returning();
    const { issueReceipt, REQUEST_TYPES } = await import('../ceb');
    const info = `${t(next!.locale as Locale, `ceb.status.${status}` as MessageKey)}: ${t(next!.locale as Locale, key as MessageKey, { note: input.note ?? '' })}`;
    for (const orgId of new Set([next!.inventoryOrgId, next!.ebcOrgId].filter((x): x is string => !!x))) {
      await issueReceipt(tx, ctx, { orgId, environment: next!.environment, rt: REQUEST_TYPES.get('CEB621Message')!, head: next!.inventory?.InventoryHead as Rec, status, info, problems, documentId: next!.inventoryDocId, assigned: { preNo: next!.preNo ?? '', invtNo: next!.invtNo ?? '' } });
    }
    return { state: to };
  });
}

export async function returnArrival(ctx: AppContext, caller: Caller, returnId: string) {
  authorize(caller.actor, 'clearance.returns.arrive');
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx.select().from(clrReturns).where(eq(clrReturns.id, returnId));
    if (!r || r.environment !== environmentOf(caller)) throw new AppError('not_found', 'common.not_found');
    const done = await recordReturnArrival(tx, ctx, returnId);
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'clearance.return.arrival', resourceType: 'clr_return', resourceId: returnId, details: { state: done.state } });
    return { id: done.id, state: done.state, amount: decText(dec(done.amount), 2), tax: done.tax, arrivedAt: done.arrivedAt?.toISOString() ?? null };
  });
}

// ---- guarantees ----

const GUARANTEE_HOLDERS = ['guarantor', 'ebp', 'ebc', 'logistics'] as const;

export async function putGuarantee(ctx: AppContext, caller: Caller, input: { orgCode: string; amount: string; environment: Environment; validUntil?: string | undefined }) {
  authorize(caller.actor, 'clearance.guarantees.manage');
  const org = await orgByCode(ctx.db, input.orgCode);
  const filing = org && (await enterpriseFilingInForce(ctx.db, org.id));
  if (!org || !filing || filing.status !== 'effective' || !GUARANTEE_HOLDERS.some((r) => filing.roles.includes(r))) throw new AppError('invalid', 'clr.guarantor_role', { code: input.orgCode });
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(clrGuarantees).where(and(eq(clrGuarantees.environment, input.environment), eq(clrGuarantees.orgId, org.id))).for('update');
    if (current && dec(input.amount).lt(current.used)) throw new AppError('conflict', 'clr.guarantee_exhausted', { code: input.orgCode, tax: input.amount, available: decText(dec(current.amount).minus(current.used), 2) });
    const g = await setGuarantee(tx, ctx, { environment: input.environment, orgId: org.id, amount: input.amount, validUntil: input.validUntil ? new Date(input.validUntil) : null });
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'clearance.guarantee.set', resourceType: 'clr_guarantee', resourceId: g.id, details: { orgId: org.id, amount: input.amount, environment: input.environment } });
    return guaranteeView(g, org.customsCode ?? org.uscc);
  });
}

function guaranteeView(g: typeof clrGuarantees.$inferSelect, code: string) {
  return { id: g.id, orgId: g.orgId, orgCode: code, environment: g.environment, amount: g.amount, used: g.used, available: decText(dec(g.amount).minus(g.used), 2), validUntil: g.validUntil?.toISOString() ?? null, updatedAt: g.updatedAt.toISOString() };
}

export async function listGuarantees(ctx: AppContext, caller: Caller) {
  authorize(caller.actor, 'clearance.guarantees.read');
  const env = environmentOf(caller);
  const own = isCustomsOrTax(caller) ? undefined : actorOrg(caller.actor)!.id;
  const rows = await ctx.db
    .select()
    .from(clrGuarantees)
    .where(own ? and(eq(clrGuarantees.environment, env), eq(clrGuarantees.orgId, own)) : eq(clrGuarantees.environment, env));
  await recordRead(ctx, caller, 'clr_guarantee', rows.map((g) => g.id));
  return { items: rows.map((g) => guaranteeView(g, '')) };
}

// ---- periodic tax bills ----

/** Summarises every generated tax bill up to `to` into one periodic bill per guarantor (CEB818 status 2). */
export async function summariseTaxBills(ctx: AppContext, caller: Caller, input: { from: string; to: string; environment: Environment }) {
  authorize(caller.actor, 'clearance.taxbills.summarise');
  const from = new Date(input.from);
  const to = new Date(input.to);
  return ctx.db.transaction(async (tx) => {
    const bills = await tx
      .select()
      .from(clrTaxBills)
      .where(and(eq(clrTaxBills.environment, input.environment), eq(clrTaxBills.status, '1'), gt(clrTaxBills.createdAt, from), lte(clrTaxBills.createdAt, to)))
      .for('update');
    const byGuarantor = new Map<string, typeof bills>();
    for (const b of bills) if (b.assureOrgId) byGuarantor.set(b.assureOrgId, [...(byGuarantor.get(b.assureOrgId) ?? []), b]);
    const out = [];
    for (const [assureOrgId, group] of byGuarantor) {
      const total = (k: 'customsTax' | 'valueAddedTax' | 'consumptionTax' | 'total') => decText(group.reduce((a, b) => a.plus(b[k]), dec(0)), 2);
      const id = ctx.newId();
      const row = { id, environment: input.environment, assureOrgId, periodFrom: from, periodTo: to, bills: group.length, customsTax: total('customsTax'), valueAddedTax: total('valueAddedTax'), consumptionTax: total('consumptionTax'), total: total('total'), createdAt: ctx.clock.now() };
      await tx.insert(clrPeriodBills).values(row);
      await tx.update(clrTaxBills).set({ status: '2', periodBillId: id, updatedAt: ctx.clock.now() }).where(inArray(clrTaxBills.id, group.map((b) => b.id)));
      for (const b of group) {
        const d = await declarationById(tx, b.declarationId);
        if (d) await taxBillStatus(tx, ctx, d, b.taxNo, '2');
      }
      out.push({ ...row, periodFrom: from.toISOString(), periodTo: to.toISOString(), createdAt: row.createdAt.toISOString() });
    }
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'clearance.taxbills.summarise', resourceType: 'clr_period_bill', resourceId: out[0]?.id ?? null, details: { from: input.from, to: input.to, bills: bills.length } });
    return { items: out };
  });
}

export async function listPeriodBills(ctx: AppContext, caller: Caller) {
  authorize(caller.actor, 'clearance.guarantees.read');
  const env = environmentOf(caller);
  const own = isCustomsOrTax(caller) ? undefined : actorOrg(caller.actor)!.id;
  const rows = await ctx.db
    .select()
    .from(clrPeriodBills)
    .where(own ? and(eq(clrPeriodBills.environment, env), eq(clrPeriodBills.assureOrgId, own)) : eq(clrPeriodBills.environment, env))
    .orderBy(desc(clrPeriodBills.periodTo));
  await recordRead(ctx, caller, 'clr_period_bill', rows.map((r) => r.id));
  return { items: rows.map((r) => ({ ...r, periodFrom: r.periodFrom.toISOString(), periodTo: r.periodTo.toISOString(), createdAt: r.createdAt.toISOString() })) };
}

// ---- the buyer's own quota (public) ----

/**
 * A buyer's used and remaining annual quota and the declarations that used it, for the name and ID number
 * given — answered only when they belong together (the verification service, or the declarations themselves
 * name that buyer); otherwise the same "nothing found" as for a number never used, revealing nothing.
 */
export async function buyerQuota(ctx: AppContext, input: { name: string; idNumber: string; year?: number | undefined }) {
  const valid = validateResidentId(input.idNumber);
  if (!valid.ok) throw new AppError('invalid', 'clr.id_number_invalid', { reason: valid.reason });
  const idNumber = valid.id;
  const name = input.name.trim().normalize('NFC');
  const year = input.year ?? zoneYearOf(ctx.clock.now());
  const rows = await ctx.db
    .select()
    .from(clrDeclarations)
    .where(and(eq(clrDeclarations.environment, 'production'), eq(clrDeclarations.buyerIdNumber, idNumber), eq(clrDeclarations.quotaYear, year)))
    .orderBy(asc(clrDeclarations.acceptedAt));
  const verdict = await ctx.db.transaction((tx) => verifyIdentity(tx, ctx, { name, idNumber, purpose: 'quota_query' }));
  const named = rows.some((d) => str(d.buyerName).normalize('NFC') === name);
  if (verdict !== 'match' && !named) throw new AppError('not_found', 'clr.quota_not_found');
  const balance = await quotaBalance(ctx.db, { environment: 'production', buyerIdNumber: idNumber, year });
  const used = rows.filter((d) => ['accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'returned'].includes(d.state));
  return {
    year,
    ...balance,
    declarations: used.map((d) => ({
      date: (d.acceptedAt ?? d.firstSeenAt).toISOString(),
      platform: str((d.order?.OrderHead as Rec | undefined)?.ebpName) || d.ebpCode,
      orderNo: d.orderNo,
      amount: d.amount === null ? '0.00' : decText(dec(d.amount), 2),
      state: d.state,
    })),
  };
}

void sql;

// ---- statistics (read-only, for the zone's statistics module) ----

/** One import declaration as the zone statistics count it: what was declared and, once released, its value and tax. */
export interface ImportStatisticsFact {
  id: string;
  tradeMode: string | null;
  /** Country of departure (CEB621 head `country`); for bonded imports (142) the origin of the most valuable line. */
  country: string | null;
  ebcOrgId: string | null;
  ebcCode: string | null;
  ebcName: string | null;
  acceptedAt: Date | null;
  releasedAt: Date | null;
  /** Released (800) and not refused since: released, cleared or returned afterwards. */
  released: boolean;
  /** Dutiable value in CNY (goods + freight + insurance), the quota's figure. */
  value: string | null;
  taxTotal: string | null;
  parcel: string | null;
  /** Per line: commodity code, its share of the dutiable value and its tax (they sum to the declaration's). */
  lines: { gcode: string; value: string; tax: string }[];
}

/**
 * The import declarations accepted or released in [from, to) (instants), for the zone statistics: a read of this
 * module's own table, no access check (the statistics module authorises its caller).
 */
export async function importStatisticsFacts(ctx: AppContext, q: { environment: Environment; from: Date; to: Date }): Promise<ImportStatisticsFact[]> {
  const rows = await ctx.db
    .select()
    .from(clrDeclarations)
    .where(and(eq(clrDeclarations.environment, q.environment), or(and(gte(clrDeclarations.acceptedAt, q.from), lt(clrDeclarations.acceptedAt, q.to)), and(gte(clrDeclarations.releasedAt, q.from), lt(clrDeclarations.releasedAt, q.to)))))
    .orderBy(asc(clrDeclarations.firstSeenAt), asc(clrDeclarations.id));
  return rows.map((d) => {
    const head = (d.inventory?.InventoryHead as Rec | undefined) ?? {};
    const list = (Array.isArray(d.inventory?.InventoryList) ? d.inventory.InventoryList : []) as Rec[];
    const taxLines = (Array.isArray(d.tax?.lines) ? d.tax.lines : []) as Rec[];
    const lines = taxLines.map((l) => ({ gcode: str(l.gcode), value: str(l.taxPrice) || '0', tax: str(l.total) || '0' }));
    let country = str(head.country) || null;
    if (country === '142' || !country) {
      const top = [...list].sort((a, b) => dec(str(b.totalPrice) || '0').cmp(dec(str(a.totalPrice) || '0')))[0];
      country = (top && str(top.country)) || country;
    }
    return {
      id: d.id,
      tradeMode: d.tradeMode,
      country,
      ebcOrgId: d.ebcOrgId,
      ebcCode: str(head.ebcCode) || null,
      ebcName: str(head.ebcName) || null,
      acceptedAt: d.acceptedAt,
      releasedAt: d.releasedAt,
      released: d.releasedAt !== null && ['released', 'cleared', 'returned'].includes(d.state),
      value: d.amount === null ? null : decText(dec(d.amount), 2),
      taxTotal: d.taxTotal,
      parcel: d.logisticsCode && d.logisticsNo ? `${d.logisticsCode}/${d.logisticsNo}` : null,
      lines,
    };
  });
}
