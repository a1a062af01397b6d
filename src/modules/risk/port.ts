/**
 * The risk port clearance calls when a declaration is accepted (DESIGN §4 step 6): the rule versions in force
 * and the detectors assess it; the assessment is recorded (`risk_decisions`: which rule versions and detectors
 * fired), each firing raises an alert for its department, and the strongest action decides — reject > hold >
 * inspect > review > release, with score actions adding up to manual review at a threshold.
 */
import type { AppContext } from '../../app/context';
import type { Db } from '../../db/database';
import { insertRow } from '../../db/statements';
import { dec, decText, sum } from '../../kernel/money';
import { isoDate, type ImportDeclaration, type RiskAssessment, type RiskPort } from '../clearance';
import type { ExportDeclaration, ExportRiskPort } from '../export';
import { raiseAlerts, type NewAlert, type Severity } from './alerts';
import { DETECTOR_NAMES, detectForDeclaration, importDeclarationKeys, type DeclarationKeys, type DetectorHit, type DetectorName, type DetectorSettings } from './detectors';
import { decide, evaluateDefinition, memoResolver, RuleDefinition, type DeclarationView, type Decision, type RuleAction } from './engine';
import { normaliseAddress, normaliseIdNumber, normaliseName, normalisePhone } from './facts';
import { riskDecisions } from './risk.table';
import { factResolver, linesOf, rulesInForce, withReferences, type RuleRow } from './rules';

type Rec = Record<string, unknown>;

/** What a detector's hit does: its action, the score per severity, the department its alerts go to. */
export interface DetectorPolicy {
  action: RuleAction;
  scores: Record<Severity, number>;
  department: string;
}

const SCORES: Record<Severity, number> = { low: 10, medium: 25, high: 50 };

/**
 * Detectors score (two strong patterns at once reach the default threshold); goods under recall or infringing a
 * registered brand are held. Detectors' alerts go to customs, the laundering pattern's to forex.
 */
export const DEFAULT_DETECTOR_POLICY: Record<DetectorName, DetectorPolicy> = {
  one_payer_many_buyers: { action: 'score', scores: SCORES, department: 'customs' },
  shared_contact_many_buyers: { action: 'score', scores: SCORES, department: 'customs' },
  one_buyer_many_consignees: { action: 'score', scores: SCORES, department: 'customs' },
  split_orders: { action: 'score', scores: SCORES, department: 'customs' },
  price_below_reference: { action: 'score', scores: SCORES, department: 'customs' },
  collection_without_export: { action: 'score', scores: SCORES, department: 'forex' },
  recalled_or_infringing: { action: 'hold', scores: SCORES, department: 'customs' },
};

/** The total of scores at which a declaration goes to manual review. */
export const DEFAULT_SCORE_THRESHOLD = 100;

export interface RiskOptions {
  scoreThreshold?: number;
  /** Per detector: parameters to override, or false to leave it out. */
  detectors?: DetectorSettings;
  detectorPolicy?: Partial<Record<DetectorName, Partial<DetectorPolicy>>>;
}

/** Severity of a rule's alert, from its action. */
export function ruleSeverity(action: RuleAction): Severity {
  return action === 'reject' || action === 'hold' ? 'high' : action === 'score' ? 'low' : 'medium';
}

// ---------------------------------------------------------------- the view of a declaration

const s = (v: unknown): string | null => (v === undefined || v === null || String(v).trim() === '' ? null : String(v).trim());
const head = (doc: Rec | null | undefined, name: string): Rec => ((doc?.[name] as Rec | undefined) ?? {}) as Rec;

/** The view rules evaluate, from the declaration clearance holds (its order, payment and inventory as accepted). */
export async function importView(db: Db, d: ImportDeclaration, at: Date): Promise<DeclarationView> {
  const order = head(d.order, 'OrderHead');
  const payment = head(d.payment, 'PaymentHead');
  const inventory = head(d.inventory, 'InventoryHead');
  const lines = linesOf(d.inventory?.InventoryList ?? d.order?.OrderList);
  const totals = lines.map((l) => l.totalPrice).filter((x): x is string => x !== null);
  return {
    flow: 'import',
    tradeMode: d.tradeMode ?? s(inventory.tradeMode),
    orderNo: d.orderNo,
    amount: totals.length ? decText(sum(totals.map((x) => dec(x)))) : null,
    paid: s(order.acturalPaid),
    freight: s(inventory.freight) ?? s(order.freight),
    currency: s(inventory.currency) ?? s(order.currency),
    buyerId: normaliseIdNumber(order.buyerIdNumber ?? d.buyerIdNumber ?? inventory.buyerIdNumber),
    buyerName: normaliseName(order.buyerName ?? d.buyerName ?? inventory.buyerName),
    payerId: normaliseIdNumber(payment.payerIdNumber),
    phone: normalisePhone(s(order.consigneeTelephone) ?? s(order.buyerTelephone) ?? s(inventory.buyerTelephone)),
    address: normaliseAddress(s(order.consigneeAddress) ?? s(inventory.consigneeAddress)),
    consignee: normaliseName(order.consignee),
    // No CEB document carries a device; a platform's own feed would (facts keep the column).
    device: null,
    ebcCode: s(order.ebcCode) ?? s(inventory.ebcCode),
    ebpCode: d.ebpCode,
    orgId: d.ebcOrgId,
    logisticsCode: d.logisticsCode ?? s(inventory.logisticsCode),
    agentCode: s(inventory.agentCode),
    country: s(inventory.country),
    customsCode: s(inventory.customsCode),
    portCode: s(inventory.portCode),
    itemCount: lines.length,
    items: await withReferences(db, d.ebcOrgId, lines, isoDate(inventory.declTime, at)),
  };
}

