import { AppError } from '../../kernel/errors';
import type { Actor, ActorOrg, Department, EnterpriseRole, OrgKind } from './actor';

/**
 * The one place where access is decided. Routes name an operation; services ask this module whether
 * the actor may perform it and which records it may see. Reading another party's record answers
 * "not found" rather than "forbidden", so existence is not revealed.
 */
export const OPERATIONS = {
  'orgs.read': { apiKey: true, pendingOrg: true },
  'orgs.review': { apiKey: false, pendingOrg: false },
  'users.read': { apiKey: false, pendingOrg: true },
  'users.manage': { apiKey: false, pendingOrg: true },
  'apikeys.manage': { apiKey: false, pendingOrg: false },
  'audit.read': { apiKey: true, pendingOrg: false },
  'audit.verify': { apiKey: false, pendingOrg: false },
  // Registry: enterprise and product filings, reviews, reference data.
  'registry.enterprise.file': { apiKey: true, pendingOrg: true },
  'registry.enterprise.read': { apiKey: true, pendingOrg: true },
  'registry.products.file': { apiKey: true, pendingOrg: false },
  'registry.products.read': { apiKey: true, pendingOrg: false },
  'registry.filings.review': { apiKey: false, pendingOrg: false },
  'registry.filings.supervise': { apiKey: false, pendingOrg: false },
  'registry.reference.manage': { apiKey: false, pendingOrg: false },
  // Webhooks: an organisation's endpoints for event deliveries (reading them, and managing them and their secrets).
  'webhooks.read': { apiKey: true, pendingOrg: false },
  'webhooks.manage': { apiKey: true, pendingOrg: false },
  // The standard data interface: CEB messages in XML or JSON, receipts, signing certificates.
  'ceb.submit': { apiKey: true, pendingOrg: false },
  'ceb.receipts.read': { apiKey: true, pendingOrg: false },
  'ceb.documents.read': { apiKey: true, pendingOrg: false },
  'ceb.certificates.manage': { apiKey: false, pendingOrg: false },
  // Bonded account books (1210): the centre operator books the e-commerce enterprises' goods; parties and customs read them.
  'bonded.manage': { apiKey: true, pendingOrg: false },
  'bonded.read': { apiKey: true, pendingOrg: false },
  // Identity verification: the log of checks asked of the port, and the local register behind it (public security).
  'verification.checks.read': { apiKey: true, pendingOrg: false },
  'verification.residents.manage': { apiKey: false, pendingOrg: false },
  // Import clearance: declarations (parties and customs read), customs decisions, returns arriving, guarantees, tax bills.
  'clearance.read': { apiKey: true, pendingOrg: false },
  'clearance.decide': { apiKey: false, pendingOrg: false },
  'clearance.returns.arrive': { apiKey: true, pendingOrg: false },
  'clearance.guarantees.manage': { apiKey: false, pendingOrg: false },
  'clearance.guarantees.read': { apiKey: true, pendingOrg: false },
  'clearance.taxbills.summarise': { apiKey: false, pendingOrg: false },
  // Export clearance: lists and summaries (parties, customs, tax), inspection results (customs), the overseas
  // warehouse register and its stock, summary grouping rules (customs, zone office), tax evidence reports.
  'export.read': { apiKey: true, pendingOrg: false },
  'export.decide': { apiKey: false, pendingOrg: false },
  'export.warehouses.manage': { apiKey: true, pendingOrg: false },
  'export.stock.sell': { apiKey: true, pendingOrg: false },
  'export.rules.manage': { apiKey: false, pendingOrg: false },
  'export.reports.read': { apiKey: true, pendingOrg: false },
  // Credit: an enterprise its own record; departments the grades in their scope and the facts they are competent
  // for; customs the levels, the negative list and repair decisions; the zone office and customs the model.
  'credit.own.read': { apiKey: false, pendingOrg: false },
  'credit.enterprises.read': { apiKey: false, pendingOrg: false },
  'credit.levels.read': { apiKey: false, pendingOrg: false },
  'credit.facts.record': { apiKey: false, pendingOrg: false },
  'credit.levels.manage': { apiKey: false, pendingOrg: false },
  'credit.negative_list.manage': { apiKey: false, pendingOrg: false },
  'credit.repairs.apply': { apiKey: false, pendingOrg: false },
  'credit.models.manage': { apiKey: false, pendingOrg: false },
  // Risk: rules (customs, forex and market supervision manage their own, users only; the zone office reads them),
  // and the alerts a department is routed (it reads and disposes of its own; the zone office reads every queue).
  'risk.rules.read': { apiKey: false, pendingOrg: false },
  'risk.rules.manage': { apiKey: false, pendingOrg: false },
  'risk.alerts.read': { apiKey: false, pendingOrg: false },
  'risk.alerts.dispose': { apiKey: false, pendingOrg: false },
  'risk.lists.manage': { apiKey: false, pendingOrg: false },
  // Statistics: the zone's figures (DESIGN.md §1: the zone office, and commerce whose scope holds statistics).
  'statistics.read': { apiKey: false, pendingOrg: false },
} as const satisfies Record<string, { apiKey: boolean; pendingOrg: boolean }>;
export type Operation = keyof typeof OPERATIONS;

