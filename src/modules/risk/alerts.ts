/**
 * Early warning → disposal → review (issue 7 §4). Every rule or detector that fires on a declaration raises an
 * alert routed to the department in scope (a rule's own department; detectors to customs, the laundering
 * detector to forex). The department disposes of it (release, inspect, hold, or report it to another
 * department), with who and why; a later review says whether the hit was true (confirmed) or a false positive,
 * which is what a rule's hit statistics count, per version.
 */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Ports } from '../../app/context';
import { rows, type Db } from '../../db/database';
import type { Environment } from './facts';
import { riskAlerts } from './risk.table';

type AlertPorts = Pick<Ports, 'clock' | 'newId'>;
export type AlertRow = typeof riskAlerts.$inferSelect;
export type AlertState = AlertRow['state'];
export type Severity = AlertRow['severity'];

export const ALERT_STATES = ['open', 'disposed', 'reviewed'] as const;
export const DISPOSALS = ['release', 'inspect', 'hold', 'report'] as const;
export type Disposal = (typeof DISPOSALS)[number];
export const REVIEW_OUTCOMES = ['confirmed', 'false_positive'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface NewAlert {
  environment: Environment;
  at: Date;
  department: string;
  ruleCode?: string | null;
  ruleVersion?: number | null;
  detector?: string | null;
  severity: Severity;
  declarationId?: string | null;
  orgId?: string | null;
  subject: Record<string, unknown>;
  /** Rules: { texts (the version's five languages), params }; detectors: { code (catalogue key), params }. */
  explanation: Record<string, unknown>;
}

/** Who acted on an alert: kept with the disposal and the review. */
export interface Who {
  userId: string | null;
  username: string | null;
  orgId: string | null;
}

export async function raiseAlerts(tx: Db, ports: AlertPorts, alerts: NewAlert[]): Promise<string[]> {
  if (!alerts.length) return [];
  const values = alerts.map((a) => ({
    id: ports.newId(),
    environment: a.environment,
    at: a.at,
    department: a.department,
    ruleCode: a.ruleCode ?? null,
    ruleVersion: a.ruleVersion ?? null,
    detector: a.detector ?? null,
    severity: a.severity,
    declarationId: a.declarationId ?? null,
    orgId: a.orgId ?? null,
    subject: a.subject,
    explanation: a.explanation,
    state: 'open' as const,
  }));
  await tx.insert(riskAlerts).values(values);
  return values.map((v) => v.id);
}

export interface QueueQuery {
  environment: Environment;
  /** The departments whose alerts are listed, or all of them (the zone office). */
  departments: string[] | 'all';
  state?: AlertState;
  declarationId?: string;
  ruleCode?: string;
  detector?: string;
  limit: number;
  offset: number;
}

/** A department's queue, newest first (on the (environment, department, state, at) index). */
export async function alertQueue(db: Db, q: QueueQuery): Promise<{ items: AlertRow[]; more: boolean }> {
  const where: SQL[] = [eq(riskAlerts.environment, q.environment)];
  if (q.departments !== 'all') where.push(inArray(riskAlerts.department, q.departments.length ? q.departments : ['-']));
  if (q.state) where.push(eq(riskAlerts.state, q.state));
  if (q.declarationId) where.push(eq(riskAlerts.declarationId, q.declarationId));
  if (q.ruleCode) where.push(eq(riskAlerts.ruleCode, q.ruleCode));
  if (q.detector) where.push(eq(riskAlerts.detector, q.detector));
  const found = await db
    .select()
    .from(riskAlerts)
    .where(and(...where))
    .orderBy(desc(riskAlerts.at), desc(riskAlerts.id))
    .limit(q.limit + 1)
    .offset(q.offset);
  return { items: found.slice(0, q.limit), more: found.length > q.limit };
}

export async function alertById(db: Db, id: string, lock = false): Promise<AlertRow | undefined> {
  const query = db.select().from(riskAlerts).where(eq(riskAlerts.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Records the disposal of an open alert. Call with the alert locked. */
export async function disposeAlert(tx: Db, ports: AlertPorts, alert: AlertRow, input: { action: Disposal; reason: string; to?: string | null }, who: Who): Promise<AlertRow> {
  const at = ports.clock.now();
  const [row] = await tx
    .update(riskAlerts)
    .set({
      state: 'disposed',
      disposal: { action: input.action, reason: input.reason, to: input.to ?? null, by: who, at: at.toISOString() },
      disposedBy: who.username ?? who.userId,
      disposedAt: at,
    })
    .where(and(eq(riskAlerts.id, alert.id), eq(riskAlerts.state, 'open')))
    .returning();
  return row!;
}

/** Closes the loop on a disposed alert: was the hit true? Call with the alert locked. */
export async function reviewAlert(tx: Db, ports: AlertPorts, alert: AlertRow, input: { outcome: ReviewOutcome; reason: string }, who: Who): Promise<AlertRow> {
  const at = ports.clock.now();
  const [row] = await tx
    .update(riskAlerts)
    .set({ state: 'reviewed', review: { outcome: input.outcome, reason: input.reason, by: who, at: at.toISOString() }, reviewedBy: who.username ?? who.userId, reviewedAt: at })
    .where(and(eq(riskAlerts.id, alert.id), eq(riskAlerts.state, 'disposed')))
    .returning();
  return row!;
}

export interface HitStats {
  alerts: number;
  open: number;
  disposed: number;
  reviewed: number;
  confirmed: number;
  falsePositives: number;
  /** confirmed / (confirmed + false positives) so far; null before any review. */
  precision: number | null;
}

function statsOf(r: { alerts: number; open: number; disposed: number; reviewed: number; confirmed: number; false_positives: number }): HitStats {
  const judged = r.confirmed + r.false_positives;
  return {
    alerts: r.alerts,
    open: r.open,
    disposed: r.disposed,
    reviewed: r.reviewed,
    confirmed: r.confirmed,
    falsePositives: r.false_positives,
    precision: judged ? Number((r.confirmed / judged).toFixed(4)) : null,
  };
}

const STATS_COLUMNS = sql`count(*)::int as alerts,
  (count(*) filter (where state = 'open'))::int as open,
  (count(*) filter (where state = 'disposed'))::int as disposed,
  (count(*) filter (where state = 'reviewed'))::int as reviewed,
  (count(*) filter (where review->>'outcome' = 'confirmed'))::int as confirmed,
  (count(*) filter (where review->>'outcome' = 'false_positive'))::int as false_positives`;

/** A rule's hit statistics in production, per version and in total (on the (rule_code, rule_version) index). */
export async function ruleHitStats(db: Db, code: string): Promise<{ total: HitStats; versions: (HitStats & { version: number })[] }> {
  const found = await rows<{ version: number; alerts: number; open: number; disposed: number; reviewed: number; confirmed: number; false_positives: number }>(
    db,
    sql`select rule_version as version, ${STATS_COLUMNS} from risk_alerts where rule_code = ${code} and environment = 'production' group by rule_version order by rule_version`,
  );
  const sum = (k: 'alerts' | 'open' | 'disposed' | 'reviewed' | 'confirmed' | 'false_positives') => found.reduce((s, r) => s + Number(r[k]), 0);
  return {
    total: statsOf({ alerts: sum('alerts'), open: sum('open'), disposed: sum('disposed'), reviewed: sum('reviewed'), confirmed: sum('confirmed'), false_positives: sum('false_positives') }),
    versions: found.map((r) => ({ version: Number(r.version), ...statsOf(r) })),
  };
}
