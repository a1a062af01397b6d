import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dec } from '../src/kernel/money';
import { DEMO_BOOK } from '../src/modules/clearance';
import { DEMO_ORGS } from '../src/modules/identity';
import { startTestApp, type TestApp } from './support/app';
import {
  buyer,
  customsKey,
  declarationOf,
  DOC_TYPES,
  flow,
  GINSENG,
  inventoryStatuses,
  LAVER,
  NOODLE,
  PARTIES,
  partyKeys,
  receipts,
  sendAll,
  sendJson,
  type DocType,
  type Keys,
  type Receipt,
} from './support/clearance';
import { createKey } from './support/ceb';
import { dbTargets } from './support/db';
import { closeXsdValidators, validateCeb } from './support/xsd';

const DAY = 86_400_000;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

function cancelDoc(app: TestApp, spec: ReturnType<typeof flow>['spec'], invtNo: string) {
  const guid = () => app.ctx.newId().toUpperCase();
  return {
    guid: guid(),
    version: '1.0',
    InvtCancel: [
      {
        guid: guid(),
        appType: '1',
        appTime: '20261128100000',
        appStatus: '2',
        customsCode: '1500',
        orderNo: spec.orderNo,
        ebpCode: spec.ebp.code,
        ebpName: spec.ebp.name,
        ebcCode: spec.ebc.code,
        ebcName: spec.ebc.name,
        logisticsNo: spec.logisticsNo,
        logisticsCode: spec.logistics.code,
        logisticsName: spec.logistics.name,
        copNo: `X${spec.orderNo}`.slice(0, 20),
        invtNo,
        buyerIdType: '1',
        buyerIdNumber: spec.buyer.idNumber,
        buyerName: spec.buyer.name,
        buyerTelephone: spec.buyer.phone,
        agentCode: spec.agent.code,
        agentName: spec.agent.name,
        reason: '买家取消订单',
      },
    ],
    BaseTransfer: { copCode: spec.agent.code, copName: spec.agent.name, dxpMode: 'DXP', dxpId: `DXPENT${spec.agent.code}` },
  };
}

function refundDoc(app: TestApp, spec: ReturnType<typeof flow>['spec'], invtNo: string, lines: { gnum: number; qty: string }[]) {
  const guid = () => app.ctx.newId().toUpperCase();
  return {
    guid: guid(),
    version: '1.0',
    InvtRefund: [
      {
        InvtRefundHead: {
          guid: guid(),
          appType: '1',
          appTime: '20261128100000',
          appStatus: '2',
          customsCode: '1500',
          orderNo: spec.orderNo,
          ebpCode: spec.ebp.code,
          ebpName: spec.ebp.name,
          ebcCode: spec.ebc.code,
          ebcName: spec.ebc.name,
          logisticsNo: spec.logisticsNo,
          logisticsCode: spec.logistics.code,
          logisticsName: spec.logistics.name,
          copNo: `R${spec.orderNo}`.slice(0, 20),
          invtNo,
          buyerIdType: '1',
          buyerIdNumber: spec.buyer.idNumber,
          buyerName: spec.buyer.name,
          buyerTelephone: spec.buyer.phone,
          agentCode: spec.agent.code,
          agentName: spec.agent.name,
          reason: '商品破损，消费者退货',
        },
        InvtRefundList: lines.map((l) => {
          const line = spec.lines[l.gnum - 1]!;
          return { gnum: l.gnum, gcode: line.gcode, gname: line.name, qty: l.qty, unit: line.unit };
        }),
      },
    ],
    BaseTransfer: { copCode: spec.agent.code, copName: spec.agent.name, dxpMode: 'DXP', dxpId: `DXPENT${spec.agent.code}` },
  };
}

async function quota(app: TestApp, b: { name: string; idNumber: string }, year?: number) {
  const res = await app.inject({ method: 'POST', url: '/api/public/quota', payload: { name: b.name, idNumber: b.idNumber, year } });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { used: string; remaining: string; declarations: { orderNo: string; amount: string; state: string }[] };
}

async function guaranteeUsed(app: TestApp): Promise<string> {
  const res = await app.inject({ method: 'GET', url: '/api/clearance/guarantees', as: await customsKey(app) });
  const items = (res.json() as { items: { orgId: string; used: string }[] }).items;
  return items.find((g) => g.orgId === app.orgId.hengyue)!.used;
}

