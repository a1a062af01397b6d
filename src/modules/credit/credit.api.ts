/**
 * Who sees and does what with credit (issue 7 §6): an enterprise its own grade, the facts behind it and how to
 * repair; a department the grades in its scope, and the facts it is competent for; customs the levels, the
 * negative list and the repair decisions; the zone office and customs the model. Every write is audited and
 * announced in its transaction; every department read is audited.
 */
import { and, asc, desc, eq, gt, isNull, max, or } from 'drizzle-orm';
import type { AppContext, Caller } from '../../app/context';
import type { Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { zoneDayOf } from '../../kernel/zone-time';
import { actorOrg, authorize, orgInScope, orgScope, type Actor, type Department } from '../access';
import { recordAudit, recordRead } from '../audit';
import { listOrganisationsForOperator, orgById, type OrgView } from '../identity';
import { emitEvent } from '../outbox';
import { causeOf, type CauseKey } from './causes';
import { creditCustomsLevels, creditLevels, creditModels, creditNegativeList, creditRepairs } from './credit.table';
import { modelAt, recordFact, supervise, type CreditEvaluation, type ModelVersion } from './credit.service';
import { allLevels, levelByCode, levelHistory, namesJson, regimeAt, SET_BY_CUSTOMS, type CreditLevel } from './levels';
import { CreditModelSchema, type CreditModel, type FactKind } from './model';
import { applyFrom, autoRepairFrom, causeLabel, lastCaseAt, markRepaired, runNegativeListMaintenance } from './negative-list';

type Recorder = Department | 'zone_office';

/** Which department records which kind of fact (the kinds the other modules produce come only from their events). */
export const FACT_RECORDERS: Partial<Record<FactKind, readonly Recorder[]>> = {
  inspection_finding: ['customs'],
  penalty: ['customs', 'market_supervision'],
  late_tax: ['customs', 'tax'],
  complaint: ['market_supervision', 'commerce', 'zone_office'],
  quality_incident: ['market_supervision', 'customs'],
  aeo_certified: ['customs'],
  certification: ['customs', 'market_supervision', 'commerce', 'zone_office'],
};

function recorderOf(actor: Actor): Recorder | undefined {
  const org = actorOrg(actor);
  if (!org) return undefined;
  return org.kind === 'zone_office' ? 'zone_office' : (org.department ?? undefined);
}

function actorName(actor: Actor): string {
  if (actor.type === 'user') return `user:${actor.username}`;
  if (actor.type === 'apikey') return `apikey:${actor.keyId}`;
  return actor.type;
}

/** An enterprise the caller may see: its own, or (departments, zone office) one in its scope; otherwise 404. */
async function enterpriseInScope(ctx: AppContext, caller: Caller, orgId: string, db: Db = ctx.db): Promise<OrgView> {
  // Inside a transaction, pass it: the embedded database has one connection, a second would wait for ever.
  const org = await orgById(db, orgId);
  if (!org || org.kind !== 'enterprise' || !orgInScope(orgScope(caller.actor), { id: org.id, kind: org.kind, roles: org.roles, agentOrgId: org.agentOrgId })) {
    throw new AppError('not_found', 'common.not_found');
  }
  return org;
}

// ---------------------------------------------------------------- views

function kindLabel(locale: Locale, kind: string): string {
  return t(locale, `credit.kind.${kind}` as MessageKey);
}

function regimeName(locale: Locale, regime: string): string {
  return regime === 'gacc251' || regime === 'gacc282' ? t(locale, `credit.regime.${regime}`) : regime;
}

const fmt = (x: number) => (x > 0 ? `+${x}` : String(x));

export function levelView(l: CreditLevel, locale: Locale, at?: Date) {
  const day = at ? zoneDayOf(at) : undefined;
  return {
    regime: l.regime,
    regimeName: regimeName(locale, l.regime),
    levelCode: l.levelCode,
    name: l.names[locale],
    names: l.names,
    inForceFrom: l.inForceFrom,
    inForceTo: l.inForceTo,
    inForce: day ? l.inForceFrom <= day && (l.inForceTo === null || l.inForceTo >= day) : undefined,
    levelOrder: l.levelOrder,
    isAeo: l.isAeo,
    inspectionFactor: l.inspectionFactor,
    reviewFactor: l.reviewFactor,
    inspectionFloor: l.inspectionFloor,
    reviewFloor: l.reviewFloor,
    status: l.status,
    source: l.source,
  };
}

function entryView(e: typeof creditNegativeList.$inferSelect, locale: Locale) {
  return {
    id: e.id,
    orgId: e.orgId,
    cause: e.cause,
    causeKey: e.causeKey,
    causeLabel: causeLabel(locale, e.causeKey),
    start: e.start.toISOString(),
    end: e.end?.toISOString() ?? null,
    state: e.state,
    disclosed: e.disclosed,
    listedBy: e.listedBy,
    repairedAt: e.repairedAt?.toISOString() ?? null,
  };
}

function repairView(r: typeof creditRepairs.$inferSelect) {
  return {
    id: r.id,
    entryId: r.entryId,
    orgId: r.orgId,
    appliedAt: r.appliedAt.toISOString(),
    evidence: r.evidence,
    state: r.state,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    reason: r.reason,
  };
}

function explain(locale: Locale, c: CreditEvaluation['contributions'][number]): string {
  const weight = `${Math.round(c.weight * 100)}%`;
  if (c.factId === null) return t(locale, 'credit.explain.aggregate', { kind: kindLabel(locale, c.kind), month: c.reference ?? '', count: c.count, points: fmt(c.points), weight, contribution: fmt(c.contribution) });
  return t(locale, 'credit.explain.fact', { kind: kindLabel(locale, c.kind), date: zoneDayOf(new Date(c.at)), points: fmt(c.points), weight, contribution: fmt(c.contribution) });
}

/** The full credit picture of one enterprise at `at`: grade, the facts behind it, level, supervision, listings, repairs and advice. */
async function creditProfile(ctx: AppContext, org: OrgView, at: Date, locale: Locale) {
  const s = await supervise(ctx.db, ctx, org.id, at);
  const e = s.evaluation;
  const mv = await modelAt(ctx.db, at);
  const entries = await ctx.db.select().from(creditNegativeList).where(eq(creditNegativeList.orgId, org.id)).orderBy(desc(creditNegativeList.start));
  const repairs = await ctx.db.select().from(creditRepairs).where(eq(creditRepairs.orgId, org.id)).orderBy(desc(creditRepairs.appliedAt));
  const history = await levelHistory(ctx.db, org.id);
  const last = entries.some((x) => x.state === 'listed') ? await lastCaseAt(ctx.db, org.id, at, mv.model.caseKinds) : null;
  return {
    org: { id: org.id, name: org.nameZh, uscc: org.uscc, customsCode: org.customsCode },
    at: at.toISOString(),
    score: e.score,
    grade: e.grade,
    scoreGrade: e.scoreGrade,
    baseScore: e.baseScore,
    modelVersion: e.modelVersion,
    facts: e.contributions.map((c) => ({ ...c, label: kindLabel(locale, c.kind), explanation: explain(locale, c) })),
    uncountedFacts: e.uncounted,
    customsLevel: s.level
      ? {
          ...levelView(s.level.level, locale),
          basis: s.level.basis,
          decidedFrom: s.level.decision?.validFrom.toISOString() ?? null,
          decidedUnder: s.level.decision?.regime ?? null,
        }
      : null,
    supervision: {
      appliedLevel: s.applied?.levelCode ?? null,
      inspectionFactor: s.factors.inspection,
      reviewFactor: s.factors.review,
      inspectionRate: Math.min(1, ctx.config.TUMEN_INSPECTION_RATE * s.factors.inspection),
      reviewRate: Math.min(1, ctx.config.TUMEN_REVIEW_RATE * s.factors.review),
      basis: s.factors.basis,
    },
    levelHistory: history.map((h) => ({ id: h.id, regime: h.regime, levelCode: h.levelCode, validFrom: h.validFrom.toISOString(), validTo: h.validTo?.toISOString() ?? null, decidedBy: h.decidedBy, reason: h.reason })),
    negativeList: entries.map((x) => {
      const from = applyFrom(x);
      return { ...entryView(x, locale), repair: x.state === 'listed' ? { canApply: from !== null, applyFrom: from?.toISOString() ?? null, automaticFrom: last ? autoRepairFrom(last).toISOString() : null } : null };
    }),
    repairs: repairs.map(repairView),
    advice: advice(locale, mv.model, e, entries, repairs, last),
  };
}

function advice(locale: Locale, model: CreditModel, e: CreditEvaluation, entries: (typeof creditNegativeList.$inferSelect)[], repairs: (typeof creditRepairs.$inferSelect)[], last: Date | null): string[] {
  const lines: string[] = [];
  for (const x of entries.filter((y) => y.state === 'listed')) {
    const cause = causeLabel(locale, x.causeKey);
    const automatic = last ? zoneDayOf(autoRepairFrom(last)) : '';
    const pending = repairs.find((r) => r.entryId === x.id && r.state === 'applied');
    const from = applyFrom(x);
    const evidence = causeOf(x.causeKey)?.evidence;
    if (pending) lines.push(t(locale, 'credit.advice.pending', { cause, date: zoneDayOf(pending.appliedAt) }));
    else if (from && evidence) lines.push(t(locale, 'credit.advice.apply', { cause, date: zoneDayOf(from), evidence: t(locale, `credit.evidence.${evidence}`) }));
    lines.push(t(locale, 'credit.advice.automatic', { cause, date: automatic }));
  }
  if (e.listed) lines.push(t(locale, 'credit.advice.listed_grade', { grade: model.negativeListGrade }));
  const negative = new Set(e.contributions.filter((c) => c.contribution < 0).map((c) => c.kind));
  for (const kind of negative) {
    const days = model.kinds[kind as FactKind]?.halfLifeDays;
    if (days) lines.push(t(locale, 'credit.advice.fades', { kind: kindLabel(locale, kind), days }));
  }
  return lines;
}

// ---------------------------------------------------------------- reads

export async function myCredit(ctx: AppContext, caller: Caller, locale: Locale) {
  authorize(caller.actor, 'credit.own.read');
  const own = actorOrg(caller.actor)!;
  const org = await orgById(ctx.db, own.id);
  if (!org) throw new AppError('not_found', 'common.not_found');
  return creditProfile(ctx, org, ctx.clock.now(), locale);
}

export async function enterpriseCredit(ctx: AppContext, caller: Caller, orgId: string, q: { at?: string | undefined }, locale: Locale) {
  authorize(caller.actor, 'credit.enterprises.read');
  const org = await enterpriseInScope(ctx, caller, orgId);
  const profile = await creditProfile(ctx, org, q.at ? new Date(q.at) : ctx.clock.now(), locale);
  await recordRead(ctx, caller, 'credit_record', [org.id], { at: profile.at });
  return profile;
}

export async function listEnterpriseGrades(ctx: AppContext, caller: Caller, q: { grade?: string | undefined; listed?: boolean | undefined; limit: number; offset: number }, locale: Locale) {
  authorize(caller.actor, 'credit.enterprises.read');
  const scope = orgScope(caller.actor);
  const at = ctx.clock.now();
  const orgs = (await listOrganisationsForOperator(ctx.db)).filter((o) => o.kind === 'enterprise' && orgInScope(scope, { id: o.id, kind: o.kind, roles: o.roles, agentOrgId: o.agentOrgId }));
  const items = [];
  for (const o of orgs) {
    const s = await supervise(ctx.db, ctx, o.id, at);
    if (q.grade && s.evaluation.grade !== q.grade) continue;
    if (q.listed !== undefined && s.evaluation.listed !== q.listed) continue;
    items.push({
      orgId: o.id,
      name: o.nameZh,
      uscc: o.uscc,
      customsCode: o.customsCode,
      score: s.evaluation.score,
      grade: s.evaluation.grade,
      listed: s.evaluation.listed,
      customsLevel: s.level?.level.levelCode ?? null,
      customsLevelName: s.level?.level.names[locale] ?? null,
      regime: s.level?.level.regime ?? null,
      inspectionFactor: s.factors.inspection,
      reviewFactor: s.factors.review,
    });
  }
  const page = items.slice(q.offset, q.offset + q.limit);
  await recordRead(ctx, caller, 'credit_record', page.map((i) => i.orgId), { query: { ...q } });
  return { at: at.toISOString(), items: page, nextOffset: items.length > q.offset + q.limit ? q.offset + q.limit : null };
}

export async function listLevels(ctx: AppContext, caller: Caller, q: { at?: string | undefined }, locale: Locale) {
  authorize(caller.actor, 'credit.levels.read');
  const at = q.at ? new Date(q.at) : ctx.clock.now();
  const levels = await allLevels(ctx.db);
  return { at: at.toISOString(), regimeInForce: regimeAt(levels, at)?.regime ?? null, items: levels.map((l) => levelView(l, locale, at)) };
}

export async function listNegativeEntries(ctx: AppContext, caller: Caller, q: { state?: 'listed' | 'repaired' | 'expired' | undefined; orgId?: string | undefined; limit: number; offset: number }, locale: Locale) {
  authorize(caller.actor, 'credit.enterprises.read');
  const scope = orgScope(caller.actor);
  const found = await ctx.db
    .select()
    .from(creditNegativeList)
    .where(and(q.state ? eq(creditNegativeList.state, q.state) : undefined, q.orgId ? eq(creditNegativeList.orgId, q.orgId) : undefined))
    .orderBy(desc(creditNegativeList.start), asc(creditNegativeList.id));
  const visible = [];
  for (const e of found) {
    const org = await orgById(ctx.db, e.orgId);
    if (org && orgInScope(scope, { id: org.id, kind: org.kind, roles: org.roles, agentOrgId: org.agentOrgId })) visible.push({ ...entryView(e, locale), name: org.nameZh, uscc: org.uscc });
  }
  const page = visible.slice(q.offset, q.offset + q.limit);
  await recordRead(ctx, caller, 'credit_negative_entry', page.map((e) => e.id), { query: { ...q } });
  return { items: page, nextOffset: visible.length > q.offset + q.limit ? q.offset + q.limit : null };
}

export async function listRepairs(ctx: AppContext, caller: Caller, q: { state?: 'applied' | 'approved' | 'refused' | undefined; limit: number; offset: number }) {
  authorize(caller.actor, 'credit.enterprises.read');
  const scope = orgScope(caller.actor);
  const found = await ctx.db
    .select()
    .from(creditRepairs)
    .where(q.state ? eq(creditRepairs.state, q.state) : undefined)
    .orderBy(desc(creditRepairs.appliedAt));
  const visible = [];
  for (const r of found) {
    const org = await orgById(ctx.db, r.orgId);
    if (org && orgInScope(scope, { id: org.id, kind: org.kind, roles: org.roles, agentOrgId: org.agentOrgId })) visible.push({ ...repairView(r), name: org.nameZh });
  }
  const page = visible.slice(q.offset, q.offset + q.limit);
  await recordRead(ctx, caller, 'credit_repair', page.map((r) => r.id), { query: { ...q } });
  return { items: page, nextOffset: visible.length > q.offset + q.limit ? q.offset + q.limit : null };
}

function modelView(m: ModelVersion) {
  return { version: m.version, effectiveFrom: m.effectiveFrom.toISOString(), model: m.model, createdBy: m.createdBy, createdAt: m.createdAt.toISOString() };
}

export async function listModels(ctx: AppContext, caller: Caller) {
  authorize(caller.actor, 'credit.enterprises.read');
  const stored = await ctx.db.select().from(creditModels).orderBy(asc(creditModels.version));
  const inForce = await modelAt(ctx.db, ctx.clock.now());
  return {
    inForce: inForce.version,
    items: stored.map((r) => modelView({ version: r.version, effectiveFrom: r.effectiveFrom, model: CreditModelSchema.parse(r.model), createdBy: r.createdBy, createdAt: r.createdAt })),
  };
}

// ---------------------------------------------------------------- writes

export async function addFact(ctx: AppContext, caller: Caller, input: { orgId: string; kind: FactKind; at?: string | undefined; reference?: string | undefined; note?: string | undefined; disclosable?: boolean | undefined }) {
  authorize(caller.actor, 'credit.facts.record');
  const recorder = recorderOf(caller.actor);
  const allowed = FACT_RECORDERS[input.kind];
  if (caller.actor.type !== 'system' && (!recorder || !allowed?.includes(recorder))) throw new AppError('forbidden', 'credit.fact_kind_not_competent', { kind: input.kind });
  const org = await enterpriseInScope(ctx, caller, input.orgId);
  const now = ctx.clock.now();
  const at = input.at ? new Date(input.at) : now;
  if (at.getTime() > now.getTime()) throw new AppError('invalid', 'credit.fact_in_future');
  return ctx.db.transaction(async (tx) => {
    const source = `${recorder ?? 'system'}:${actorName(caller.actor)}`;
    const details = input.note ? { note: input.note } : {};
    const id = await recordFact(tx, ctx, { orgId: org.id, kind: input.kind, at, source, reference: input.reference ?? null, details, disclosable: input.disclosable ?? false });
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'credit.fact.recorded', resourceType: 'credit_fact', resourceId: id, details: { orgId: org.id, kind: input.kind, at: at.toISOString(), reference: input.reference ?? null } });
    await emitEvent(tx, ctx, { topic: 'credit.fact.recorded', aggregateType: 'credit_fact', aggregateId: id, partyOrgIds: [org.id], payload: { orgId: org.id, kind: input.kind, at: at.toISOString(), source } });
    return { id, orgId: org.id, kind: input.kind, at: at.toISOString(), source, reference: input.reference ?? null, disclosable: input.disclosable ?? false };
  });
}

