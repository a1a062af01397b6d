/** The shapes the enterprise pages read from the API (see the route schemas under src/modules). */

export type Names = Partial<Record<'en' | 'ko' | 'ja' | 'ru', string>>;

export interface Review {
  reviewer: string;
  decision: 'approved' | 'rejected' | null;
  reason: string | null;
  decidedAt: string | null;
}
export interface Transition {
  from: string | null;
  to: string;
  event: string;
  reason: string | null;
  at: string;
}

export interface Qualification {
  kind: string;
  number?: string;
  issuer?: string;
  validUntil?: string;
  amount?: string;
}
export interface Contact {
  name: string;
  phone: string;
  email?: string;
  role?: string;
}
export interface EnterpriseFiling {
  id: string;
  orgId: string;
  version: number;
  status: string;
  uscc: string;
  customsCode: string | null;
  nameZh: string;
  names: Names;
  legalRepresentative: string;
  address: string;
  areaCode: string | null;
  roles: string[];
  qualifications: Qualification[];
  contacts: Contact[];
  agentUscc: string | null;
  submittedAt: string;
  decidedAt: string | null;
  effectiveAt: string | null;
}
export interface EnterpriseFilingDetail extends EnterpriseFiling {
  reviews: Review[];
  history: Transition[];
}

export interface Product {
  id: string;
  orgId: string;
  itemNo: string;
  version: number;
  status: string;
  hsCode: string;
  nameZh: string;
  names: Names;
  specification: string | null;
  declaredElements: string | null;
  brand: string | null;
  barcode: string | null;
  originCountry: string;
  manufacturer: string | null;
  legalUnit: string;
  secondUnit: string | null;
  referencePrice: string;
  currency: string;
  imageUrls: string[];
  positiveList: 'listed' | 'not_listed' | 'unconfirmed';
  tariffEffectiveFrom: string;
  submittedAt: string;
  decidedAt: string | null;
  effectiveAt: string | null;
}
export interface ProductDetail extends Product {
  versions: { id: string; version: number; status: string; submittedAt: string; effectiveAt: string | null }[];
  reviews: Review[];
  history: Transition[];
}
export interface Page<T> {
  items: T[];
  nextOffset: number | null;
}
export interface ImportRow {
  row: number;
  ok: boolean;
  code: string;
  message: string;
  itemNo: string | null;
  id?: string;
  version?: number;
}
export interface ImportResult {
  total: number;
  ok: number;
  failed: number;
  rows: ImportRow[];
}

export type Rec = Record<string, unknown>;

export interface DeclarationSummary {
  id: string;
  environment: string;
  ebpCode: string;
  orderNo: string;
  invtNo: string | null;
  tradeMode: string | null;
  state: string;
  stateLabel: string;
  waitingFor: string[];
  amount: string | null;
  taxTotal: string | null;
  firstSeenAt: string;
  updatedAt: string;
}
export interface TaxPart {
  base?: string;
  rate?: string;
  payable?: string;
  statutory?: string;
  kind?: string;
}
export interface TaxLine {
  gnum: number;
  gcode: string;
  taxPrice: string;
  total: string;
  factor?: string;
  tariff?: TaxPart;
  vat?: TaxPart;
  consumptionTax?: TaxPart;
}
export interface Problem {
  code: string;
  path: string;
  message: string;
}
export interface DeclarationReturn {
  id: string;
  state: 'requested' | 'completed' | 'lapsed';
  lines: { gnum: number; qty: string; amount: string; tax: string }[];
  amount: string;
  tax: string;
  reason: string;
  requestedAt: string;
  arrivedAt: string | null;
}
export interface DeclarationDetail extends DeclarationSummary {
  buyerName: string | null;
  buyerIdNumber: string | null;
  fullTax: boolean;
  tax: { lines?: TaxLine[]; totals?: { total: string; customsTax: string; valueAddedTax: string; consumptionTax: string }; dutiableValue?: string; classification?: string } | null;
  risk: (Rec & { score?: number; decision?: string; reasons?: unknown[]; reviewer?: { decision: string; reason: string | null; at: string } }) | null;
  inspection: (Rec & { result?: string; note?: string | null; at?: string }) | null;
  problems: Problem[];
  documents: { order: Rec | null; payment: Rec | null; waybill: Rec | null; inventory: Rec | null };
  waybillStatus: string | null;
  taxBills: { taxNo: string; status: string; customsTax: string; valueAddedTax: string; consumptionTax: string; total: string; createdAt: string }[];
  returns: DeclarationReturn[];
  acceptedAt: string | null;
  auditedAt: string | null;
  releasedAt: string | null;
  clearedAt: string | null;
  closedAt: string | null;
  /** The receipts of its four documents addressed to the caller (customs and tax: all), oldest first. */
  receipts?: { messageType: string; document: 'order' | 'payment' | 'waybill' | 'inventory'; returnStatus: string; returnTime: string; returnInfo: string }[];
}

