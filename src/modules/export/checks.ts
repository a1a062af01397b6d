/**
 * Arrival checks of the export documents (SPEC-NOTES §11): the sender filed with the right role and named in
 * the document, amounts that add up, goods codes and, where the enterprise filed the item, the filed HS code.
 * Code tables and the schema are checked by the CEB interface before these run.
 */
import type { Db } from '../../db/database';
import { dec, decText, sum } from '../../kernel/money';
import type { Problem } from '../ceb';
import { partyProblems, str, listOf, isoDate, type Rec } from '../clearance';
import { orgById } from '../identity';
import { findEffectiveProduct } from '../registry';

export const EXPORT_TRADE_MODES = ['9610', '9710', '9810', '1210'] as const;

/** The order type each trade mode's list needs (CEB303 orderType: E B2C, B B2B, W overseas-warehouse booking). */
export const ORDER_TYPE_OF_MODE: Record<string, string> = { '9610': 'E', '1210': 'E', '9710': 'B', '9810': 'W' };

/** 9810: the order (the warehouse booking) names the zone-registered overseas warehouse in its note, as `OW=<code>`. */
export function warehouseCodeOf(note: unknown): string | null {
  const m = /(?:^|[\s;,])OW=([A-Z0-9-]{3,30})(?=$|[\s;,])/.exec(str(note));
  return m ? m[1]! : null;
}

async function isSender(db: Db, senderOrgId: string, codes: string[]): Promise<boolean> {
  const org = await orgById(db, senderOrgId);
  return !!org && codes.some((c) => !!c && (c === org.customsCode || c === org.uscc));
}

function lineArithmetic(lines: Rec[], base: string, out: Problem[]): void {
  const gnums = new Set<string>();
  lines.forEach((l, i) => {
    const expected = dec(str(l.price) || '0').times(str(l.qty) || '0');
    if (expected.minus(str(l.totalPrice) || '0').abs().gte('0.01')) {
      out.push({ code: 'clr.line_total', path: `${base}[${i + 1}]/totalPrice`, params: { gnum: str(l.gnum), value: str(l.totalPrice), expected: decText(expected, 2) } });
    }
    if (gnums.has(str(l.gnum))) out.push({ code: 'clr.gnum_duplicate', path: `${base}[${i + 1}]/gnum`, params: { gnum: str(l.gnum) } });
    gnums.add(str(l.gnum));
  });
}

export async function checkExportOrder(db: Db, senderOrgId: string, record: Rec, path: string): Promise<Problem[]> {
  const head = record.OrderHead as Rec;
  const lines = listOf(record.OrderList);
  const hp = `${path}/OrderHead`;
  const out: Problem[] = [];
  out.push(...(await partyProblems(db, str(head.ebpCode), ['ebp'], `${hp}/ebpCode`)).problems);
  out.push(...(await partyProblems(db, str(head.ebcCode), ['ebc'], `${hp}/ebcCode`)).problems);
  if (!(await isSender(db, senderOrgId, [str(head.ebpCode), str(head.ebcCode)]))) out.push({ code: 'clr.sender_not_party', path: `${hp}/ebpCode`, params: { document: 'CEB303', roles: 'ebp/ebc' } });
  const type = str(head.orderType);
  if (!['E', 'B', 'W'].includes(type)) out.push({ code: 'exp.order_type', path: `${hp}/orderType`, params: { value: type } });
  if (type === 'W' && !warehouseCodeOf(head.note)) out.push({ code: 'exp.warehouse_missing', path: `${hp}/note`, params: {} });
  const goods = sum(lines.map((l) => dec(str(l.totalPrice) || '0')));
  if (goods.minus(str(head.goodsValue) || '0').abs().gte('0.01')) out.push({ code: 'clr.goods_value', path: `${hp}/goodsValue`, params: { value: str(head.goodsValue), expected: decText(goods, 2) } });
  lineArithmetic(lines, `${path}/OrderList`, out);
  return out;
}

export async function checkCollection(db: Db, senderOrgId: string, record: Rec, path: string): Promise<Problem[]> {
  const out: Problem[] = [];
  out.push(...(await partyProblems(db, str(record.ebcCode), ['ebc'], `${path}/ebcCode`)).problems);
  out.push(...(await partyProblems(db, str(record.ebpCode), ['ebp'], `${path}/ebpCode`)).problems);
  if (str(record.payCode)) out.push(...(await partyProblems(db, str(record.payCode), ['payment'], `${path}/payCode`)).problems);
  // The payment institution that received the money, or the e-commerce enterprise itself (XSD annotation: payment enterprise).
  if (!(await isSender(db, senderOrgId, [str(record.payCode), str(record.ebcCode)]))) out.push({ code: 'clr.sender_not_party', path: `${path}/payCode`, params: { document: 'CEB403', roles: 'payment/ebc' } });
  if (!dec(str(record.charge) || '0').gt(0)) out.push({ code: 'clr.amount_positive', path: `${path}/charge`, params: { value: str(record.charge) } });
  return out;
}

export async function checkExportWaybill(db: Db, senderOrgId: string, record: Rec, path: string): Promise<Problem[]> {
  const logi = await partyProblems(db, str(record.logisticsCode), ['logistics'], `${path}/logisticsCode`);
  const out = [...logi.problems];
  if (logi.orgId && logi.orgId !== senderOrgId) out.push({ code: 'clr.sender_not_party', path: `${path}/logisticsCode`, params: { document: 'CEB505', roles: 'logistics' } });
  return out;
}