export async function editLevel(
  ctx: AppContext,
  caller: Caller,
  key: { regime: string; levelCode: string },
  input: { inspectionFactor: number; reviewFactor: number; inspectionFloor: number | null; reviewFloor: number | null; names?: Partial<Record<Locale, string>> | undefined; note?: string | undefined },
  locale: Locale,
) {
  authorize(caller.actor, 'credit.levels.manage');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(creditLevels).where(and(eq(creditLevels.regime, key.regime), eq(creditLevels.levelCode, key.levelCode))).for('update');
    if (!row) throw new AppError('not_found', 'credit.level_unknown', { regime: key.regime, level: key.levelCode });
    const before = await levelByCode(tx, key.regime, key.levelCode);
    const names = { ...before!.names, ...(input.names ?? {}) };
    const source = `${row.source}; ${SET_BY_CUSTOMS} ${zoneDayOf(ctx.clock.now())}${input.note ? ` (${input.note})` : ''}`.slice(0, 2000);
    await tx
      .update(creditLevels)
      .set({ inspectionFactor: String(input.inspectionFactor), reviewFactor: String(input.reviewFactor), names: namesJson(names, { inspection: input.inspectionFloor, review: input.reviewFloor }), status: SET_BY_CUSTOMS, source })
      .where(and(eq(creditLevels.regime, key.regime), eq(creditLevels.levelCode, key.levelCode)));
    const after = (await levelByCode(tx, key.regime, key.levelCode))!;
    const pick = (l: CreditLevel) => ({ inspectionFactor: l.inspectionFactor, reviewFactor: l.reviewFactor, inspectionFloor: l.inspectionFloor, reviewFloor: l.reviewFloor, status: l.status });
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'credit.level.edited', resourceType: 'credit_level', resourceId: `${key.regime}/${key.levelCode}`, details: { before: pick(before!), after: pick(after), note: input.note ?? null } });
    await emitEvent(tx, ctx, { topic: 'credit.level.edited', aggregateType: 'credit_level', aggregateId: `${key.regime}/${key.levelCode}`, partyOrgIds: [], payload: { ...key, ...pick(after) } });
    return levelView(after, locale, ctx.clock.now());
  });
}