/** Operations an API key may be scoped to. */
export const API_KEY_SCOPES = (Object.keys(OPERATIONS) as Operation[]).filter((op) => OPERATIONS[op].apiKey);

/**
 * Which enterprises each department sees (DESIGN.md §1). Later modules add their resources here, so the
 * whole scope table stays in one file.
 */
export const DEPARTMENT_SCOPE: Record<Department, { enterprises: 'all' | 'none' | EnterpriseRole[] }> = {
  customs: { enterprises: 'all' },
  tax: { enterprises: 'all' },
  forex: { enterprises: 'all' },
  commerce: { enterprises: 'all' },
  market_supervision: { enterprises: 'all' },
  transport: { enterprises: ['logistics'] },
  postal: { enterprises: ['logistics'] },
  public_security: { enterprises: 'none' },
};

/** Enterprises that file products: e-commerce enterprises, and platforms that sell on their own account. */
export const PRODUCT_FILERS: readonly EnterpriseRole[] = ['ebc', 'ebp', 'overseas_ebc'];

/** Enterprises party to a bonded account book: the centre operator keeping it, the e-commerce enterprise owning the goods. */
export const BONDED_PARTIES: readonly EnterpriseRole[] = ['site_operator', 'ebc'];

/** Departments that see every product filing (besides the zone office): DESIGN.md §1. */
export const PRODUCT_SCOPE_DEPARTMENTS: readonly Department[] = ['customs', 'market_supervision', 'commerce'];

/** Departments that keep risk rules (their alerts come to them): DESIGN.md §2, system 7. */
export const RISK_RULE_DEPARTMENTS: readonly Department[] = ['customs', 'forex', 'market_supervision'];

/** Departments with the zone's statistics in their scope (DESIGN.md §1), besides the zone office. */
export const STATISTICS_DEPARTMENTS: readonly Department[] = ['commerce'];

/** Who may approve enterprise accounts: the zone office, run by the commerce bureau, and commerce. */
function reviewsEnterprises(org: ActorOrg): boolean {
  return org.kind === 'zone_office' || org.department === 'commerce';
}

function isRegulator(org: ActorOrg): boolean {
  return org.kind === 'department' || org.kind === 'zone_office';
}

