/**
 * What regulators do with risk (issue 7 §2, §4): read and edit the rules (customs, forex and market supervision
 * their own; the zone office reads), try a definition on past traffic, follow a rule's hit statistics, work the
 * alert queue of their department (the zone office reads every queue), and read the risk decisions of a
 * declaration. Every change is audited; every regulator read is logged.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext, Caller } from '../../app/context';
import { AppError } from '../../kernel/errors';
import { isMessageKey, t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { actorOrg, authorize, type Actor } from '../access';
import { recordAudit, recordRead } from '../audit';
import { alertById, alertQueue, disposeAlert as disposeAlertRow, raiseAlerts, reviewAlert as reviewAlertRow, ruleHitStats, type AlertRow, type AlertState, type Disposal, type HitStats, type ReviewOutcome, type Severity, type Who } from './alerts';
import { renderExplanation, type Explanation, type RuleAction, type RuleBody, type RuleDefinition, type RuleVersionBody } from './engine';
import type { Environment } from './facts';
import { riskDecisions, riskRules } from './risk.table';
import type { DetectorName } from './detectors';
import { sweep, SWEPT_DETECTORS, type SweepResult } from './sweep';
import { allRuleVersions, backtest, BACKTEST_MAX_DAYS, effectiveTime, ensureDefaultRules, insertRule, insertVersion, lockRule, retireVersions, ruleStatus, ruleVersions, type BacktestResult, type RuleRow, type RuleStatus } from './rules';

function environmentOf(caller: Caller): Environment {
  return caller.actor.type === 'apikey' ? caller.actor.environment : 'production';
}

function byOf(actor: Actor): string {
  return actor.type === 'user' ? actor.username : actor.type === 'apikey' ? `apikey:${actor.keyId}` : actor.type;
}

function whoOf(actor: Actor): Who {
  return { userId: actor.type === 'user' ? actor.userId : null, username: actor.type === 'user' ? actor.username : null, orgId: actorOrg(actor)?.id ?? null };
}

/** The department an actor acts for (null for the zone office and the operator). */
function departmentOf(actor: Actor): string | null {
  return actorOrg(actor)?.department ?? null;
}

// ---------------------------------------------------------------- rules

export interface RuleVersionView {
  id: string;
  code: string;
  version: number;
  department: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  definition: Record<string, unknown>;
  action: RuleAction;
  score: number;
  explanation: Record<string, string>;
  createdBy: string;
  createdAt: string;
}

export interface RuleView {
  code: string;
  department: string;
  status: RuleStatus;
  /** The version in force now, the next one scheduled, the latest. */
  inForce: number | null;
  next: number | null;
  latest: RuleVersionView;
  /** The explanation of the latest version in the caller's language. */
  title: string;
}

function versionView(r: RuleRow): RuleVersionView {
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    department: r.department,
    effectiveFrom: r.effectiveFrom.toISOString(),
    effectiveTo: r.effectiveTo?.toISOString() ?? null,
    definition: r.definition,
    action: r.action,
    score: r.score,
    explanation: r.explanation,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}

function ruleView(versions: RuleRow[], at: Date, locale: Locale): RuleView {
  const latest = versions[versions.length - 1]!;
  const st = ruleStatus(versions, at);
  return { code: latest.code, department: latest.department, status: st.status, inForce: st.inForce?.version ?? null, next: st.next?.version ?? null, latest: versionView(latest), title: renderExplanation(latest.explanation, locale, {}) };
}

export async function listRules(ctx: AppContext, caller: Caller, q: { department?: string; status?: RuleStatus }, locale: Locale): Promise<RuleView[]> {
  authorize(caller.actor, 'risk.rules.read');
  await ensureDefaultRules(ctx.db, ctx);
  const byCode = new Map<string, RuleRow[]>();
  for (const r of await allRuleVersions(ctx.db)) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  const now = ctx.clock.now();
  const out = [...byCode.values()].map((v) => ruleView(v, now, locale)).filter((r) => (!q.department || r.department === q.department) && (!q.status || r.status === q.status));
  await recordRead(ctx, caller, 'risk_rule', out.map((r) => r.code), { query: { ...q } });
  return out;
}

