import { createHash } from 'node:crypto';
import { makeContext, makeLogger } from '../../src/app/app';
import type { AppContext, Caller } from '../../src/app/context';
import { loadConfig } from '../../src/config';
import { ManualClock } from '../../src/kernel/clock';
import { newId } from '../../src/kernel/ids';
import { SYSTEM } from '../../src/modules/access';
import { inspectionDraw, supervisionRates } from '../../src/modules/clearance';
import { DEFAULT_MODEL, installCreditModule, loadCreditLevels, readLevelsFile, regimeAt, supervise, allLevels, type Grade } from '../../src/modules/credit';
import { decideLevel, listEnterprise } from '../../src/modules/credit/credit.api';
import { insertOrganisation, makeUscc } from '../../src/modules/identity';
import type { Scenario } from '../support';

/**
 * Classified supervision over simulated traffic (credit issue, "done when"): inspection rates by customs credit
 * level, measured over many declarations drawn the way clearance draws them, against the rates the levels file
 * (data/reference/credit-levels.csv) and the credit model configure; and the draw replayed from its seed.
 *
 * Enterprises are created with identity's insertOrganisation, given their level with the credit API's
 * decideLevel and put on the negative list with its listEnterprise (as customs would, here as the system actor).
 * Each declaration's rate is clearance's supervisionRates (filled by the credit module's supervision port) and
 * its outcome clearance's inspectionDraw(seed, id) < rate. The factors of an enterprise cannot change during a
 * pass (fixed clock, no writes), so the rate is asked of supervisionRates once per enterprise per pass and
 * cached; a spread of declarations ask it again and must get the same rate.
 *
 * Declaration ids are UUIDv7-shaped and a pure function of (seed, index): the timestamp spreads the traffic over
 * the twelve hours before the clock, the random bits and the enterprise come from SHA-256 of the seed and the
 * index. The same seed therefore yields the same ids and the same outcomes; the pass with another seed keeps
 * the traffic and changes only the inspection seed, so outcomes can be compared declaration by declaration.
 */

const SEED = process.env.BENCH_CREDIT_SEED ?? '20261129';
const OTHER_SEED = /^\d+$/.test(SEED) ? String(BigInt(SEED) + 1n) : `${SEED}+1`;
const DECLARATIONS = Math.max(1, Number(process.env.BENCH_CREDIT_DECLARATIONS ?? 200_000));
const BASE_RATE = Number(process.env.BENCH_CREDIT_BASE_RATE ?? 0.1);
const SPOT_CHECKS = Math.max(0, Number(process.env.BENCH_CREDIT_SPOT_CHECKS ?? 500));
const PER_LEVEL = 5;
const NOW = '2026-11-29T12:00:00+08:00';
const DECIDED_FROM = '2026-06-01T00:00:00+08:00';
const LISTED_FROM = '2026-10-01T00:00:00+08:00';
const SPREAD_MS = 12 * 3_600_000;
/** Two-sided 99%: the standard normal quantile of 0.995. */
const Z = 2.5758293035489004;
const NEGATIVE_LISTED = 'regular+negative_list';

interface Enterprise {
  orgId: string;
  /** The row of the table it counts under: its level code, or NEGATIVE_LISTED. */
  group: string;
}

interface Group {
  group: string;
  /** The level whose measures the configuration says apply, and the grade the model gives. */
  appliedLevel: string;
  grade: Grade;
  configured: number;
  enterprises: number;
}

