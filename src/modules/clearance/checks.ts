/**
 * Arrival checks of the four import documents (DESIGN §4 step 2): each document on its own, before it is
 * stored — the sender and the parties it names filed with the right role, identity numbers well-formed, the
 * amounts adding up, the goods filed, on the positive list and declared under their filed HS code, the
 * single-transaction limit. Problems name the field by its XML path.
 */
import type { AppContext } from '../../app/context';
import type { Db } from '../../db/database';
import { dec, decText, sum } from '../../kernel/money';
import { zoneDayOf } from '../../kernel/zone-time';
import type { EnterpriseRole } from '../access';
import type { Problem } from '../ceb';
import { orgByCode, orgById, validateResidentId } from '../identity';
import { enterpriseFilingInForce, findEffectiveProduct, positiveListDecision, tariffLineAsOf } from '../registry';
import { classifyTransaction, SINGLE_TRANSACTION_LIMIT } from './tax';

export type Rec = Record<string, unknown>;

export function str(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

export function listOf(v: unknown): Rec[] {
  return Array.isArray(v) ? (v as Rec[]) : v ? [v as Rec] : [];
}

/** YYYYMMDD (or YYYYMMDDhhmmss) → YYYY-MM-DD; else the zone date of `fallback`. */
export function isoDate(value: unknown, fallback: Date): string {
  const s = str(value);
  if (/^\d{8}/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  return zoneDayOf(fallback);
}

/** The organisation a message names by code, when it is filed (effective) with one of the roles. */
export async function partyProblems(db: Db, code: string, roles: readonly EnterpriseRole[], path: string): Promise<{ orgId: string | null; problems: Problem[] }> {
  const org = code ? await orgByCode(db, code) : undefined;
  if (!org) return { orgId: null, problems: [{ code: 'clr.party_unknown', path, params: { code, roles: roles.join('/') } }] };
  const filing = await enterpriseFilingInForce(db, org.id);
  if (!filing || filing.status !== 'effective') return { orgId: org.id, problems: [{ code: 'clr.party_not_filed', path, params: { code } }] };
  if (!roles.some((r) => filing.roles.includes(r))) return { orgId: org.id, problems: [{ code: 'clr.party_role', path, params: { code, roles: roles.join('/') } }] };
  return { orgId: org.id, problems: [] };
}

export function idNumberProblems(type: unknown, number: unknown, typePath: string, numberPath: string): Problem[] {
  if (str(type) !== '1') return [{ code: 'clr.id_type', path: typePath, params: { value: str(type) } }];
  const r = validateResidentId(str(number));
  return r.ok ? [] : [{ code: 'clr.id_number_invalid', path: numberPath, params: { reason: r.reason } }];
}

/** totalPrice = price × qty, to the fen (SPEC-NOTES §8, line arithmetic). */
function lineArithmetic(lines: Rec[], base: string, out: Problem[]): void {
  lines.forEach((l, i) => {
    const expected = dec(str(l.price) || '0').times(str(l.qty) || '0');
    if (expected.minus(str(l.totalPrice) || '0').abs().gte('0.01')) {
      out.push({ code: 'clr.line_total', path: `${base}[${i + 1}]/totalPrice`, params: { gnum: str(l.gnum), value: str(l.totalPrice), expected: decText(expected, 2) } });
    }
  });
}

function senderIs(senderCode: string | null | undefined, codes: string[]): boolean {
  return !!senderCode && codes.includes(senderCode);
}

async function senderCode(db: Db, orgId: string): Promise<{ customsCode: string | null; uscc: string } | undefined> {
  const org = await orgById(db, orgId);
  return org && { customsCode: org.customsCode ?? null, uscc: org.uscc };
}

// ---- the order (CEB311) ----

export async function checkOrder(db: Db, senderOrgId: string, record: Rec, path: string, now: Date): Promise<Problem[]> {
  const head = record.OrderHead as Rec;
  const lines = listOf(record.OrderList);
  const hp = `${path}/OrderHead`;
  const out: Problem[] = [];
  const ebp = await partyProblems(db, str(head.ebpCode), ['ebp'], `${hp}/ebpCode`);
  const ebc = await partyProblems(db, str(head.ebcCode), ['ebc', 'overseas_ebc'], `${hp}/ebcCode`);
  out.push(...ebp.problems, ...ebc.problems);
  const me = await senderCode(db, senderOrgId);
  if (!senderIs(me?.customsCode, [str(head.ebpCode), str(head.ebcCode)]) && !senderIs(me?.uscc, [str(head.ebpCode), str(head.ebcCode)])) {
    out.push({ code: 'clr.sender_not_party', path: `${hp}/ebpCode`, params: { document: 'CEB311', roles: 'ebp/ebc' } });
  }
  if (str(head.payCode)) out.push(...(await partyProblems(db, str(head.payCode), ['payment'], `${hp}/payCode`)).problems);
  out.push(...idNumberProblems(head.buyerIdType, head.buyerIdNumber, `${hp}/buyerIdType`, `${hp}/buyerIdNumber`));
  // Amounts (SPEC-NOTES §8): acturalPaid = goodsValue + freight + taxTotal − discount; goodsValue = Σ totalPrice.
  const expectedPaid = dec(str(head.goodsValue) || '0').plus(str(head.freight) || '0').plus(str(head.taxTotal) || '0').minus(str(head.discount) || '0');
  if (!expectedPaid.eq(str(head.acturalPaid) || '0')) out.push({ code: 'clr.paid_identity', path: `${hp}/acturalPaid`, params: { value: str(head.acturalPaid), expected: decText(expectedPaid, 2) } });
  const goods = sum(lines.map((l) => dec(str(l.totalPrice) || '0')));
  if (goods.minus(str(head.goodsValue) || '0').abs().gte('0.01')) out.push({ code: 'clr.goods_value', path: `${hp}/goodsValue`, params: { value: str(head.goodsValue), expected: decText(goods, 2) } });
  lineArithmetic(lines, `${path}/OrderList`, out);
  const gnums = new Set<string>();
  lines.forEach((l, i) => {
    if (gnums.has(str(l.gnum))) out.push({ code: 'clr.gnum_duplicate', path: `${path}/OrderList[${i + 1}]/gnum`, params: { gnum: str(l.gnum) }, official: '-301002' });
    gnums.add(str(l.gnum));
  });
  // Goods named by item number must be filed by the e-commerce enterprise.
  if (ebc.orgId) {
    const day = isoDate(head.appTime, now);
    for (const [i, l] of lines.entries()) {
      if (!str(l.itemNo)) continue;
      if (!(await findEffectiveProduct(db, ebc.orgId, str(l.itemNo), day))) out.push({ code: 'clr.product_not_filed', path: `${path}/OrderList[${i + 1}]/itemNo`, params: { itemNo: str(l.itemNo) } });
    }
  }
  return out;
}

// ---- the payment (CEB411) ----

export async function checkPayment(db: Db, senderOrgId: string, record: Rec, path: string): Promise<Problem[]> {
  const head = record.PaymentHead as Rec;
  const hp = `${path}/PaymentHead`;
  const out: Problem[] = [];
  const pay = await partyProblems(db, str(head.payCode), ['payment'], `${hp}/payCode`);
  out.push(...pay.problems);
  if (pay.orgId && pay.orgId !== senderOrgId) out.push({ code: 'clr.sender_not_party', path: `${hp}/payCode`, params: { document: 'CEB411', roles: 'payment' } });
  out.push(...(await partyProblems(db, str(head.ebpCode), ['ebp'], `${hp}/ebpCode`)).problems);
  out.push(...idNumberProblems(head.payerIdType, head.payerIdNumber, `${hp}/payerIdType`, `${hp}/payerIdNumber`));
  if (!dec(str(head.amountPaid) || '0').gt(0)) out.push({ code: 'clr.amount_positive', path: `${hp}/amountPaid`, params: { value: str(head.amountPaid) } });
  return out;
}

// ---- the waybill (CEB511) ----

export async function checkWaybill(db: Db, senderOrgId: string, record: Rec, path: string): Promise<Problem[]> {
  const head = record.LogisticsHead as Rec;
  const hp = `${path}/LogisticsHead`;
  const logi = await partyProblems(db, str(head.logisticsCode), ['logistics'], `${hp}/logisticsCode`);
  const out = [...logi.problems];
  if (logi.orgId && logi.orgId !== senderOrgId) out.push({ code: 'clr.sender_not_party', path: `${hp}/logisticsCode`, params: { document: 'CEB511', roles: 'logistics' } });
  return out;
}

// ---- the inventory (CEB621) ----

export interface InventoryFacts {
  ebcOrgId: string | null;
  assureOrgId: string | null;
  dutiableValue: string;
  classification: 'within' | 'single_item_full' | 'over_single_limit';
}

export async function checkInventory(ctx: AppContext, db: Db, senderOrgId: string, record: Rec, path: string): Promise<{ problems: Problem[]; facts: InventoryFacts }> {
  const head = record.InventoryHead as Rec;
  const lines = listOf(record.InventoryList);
  const hp = `${path}/InventoryHead`;
  const out: Problem[] = [];
  const agent = await partyProblems(db, str(head.agentCode), ['ebc', 'broker', 'site_operator', 'overseas_ebc'], `${hp}/agentCode`);
  out.push(...agent.problems);
  if (agent.orgId && agent.orgId !== senderOrgId) out.push({ code: 'clr.sender_not_party', path: `${hp}/agentCode`, params: { document: 'CEB621', roles: 'agent' } });
  const ebc = await partyProblems(db, str(head.ebcCode), ['ebc', 'overseas_ebc'], `${hp}/ebcCode`);
  out.push(...ebc.problems);
  // An overseas seller declares through the domestic agent it registered.
  const seller = ebc.orgId ? await orgById(db, ebc.orgId) : undefined;
  if (seller && seller.roles.includes('overseas_ebc') && !seller.roles.includes('ebc') && agent.orgId && seller.agentOrgId !== agent.orgId) {
    out.push({ code: 'clr.agent_not_registered', path: `${hp}/agentCode`, params: { code: str(head.agentCode), seller: str(head.ebcCode) } });
  }
  out.push(...(await partyProblems(db, str(head.ebpCode), ['ebp'], `${hp}/ebpCode`)).problems);
  out.push(...(await partyProblems(db, str(head.logisticsCode), ['logistics'], `${hp}/logisticsCode`)).problems);
  const assure = await partyProblems(db, str(head.assureCode), ['guarantor', 'ebp', 'ebc', 'logistics'], `${hp}/assureCode`);
  out.push(...assure.problems);
  out.push(...idNumberProblems(head.buyerIdType, head.buyerIdNumber, `${hp}/buyerIdType`, `${hp}/buyerIdNumber`));
  if (str(head.ieFlag) !== 'I') out.push({ code: 'clr.ie_flag', path: `${hp}/ieFlag`, params: { value: str(head.ieFlag) } });
  const mode = str(head.tradeMode);
  if (mode !== '9610' && mode !== '1210') out.push({ code: 'clr.trade_mode', path: `${hp}/tradeMode`, params: { value: mode } });
  // Fields the specification requires by mode (SPEC-NOTES §10.10): the master bill for direct purchase, the account book for bonded.
  const required = mode === '1210' ? ['emsNo', 'areaCode', 'areaName'] : mode === '9610' ? ['trafNo', 'voyageNo', 'billNo'] : [];
  for (const f of required) if (!str(head[f])) out.push({ code: 'clr.mode_field_required', path: `${hp}/${f}`, params: { field: f, tradeMode: mode } });
  if (mode === '1210' && str(head.country) !== '142') out.push({ code: 'clr.bonded_country', path: `${hp}/country`, params: { value: str(head.country) } });
  if (str(head.packNo) !== '1') out.push({ code: 'clr.pack_no', path: `${hp}/packNo`, params: { value: str(head.packNo) } });
  lineArithmetic(lines, `${path}/InventoryList`, out);
  const gnums = new Set<string>();
  const day = isoDate(head.declTime, ctx.clock.now());
  for (const [i, l] of lines.entries()) {
    const lp = `${path}/InventoryList[${i + 1}]`;
    if (gnums.has(str(l.gnum))) out.push({ code: 'clr.gnum_duplicate', path: `${lp}/gnum`, params: { gnum: str(l.gnum) }, official: '-621027' });
    gnums.add(str(l.gnum));
    if (mode === '1210' && !str(l.itemRecordNo)) out.push({ code: 'clr.mode_field_required', path: `${lp}/itemRecordNo`, params: { field: 'itemRecordNo', tradeMode: mode } });
    const itemNo = str(l.itemNo) || str(l.itemRecordNo);
    if (!itemNo) {
      out.push({ code: 'clr.mode_field_required', path: `${lp}/itemNo`, params: { field: 'itemNo', tradeMode: mode } });
      continue;
    }
    if (!ebc.orgId) continue;
    const product = await findEffectiveProduct(db, ebc.orgId, itemNo, day);
    if (!product) {
      out.push({ code: 'clr.product_not_filed', path: `${lp}/itemNo`, params: { itemNo } });
      continue;
    }
    if (product.hsCode !== str(l.gcode)) out.push({ code: 'clr.hs_mismatch', path: `${lp}/gcode`, params: { gcode: str(l.gcode), filed: product.hsCode, itemNo } });
    const line = await tariffLineAsOf(db, str(l.gcode), day);
    if (!line) out.push({ code: 'clr.tariff_unknown', path: `${lp}/gcode`, params: { gcode: str(l.gcode), date: day } });
    else {
      const decision = positiveListDecision(line, ctx.config.TUMEN_MODE);
      if (!decision.ok) out.push({ code: 'clr.positive_list', path: `${lp}/gcode`, params: { gcode: str(l.gcode) } });
    }
  }
  const dutiable = sum(lines.map((l) => dec(str(l.totalPrice) || '0')))
    .plus(str(head.freight) || '0')
    .plus(str(head.insuredFee) || '0');
  const classification = classifyTransaction({ lines: lines.map((l) => ({ qty: str(l.qty) || '0' })), dutiableValue: decText(dutiable) });
  if (classification === 'over_single_limit') {
    out.push({ code: 'clr.single_limit', path: hp, params: { amount: decText(dutiable, 2), limit: SINGLE_TRANSACTION_LIMIT }, official: '-621005' });
  }
  return { problems: out, facts: { ebcOrgId: ebc.orgId, assureOrgId: assure.orgId, dutiableValue: decText(dutiable), classification } };
}