export async function decideLevel(ctx: AppContext, caller: Caller, orgId: string, input: { levelCode: string; regime?: string | undefined; validFrom?: string | undefined; reason?: string | undefined }, locale: Locale) {
  authorize(caller.actor, 'credit.levels.manage');
  const org = await enterpriseInScope(ctx, caller, orgId);
  const validFrom = input.validFrom ? new Date(input.validFrom) : ctx.clock.now();
  const levels = await allLevels(ctx.db);
  const regime = input.regime ?? regimeAt(levels, validFrom)?.regime;
  const level = levels.find((l) => l.regime === regime && l.levelCode === input.levelCode);
  if (!regime || !level) throw new AppError('invalid', 'credit.level_unknown', { regime: regime ?? '', level: input.levelCode });
  const day = zoneDayOf(validFrom);
  if (level.inForceFrom > day || (level.inForceTo !== null && level.inForceTo < day)) throw new AppError('invalid', 'credit.level_not_in_force', { regime: regimeName(locale, regime), date: day });
  return ctx.db.transaction(async (tx) => {
    const [latest] = await tx.select({ at: max(creditCustomsLevels.validFrom) }).from(creditCustomsLevels).where(eq(creditCustomsLevels.orgId, org.id));
    if (latest?.at && new Date(latest.at).getTime() > validFrom.getTime()) throw new AppError('conflict', 'credit.level_history_order', { date: new Date(latest.at).toISOString() });
    await tx
      .update(creditCustomsLevels)
      .set({ validTo: validFrom })
      .where(and(eq(creditCustomsLevels.orgId, org.id), or(isNull(creditCustomsLevels.validTo), gt(creditCustomsLevels.validTo, validFrom))));
    const id = ctx.newId();
    const decidedBy = actorName(caller.actor);
    await tx.insert(creditCustomsLevels).values({ id, orgId: org.id, regime, levelCode: level.levelCode, validFrom, validTo: null, decidedBy, reason: input.reason ?? null });
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'credit.level.decided', resourceType: 'credit_customs_level', resourceId: id, details: { orgId: org.id, regime, levelCode: level.levelCode, validFrom: validFrom.toISOString(), reason: input.reason ?? null } });
    await emitEvent(tx, ctx, { topic: 'credit.level.decided', aggregateType: 'credit_customs_level', aggregateId: id, partyOrgIds: [org.id], payload: { orgId: org.id, regime, levelCode: level.levelCode, validFrom: validFrom.toISOString() } });
    return { id, orgId: org.id, regime, levelCode: level.levelCode, name: level.names[locale], validFrom: validFrom.toISOString(), decidedBy, reason: input.reason ?? null };
  });
}

