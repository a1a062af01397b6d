import { dec } from '../../src/kernel/money';
import { importDocuments, inventoryTax, matchDocuments, ratesFromTariffLine, type ImportSpec } from '../../src/modules/clearance';
import { timed, type Scenario } from '../support';

/**
 * The pure engines of import clearance, called in-process (no database): the cross-border tax of an inventory
 * and three-document matching. Each against a baseline measured in the same run on the same data.
 */
const SPEC: ImportSpec = {
  orderNo: 'HB0000000001',
  payTransactionId: 'PAY0000000001',
  logisticsNo: 'XH0000000001',
  ebp: { code: '222496D001', name: '韩光' },
  ebc: { code: '222496D001', name: '韩光' },
  payment: { code: '222499D010', name: '诚泉支付' },
  logistics: { code: '222498D008', name: '祥和物流' },
  agent: { code: '222498D012', name: '正衡报关' },
  assureCode: '222496D001',
  buyer: { name: '金美善', idNumber: '11010519491231002X', phone: '13904330001' },
  address: '吉林省延边朝鲜族自治州延吉市光明街 100 号',
  lines: [
    { itemNo: 'A', gcode: '2008999000', name: '调味海苔', unit: '035', qty: '2', price: '39.90', country: '133' },
    { itemNo: 'B', gcode: '1902301000', name: '拉面', unit: '035', qty: '3', price: '25.00', country: '133' },
    { itemNo: 'C', gcode: '3304990099', name: '面霜', unit: '035', qty: '1', price: '268.00', country: '133' },
  ],
  freight: '10.00',
  at: new Date('2026-11-28T02:00:00Z'),
};

const sync = (f: () => void) => async () => f();

/** Tax of a three-line inventory (apportioned freight, classification, VAT and consumption tax at 70 %) against one decimal multiply-and-round per line. */
export const taxScenario: Scenario = async (_db, { seconds, log }) => {
  const plain = ratesFromTariffLine({ vatRate: '0.1300', consumptionTaxKind: null, consumptionTaxRate: null, consumptionTaxSpecific: null, consumptionTaxUnit: null, mfnRate: '0.1500' });
  const cosmetic = ratesFromTariffLine({ vatRate: '0.1300', consumptionTaxKind: 'ad_valorem', consumptionTaxRate: '0.1500', consumptionTaxSpecific: null, consumptionTaxUnit: null, mfnRate: '0.0500' });
  const lines = [
    { gnum: 1, gcode: '2008999000', qty: '2', totalPrice: '79.80', rates: plain },
    { gnum: 2, gcode: '1902301000', qty: '3', totalPrice: '75.00', rates: plain },
    { gnum: 3, gcode: '3304990099', qty: '1', totalPrice: '268.00', rates: cosmetic },
  ];
  const check = inventoryTax({ lines, freight: '10', insuredFee: '0' });
  log(`tax of the bench inventory: ${check.totals.total} (${check.classification})`);
  log('baseline: one decimal multiply-and-round per line…');
  const base = await timed(seconds, 1, sync(() => void lines.map((l) => dec(l.totalPrice).times('0.091').toDecimalPlaces(2).toFixed(2))));
  log('inventory tax…');
  const tax = await timed(seconds, 1, sync(() => void inventoryTax({ lines, freight: '10', insuredFee: '0' })));
  return { taxPerSecond: tax.perSecond, baselinePerSecond: base.perSecond, ratioToBaseline: Number((tax.perSecond / base.perSecond).toFixed(3)) };
};

/** Three-document matching of a consistent set (every field compared) against reading the same fields as strings. */
export const matchingScenario: Scenario = async (_db, { seconds, log }) => {
  let n = 0;
  const d = importDocuments(SPEC, () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`);
  const input = { order: d.CEB311Message.Order[0]!, payment: d.CEB411Message.Payment[0]!, waybill: d.CEB511Message.Logistics[0]!, inventory: d.CEB621Message.Inventory[0]! } as unknown as Parameters<typeof matchDocuments>[0];
  const problems = matchDocuments(input, { payerMustBeBuyer: true });
  if (problems.length) throw new Error(`the bench documents do not match: ${JSON.stringify(problems)}`);
  const walk = (v: unknown): number => (v && typeof v === 'object' ? Object.values(v).reduce<number>((a, x) => a + walk(x), 0) : String(v ?? '').length);
  log('baseline: read every field of the four documents as text…');
  const base = await timed(seconds, 1, sync(() => void walk(input)));
  log('matching…');
  const match = await timed(seconds, 1, sync(() => void matchDocuments(input, { payerMustBeBuyer: true })));
  return { matchesPerSecond: match.perSecond, baselinePerSecond: base.perSecond, ratioToBaseline: Number((match.perSecond / base.perSecond).toFixed(3)) };
};