// ---------------------------------------------------------------- the assessment

/** One firing, as the decision records it. */
export type Fired =
  | { rule: string; version: number; ruleId: string; action: RuleAction; score: number; department: string; params: Record<string, string | number> }
  | { detector: DetectorName; severity: Severity; action: RuleAction; score: number; department: string; subject: Record<string, string>; explanation: DetectorHit['explanation'] };

export interface Assessment extends RiskAssessment {
  score: number;
  threshold: number;
  decisionId: string;
  rules: { code: string; version: number }[];
}

function policyOf(options: RiskOptions, name: DetectorName): DetectorPolicy {
  const base = DEFAULT_DETECTOR_POLICY[name];
  const over = options.detectorPolicy?.[name] ?? {};
  return { ...base, ...over, scores: { ...base.scores, ...(over.scores ?? {}) } };
}

/** Evaluates the rule versions in force on a view (the port's first half; pure but for the aggregates). */
export async function firedRules(db: Db, ctx: Pick<AppContext, 'clock' | 'newId' | 'log'>, view: DeclarationView, environment: 'production' | 'sandbox', at: Date): Promise<{ rule: RuleRow; params: Record<string, string | number> }[]> {
  const rules = await rulesInForce(db, ctx, at);
  const resolve = memoResolver(factResolver(db, environment, at));
  const out: { rule: RuleRow; params: Record<string, string | number> }[] = [];
  for (const rule of rules) {
    const def = RuleDefinition.safeParse(rule.definition);
    if (!def.success) {
      ctx.log.warn({ rule: rule.code, version: rule.version }, 'risk rule definition no longer valid: skipped');
      continue;
    }
    const ev = await evaluateDefinition(def.data, view, resolve);
    if (ev.hit) out.push({ rule, params: ev.params });
  }
  return out;
}

export async function assessImport(tx: Db, ctx: AppContext, d: ImportDeclaration, options: RiskOptions = {}): Promise<Assessment> {
  const at = ctx.clock.now();
  const view = await importView(tx, d, at);
  const hits = await detectForDeclaration(tx, importDeclarationKeys(d, at), options.detectors ?? {});
  return decideAndRecord(tx, ctx, { environment: d.environment, flow: 'import', declarationId: d.id, orgId: d.ebcOrgId, view, hits, at, subject: { declarationId: d.id, ebpCode: d.ebpCode, orderNo: d.orderNo, ebcCode: view.ebcCode ?? '', invtNo: d.invtNo ?? '' } }, options);
}

/** The view rules evaluate on an accepted export list (its order and list as accepted; no buyer ID for foreign buyers). */
export function exportView(d: ExportDeclaration): DeclarationView {
  const order = head(d.order, 'OrderHead');
  const list = head(d.inventory, 'InventoryHead');
  const lines = linesOf(d.inventory?.InventoryList ?? d.order?.OrderList).map((l) => ({ ...l, referencePrice: null, referenceShare: null }));
  const totals = lines.map((l) => l.totalPrice).filter((x): x is string => x !== null);
  return {
    flow: 'export',
    tradeMode: d.tradeMode ?? s(list.tradeMode),
    orderNo: d.orderNo,
    amount: totals.length ? decText(sum(totals.map((x) => dec(x)))) : null,
    paid: s(order.goodsValue),
    freight: s(list.freight) ?? s(order.freight),
    currency: s(list.currency) ?? s(order.currency),
    buyerId: null,
    buyerName: normaliseName(order.buyerName),
    payerId: null,
    phone: normalisePhone(s(order.buyerTelephone)),
    address: normaliseAddress(s(order.buyerAddress)),
    consignee: normaliseName(order.consignee),
    device: null,
    ebcCode: s(list.ebcCode) ?? s(order.ebcCode),
    ebpCode: d.ebpCode,
    orgId: d.ebcOrgId,
    logisticsCode: d.logisticsCode ?? s(list.logisticsCode),
    agentCode: s(list.agentCode),
    country: s(list.country),
    customsCode: s(list.customsCode),
    portCode: s(list.portCode),
    itemCount: lines.length,
    items: lines,
  };
}

