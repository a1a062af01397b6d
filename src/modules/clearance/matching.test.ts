import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspectionDraw } from './declaration.service';
import { importDocuments, type ImportSpec } from './documents';
import { matchDocuments } from './matching';

const SPEC: ImportSpec = {
  orderNo: 'HB0001',
  payTransactionId: 'PAY0001',
  logisticsNo: 'XH0001',
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
  ],
  freight: '10.00',
  at: new Date('2026-11-28T02:00:00Z'),
};

let n = 0;
const newId = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;

function docs(overrides: Partial<ImportSpec> = {}) {
  const d = importDocuments({ ...SPEC, ...overrides }, newId);
  return { order: d.CEB311Message.Order[0]!, payment: d.CEB411Message.Payment[0]!, waybill: d.CEB511Message.Logistics[0]!, inventory: d.CEB621Message.Inventory[0]! } as unknown as Parameters<typeof matchDocuments>[0] & {
    order: { OrderHead: Record<string, unknown>; OrderList: Record<string, unknown>[] };
    payment: { PaymentHead: Record<string, unknown> };
    waybill: { LogisticsHead: Record<string, unknown> };
    inventory: { InventoryHead: Record<string, unknown>; InventoryList: Record<string, unknown>[] };
  };
}

describe('three-document matching', () => {
  it('four consistent documents match', () => {
    assert.deepEqual(matchDocuments(docs(), { payerMustBeBuyer: true }), []);
  });

  it('names every disagreeing field with the partner value it should have had', () => {
    const d = docs();
    d.waybill.LogisticsHead.consigneeAddress = '吉林省延吉市另一个地址';
    d.payment.PaymentHead.amountPaid = '164.79';
    d.inventory.InventoryList[1]!.qty = '4';
    d.inventory.InventoryHead.buyerTelephone = '13800000000';
    const problems = matchDocuments(d, { payerMustBeBuyer: true });
    assert.deepEqual(problems.map((p) => p.path).sort(), [
      '/CEB411Message/Payment/PaymentHead/amountPaid',
      '/CEB511Message/Logistics/LogisticsHead/consigneeAddress',
      '/CEB621Message/Inventory/InventoryHead/buyerTelephone',
      '/CEB621Message/Inventory/InventoryList[2]/qty',
    ]);
    const paid = problems.find((p) => p.params?.field === 'amountPaid')!;
    assert.deepEqual(paid.params, { field: 'amountPaid', document: 'CEB411', value: '164.79', against: 'CEB311', expected: '164.80' });
  });

  it('amounts compare as decimals, not as text (near miss: 164.8 = 164.80)', () => {
    const d = docs();
    d.payment.PaymentHead.amountPaid = '164.8';
    assert.deepEqual(matchDocuments(d, { payerMustBeBuyer: true }), []);
  });

  it('payer = buyer is enforced only when the rule is on', () => {
    const d = docs({ payer: { name: '朴志勇', idNumber: '360426199101010071' } });
    assert.equal(matchDocuments(d, { payerMustBeBuyer: true }).length, 2);
    assert.deepEqual(matchDocuments(d, { payerMustBeBuyer: false }), []);
  });

  it('a line in one document and not the other is named', () => {
    const d = docs();
    d.inventory.InventoryList.pop();
    const problems = matchDocuments(d, { payerMustBeBuyer: true });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, 'clr.line_missing');
    assert.equal(problems[0]!.params?.gnum, '2');
  });
});

describe('inspection draw', () => {
  it('is reproducible from the seed and the declaration id, and uniform enough', () => {
    assert.equal(inspectionDraw('tumen', 'a'), inspectionDraw('tumen', 'a'));
    assert.notEqual(inspectionDraw('tumen', 'a'), inspectionDraw('other', 'a'));
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (inspectionDraw('tumen', `decl-${i}`) < 0.02) hits++;
    // 2% of 10,000 = 200; a fair draw stays within ±60 (over 4 standard deviations).
    assert.ok(hits > 140 && hits < 260, `hits ${hits}`);
  });
});
