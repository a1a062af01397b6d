/**
 * Builds the documents of one export (order CEB303, collection CEB403, waybill CEB505, list CEB603, arrival
 * CEB507, departure CEB509) as JSON documents of the CEB contracts, consistent with each other — for the
 * traffic generator, the benchmarks and the tests. Each party sends its own; `copCode` is the sender's code.
 */
import { dec, decText, sum } from '../../kernel/money';
import { cebTime } from '../../kernel/zone-time';
import { cebGuid, type Party } from '../clearance';

export interface ExportLine {
  itemNo: string;
  gcode: string;
  name: string;
  /** Transaction unit and first legal unit (customs 3-digit codes). */
  unit: string;
  unit1?: string;
  qty: string;
  qty1?: string;
  price: string;
  /** Bonded (1210): the account-book item number. */
  itemRecordNo?: string;
}

export interface ExportSpec {
  orderNo: string;
  logisticsNo: string;
  ebp: Party;
  ebc: Party;
  logistics: Party;
  agent: Party;
  /** The payment institution that received the money (collection CEB403). */
  payment: Party;
  /** The supervised site's operator (arrival CEB507). */
  site: Party;
  tradeMode: '9610' | '9710' | '9810' | '1210';
  statisticsFlag?: 'A' | 'B';
  /** Destination country (customs numeric code): 133 Korea, 116 Japan, 344 Russia. */
  country: string;
  /**
   * Port of destination (CEB603 POD, 3–4 characters) from customs' port code table, which the reference does not
   * hold (SPEC-NOTES §7.8): by default the destination country's code stands in, and the sender should give the real one.
   */
  pod?: string;
  lines: ExportLine[];
  freight?: string;
  /** Customs numeric currency code; 142 = CNY. */
  currency?: string;
  trafMode?: string;
  customsCode?: string;
  portCode?: string;
  /** The producer/seller code, or NO when not registered (default: the e-commerce enterprise). */
  ownerCode?: string;
  /** 9810: the zone-registered overseas warehouse (written into the booking's note as OW=<code>). */
  warehouseCode?: string;
  /** 1210: the account book and the zone enterprise. */
  emsNo?: string;
  iac?: Party;
  grossWeight?: string;
  netWeight?: string;
  at: Date;
  copNo?: string;
}

function baseTransfer(party: Party) {
  return { copCode: party.code, copName: party.name, dxpMode: 'DXP', dxpId: `DXPENT${party.code}` };
}

const ORDER_TYPE = { '9610': 'E', '1210': 'E', '9710': 'B', '9810': 'W' } as const;

