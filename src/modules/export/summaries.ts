/**
 * "清单核放、汇总申报" in the database (POLICY-NOTES §3.1): the released summary-declaration (B) 9610 lists of a
 * month, grouped by the rule in force (summary.ts, editable data), applied for by the declaring agent (CEB701,
 * answered by CEB702 with the application number) and concluded by customs (CEB792, one result per group with its
 * unified number, linking every list line). A list is covered by one summary at most (primary key of
 * exp_summary_lists); the pending view shows what still has to be applied for, and by when.
 */
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { AppContext, Caller } from '../../app/context';
import { rows, type Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
import { t, type Locale } from '../../kernel/i18n';
import { zoneDayOf, zoneInstant, zoneMonthBounds } from '../../kernel/zone-time';
import { actorOrg, authorize } from '../access';
import { recordAudit } from '../audit';
import { issueNotice, issueReceipt, REQUEST_TYPES, type Environment, type Problem } from '../ceb';
import { listOf, str, type Rec } from '../clearance';
import { orgByCode, orgById } from '../identity';
import { environmentOf } from './export.api';
import { expDeclarations, expSummaries, expSummaryLists, expSummaryRules } from './export.table';
import { checkSummaryApplication, DEFAULT_SUMMARY_RULE, groupLists, summaryDueDate, summaryPeriod, summaryResultDocument, SummaryRuleBody, type SummaryGroup, type SummaryList, type SummaryRule } from './summary';

/** The released states a summarised list can be in (returned goods were exported all the same). */
const RELEASED = ['released', 'cleared', 'returned'] as const;
/** decState of the official CEB792 sample; the code list of customs declaration states is not in the notes. */
const DEC_STATE = 'A';

type Declaration = typeof expDeclarations.$inferSelect;

/** YYYYMMDDhhmmss in zone time → the moment. */
function fromCebTime(s: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  return zoneInstant(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

// ---- the rule (data) ----

export async function summaryRuleAsOf(db: Db, day: string): Promise<SummaryRule> {
  const [row] = await db.select().from(expSummaryRules).where(lte(expSummaryRules.effectiveFrom, day)).orderBy(desc(expSummaryRules.version)).limit(1);
  return row ? ({ ...(row.rule as unknown as SummaryRule), version: row.version, effectiveFrom: row.effectiveFrom }) : DEFAULT_SUMMARY_RULE;
}

export async function listSummaryRules(ctx: AppContext, caller: Caller): Promise<{ inForce: SummaryRule; versions: SummaryRule[] }> {
  authorize(caller.actor, 'export.read');
  const found = await ctx.db.select().from(expSummaryRules).orderBy(asc(expSummaryRules.version));
  return { inForce: await summaryRuleAsOf(ctx.db, zoneDayOf(ctx.clock.now())), versions: [DEFAULT_SUMMARY_RULE, ...found.map((r) => ({ ...(r.rule as unknown as SummaryRule), version: r.version, effectiveFrom: r.effectiveFrom }))] };
}

/** Customs or the zone office sets new grouping keys, from today or a later day (never in the past). */
export async function putSummaryRule(ctx: AppContext, caller: Caller, input: SummaryRuleBody): Promise<SummaryRule> {
  authorize(caller.actor, 'export.rules.manage');
  const today = zoneDayOf(ctx.clock.now());
  if (input.effectiveFrom < today) throw new AppError('invalid', 'exp.rule_not_retroactive', { effectiveFrom: input.effectiveFrom, today });
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${expSummaryRules} in share row exclusive mode`);
    const [{ v }] = (await tx.select({ v: sql<number>`coalesce(max(${expSummaryRules.version}), ${DEFAULT_SUMMARY_RULE.version})::int` }).from(expSummaryRules)) as [{ v: number }];
    const version = v + 1;
    const rule: SummaryRule = { ...input, version };
    await tx.insert(expSummaryRules).values({ version, effectiveFrom: input.effectiveFrom, rule: rule as unknown as Record<string, unknown>, createdBy: caller.actor.type === 'user' ? caller.actor.userId : caller.actor.type, createdAt: ctx.clock.now() });
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'export.summary_rule', resourceType: 'exp_summary_rule', resourceId: String(version), details: { ...rule } });
    return rule;
  });
}

// ---- lists ----

export function summaryListOf(d: Declaration): SummaryList {
  const head = (d.inventory?.InventoryHead as Rec | undefined) ?? {};
  return {
    id: d.id,
    invtNo: d.invtNo ?? '',
    logisticsNo: d.logisticsNo ?? '',
    agentCode: str(head.agentCode),
    customsCode: str(head.customsCode),
    ebcCode: str(head.ebcCode),
    ebcName: str(head.ebcName),
    ownerCode: str(head.ownerCode),
    trafMode: str(head.trafMode),
    country: str(head.country),
    portCode: str(head.portCode),
    releasedAt: d.releasedAt ?? new Date(0),
    grossWeight: str(head.grossWeight) || '0',
    netWeight: str(head.netWeight) || '0',
    lines: listOf(d.inventory?.InventoryList).map((l) => ({
      gnum: Number(l.gnum),
      gcode: str(l.gcode),
      gname: str(l.gname),
      country: str(l.country),
      currency: str(l.currency),
      qty: str(l.qty) || '0',
      qty1: str(l.qty1) || str(l.qty) || '0',
      unit: str(l.unit),
      unit1: str(l.unit1) || str(l.unit),
      totalPrice: str(l.totalPrice) || '0',
    })),
  };
}

/** Why a list cannot go into a summary of this agent, or null. */
function notListable(d: Declaration, agentCode: string): string | null {
  if (!(RELEASED as readonly string[]).includes(d.state) || !d.releasedAt) return 'exp.reason_not_released';
  if (d.statisticsFlag !== 'B') return 'exp.reason_not_summary';
  if (d.tradeMode !== '9610') return 'exp.reason_not_9610';
  if (d.agentCode !== agentCode) return 'exp.reason_other_agent';
  return null;
}

/** Released B lists of an agent not yet summarised, released in [from, to). */
async function openLists(db: Db, environment: Environment, agentCode: string, from: Date, to: Date): Promise<Declaration[]> {
  const rows = await db
    .select({ d: expDeclarations })
    .from(expDeclarations)
    .leftJoin(expSummaryLists, eq(expSummaryLists.declarationId, expDeclarations.id))
    .where(
      and(
        eq(expDeclarations.environment, environment),
        eq(expDeclarations.agentCode, agentCode),
        eq(expDeclarations.tradeMode, '9610'),
        eq(expDeclarations.statisticsFlag, 'B'),
        inArray(expDeclarations.state, [...RELEASED]),
        gte(expDeclarations.releasedAt, from),
        lt(expDeclarations.releasedAt, to),
        isNull(expSummaryLists.declarationId),
      ),
    )
    .orderBy(asc(expDeclarations.invtNo));
  return rows.map((r) => r.d);
}

// ---- the application (CEB701) ----

interface Resolved {
  lists: Declaration[];
  problems: Problem[];
}

/** The lists an application covers: those it names, or those of its time range; with the problems found. */
async function resolveApplication(tx: Db, environment: Environment, head: Rec, record: Rec, path: string): Promise<Resolved> {
  const hp = `${path}/SummaryApplyHead`;
  const agentCode = str(head.agentCode);
  const start = fromCebTime(str(head.startTime));
  const end = fromCebTime(str(head.endTime));
  if (start && end) {
    // A time range: the list body is ignored (SPEC-NOTES §11.12); the end is inclusive.
    const lists = (await openLists(tx, environment, agentCode, start, new Date(end.getTime() + 1000))).filter((d) => d.ebcCode === str(head.ebcCode));
    return { lists, problems: lists.length ? [] : [{ code: 'exp.summary_empty', path: `${hp}/startTime`, params: { from: str(head.startTime), to: str(head.endTime) } }] };
  }
  const problems: Problem[] = [];
  const lists: Declaration[] = [];
  for (const [i, item] of listOf(record.SummaryApplyList).entries()) {
    const lp = `${path}/SummaryApplyList[${i + 1}]/invtNo`;
    const invtNo = str(item.invtNo);
    const [d] = await tx.select().from(expDeclarations).where(and(eq(expDeclarations.environment, environment), eq(expDeclarations.invtNo, invtNo)));
    if (!d || d.ebcCode !== str(head.ebcCode)) {
      problems.push({ code: 'exp.list_unknown', path: lp, params: { invtNo } });
      continue;
    }
    const reason = notListable(d, agentCode);
    if (reason) {
      problems.push({ code: 'exp.summary_not_listable', path: lp, params: { invtNo, reason } });
      continue;
    }
    const [covered] = await tx.select({ sumNo: expSummaries.sumNo }).from(expSummaryLists).innerJoin(expSummaries, eq(expSummaries.id, expSummaryLists.summaryId)).where(eq(expSummaryLists.declarationId, d.id));
    if (covered) {
      problems.push({ code: 'exp.summary_already', path: lp, params: { invtNo, sumNo: covered.sumNo } });
      continue;
    }
    lists.push(d);
  }
  if (!lists.length && !problems.length) problems.push({ code: 'exp.summary_empty', path: `${path}/SummaryApplyList`, params: { from: '', to: '' } });
  return { lists, problems };
}

/** The reasons inside exp.summary_not_listable are message keys, rendered in the reader's language. */
function localiseReasons(problems: Problem[], locale: Locale): Problem[] {
  return problems.map((p) => (p.code === 'exp.summary_not_listable' && p.params?.reason ? { ...p, params: { ...p.params, reason: t(locale, p.params.reason as never) } } : p));
}

export async function checkSummaryApplicationRecord(tx: Db, ctx: AppContext, environment: Environment, senderOrgId: string, record: Rec, path: string, locale: Locale): Promise<Problem[]> {
  const head = record.SummaryApplyHead as Rec;
  const hp = `${path}/SummaryApplyHead`;
  const sender = await orgById(tx, senderOrgId);
  if (!sender || ![sender.customsCode, sender.uscc].includes(str(head.agentCode))) return [{ code: 'clr.sender_not_party', path: `${hp}/agentCode`, params: { document: 'CEB701', roles: 'agent' } }];
  const { lists, problems } = await resolveApplication(tx, environment, head, record, path);
  if (problems.length) return localiseReasons(problems, locale);
  if (str(head.startTime) && str(head.endTime)) return [];
  const rule = await summaryRuleAsOf(tx, zoneDayOf(ctx.clock.now()));
  const checked = checkSummaryApplication(lists.map(summaryListOf), rule);
  if (checked.ok) return [];
  return checked.problems.map((p): Problem =>
    p.key === 'period'
      ? { code: 'exp.summary_period', path: `${path}/SummaryApplyList`, params: { invtNo: p.invtNos.at(-1) ?? '', period: p.values[0] ?? '' } }
      : { code: 'exp.summary_mixed', path: `${path}/SummaryApplyList`, params: { key: p.key, first: p.values[0] ?? '', second: p.values[1] ?? '' } },
  );
}

/** S + zone date + 9-digit serial (18 characters), the shape of the official CEB792 sample's sumNo and declSeqNo. */
async function nextNumber(tx: Db, at: Date): Promise<string> {
  const [row] = await rows<{ n: string }>(tx, sql`select nextval('exp_summary_seq')::text as n`);
  return `S${zoneDayOf(at).replaceAll('-', '')}${String(row?.n ?? '0').padStart(9, '0')}`;
}

/**
 * The application accepted: its lists grouped by the rule in force (a named application is one group; a time
 * range may give several), one summary per group under one application number (CEB702 carries it), and the
 * customs result (CEB792) with one SummaryResult per group, to the agent and the e-commerce enterprise.
 */
export async function summaryApplicationArrived(tx: Db, ctx: AppContext, input: { environment: Environment; senderOrgId: string; record: Rec; documentId: string; locale: Locale; assigned: Record<string, string> }): Promise<void> {
  const head = input.record.SummaryApplyHead as Rec;
  const { lists } = await resolveApplication(tx, input.environment, head, input.record, '/CEB701Message/SummaryApply');
  if (!lists.length) return;
  // Lock the lists in number order, so two applications for the same lists serialise; the primary key of
  // exp_summary_lists refuses a list twice in any case.
  await tx.select({ id: expDeclarations.id }).from(expDeclarations).where(inArray(expDeclarations.id, lists.map((d) => d.id))).orderBy(asc(expDeclarations.invtNo)).for('update');
  const now = ctx.clock.now();
  const rule = await summaryRuleAsOf(tx, zoneDayOf(now));
  const byPeriod = new Map<string, SummaryList[]>();
  for (const d of lists) {
    const l = summaryListOf(d);
    const p = summaryPeriod(l.releasedAt);
    byPeriod.set(p, [...(byPeriod.get(p) ?? []), l]);
  }
  const groups: SummaryGroup[] = [...byPeriod].flatMap(([period, ls]) => groupLists(ls, rule, period));
  const sumNo = await nextNumber(tx, now);
  const agent = (await orgByCode(tx, str(head.agentCode)))!;
  const declAgent = { code: str(head.declAgentCode), name: str(head.declAgentName) };
  const results = [];
  for (const g of groups) {
    const declSeqNo = await nextNumber(tx, now);
    const id = ctx.newId();
    await tx.insert(expSummaries).values({
      id,
      environment: input.environment,
      agentOrgId: agent.id,
      agentCode: g.key.agentCode,
      ebcCode: g.key.ebcCode,
      period: g.period,
      dueDate: summaryDueDate(g.period),
      ruleVersion: g.ruleVersion,
      groupKey: g.key as Record<string, string>,
      keyText: g.keyText,
      lines: g.lines as unknown as Record<string, unknown>[],
      sumNo,
      copNo: str(head.copNo),
      applicationDocId: input.documentId,
      declSeqNo,
      state: 'concluded',
      grossWeight: g.grossWeight,
      netWeight: g.netWeight,
      createdAt: now,
      concludedAt: now,
    });
    await tx.insert(expSummaryLists).values(g.lists.map((declarationId) => ({ declarationId, summaryId: id })));
    results.push({ g, declSeqNo });
  }
  const rt = REQUEST_TYPES.get('CEB701Message')!;
  await issueReceipt(tx, ctx, {
    orgId: input.senderOrgId,
    environment: input.environment,
    rt,
    head,
    status: '120',
    info: `${t(input.locale, 'ceb.status.120')}: ${t(input.locale, 'exp.summary_accepted', { sumNo, count: groups.length })}`,
    documentId: input.documentId,
    assigned: { ...input.assigned, sumNo },
  });
  // One CEB792 message with a SummaryResult per group (msgCount 1).
  const docs = results.map(({ g, declSeqNo }) => summaryResultDocument(g, { sumNo, opDate: now, declSeqNo, decState: DEC_STATE, agentName: str(head.agentName), declAgent, newId: ctx.newId }));
  const document = { ...docs[0]!, SummaryResult: docs.flatMap((d) => d.SummaryResult) };
  const ebc = await orgByCode(tx, str(head.ebcCode));
  for (const orgId of [...new Set([input.senderOrgId, ebc?.id].filter((x): x is string => !!x))]) {
    await issueNotice(tx, ctx, {
      orgId,
      environment: input.environment,
      messageType: 'CEB792Message',
      document: document as unknown as Record<string, unknown>,
      documentId: input.documentId,
      returnStatus: DEC_STATE,
      returnInfo: t(input.locale, 'exp.summary_concluded', { declSeqNo: results.map((r) => r.declSeqNo).join(', ') }),
    });
  }
}

// ---- views ----

export interface SummaryView {
  id: string;
  sumNo: string;
  declSeqNo: string;
  period: string;
  dueDate: string;
  agentCode: string;
  ebcCode: string;
  ruleVersion: number;
  groupKey: Record<string, string>;
  state: string;
  invtNos: string[];
  lines: Record<string, unknown>[];
  grossWeight: string;
  netWeight: string;
  createdAt: string;
}

function isAuthority(caller: Caller): boolean {
  const org = actorOrg(caller.actor);
  return caller.actor.type === 'system' || org?.kind === 'zone_office' || ['customs', 'tax', 'commerce'].includes(org?.department ?? '');
}

export async function listSummaries(ctx: AppContext, caller: Caller, q: { period?: string }): Promise<SummaryView[]> {
  authorize(caller.actor, 'export.read');
  const conditions = [eq(expSummaries.environment, environmentOf(caller))];
  if (!isAuthority(caller)) conditions.push(eq(expSummaries.agentOrgId, actorOrg(caller.actor)!.id));
  if (q.period) conditions.push(eq(expSummaries.period, q.period));
  const found = await ctx.db.select().from(expSummaries).where(and(...conditions)).orderBy(asc(expSummaries.period), asc(expSummaries.declSeqNo));
  const links = found.length
    ? await ctx.db
        .select({ summaryId: expSummaryLists.summaryId, invtNo: expDeclarations.invtNo })
        .from(expSummaryLists)
        .innerJoin(expDeclarations, eq(expDeclarations.id, expSummaryLists.declarationId))
        .where(inArray(expSummaryLists.summaryId, found.map((r) => r.id)))
    : [];
  return found.map((r) => ({
    id: r.id,
    sumNo: r.sumNo,
    declSeqNo: r.declSeqNo,
    period: r.period,
    dueDate: r.dueDate,
    agentCode: r.agentCode,
    ebcCode: r.ebcCode,
    ruleVersion: r.ruleVersion,
    groupKey: r.groupKey,
    state: r.state,
    invtNos: links.filter((l) => l.summaryId === r.id).map((l) => l.invtNo ?? '').sort(),
    lines: r.lines,
    grossWeight: r.grossWeight,
    netWeight: r.netWeight,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** What an agent still has to apply for in a period, grouped by the rule in force, with the due date. */
export async function pendingSummaries(ctx: AppContext, caller: Caller, period: string, agentCode?: string): Promise<{ period: string; dueDate: string; overdue: boolean; ruleVersion: number; groups: SummaryGroup[] }> {
  authorize(caller.actor, 'export.read');
  const org = actorOrg(caller.actor);
  const own = org?.kind === 'enterprise' ? await orgById(ctx.db, org.id) : undefined;
  const code = isAuthority(caller) ? agentCode : (own?.customsCode ?? undefined);
  if (!code) throw new AppError('invalid', 'exp.agent_code_required');
  const { from, to } = zoneMonthBounds(period);
  const lists = await openLists(ctx.db, environmentOf(caller), code, from, to);
  const rule = await summaryRuleAsOf(ctx.db, zoneDayOf(ctx.clock.now()));
  const dueDate = summaryDueDate(period);
  return { period, dueDate, overdue: zoneDayOf(ctx.clock.now()) > dueDate, ruleVersion: rule.version, groups: groupLists(lists.map(summaryListOf), rule, period) };
}

export { SummaryRuleBody };
