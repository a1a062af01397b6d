import type { Me } from '../../session';

/** The departments of the zone, as the server names them. */
export const DEPARTMENTS = ['customs', 'tax', 'forex', 'commerce', 'public_security', 'transport', 'postal', 'market_supervision'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/**
 * Which department works which screen (the server enforces the same scopes; this only keeps the menu to what
 * a department can use).
 */
export const SCREENS = {
  review: ['customs'],
  inspections: ['customs'],
  /** Enterprise filings: customs, forex (payment), postal (express); product filings: customs, market supervision. */
  filings: ['customs', 'forex', 'postal', 'market_supervision'],
  enterpriseFilings: ['customs', 'forex', 'postal'],
  productFilings: ['customs', 'market_supervision'],
  /** Every department has an alert queue: alerts reported to it by another department arrive there. */
  alerts: [...DEPARTMENTS],
  rules: ['customs', 'forex', 'market_supervision'],
  /** Departments with enterprises in their scope. */
  credit: ['customs', 'tax', 'forex', 'commerce', 'transport', 'postal', 'market_supervision'],
  creditManage: ['customs'],
  /** Import declarations: customs and tax; export lists: customs, tax and commerce. */
  search: ['customs', 'tax', 'commerce'],
  /** The zone's statistics (GET /api/statistics/zone): the commerce bureau with the zone office. */
  statistics: ['commerce'],
  searchImports: ['customs', 'tax'],
  searchExports: ['customs', 'tax', 'commerce'],
} as const satisfies Record<string, readonly Department[]>;
export type Screen = keyof typeof SCREENS;

export function departmentOf(me: Me | null | undefined): Department | null {
  return (me?.organisation.department as Department | null | undefined) ?? null;
}

export function canUse(me: Me | null | undefined, screen: Screen): boolean {
  const d = departmentOf(me);
  return !!d && (SCREENS[screen] as readonly string[]).includes(d);
}

/** Which credit fact kinds each department may record (as the credit module allows). */
export const FACT_RECORDERS: Record<string, readonly Department[]> = {
  inspection_finding: ['customs'],
  penalty: ['customs', 'market_supervision'],
  late_tax: ['customs', 'tax'],
  complaint: ['market_supervision', 'commerce'],
  quality_incident: ['market_supervision', 'customs'],
  aeo_certified: ['customs'],
  certification: ['customs', 'market_supervision', 'commerce'],
};
