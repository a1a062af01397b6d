/**
 * The periodic sweep (issue 7 §3-4): the detectors whose patterns complete without any new declaration — above
 * all collections with no released export behind them, which only show once their grace period has passed —
 * run over a window of risk facts, and each new hit raises one alert for the detector's department. A hit is
 * raised once: its subject carries a sweep key, and a later sweep over an overlapping window skips it.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../app/context';
import { DETECTORS, type DetectorName } from './detectors';
import { raiseAlerts, type NewAlert } from './alerts';
import type { Environment } from './facts';
import { DEFAULT_DETECTOR_POLICY } from './port';
import { riskAlerts } from './risk.table';

/** What the sweep runs by default: the patterns that need no new declaration to complete. */
export const SWEPT_DETECTORS: readonly DetectorName[] = ['collection_without_export'];
/** How far back the worker's sweep looks (the grace period of collections is 30 days, their look-back 180). */
export const SWEEP_LOOKBACK_DAYS = 200;
const HOUR_MS = 3_600_000;

export interface SweepInput {
  environment: Environment;
  from: Date;
  to: Date;
  detectors?: readonly DetectorName[];
}

export interface SweepResult {
  from: string;
  to: string;
  detectors: { name: DetectorName; hits: number; raised: number }[];
  alertIds: string[];
}

const sweepKey = (name: string, subject: Record<string, string>) => `${name}|${Object.keys(subject).sort().map((k) => `${k}=${subject[k]}`).join('|')}`;

export async function sweep(ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>, input: SweepInput): Promise<SweepResult> {
  const names = input.detectors ?? SWEPT_DETECTORS;
  const result: SweepResult = { from: input.from.toISOString(), to: input.to.toISOString(), detectors: [], alertIds: [] };
  for (const name of names) {
    const hits = await DETECTORS[name].detectAll(ctx.db, undefined, { environment: input.environment, from: input.from, to: input.to, cutoff: ctx.clock.now() });
    if (!hits.length) {
      result.detectors.push({ name, hits: 0, raised: 0 });
      continue;
    }
    // One hit per subject (the first), whatever the detector returned.
    const bySubject = new Map<string, (typeof hits)[number]>();
    for (const h of hits) if (!bySubject.has(sweepKey(name, h.subject))) bySubject.set(sweepKey(name, h.subject), h);
    const keyed = [...bySubject].map(([key, hit]) => ({ key, hit }));
    const raised = await ctx.db.transaction(async (tx) => {
      // One sweep of a detector at a time per environment: concurrent sweeps would both see a hit as new.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`risk-sweep:${input.environment}:${name}`}))`);
      const seen = new Set<string>();
      for (let i = 0; i < keyed.length; i += 500) {
        const keys = keyed.slice(i, i + 500).map((k) => k.key);
        const found = await tx
          .select({ key: sql<string>`${riskAlerts.subject}->>'sweepKey'` })
          .from(riskAlerts)
          .where(and(eq(riskAlerts.environment, input.environment), eq(riskAlerts.detector, name), inArray(sql<string>`${riskAlerts.subject}->>'sweepKey'`, keys)));
        for (const f of found) seen.add(f.key);
      }
      const fresh = keyed.filter((k) => !seen.has(k.key));
      const policy = DEFAULT_DETECTOR_POLICY[name];
      const alerts: NewAlert[] = fresh.map(({ hit, key }) => ({
        environment: input.environment,
        at: hit.at ?? ctx.clock.now(),
        department: policy.department,
        detector: name,
        severity: hit.severity,
        subject: { ...hit.subject, sweepKey: key },
        explanation: { code: hit.explanation.code, params: hit.explanation.params },
      }));
      return raiseAlerts(tx, ctx, alerts);
    });
    result.detectors.push({ name, hits: hits.length, raised: raised.length });
    result.alertIds.push(...raised);
  }
  return result;
}

/** Sweeps the last SWEEP_LOOKBACK_DAYS every hour, in production and the sandbox (call at startup with the workers). */
export function startRiskWorker(ctx: Pick<AppContext, 'db' | 'clock' | 'newId' | 'log'>, everyMs = HOUR_MS): { stop(): void } {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    const to = ctx.clock.now();
    const from = new Date(to.getTime() - SWEEP_LOOKBACK_DAYS * 24 * HOUR_MS);
    (async () => {
      for (const environment of ['production', 'sandbox'] as const) {
        const r = await sweep(ctx, { environment, from, to });
        const raised = r.detectors.reduce((n, d) => n + d.raised, 0);
        if (raised) ctx.log.info({ environment, detectors: r.detectors }, 'risk sweep raised alerts');
      }
    })()
      .catch((e: unknown) => ctx.log.error({ err: e }, 'risk sweep failed'))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