export async function getRule(ctx: AppContext, caller: Caller, code: string, locale: Locale): Promise<RuleView & { versions: RuleVersionView[] }> {
  authorize(caller.actor, 'risk.rules.read');
  const versions = await ruleVersions(ctx.db, code);
  if (!versions.length) throw new AppError('not_found', 'risk.rule_not_found', { code });
  await recordRead(ctx, caller, 'risk_rule', [code]);
  return { ...ruleView(versions, ctx.clock.now(), locale), versions: versions.map(versionView) };
}

/** A department changes only its own rules (the operator any). */
function assertOwnDepartment(actor: Actor, department: string): void {
  if (actor.type === 'system') return;
  if (departmentOf(actor) !== department) throw new AppError('forbidden', 'risk.rule_other_department', { department });
}

export async function createRule(ctx: AppContext, caller: Caller, body: RuleBody, locale: Locale) {
  authorize(caller.actor, 'risk.rules.manage');
  assertOwnDepartment(caller.actor, body.department);
  const from = effectiveTime(ctx, body.effectiveFrom);
  await ensureDefaultRules(ctx.db, ctx);
  await ctx.db.transaction(async (tx) => {
    const row = await insertRule(tx, ctx, body, from, byOf(caller.actor));
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'risk.rule.create', resourceType: 'risk_rule', resourceId: body.code, details: { version: row.version, effectiveFrom: from.toISOString(), department: body.department, action: body.action, score: body.score, definition: body.definition } });
  });
  return getRule(ctx, caller, body.code, locale);
}

export async function addRuleVersion(ctx: AppContext, caller: Caller, code: string, body: RuleVersionBody, locale: Locale) {
  authorize(caller.actor, 'risk.rules.manage');
  const from = effectiveTime(ctx, body.effectiveFrom);
  await ensureDefaultRules(ctx.db, ctx);
  await ctx.db.transaction(async (tx) => {
    const versions = await lockRule(tx, code);
    assertOwnDepartment(caller.actor, versions[0]!.department);
    const row = await insertVersion(tx, ctx, versions, body, from, byOf(caller.actor));
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'risk.rule.version', resourceType: 'risk_rule', resourceId: code, details: { version: row.version, effectiveFrom: from.toISOString(), action: body.action, score: body.score, definition: body.definition } });
  });
  return getRule(ctx, caller, code, locale);
}

export async function retireRule(ctx: AppContext, caller: Caller, code: string, body: { effectiveFrom?: string; reason?: string }, locale: Locale) {
  authorize(caller.actor, 'risk.rules.manage');
  const from = effectiveTime(ctx, body.effectiveFrom);
  await ensureDefaultRules(ctx.db, ctx);
  await ctx.db.transaction(async (tx) => {
    const versions = await lockRule(tx, code);
    assertOwnDepartment(caller.actor, versions[0]!.department);
    await retireVersions(tx, versions, from);
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'risk.rule.retire', resourceType: 'risk_rule', resourceId: code, details: { effectiveFrom: from.toISOString(), reason: body.reason ?? null } });
  });
  return getRule(ctx, caller, code, locale);
}

export interface BacktestBody {
  from: string;
  to: string;
  flow: 'import' | 'export';
  sampleSize: number;
  maxDocuments: number;
}

async function runBacktest(ctx: AppContext, caller: Caller, definition: RuleDefinition, body: BacktestBody): Promise<BacktestResult> {
  return backtest(ctx.db, definition, { environment: environmentOf(caller), flow: body.flow, from: new Date(body.from), to: new Date(body.to), sampleSize: body.sampleSize, maxDocuments: body.maxDocuments });
}