/** Arrival (CEB507): sent by the site operator or the carrier; the head names a filed site operator. */
export async function checkArrival(db: Db, senderOrgId: string, record: Rec, path: string): Promise<Problem[]> {
  const head = record.ArrivalHead as Rec;
  const hp = `${path}/ArrivalHead`;
  const out: Problem[] = [];
  out.push(...(await partyProblems(db, str(head.operatorCode), ['site_operator'], `${hp}/operatorCode`)).problems);
  out.push(...(await partyProblems(db, str(head.logisticsCode), ['logistics'], `${hp}/logisticsCode`)).problems);
  if (!(await isSender(db, senderOrgId, [str(head.operatorCode), str(head.logisticsCode)]))) out.push({ code: 'clr.sender_not_party', path: `${hp}/operatorCode`, params: { document: 'CEB507', roles: 'site_operator/logistics' } });
  if (str(head.ieFlag) !== 'E') out.push({ code: 'exp.ie_flag', path: `${hp}/ieFlag`, params: { value: str(head.ieFlag) } });
  return out;
}

export async function checkDeparture(db: Db, senderOrgId: string, record: Rec, path: string): Promise<Problem[]> {
  const head = record.DepartureHead as Rec;
  const hp = `${path}/DepartureHead`;
  const logi = await partyProblems(db, str(head.logisticsCode), ['logistics'], `${hp}/logisticsCode`);
  const out = [...logi.problems];
  if (logi.orgId && logi.orgId !== senderOrgId) out.push({ code: 'clr.sender_not_party', path: `${hp}/logisticsCode`, params: { document: 'CEB509', roles: 'logistics' } });
  return out;
}

export interface ExportListFacts {
  ebcOrgId: string | null;
}

/** The export inventory list (CEB603). */
export async function checkExportList(db: Db, senderOrgId: string, record: Rec, path: string, now: Date): Promise<{ problems: Problem[]; facts: ExportListFacts }> {
  const head = record.InventoryHead as Rec;
  const lines = listOf(record.InventoryList);
  const hp = `${path}/InventoryHead`;
  const out: Problem[] = [];
  const agent = await partyProblems(db, str(head.agentCode), ['ebc', 'broker', 'site_operator'], `${hp}/agentCode`);
  out.push(...agent.problems);
  if (agent.orgId && agent.orgId !== senderOrgId) out.push({ code: 'clr.sender_not_party', path: `${hp}/agentCode`, params: { document: 'CEB603', roles: 'agent' } });
  const ebc = await partyProblems(db, str(head.ebcCode), ['ebc'], `${hp}/ebcCode`);
  out.push(...ebc.problems);
  out.push(...(await partyProblems(db, str(head.ebpCode), ['ebp'], `${hp}/ebpCode`)).problems);
  out.push(...(await partyProblems(db, str(head.logisticsCode), ['logistics'], `${hp}/logisticsCode`)).problems);
  // The producer or seller: "NO" when it is not registered with customs (SPEC-NOTES §11.7).
  if (str(head.ownerCode) !== 'NO') out.push(...(await partyProblems(db, str(head.ownerCode), ['ebc'], `${hp}/ownerCode`)).problems);
  if (str(head.ieFlag) !== 'E') out.push({ code: 'exp.ie_flag', path: `${hp}/ieFlag`, params: { value: str(head.ieFlag) } });
  const mode = str(head.tradeMode);
  if (!(EXPORT_TRADE_MODES as readonly string[]).includes(mode)) out.push({ code: 'exp.trade_mode', path: `${hp}/tradeMode`, params: { value: mode } });
  if (!['A', 'B'].includes(str(head.statisticsFlag))) out.push({ code: 'exp.statistics_flag', path: `${hp}/statisticsFlag`, params: { value: str(head.statisticsFlag) } });
  // Special-zone (bonded) export draws on the account book of the zone enterprise (SPEC-NOTES §11.7).
  if (mode === '1210') for (const f of ['emsNo', 'iacCode']) if (!str(head[f])) out.push({ code: 'clr.mode_field_required', path: `${hp}/${f}`, params: { field: f, tradeMode: mode } });
  lineArithmetic(lines, `${path}/InventoryList`, out);
  const day = isoDate(head.appTime, now);
  for (const [i, l] of lines.entries()) {
    const lp = `${path}/InventoryList[${i + 1}]`;
    if (!/^\d{10}$/.test(str(l.gcode))) out.push({ code: 'exp.gcode_format', path: `${lp}/gcode`, params: { value: str(l.gcode) } });
    if (mode === '1210' && !str(l.itemRecordNo)) out.push({ code: 'clr.mode_field_required', path: `${lp}/itemRecordNo`, params: { field: 'itemRecordNo', tradeMode: mode } });
    // Export goods need no product filing; an item the enterprise did file must be declared under its filed code.
    if (ebc.orgId && str(l.itemNo)) {
      const product = await findEffectiveProduct(db, ebc.orgId, str(l.itemNo), day);
      if (product && product.hsCode !== str(l.gcode)) out.push({ code: 'clr.hs_mismatch', path: `${lp}/gcode`, params: { gcode: str(l.gcode), filed: product.hsCode, itemNo: str(l.itemNo) } });
    }
  }
  return { problems: out, facts: { ebcOrgId: ebc.orgId } };
}
