/** What the zone office's pages read from the API (shapes of the server's routes). */
export interface Figures {
  declarations: number;
  released: number;
  value: string;
  tax: string;
  parcels: number;
}
export type StatRow<K> = K & Figures & { imports: Figures; exports: Figures };

export interface ZoneStatistics {
  period: { from: string; to: string; timeZone: string };
  currency: 'CNY';
  totals: StatRow<object>;
  byDay: StatRow<{ day: string }>[];
  byMode: StatRow<{ mode: string; label: string }>[];
  byCountry: StatRow<{ country: string; iso3: string | null; name: string }>[];
  byBelt: StatRow<{ belt: string; label: string }>[];
  byEnterprise: StatRow<{ orgId: string | null; code: string | null; name: string | null; others?: number; label: string }>[];
  enterprises: number;
  unconverted: { currency: string; value: string; released: number }[];
}

export type OrgStatus = 'pending' | 'active' | 'suspended';
export interface OrgView {
  id: string;
  kind: 'enterprise' | 'department' | 'zone_office';
  uscc: string;
  customsCode: string | null;
  nameZh: string;
  names: Record<string, string | undefined>;
  roles: string[];
  department: string | null;
  agentOrgId: string | null;
  countryCode: string | null;
  address: string | null;
  areaCode: string | null;
  contactName: string | null;
  contactPhone: string | null;
  status: OrgStatus;
  demo: boolean;
  createdAt: string;
  activatedAt: string | null;
}

export interface FilingView {
  id: string;
  orgId: string;
  version: number;
  status: string;
  uscc: string;
  customsCode: string | null;
  nameZh: string;
  names: Record<string, string | undefined>;
  legalRepresentative: string;
  address: string;
  roles: string[];
  contacts: { name: string; phone?: string; email?: string }[];
  submittedAt: string;
  decidedAt: string | null;
  effectiveAt: string | null;
}
export interface FilingDetail extends FilingView {
  reviews: { reviewer: string; decision: 'approved' | 'rejected' | null; reason: string | null; decidedAt: string | null }[];
}

export interface RefCode {
  code: string;
  effectiveFrom: string;
  nameZh: string | null;
  nameEn: string | null;
  attrs: Record<string, unknown>;
  verified: boolean;
  note: string | null;
  source: string | null;
}
export interface TariffLine {
  hsCode: string;
  effectiveFrom: string;
  nameZh: string;
  vatRate: string | null;
  consumptionTaxKind: string | null;
  consumptionTaxRate: string | null;
  consumptionTaxSpecific: string | null;
  mfnRate: string | null;
  legalUnit1: string | null;
  legalUnit2: string | null;
  positiveList: 'listed' | 'not_listed' | 'unconfirmed';
  demo: boolean;
  source: string | null;
  note: string | null;
}

export interface AuditRow {
  chain: string;
  seq: number;
  id: string;
  at: string;
  actorOrgId: string | null;
  actorUserId: string | null;
  actorKeyId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}
export interface AuditVerification {
  ok: boolean;
  chains: number;
  rows: number;
  problems: { chain: string; seq: number; id: string | null; kind: 'altered' | 'missing' }[];
}
