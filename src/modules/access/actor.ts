export const ENTERPRISE_ROLES = [
  'ebp', // e-commerce platform
  'ebc', // e-commerce enterprise
  'overseas_ebc', // overseas e-commerce enterprise, acting through a domestic agent
  'logistics',
  'payment', // payment institution
  'broker', // customs broker
  'site_operator', // supervision-site operator: bonded centre or express centre
  'guarantor',
  'bank_insurer',
] as const;
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number];

export const DEPARTMENTS = [
  'customs',
  'tax',
  'forex',
  'commerce',
  'public_security',
  'transport',
  'postal',
  'market_supervision',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const ORG_KINDS = ['enterprise', 'department', 'zone_office'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export type OrgStatus = 'pending' | 'active' | 'suspended';

/** The organisation an authenticated caller acts for. */
export interface ActorOrg {
  id: string;
  kind: OrgKind;
  status: OrgStatus;
  roles: EnterpriseRole[];
  department: Department | null;
  agentOrgId: string | null;
}

/** Who is calling: resolved once per request by the HTTP layer, passed to every service. */
export type Actor =
  | { type: 'anonymous' }
  | { type: 'user'; userId: string; username: string; userRole: 'admin' | 'member'; org: ActorOrg }
  | {
      type: 'apikey';
      keyId: string;
      org: ActorOrg;
      scopes: string[];
      environment: 'sandbox' | 'production';
      /** The key's own policy for unsigned CEB messages (null: the deployment's). */
      unsignedMessages?: 'accept' | 'refuse' | null;
    }
  /** The operator at the machine (CLI, seeding, workers). */
  | { type: 'system' };

export const ANONYMOUS: Actor = { type: 'anonymous' };
export const SYSTEM: Actor = { type: 'system' };

export function actorOrg(actor: Actor): ActorOrg | undefined {
  return actor.type === 'user' || actor.type === 'apikey' ? actor.org : undefined;
}
