/**
 * Risk rules as data (issue 7 §2): versioned rows of `risk_rules`. A rule is created as version 1; an edit is
 * version n+1 from its effective time, closing whatever was in force from then on; a retirement closes it. The
 * version in force at an assessment's time is the one applied, so a change never reaches back: the past is only
 * for back-tests, which evaluate a definition against past documents' facts with aggregates as of each one.
 *
 * Also here: the database resolver of aggregates (one indexed query on risk_facts per aggregate), and the view of
 * a declaration rebuilt from its facts (what a back-test evaluates).
 */
import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Ports } from '../../app/context';
import { rows, type Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
import { LOCALES, t } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { Dec, dec, decText } from '../../kernel/money';
import { isoDate } from '../clearance';
import { findEffectiveProduct } from '../registry';
import type { RuleDefinition} from './engine';
import { evaluateDefinition, memoResolver, windowMs, type AggregateResolver, type DeclarationView, type DistinctField, type Evaluation, type Explanation, type GroupKey, type RuleAction, type RuleDepartment, type ViewLine } from './engine';
import { brandOfLine, normaliseName, type Environment } from './facts';
import { riskRules } from './risk.table';

type RulePorts = Pick<Ports, 'clock' | 'newId'>;
type Rec = Record<string, unknown>;
export type RuleRow = typeof riskRules.$inferSelect;

/** A moment this far before now still counts as "now" for an effective time (clocks of clients drift). */
const NOW_TOLERANCE_MS = 60_000;
/** The beginning of time for the rules every deployment starts with. */
const GENESIS = new Date('2000-01-01T00:00:00Z');

// ---------------------------------------------------------------- the rules every deployment starts with

function catalogueExplanation(key: MessageKey): Explanation {
  return Object.fromEntries(LOCALES.map((l) => [l, t(l, key)])) as Explanation;
}

export interface RuleSpec {
  code: string;
  department: RuleDepartment;
  definition: RuleDefinition;
  action: RuleAction;
  score: number;
  explanation: Explanation;
}

/**
 * The two rules clearance applied before this module (declaration.service.ts `simpleRiskRules`), as data:
 * a line priced below 30% of its filed reference price, and a buyer first seen within 24 hours with more than
 * five declared inventories in them. Both send the declaration to manual review; customs may edit or retire them.
 */
export const DEFAULT_RULES: readonly RuleSpec[] = [
  {
    code: 'price_below_reference',
    department: 'customs',
    definition: { combine: 'all', conditions: [{ field: 'items[].referenceShare', op: 'lt', value: '0.3', as: 'share' }] },
    action: 'review',
    score: 0,
    explanation: catalogueExplanation('risk.rule.price_below_reference'),
  },
  {
    code: 'new_buyer_velocity',
    department: 'customs',
    definition: {
      combine: 'all',
      conditions: [
        { aggregate: { fn: 'distinct', of: 'orderNo', kinds: ['inventory'], by: 'buyerId', window: { hours: 24 } }, op: 'gt', value: 5, as: 'declarations' },
        // First seen within the window: nothing of the buyer's before it.
        { aggregate: { fn: 'count', kinds: ['inventory'], by: 'buyerId', window: { days: 3650 }, endsBefore: { hours: 24 } }, op: 'eq', value: 0 },
      ],
    },
    action: 'review',
    score: 0,
    explanation: catalogueExplanation('risk.rule.new_buyer_velocity'),
  },
];

/** Inserts the default rules as version 1 where their code has no version 1 yet (idempotent, race-safe). */
export async function ensureDefaultRules(db: Db, ports: RulePorts, codes: readonly string[] = DEFAULT_RULES.map((r) => r.code)): Promise<void> {
  const specs = DEFAULT_RULES.filter((r) => codes.includes(r.code));
  if (!specs.length) return;
  await db
    .insert(riskRules)
    .values(
      specs.map((r) => ({
        id: ports.newId(),
        code: r.code,
        version: 1,
        effectiveFrom: GENESIS,
        department: r.department,
        definition: r.definition as unknown as Rec,
        action: r.action,
        score: r.score,
        explanation: r.explanation,
        createdBy: 'system',
        createdAt: ports.clock.now(),
      })),
    )
    .onConflictDoNothing({ target: [riskRules.code, riskRules.version] });
}

// ---------------------------------------------------------------- versions

const inForceAt = (at: Date) => and(sql`${riskRules.effectiveFrom} <= ${at.toISOString()}::timestamptz`, or(isNull(riskRules.effectiveTo), gt(riskRules.effectiveTo, at)));

/**
 * The rule versions in force at a moment, one per code. Defaults missing from the table (a database that never
 * served the API) are inserted on the way, in the same query round.
 */
export async function rulesInForce(db: Db, ports: RulePorts, at: Date): Promise<RuleRow[]> {
  const defaults = DEFAULT_RULES.map((r) => r.code);
  const found = await db
    .select()
    .from(riskRules)
    .where(or(inForceAt(at), and(eq(riskRules.version, 1), sql`${riskRules.code} in (${sql.join(defaults.map((c) => sql`${c}`), sql`, `)})`)))
    .orderBy(asc(riskRules.code));
  const missing = defaults.filter((c) => !found.some((r) => r.code === c && r.version === 1));
  if (missing.length) {
    await ensureDefaultRules(db, ports, missing);
    return rulesInForce(db, ports, at);
  }
  const t0 = at.getTime();
  return found.filter((r) => r.effectiveFrom.getTime() <= t0 && (r.effectiveTo === null || r.effectiveTo.getTime() > t0));
}

export async function ruleVersions(db: Db, code: string): Promise<RuleRow[]> {
  return db.select().from(riskRules).where(eq(riskRules.code, code)).orderBy(asc(riskRules.version));
}

export async function allRuleVersions(db: Db): Promise<RuleRow[]> {
  return db.select().from(riskRules).orderBy(asc(riskRules.code), asc(riskRules.version));
}

/** An effective time: now when not given; never before now (within a minute's tolerance). */
export function effectiveTime(ports: RulePorts, given: string | undefined): Date {
  const now = ports.clock.now();
  if (given === undefined) return now;
  const at = new Date(given);
  if (at.getTime() < now.getTime() - NOW_TOLERANCE_MS) throw new AppError('invalid', 'risk.rule_not_retroactive', { effectiveFrom: at.toISOString(), now: now.toISOString() });
  return at.getTime() < now.getTime() ? now : at;
}

export interface VersionInput {
  definition: RuleDefinition;
  action: RuleAction;
  score: number;
  explanation: Explanation;
}

/** Version 1 of a new rule; a code that exists is a conflict. */
export async function insertRule(tx: Db, ports: RulePorts, input: VersionInput & { code: string; department: RuleDepartment }, from: Date, by: string): Promise<RuleRow> {
  const [row] = await tx
    .insert(riskRules)
    .values({ id: ports.newId(), code: input.code, version: 1, effectiveFrom: from, department: input.department, definition: input.definition as unknown as Rec, action: input.action, score: input.score, explanation: input.explanation, createdBy: by, createdAt: ports.clock.now() })
    .onConflictDoNothing({ target: [riskRules.code, riskRules.version] })
    .returning();
  if (!row) throw new AppError('conflict', 'risk.rule_exists', { code: input.code });
  return row;
}

/** Locks a rule's versions (every change of one code serialises here); not found when it has none. */
export async function lockRule(tx: Db, code: string): Promise<RuleRow[]> {
  const found = await tx.select().from(riskRules).where(eq(riskRules.code, code)).orderBy(asc(riskRules.version)).for('update');
  if (!found.length) throw new AppError('not_found', 'risk.rule_not_found', { code });
  return found;
}

/** Closes every version still in force at or after `from`: it ends at `from` (or never starts, if scheduled later). */
async function closeFrom(tx: Db, code: string, from: Date): Promise<void> {
  await tx
    .update(riskRules)
    .set({ effectiveTo: sql`greatest(${from.toISOString()}::timestamptz, ${riskRules.effectiveFrom})` })
    .where(and(eq(riskRules.code, code), or(isNull(riskRules.effectiveTo), gt(riskRules.effectiveTo, from))));
}

/** Version n+1 from `from`; whatever was in force from then on is closed. Call with the versions locked. */
export async function insertVersion(tx: Db, ports: RulePorts, versions: RuleRow[], input: VersionInput, from: Date, by: string): Promise<RuleRow> {
  const latest = versions[versions.length - 1]!;
  await closeFrom(tx, latest.code, from);
  const [row] = await tx
    .insert(riskRules)
    .values({ id: ports.newId(), code: latest.code, version: latest.version + 1, effectiveFrom: from, department: latest.department, definition: input.definition as unknown as Rec, action: input.action, score: input.score, explanation: input.explanation, createdBy: by, createdAt: ports.clock.now() })
    .returning();
  return row!;
}

/** Retires a rule from `at`: no version applies from then on. Call with the versions locked. */
export async function retireVersions(tx: Db, versions: RuleRow[], at: Date): Promise<void> {
  await closeFrom(tx, versions[0]!.code, at);
}

export type RuleStatus = 'active' | 'scheduled' | 'retired';

/** Where a rule stands at a moment: a version in force, one still to come, or none any more. */
export function ruleStatus(versions: RuleRow[], at: Date): { status: RuleStatus; inForce: RuleRow | null; next: RuleRow | null } {
  const t0 = at.getTime();
  const inForce = versions.find((v) => v.effectiveFrom.getTime() <= t0 && (v.effectiveTo === null || v.effectiveTo.getTime() > t0)) ?? null;
  const next = versions.find((v) => v.effectiveFrom.getTime() > t0 && (v.effectiveTo === null || v.effectiveTo.getTime() > v.effectiveFrom.getTime())) ?? null;
  return { status: inForce ? 'active' : next ? 'scheduled' : 'retired', inForce, next };
}

// ---------------------------------------------------------------- aggregates over risk_facts

const COLUMN: Record<GroupKey | DistinctField, string> = {
  buyerId: 'buyer_id',
  payerId: 'payer_id',
  phone: 'phone',
  address: 'address',
  consignee: 'consignee',
  device: 'device',
  ebcCode: 'ebc_code',
  orgId: 'org_id',
  orderNo: 'order_no',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Aggregates of risk facts as of `at`: facts of the kinds, with the key, in (at − window, at − endsBefore]. One
 * query each, on the (environment, key, at) index of the key's column.
 */
export function factResolver(db: Db, environment: Environment, at: Date): AggregateResolver {
  return async ({ aggregate: a, key }) => {
    if (a.by === 'orgId' && !UUID.test(key)) return a.fn === 'sum' ? '0' : 0;
    const from = new Date(at.getTime() - windowMs(a.window));
    const to = a.endsBefore ? new Date(at.getTime() - windowMs(a.endsBefore)) : at;
    const value = a.fn === 'count' ? sql`count(*)::int` : a.fn === 'sum' ? sql`coalesce(sum(amount), 0)::text` : sql`count(distinct ${sql.raw(COLUMN[a.of ?? 'orderNo'])})::int`;
    const [r] = await rows<{ v: number | string }>(
      db,
      sql`select ${value} as v from risk_facts
          where environment = ${environment} and ${sql.raw(COLUMN[a.by])} = ${key}
            and at > ${from.toISOString()}::timestamptz and at <= ${to.toISOString()}::timestamptz
            and kind in (${sql.join(a.kinds.map((k) => sql`${k}`), sql`, `)})`,
    );
    return a.fn === 'sum' ? decText(dec(String(r?.v ?? '0'))) : Number(r?.v ?? 0);
  };
}

// ---------------------------------------------------------------- views

const s = (v: unknown): string | null => (v === undefined || v === null || String(v).trim() === '' ? null : String(v).trim());
const amountOf = (v: unknown): string | null => {
  const x = s(v);
  return x && /^-?\d+(\.\d+)?$/.test(x) ? x : null;
};

/** The filed reference price of each line's item on the day (CNY filings, as clearance's price check). */
export async function withReferences(db: Db, orgId: string | null, lines: Omit<ViewLine, 'referencePrice' | 'referenceShare'>[], day: string, cache = new Map<string, string | null>()): Promise<ViewLine[]> {
  const out: ViewLine[] = [];
  for (const l of lines) {
    let reference: string | null = null;
    if (orgId && l.itemNo) {
      const k = `${orgId}|${l.itemNo}|${day}`;
      if (!cache.has(k)) {
        const product = await findEffectiveProduct(db, orgId, l.itemNo, day);
        cache.set(k, product && product.currency === 'CNY' ? product.referencePrice : null);
      }
      reference = cache.get(k) ?? null;
    }
    // Truncated to four places, so that a comparison with a threshold of up to four places is exact.
    const share = reference && l.price && dec(reference).gt(0) ? dec(l.price).div(dec(reference)).toDecimalPlaces(4, Dec.ROUND_DOWN).toFixed(4) : null;
    out.push({ ...l, referencePrice: reference, referenceShare: share });
  }
  return out;
}

/** A declaration's lines (inventory list, else order list), as rules see them before reference prices. */
export function linesOf(list: unknown): Omit<ViewLine, 'referencePrice' | 'referenceShare'>[] {
  const lines = (Array.isArray(list) ? list : list && typeof list === 'object' ? [list] : []) as Rec[];
  return lines.map((l) => ({
    gnum: Number.isFinite(Number(l.gnum)) && s(l.gnum) !== null ? Number(l.gnum) : null,
    gcode: s(l.gcode),
    itemNo: s(l.itemNo) ?? s(l.itemRecordNo),
    name: s(l.gname) ?? s(l.itemName),
    brand: brandOfLine(l),
    price: amountOf(l.price),
    qty: amountOf(l.qty),
    totalPrice: amountOf(l.totalPrice),
    country: s(l.country),
  }));
}

interface FactRow {
  id: string;
  at: Date | string;
  kind: string;
  reference: string | null;
  org_id: string | null;
  ebc_code: string | null;
  order_no: string | null;
  buyer_id: string | null;
  payer_id: string | null;
  phone: string | null;
  address: string | null;
  consignee: string | null;
  device: string | null;
  amount: string | null;
  payload: Rec;
  o_payer_id: string | null;
  o_phone: string | null;
  o_consignee: string | null;
  o_device: string | null;
  o_amount: string | null;
  o_payload: Rec | null;
}

/** The view of a past document rebuilt from its facts (the inventory or export list, with its order's). */
async function viewOfFact(db: Db, f: FactRow, flow: 'import' | 'export', cache: Map<string, string | null>): Promise<DeclarationView> {
  const p = f.payload ?? {};
  const o = f.o_payload ?? {};
  const at = new Date(f.at);
  const lines = linesOf(p.items);
  return {
    flow,
    tradeMode: s(p.tradeMode),
    orderNo: f.order_no,
    amount: f.amount === null ? null : decText(dec(f.amount)),
    paid: f.o_amount === null ? null : decText(dec(f.o_amount)),
    freight: amountOf(p.freight),
    currency: s(p.currency),
    buyerId: f.buyer_id,
    buyerName: normaliseName(p.buyerName ?? o.buyerName),
    payerId: f.payer_id ?? f.o_payer_id,
    phone: f.o_phone ?? f.phone,
    address: f.address,
    consignee: f.consignee ?? f.o_consignee,
    device: f.device ?? f.o_device,
    ebcCode: f.ebc_code,
    ebpCode: s(p.ebpCode),
    orgId: f.org_id,
    logisticsCode: s(p.logisticsCode),
    agentCode: s(p.agentCode),
    country: s(p.country),
    customsCode: s(p.customsCode),
    portCode: s(p.portCode),
    itemCount: lines.length,
    items: await withReferences(db, f.org_id, lines, isoDate(p.declTime, at), cache),
  };
}

// ---------------------------------------------------------------- back-test

/** The fact kind that stands for a document of each flow. */
export const BACKTEST_KINDS = { import: 'inventory', export: 'export_list' } as const;
export const BACKTEST_MAX_DAYS = 366;

export interface BacktestInput {
  environment: Environment;
  flow: 'import' | 'export';
  from: Date;
  to: Date;
  sampleSize: number;
  maxDocuments: number;
}

export interface BacktestHit {
  factId: string;
  at: string;
  orderNo: string | null;
  ebpCode: string | null;
  ebcCode: string | null;
  reference: string | null;
  params: Evaluation['params'];
}

export interface BacktestResult {
  flow: 'import' | 'export';
  from: string;
  to: string;
  documents: number;
  hits: number;
  /** hits / documents, to four places (null without documents). */
  share: number | null;
  /** More documents were in the window than evaluated (the earliest maxDocuments were). */
  truncated: boolean;
  sample: BacktestHit[];
}

/**
 * Evaluates a definition against the documents of a window as they were declared: one per platform and order (its
 * latest version in the window), aggregates as of the document's own time — what the rule would have hit had it
 * been in force.
 */
export async function backtest(db: Db, definition: RuleDefinition, input: BacktestInput): Promise<BacktestResult> {
  const span = input.to.getTime() - input.from.getTime();
  if (span <= 0 || span > BACKTEST_MAX_DAYS * 86_400_000) throw new AppError('invalid', 'risk.backtest_window', { from: input.from.toISOString(), to: input.to.toISOString(), days: BACKTEST_MAX_DAYS });
  const kind = BACKTEST_KINDS[input.flow];
  const found = await rows<FactRow>(
    db,
    sql`
      with d as (
        select * from (
          select distinct on (coalesce(payload->>'ebpCode', ''), coalesce(order_no, id::text)) *
          from risk_facts
          where environment = ${input.environment} and kind = ${kind} and at >= ${input.from.toISOString()}::timestamptz and at < ${input.to.toISOString()}::timestamptz
          order by coalesce(payload->>'ebpCode', ''), coalesce(order_no, id::text), at desc
        ) x order by at, id limit ${input.maxDocuments + 1}
      )
      select d.id, d.at, d.kind, d.reference, d.org_id, d.ebc_code, d.order_no, d.buyer_id, d.payer_id, d.phone, d.address, d.consignee, d.device, d.amount::text as amount, d.payload,
             o.payer_id as o_payer_id, o.phone as o_phone, o.consignee as o_consignee, o.device as o_device, o.amount::text as o_amount, o.payload as o_payload
      from d
      left join lateral (
        select payer_id, phone, consignee, device, amount, payload from risk_facts r
        where ${input.flow === 'import'} and r.environment = d.environment and r.ebc_code = d.ebc_code and r.order_no = d.order_no and r.kind = 'order' and r.at <= d.at
        order by r.at desc limit 1
      ) o on true
      order by d.at, d.id`,
  );
  const truncated = found.length > input.maxDocuments;
  const docs = found.slice(0, input.maxDocuments);
  const cache = new Map<string, string | null>();
  let hits = 0;
  const sample: BacktestHit[] = [];
  for (const f of docs) {
    const at = new Date(f.at);
    const view = await viewOfFact(db, f, input.flow, cache);
    const ev = await evaluateDefinition(definition, view, memoResolver(factResolver(db, input.environment, at)));
    if (!ev.hit) continue;
    hits++;
    if (sample.length < input.sampleSize) sample.push({ factId: f.id, at: at.toISOString(), orderNo: f.order_no, ebpCode: view.ebpCode, ebcCode: f.ebc_code, reference: f.reference, params: ev.params });
  }
  return {
    flow: input.flow,
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    documents: docs.length,
    hits,
    share: docs.length ? Number((hits / docs.length).toFixed(4)) : null,
    truncated,
    sample,
  };
}
