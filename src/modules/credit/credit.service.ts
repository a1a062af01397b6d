/**
 * The credit record ("one database, three systems", plan 二.三.4): facts of every module per enterprise, the
 * evaluation over them, and classified supervision — the supervision port of import and export clearance.
 */
import { and, desc, eq, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext, Ports } from '../../app/context';
import { rows, type Db } from '../../db/database';
import { deferWrite } from '../../db/scope';
import { insertRow } from '../../db/statements';
import { zoneDayOf, zoneDayStart } from '../../kernel/zone-time';
import { setSupervisionPort, type SupervisionFactors, type SupervisionPort } from '../clearance';
import { orgByCode, orgById } from '../identity';
import { onEvent, type DomainEvent } from '../outbox';
import { causeOf } from './causes';
import { creditFactDays, creditFacts, creditModels, creditNegativeList } from './credit.table';
import { allLevels, DEFAULT_LEVEL, decidedLevelAt, levelInForce, regimeAt, type CreditLevel, type LevelInForce } from './levels';
import { CreditModelSchema, DEFAULT_MODEL, FACT_KINDS, scoreFacts, type CreditModel, type Evaluation, type FactKind, type ScoredFact } from './model';

type FactPorts = Pick<Ports, 'clock' | 'newId'>;
type Event = DomainEvent & { id: string; occurredAt: Date };

// ---------------------------------------------------------------- facts

export interface FactInput {
  orgId: string;
  kind: FactKind;
  at: Date;
  source: string;
  reference?: string | null;
  details?: Record<string, unknown>;
  disclosable?: boolean;
}

export async function recordFact(tx: Db, ports: FactPorts, f: FactInput): Promise<string> {
  const id = ports.newId();
  await insertRow(tx, creditFacts, { id, orgId: f.orgId, at: f.at, kind: f.kind, source: f.source, reference: f.reference ?? null, details: f.details ?? {}, disclosable: f.disclosable ?? false });
  // The day's row is shared by every fact of the enterprise that day (each of a platform's releases): in a
  // submission's transaction it is written just before commit, so that its lock is held that long only.
  const day = zoneDayOf(f.at);
  const x = (f.at.getTime() - zoneDayStart(day).getTime()) / 1000;
  await deferWrite(tx, async (t) => {
    await t
      .insert(creditFactDays)
      .values({ orgId: f.orgId, kind: f.kind, day, n: 1, first: f.at, last: f.at, sx: x, sx2: x * x })
      .onConflictDoUpdate({
        target: [creditFactDays.orgId, creditFactDays.kind, creditFactDays.day],
        set: {
          n: sql`${creditFactDays.n} + 1`,
          first: sql`least(${creditFactDays.first}, excluded.first)`,
          last: sql`greatest(${creditFactDays.last}, excluded.last)`,
          sx: sql`${creditFactDays.sx} + excluded.sx`,
          sx2: sql`${creditFactDays.sx2} + excluded.sx2`,
        },
      });
  });
  return id;
}

const IMPORT_FACTS: Record<string, FactKind> = {
  rejected: 'declaration_rejected',
  seized: 'goods_seized',
  shipped_back: 'goods_shipped_back',
  returned: 'consumer_return',
  released: 'clean_release',
};
const EXPORT_FACTS: Record<string, FactKind> = { rejected: 'export_rejected', returned: 'export_returned', released: 'clean_release' };

const ROLE_TTL_MS = 5 * 60_000;
const roleCache = new Map<string, { roles: readonly string[]; until: number }>();