/** A rule's definition (its latest version, or a draft given) tried on the documents of a past window. */
export async function backtestRule(ctx: AppContext, caller: Caller, code: string, body: BacktestBody & { definition?: RuleDefinition }): Promise<BacktestResult & { code: string; version: number | null }> {
  authorize(caller.actor, 'risk.rules.read');
  const versions = await ruleVersions(ctx.db, code);
  if (!versions.length) throw new AppError('not_found', 'risk.rule_not_found', { code });
  const latest = versions[versions.length - 1]!;
  const result = await runBacktest(ctx, caller, body.definition ?? (latest.definition as unknown as RuleDefinition), body);
  await recordRead(ctx, caller, 'risk_backtest', [code], { from: body.from, to: body.to, flow: body.flow, draft: !!body.definition });
  return { code, version: body.definition ? null : latest.version, ...result };
}

/** A draft definition tried on the documents of a past window, before it becomes a rule. */
export async function backtestDraft(ctx: AppContext, caller: Caller, body: BacktestBody & { definition: RuleDefinition }): Promise<BacktestResult> {
  authorize(caller.actor, 'risk.rules.read');
  const result = await runBacktest(ctx, caller, body.definition, body);
  await recordRead(ctx, caller, 'risk_backtest', [], { from: body.from, to: body.to, flow: body.flow, draft: true });
  return result;
}

export { BACKTEST_MAX_DAYS };

export async function ruleStats(ctx: AppContext, caller: Caller, code: string): Promise<{ code: string; total: HitStats; versions: (HitStats & { version: number; effectiveFrom: string; effectiveTo: string | null })[] }> {
  authorize(caller.actor, 'risk.rules.read');
  const versions = await ruleVersions(ctx.db, code);
  if (!versions.length) throw new AppError('not_found', 'risk.rule_not_found', { code });
  const stats = await ruleHitStats(ctx.db, code);
  const empty: HitStats = { alerts: 0, open: 0, disposed: 0, reviewed: 0, confirmed: 0, falsePositives: 0, precision: null };
  await recordRead(ctx, caller, 'risk_rule', [code], { stats: true });
  return {
    code,
    total: stats.total,
    versions: versions.map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom.toISOString(), effectiveTo: v.effectiveTo?.toISOString() ?? null, ...(stats.versions.find((s) => s.version === v.version) ?? empty) })),
  };
}

// ---------------------------------------------------------------- explanations

/** Renders stored explanations: a rule version's texts with the hit's params, or a detector's catalogue message. */
async function explainer(ctx: AppContext, ruleIds: string[]): Promise<(e: Record<string, unknown>, locale: Locale) => string> {
  const ids = [...new Set(ruleIds)];
  const texts = new Map<string, Explanation>();
  if (ids.length) for (const r of await ctx.db.select({ id: riskRules.id, explanation: riskRules.explanation }).from(riskRules).where(inArray(riskRules.id, ids))) texts.set(r.id, r.explanation as Explanation);
  return (e, locale) => {
    const params = (e.params ?? {}) as Record<string, string | number>;
    if (typeof e.ruleId === 'string') return renderExplanation(texts.get(e.ruleId) ?? {}, locale, params);
    if (typeof e.code === 'string' && isMessageKey(e.code)) return t(locale, e.code as MessageKey, params);
    return '';
  };
}

// ---------------------------------------------------------------- alerts