export function exportDocuments(spec: ExportSpec, newId?: () => string) {
  const appTime = cebTime(spec.at, false);
  const guid = () => cebGuid(newId);
  const currency = spec.currency ?? '142';
  const freight = spec.freight ?? '0';
  const customsCode = spec.customsCode ?? '1500';
  const portCode = spec.portCode ?? customsCode;
  const trafMode = spec.trafMode ?? '4';
  const lines = spec.lines.map((l, i) => ({ ...l, gnum: i + 1, totalPrice: decText(dec(l.price).times(l.qty), 2) }));
  const goodsValue = decText(sum(lines.map((l) => dec(l.totalPrice))), 2);
  const copNo = spec.copNo ?? `X${spec.orderNo}`.slice(0, 30);

  const order = {
    guid: guid(),
    version: '1.0',
    Order: [
      {
        OrderHead: {
          guid: guid(),
          appType: '1',
          appTime,
          appStatus: '2',
          orderType: ORDER_TYPE[spec.tradeMode],
          orderNo: spec.orderNo,
          ebpCode: spec.ebp.code,
          ebpName: spec.ebp.name,
          ebcCode: spec.ebc.code,
          ebcName: spec.ebc.name,
          goodsValue,
          freight,
          currency,
          ...(spec.warehouseCode ? { note: `OW=${spec.warehouseCode}` } : {}),
        },
        OrderList: lines.map((l) => ({ gnum: l.gnum, itemNo: l.itemNo, itemName: l.name, unit: l.unit, currency, qty: l.qty, price: l.price, totalPrice: l.totalPrice })),
      },
    ],
    BaseTransfer: baseTransfer(spec.ebp),
  };

  const collection = {
    guid: guid(),
    version: '1.0',
    Receipts: [
      {
        guid: guid(),
        appType: '1',
        appTime,
        appStatus: '2',
        ebpCode: spec.ebp.code,
        ebpName: spec.ebp.name,
        ebcCode: spec.ebc.code,
        ebcName: spec.ebc.name,
        orderNo: spec.orderNo,
        payCode: spec.payment.code,
        payName: spec.payment.name,
        payNo: `P${spec.orderNo}`.slice(0, 60),
        charge: decText(dec(goodsValue).plus(freight), 2),
        currency,
        accountingDate: appTime,
      },
    ],
    BaseTransfer: baseTransfer(spec.payment),
  };

  const waybill = {
    guid: guid(),
    version: '1.0',
    Logistics: [
      {
        guid: guid(),
        appType: '1',
        appTime,
        appStatus: '2',
        logisticsCode: spec.logistics.code,
        logisticsName: spec.logistics.name,
        logisticsNo: spec.logisticsNo,
        freight,
        insuredFee: '0',
        currency,
        grossWeight: spec.grossWeight ?? '1.2',
        packNo: 1,
        goodsInfo: lines.map((l) => l.name).join(', ').slice(0, 200),
        ebcCode: spec.ebc.code,
        ebcName: spec.ebc.name,
      },
    ],
    BaseTransfer: baseTransfer(spec.logistics),
  };

  const list = {
    guid: guid(),
    version: '1.0',
    Inventory: [
      {
        InventoryHead: {
          guid: guid(),
          appType: '1',
          appTime,
          appStatus: '2',
          customsCode,
          ebpCode: spec.ebp.code,
          ebpName: spec.ebp.name,
          orderNo: spec.orderNo,
          logisticsCode: spec.logistics.code,
          logisticsName: spec.logistics.name,
          logisticsNo: spec.logisticsNo,
          copNo,
          ieFlag: 'E',
          portCode,
          ieDate: appTime.slice(0, 8),
          statisticsFlag: spec.statisticsFlag ?? 'B',
          agentCode: spec.agent.code,
          agentName: spec.agent.name,
          ebcCode: spec.ebc.code,
          ebcName: spec.ebc.name,
          ownerCode: spec.ownerCode ?? spec.ebc.code,
          ownerName: spec.ownerCode === 'NO' ? spec.ebc.name : spec.ebc.name,
          ...(spec.tradeMode === '1210' ? { iacCode: spec.iac?.code ?? '', iacName: spec.iac?.name ?? '', emsNo: spec.emsNo ?? '' } : {}),
          tradeMode: spec.tradeMode,
          trafMode,
          country: spec.country,
          POD: spec.pod ?? spec.country,
          freight,
          fCurrency: currency,
          fFlag: '3',
          insuredFee: '0',
          iCurrency: currency,
          iFlag: '3',
          wrapType: '2',
          packNo: 1,
          grossWeight: spec.grossWeight ?? '1.2',
          netWeight: spec.netWeight ?? '1',
        },
        InventoryList: lines.map((l) => ({
          gnum: l.gnum,
          itemNo: l.itemNo,
          ...(l.itemRecordNo ? { itemRecordNo: l.itemRecordNo } : {}),
          itemName: l.name,
          gcode: l.gcode,
          gname: l.name,
          gmodel: l.name,
          barCode: '无',
          country: spec.country,
          currency,
          qty: l.qty,
          qty1: l.qty1 ?? l.qty,
          unit: l.unit,
          unit1: l.unit1 ?? l.unit,
          price: l.price,
          totalPrice: l.totalPrice,
        })),
      },
    ],
    BaseTransfer: baseTransfer(spec.agent),
  };

  return { CEB303Message: order, CEB403Message: collection, CEB505Message: waybill, CEB603Message: list } as const;
}

export type ExportDocuments = ReturnType<typeof exportDocuments>;

/** The arrival report (CEB507) of parcels at the supervised site, sent by its operator. */
export function arrivalDocument(input: { site: Party; logistics: Party; logisticsNos: string[]; copNo: string; at: Date; customsCode?: string; billNo?: string }, newId?: () => string) {
  return {
    guid: cebGuid(newId),
    version: '1.0',
    Arrival: [
      {
        ArrivalHead: {
          guid: cebGuid(newId),
          appType: '1',
          appTime: cebTime(input.at, false),
          appStatus: '2',
          customsCode: input.customsCode ?? '1500',
          copNo: input.copNo,
          operatorCode: input.site.code,
          operatorName: input.site.name,
          ieFlag: 'E',
          trafMode: '4',
          billNo: input.billNo ?? input.copNo,
          domesticTrafNo: '吉H12345',
          logisticsCode: input.logistics.code,
          logisticsName: input.logistics.name,
          msgCount: 1,
          msgSeqNo: 1,
        },
        ArrivalList: input.logisticsNos.map((logisticsNo, i) => ({ gnum: i + 1, logisticsNo })),
      },
    ],
    BaseTransfer: baseTransfer(input.site),
  };
}

/** The departure (CEB509) of parcels leaving the country, sent by the carrier. */
export function departureDocument(input: { logistics: Party; logisticsNos: string[]; copNo: string; at: Date; customsCode?: string }, newId?: () => string) {
  return {
    guid: cebGuid(newId),
    version: '1.0',
    Departure: [
      {
        DepartureHead: {
          guid: cebGuid(newId),
          appType: '1',
          appTime: cebTime(input.at, false),
          appStatus: '2',
          customsCode: input.customsCode ?? '1500',
          copNo: input.copNo,
          logisticsCode: input.logistics.code,
          logisticsName: input.logistics.name,
          trafMode: '4',
          trafName: '汽车',
          voyageNo: input.copNo.slice(0, 32),
          billNo: input.copNo.slice(0, 37),
          leaveTime: cebTime(input.at, false),
          msgCount: 1,
          msgSeqNo: 1,
        },
        DepartureList: input.logisticsNos.map((logisticsNo, i) => ({ gnum: i + 1, logisticsNo })),
      },
    ],
    BaseTransfer: baseTransfer(input.logistics),
  };
}
