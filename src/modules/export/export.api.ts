/**
 * What people and systems do with exports beyond sending documents: read the lists they are party to (customs,
 * tax and commerce: all), and customs' inspection results.
 */
import { and, asc, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { AppContext, Caller } from '../../app/context';
import { AppError } from '../../kernel/errors';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { actorOrg, authorize } from '../access';
import { recordAudit, recordRead } from '../audit';
import type { Environment, Problem } from '../ceb';
import { expDeclarations, expParcels, expReturns, type ExportState } from './export.table';
import { exportById, exportParcel, exportWaitingFor, rejectExport, releaseExport, type ExportDeclaration } from './flow';

export function environmentOf(caller: Caller): Environment {
  return caller.actor.type === 'apikey' ? caller.actor.environment : 'production';
}

function seesAll(caller: Caller): boolean {
  const org = actorOrg(caller.actor);
  return caller.actor.type === 'system' || org?.kind === 'zone_office' || ['customs', 'tax', 'commerce'].includes(org?.department ?? '');
}

function partyCondition(orgId: string): SQL {
  return or(eq(expDeclarations.inventoryOrgId, orgId), eq(expDeclarations.ebcOrgId, orgId), eq(expDeclarations.orderOrgId, orgId))!;
}

export type ExportSummaryView = {
  id: string;
  environment: Environment;
  ebpCode: string;
  orderNo: string;
  invtNo: string | null;
  tradeMode: string | null;
  statisticsFlag: string | null;
  state: ExportState;
  stateLabel: string;
  waitingFor: string[];
  country: string | null;
  currency: string | null;
  value: string | null;
  releasedAt: string | null;
  updatedAt: string;
};

export type ExportDetailView = ExportSummaryView & {
  logisticsCode: string | null;
  logisticsNo: string | null;
  arrivedAt: string | null;
  departedAt: string | null;
  destination: Record<string, unknown> | null;
  /** Each with its message in the reader's language, as the import side gives them. */
  problems: (Problem & { message: string })[];
  inspection: Record<string, unknown> | null;
  order: Record<string, unknown> | null;
  collection: Record<string, unknown> | null;
  inventory: Record<string, unknown> | null;
  returns: { coElNo: string; state: string; requestedAt: string; arrivedAt: string | null; taxFree: boolean | null; taxFreeReason: string | null; lines: Record<string, unknown>[] }[];
};

function summaryOf(d: ExportDeclaration, parcel: { waybill: unknown; arrivedAt: Date | null } | undefined, locale: Locale): ExportSummaryView {
  return {
    id: d.id,
    environment: d.environment as Environment,
    ebpCode: d.ebpCode,
    orderNo: d.orderNo,
    invtNo: d.invtNo,
    tradeMode: d.tradeMode,
    statisticsFlag: d.statisticsFlag,
    state: d.state,
    stateLabel: t(locale, `exp.state.${d.state}` as MessageKey),
    waitingFor: ['waiting', 'audited'].includes(d.state) ? exportWaitingFor(d, parcel) : [],
    country: d.country,
    currency: d.currency,
    value: d.value,
    releasedAt: d.releasedAt?.toISOString() ?? null,
    updatedAt: d.updatedAt.toISOString(),
  };
}

export async function listExports(
  ctx: AppContext,
  caller: Caller,
  q: { state?: ExportState; orderNo?: string; invtNo?: string; logisticsNo?: string; tradeMode?: string; limit: number; offset: number },
  locale: Locale,
): Promise<{ items: ExportSummaryView[]; nextOffset: number | null }> {
  authorize(caller.actor, 'export.read');
  const conditions: SQL[] = [eq(expDeclarations.environment, environmentOf(caller))];
  if (!seesAll(caller)) conditions.push(partyCondition(actorOrg(caller.actor)!.id));
  if (q.state) conditions.push(eq(expDeclarations.state, q.state));
  if (q.orderNo) conditions.push(eq(expDeclarations.orderNo, q.orderNo));
  if (q.invtNo) conditions.push(eq(expDeclarations.invtNo, q.invtNo));
  if (q.logisticsNo) conditions.push(eq(expDeclarations.logisticsNo, q.logisticsNo));
  if (q.tradeMode) conditions.push(eq(expDeclarations.tradeMode, q.tradeMode));
  const rows = await ctx.db
    .select({ d: expDeclarations, waybill: expParcels.waybill, arrivedAt: expParcels.arrivedAt })
    .from(expDeclarations)
    .leftJoin(expParcels, and(eq(expParcels.environment, expDeclarations.environment), eq(expParcels.logisticsCode, expDeclarations.logisticsCode), eq(expParcels.logisticsNo, expDeclarations.logisticsNo)))
    .where(and(...conditions))
    .orderBy(desc(expDeclarations.firstSeenAt), desc(expDeclarations.id))
    .limit(q.limit + 1)
    .offset(q.offset);
  const items = rows.slice(0, q.limit).map((r) => summaryOf(r.d, { waybill: r.waybill, arrivedAt: r.arrivedAt }, locale));
  await recordRead(ctx, caller, 'exp_declaration', items.map((d) => d.id), { query: { ...q } });
  return { items, nextOffset: rows.length > q.limit ? q.offset + q.limit : null };
}

async function visible(ctx: AppContext, caller: Caller, id: string): Promise<ExportDeclaration> {
  const d = await exportById(ctx.db, id);
  const org = actorOrg(caller.actor);
  const party = !!org && !!d && [d.inventoryOrgId, d.ebcOrgId, d.orderOrgId].includes(org.id);
  if (!d || d.environment !== environmentOf(caller) || (!seesAll(caller) && !party)) throw new AppError('not_found', 'exp.declaration_not_found');
  return d;
}

export async function getExport(ctx: AppContext, caller: Caller, id: string, locale: Locale): Promise<ExportDetailView> {
  authorize(caller.actor, 'export.read');
  const d = await visible(ctx, caller, id);
  const parcel = d.logisticsCode && d.logisticsNo ? await exportParcel(ctx.db, d.environment as Environment, d.logisticsCode, d.logisticsNo) : undefined;
  await recordRead(ctx, caller, 'exp_declaration', [d.id]);
  return {
    ...summaryOf(d, parcel, locale),
    logisticsCode: d.logisticsCode,
    logisticsNo: d.logisticsNo,
    arrivedAt: parcel?.arrivedAt?.toISOString() ?? null,
    departedAt: parcel?.departedAt?.toISOString() ?? null,
    destination: parcel?.destination ?? null,
    problems: (d.problems as Problem[]).map((p) => ({ ...p, message: t(locale, p.code as MessageKey, p.params ?? {}) })),
    inspection: d.inspection ?? null,
    order: d.order,
    collection: d.collection,
    inventory: d.inventory,
    returns: (await ctx.db.select().from(expReturns).where(eq(expReturns.declarationId, d.id)).orderBy(expReturns.requestedAt)).map((r) => ({
      coElNo: r.coElNo,
      state: r.state,
      requestedAt: r.requestedAt.toISOString(),
      arrivedAt: r.arrivedAt?.toISOString() ?? null,
      taxFree: r.taxFree,
      taxFreeReason: r.taxFreeReason,
      lines: r.lines,
    })),
  };
}

/** Customs records the inspection of a list drawn for it: pass releases it, reject refuses the export. */
export async function recordExportInspection(ctx: AppContext, caller: Caller, id: string, input: { result: 'pass' | 'reject'; note?: string }, locale: Locale): Promise<ExportDetailView> {
  authorize(caller.actor, 'export.decide');
  await ctx.db.transaction(async (tx) => {
    const d = await exportById(tx, id, true);
    if (!d || d.environment !== environmentOf(caller)) throw new AppError('not_found', 'exp.declaration_not_found');
    if (d.state !== 'inspection') throw new AppError('invalid_state', 'exp.state_conflict', { state: d.state });
    const inspection = { ...(d.inspection ?? {}), result: input.result, note: input.note ?? null, at: ctx.clock.now().toISOString() };
    const [withResult] = await tx.update(expDeclarations).set({ inspection }).where(eq(expDeclarations.id, d.id)).returning();
    if (input.result === 'pass') await releaseExport(tx, ctx, withResult!);
    else await rejectExport(tx, ctx, withResult!, [{ code: 'exp.inspection_rejected', path: '/CEB603Message/Inventory', params: { note: input.note ?? '' } }]);
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'export.inspection', resourceType: 'exp_declaration', resourceId: d.id, details: { ...input } });
  });
  return getExport(ctx, caller, id, locale);
}

