/**
 * The negative list (失信名单) with credit repair (信用修复) and orderly public disclosure: customs lists an
 * enterprise with a cause, a start and an optional end; the enterprise applies for repair with evidence and the
 * department decides; customs repairs by itself after two consecutive years without a case (a function a worker
 * calls); the public sees only what is disclosed and still stands.
 */
import { and, asc, desc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../app/context';
import type { Db } from '../../db/database';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { SYSTEM } from '../access';
import { recordAudit } from '../audit';
import { orgById } from '../identity';
import { emitEvent } from '../outbox';
import { addMonths, AUTO_REPAIR_YEARS, causeOf } from './causes';
import { creditFacts, creditNegativeList, creditRepairs } from './credit.table';
import { modelAt } from './credit.service';

export type Repair = typeof creditRepairs.$inferSelect;

/** The date from which the enterprise may apply, or null when only the automatic route repairs the cause. */
export function applyFrom(entry: { causeKey: string; start: Date }): Date | null {
  const cause = causeOf(entry.causeKey);
  if (!cause || cause.serious || cause.applyAfterMonths === null) return null;
  return addMonths(entry.start, cause.applyAfterMonths);
}

/** The latest case of an enterprise up to `at`: a listing, or a fact of a kind the model counts as a case. */
export async function lastCaseAt(db: Db, orgId: string, at: Date, caseKinds: readonly string[]): Promise<Date | null> {
  const [listing] = await db
    .select({ at: creditNegativeList.start })
    .from(creditNegativeList)
    .where(and(eq(creditNegativeList.orgId, orgId), lte(creditNegativeList.start, at)))
    .orderBy(desc(creditNegativeList.start))
    .limit(1);
  const [fact] = caseKinds.length
    ? await db
        .select({ at: creditFacts.at })
        .from(creditFacts)
        .where(and(eq(creditFacts.orgId, orgId), inArray(creditFacts.kind, [...caseKinds]), lte(creditFacts.at, at)))
        .orderBy(desc(creditFacts.at))
        .limit(1)
    : [];
  const times = [listing?.at, fact?.at].filter((x): x is Date => !!x).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** When the automatic route repairs the enterprise's listings, given its last case. */
export function autoRepairFrom(lastCase: Date): Date {
  return addMonths(lastCase, AUTO_REPAIR_YEARS * 12);
}

/** Marks an entry repaired, with its repair record, audit and event, in the caller's transaction. */
export async function markRepaired(tx: Db, ctx: Pick<AppContext, 'clock' | 'newId'>, entry: typeof creditNegativeList.$inferSelect, how: { route: 'application' | 'automatic'; repairId?: string; details?: Record<string, unknown> }): Promise<void> {
  const now = ctx.clock.now();
  await tx.update(creditNegativeList).set({ state: 'repaired', repairedAt: now }).where(eq(creditNegativeList.id, entry.id));
  await emitEvent(tx, ctx, {
    topic: 'credit.negative_list.repaired',
    aggregateType: 'credit_negative_entry',
    aggregateId: entry.id,
    partyOrgIds: [entry.orgId],
    payload: { orgId: entry.orgId, causeKey: entry.causeKey, route: how.route, repairId: how.repairId ?? null, ...(how.details ?? {}) },
  });
}

/**
 * The worker's pass over the list at `at`: entries whose end has come are marked expired; listings of an enterprise
 * with two consecutive years without a case (no listing, no fact of the model's case kinds) are repaired by
 * customs' automatic route, each with an approved repair record. Idempotent.
 */
export async function runNegativeListMaintenance(ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>, at: Date = ctx.clock.now()): Promise<{ repaired: string[]; expired: string[] }> {
  const repaired: string[] = [];
  const expired: string[] = [];
  const listed = await ctx.db.select().from(creditNegativeList).where(eq(creditNegativeList.state, 'listed')).orderBy(asc(creditNegativeList.start));
  const { model } = await modelAt(ctx.db, at);
  for (const entry of listed) {
    await ctx.db.transaction(async (tx) => {
      const [fresh] = await tx.select().from(creditNegativeList).where(eq(creditNegativeList.id, entry.id)).for('update');
      if (!fresh || fresh.state !== 'listed') return;
      if (fresh.end && fresh.end.getTime() <= at.getTime()) {
        await tx.update(creditNegativeList).set({ state: 'expired' }).where(eq(creditNegativeList.id, fresh.id));
        await recordAudit(tx, ctx, { actor: SYSTEM, requestId: 'credit-maintenance', chainOrgId: fresh.orgId, action: 'credit.negative_list.expired', resourceType: 'credit_negative_entry', resourceId: fresh.id, details: { end: fresh.end.toISOString() } });
        expired.push(fresh.id);
        return;
      }
      const last = await lastCaseAt(tx, fresh.orgId, at, model.caseKinds);
      if (!last || autoRepairFrom(last).getTime() > at.getTime()) return;
      const repairId = ctx.newId();
      await tx.insert(creditRepairs).values({
        id: repairId,
        entryId: fresh.id,
        orgId: fresh.orgId,
        appliedAt: at,
        evidence: { route: 'automatic', lastCaseAt: last.toISOString(), years: AUTO_REPAIR_YEARS },
        state: 'approved',
        decidedBy: 'system:automatic',
        decidedAt: at,
        reason: 'credit.repair_route.automatic',
      });
      await markRepaired(tx, ctx, fresh, { route: 'automatic', repairId, details: { lastCaseAt: last.toISOString() } });
      await recordAudit(tx, ctx, { actor: SYSTEM, requestId: 'credit-maintenance', chainOrgId: fresh.orgId, action: 'credit.negative_list.repaired', resourceType: 'credit_negative_entry', resourceId: fresh.id, details: { route: 'automatic', lastCaseAt: last.toISOString(), repairId } });
      repaired.push(fresh.id);
    });
  }
  return { repaired, expired };
}

export interface PublicEntry {
  name: string;
  code: string;
  cause: string;
  start: string;
  end: string | null;
}

/** What the public sees: disclosed entries standing now — the enterprise's name and code, the cause, start and end; nothing else. */
export async function publicNegativeList(ctx: Pick<AppContext, 'db' | 'clock'>, q: { limit: number; offset: number }, locale: Locale): Promise<{ items: PublicEntry[]; nextOffset: number | null }> {
  const now = ctx.clock.now().toISOString();
  const found = await ctx.db
    .select()
    .from(creditNegativeList)
    .where(
      and(
        eq(creditNegativeList.state, 'listed'),
        eq(creditNegativeList.disclosed, true),
        sql`${creditNegativeList.start} <= ${now}::timestamptz`,
        or(sql`${creditNegativeList.end} is null`, sql`${creditNegativeList.end} > ${now}::timestamptz`),
      ),
    )
    .orderBy(desc(creditNegativeList.start), asc(creditNegativeList.id))
    .limit(q.limit + 1)
    .offset(q.offset);
  const items: PublicEntry[] = [];
  for (const e of found.slice(0, q.limit)) {
    const org = await orgById(ctx.db, e.orgId);
    if (!org) continue;
    items.push({ name: org.nameZh, code: org.uscc, cause: `${causeLabel(locale, e.causeKey)}: ${e.cause}`, start: e.start.toISOString(), end: e.end?.toISOString() ?? null });
  }
  return { items, nextOffset: found.length > q.limit ? q.offset + q.limit : null };
}

export function causeLabel(locale: Locale, causeKey: string): string {
  return causeOf(causeKey) ? t(locale, `credit.cause.${causeKey}` as MessageKey) : causeKey;
}