/** Throws unless the actor may perform the operation at all (record-level checks come after). */
export function authorize(actor: Actor, op: Operation): void {
  if (actor.type === 'anonymous') throw new AppError('unauthenticated', 'common.unauthenticated');
  if (actor.type === 'system') return;
  const rule = OPERATIONS[op];
  if (actor.type === 'apikey' && (!rule.apiKey || !actor.scopes.includes(op))) {
    throw new AppError('forbidden', 'identity.apikey_scope', { operation: op });
  }
  const org = actor.org;
  if (org.status === 'suspended' || (org.status === 'pending' && !rule.pendingOrg)) {
    throw new AppError('forbidden', 'identity.org_not_active');
  }
  switch (op) {
    case 'orgs.read':
    case 'users.read':
    case 'audit.read':
    case 'registry.enterprise.read':
    case 'registry.products.read':
      return;
    case 'registry.enterprise.file':
      if (org.kind === 'enterprise') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'registry.products.file':
      if (org.kind === 'enterprise' && org.roles.some((r) => PRODUCT_FILERS.includes(r))) return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'registry.filings.review':
    case 'registry.filings.supervise':
      if (org.kind === 'zone_office' || org.kind === 'department') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'registry.reference.manage':
      if (org.kind === 'zone_office' || org.department === 'customs') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'orgs.review':
    case 'audit.verify':
      if (org.kind === 'zone_office' || (op === 'orgs.review' && reviewsEnterprises(org))) return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'users.manage':
    case 'apikeys.manage':
      if (actor.type === 'user' && actor.userRole === 'admin') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'webhooks.read':
      return;
    case 'webhooks.manage':
      // A key holds the scope (checked above); among users, administrators, as they hold the secrets.
      if (actor.type === 'apikey' || actor.userRole === 'admin') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'ceb.submit':
    case 'ceb.receipts.read':
    case 'ceb.documents.read':
      // Enterprises declare and read their own documents; departments see them through their own scopes.
      if (org.kind === 'enterprise') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'ceb.certificates.manage':
      // Signing keys bind the enterprise before customs: its administrators only.
      if (org.kind === 'enterprise' && actor.type === 'user' && actor.userRole === 'admin') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'bonded.manage':
      // The operator of the bonded centre keeps the books.
      if (org.kind === 'enterprise' && org.roles.includes('site_operator')) return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'bonded.read':
      // The operator and the e-commerce enterprises read the books they are party to; customs reads every book.
      if ((org.kind === 'enterprise' && org.roles.some((r) => BONDED_PARTIES.includes(r))) || org.department === 'customs') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'verification.checks.read':
    case 'verification.residents.manage':
      // Identity verification is public security's scope and nobody else's (DESIGN.md §1), the zone office included.
      if (org.kind === 'department' && org.department === 'public_security') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'clearance.read':
    case 'clearance.guarantees.read':
      // Enterprises see the declarations they are party to, guarantors their guarantee; customs and tax see all.
      if (org.kind === 'enterprise' || org.department === 'customs' || org.department === 'tax') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'clearance.decide':
    case 'clearance.guarantees.manage':
    case 'clearance.taxbills.summarise':
      if (org.kind === 'department' && org.department === 'customs') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'clearance.returns.arrive':
      // The supervision site or bonded centre receiving the goods back, or customs.
      if ((org.kind === 'enterprise' && org.roles.includes('site_operator')) || org.department === 'customs') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'export.read':
      // Enterprises see the exports they are party to; customs, tax and commerce all; the zone office all.
      if (org.kind === 'enterprise' || org.kind === 'zone_office' || org.department === 'customs' || org.department === 'tax' || org.department === 'commerce') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'export.decide':
      if (org.kind === 'department' && org.department === 'customs') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'export.warehouses.manage':
      // The enterprise that runs (owns or leases) the warehouse abroad, or the zone office for it.
      if (org.kind === 'zone_office' || (org.kind === 'enterprise' && org.roles.some((r) => r === 'ebc' || r === 'logistics'))) return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'export.stock.sell':
      if (org.kind === 'enterprise' && org.roles.includes('ebc')) return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'export.rules.manage':
      if (org.kind === 'zone_office' || org.department === 'customs') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'export.reports.read':
      // The exporting enterprise its own evidence; the tax department (its scope, DESIGN §1) and customs any enterprise's.
      if ((org.kind === 'enterprise' && org.roles.includes('ebc')) || org.department === 'tax' || org.department === 'customs') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'credit.own.read':
    case 'credit.repairs.apply':
      if (org.kind === 'enterprise') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'credit.enterprises.read':
    case 'credit.facts.record':
      // Departments with enterprises in their scope (public security has none), and the zone office.
      if (org.kind === 'zone_office' || (org.kind === 'department' && org.department && DEPARTMENT_SCOPE[org.department].enterprises !== 'none')) return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'credit.levels.read':
      return;
    case 'credit.levels.manage':
    case 'credit.negative_list.manage':
      if (org.kind === 'department' && org.department === 'customs') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'credit.models.manage':
      if (org.kind === 'zone_office' || org.department === 'customs') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'risk.rules.read':
      if (org.kind === 'zone_office' || (org.kind === 'department' && RISK_RULE_DEPARTMENTS.includes(org.department!))) return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'risk.rules.manage':
      if (actor.type === 'user' && org.kind === 'department' && RISK_RULE_DEPARTMENTS.includes(org.department!)) return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'risk.alerts.read':
      if (org.kind === 'zone_office' || org.kind === 'department') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'risk.alerts.dispose':
      if (actor.type === 'user' && org.kind === 'department') return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'risk.lists.manage':
      // Recalls and registered brands: market supervision (product safety, trademarks) and customs (IP protection).
      if (actor.type === 'user' && org.kind === 'department' && (org.department === 'market_supervision' || org.department === 'customs')) return;
      throw new AppError('forbidden', 'common.forbidden');
    case 'statistics.read':
      if (org.kind === 'zone_office' || (org.kind === 'department' && STATISTICS_DEPARTMENTS.includes(org.department!))) return;
      throw new AppError('forbidden', 'common.forbidden');
  }
}