// ---- statistics (read-only, for the zone's statistics module) ----

/** One export list as the zone statistics count it: what was declared and, once released, its value. */
export interface ExportStatisticsFact {
  id: string;
  tradeMode: string | null;
  /** Destination country (customs numeric code). */
  country: string | null;
  ebcOrgId: string | null;
  ebcCode: string | null;
  ebcName: string | null;
  acceptedAt: Date | null;
  releasedAt: Date | null;
  /** Released (800) and not refused since: released, cleared or returned afterwards. */
  released: boolean;
  /** Customs numeric currency code of the value ('142' = CNY). */
  currency: string | null;
  /** The goods value of the list's lines in its currency. */
  value: string | null;
  parcel: string | null;
  lines: { gcode: string; value: string }[];
}

/**
 * The export lists accepted or released in [from, to) (instants), for the zone statistics: a read of this module's
 * own table, no access check (the statistics module authorises its caller).
 */
export async function exportStatisticsFacts(ctx: AppContext, q: { environment: Environment; from: Date; to: Date }): Promise<ExportStatisticsFact[]> {
  const rows = await ctx.db
    .select()
    .from(expDeclarations)
    .where(and(eq(expDeclarations.environment, q.environment), or(and(gte(expDeclarations.acceptedAt, q.from), lt(expDeclarations.acceptedAt, q.to)), and(gte(expDeclarations.releasedAt, q.from), lt(expDeclarations.releasedAt, q.to)))))
    .orderBy(asc(expDeclarations.firstSeenAt), asc(expDeclarations.id));
  const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  return rows.map((d) => {
    const head = (d.inventory?.InventoryHead as Record<string, unknown> | undefined) ?? {};
    const list = (Array.isArray(d.inventory?.InventoryList) ? d.inventory.InventoryList : []) as Record<string, unknown>[];
    return {
      id: d.id,
      tradeMode: d.tradeMode,
      country: d.country,
      ebcOrgId: d.ebcOrgId,
      ebcCode: d.ebcCode,
      ebcName: text(head.ebcName) || null,
      acceptedAt: d.acceptedAt,
      releasedAt: d.releasedAt,
      released: d.releasedAt !== null && ['released', 'cleared', 'returned'].includes(d.state),
      currency: d.currency,
      value: d.value,
      parcel: d.logisticsCode && d.logisticsNo ? `${d.logisticsCode}/${d.logisticsNo}` : null,
      lines: list.map((l) => ({ gcode: text(l.gcode), value: text(l.totalPrice) || '0' })),
    };
  });
}
