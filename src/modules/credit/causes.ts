/**
 * Why an enterprise is on the negative list, and how it may be repaired (POLICY-NOTES §4.3–4.4, 令第251号
 * art. 22 and its repair rules). Items 1–3 and the two repair routes are verified; the waiting periods and
 * items 4–8 are recalled (UNVERIFIED), so they are data here, in one table, easy to correct.
 */

export type Evidence = 'penalty_and_performance' | 'tax_paid' | 'penalty_and_cooperation' | 'correction';

export interface Cause {
  /** Art. 22 item of 令第251号, or the serious-list ground. */
  item: string;
  /** On the serious dishonesty list: treated as the seriously dishonest level, repaired by customs only. */
  serious: boolean;
  /** Months after the listing before the enterprise may apply; null: only the automatic two-year route. */
  applyAfterMonths: number | null;
  evidence: Evidence | null;
  /** Whether the waiting period is verified (false: recalled, POLICY-NOTES §4.4). */
  verified: boolean;
}

export const CAUSES = {
  art22_smuggling_crime: { item: '22.1', serious: false, applyAfterMonths: null, evidence: null, verified: false },
  art22_smuggling_penalty: { item: '22.2', serious: false, applyAfterMonths: 12, evidence: 'penalty_and_performance', verified: false },
  art22_supervision_violations: { item: '22.3', serious: false, applyAfterMonths: 6, evidence: 'penalty_and_performance', verified: false },
  art22_tax_overdue: { item: '22.4', serious: false, applyAfterMonths: 3, evidence: 'tax_paid', verified: false },
  art22_fine_overdue: { item: '22.5', serious: false, applyAfterMonths: 3, evidence: 'penalty_and_performance', verified: false },
  art22_obstruction: { item: '22.6', serious: false, applyAfterMonths: 12, evidence: 'penalty_and_cooperation', verified: false },
  art22_bribery: { item: '22.7', serious: false, applyAfterMonths: null, evidence: null, verified: false },
  art22_other: { item: '22.8', serious: false, applyAfterMonths: 3, evidence: 'correction', verified: false },
  serious_food_cosmetics: { item: 'serious', serious: true, applyAfterMonths: null, evidence: null, verified: true },
  serious_solid_waste: { item: 'serious', serious: true, applyAfterMonths: null, evidence: null, verified: true },
} as const satisfies Record<string, Cause>;

export type CauseKey = keyof typeof CAUSES;
export const CAUSE_KEYS = Object.keys(CAUSES) as CauseKey[];

export function causeOf(key: string): Cause | undefined {
  return (CAUSES as Record<string, Cause>)[key];
}

/** The automatic route: customs repairs after this many consecutive years without a case (verified, S-251REP). */
export const AUTO_REPAIR_YEARS = 2;

/** The date `months` calendar months after `at` (same time of day; the last day of a shorter month). */
export function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