export interface AlertView {
  id: string;
  at: string;
  department: string;
  rule: { code: string; version: number } | null;
  detector: string | null;
  severity: Severity;
  declarationId: string | null;
  orgId: string | null;
  subject: Record<string, unknown>;
  explanation: string;
  state: AlertState;
  stateLabel: string;
  disposal: Record<string, unknown> | null;
  disposedBy: string | null;
  disposedAt: string | null;
  review: Record<string, unknown> | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

async function alertViews(ctx: AppContext, found: AlertRow[], locale: Locale): Promise<AlertView[]> {
  const explain = await explainer(ctx, found.map((a) => a.explanation.ruleId).filter((x): x is string => typeof x === 'string'));
  return found.map((a) => ({
    id: a.id,
    at: a.at.toISOString(),
    department: a.department,
    rule: a.ruleCode ? { code: a.ruleCode, version: a.ruleVersion ?? 0 } : null,
    detector: a.detector,
    severity: a.severity,
    declarationId: a.declarationId,
    orgId: a.orgId,
    subject: a.subject,
    explanation: explain(a.explanation, locale),
    state: a.state,
    stateLabel: t(locale, `risk.alert.state.${a.state}` as MessageKey),
    disposal: a.disposal,
    disposedBy: a.disposedBy,
    disposedAt: a.disposedAt?.toISOString() ?? null,
    review: a.review,
    reviewedBy: a.reviewedBy,
    reviewedAt: a.reviewedAt?.toISOString() ?? null,
  }));
}

/** The queues an actor sees: its department's, or every one (the zone office, the operator). */
function queuesOf(actor: Actor): string[] | 'all' {
  const org = actorOrg(actor);
  if (actor.type === 'system' || org?.kind === 'zone_office') return 'all';
  return org?.department ? [org.department] : [];
}

export async function listAlerts(
  ctx: AppContext,
  caller: Caller,
  q: { state?: AlertState; department?: string; declarationId?: string; ruleCode?: string; detector?: string; limit: number; offset: number },
  locale: Locale,
): Promise<{ items: AlertView[]; nextOffset: number | null }> {
  authorize(caller.actor, 'risk.alerts.read');
  const own = queuesOf(caller.actor);
  // The zone office may narrow to one department; a department's filter can only narrow to its own queue.
  const departments = own === 'all' ? (q.department ? [q.department] : 'all') : q.department ? own.filter((d) => d === q.department) : own;
  const { items, more } = await alertQueue(ctx.db, { environment: environmentOf(caller), departments, state: q.state, declarationId: q.declarationId, ruleCode: q.ruleCode, detector: q.detector, limit: q.limit, offset: q.offset });
  await recordRead(ctx, caller, 'risk_alert', items.map((a) => a.id), { query: { ...q } });
  return { items: await alertViews(ctx, items, locale), nextOffset: more ? q.offset + q.limit : null };
}

function visibleTo(actor: Actor, a: AlertRow | undefined, environment: Environment): a is AlertRow {
  if (!a || a.environment !== environment) return false;
  const own = queuesOf(actor);
  return own === 'all' || own.includes(a.department);
}

export async function getAlert(ctx: AppContext, caller: Caller, id: string, locale: Locale): Promise<AlertView> {
  authorize(caller.actor, 'risk.alerts.read');
  const a = await alertById(ctx.db, id);
  if (!visibleTo(caller.actor, a, environmentOf(caller))) throw new AppError('not_found', 'risk.alert_not_found');
  await recordRead(ctx, caller, 'risk_alert', [a.id]);
  return (await alertViews(ctx, [a], locale))[0]!;
}

/** Only the department an alert is routed to acts on it. */
async function lockOwnAlert(tx: AppContext['db'], caller: Caller, id: string): Promise<AlertRow> {
  const a = await alertById(tx, id, true);
  const dept = departmentOf(caller.actor);
  if (!a || a.environment !== environmentOf(caller) || (caller.actor.type !== 'system' && a.department !== dept)) throw new AppError('not_found', 'risk.alert_not_found');
  return a;
}

export async function disposeAlert(ctx: AppContext, caller: Caller, id: string, body: { action: Disposal; reason: string; to?: string }, locale: Locale): Promise<AlertView> {
  authorize(caller.actor, 'risk.alerts.dispose');
  if (body.action === 'report' && !body.to) throw new AppError('invalid', 'risk.alert_report_to', {}, [{ path: ['to'], code: 'risk.alert_report_to', message: 'risk.alert_report_to' }]);
  const row = await ctx.db.transaction(async (tx) => {
    const a = await lockOwnAlert(tx, caller, id);
    if (a.state !== 'open') throw new AppError('conflict', 'risk.alert_state', { state: a.state });
    const next = await disposeAlertRow(tx, ctx, a, { action: body.action, reason: body.reason, to: body.action === 'report' ? body.to : null }, whoOf(caller.actor));
    // Reported to another department: it gets its own alert to work, pointing back at this one.
    if (body.action === 'report' && body.to && body.to !== a.department) {
      await raiseAlerts(tx, ctx, [
        { environment: a.environment, at: ctx.clock.now(), department: body.to, ruleCode: null, ruleVersion: null, detector: a.detector, severity: a.severity, declarationId: a.declarationId, orgId: a.orgId, subject: { ...a.subject, reportedFrom: a.id, rule: a.ruleCode ?? null, ruleVersion: a.ruleVersion ?? null }, explanation: a.explanation },
      ]);
    }
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'risk.alert.dispose', resourceType: 'risk_alert', resourceId: a.id, details: { ...body } });
    return next;
  });
  return (await alertViews(ctx, [row], locale))[0]!;
}