export async function listEnterprise(ctx: AppContext, caller: Caller, input: { orgId: string; cause: string; causeKey: CauseKey; start?: string | undefined; end?: string | undefined; disclosed?: boolean | undefined }, locale: Locale) {
  authorize(caller.actor, 'credit.negative_list.manage');
  const org = await enterpriseInScope(ctx, caller, input.orgId);
  const start = input.start ? new Date(input.start) : ctx.clock.now();
  const end = input.end ? new Date(input.end) : null;
  if (end && end.getTime() <= start.getTime()) throw new AppError('invalid', 'credit.entry_end_before_start');
  return ctx.db.transaction(async (tx) => {
    const id = ctx.newId();
    const row = { id, orgId: org.id, cause: input.cause, causeKey: input.causeKey, start, end, state: 'listed' as const, disclosed: input.disclosed ?? true, listedBy: actorName(caller.actor), repairedAt: null };
    await tx.insert(creditNegativeList).values(row);
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'credit.negative_list.listed', resourceType: 'credit_negative_entry', resourceId: id, details: { orgId: org.id, causeKey: input.causeKey, start: start.toISOString(), end: end?.toISOString() ?? null, disclosed: row.disclosed } });
    await emitEvent(tx, ctx, { topic: 'credit.negative_list.listed', aggregateType: 'credit_negative_entry', aggregateId: id, partyOrgIds: [org.id], payload: { orgId: org.id, causeKey: input.causeKey, start: start.toISOString(), end: end?.toISOString() ?? null, disclosed: row.disclosed } });
    return entryView(row, locale);
  });
}

