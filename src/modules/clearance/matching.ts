/**
 * Three-document matching (三单对碰, SPEC-NOTES §8): the inventory against the order, the payment and the
 * waybill. Pure: every disagreeing field is named, with the path of the field in the document that disagrees
 * and the value it was expected to have.
 */
import { dec } from '../../kernel/money';
import type { Problem } from '../ceb';
import { listOf, str, type Rec } from './checks';

export interface MatchInput {
  order: Rec;
  payment: Rec;
  waybill: Rec;
  inventory: Rec;
}

export interface MatchOptions {
  /** Payer = buyer (POLICY-NOTES §1.2: required at least when the buyer's identity is not verified). */
  payerMustBeBuyer: boolean;
}

const ORDER = '/CEB311Message/Order/OrderHead';
const PAYMENT = '/CEB411Message/Payment/PaymentHead';
const WAYBILL = '/CEB511Message/Logistics/LogisticsHead';
const INVENTORY = '/CEB621Message/Inventory/InventoryHead';

function same(a: unknown, b: unknown): boolean {
  return str(a).trim() === str(b).trim();
}

function sameAmount(a: unknown, b: unknown): boolean {
  try {
    return dec(str(a) || '0').eq(dec(str(b) || '0'));
  } catch {
    return false;
  }
}

export function matchDocuments(input: MatchInput, options: MatchOptions): Problem[] {
  const order = input.order.OrderHead as Rec;
  const payment = input.payment.PaymentHead as Rec;
  const waybill = input.waybill.LogisticsHead as Rec;
  const inventory = input.inventory.InventoryHead as Rec;
  const out: Problem[] = [];
  const differ = (path: string, field: string, document: string, value: unknown, against: string, expected: unknown) =>
    out.push({ code: 'clr.mismatch', path, params: { field, document, value: str(value), against, expected: str(expected) } });

  // Inventory ↔ order: platform, enterprise, buyer.
  for (const f of ['ebcCode', 'buyerIdType', 'buyerIdNumber', 'buyerName', 'buyerTelephone', 'consigneeAddress'] as const) {
    if (!same(inventory[f], order[f])) differ(`${INVENTORY}/${f}`, f, 'CEB621', inventory[f], 'CEB311', order[f]);
  }
  // Payment ↔ order: the paid amount, and the payment the order names.
  if (!sameAmount(payment.amountPaid, order.acturalPaid)) differ(`${PAYMENT}/amountPaid`, 'amountPaid', 'CEB411', payment.amountPaid, 'CEB311', order.acturalPaid);
  if (str(order.payCode) && !same(order.payCode, payment.payCode)) differ(`${ORDER}/payCode`, 'payCode', 'CEB311', order.payCode, 'CEB411', payment.payCode);
  if (str(order.payTransactionId) && !same(order.payTransactionId, payment.payTransactionId)) {
    differ(`${ORDER}/payTransactionId`, 'payTransactionId', 'CEB311', order.payTransactionId, 'CEB411', payment.payTransactionId);
  }
  if (options.payerMustBeBuyer) {
    if (!same(payment.payerIdNumber, order.buyerIdNumber)) differ(`${PAYMENT}/payerIdNumber`, 'payerIdNumber', 'CEB411', payment.payerIdNumber, 'CEB311', order.buyerIdNumber);
    if (!same(payment.payerName, order.buyerName)) differ(`${PAYMENT}/payerName`, 'payerName', 'CEB411', payment.payerName, 'CEB311', order.buyerName);
  }
  // Waybill ↔ order: the order it carries and the consignee.
  if (!same(waybill.orderNo, order.orderNo)) differ(`${WAYBILL}/orderNo`, 'orderNo', 'CEB511', waybill.orderNo, 'CEB311', order.orderNo);
  for (const f of ['consignee', 'consigneeTelephone', 'consigneeAddress'] as const) {
    if (!same(waybill[f], order[f])) differ(`${WAYBILL}/${f}`, f, 'CEB511', waybill[f], 'CEB311', order[f]);
  }
  // Freight: the inventory declares what the order charged.
  if (!sameAmount(inventory.freight, order.freight)) differ(`${INVENTORY}/freight`, 'freight', 'CEB621', inventory.freight, 'CEB311', order.freight);

  // Lines: one-to-one by gnum, same goods, quantity and value.
  const orderLines = new Map(listOf(input.order.OrderList).map((l) => [str(l.gnum), l]));
  const invLines = listOf(input.inventory.InventoryList);
  const seen = new Set<string>();
  invLines.forEach((l, i) => {
    const gnum = str(l.gnum);
    seen.add(gnum);
    const path = `/CEB621Message/Inventory/InventoryList[${i + 1}]`;
    const o = orderLines.get(gnum);
    if (!o) {
      out.push({ code: 'clr.line_missing', path: `${path}/gnum`, params: { gnum, document: 'CEB311' } });
      return;
    }
    if (str(o.itemNo) && str(l.itemNo) && !same(l.itemNo, o.itemNo)) differ(`${path}/itemNo`, 'itemNo', 'CEB621', l.itemNo, 'CEB311', o.itemNo);
    if (!same(l.gname, o.itemName)) differ(`${path}/gname`, 'gname', 'CEB621', l.gname, 'CEB311', o.itemName);
    if (!sameAmount(l.qty, o.qty)) differ(`${path}/qty`, 'qty', 'CEB621', l.qty, 'CEB311', o.qty);
    if (!same(l.unit, o.unit)) differ(`${path}/unit`, 'unit', 'CEB621', l.unit, 'CEB311', o.unit);
    if (!sameAmount(l.totalPrice, o.totalPrice)) differ(`${path}/totalPrice`, 'totalPrice', 'CEB621', l.totalPrice, 'CEB311', o.totalPrice);
  });
  [...orderLines.keys()].forEach((gnum) => {
    if (!seen.has(gnum)) out.push({ code: 'clr.line_missing', path: `/CEB311Message/Order/OrderList[gnum=${gnum}]`, params: { gnum, document: 'CEB621' } });
  });
  return out;
}
