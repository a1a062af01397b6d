/** Enterprise roles the registry knows (src/modules/access/actor.ts), in the order a registrant reads them. */
export const ENTERPRISE_ROLES = ['ebp', 'ebc', 'overseas_ebc', 'logistics', 'payment', 'broker', 'site_operator', 'guarantor', 'bank_insurer'] as const;
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number];

/** A filing's public status. */
export type FilingStatus = 'effective' | 'suspended' | 'cancelled';
export const FILING_STATUS_COLOR: Record<FilingStatus, string> = { effective: 'green', suspended: 'orange', cancelled: 'default' };

/** The declaration states of a 9610 import (src/modules/clearance/clearance.table.ts). */
export const DECLARATION_STATES = ['waiting', 'accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'rejected', 'seized', 'shipped_back', 'cancelled', 'returned', 'expired'] as const;

/** The error catalogue's categories and where each code is answered (src/modules/ceb/errors.ts). */
export const ERROR_CATEGORIES = ['format', 'transport', 'security', 'business', 'keyless'] as const;
export const ERROR_RECEIPTS = ['CEB900', 'own', 'http'] as const;

/** A translation key for a value the server sends, or null when the value is not one we know (shown as is). */
export function known<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