export async function applyForRepair(ctx: AppContext, caller: Caller, entryId: string, input: { statement: string; documents: { name: string; reference: string }[] }) {
  authorize(caller.actor, 'credit.repairs.apply');
  const own = actorOrg(caller.actor)!;
  return ctx.db.transaction(async (tx) => {
    const [entry] = await tx.select().from(creditNegativeList).where(eq(creditNegativeList.id, entryId)).for('update');
    if (!entry || entry.orgId !== own.id) throw new AppError('not_found', 'common.not_found');
    const now = ctx.clock.now();
    if (entry.state !== 'listed' || (entry.end && entry.end.getTime() <= now.getTime())) throw new AppError('invalid_state', 'credit.entry_not_listed');
    const from = applyFrom(entry);
    if (!from) throw new AppError('invalid_state', 'credit.repair_automatic_only');
    if (from.getTime() > now.getTime()) throw new AppError('invalid_state', 'credit.repair_too_early', { date: zoneDayOf(from) });
    const [pending] = await tx.select({ id: creditRepairs.id }).from(creditRepairs).where(and(eq(creditRepairs.entryId, entry.id), eq(creditRepairs.state, 'applied')));
    if (pending) throw new AppError('conflict', 'credit.repair_pending');
    const id = ctx.newId();
    const row = { id, entryId: entry.id, orgId: entry.orgId, appliedAt: now, evidence: { route: 'application', ...input }, state: 'applied' as const, decidedBy: null, decidedAt: null, reason: null };
    await tx.insert(creditRepairs).values(row);
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'credit.repair.applied', resourceType: 'credit_repair', resourceId: id, details: { entryId: entry.id, documents: input.documents.length } });
    await emitEvent(tx, ctx, { topic: 'credit.repair.applied', aggregateType: 'credit_repair', aggregateId: id, partyOrgIds: [entry.orgId], payload: { entryId: entry.id, orgId: entry.orgId } });
    return repairView(row);
  });
}