/** What part of the organisation register an actor sees, as data the repository turns into SQL. */
export type OrgScope =
  | { all: true }
  | {
      all: false;
      selfId: string | null;
      /** Departments and the zone office: public authorities, visible to every signed-in party. */
      authorities: boolean;
      enterprises: 'all' | 'none' | EnterpriseRole[];
      /** An enterprise also sees the overseas principals it is agent for, and its own agent. */
      agentLinksOf: string | null;
      ownAgentId: string | null;
    };

export function orgScope(actor: Actor): OrgScope {
  if (actor.type === 'system') return { all: true };
  if (actor.type === 'anonymous') return { all: false, selfId: null, authorities: false, enterprises: 'none', agentLinksOf: null, ownAgentId: null };
  const org = actor.org;
  if (org.kind === 'zone_office') return { all: true };
  if (org.kind === 'department' && org.department) {
    return { all: false, selfId: org.id, authorities: true, enterprises: DEPARTMENT_SCOPE[org.department].enterprises, agentLinksOf: null, ownAgentId: null };
  }
  return { all: false, selfId: org.id, authorities: org.status === 'active', enterprises: 'none', agentLinksOf: org.id, ownAgentId: org.agentOrgId };
}

export interface OrgFacts {
  id: string;
  kind: OrgKind;
  roles: readonly string[];
  agentOrgId: string | null;
}

export function orgInScope(scope: OrgScope, org: OrgFacts): boolean {
  if (scope.all) return true;
  if (org.id === scope.selfId) return true;
  if (org.kind !== 'enterprise') return scope.authorities;
  if (scope.agentLinksOf && org.agentOrgId === scope.agentLinksOf) return true;
  if (scope.ownAgentId && org.id === scope.ownAgentId) return true;
  if (scope.enterprises === 'all') return true;
  if (scope.enterprises === 'none') return false;
  return scope.enterprises.some((r) => org.roles.includes(r));
}

/** Users and API keys of an organisation are managed by that organisation only. */
export function ownsOrg(actor: Actor, orgId: string): boolean {
  if (actor.type === 'system') return true;
  return (actor.type === 'user' || actor.type === 'apikey') && actor.org.id === orgId;
}

/** Reads by regulators are audited (DESIGN.md §6). */
export function isAuditedReader(actor: Actor): boolean {
  return (actor.type === 'user' || actor.type === 'apikey') && isRegulator(actor.org);
}

/** Audit rows an actor may read: the zone office all, every other organisation its own chain. */
export function auditChainScope(actor: Actor): { all: true } | { all: false; chain: string } {
  if (actor.type === 'system') return { all: true };
  if (actor.type === 'anonymous') throw new AppError('unauthenticated', 'common.unauthenticated');
  return actor.org.kind === 'zone_office' ? { all: true } : { all: false, chain: chainOf(actor) };
}

/** The audit chain an actor's actions go to: one per organisation, so chains never serialise the platform. */
export function chainOf(actor: Actor, fallbackOrgId?: string): string {
  if (actor.type === 'user' || actor.type === 'apikey') return `org:${actor.org.id}`;
  if (fallbackOrgId) return `org:${fallbackOrgId}`;
  return 'system';
}