for (const target of dbTargets()) {
  describe(`import clearance 9610 [${target}]`, () => {
    let app: TestApp;
    let keys: Keys;
    before(async () => {
      app = await startTestApp(target, { config: { TUMEN_INSPECTION_RATE: '0' } });
      keys = await partyKeys(app);
    });
    after(async () => {
      closeXsdValidators();
      await app.close();
    });

    it('a full flow in JSON ends in released receipts, with the tax bill to the seller, the agent and the guarantor', async () => {
      const { spec, docs } = flow(app, { buyer: buyer(1) });
      const before = await guaranteeUsed(app);
      await sendAll(app, keys, docs);
      const d = await declarationOf(app, spec.orderNo);
      assert.equal(d?.state, 'released', JSON.stringify(d?.problems));
      const agent = await receipts(app, keys.zhengheng!);
      assert.deepEqual(inventoryStatuses(agent, `C${spec.orderNo}`), ['2', '120', '399', '800']);
      // Goods 2 × 39.90 + 3 × 25.00 = 154.80, freight 10 → dutiable 164.80; 13% VAT × 70% = 9.1% → 15.00 (per line, rounded).
      assert.equal(d.taxTotal, '15.00');
      for (const key of [keys.zhengheng!, keys.hanbit!]) {
        const bills: Receipt[] = (await receipts(app, key)).filter((r) => r.messageType === 'CEB816Message' && r.xml.includes(String(d.invtNo)));
        assert.equal(bills.length, 1);
        assert.match(bills[0]!.xml, /<ceb:valueAddedTax>15(\.0+)?<\/ceb:valueAddedTax>/);
        assert.match(bills[0]!.xml, /<ceb:TaxListRd>[\s\S]*<ceb:gnum>2<\/ceb:gnum>/);
        const valid = validateCeb(bills[0]!.xml);
        assert.ok(valid.valid, JSON.stringify(valid.errors));
      }
      // Every receipt the flow produced is valid against the official schema.
      for (const r of agent) {
        const valid = validateCeb(r.xml);
        assert.ok(valid.valid, `${r.messageType} ${r.returnStatus}: ${JSON.stringify(valid.errors)}`);
      }
      assert.equal(dec(await guaranteeUsed(app)).minus(before).toFixed(2), '15.00');
      assert.match(String(d.invtNo), /^15002026I\d{9}$/);
      // Customs finds it by its waybill (logistics) number too; another number finds nothing.
      const byWaybill = await app.inject({ method: 'GET', url: `/api/clearance/declarations?logisticsNo=${spec.logisticsNo}`, as: 'customs.admin' });
      assert.deepEqual((byWaybill.json() as { items: { id: string }[] }).items.map((x) => x.id), [d.id]);
      const none = await app.inject({ method: 'GET', url: '/api/clearance/declarations?logisticsNo=XH-NO-SUCH', as: 'customs.admin' });
      assert.deepEqual((none.json() as { items: unknown[] }).items, []);
      // The counts by state agree with the list, for customs (all) and for a party (its own).
      for (const as of ['customs.admin', 'hanbit.admin', 'cheongja.admin']) {
        const counts = (await app.inject({ method: 'GET', url: '/api/clearance/declarations/counts', as })).json() as { total: number; byState: Record<string, number> };
        const listed = (await app.inject({ method: 'GET', url: '/api/clearance/declarations?limit=200', as })).json() as { items: { state: string }[] };
        const tally: Record<string, number> = {};
        for (const x of listed.items) tally[x.state] = (tally[x.state] ?? 0) + 1;
        assert.deepEqual(counts.byState, tally, as);
        assert.equal(counts.total, listed.items.length, as);
      }
      // The order, payment and waybill senders got their logic-check receipts (120).
      const platform = await receipts(app, keys.hanbit!);
      assert.ok(platform.some((r) => r.messageType === 'CEB312Message' && r.returnStatus === '120' && r.xml.includes(spec.orderNo)));
      const q = await quota(app, buyer(1));
      assert.ok(q.declarations.some((x) => x.orderNo === spec.orderNo && x.amount === '164.80' && x.state === 'released'));
    });

    it('the same flow through CEB XML messages ends the same way', async () => {
      const { spec, docs } = flow(app, { buyer: buyer(2) });
      await sendAll(app, keys, docs, DOC_TYPES, 'xml');
      const d = await declarationOf(app, spec.orderNo);
      assert.equal(d?.state, 'released', JSON.stringify(d?.problems));
      assert.equal(d.taxTotal, '15.00');
      assert.deepEqual(inventoryStatuses(await receipts(app, keys.zhengheng!), `C${spec.orderNo}`), ['2', '120', '399', '800']);
    });

    it('documents arriving in all 24 orders give the same result', async () => {
      const orders = permutations<DocType>([...DOC_TYPES]);
      assert.equal(orders.length, 24);
      const outcomes = new Set<string>();
      for (const [i, order] of orders.entries()) {
        const { spec, docs } = flow(app, { buyer: buyer(3 + (i % 6)) });
        await sendAll(app, keys, docs, order);
        const d = await declarationOf(app, spec.orderNo);
        outcomes.add(`${d?.state} ${d?.taxTotal}`);
      }
      assert.deepEqual([...outcomes], ['released 15.00']);
    });

    it('a document waiting for its partners says what it waits for; a re-sent document is idempotent', async () => {
      const { spec, docs } = flow(app, { buyer: buyer(9) });
      const first = await sendJson(app, keys.zhengheng!, 'CEB621Message', docs.CEB621Message);
      assert.equal(first.statusCode, 200);
      const again = await sendJson(app, keys.zhengheng!, 'CEB621Message', docs.CEB621Message);
      assert.equal(again.statusCode, 200);
      assert.equal((again.json() as { replayed: boolean }).replayed, true);
      await sendJson(app, keys.hanbit!, 'CEB311Message', docs.CEB311Message);
      const d = await declarationOf(app, spec.orderNo);
      assert.equal(d?.state, 'waiting');
      assert.deepEqual(d.waitingFor, ['payment', 'waybill']);
    });

    it('a mismatch rejects the inventory naming every disagreeing field; a corrected inventory clears', async () => {
      const { spec, docs } = flow(app, { buyer: buyer(10) });
      docs.CEB511Message.Logistics[0]!.LogisticsHead.consigneeTelephone = '13900000000';
      docs.CEB411Message.Payment[0]!.PaymentHead.amountPaid = '1.00';
      const agentBefore = (await receipts(app, keys.zhengheng!)).at(-1)?.seq ?? 0;
      await sendAll(app, keys, docs);
      const d = await declarationOf(app, spec.orderNo);
      assert.equal(d?.state, 'rejected');
      const paths = d.problems.map((p) => p.path).sort();
      assert.deepEqual(paths, ['/CEB411Message/Payment/PaymentHead/amountPaid', '/CEB511Message/Logistics/LogisticsHead/consigneeTelephone']);
      const rejected = (await receipts(app, keys.zhengheng!, agentBefore)).find((r) => r.messageType === 'CEB622Message' && r.returnStatus === '100');
      assert.ok(rejected, 'a 100 receipt');
      assert.match(rejected.returnInfo, /consigneeTelephone/);
      assert.match(rejected.returnInfo, /amountPaid/);
      // Nothing of the rejected inventory is kept as accepted: the quota is untouched, and a corrected set clears.
      assert.equal((await quota(app, buyer(10))).used, '0.00');
      const fixedWaybill = structuredClone(docs.CEB511Message);
      Object.assign(fixedWaybill.Logistics[0]!.LogisticsHead, { appType: '2', guid: app.ctx.newId().toUpperCase(), consigneeTelephone: spec.buyer.phone });
      fixedWaybill.guid = app.ctx.newId().toUpperCase();
      const fixedPayment = structuredClone(docs.CEB411Message);
      Object.assign(fixedPayment.Payment[0]!.PaymentHead, { appType: '2', guid: app.ctx.newId().toUpperCase(), amountPaid: docs.CEB311Message.Order[0]!.OrderHead.acturalPaid });
      fixedPayment.guid = app.ctx.newId().toUpperCase();
      assert.equal((await sendJson(app, keys.xianghe!, 'CEB511Message', fixedWaybill)).statusCode, 200);
      assert.equal((await sendJson(app, keys.chengquan!, 'CEB411Message', fixedPayment)).statusCode, 200);
      const inventory = structuredClone(docs.CEB621Message);
      inventory.guid = app.ctx.newId().toUpperCase();
      inventory.Inventory[0]!.InventoryHead.guid = app.ctx.newId().toUpperCase();
      const res = await sendJson(app, keys.zhengheng!, 'CEB621Message', inventory);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((await declarationOf(app, spec.orderNo))?.state, 'released');
    });

    it('over 5,000 with several items is refused on arrival with -621005; one indivisible item is fully taxed', async () => {
      const big = flow(app, { buyer: buyer(11), lines: [{ ...GINSENG, qty: '13' }, LAVER] });
      const res = await sendJson(app, keys.zhengheng!, 'CEB621Message', big.docs.CEB621Message);
      assert.equal(res.statusCode, 422);
      const body = res.json() as { returnStatus: string; problems: { code: string; path: string }[] };
      assert.equal(body.returnStatus, '-621005');
      assert.equal(body.problems[0]!.code, 'clr.single_limit');
      // In the caller's language, naming the rule and the field.
      for (const [lang, script] of [['ko', /[\uAC00-\uD7A3]/], ['ja', /[\u3040-\u30FF]/], ['ru', /[\u0400-\u04FF]/], ['en', /limit/i], ['zh-CN', /[\u4E00-\u9FFF]/]] as const) {
        const again = big.docs.CEB621Message;
        again.guid = app.ctx.newId().toUpperCase();
        const localized = await app.inject({ method: 'POST', url: `/api/ceb/documents/CEB621Message?lang=${lang}`, headers: { authorization: `Bearer ${keys.zhengheng!}` }, payload: again });
        const info = (localized.json() as { records: { returnInfo: string }[] }).records[0]!.returnInfo;
        assert.match(info, script, `${lang}: ${info}`);
        assert.match(info, /clr\.single_limit.*InventoryHead/);
      }
      // One item of 6,000: full tariff (demo MFN 12%), full VAT, counted in the annual quota.
      const single = flow(app, { buyer: buyer(12), lines: [{ ...GINSENG, price: '6000.00' }], freight: '0' });
      await sendAll(app, keys, single.docs);
      const d = await declarationOf(app, single.spec.orderNo);
      assert.equal(d?.state, 'released', JSON.stringify(d?.problems));
      assert.equal(d.fullTax, true);
      // T = 6000 × 0.12 = 720; VAT = (6000 + 720) × 13% = 873.60; total 1,593.60.
      assert.equal(d.taxTotal, '1593.60');
      assert.equal((await quota(app, buyer(12))).used, '6000.00');
    });

    it('an identity that does not match the register is rejected; payer ≠ buyer is rejected', async () => {
      const impostor = flow(app, { buyer: { ...buyer(13), name: '王小明' } });
      await sendAll(app, keys, impostor.docs);
      const d1 = await declarationOf(app, impostor.spec.orderNo);
      assert.equal(d1?.state, 'rejected');
      assert.ok(d1.problems.some((p) => p.code === 'clr.identity_mismatch'));
      const other = buyer(14);
      const paidByOther = flow(app, { buyer: buyer(15), payer: { name: other.name, idNumber: other.idNumber } });
      await sendAll(app, keys, paidByOther.docs);
      const d2 = await declarationOf(app, paidByOther.spec.orderNo);
      assert.equal(d2?.state, 'rejected');
      assert.deepEqual(d2.problems.map((p) => p.path).sort(), ['/CEB411Message/Payment/PaymentHead/payerIdNumber', '/CEB411Message/Payment/PaymentHead/payerName']);
    });

    it('200 concurrent inventories of one buyer never overdraw the 26,000 annual quota', async () => {
      const b = buyer(20);
      const flows = Array.from({ length: 200 }, () => flow(app, { buyer: b, lines: [{ ...GINSENG, price: '200.00' }], freight: '0' }));
      // Partners first, in batches of records per message.
      for (const type of ['CEB311Message', 'CEB411Message', 'CEB511Message'] as const) {
        const record = type === 'CEB311Message' ? 'Order' : type === 'CEB411Message' ? 'Payment' : 'Logistics';
        for (let i = 0; i < flows.length; i += 50) {
          const batch = flows.slice(i, i + 50);
          const first = structuredClone(batch[0]!.docs[type]) as Record<string, unknown>;
          first[record] = batch.map((f) => (f.docs[type] as unknown as Record<string, unknown[]>)[record]![0]);
          const sender = type === 'CEB311Message' ? keys.hanbit! : type === 'CEB411Message' ? keys.chengquan! : keys.xianghe!;
          const res = await sendJson(app, sender, type, first);
          assert.equal(res.statusCode, 200, res.body.slice(0, 500));
        }
      }
      const answers = await Promise.all(flows.map((f) => sendJson(app, keys.zhengheng!, 'CEB621Message', f.docs.CEB621Message)));
      assert.ok(answers.every((a) => a.statusCode === 200));
      let accepted = dec(0);
      let acceptedCount = 0;
      let rejectedCount = 0;
      for (const f of flows) {
        const d = await declarationOf(app, f.spec.orderNo);
        // Accepted (120) and on: released, or held for review (a new buyer declaring this fast is reviewed).
        if (d?.state === 'released' || d?.state === 'review') {
          accepted = accepted.plus('200');
          acceptedCount++;
        } else {
          assert.equal(d?.state, 'rejected');
          assert.equal(d.problems[0]!.code, 'clr.annual_limit');
          rejectedCount++;
        }
      }
      const q = await quota(app, b);
      assert.ok(accepted.lte(26000), `accepted ${accepted.toFixed()}`);
      assert.equal(q.used, accepted.toFixed(2));
      assert.equal(acceptedCount, 130);
      assert.equal(acceptedCount + rejectedCount, 200);
      const agent = await receipts(app, keys.zhengheng!);
      const limitReceipts = agent.filter((r) => r.messageType === 'CEB622Message' && r.returnStatus === '-621018');
      assert.ok(limitReceipts.length >= 70);
    });

    it('manual review, then customs disposes: approve releases; inspect, then pass or seize', async () => {
      // A price far below the filed reference price holds the declaration for review (300).
      const cheap = flow(app, { buyer: buyer(21), lines: [{ ...LAVER, price: '5.00' }] });
      await sendAll(app, keys, cheap.docs);
      const held = await declarationOf(app, cheap.spec.orderNo);
      assert.equal(held?.state, 'review');
      const enterprise = await app.inject({ method: 'POST', url: `/api/clearance/declarations/${held.id}/review`, as: 'hanbit.admin', payload: { decision: 'approve' } });
      assert.equal(enterprise.statusCode, 403);
      const approve = await app.inject({ method: 'POST', url: `/api/clearance/declarations/${held.id}/review`, as: 'customs.admin', payload: { decision: 'approve', reason: '价格经核实为促销价' } });
      assert.equal(approve.statusCode, 200, approve.body);
      assert.equal((approve.json() as { state: string }).state, 'released');
      assert.deepEqual(inventoryStatuses(await receipts(app, keys.zhengheng!), `C${cheap.spec.orderNo}`), ['2', '120', '300', '399', '800']);
      // Inspect, then seize: the quota and the guarantee are given back, the tax bill voided (CEB818 status 3).
      const second = flow(app, { buyer: buyer(22), lines: [{ ...LAVER, price: '5.00' }] });
      await sendAll(app, keys, second.docs);
      const d2 = (await declarationOf(app, second.spec.orderNo))!;
      const guaranteeBefore = await guaranteeUsed(app);
      await app.inject({ method: 'POST', url: `/api/clearance/declarations/${d2.id}/review`, as: 'customs.admin', payload: { decision: 'inspect' } });
      assert.equal((await declarationOf(app, second.spec.orderNo))?.state, 'inspection');
      assert.notEqual((await quota(app, buyer(22))).used, '0.00');
      const seize = await app.inject({ method: 'POST', url: `/api/clearance/declarations/${d2.id}/inspection`, as: 'customs.admin', payload: { result: 'seize', note: '品名不符' } });
      assert.equal((seize.json() as { state: string }).state, 'seized');
      assert.equal((await quota(app, buyer(22))).used, '0.00');
      assert.equal(await guaranteeUsed(app), guaranteeBefore);
      const agent = await receipts(app, keys.zhengheng!);
      assert.deepEqual(inventoryStatuses(agent, `C${second.spec.orderNo}`), ['2', '120', '300', '399', '500', '599']);
      assert.ok(agent.some((r) => r.messageType === 'CEB818Message' && r.returnStatus === '3' && r.xml.includes(String(d2.invtNo))));
      // A decision out of turn is a conflict.
      const late = await app.inject({ method: 'POST', url: `/api/clearance/declarations/${d2.id}/inspection`, as: 'customs.admin', payload: { result: 'pass' } });
      assert.equal(late.statusCode, 409);
    });

    it('a partner changed before the audit re-opens the declaration and evaluates it again', async () => {
      const held = flow(app, { buyer: buyer(34), lines: [{ ...LAVER, price: '5.00' }] });
      await sendAll(app, keys, held.docs);
      assert.equal((await declarationOf(app, held.spec.orderNo))?.state, 'review');
      assert.notEqual((await quota(app, buyer(34))).used, '0.00');
      const change = structuredClone(held.docs.CEB411Message);
      change.guid = app.ctx.newId().toUpperCase();
      Object.assign(change.Payment[0]!.PaymentHead, { guid: app.ctx.newId().toUpperCase(), appType: '2', amountPaid: '99.00' });
      assert.equal((await sendJson(app, keys.chengquan!, 'CEB411Message', change)).statusCode, 200);
      const d = (await declarationOf(app, held.spec.orderNo))!;
      assert.equal(d.state, 'rejected');
      assert.deepEqual(d.problems.map((p) => p.path), ['/CEB411Message/Payment/PaymentHead/amountPaid']);
      assert.equal((await quota(app, buyer(34))).used, '0.00');
    });

    it('cancellation before release restores quota and guarantee; after release it is refused with -623005', async () => {
      const held = flow(app, { buyer: buyer(23), lines: [{ ...LAVER, price: '5.00' }] });
      await sendAll(app, keys, held.docs);
      const d = (await declarationOf(app, held.spec.orderNo))!;
      assert.equal(d.state, 'review');
      assert.notEqual((await quota(app, buyer(23))).used, '0.00');
      const res = await sendJson(app, keys.zhengheng!, 'CEB623Message', cancelDoc(app, held.spec, String(d.invtNo)));
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((await declarationOf(app, held.spec.orderNo))?.state, 'cancelled');
      assert.equal((await quota(app, buyer(23))).used, '0.00');
      const agent = await receipts(app, keys.zhengheng!);
      assert.ok(agent.some((r) => r.messageType === 'CEB624Message' && r.returnStatus === '399' && r.xml.includes(String(d.invtNo))));

      const done = flow(app, { buyer: buyer(24) });
      await sendAll(app, keys, done.docs);
      const released = (await declarationOf(app, done.spec.orderNo))!;
      const refused = await sendJson(app, keys.zhengheng!, 'CEB623Message', cancelDoc(app, done.spec, String(released.invtNo)));
      assert.equal(refused.statusCode, 422);
      assert.equal((refused.json() as { returnStatus: string }).returnStatus, '-623005');
      const unknown = await sendJson(app, keys.zhengheng!, 'CEB623Message', cancelDoc(app, flow(app).spec, '15002026I999999999'));
      assert.equal((unknown.json() as { returnStatus: string }).returnStatus, '-623003');
    });

    it('returns: asked within 30 days and back within 45 restore quota and tax; outside the windows they do not', async () => {
      const start = app.clock.now();
      try {
        const { spec, docs } = flow(app, { buyer: buyer(25) });
        await sendAll(app, keys, docs);
        const d = (await declarationOf(app, spec.orderNo))!;
        const usedAfterRelease = (await quota(app, buyer(25))).used;
        assert.equal(usedAfterRelease, '164.80');
        const guaranteeBefore = await guaranteeUsed(app);
        app.clock.advance(29 * DAY);
        // Return line 1 (2 × 39.90) in full.
        const res = await sendJson(app, keys.zhengheng!, 'CEB625Message', refundDoc(app, spec, String(d.invtNo), [{ gnum: 1, qty: '2' }]));
        assert.equal(res.statusCode, 200, res.body);
        const detail = (await declarationOf(app, spec.orderNo)) as unknown as { id: string; returns: { id: string; state: string; amount: string; tax: string }[] };
        // The list finds declarations with a return request, and only those.
        const withReturns = (await app.inject({ method: 'GET', url: '/api/clearance/declarations?withReturns=true&limit=200', as: 'customs.admin' })).json() as { items: { id: string }[] };
        assert.ok(withReturns.items.some((x) => x.id === detail.id));
        for (const x of withReturns.items) {
          const one = (await app.inject({ method: 'GET', url: `/api/clearance/declarations/${x.id}`, as: 'customs.admin' })).json() as { returns: unknown[] };
          assert.ok(one.returns.length > 0, 'every listed declaration has a return');
        }
        const ret = detail.returns[0]!;
        assert.equal(ret.state, 'requested');
        app.clock.advance(10 * DAY); // day 39: within 45
        const arrival = await app.inject({ method: 'POST', url: `/api/clearance/returns/${ret.id}/arrival`, as: await customsKey(app) });
        assert.equal(arrival.statusCode, 200, arrival.body);
        const arrived = arrival.json() as { state: string; amount: string; tax: string };
        assert.equal(arrived.state, 'completed');
        // Line 1: 79.80 + its share of the 10.00 freight (5.16) = 84.96 restored; its tax 7.73 not collected.
        assert.equal(arrived.amount, '84.96');
        // The clock is now in January 2027: the quota of 2026, when the goods were released, gets the amount back.
        assert.equal((await quota(app, buyer(25), 2026)).used, dec(usedAfterRelease).minus(arrived.amount).toFixed(2));
        assert.equal((await quota(app, buyer(25))).used, '0.00');
        assert.equal(dec(guaranteeBefore).minus(await guaranteeUsed(app)).toFixed(2), arrived.tax);
        // More than is left of line 1 cannot be returned.
        const again = await sendJson(app, keys.zhengheng!, 'CEB625Message', refundDoc(app, spec, String(d.invtNo), [{ gnum: 1, qty: '1' }]));
        assert.equal(again.statusCode, 422);

        // Another flow: asked on day 31 → refused.
        app.clock.set(start);
        const late = flow(app, { buyer: buyer(26) });
        await sendAll(app, keys, late.docs);
        const dl = (await declarationOf(app, late.spec.orderNo))!;
        app.clock.advance(31 * DAY);
        const refused = await sendJson(app, keys.zhengheng!, 'CEB625Message', refundDoc(app, late.spec, String(dl.invtNo), [{ gnum: 2, qty: '1' }]));
        assert.equal(refused.statusCode, 422);
        assert.equal((refused.json() as { problems: { code: string }[] }).problems[0]!.code, 'clr.return_window');

        // Asked in time but the goods never came back within 45 days: the return lapses, quota stays used.
        app.clock.set(start);
        const lapse = flow(app, { buyer: buyer(27) });
        await sendAll(app, keys, lapse.docs);
        const dp = (await declarationOf(app, lapse.spec.orderNo))!;
        app.clock.advance(5 * DAY);
        assert.equal((await sendJson(app, keys.zhengheng!, 'CEB625Message', refundDoc(app, lapse.spec, String(dp.invtNo), [{ gnum: 2, qty: '3' }]))).statusCode, 200);
        app.clock.set(new Date(start.getTime() + 46 * DAY));
        const { enforceDeadlines } = await import('../src/modules/clearance');
        const closed = await enforceDeadlines(app.ctx);
        assert.ok(closed.lapsed >= 1);
        const after = (await declarationOf(app, lapse.spec.orderNo)) as unknown as { returns: { state: string }[] };
        assert.equal(after.returns[0]!.state, 'lapsed');
        assert.equal((await quota(app, buyer(27), 2026)).used, '164.80');
      } finally {
        app.clock.set(start);
      }
    });

    it('an orphan past the matching deadline is rejected naming what never came', async () => {
      const start = app.clock.now();
      try {
        const { spec, docs } = flow(app, { buyer: buyer(28) });
        await sendJson(app, keys.zhengheng!, 'CEB621Message', docs.CEB621Message);
        await sendJson(app, keys.hanbit!, 'CEB311Message', docs.CEB311Message);
        app.clock.advance(73 * 3600_000);
        const { enforceDeadlines } = await import('../src/modules/clearance');
        assert.ok((await enforceDeadlines(app.ctx)).orphans >= 1);
        const d = (await declarationOf(app, spec.orderNo))!;
        assert.equal(d.state, 'expired');
        assert.equal(d.problems[0]!.code, 'clr.partners_missing');
        assert.match(d.problems[0]!.message, /payment/);
        const last = (await receipts(app, keys.zhengheng!)).filter((r) => r.messageType === 'CEB622Message' && r.xml.includes(`C${spec.orderNo}`)).at(-1);
        assert.equal(last?.returnStatus, '100');
      } finally {
        app.clock.set(start);
      }
    });

    it('1210 bonded: an audited inventory draws on the account book; release consumes the stock', async () => {
      const cheongja = DEMO_ORGS.find((o) => o.key === 'cheongja')!;
      const lingdong = DEMO_ORGS.find((o) => o.key === 'lingdong')!;
      const ckeys = await partyKeys(app, ['cheongja']);
      const ebc = { code: cheongja.customsCode!, name: cheongja.nameZh };
      const stock = async () => {
        const res = await app.inject({ method: 'GET', url: `/api/bonded/books/${DEMO_BOOK.emsNo}/stock`, as: 'customs.admin' });
        assert.equal(res.statusCode, 200, res.body);
        return (res.json() as { items: { itemRecordNo: string; onHand: string; reserved: string }[] }).items.find((i) => i.itemRecordNo === 'CJ-CREAM-50')!;
      };
      const before = await stock();
      const { spec, docs } = flow(app, {
        buyer: buyer(29),
        ebc,
        agent: ebc,
        tradeMode: '1210',
        emsNo: DEMO_BOOK.emsNo,
        area: { code: lingdong.customsCode!, name: lingdong.nameZh },
        lines: [{ itemNo: 'CJ-CREAM-50', gcode: '3304990099', name: '青瓷保湿面霜 50ml', unit: '035', qty: '3', price: '128.00', country: '133', legalQty: '3', legalUnit: '035' }],
      });
      const senders = { ...keys, zhengheng: ckeys.cheongja! };
      await sendAll(app, senders, docs);
      const d = await declarationOf(app, spec.orderNo);
      assert.equal(d?.state, 'released', JSON.stringify(d?.problems));
      const afterRelease = await stock();
      assert.equal(dec(before.onHand).minus(afterRelease.onHand).toFixed(), '3');
      assert.equal(afterRelease.reserved, before.reserved);
    });

    it('after the audit the documents are locked; the waybill signed for clears (899); tax bills are summarised per guarantor', async () => {
      const { spec, docs } = flow(app, { buyer: buyer(31) });
      await sendAll(app, keys, docs);
      const d = (await declarationOf(app, spec.orderNo))!;
      assert.equal(d.state, 'released');
      const change = structuredClone(docs.CEB311Message);
      change.guid = app.ctx.newId().toUpperCase();
      Object.assign(change.Order[0]!.OrderHead, { guid: app.ctx.newId().toUpperCase(), appType: '2', consignee: '别人' });
      const refused = await sendJson(app, keys.hanbit!, 'CEB311Message', change);
      assert.equal(refused.statusCode, 422);
      assert.equal((refused.json() as { returnStatus: string }).returnStatus, '-301011');
      const status = {
        guid: app.ctx.newId().toUpperCase(),
        version: '1.0',
        LogisticsStatus: [
          { guid: app.ctx.newId().toUpperCase(), appType: '1', appTime: '20261128120000', appStatus: '2', logisticsCode: spec.logistics.code, logisticsName: spec.logistics.name, logisticsNo: spec.logisticsNo, logisticsStatus: 'S', logisticsTime: '20261128120000' },
        ],
        BaseTransfer: { copCode: spec.logistics.code, copName: spec.logistics.name, dxpMode: 'DXP', dxpId: `DXPENT${spec.logistics.code}` },
      };
      assert.equal((await sendJson(app, keys.xianghe!, 'CEB513Message', status)).statusCode, 200);
      assert.equal((await declarationOf(app, spec.orderNo))?.state, 'cleared');
      assert.deepEqual(inventoryStatuses(await receipts(app, keys.zhengheng!), `C${spec.orderNo}`), ['2', '120', '399', '800', '899']);
      // The guarantor's feed holds the tax bill; summarising marks it status 2 (CEB818) in one periodic bill.
      const guarantorKey = await createKey(app, 'hengyue', 'production');
      const guarantorFeed = await receipts(app, guarantorKey);
      assert.ok(guarantorFeed.some((r) => r.messageType === 'CEB816Message' && r.xml.includes(String(d.invtNo))));
      const summarised = await app.inject({ method: 'POST', url: '/api/clearance/tax-bills/summarise', as: 'customs.admin', payload: { from: '2026-11-01T00:00:00Z', to: app.clock.now().toISOString() } });
      assert.equal(summarised.statusCode, 200, summarised.body);
      const bill = (summarised.json() as { items: { assureOrgId: string; bills: number; total: string }[] }).items.find((b) => b.assureOrgId === app.orgId.hengyue)!;
      assert.ok(bill.bills >= 1);
      const feed = await receipts(app, guarantorKey);
      assert.ok(feed.some((r) => r.messageType === 'CEB818Message' && r.returnStatus === '2' && r.xml.includes(String(d.invtNo))));
      const periods = await app.inject({ method: 'GET', url: '/api/clearance/period-bills', headers: { authorization: `Bearer ${guarantorKey}` } });
      assert.equal(periods.statusCode, 403, 'the key lacks the scope');
    });

    it('an exhausted guarantee refuses the audit, and nothing stays reserved', async () => {
      const hanbit = DEMO_ORGS.find((o) => o.key === 'hanbit')!;
      const set = await app.inject({ method: 'PUT', url: '/api/clearance/guarantees', as: 'customs.admin', payload: { orgCode: hanbit.customsCode!, amount: '1.00' } });
      assert.equal(set.statusCode, 200, set.body);
      const { spec, docs } = flow(app, { buyer: buyer(32), assureCode: hanbit.customsCode! });
      await sendAll(app, keys, docs);
      const d = (await declarationOf(app, spec.orderNo))!;
      assert.equal(d.state, 'rejected');
      assert.equal(d.problems[0]!.code, 'clr.guarantee_exhausted');
      assert.equal((await quota(app, buyer(32))).used, '0.00');
    });

    it('concurrent inventories never charge a guarantee beyond its amount, and the charges equal its use', async () => {
      // The guarantee row is charged at the end of each inventory's transaction (db/scope.ts): exactly as many
      // pass as the amount covers, whatever the interleaving, and the rest are refused at the audit.
      const hanbit = DEMO_ORGS.find((o) => o.key === 'hanbit')!;
      const guarantee = async () => {
        const res = await app.inject({ method: 'GET', url: '/api/clearance/guarantees', as: 'customs.admin' });
        return (res.json() as { items: { orgId: string; amount: string; used: string; available: string }[] }).items.find((g) => g.orgId === app.orgId.hanbit)!;
      };
      const setAmount = async (amount: string) => {
        const res = await app.inject({ method: 'PUT', url: '/api/clearance/guarantees', as: 'customs.admin', payload: { orgCode: hanbit.customsCode!, amount } });
        assert.equal(res.statusCode, 200, res.body);
      };
      await setAmount(dec((await guarantee()).used).plus(1000).toFixed(2));
      const probe = flow(app, { buyer: buyer(34), assureCode: hanbit.customsCode! });
      await sendAll(app, keys, probe.docs);
      const tax = dec((await declarationOf(app, probe.spec.orderNo))!.taxTotal!);
      assert.ok(tax.gt(0));
      const before = dec((await guarantee()).used);
      // Room for five more and a fen.
      await setAmount(before.plus(tax.times(5)).plus('0.01').toFixed(2));
      const flows = Array.from({ length: 14 }, (_, i) => flow(app, { buyer: buyer(21 + i), assureCode: hanbit.customsCode! }));
      for (const type of ['CEB311Message', 'CEB411Message', 'CEB511Message'] as const) {
        for (const f of flows) await sendJson(app, keys[type === 'CEB311Message' ? 'hanbit' : type === 'CEB411Message' ? 'chengquan' : 'xianghe']!, type, f.docs[type]);
      }
      await Promise.all(flows.map((f) => sendJson(app, keys.zhengheng!, 'CEB621Message', f.docs.CEB621Message)));
      // Those held for manual review reach the audit when customs approves them, also all at once.
      const held = [];
      for (const f of flows) {
        const d = (await declarationOf(app, f.spec.orderNo))!;
        if (d.state === 'review') held.push(d.id);
      }
      await Promise.all(held.map((id) => app.inject({ method: 'POST', url: `/api/clearance/declarations/${id}/review`, as: 'customs.admin', payload: { decision: 'approve' } })));
      let charged = 0;
      for (const f of flows) {
        const d = (await declarationOf(app, f.spec.orderNo))!;
        if (['audited', 'inspection', 'released'].includes(d.state)) charged++;
        else {
          assert.equal(d.state, 'rejected', JSON.stringify(d.problems));
          assert.equal(d.problems[0]!.code, 'clr.guarantee_exhausted');
        }
      }
      assert.equal(charged, 5);
      const g = await guarantee();
      assert.equal(dec(g.used).toFixed(2), before.plus(tax.times(5)).toFixed(2));
      assert.equal(dec(g.available).toFixed(2), '0.01');
    });

    it('1210: concurrent inventories never take more than the book holds', async () => {
      const cheongja = DEMO_ORGS.find((o) => o.key === 'cheongja')!;
      const lingdong = DEMO_ORGS.find((o) => o.key === 'lingdong')!;
      const ckeys = await partyKeys(app, ['cheongja']);
      const ebc = { code: cheongja.customsCode!, name: cheongja.nameZh };
      const stockOf = async () => {
        const res = await app.inject({ method: 'GET', url: `/api/bonded/books/${DEMO_BOOK.emsNo}/stock`, as: 'customs.admin' });
        return (res.json() as { items: { itemRecordNo: string; onHand: string; reserved: string }[] }).items.find((i) => i.itemRecordNo === 'CJ-SERUM-30')!;
      };
      const before = await stockOf();
      // Draw the serum down to 20 units left, then send 40 inventories of one unit each at once.
      const take = dec(before.onHand).minus(before.reserved).minus(20);
      // Buyers with room in their quota (buyer 20 used all of it above).
      const flows = Array.from({ length: 40 }, (_, i) =>
        flow(app, {
          buyer: buyer(i >= 20 ? i + 1 : i),
          ebc,
          agent: ebc,
          tradeMode: '1210',
          emsNo: DEMO_BOOK.emsNo,
          area: { code: lingdong.customsCode!, name: lingdong.nameZh },
          freight: '0',
          lines: [{ itemNo: 'CJ-SERUM-30', gcode: '3304990091', name: '青瓷焕颜精华液 30ml', unit: '035', qty: '1', price: '560.00', country: '133', legalQty: '1', legalUnit: '035' }],
        }),
      );
      const drain = flow(app, {
        buyer: buyer(33),
        ebc,
        agent: ebc,
        tradeMode: '1210',
        emsNo: DEMO_BOOK.emsNo,
        area: { code: lingdong.customsCode!, name: lingdong.nameZh },
        freight: '0',
        lines: [{ itemNo: 'CJ-SERUM-30', gcode: '3304990091', name: '青瓷焕颜精华液 30ml', unit: '035', qty: take.toFixed(), price: '0.50', country: '133', legalQty: take.toFixed(), legalUnit: '035' }],
      });
      const senders: Keys = { ...keys, zhengheng: ckeys.cheongja! };
      await sendAll(app, senders, drain.docs);
      const drained = (await declarationOf(app, drain.spec.orderNo))!;
      // A price this far below the filed reference is held for review: customs lets it through.
      if (drained.state === 'review') await app.inject({ method: 'POST', url: `/api/clearance/declarations/${drained.id}/review`, as: 'customs.admin', payload: { decision: 'approve' } });
      assert.equal(dec((await stockOf()).onHand).minus((await stockOf()).reserved).toFixed(), '20');
      for (const type of ['CEB311Message', 'CEB411Message', 'CEB511Message'] as const) for (const f of flows) await sendJson(app, senders[type === 'CEB311Message' ? 'hanbit' : type === 'CEB411Message' ? 'chengquan' : 'xianghe']!, type, f.docs[type]);
      await Promise.all(flows.map((f) => sendJson(app, ckeys.cheongja!, 'CEB621Message', f.docs.CEB621Message)));
      // Buyers this suite has used often are held for review (new buyers declaring fast): customs approves them.
      for (const f of flows) {
        const d = (await declarationOf(app, f.spec.orderNo))!;
        if (d.state === 'review') await app.inject({ method: 'POST', url: `/api/clearance/declarations/${d.id}/review`, as: 'customs.admin', payload: { decision: 'approve' } });
      }
      let released = 0;
      for (const f of flows) {
        const d = (await declarationOf(app, f.spec.orderNo))!;
        if (d.state === 'released') released++;
        else {
          assert.equal(d.state, 'rejected', JSON.stringify(d.problems));
          assert.equal(d.problems[0]!.code, 'bonded.insufficient');
        }
      }
      const after = await stockOf();
      assert.equal(released, 20);
      assert.equal(dec(after.onHand).minus(after.reserved).toFixed(), '0');
      assert.ok(dec(after.onHand).gte(0) && dec(after.reserved).gte(0));
    });

    it('the public quota check reveals nothing for a name that does not go with the number', async () => {
      const b = buyer(1);
      const wrong = await app.inject({ method: 'POST', url: '/api/public/quota', payload: { name: '张三', idNumber: b.idNumber } });
      assert.equal(wrong.statusCode, 404);
      const bad = await app.inject({ method: 'POST', url: '/api/public/quota', payload: { name: b.name, idNumber: '110105194912310021' } });
      assert.equal(bad.statusCode, 400);
      const ok = await quota(app, b);
      assert.equal(dec(ok.used).plus(ok.remaining).toFixed(2), '26000.00');
      void PARTIES;
      void NOODLE;
    });
  });
}