/** The seeded traffic: declaration `i` → its id and enterprise, a pure function of (seed, i). */
function declarationAt(seed: string, i: number, n: number, start: number, enterprises: number): { id: string; enterprise: number } {
  const h = createHash('sha256').update(`tumen-bench-credit:${seed}:${i}`).digest();
  const ms = start + Math.floor((i * SPREAD_MS) / n);
  const b = Buffer.alloc(16);
  b.writeUIntBE(ms, 0, 6);
  h.copy(b, 6, 0, 10);
  b[6] = 0x70 | (b[6]! & 0x0f); // version 7
  b[8] = 0x80 | (b[8]! & 0x3f); // variant 10
  const x = b.toString('hex');
  const id = `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
  return { id, enterprise: Math.floor((h.readUInt32BE(16) / 2 ** 32) * enterprises) };
}

/** Wilson score interval for k successes in n trials at the normal quantile z. */
function wilson(k: number, n: number, z: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

function round(x: number, places = 6): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

interface Pass {
  seed: string;
  outcomes: Uint8Array;
  hash: string;
  inspected: Map<string, number>;
  counted: Map<string, number>;
  rates: number[];
  seconds: number;
  spotChecks: number;
  spotMismatches: number;
}

export const creditScenario: Scenario = async ({ database }, { log }) => {
  const started = performance.now();
  const clock = new ManualClock(NOW);
  const config = loadConfig({ TUMEN_INSPECTION_RATE: String(BASE_RATE), TUMEN_INSPECTION_SEED: SEED, TUMEN_LOG_LEVEL: 'silent' });
  const ctx: AppContext = makeContext(config, database, { clock, newId, log: makeLogger(config) });
  const caller: Caller = { actor: SYSTEM, requestId: 'bench-credit' };
  installCreditModule();

  // ---- the levels, as the file configures them
  const loaded = await loadCreditLevels(ctx.db);
  const levels = await allLevels(ctx.db);
  const regime = regimeAt(levels, clock.now());
  if (!regime) throw new Error(`no credit regime in force at ${NOW}`);
  log(`${loaded} credit levels loaded; in force at ${NOW}: ${regime.regime} (${regime.levels.map((l) => l.levelCode).join(', ')})`);

  // The configured rate read straight from the CSV and the default model, independently of supervise():
  // min(1, max(base × level factor × grade factor, level floor)).
  const csv = readLevelsFile().filter((r) => r.regime === regime.regime);
  const csvLevel = (code: string) => {
    const r = csv.find((x) => x.levelCode === code);
    if (!r) throw new Error(`level ${code} not in the levels file for ${regime.regime}`);
    const floor = r.names['floor.inspection'];
    return { factor: Number(r.inspectionFactor), floor: floor === undefined || floor === '' ? null : Number(floor) };
  };
  const configuredRate = (code: string, grade: Grade) => {
    const { factor, floor } = csvLevel(code);
    return Math.min(1, Math.max(BASE_RATE * factor * DEFAULT_MODEL.gradeFactors[grade].inspection, floor ?? 0));
  };
  // A fresh enterprise scores the model's base score; a negative-listed one is at best the model's listed grade,
  // and is treated as the dishonest level (the cause used here is not a serious-list cause).
  const freshGrade = ((): Grade => {
    const g = DEFAULT_MODEL.grades;
    const s = DEFAULT_MODEL.baseScore;
    return s >= g.A ? 'A' : s >= g.B ? 'B' : s >= g.C ? 'C' : 'D';
  })();
  const listedGrade = DEFAULT_MODEL.negativeListGrade;

  // ---- enterprises: PER_LEVEL per level of the regime in force, and one regular enterprise on the negative list
  const groups: Group[] = regime.levels.map((l) => ({ group: l.levelCode, appliedLevel: l.levelCode, grade: freshGrade, configured: configuredRate(l.levelCode, freshGrade), enterprises: PER_LEVEL }));
  groups.push({ group: NEGATIVE_LISTED, appliedLevel: 'dishonest', grade: listedGrade, configured: configuredRate('dishonest', listedGrade), enterprises: 1 });
  const enterprises: Enterprise[] = [];
  let serial = 0;
  for (const g of groups) {
    for (let j = 0; j < g.enterprises; j++) {
      serial++;
      const org = await ctx.db.transaction((tx) =>
        insertOrganisation(tx, ctx, caller, {
          kind: 'enterprise',
          uscc: makeUscc(`91222401MA${String(serial).padStart(7, '0')}`),
          nameZh: `信用基准企业${String(serial).padStart(2, '0')}（${g.group}）`,
          roles: ['ebc'],
          status: 'active',
        }),
      );
      const levelCode = g.group === NEGATIVE_LISTED ? 'regular' : g.group;
      await decideLevel(ctx, caller, org.id, { levelCode, regime: regime.regime, validFrom: DECIDED_FROM, reason: 'bench' }, 'en');
      if (g.group === NEGATIVE_LISTED) {
        await listEnterprise(ctx, caller, { orgId: org.id, cause: 'bench: repeated supervision violations', causeKey: 'art22_supervision_violations', start: LISTED_FROM }, 'en');
      }
      enterprises.push({ orgId: org.id, group: g.group });
    }
  }
  log(`${enterprises.length} enterprises: ${PER_LEVEL} per level of ${regime.regime}, one regular one on the negative list`);

  // What supervise() says of one enterprise per group (level applied, grade, floor), for the record.
  const basisOf = new Map<string, { applied: string | null; grade: string; factor: number; floorApplied: boolean }>();
  for (const g of groups) {
    const e = enterprises.find((x) => x.group === g.group)!;
    const s = await supervise(ctx.db, ctx, e.orgId, clock.now());
    const floorApplied = (s.factors.basis.floorApplied as { inspection: boolean } | undefined)?.inspection ?? false;
    basisOf.set(g.group, { applied: s.applied?.levelCode ?? null, grade: s.evaluation.grade, factor: s.factors.inspection, floorApplied });
  }

  const start = clock.now().getTime() - SPREAD_MS;
  const spotEvery = SPOT_CHECKS > 0 ? Math.max(1, Math.floor(DECLARATIONS / SPOT_CHECKS)) : 0;

  /** One pass over the whole traffic: the rate of each enterprise from supervisionRates, a draw per declaration. */
  async function pass(label: string, seed: string, spotCheck: boolean): Promise<Pass> {
    const pctx: AppContext = { ...ctx, config: { ...config, TUMEN_INSPECTION_SEED: seed } };
    const t0 = performance.now();
    // The real function, once per enterprise (the factors cannot change during the pass).
    const rates: number[] = [];
    for (const e of enterprises) rates.push((await supervisionRates(pctx.db, pctx, e.orgId)).inspection);
    const outcomes = new Uint8Array(DECLARATIONS);
    const hash = createHash('sha256');
    const inspected = new Map<string, number>(groups.map((g) => [g.group, 0]));
    const counted = new Map<string, number>(groups.map((g) => [g.group, 0]));
    let spotChecks = 0;
    let spotMismatches = 0;
    const tenth = Math.max(1, Math.ceil(DECLARATIONS / 10));
    for (let i = 0; i < DECLARATIONS; i++) {
      const d = declarationAt(SEED, i, DECLARATIONS, start, enterprises.length);
      const e = enterprises[d.enterprise]!;
      let rate = rates[d.enterprise]!;
      if (spotCheck && spotEvery && i % spotEvery === 0) {
        const fresh = (await supervisionRates(pctx.db, pctx, e.orgId)).inspection;
        spotChecks++;
        if (fresh !== rate) spotMismatches++;
        rate = fresh;
      }
      // As clearance does at audit: inspectionDraw(TUMEN_INSPECTION_SEED, declaration id) < rate.
      const sampled = inspectionDraw(pctx.config.TUMEN_INSPECTION_SEED, d.id) < rate;
      counted.set(e.group, counted.get(e.group)! + 1);
      if (sampled) {
        outcomes[i] = 1;
        inspected.set(e.group, inspected.get(e.group)! + 1);
        hash.update(d.id).update('\n');
      }
      if ((i + 1) % tenth === 0 || i + 1 === DECLARATIONS) {
        log(`${label}: ${Math.round(((i + 1) / DECLARATIONS) * 100)}%  ${(i + 1).toLocaleString('en')} declarations  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        // Let the event loop breathe between tenths (pino, the database's keep-alives).
        await new Promise((r) => setImmediate(r));
      }
    }
    return { seed, outcomes, hash: hash.digest('hex'), inspected, counted, rates, seconds: (performance.now() - t0) / 1000, spotChecks, spotMismatches };
  }

  log(`${DECLARATIONS.toLocaleString('en')} declarations, base inspection rate ${BASE_RATE}, seed ${SEED}`);
  const first = await pass(`pass 1/3 seed ${SEED}`, SEED, true);
  const again = await pass(`pass 2/3 seed ${SEED} (replay)`, SEED, false);
  const other = await pass(`pass 3/3 seed ${OTHER_SEED}`, OTHER_SEED, false);

  // ---- reproducibility
  const ratesOf = (group: string) => enterprises.map((e, j) => (e.group === group ? first.rates[j]! : null)).filter((x): x is number => x !== null);
  let differAgain = 0;
  let changed = 0;
  let changedExpected = 0;
  for (let i = 0; i < DECLARATIONS; i++) {
    if (first.outcomes[i] !== again.outcomes[i]) differAgain++;
    if (first.outcomes[i] !== other.outcomes[i]) changed++;
  }
  // Expected disagreements between two independent draws of the same traffic: Σ 2p(1 − p) over declarations.
  for (const g of groups) {
    const p = ratesOf(g.group)[0]!;
    changedExpected += first.counted.get(g.group)! * 2 * p * (1 - p);
  }
  const identical = first.hash === again.hash && differAgain === 0;

  // ---- figures per level
  const regular = groups.find((g) => g.group === 'regular')!;
  const regularN = first.counted.get('regular')!;
  const regularK = first.inspected.get('regular')!;
  const regularP = regularK / regularN;
  const rows = groups.map((g) => {
    const n = first.counted.get(g.group)!;
    const k = first.inspected.get(g.group)!;
    const measured = n ? k / n : 0;
    const { low, high } = wilson(k, n, Z);
    const ratesOfGroup = ratesOf(g.group);
    const rate = ratesOfGroup[0]!;
    const sameRateAcrossGroup = ratesOfGroup.every((r) => r === rate);
    // Ratio to the regular level: 99% interval by the delta method on log(p1/p0) (independent samples).
    const configuredRatio = g.configured / regular.configured;
    const measuredRatio = measured / regularP;
    let ratioLow = measuredRatio;
    let ratioHigh = measuredRatio;
    if (g.group !== 'regular' && k > 0 && regularK > 0) {
      const se = Math.sqrt((1 - measured) / (n * measured) + (1 - regularP) / (regularN * regularP));
      ratioLow = measuredRatio * Math.exp(-Z * se);
      ratioHigh = measuredRatio * Math.exp(Z * se);
    }
    const b = basisOf.get(g.group)!;
    return {
      level: g.group,
      configured: round(g.configured),
      declarations: n,
      inspected: k,
      measured: round(measured),
      low: round(low),
      high: round(high),
      within: g.configured >= low && g.configured <= high,
      appliedLevel: b.applied,
      grade: b.grade,
      enterprises: g.enterprises,
      rate: round(rate),
      rateMatchesConfig: sameRateAcrossGroup && Math.abs(rate - g.configured) < 1e-12,
      floorApplied: b.floorApplied,
      measuredOverConfigured: round(measured / g.configured, 4),
      configuredRatioToRegular: round(configuredRatio, 4),
      measuredRatioToRegular: round(measuredRatio, 4),
      ratioLow: round(ratioLow, 4),
      ratioHigh: round(ratioHigh, 4),
      ratioWithin: configuredRatio >= ratioLow - 1e-12 && configuredRatio <= ratioHigh + 1e-12,
    };
  });
  const certain = rows.filter((r) => r.rate === 1);
  const certainExact = certain.every((r) => r.inspected === r.declarations);

  console.table(Object.fromEntries(rows.map((r) => [r.level, { applied: r.appliedLevel, grade: r.grade, configured: r.configured, rate: r.rate, declarations: r.declarations, inspected: r.inspected, measured: r.measured, low: r.low, high: r.high, within: r.within }])));
  console.table(Object.fromEntries(rows.map((r) => [r.level, { measuredOverConfigured: r.measuredOverConfigured, configuredRatioToRegular: r.configuredRatioToRegular, measuredRatioToRegular: r.measuredRatioToRegular, ratioLow: r.ratioLow, ratioHigh: r.ratioHigh, ratioWithin: r.ratioWithin, rateMatchesConfig: r.rateMatchesConfig }])));
  const outside = rows.filter((r) => !r.within).map((r) => r.level);
  log(outside.length ? `configured rate outside the 99% interval: ${outside.join(', ')}` : 'every configured rate lies within the 99% Wilson interval of its measured rate');
  log(`replay with seed ${SEED}: ${identical ? 'identical' : `${differAgain} outcomes differ`} (sha256 of sampled ids ${first.hash.slice(0, 16)}…); seed ${OTHER_SEED}: ${changed.toLocaleString('en')} outcomes changed (expected about ${Math.round(changedExpected).toLocaleString('en')})`);

  const figures = {
    seed: SEED,
    otherSeed: OTHER_SEED,
    regime: regime.regime,
    baseRate: BASE_RATE,
    declarations: DECLARATIONS,
    enterprises: enterprises.length,
    /** low/high: Wilson score, 99% two-sided (z = 2.5758); ratioLow/ratioHigh: delta method on the log ratio, 99%. */
    interval: 'Wilson 99%',
    allWithin: rows.every((r) => r.within) ? 'true' : 'false',
    allRatesMatchConfig: rows.every((r) => r.rateMatchesConfig) ? 'true' : 'false',
    rateOneMeasuredExactly: certain.length ? (certainExact ? 'true' : 'false') : 'n/a',
    supervisionRatesCalls: enterprises.length * 3 + first.spotChecks,
    spotChecks: first.spotChecks,
    spotCheckMismatches: first.spotMismatches,
    sampledIdsSha256: first.hash,
    identicalWithSameSeed: identical,
    changedWithOtherSeed: changed,
    changedWithOtherSeedExpected: Math.round(changedExpected),
    passSeconds: round(first.seconds, 2),
    replaySeconds: round(again.seconds, 2),
    drawsPerSecond: Math.round(DECLARATIONS / again.seconds),
    totalSeconds: round((performance.now() - started) / 1000, 1),
    levels: rows,
  };
  // The runner's figures are flat numbers and strings; this scenario also hands back its per-level table.
  return figures as unknown as Record<string, number | string>;
};
