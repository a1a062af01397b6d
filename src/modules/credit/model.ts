/**
 * The credit evaluation model (plan 二.三.4, issue 7 §5): a base score, points per fact kind that fade with a
 * half-life, grade thresholds, and what each grade does to the supervision rates. The model is data — a dated,
 * versioned row of credit_models — and this file is the pure arithmetic over it: no I/O, so the same facts and
 * the same model always give the same score, and every point of it can be shown.
 */
import { z } from 'zod';

export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** Facts other modules produce (through their events) and facts the competent departments record. */
export const FACT_KINDS = [
  'declaration_rejected',
  'goods_seized',
  'goods_shipped_back',
  'consumer_return',
  'clean_release',
  'export_rejected',
  'export_returned',
  'filing_suspended',
  'inspection_finding',
  'penalty',
  'late_tax',
  'complaint',
  'quality_incident',
  'aeo_certified',
  'certification',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const Factors = z.strictObject({ inspection: z.number().min(0).max(1000), review: z.number().min(0).max(1000) });

const KindRule = z.strictObject({
  /** Points of one fact (of one unit of an aggregated fact); negative lowers the score. */
  points: z.number().min(-100).max(100),
  /** Days after which a fact weighs half as much; null: it does not fade. */
  halfLifeDays: z.number().positive().max(36_500).nullable(),
  /** `month`: facts of this kind count together per calendar month (e.g. clean releases), each month at most `cap` points. */
  aggregate: z.enum(['month']).optional(),
  cap: z.number().positive().max(100).optional(),
});
export type KindRule = z.infer<typeof KindRule>;

export const CreditModelSchema = z
  .strictObject({
    baseScore: z.number().min(0).max(100),
    /** Fading facts older than this are no longer read (they weigh almost nothing by then). */
    horizonDays: z.number().int().min(30).max(36_500),
    /** The lowest score of grades A, B and C; below C is D. */
    grades: z.strictObject({ A: z.number().min(0).max(100), B: z.number().min(0).max(100), C: z.number().min(0).max(100) }),
    /** What each grade multiplies the customs level's factors by (classified supervision). */
    gradeFactors: z.strictObject({ A: Factors, B: Factors, C: Factors, D: Factors }),
    /** A negative-listed enterprise's grade is at best this. */
    negativeListGrade: z.enum(GRADES),
    /** Fact kinds that count as a case (令第251号 art. 22) for the automatic two-years-without-a-case repair. */
    caseKinds: z.array(z.enum(FACT_KINDS)).max(FACT_KINDS.length),
    kinds: z.partialRecord(z.enum(FACT_KINDS), KindRule),
  })
  .refine((m) => m.grades.A >= m.grades.B && m.grades.B >= m.grades.C, { message: 'credit.model_grades_order', path: ['grades'] });
export type CreditModel = z.infer<typeof CreditModelSchema>;

/**
 * Version 1, the zone's starting model (zone-configured, not from a rule): an enterprise with no facts scores 80
 * (grade B, the base rates); a rejection costs 1.5 points fading by half in 180 days, a seizure 12 points over a
 * year, an AEO certification adds 10 for as long as it stands; clean releases add at most one point a month.
 */
export const DEFAULT_MODEL: CreditModel = {
  baseScore: 80,
  horizonDays: 1825,
  grades: { A: 90, B: 75, C: 60 },
  gradeFactors: {
    A: { inspection: 0.8, review: 0.8 },
    B: { inspection: 1, review: 1 },
    C: { inspection: 1.5, review: 1.5 },
    D: { inspection: 2, review: 2 },
  },
  negativeListGrade: 'D',
  caseKinds: ['penalty', 'late_tax'],
  kinds: {
    declaration_rejected: { points: -1.5, halfLifeDays: 180 },
    goods_seized: { points: -12, halfLifeDays: 365 },
    goods_shipped_back: { points: -6, halfLifeDays: 365 },
    consumer_return: { points: -0.3, halfLifeDays: 90 },
    clean_release: { points: 0.01, halfLifeDays: 180, aggregate: 'month', cap: 1 },
    export_rejected: { points: -1.5, halfLifeDays: 180 },
    export_returned: { points: -0.3, halfLifeDays: 90 },
    filing_suspended: { points: -4, halfLifeDays: 365 },
    inspection_finding: { points: -8, halfLifeDays: 365 },
    penalty: { points: -15, halfLifeDays: 730 },
    late_tax: { points: -10, halfLifeDays: 365 },
    complaint: { points: -2, halfLifeDays: 180 },
    quality_incident: { points: -8, halfLifeDays: 365 },
    aeo_certified: { points: 10, halfLifeDays: null },
    certification: { points: 3, halfLifeDays: 730 },
  },
};

const DAY_MS = 86_400_000;

/** One fact as the evaluation reads it; an aggregated month arrives as one fact with its count and summed decay. */
export interface ScoredFact {
  id: string | null;
  kind: string;
  at: Date;
  source: string;
  reference: string | null;
  /** How many facts this stands for (a month of clean releases), 1 otherwise. */
  count: number;
  /** For aggregates: Σ decay of the facts counted, computed by the database; otherwise computed here. */
  decaySum?: number;
}

export interface Contribution {
  factId: string | null;
  kind: string;
  at: string;
  source: string;
  reference: string | null;
  count: number;
  /** Points before fading (the model's points × count, capped). */
  points: number;
  /** The share left after fading (1: fresh or not fading). */
  weight: number;
  /** What the fact adds to the score now. */
  contribution: number;
}

export interface Evaluation {
  score: number;
  /** The grade from the score alone, before the negative list. */
  scoreGrade: Grade;
  grade: Grade;
  baseScore: number;
  listed: boolean;
  contributions: Contribution[];
  /** Facts of kinds the model does not know: recorded, not counted. */
  uncounted: number;
}

export function decay(rule: KindRule, ageMs: number): number {
  if (rule.halfLifeDays === null) return 1;
  return 0.5 ** (Math.max(0, ageMs) / DAY_MS / rule.halfLifeDays);
}

export function gradeOf(model: CreditModel, score: number): Grade {
  if (score >= model.grades.A) return 'A';
  if (score >= model.grades.B) return 'B';
  if (score >= model.grades.C) return 'C';
  return 'D';
}

/** The worse of two grades. */
export function worseGrade(a: Grade, b: Grade): Grade {
  return GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The score of an enterprise at `at` from its facts: base + Σ points × fading, within 0–100, with every contribution. */
export function scoreFacts(model: CreditModel, facts: readonly ScoredFact[], at: Date, listed: boolean): Evaluation {
  const contributions: Contribution[] = [];
  let uncounted = 0;
  let sum = 0;
  for (const f of facts) {
    const rule = model.kinds[f.kind as FactKind];
    if (!rule) {
      uncounted++;
      continue;
    }
    let points = rule.points * f.count;
    if (rule.cap !== undefined) points = Math.max(-rule.cap, Math.min(rule.cap, points));
    const weight = f.decaySum !== undefined && f.count > 0 ? f.decaySum / f.count : decay(rule, at.getTime() - f.at.getTime());
    const contribution = points * weight;
    sum += contribution;
    contributions.push({ factId: f.id, kind: f.kind, at: f.at.toISOString(), source: f.source, reference: f.reference, count: f.count, points: round2(points), weight: Math.round(weight * 10_000) / 10_000, contribution: round2(contribution) });
  }
  contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || b.at.localeCompare(a.at));
  const score = round2(Math.max(0, Math.min(100, model.baseScore + sum)));
  const scoreGrade = gradeOf(model, score);
  return { score, scoreGrade, grade: listed ? worseGrade(scoreGrade, model.negativeListGrade) : scoreGrade, baseScore: model.baseScore, listed, contributions, uncounted };
}