async function rolesOf(tx: Db, orgId: string): Promise<readonly string[]> {
  const now = Date.now();
  const hit = roleCache.get(orgId);
  if (hit && hit.until > now) return hit.roles;
  const org = await orgById(tx, orgId);
  const roles = org?.roles ?? [];
  if (roleCache.size > 10_000) roleCache.clear();
  roleCache.set(orgId, { roles, until: now + ROLE_TTL_MS });
  return roles;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The seller (e-commerce enterprise) of a declaration event: named by the event when it says (`ebcOrgId`,
 * `ebcCode`), else the one party to it with an e-commerce enterprise role — the platform set aside when the
 * seller is another enterprise. Undecidable (two candidate sellers): none, rather than charge the wrong one.
 */
export async function sellerOf(tx: Db, e: Pick<DomainEvent, 'partyOrgIds' | 'payload'>): Promise<string | null> {
  const given = text(e.payload.ebcOrgId);
  if (given) return given;
  const code = text(e.payload.ebcCode);
  if (code) {
    const org = await orgByCode(tx, code);
    if (org) return org.id;
  }
  const candidates: string[] = [];
  for (const id of e.partyOrgIds) {
    const roles = await rolesOf(tx, id);
    if (roles.includes('ebc') || roles.includes('overseas_ebc')) candidates.push(id);
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  const ebpCode = text(e.payload.ebpCode);
  const platform = ebpCode ? await orgByCode(tx, ebpCode) : undefined;
  const others = candidates.filter((id) => id !== platform?.id);
  return others.length === 1 ? others[0]! : null;
}

async function declarationOutcome(tx: Db, ports: FactPorts, e: Event, prefix: string, kinds: Record<string, FactKind>, source: string): Promise<void> {
  const state = e.topic.slice(prefix.length);
  const kind = kinds[state];
  if (!kind) return;
  const orgId = await sellerOf(tx, e);
  if (!orgId) return;
  const details: Record<string, unknown> = { topic: e.topic, eventId: e.id, from: e.payload.from ?? null, orderNo: e.payload.orderNo ?? null, invtNo: e.payload.invtNo ?? null };
  if (e.payload.status) details.status = e.payload.status;
  await recordFact(tx, ports, { orgId, kind, at: e.occurredAt, source, reference: e.aggregateId, details });
}

const FILING_SUSPENDED = /^registry\.(enterprise|product)_filing\.suspended$/;

async function filingSuspended(tx: Db, ports: FactPorts, e: Event): Promise<void> {
  if (!FILING_SUSPENDED.test(e.topic)) return;
  const orgId = text(e.payload.orgId) || e.partyOrgIds[0];
  if (!orgId) return;
  await recordFact(tx, ports, { orgId, kind: 'filing_suspended', at: e.occurredAt, source: 'registry', reference: text(e.payload.filingId) || e.aggregateId, details: { topic: e.topic, eventId: e.id, reason: e.payload.reason ?? null } });
}

// ---------------------------------------------------------------- the model

export interface ModelVersion {
  version: number;
  effectiveFrom: Date;
  model: CreditModel;
  createdBy: string;
  createdAt: Date;
}

/** The model version in force at `at`: the latest whose effective time has come (version 1, the default, when none is stored). */
export async function modelAt(db: Db, at: Date): Promise<ModelVersion> {
  const [r] = await db.select().from(creditModels).where(lte(creditModels.effectiveFrom, at)).orderBy(desc(creditModels.effectiveFrom), desc(creditModels.version)).limit(1);
  if (!r) return { version: 1, effectiveFrom: new Date('2021-11-01T00:00:00+08:00'), model: DEFAULT_MODEL, createdBy: 'system', createdAt: new Date(0) };
  return { version: r.version, effectiveFrom: r.effectiveFrom, model: CreditModelSchema.parse(r.model), createdBy: r.createdBy, createdAt: r.createdAt };
}

/** Stores the default model as version 1 when no model is stored yet (idempotent). */
export async function ensureDefaultModel(db: Db, at: Date): Promise<void> {
  await db
    .insert(creditModels)
    .values({ version: 1, effectiveFrom: new Date('2021-11-01T00:00:00+08:00'), model: DEFAULT_MODEL as unknown as Record<string, unknown>, createdBy: 'system', createdAt: at })
    .onConflictDoNothing();
}

// ---------------------------------------------------------------- the negative list (what supervision needs of it)

export type NegativeEntry = typeof creditNegativeList.$inferSelect;

/** Entries standing at `at`: listed then (an entry repaired later still stood before its repair), started and not ended. */
export async function activeEntries(db: Db, orgId: string, at: Date): Promise<NegativeEntry[]> {
  return db
    .select()
    .from(creditNegativeList)
    .where(
      and(
        eq(creditNegativeList.orgId, orgId),
        lte(creditNegativeList.start, at),
        or(sql`${creditNegativeList.end} is null`, sql`${creditNegativeList.end} > ${at.toISOString()}::timestamptz`),
        or(eq(creditNegativeList.state, 'listed'), and(eq(creditNegativeList.state, 'repaired'), sql`${creditNegativeList.repairedAt} > ${at.toISOString()}::timestamptz`)),
      ),
    )
    .orderBy(desc(creditNegativeList.start));
}

// ---------------------------------------------------------------- evaluation

export interface CreditEvaluation extends Evaluation {
  orgId: string;
  at: string;
  modelVersion: number;
  negativeEntries: string[];
}

const DAY_MS = 86_400_000;

/** Below this half-life a kind's facts are faded one by one from the facts themselves, not from the day sums. */
const MIN_SUMMED_HALF_LIFE_DAYS = 30;

/**
 * One row per calendar month (zone time) of the facts of `kind` in [horizon, at]: their count, the first, and the
 * sum of each fact's fading at `at` (`halfLifeDays` null: no fading, the count).
 *
 * Each day comes from its day row: a fact x seconds into a day that began at s fades by 0.5^((at − s)/h) × e^(a·x)
 * with a = ln 2 / h, and the day's Σ e^(a·x) is taken as n + a·Σx + a²/2·Σx², short of the exact sum by less than
 * (a·x)³/6 per fact (under 1e-8 of it at the default half-life of 180 days). The facts of a day that fall outside
 * [horizon, at] — before the horizon on its first day, dated after `at` on the last — are read and taken off
 * the row's sums, each range by its index. A half-life under 30 days is faded fact by fact over the whole window.
 */
async function monthsOf(db: Db, orgId: string, kind: string, horizon: Date, at: Date, halfLifeDays: number | null): Promise<{ month: string; n: number; first: Date; decay: number }[]> {
  const h = halfLifeDays === null ? null : halfLifeDays * 86_400;
  const atIso = at.toISOString();
  const horizonIso = horizon.toISOString();
  type Month = { month: string; n: string | number; first: string | Date; decay: string | number };
  let result: Month[];
  if (h !== null && halfLifeDays! < MIN_SUMMED_HALF_LIFE_DAYS) {
    result = await rows<Month>(
      db,
      sql`select to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*) as n, min(at) as first,
            sum(power(0.5::float8, extract(epoch from (${atIso}::timestamptz - at))::float8 / ${h}::float8)) as decay
          from ${creditFacts} where org_id = ${orgId} and kind = ${kind} and at >= ${horizonIso}::timestamptz and at <= ${atIso}::timestamptz
          group by 1 order by 1`,
    );
  } else {
    const decay =
      h === null
        ? sql`n::float8`
        : sql`power(0.5::float8, extract(epoch from (${atIso}::timestamptz - s))::float8 / ${h}::float8) * (n + (ln(2::float8) / ${h}::float8) * sx + power(ln(2::float8) / ${h}::float8, 2) / 2 * sx2)`;
    const facts = (from: SQL, to: SQL) => sql`select extract(epoch from (c.at - d.s))::float8 as x from ${creditFacts} c where c.org_id = ${orgId} and c.kind = ${kind} and c.at >= ${from} and c.at < ${to}`;
    result = await rows<Month>(
      db,
      sql`with d as materialized (
            select day, n, first, last, sx, sx2, (day::timestamp at time zone 'Asia/Shanghai') as s
            from ${creditFactDays}
            where org_id = ${orgId} and kind = ${kind} and day >= ${zoneDayOf(horizon)}::date and day <= ${zoneDayOf(at)}::date
          ),
          days as (
            select d.day, d.s, d.n - coalesce(e.n, 0) as n, d.sx - coalesce(e.sx, 0) as sx, d.sx2 - coalesce(e.sx2, 0) as sx2,
              case when d.first >= ${horizonIso}::timestamptz then d.first
                   else (select min(c.at) from ${creditFacts} c where c.org_id = ${orgId} and c.kind = ${kind} and c.at >= ${horizonIso}::timestamptz and c.at < d.s + interval '1 day') end as first
            from d left join lateral (
              select count(*) as n, sum(x) as sx, sum(x * x) as sx2 from (
                ${facts(sql`d.s`, sql`${horizonIso}::timestamptz`)} and d.first < ${horizonIso}::timestamptz
                union all
                ${facts(sql`${atIso}::timestamptz + interval '1 microsecond'`, sql`d.s + interval '1 day'`)} and d.last > ${atIso}::timestamptz
              ) outside
            ) e on d.first < ${horizonIso}::timestamptz or d.last > ${atIso}::timestamptz
          )
          select to_char(day, 'YYYY-MM') as month, sum(n) as n, min(first) as first, sum(${decay}) as decay
          from days where n > 0 group by 1 order by 1`,
    );
  }
  return result.map((m) => ({ month: m.month, n: Number(m.n), first: new Date(m.first), decay: Number(m.decay) }));
}

/** Score and grade of an enterprise at `at`, with every fact that moved it and by how much. */
export async function evaluate(db: Db, orgId: string, at: Date, known?: { model?: ModelVersion; entries?: NegativeEntry[] }): Promise<CreditEvaluation> {
  const mv = known?.model ?? (await modelAt(db, at));
  const model = mv.model;
  const horizon = new Date(at.getTime() - model.horizonDays * DAY_MS);
  const kinds = Object.entries(model.kinds) as [FactKind, NonNullable<CreditModel['kinds'][FactKind]>][];
  const aggregated = kinds.filter(([, r]) => r.aggregate === 'month');
  const lasting = kinds.filter(([, r]) => r.halfLifeDays === null && !r.aggregate).map(([k]) => k);
  // Facts counted one by one, kind by kind (each its own index range, never a pass over every release): the
  // model's kinds not counted per month, and any other kind the enterprise's day rows show (counted as
  // uncounted; a fact of such a kind recorded earlier in the same transaction shows from its commit).
  const singleKinds = kinds.filter(([, r]) => r.aggregate !== 'month').map(([k]) => k as string);
  const modelKinds = kinds.map(([k]) => k as string);
  const pgArray = (xs: readonly string[]) => `{${xs.join(',')}}`;
  const single = await rows<{ id: string; kind: string; at: string | Date; source: string; reference: string | null }>(
    db,
    sql`select f.id, f.kind, f.at, f.source, f.reference
        from (select unnest(${pgArray(singleKinds)}::text[]) as kind
              union select distinct kind from ${creditFactDays} where org_id = ${orgId} and kind <> all(${pgArray(modelKinds)}::text[])) k,
        lateral (
          select c.id, c.kind, c.at, c.source, c.reference from ${creditFacts} c
          where c.org_id = ${orgId} and c.kind = k.kind and c.at <= ${at.toISOString()}::timestamptz
            and (c.at >= ${horizon.toISOString()}::timestamptz or c.kind = any(${pgArray(lasting)}::text[]))
          offset 0
        ) f`,
  );
  const facts: ScoredFact[] = single.map((f) => ({ id: f.id, kind: f.kind, at: new Date(f.at), source: f.source, reference: f.reference, count: 1 }));
  for (const [kind, rule] of aggregated) {
    for (const m of await monthsOf(db, orgId, kind, horizon, at, rule.halfLifeDays)) facts.push({ id: null, kind, at: m.first, source: 'aggregate', reference: m.month, count: m.n, decaySum: m.decay });
  }
  const entries = known?.entries ?? (await activeEntries(db, orgId, at));
  const evaluation = scoreFacts(model, facts, at, entries.length > 0);
  return { orgId, at: at.toISOString(), modelVersion: mv.version, negativeEntries: entries.map((e) => e.id), ...evaluation };
}

// ---------------------------------------------------------------- classified supervision

export interface Supervision {
  factors: SupervisionFactors;
  level: LevelInForce | undefined;
  /** The level whose measures apply: the enterprise's own, or the dishonest one while it is on the negative list. */
  applied: CreditLevel | undefined;
  evaluation: CreditEvaluation;
}

/** Base rate × factor, with a floor rate lifting the factor to floor / base (a floor cannot be expressed over a base rate of 0). */
export function factorWithFloor(factor: number, floor: number | null, base: number): { factor: number; floorApplied: boolean } {
  if (floor === null || base <= 0) return { factor, floorApplied: false };
  const lifted = floor / base;
  return lifted > factor ? { factor: lifted, floorApplied: true } : { factor, floorApplied: false };
}

/**
 * The supervision factors of an enterprise at `at`: the factors of its customs level under the regime then in
 * force, times those of its credit grade; a floor rate of the level lifts the product to it. While on the
 * negative list, the enterprise is treated at least as the dishonest level (the seriously dishonest one for a
 * serious-list cause), whichever of that and its own level is stricter.
 */
export async function supervise(db: Db, ctx: Pick<AppContext, 'config'>, orgId: string, at: Date): Promise<Supervision> {
  // One after another: `db` is often a transaction, whose one connection runs one query at a time anyway
  // (node-postgres deprecates queueing them, and pg 9 will refuse it).
  const levels = await allLevels(db);
  const decision = await decidedLevelAt(db, orgId, at);
  const entries = await activeEntries(db, orgId, at);
  const mv = await modelAt(db, at);
  const evaluation = await evaluate(db, orgId, at, { model: mv, entries });
  const level = levelInForce(levels, at, decision);
  let applied = level?.level;
  const regime = regimeAt(levels, at);
  if (entries.length && regime) {
    const serious = entries.some((e) => causeOf(e.causeKey)?.serious);
    const listedCode = serious ? 'seriously_dishonest' : 'dishonest';
    const listed = regime.levels.find((l) => l.levelCode === listedCode) ?? regime.levels.find((l) => l.levelCode === 'dishonest') ?? regime.levels.at(-1);
    if (listed && (!applied || listed.levelOrder > applied.levelOrder)) applied = listed;
  }
  const gradeFactors = mv.model.gradeFactors[evaluation.grade];
  const inspection = factorWithFloor((applied?.inspectionFactor ?? 1) * gradeFactors.inspection, applied?.inspectionFloor ?? null, ctx.config.TUMEN_INSPECTION_RATE);
  const review = factorWithFloor((applied?.reviewFactor ?? 1) * gradeFactors.review, applied?.reviewFloor ?? null, ctx.config.TUMEN_REVIEW_RATE);
  const basis: Record<string, unknown> = {
    regime: regime?.regime ?? null,
    level: level?.level.levelCode ?? DEFAULT_LEVEL,
    levelBasis: level?.basis ?? 'default',
    appliedLevel: applied?.levelCode ?? null,
    levelFactors: { inspection: applied?.inspectionFactor ?? 1, review: applied?.reviewFactor ?? 1 },
    floors: { inspection: applied?.inspectionFloor ?? null, review: applied?.reviewFloor ?? null },
    grade: evaluation.grade,
    score: evaluation.score,
    gradeFactors,
    modelVersion: mv.version,
    negativeList: entries.map((e) => ({ id: e.id, causeKey: e.causeKey })),
    floorApplied: { inspection: inspection.floorApplied, review: review.floorApplied },
  };
  return { factors: { inspection: inspection.factor, review: review.factor, basis }, level, applied, evaluation };
}

export const creditSupervisionPort: SupervisionPort = {
  async factors(tx, ctx, orgId, at) {
    return (await supervise(tx, ctx, orgId, at)).factors;
  },
};

let installed = false;

/**
 * Subscribes the credit record to the declaration outcomes (import and export) and to filing suspensions, and
 * fills clearance's supervision port. Idempotent; call it at startup next to the clearance hooks.
 */
export function installCreditModule(): void {
  setSupervisionPort(creditSupervisionPort);
  if (installed) return;
  installed = true;
  onEvent('clearance.declaration.', (tx, ports, e) => declarationOutcome(tx, ports, e, 'clearance.declaration.', IMPORT_FACTS, 'clearance'));
  onEvent('export.declaration.', (tx, ports, e) => declarationOutcome(tx, ports, e, 'export.declaration.', EXPORT_FACTS, 'export'));
  onEvent('registry.', filingSuspended);
}

export { FACT_KINDS };