export interface ExportSummary {
  id: string;
  orderNo: string;
  invtNo: string | null;
  tradeMode: string | null;
  statisticsFlag: string | null;
  state: string;
  waitingFor: string[];
  country: string | null;
  currency: string | null;
  value: string | null;
  releasedAt: string | null;
  updatedAt: string;
}
export interface ExportDetail extends ExportSummary {
  logisticsCode: string | null;
  logisticsNo: string | null;
  arrivedAt: string | null;
  departedAt: string | null;
  destination: Rec | null;
  problems: { code: string; path: string; params?: Rec; message: string }[];
  inspection: (Rec & { result?: string; note?: string | null; at?: string }) | null;
  order: Rec | null;
  collection: Rec | null;
  inventory: Rec | null;
  returns: { coElNo: string; state: string; requestedAt: string; arrivedAt: string | null; taxFree: boolean; taxFreeReason: string | null }[];
}

export interface CebReceipt {
  seq: number;
  id: string;
  messageType: string;
  returnStatus: string;
  returnTime: string;
  returnInfo: string;
  problems: { code: string; path: string; message?: string }[];
}
export interface CebDocument {
  id: string;
  environment: string;
  messageType: string;
  businessKey: string;
  guid: string;
  appType: string;
  appStatus: string;
  version: number;
  preNo: string | null;
  deleted: boolean;
  document: Rec;
  createdAt: string;
  updatedAt: string;
}
export interface CebDocumentDetail extends CebDocument {
  receipts: CebReceipt[];
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  environment: 'sandbox' | 'production';
  unsignedMessages: 'accept' | 'refuse' | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface Webhook {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  environment: 'sandbox' | 'production';
  active: boolean;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
  secretRotatedAt: string | null;
  secret?: string;
}
export interface Delivery {
  id: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface CreditFact {
  factId: string | null;
  kind: string;
  label: string;
  at: string;
  source: string;
  reference: string | null;
  count: number;
  points: number;
  weight: number;
  contribution: number;
  explanation: string;
}
export interface NegativeEntry {
  id: string;
  cause: string;
  causeKey: string;
  causeLabel: string;
  start: string;
  end: string | null;
  state: 'listed' | 'repaired' | 'expired';
  disclosed: boolean;
  repairedAt: string | null;
  repair: { canApply: boolean; applyFrom: string | null; automaticFrom: string | null } | null;
}
export interface Credit {
  org: { id: string; name: string; uscc: string; customsCode: string | null };
  at: string;
  score: number;
  grade: string;
  scoreGrade: string;
  baseScore: number;
  modelVersion: number;
  facts: CreditFact[];
  uncountedFacts: number;
  customsLevel: { regime: string; levelCode: string; inForceFrom: string; basis: string; inspectionFactor: number; reviewFactor: number } | null;
  supervision: { appliedLevel: string | null; inspectionFactor: number; reviewFactor: number; inspectionRate: number; reviewRate: number };
  negativeList: NegativeEntry[];
  repairs: { id: string; entryId: string; appliedAt: string; state: 'applied' | 'approved' | 'refused'; decidedAt: string | null; reason: string | null }[];
  advice: string[];
}