/**
 * An accepted export list: the rule versions in force, and of the detectors the one that reads the goods (recalls,
 * registered brands); the patterns of buyers and payers are import patterns, and collections are swept.
 */
export async function assessExport(tx: Db, ctx: AppContext, d: ExportDeclaration, options: RiskOptions = {}): Promise<Assessment> {
  const at = ctx.clock.now();
  const view = exportView(d);
  const goodsOnly: DetectorSettings = Object.fromEntries(DETECTOR_NAMES.filter((n) => n !== 'recalled_or_infringing').map((n) => [n, false]));
  const recalled = options.detectors?.recalled_or_infringing;
  const settings: DetectorSettings = { ...goodsOnly, ...(recalled === undefined ? {} : { recalled_or_infringing: recalled }) };
  const keys: DeclarationKeys = { environment: d.environment as 'production' | 'sandbox', at, declarationId: d.id, ebcCode: view.ebcCode, ebcOrgId: d.ebcOrgId, orderNo: d.orderNo, items: view.items.map((l) => ({ gnum: l.gnum, itemNo: l.itemNo, gcode: l.gcode, brand: l.brand, price: l.price, qty: l.qty, currency: view.currency })) };
  const hits = await detectForDeclaration(tx, keys, settings);
  return decideAndRecord(tx, ctx, { environment: d.environment as 'production' | 'sandbox', flow: 'export', declarationId: d.id, orgId: d.ebcOrgId, view, hits, at, subject: { declarationId: d.id, ebpCode: d.ebpCode, orderNo: d.orderNo, ebcCode: view.ebcCode ?? '', invtNo: d.invtNo ?? '' } }, options);
}

interface ToDecide {
  environment: 'production' | 'sandbox';
  flow: 'import' | 'export';
  declarationId: string;
  orgId: string | null;
  view: DeclarationView;
  hits: DetectorHit[];
  at: Date;
  subject: Record<string, string>;
}

/** Rules in force and detector hits → the strongest action; the decision recorded, an alert per firing. */
async function decideAndRecord(tx: Db, ctx: AppContext, x: ToDecide, options: RiskOptions): Promise<Assessment> {
  const threshold = options.scoreThreshold ?? DEFAULT_SCORE_THRESHOLD;
  const fired: Fired[] = [];
  for (const { rule, params } of await firedRules(tx, ctx, x.view, x.environment, x.at)) {
    fired.push({ rule: rule.code, version: rule.version, ruleId: rule.id, action: rule.action, score: rule.score, department: rule.department, params });
  }
  for (const h of x.hits) {
    const p = policyOf(options, h.detector);
    fired.push({ detector: h.detector, severity: h.severity, action: p.action, score: p.scores[h.severity], department: p.department, subject: h.subject, explanation: h.explanation });
  }
  const { decision, score } = decide(fired, threshold);
  const decisionId = ctx.newId();
  await insertRow(tx, riskDecisions, { id: decisionId, environment: x.environment, flow: x.flow, declarationId: x.declarationId, at: x.at, score, action: decision, fired: fired as unknown as Rec[] });
  const subject = { ...x.subject, flow: x.flow };
  const alerts: NewAlert[] = fired.map((f) =>
    'rule' in f
      ? {
          environment: x.environment,
          at: x.at,
          department: f.department,
          ruleCode: f.rule,
          ruleVersion: f.version,
          severity: ruleSeverity(f.action),
          declarationId: x.declarationId,
          orgId: x.orgId,
          subject: { ...subject, decisionId },
          explanation: { ruleId: f.ruleId, params: f.params },
        }
      : {
          environment: x.environment,
          at: x.at,
          department: f.department,
          detector: f.detector,
          severity: f.severity,
          declarationId: x.declarationId,
          orgId: x.orgId,
          subject: { ...subject, ...f.subject, decisionId },
          explanation: { code: f.explanation.code, params: f.explanation.params },
        },
  );
  await raiseAlerts(tx, ctx, alerts);
  const reasons: RiskAssessment['reasons'] = fired.map((f) =>
    'rule' in f ? { rule: f.rule, detail: { version: f.version, action: f.action, score: f.score, ...f.params } } : { rule: `detector:${f.detector}`, detail: { severity: f.severity, action: f.action, score: f.score, ...f.explanation.params } },
  );
  return {
    decision: decision as Decision,
    reasons,
    score,
    threshold,
    decisionId,
    rules: fired.flatMap((f) => ('rule' in f ? [{ code: f.rule, version: f.version }] : [])),
  };
}

/** The port export clearance calls (`setExportRiskPort`). */
export function exportRiskPort(options: RiskOptions = {}): ExportRiskPort {
  return { assess: (tx, ctx, d) => assessExport(tx, ctx, d, options) };
}

/** The port clearance calls (`setRiskPort`). */
export function riskPort(options: RiskOptions = {}): RiskPort {
  return { assess: (tx, ctx, d) => assessImport(tx, ctx, d, options) };
}
