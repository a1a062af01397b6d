/**
 * Builds the four documents of one 9610/1210 import (order CEB311, payment CEB411, waybill CEB511, inventory
 * CEB621) as JSON documents of the CEB contracts, consistent with each other — for the traffic generator,
 * the benchmarks and the tests. Each party sends its own; `copCode` is the sender's customs code.
 */
import { dec, decText, sum } from '../../kernel/money';
import { cebTime } from '../../kernel/zone-time';

export interface Party {
  code: string;
  name: string;
}

export interface ImportLine {
  itemNo: string;
  gcode: string;
  name: string;
  /** Transaction unit and legal unit (customs 3-digit codes). */
  unit: string;
  qty: string;
  price: string;
  /** Country of origin (customs 3-digit code). */
  country: string;
  legalQty?: string;
  legalUnit?: string;
  /** Bonded (1210): the account-book item number (= item number by default). */
  itemRecordNo?: string;
}

export interface ImportSpec {
  orderNo: string;
  payTransactionId: string;
  logisticsNo: string;
  ebp: Party;
  ebc: Party;
  payment: Party;
  logistics: Party;
  agent: Party;
  /** Code of the enterprise guaranteeing the tax. */
  assureCode: string;
  buyer: { name: string; idNumber: string; phone: string };
  payer?: { name: string; idNumber: string };
  consignee?: { name: string; phone: string; address: string };
  address: string;
  lines: ImportLine[];
  freight?: string;
  insuredFee?: string;
  discount?: string;
  taxTotal?: string;
  tradeMode?: '9610' | '1210';
  emsNo?: string;
  area?: Party;
  customsCode?: string;
  portCode?: string;
  /** Country of departure (9610). */
  country?: string;
  at: Date;
  appStatus?: '1' | '2';
  copNo?: string;
}

/** A 36-character upper-case guid (the caller may pass its own generator for reproducible runs). */
export function cebGuid(newId: () => string = () => crypto.randomUUID()): string {
  return newId().toUpperCase();
}

function baseTransfer(party: Party) {
  return { copCode: party.code, copName: party.name, dxpMode: 'DXP', dxpId: `DXPENT${party.code}` };
}

