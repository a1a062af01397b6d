import type { Department, EnterpriseRole } from '../access';
import type { Qualification } from './filing.table';

export const QUALIFICATION_KINDS = ['payment_licence', 'express_licence', 'bonded_warehouse_approval', 'guarantee', 'other'] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/**
 * Which department reviews which role (the rule): customs for the roles customs files, the forex
 * bureau for payment institutions, the postal administration for express delivery, the zone office for
 * the rest.
 */
const REVIEWER_BY_ROLE: Record<EnterpriseRole, Department | 'zone_office'> = {
  ebp: 'customs',
  ebc: 'customs',
  overseas_ebc: 'customs',
  logistics: 'customs',
  broker: 'customs',
  site_operator: 'customs',
  payment: 'forex',
  guarantor: 'zone_office',
  bank_insurer: 'zone_office',
};

/** Qualifications a role cannot be filed without. */
export const REQUIRED_QUALIFICATIONS: Partial<Record<EnterpriseRole, QualificationKind>> = {
  payment: 'payment_licence',
  site_operator: 'bonded_warehouse_approval',
  guarantor: 'guarantee',
};

/** The reviewers a filing version needs, from its roles and qualifications (pure). */
export function reviewersFor(roles: readonly EnterpriseRole[], qualifications: readonly Qualification[]): string[] {
  const reviewers = new Set<string>(roles.map((r) => REVIEWER_BY_ROLE[r]));
  if (roles.includes('logistics') && qualifications.some((q) => q.kind === 'express_licence')) reviewers.add('postal');
  return [...reviewers].sort();
}

/** Roles whose required qualification is missing (pure). */
export function missingQualifications(roles: readonly EnterpriseRole[], qualifications: readonly Qualification[]): { role: EnterpriseRole; kind: QualificationKind }[] {
  return roles.flatMap((role) => {
    const kind = REQUIRED_QUALIFICATIONS[role];
    return kind && !qualifications.some((q) => q.kind === kind) ? [{ role, kind }] : [];
  });
}