export async function decideRepair(ctx: AppContext, caller: Caller, repairId: string, input: { decision: 'approve' | 'refuse'; reason?: string | undefined }) {
  authorize(caller.actor, 'credit.negative_list.manage');
  return ctx.db.transaction(async (tx) => {
    const [repair] = await tx.select().from(creditRepairs).where(eq(creditRepairs.id, repairId)).for('update');
    if (!repair) throw new AppError('not_found', 'common.not_found');
    await enterpriseInScope(ctx, caller, repair.orgId, tx);
    if (repair.state !== 'applied') throw new AppError('invalid_state', 'credit.repair_decided');
    const [entry] = await tx.select().from(creditNegativeList).where(eq(creditNegativeList.id, repair.entryId)).for('update');
    if (input.decision === 'approve' && entry?.state !== 'listed') throw new AppError('invalid_state', 'credit.entry_not_listed');
    const now = ctx.clock.now();
    const state = input.decision === 'approve' ? ('approved' as const) : ('refused' as const);
    const decidedBy = actorName(caller.actor);
    await tx.update(creditRepairs).set({ state, decidedBy, decidedAt: now, reason: input.reason ?? null }).where(eq(creditRepairs.id, repair.id));
    if (state === 'approved') await markRepaired(tx, ctx, entry!, { route: 'application', repairId: repair.id });
    else await emitEvent(tx, ctx, { topic: 'credit.repair.refused', aggregateType: 'credit_repair', aggregateId: repair.id, partyOrgIds: [repair.orgId], payload: { entryId: repair.entryId, orgId: repair.orgId, reason: input.reason ?? null } });
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: `credit.repair.${state}`, resourceType: 'credit_repair', resourceId: repair.id, details: { entryId: repair.entryId, orgId: repair.orgId, reason: input.reason ?? null } });
    return repairView({ ...repair, state, decidedBy, decidedAt: now, reason: input.reason ?? null });
  });
}