export function importDocuments(spec: ImportSpec, newId?: () => string) {
  const appTime = cebTime(spec.at, false);
  const declDate = appTime.slice(0, 8);
  const freight = spec.freight ?? '0';
  const insuredFee = spec.insuredFee ?? '0';
  const discount = spec.discount ?? '0';
  const taxTotal = spec.taxTotal ?? '0';
  const appStatus = spec.appStatus ?? '2';
  const mode = spec.tradeMode ?? '9610';
  const consignee = spec.consignee ?? { name: spec.buyer.name, phone: spec.buyer.phone, address: spec.address };
  const payer = spec.payer ?? { name: spec.buyer.name, idNumber: spec.buyer.idNumber };
  const lines = spec.lines.map((l, i) => ({ ...l, gnum: i + 1, totalPrice: decText(dec(l.price).times(l.qty), 2) }));
  const goodsValue = decText(sum(lines.map((l) => dec(l.totalPrice))), 2);
  const paid = decText(dec(goodsValue).plus(freight).plus(taxTotal).minus(discount), 2);
  const guid = () => cebGuid(newId);

  const order = {
    guid: guid(),
    version: '1.0',
    Order: [
      {
        OrderHead: {
          guid: guid(),
          appType: '1',
          appTime,
          appStatus,
          orderType: 'I',
          orderNo: spec.orderNo,
          ebpCode: spec.ebp.code,
          ebpName: spec.ebp.name,
          ebcCode: spec.ebc.code,
          ebcName: spec.ebc.name,
          goodsValue,
          freight,
          discount,
          taxTotal,
          acturalPaid: paid,
          currency: '142',
          buyerRegNo: `U${spec.buyer.idNumber.slice(-8)}`,
          buyerName: spec.buyer.name,
          buyerTelephone: spec.buyer.phone,
          buyerIdType: '1',
          buyerIdNumber: spec.buyer.idNumber,
          payCode: spec.payment.code,
          payName: spec.payment.name,
          payTransactionId: spec.payTransactionId,
          consignee: consignee.name,
          consigneeTelephone: consignee.phone,
          consigneeAddress: consignee.address,
        },
        OrderList: lines.map((l) => ({ gnum: l.gnum, itemNo: l.itemNo, itemName: l.name, gmodel: l.name, unit: l.unit, qty: l.qty, price: l.price, totalPrice: l.totalPrice, currency: '142', country: l.country })),
      },
    ],
    BaseTransfer: baseTransfer(spec.ebp),
  };

  const payment = {
    guid: guid(),
    version: '1.0',
    Payment: [
      {
        PaymentHead: {
          guid: guid(),
          appType: '1',
          appTime,
          appStatus,
          payCode: spec.payment.code,
          payName: spec.payment.name,
          payTransactionId: spec.payTransactionId,
          orderNo: spec.orderNo,
          ebpCode: spec.ebp.code,
          ebpName: spec.ebp.name,
          payerIdType: '1',
          payerIdNumber: payer.idNumber,
          payerName: payer.name,
          telephone: spec.buyer.phone,
          amountPaid: paid,
          currency: '142',
          payTime: appTime,
        },
      },
    ],
    BaseTransfer: baseTransfer(spec.payment),
  };

  const weight = decText(sum(lines.map((l) => dec(l.legalUnit === '035' && l.legalQty ? l.legalQty : '0.5'))), 3);
  const waybill = {
    guid: guid(),
    version: '1.0',
    Logistics: [
      {
        LogisticsHead: {
          guid: guid(),
          appType: '1',
          appTime,
          appStatus,
          logisticsCode: spec.logistics.code,
          logisticsName: spec.logistics.name,
          logisticsNo: spec.logisticsNo,
          billNo: mode === '9610' ? `MAWB${spec.logisticsNo.slice(-8)}` : undefined,
          orderNo: spec.orderNo,
          freight,
          insuredFee,
          currency: '142',
          weight,
          packNo: 1,
          goodsInfo: lines.map((l) => l.name).join(';').slice(0, 200),
          consignee: consignee.name,
          consigneeAddress: consignee.address,
          consigneeTelephone: consignee.phone,
        },
      },
    ],
    BaseTransfer: baseTransfer(spec.logistics),
  };
  if (!waybill.Logistics[0]!.LogisticsHead.billNo) delete (waybill.Logistics[0]!.LogisticsHead as { billNo?: string }).billNo;

  const bonded = mode === '1210';
  const inventoryHead: Record<string, unknown> = {
    guid: guid(),
    appType: '1',
    appTime,
    appStatus,
    orderNo: spec.orderNo,
    ebpCode: spec.ebp.code,
    ebpName: spec.ebp.name,
    ebcCode: spec.ebc.code,
    ebcName: spec.ebc.name,
    logisticsNo: spec.logisticsNo,
    logisticsCode: spec.logistics.code,
    logisticsName: spec.logistics.name,
    copNo: spec.copNo ?? `C${spec.orderNo}`.slice(0, 20),
    assureCode: spec.assureCode,
    ...(bonded ? { emsNo: spec.emsNo } : {}),
    ieFlag: 'I',
    declTime: declDate,
    customsCode: spec.customsCode ?? '1500',
    portCode: spec.portCode ?? '1500',
    ieDate: declDate,
    buyerIdType: '1',
    buyerIdNumber: spec.buyer.idNumber,
    buyerName: spec.buyer.name,
    buyerTelephone: spec.buyer.phone,
    consigneeAddress: consignee.address,
    agentCode: spec.agent.code,
    agentName: spec.agent.name,
    ...(bonded ? { areaCode: spec.area?.code, areaName: spec.area?.name } : {}),
    tradeMode: mode,
    trafMode: bonded ? '4' : '5',
    ...(bonded ? {} : { trafNo: 'KE831', voyageNo: `KE831${declDate.slice(4)}`, billNo: `MAWB${spec.logisticsNo.slice(-8)}` }),
    country: bonded ? '142' : (spec.country ?? '133'),
    freight,
    insuredFee,
    currency: '142',
    packNo: 1,
    grossWeight: weight,
    netWeight: weight,
  };
  const inventory = {
    guid: guid(),
    version: '1.0',
    Inventory: [
      {
        InventoryHead: inventoryHead,
        InventoryList: lines.map((l) => ({
          gnum: l.gnum,
          ...(bonded ? { itemRecordNo: l.itemRecordNo ?? l.itemNo } : {}),
          itemNo: l.itemNo,
          itemName: l.name,
          gcode: l.gcode,
          gname: l.name,
          gmodel: l.name,
          country: l.country,
          currency: '142',
          qty: l.qty,
          unit: l.unit,
          qty1: l.legalQty ?? l.qty,
          unit1: l.legalUnit ?? l.unit,
          price: l.price,
          totalPrice: l.totalPrice,
        })),
      },
    ],
    BaseTransfer: baseTransfer(spec.agent),
  };
  return { CEB311Message: order, CEB411Message: payment, CEB511Message: waybill, CEB621Message: inventory } as const;
}

export type ImportDocuments = ReturnType<typeof importDocuments>;