export async function reviewAlert(ctx: AppContext, caller: Caller, id: string, body: { outcome: ReviewOutcome; reason: string }, locale: Locale): Promise<AlertView> {
  authorize(caller.actor, 'risk.alerts.dispose');
  const row = await ctx.db.transaction(async (tx) => {
    const a = await lockOwnAlert(tx, caller, id);
    if (a.state !== 'disposed') throw new AppError('conflict', 'risk.alert_state', { state: a.state });
    const next = await reviewAlertRow(tx, ctx, a, body, whoOf(caller.actor));
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'risk.alert.review', resourceType: 'risk_alert', resourceId: a.id, details: { ...body } });
    return next;
  });
  return (await alertViews(ctx, [row], locale))[0]!;
}

// ---------------------------------------------------------------- decisions

export interface DecisionView {
  id: string;
  at: string;
  flow: string;
  score: number;
  action: string;
  fired: (Record<string, unknown> & { explanation: string })[];
}

/** The risk decisions taken on a declaration (one per assessment), with what fired and why. */
export async function declarationDecisions(ctx: AppContext, caller: Caller, declarationId: string, locale: Locale): Promise<{ declarationId: string; items: DecisionView[] }> {
  authorize(caller.actor, 'risk.rules.read');
  const found = await ctx.db
    .select()
    .from(riskDecisions)
    .where(and(eq(riskDecisions.declarationId, declarationId), eq(riskDecisions.environment, environmentOf(caller))))
    .orderBy(asc(riskDecisions.at), asc(riskDecisions.id));
  const fired = found.flatMap((d) => d.fired);
  const explain = await explainer(ctx, fired.map((f) => f.ruleId).filter((x): x is string => typeof x === 'string'));
  await recordRead(ctx, caller, 'risk_decision', found.map((d) => d.id), { declarationId });
  return {
    declarationId,
    items: found.map((d) => ({
      id: d.id,
      at: d.at.toISOString(),
      flow: d.flow,
      score: d.score,
      action: d.action,
      fired: d.fired.map((f) => {
        const e = typeof f.rule === 'string' ? { ruleId: f.ruleId, params: f.params } : ((f.explanation as Record<string, unknown> | undefined) ?? {});
        const { explanation: _e, ...rest } = f;
        return { ...rest, explanation: explain(e, locale) };
      }),
    })),
  };
}

// ---------------------------------------------------------------- sweeps

/** A department that keeps rules runs the sweep over a window now (the worker runs it every hour). */
export async function runSweep(ctx: AppContext, caller: Caller, body: { from: string; to: string; detectors?: DetectorName[] | undefined }): Promise<SweepResult> {
  authorize(caller.actor, 'risk.rules.manage');
  const from = new Date(body.from);
  const to = new Date(body.to);
  if (to.getTime() <= from.getTime() || to.getTime() - from.getTime() > BACKTEST_MAX_DAYS * 86_400_000) throw new AppError('invalid', 'risk.backtest_window', { from: from.toISOString(), to: to.toISOString(), days: BACKTEST_MAX_DAYS });
  const result = await sweep(ctx, { environment: environmentOf(caller), from, to, detectors: body.detectors ?? SWEPT_DETECTORS });
  await ctx.db.transaction((tx) => recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'risk.sweep', resourceType: 'risk_alert', resourceId: null, details: { from: body.from, to: body.to, detectors: result.detectors } }));
  return result;
}