export async function runMaintenance(ctx: AppContext, caller: Caller) {
  authorize(caller.actor, 'credit.negative_list.manage');
  const done = await runNegativeListMaintenance(ctx);
  await ctx.db.transaction((tx) => recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'credit.negative_list.maintenance', resourceType: 'credit_negative_list', resourceId: null, details: { repaired: done.repaired.length, expired: done.expired.length } }));
  return done;
}

export async function addModel(ctx: AppContext, caller: Caller, input: { effectiveFrom: string; model: CreditModel }) {
  authorize(caller.actor, 'credit.models.manage');
  const effectiveFrom = new Date(input.effectiveFrom);
  if (effectiveFrom.getTime() < ctx.clock.now().getTime()) throw new AppError('invalid', 'credit.model_effective_past');
  return ctx.db.transaction(async (tx) => {
    const [top] = await tx.select({ v: max(creditModels.version) }).from(creditModels);
    const version = Math.max(1, top?.v ?? 1) + 1;
    const createdAt = ctx.clock.now();
    const createdBy = actorName(caller.actor);
    await tx.insert(creditModels).values({ version, effectiveFrom, model: input.model as unknown as Record<string, unknown>, createdBy, createdAt });
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'credit.model.added', resourceType: 'credit_model', resourceId: String(version), details: { effectiveFrom: effectiveFrom.toISOString(), model: input.model } });
    await emitEvent(tx, ctx, { topic: 'credit.model.added', aggregateType: 'credit_model', aggregateId: String(version), partyOrgIds: [], payload: { version, effectiveFrom: effectiveFrom.toISOString() } });
    return modelView({ version, effectiveFrom, model: input.model, createdBy, createdAt });
  });
}

