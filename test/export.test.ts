import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dec, decText, sum } from '../src/kernel/money';
import { cebTime } from '../src/kernel/zone-time';
import { startTestApp, type TestApp } from './support/app';
import { receipts, sendJson, type Keys } from './support/clearance';
import { dbTargets } from './support/db';
import { arrive, CRAB, depart, EXPORT_DOC_TYPES, EXPORT_PARTIES, exportFlow, exportKeys, exportOf, GINSENG_ROOT, listStatuses, PEAR, sendExport, sendExportXml, type ExportDocType, type ExportView } from './support/export';
import { closeXsdValidators, validateCeb } from './support/xsd';

const DAY = 86_400_000;

function returnDoc(app: TestApp, spec: ReturnType<typeof exportFlow>['spec'], invtNo: string, coElNo: string, lines: { gnum: number; qty: string }[]) {
  const guid = () => app.ctx.newId().toUpperCase();
  return {
    guid: guid(),
    version: '1.0',
    InvtRefund: [
      {
        InvtRefundHead: {
          guid: guid(),
          appType: '1',
          appTime: cebTime(app.clock.now(), false),
          appStatus: '2',
          customsCode: '1500',
          ebpCode: spec.ebp.code,
          ebpName: spec.ebp.name,
          ebcCode: spec.ebc.code,
          ebcName: spec.ebc.name,
          logisticsNo: spec.logisticsNo,
          logisticsCode: spec.logistics.code,
          logisticsName: spec.logistics.name,
          coElNo,
          invtNo,
          tradeMode: spec.tradeMode,
          agentCode: spec.agent.code,
          agentName: spec.agent.name,
          billNo: 'B1',
          ieFlag: 'I',
          trafMode: '4',
          trafName: '汽车',
          portCode: '1500',
          reason: '海外买家退货',
          country: spec.country,
          voyageNo: 'V1',
        },
        InvtRefundList: lines.map((l) => {
          const line = spec.lines[l.gnum - 1]!;
          return { gnum: l.gnum, gcode: line.gcode, gname: line.name, gmodel: line.name, qty: l.qty, qty1: l.qty, unit: line.unit, unit1: line.unit };
        }),
      },
    ],
    BaseTransfer: { copCode: spec.ebc.code, copName: spec.ebc.name, dxpMode: 'DXP', dxpId: `DXPENT${spec.ebc.code}` },
  };
}

function tallyDoc(app: TestApp, spec: ReturnType<typeof exportFlow>['spec'], invtNo: string, coElNo: string) {
  const guid = () => app.ctx.newId().toUpperCase();
  return {
    guid: guid(),
    version: '1.0',
    InvtRefundDetail: [
      {
        guid: guid(),
        appType: '1',
        appTime: cebTime(app.clock.now(), false),
        appStatus: '2',
        customsCode: '1500',
        operatorCode: EXPORT_PARTIES.site.code,
        operatorName: EXPORT_PARTIES.site.name,
        logisticsCode: spec.logistics.code,
        logisticsName: spec.logistics.name,
        logisticsNo: spec.logisticsNo,
        invtNo,
        coElNo,
        billNo: 'B1',
        ieFlag: 'I',
        trafMode: '4',
        trafName: '汽车',
        voyageNo: 'V1',
      },
    ],
    BaseTransfer: { copCode: EXPORT_PARTIES.site.code, copName: EXPORT_PARTIES.site.name, dxpMode: 'DXP', dxpId: `DXPENT${EXPORT_PARTIES.site.code}` },
  };
}

function cancelDoc(app: TestApp, spec: ReturnType<typeof exportFlow>['spec'], invtNo: string) {
  const guid = () => app.ctx.newId().toUpperCase();
  return {
    guid: guid(),
    version: '1.0',
    InvtCancel: [
      {
        guid: guid(),
        appType: '1',
        appTime: cebTime(app.clock.now(), false),
        appStatus: '2',
        customsCode: '1500',
        copNo: `C${spec.orderNo}`.slice(0, 30),
        invtNo,
        reason: '海外买家取消订单',
        agentCode: spec.agent.code,
        agentName: spec.agent.name,
        ebcCode: spec.ebc.code,
        ebcName: spec.ebc.name,
      },
    ],
    BaseTransfer: { copCode: spec.agent.code, copName: spec.agent.name, dxpMode: 'DXP', dxpId: `DXPENT${spec.agent.code}` },
  };
}

/** One complete 9610 export: documents, arrival, release. */
async function released(app: TestApp, keys: Keys, overrides: Parameters<typeof exportFlow>[1] = {}) {
  const f = exportFlow(app, overrides);
  await sendExport(app, keys, f.docs);
  await arrive(app, keys, [f.spec.logisticsNo]);
  const v = await exportOf(app, f.spec.orderNo);
  assert.equal(v.state, 'released', JSON.stringify(v.problems));
  return { ...f, view: v };
}

for (const target of dbTargets()) {
  describe(`export clearance [${target}]`, () => {
    let app: TestApp;
    let keys: Keys;
    before(async () => {
      app = await startTestApp(target, { config: { TUMEN_INSPECTION_RATE: '0' } });
      keys = await exportKeys(app);
    });
    after(async () => {
      closeXsdValidators();
      await app.close();
    });

    for (const format of ['json', 'xml'] as const) {
      it(`9610 in ${format.toUpperCase()}: order, collection, waybill and list in any order → 120, 399; arrival → 800; departure → 899; every receipt valid against the 202205 schema`, async () => {
        const { spec, docs } = exportFlow(app);
        const order: ExportDocType[] = format === 'json' ? ['CEB603Message', 'CEB505Message', 'CEB403Message', 'CEB303Message'] : EXPORT_DOC_TYPES;
        await sendExport(app, keys, docs, order, format);
        let v = await exportOf(app, spec.orderNo);
        assert.equal(v.state, 'audited', JSON.stringify(v.problems));
        assert.deepEqual(v.waitingFor, ['arrival']);
        assert.match(v.invtNo!, /^15002026E\d{9}$/);
        // Customs finds the list by its waybill (logistics) number too.
        const byWaybill = await app.inject({ method: 'GET', url: `/api/export/declarations?logisticsNo=${spec.logisticsNo}`, as: 'customs.admin' });
        assert.deepEqual((byWaybill.json() as { items: { orderNo: string }[] }).items.map((x) => x.orderNo), [spec.orderNo]);
        await arrive(app, keys, [spec.logisticsNo], format);
        v = await exportOf(app, spec.orderNo);
        assert.equal(v.state, 'released');
        assert.equal(v.value, '442.50000');
        await depart(app, keys, [spec.logisticsNo], format);
        assert.equal((await exportOf(app, spec.orderNo)).state, 'cleared');
        const agent = await receipts(app, keys.zhengheng!);
        assert.deepEqual(listStatuses(agent, spec.orderNo), ['2', '120', '399', '800', '899']);
        // The seller receives the list's receipts too.
        assert.deepEqual(listStatuses(await receipts(app, keys.baiyan!), spec.orderNo), ['120', '399', '800', '899']);
        for (const r of agent.filter((x) => x.xml.includes(spec.orderNo) || x.xml.includes(spec.logisticsNo))) {
          const checked = await validateCeb(r.xml);
          assert.ok(checked.valid, `${r.messageType} ${r.returnStatus}: ${JSON.stringify(checked.errors)}`);
        }
      });
    }

    it('a list that disagrees with its order is rejected (100) naming every differing field; a corrected list goes through', async () => {
      const { spec, docs } = exportFlow(app);
      const wrong = structuredClone(docs.CEB603Message);
      wrong.Inventory[0]!.InventoryList[0]!.qty = '3';
      wrong.Inventory[0]!.InventoryList[0]!.totalPrice = '564.00';
      await sendExport(app, keys, { ...docs, CEB603Message: wrong });
      const v = await exportOf(app, spec.orderNo);
      assert.equal(v.state, 'rejected');
      assert.deepEqual(v.problems!.map((p) => p.path).sort(), ['/CEB603Message/Inventory/InventoryList[1]/qty', '/CEB603Message/Inventory/InventoryList[1]/totalPrice']);
      // Each problem carries its message in the reader's language, as on the import side.
      const ru = (await app.inject({ method: 'GET', url: `/api/export/declarations/${v.id}?lang=ru`, as: 'customs.admin' })).json() as { problems: { code: string; message: string }[] };
      for (const p of ru.problems) assert.match(p.message, /[А-Яа-я]/, `${p.code} in Russian`);
      assert.deepEqual(listStatuses(await receipts(app, keys.zhengheng!), spec.orderNo), ['2', '100']);
      // The rejected list is withdrawn; the corrected one is sent as new.
      const fixed = structuredClone(docs.CEB603Message);
      fixed.guid = app.ctx.newId().toUpperCase();
      fixed.Inventory[0]!.InventoryHead.guid = app.ctx.newId().toUpperCase();
      const res = await sendJson(app, keys.zhengheng!, 'CEB603Message', fixed);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((await exportOf(app, spec.orderNo)).state, 'audited');
    });

    it('arrival checks: an unfiled sender role, a wrong ieFlag, a malformed code and a 1210 list without its book are refused on arrival', async () => {
      const { docs } = exportFlow(app);
      // A waybill sent by the platform instead of the carrier.
      const byHanbit = await sendJson(app, keys.hanbit!, 'CEB505Message', { ...docs.CEB505Message, BaseTransfer: { ...docs.CEB505Message.BaseTransfer, copCode: EXPORT_PARTIES.ebp.code } });
      const waybillProblems = (byHanbit.json() as { records: { problems: { code: string }[] }[] }).records[0]!.problems.map((p) => p.code);
      assert.deepEqual(waybillProblems, ['clr.sender_not_party']);
      const bad = structuredClone(docs.CEB603Message);
      bad.Inventory[0]!.InventoryHead.ieFlag = 'I';
      bad.Inventory[0]!.InventoryList[0]!.gcode = '121120100A';
      bad.Inventory[0]!.InventoryHead.tradeMode = '1210';
      const res = await sendJson(app, keys.zhengheng!, 'CEB603Message', bad);
      const problems = (res.json() as { records: { problems: { code: string; path: string }[] }[] }).records[0]!.problems;
      const codes = problems.map((p) => `${p.code} ${p.path}`);
      assert.ok(codes.includes('exp.ie_flag /CEB603Message/Inventory[1]/InventoryHead/ieFlag'), codes.join('\n'));
      assert.ok(codes.includes('exp.gcode_format /CEB603Message/Inventory[1]/InventoryList[1]/gcode'), codes.join('\n'));
      assert.ok(codes.includes('clr.mode_field_required /CEB603Message/Inventory[1]/InventoryHead/emsNo'), codes.join('\n'));
    });

    it('9710 B2B: a B order with a 9710 list runs to release; a 9710 list with an E order is rejected naming the trade mode', async () => {
      const ok = await released(app, keys, { tradeMode: '9710', statisticsFlag: 'A', lines: [CRAB] });
      assert.equal(ok.view.state, 'released');
      const { spec, docs } = exportFlow(app, { tradeMode: '9710', statisticsFlag: 'A' });
      const eOrder = structuredClone(docs.CEB303Message);
      eOrder.Order[0]!.OrderHead.orderType = 'E';
      await sendExport(app, keys, { ...docs, CEB303Message: eOrder });
      const v = await exportOf(app, spec.orderNo);
      assert.equal(v.state, 'rejected');
      assert.deepEqual(v.problems!.map((p) => p.code), ['exp.order_type_mode']);
    });

    it('9810: the booking names a registered overseas warehouse; the released goods show up as overseas stock until sold, never below zero', async () => {
      const before = await app.inject({ method: 'GET', url: '/api/export/warehouses/OW-KR-INCHEON-01/stock', as: 'baiyan.admin' });
      assert.equal(before.statusCode, 200, before.body);
      const had = (before.json() as { items: { itemNo: string; qty: string }[] }).items.find((i) => i.itemNo === CRAB.itemNo)?.qty ?? '0';
      await released(app, keys, { tradeMode: '9810', statisticsFlag: 'A', warehouseCode: 'OW-KR-INCHEON-01', lines: [CRAB] });
      const stock = await app.inject({ method: 'GET', url: '/api/export/warehouses/OW-KR-INCHEON-01/stock', as: 'baiyan.admin' });
      const crab = (stock.json() as { items: { itemNo: string; qty: string; gcode: string }[] }).items.find((i) => i.itemNo === CRAB.itemNo)!;
      assert.equal(dec(crab.qty).minus(had).toString(), '3');
      assert.equal(crab.gcode, CRAB.gcode);
      const sale = await app.inject({ method: 'POST', url: '/api/export/warehouses/OW-KR-INCHEON-01/sales', as: 'baiyan.admin', payload: { itemNo: CRAB.itemNo, qty: '2', reference: 'KR-ORDER-1' } });
      assert.equal(sale.statusCode, 200, sale.body);
      assert.equal(dec((sale.json() as { qty: string }).qty).minus(had).toString(), '1');
      const oversell = await app.inject({ method: 'POST', url: '/api/export/warehouses/OW-KR-INCHEON-01/sales', as: 'baiyan.admin', payload: { itemNo: CRAB.itemNo, qty: dec(had).plus(2).toString(), reference: 'KR-ORDER-2' } });
      assert.equal(oversell.statusCode, 409, oversell.body);
      // Concurrent sales of the last units: exactly as many succeed as there are units.
      const left = dec((sale.json() as { qty: string }).qty).toNumber();
      const racers = await Promise.all(Array.from({ length: left + 3 }, (_, i) => app.inject({ method: 'POST', url: '/api/export/warehouses/OW-KR-INCHEON-01/sales', as: 'baiyan.admin', payload: { itemNo: CRAB.itemNo, qty: '1', reference: `KR-RACE-${i}` } })));
      assert.equal(racers.filter((r) => r.statusCode === 200).length, left);
      assert.equal(racers.filter((r) => r.statusCode === 409).length, 3);
      // An unknown warehouse: the list is rejected naming the booking's note.
      const { spec, docs } = exportFlow(app, { tradeMode: '9810', statisticsFlag: 'A', warehouseCode: 'OW-XX-NOWHERE' });
      await sendExport(app, keys, docs);
      const v = await exportOf(app, spec.orderNo);
      assert.equal(v.state, 'rejected');
      assert.deepEqual(v.problems!.map((p) => `${p.code} ${p.path}`), ['exp.warehouse_unknown /CEB303Message/Order/OrderHead/note']);
    });

    it('the warehouse register: an enterprise registers its own warehouse (address kept as written); a duplicate code is refused', async () => {
      const payload = { code: 'OW-JP-FUKUOKA-01', name: '百岩福冈海外仓', country: '116', address: '福岡県福岡市博多区（例）1-2-3', areaSqm: '850.5', tenure: 'leased' };
      const res = await app.inject({ method: 'POST', url: '/api/export/warehouses', as: 'baiyan.admin', payload });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal((res.json() as { address: string; areaSqm: string }).address, payload.address);
      assert.equal((res.json() as { areaSqm: string }).areaSqm, '850.50');
      assert.equal((await app.inject({ method: 'POST', url: '/api/export/warehouses', as: 'baiyan.admin', payload })).statusCode, 409);
      const list = await app.inject({ method: 'GET', url: '/api/export/warehouses', as: 'commerce.admin' });
      assert.ok((list.json() as { items: { code: string }[] }).items.some((w) => w.code === 'OW-RU-VLADIVOSTOK-01'));
    });

    it('1210 bonded export draws on the account book: reserved at the audit, consumed at the release; more than in stock is rejected', async () => {
      const hanbit = { code: EXPORT_PARTIES.ebp.code, name: EXPORT_PARTIES.ebp.name };
      const stockOf = async () => {
        const res = await app.inject({ method: 'GET', url: '/api/bonded/books/T1500W000002/stock', as: 'lingdong.admin' });
        assert.equal(res.statusCode, 200, res.body);
        return (res.json() as { items: { itemRecordNo: string; onHand: string; reserved: string; available: string }[] }).items[0]!;
      };
      const start = await stockOf();
      const line = { itemNo: 'HB-REDGINSENG-240', itemRecordNo: 'HB-REDGINSENG-240', gcode: '2106909090', name: '红参浓缩液 240g', unit: '035', qty: '5', qty1: '5', price: '398.00' };
      const { spec, docs } = exportFlow(app, { tradeMode: '1210', statisticsFlag: 'A', ebc: hanbit, emsNo: 'T1500W000002', iac: { code: EXPORT_PARTIES.site.code, name: EXPORT_PARTIES.site.name }, lines: [line] });
      await sendExport(app, keys, docs);
      assert.equal((await exportOf(app, spec.orderNo)).state, 'audited');
      assert.equal(dec((await stockOf()).reserved).minus(start.reserved).toString(), '5');
      await arrive(app, keys, [spec.logisticsNo]);
      assert.equal((await exportOf(app, spec.orderNo)).state, 'released');
      const after = await stockOf();
      assert.equal(dec(start.onHand).minus(after.onHand).toString(), '5');
      assert.equal(after.reserved, start.reserved);
      const tooMany = exportFlow(app, { tradeMode: '1210', statisticsFlag: 'A', ebc: hanbit, emsNo: 'T1500W000002', iac: { code: EXPORT_PARTIES.site.code, name: EXPORT_PARTIES.site.name }, lines: [{ ...line, qty: '100000', qty1: '100000', price: '1.00' }] });
      await sendExport(app, keys, tooMany.docs);
      const v = await exportOf(app, tooMany.spec.orderNo);
      assert.equal(v.state, 'rejected');
      assert.deepEqual(v.problems!.map((p) => p.code), ['bonded.insufficient']);
      assert.deepEqual(await stockOf(), after);
    });

    it('cancellation (CEB605) before release cancels the list (399); after release it is refused', async () => {
      const { spec, docs } = exportFlow(app);
      await sendExport(app, keys, docs);
      const v = await exportOf(app, spec.orderNo);
      const res = await sendJson(app, keys.zhengheng!, 'CEB605Message', cancelDoc(app, spec, v.invtNo!));
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((await exportOf(app, spec.orderNo)).state, 'cancelled');
      const done = await released(app, keys);
      const late = await sendJson(app, keys.zhengheng!, 'CEB605Message', cancelDoc(app, done.spec, done.view.invtNo!));
      const problems = (late.json() as { records: { problems: { code: string }[] }[] }).records[0]!.problems.map((p) => p.code);
      assert.deepEqual(problems, ['exp.cancel_too_late']);
      assert.equal((await exportOf(app, done.spec.orderNo)).state, 'released');
    });

    it('returns (CEB213, CEB215): within six months tax-free, after six months taxable, after a year refused', async () => {
      const start = app.clock.now();
      try {
        const a = await released(app, keys);
        const b = await released(app, keys);
        const c = await released(app, keys);
        // a: back after 3 months.
        app.clock.set(new Date(start.getTime() + 90 * DAY));
        let res = await sendJson(app, keys.baiyan!, 'CEB213Message', returnDoc(app, a.spec, a.view.invtNo!, `R1${a.spec.orderNo}`.slice(0, 30), [{ gnum: 1, qty: '2' }]));
        assert.equal(res.statusCode, 200, res.body);
        res = await sendJson(app, keys.xianghe!, 'CEB215Message', tallyDoc(app, a.spec, a.view.invtNo!, `R1${a.spec.orderNo}`.slice(0, 30)));
        assert.equal(res.statusCode, 200, res.body);
        const back = (await exportOf(app, a.spec.orderNo)) as ExportView & { returns: { state: string; taxFree: boolean; taxFreeReason: string }[] };
        assert.equal(back.state, 'returned');
        assert.deepEqual(back.returns.map((r) => [r.state, r.taxFree, r.taxFreeReason]), [['arrived', true, 'within_6_months']]);
        // b: asked after 7 months: allowed, but no longer tax-free.
        app.clock.set(new Date(start.getTime() + 210 * DAY));
        res = await sendJson(app, keys.baiyan!, 'CEB213Message', returnDoc(app, b.spec, b.view.invtNo!, `R2${b.spec.orderNo}`.slice(0, 30), [{ gnum: 2, qty: '1' }]));
        assert.equal(res.statusCode, 200, res.body);
        res = await sendJson(app, keys.xianghe!, 'CEB215Message', tallyDoc(app, b.spec, b.view.invtNo!, `R2${b.spec.orderNo}`.slice(0, 30)));
        assert.equal(res.statusCode, 200, res.body);
        const late = (await exportOf(app, b.spec.orderNo)) as ExportView & { returns: { taxFree: boolean; taxFreeReason: string }[] };
        assert.deepEqual(late.returns.map((r) => [r.taxFree, r.taxFreeReason]), [[false, 'after_6_months']]);
        const site = await receipts(app, keys.xianghe!);
        const tallies = site.filter((r) => r.messageType === 'CEB216Message' && r.returnStatus === '120');
        assert.match(tallies.find((r) => r.xml.includes(`R1${a.spec.orderNo}`.slice(0, 30)))!.returnInfo, /免征进口关税/);
        assert.match(tallies.find((r) => r.xml.includes(`R2${b.spec.orderNo}`.slice(0, 30)))!.returnInfo, /不符合免税条件/);
        // c: asked after 13 months: refused.
        app.clock.set(new Date(start.getTime() + 400 * DAY));
        res = await sendJson(app, keys.baiyan!, 'CEB213Message', returnDoc(app, c.spec, c.view.invtNo!, `R3${c.spec.orderNo}`.slice(0, 30), [{ gnum: 1, qty: '1' }]));
        assert.deepEqual((res.json() as { records: { problems: { code: string }[] }[] }).records[0]!.problems.map((p) => p.code), ['exp.return_too_late']);
        // More than exported on a line is refused as well.
        app.clock.set(new Date(start.getTime() + 10 * DAY));
        res = await sendJson(app, keys.baiyan!, 'CEB213Message', returnDoc(app, c.spec, c.view.invtNo!, `R4${c.spec.orderNo}`.slice(0, 30), [{ gnum: 1, qty: '9' }]));
        assert.deepEqual((res.json() as { records: { problems: { code: string }[] }[] }).records[0]!.problems.map((p) => p.code), ['exp.return_qty']);
      } finally {
        app.clock.set(start);
      }
    });

    it('destination data: Korea needs a well-formed PCCC, Japan the e-commerce flag and platform; addresses are kept as written and printed on the label', async () => {
      const kr = exportFlow(app, { country: '133' });
      await sendExport(app, keys, kr.docs);
      const url = `/api/export/parcels/${kr.spec.logistics.code}/${kr.spec.logisticsNo}/destination`;
      const base = { name: '김민지', phone: '010-1234-5678', addressLines: ['서울특별시 중구 세종대로 110'], city: '서울', postcode: '04524', country: 'KOR' };
      let res = await app.inject({ method: 'PUT', url, as: 'xianghe.admin', payload: base });
      assert.equal(res.statusCode, 400, res.body);
      assert.ok((res.json() as { error: { issues: { path: string }[] } }).error.issues.some((i) => i.path === 'pccc'), res.body);
      res = await app.inject({ method: 'PUT', url, as: 'xianghe.admin', payload: { ...base, pccc: 'P12345678901' } });
      assert.equal(res.statusCode, 400, res.body);
      res = await app.inject({ method: 'PUT', url, as: 'xianghe.admin', payload: { ...base, pccc: 'P123456789012', addressLines: ['서울특별시 중구 세종대로 110'.normalize('NFD')] } });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual((res.json() as { destination: { addressLines: string[] } }).destination.addressLines, ['서울특별시 중구 세종대로 110']);
      // Another carrier may not attach data to this parcel; a Japanese address does not fit a Korea-bound list.
      assert.equal((await app.inject({ method: 'PUT', url, as: 'tongling.admin', payload: { ...base, pccc: 'P123456789012' } })).statusCode, 404);
      const label = await app.inject({ method: 'GET', url: `/api/export/parcels/${kr.spec.logistics.code}/${kr.spec.logisticsNo}/label?lang=ko`, as: 'xianghe.admin' });
      assert.equal(label.statusCode, 200, label.body);
      assert.match(label.headers['content-type'] as string, /text\/html; charset=utf-8/);
      assert.ok(label.body.includes('서울특별시 중구 세종대로 110'));
      assert.ok(label.body.includes('P123456789012'));

      const jp = exportFlow(app, { country: '116' });
      await sendExport(app, keys, jp.docs);
      const jurl = `/api/export/parcels/${jp.spec.logistics.code}/${jp.spec.logisticsNo}/destination`;
      const jbase = { name: '山田 花子', phone: '06-1234-5678', addressLines: ['大阪府大阪市北区梅田1-1-1'], postcode: '530-0001', country: 'JPN' };
      res = await app.inject({ method: 'PUT', url: jurl, as: 'xianghe.admin', payload: jbase });
      assert.equal(res.statusCode, 400, res.body);
      res = await app.inject({ method: 'PUT', url: jurl, as: 'xianghe.admin', payload: { ...jbase, ecommerce: { flag: true, platformName: '韩光跨境商城' } } });
      assert.equal(res.statusCode, 200, res.body);
      // A Russian address on a Japan-bound list: the country does not match the list.
      res = await app.inject({ method: 'PUT', url: jurl, as: 'xianghe.admin', payload: { name: 'Иван Петров', phone: '+7 423 000-00-00', addressLines: ['ул. Светланская, д. 1'], city: 'Владивосток', postcode: '690091', country: 'RUS' } });
      assert.equal(res.statusCode, 400, res.body);
    });

    it('summary declaration: pending groups by the rule; an application mixing two countries is refused naming the key; a time-range application covers every released B list once, answered by CEB702 and CEB792', async () => {
      // A separate month for this test, so other tests' lists do not mix in.
      const start = app.clock.now();
      app.clock.set(new Date('2026-09-10T02:00:00Z'));
      try {
        const kr1 = await released(app, keys, { country: '133' });
        const kr2 = await released(app, keys, { country: '133', lines: [GINSENG_ROOT] });
        const jp = await released(app, keys, { country: '116', lines: [PEAR] });
        const ru = await released(app, keys, { country: '344', lines: [CRAB] });
        const a = await released(app, keys, { statisticsFlag: 'A' }); // simplified: never summarised
        app.clock.set(new Date('2026-10-05T02:00:00Z'));
        const pending = await app.inject({ method: 'GET', url: '/api/export/summaries/pending?period=2026-09', as: 'zhengheng.admin' });
        assert.equal(pending.statusCode, 200, pending.body);
        const p = pending.json() as { dueDate: string; overdue: boolean; groups: { key: Record<string, string>; invtNos: string[]; lines: { totalPrice: string }[] }[] };
        assert.equal(p.dueDate, '2026-10-15');
        assert.equal(p.overdue, false);
        assert.deepEqual(p.groups.map((g) => g.key.country).sort(), ['116', '133', '344']);
        const kr = p.groups.find((g) => g.key.country === '133')!;
        assert.deepEqual(kr.invtNos, [kr1.view.invtNo, kr2.view.invtNo].sort());
        assert.ok(!p.groups.some((g) => g.invtNos.includes(a.view.invtNo!)));

        const apply = (list: string[] | null) => ({
          guid: app.ctx.newId().toUpperCase(),
          version: '1.0',
          SummaryApply: [
            {
              SummaryApplyHead: {
                guid: app.ctx.newId().toUpperCase(),
                appType: '1',
                appTime: cebTime(app.clock.now(), false),
                appStatus: '2',
                customsCode: '1500',
                copNo: `SUM${app.ctx.newId().slice(0, 8)}`,
                agentCode: EXPORT_PARTIES.agent.code,
                agentName: EXPORT_PARTIES.agent.name,
                ebcCode: EXPORT_PARTIES.ebc.code,
                ebcName: EXPORT_PARTIES.ebc.name,
                declAgentCode: EXPORT_PARTIES.agent.code,
                declAgentName: EXPORT_PARTIES.agent.name,
                ...(list ? {} : { startTime: '20260901000000', endTime: '20260930235959' }),
                summaryFlag: '2',
                itemNameFlag: '0',
                msgCount: 1,
                msgSeqNo: 1,
              },
              SummaryApplyList: (list ?? [kr1.view.invtNo!]).map((invtNo) => ({ invtNo })),
            },
          ],
          BaseTransfer: { copCode: EXPORT_PARTIES.agent.code, copName: EXPORT_PARTIES.agent.name, dxpMode: 'DXP', dxpId: `DXPENT${EXPORT_PARTIES.agent.code}` },
        });
        let res = await sendJson(app, keys.zhengheng!, 'CEB701Message', apply([kr1.view.invtNo!, jp.view.invtNo!]));
        const mixed = (res.json() as { records: { problems: { code: string; params: Record<string, string> }[] }[] }).records[0]!.problems;
        assert.deepEqual(mixed.map((x) => [x.code, x.params.key]), [['exp.summary_mixed', 'country']]);
        res = await sendJson(app, keys.zhengheng!, 'CEB701Message', apply([a.view.invtNo!]));
        assert.deepEqual((res.json() as { records: { problems: { code: string }[] }[] }).records[0]!.problems.map((x) => x.code), ['exp.summary_not_listable']);

        // The application by time range goes in as CEB XML (the rejections above went in as JSON).
        res = await sendExportXml(app, keys.zhengheng!, 'CEB701Message', apply(null));
        assert.equal(res.statusCode, 200, res.body);
        const agent = await receipts(app, keys.zhengheng!);
        const r702 = agent.filter((r) => r.messageType === 'CEB702Message' && r.returnStatus === '120').at(-1)!;
        const sumNo = /<ceb:sumNo>(S\d{17})<\/ceb:sumNo>/.exec(r702.xml)?.[1];
        assert.ok(sumNo, r702.xml);
        const r792 = agent.filter((r) => r.messageType === 'CEB792Message').at(-1)!;
        assert.equal((r792.xml.match(/<ceb:SummaryResult>/g) ?? []).length, 3);
        for (const x of [r702, r792]) assert.ok((await validateCeb(x.xml)).valid, x.messageType);
        for (const l of [kr1, kr2, jp, ru]) assert.ok(r792.xml.includes(`<ceb:invtNo>${l.view.invtNo}</ceb:invtNo>`), l.view.invtNo!);
        assert.ok(!r792.xml.includes(a.view.invtNo!));
        // The seller gets the result as well.
        assert.ok((await receipts(app, keys.baiyan!)).some((r) => r.messageType === 'CEB792Message' && r.xml.includes(sumNo)));

        const sums = await app.inject({ method: 'GET', url: '/api/export/summaries?period=2026-09', as: 'zhengheng.admin' });
        const items = (sums.json() as { items: { sumNo: string; invtNos: string[]; groupKey: Record<string, string>; lines: { totalPrice: string }[] }[] }).items;
        assert.equal(items.length, 3);
        const covered = items.flatMap((s) => s.invtNos).sort();
        assert.deepEqual(covered, [kr1, kr2, jp, ru].map((l) => l.view.invtNo!).sort(), 'every released B list once');
        for (const s of items) {
          assert.equal(s.sumNo, sumNo);
          // Each summary's value is its lists' value, to the fen.
          const lists = [kr1, kr2, jp, ru].filter((l) => s.invtNos.includes(l.view.invtNo!));
          assert.equal(decText(sum(s.lines.map((l) => dec(l.totalPrice))), 2), decText(sum(lists.map((l) => dec(l.view.value!))), 2));
        }
        // Nothing is left pending, and a list cannot be summarised twice.
        const after = (await app.inject({ method: 'GET', url: '/api/export/summaries/pending?period=2026-09', as: 'zhengheng.admin' })).json() as { groups: unknown[] };
        assert.equal(after.groups.length, 0);
        res = await sendJson(app, keys.zhengheng!, 'CEB701Message', apply([kr1.view.invtNo!]));
        assert.deepEqual((res.json() as { records: { problems: { code: string }[] }[] }).records[0]!.problems.map((x) => x.code), ['exp.summary_already']);
      } finally {
        app.clock.set(start);
      }
    });

    it('tax evidence over a simulated month of traffic agrees with the released 9610 lists to the fen (JSON and XLSX)', async () => {
      const start = app.clock.now();
      // A seeded generator: the same month every run.
      let seed = 20260701;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const goods = [GINSENG_ROOT, PEAR, CRAB];
      const released9610: { invtNo: string; fen: bigint; lines: number }[] = [];
      let other = 0;
      try {
        for (let day = 1; day <= 31; day++) {
          for (let k = 0; k < 2; k++) {
            // Spread over the day in zone time; the last one of the month is released at 23:30 on 31 July.
            const at = day === 31 && k === 1 ? Date.parse('2026-07-31T15:30:00Z') : Date.parse(`2026-07-${String(day).padStart(2, '0')}T01:00:00Z`) + k * 3 * 3600_000;
            app.clock.set(new Date(at));
            const lines = goods
              .filter(() => rnd() < 0.7)
              .map((g) => ({ ...g, qty: String(1 + Math.floor(rnd() * 5)), price: (Math.floor(rnd() * 50_000) / 100 + 0.01).toFixed(2) }));
            if (!lines.length) lines.push({ ...PEAR, price: '12.34' });
            const r = rnd();
            const tradeMode = r < 0.1 ? '9710' : '9610';
            const f = exportFlow(app, { tradeMode, statisticsFlag: r < 0.3 ? 'A' : 'B', lines, country: ['133', '116', '344'][Math.floor(rnd() * 3)]! });
            const broken = rnd() < 0.12;
            if (broken) {
              // The list declares more than was ordered: consistent in itself, rejected by the matching.
              const l0 = f.docs.CEB603Message.Inventory[0]!.InventoryList[0]!;
              l0.qty = '99';
              l0.totalPrice = decText(dec(l0.price).times(99), 2);
            }
            await sendExport(app, keys, f.docs);
            const neverArrives = !broken && rnd() < 0.1;
            if (!neverArrives) await arrive(app, keys, [f.spec.logisticsNo]);
            const v = await exportOf(app, f.spec.orderNo);
            if (v.state === 'released' && tradeMode === '9610') {
              const fen = lines.reduce((acc, l) => acc + BigInt(Math.round(Number(l.qty) * Math.round(Number(l.price) * 100))), 0n);
              released9610.push({ invtNo: v.invtNo!, fen, lines: lines.length });
            } else other++;
          }
        }
        // A list released after midnight (zone time) on 1 August is not in July.
        app.clock.set(new Date('2026-07-31T16:30:00Z'));
        await released(app, keys);
        app.clock.set(new Date('2026-08-03T02:00:00Z'));
        assert.ok(released9610.length > 30 && other > 5, `${released9610.length} released 9610, ${other} others`);
        const expected = released9610.reduce((a, r) => a + r.fen, 0n);
        const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        const q = `ebcCode=${EXPORT_PARTIES.ebc.code}&from=2026-07-01&to=2026-07-31`;

        const ex = await app.inject({ method: 'GET', url: `/api/export/reports/exemption?${q}`, as: 'tax.admin' });
        assert.equal(ex.statusCode, 200, ex.body);
        const evidence = ex.json() as { covered: { lines: { invtNo: string }[]; totals: { currency: string; amount: string; lines: number }[] }; conditions: { key: string; state: string }[]; excludedLists: number };
        assert.deepEqual(evidence.covered.totals, [{ currency: '142', lines: released9610.reduce((a, r) => a + r.lines, 0), amount: yuan(expected) }]);
        assert.deepEqual([...new Set(evidence.covered.lines.map((l) => l.invtNo))].sort(), released9610.map((r) => r.invtNo).sort());
        assert.equal(evidence.conditions.find((c) => c.key === 'registered_in_zone')!.state, 'passed');
        assert.equal(evidence.conditions.find((c) => c.key === 'goods_not_excluded')!.state, 'unchecked');

        const it = await app.inject({ method: 'GET', url: `/api/export/reports/income-tax?${q}`, as: 'baiyan.admin' });
        assert.equal(it.statusCode, 200, it.body);
        const tax = it.json() as { revenueCny: string; taxableIncome: string; corporateIncomeTax: string };
        assert.equal(tax.revenueCny, yuan(expected));
        // 4 % of the revenue, and 25 % of that, each rounded half up to the fen from the exact value.
        const half = (n: bigint, d: bigint) => (n * 2n + d) / (2n * d);
        assert.equal(tax.taxableIncome, yuan(half(expected * 4n, 100n)));
        assert.equal(tax.corporateIncomeTax, yuan(half(expected * 4n * 25n, 10_000n)));

        // The workbook carries the same total.
        const xlsx = await app.inject({ method: 'GET', url: `/api/export/reports/exemption?${q}&format=xlsx&lang=ru`, as: 'baiyan.admin' });
        assert.equal(xlsx.statusCode, 200);
        assert.match(xlsx.headers['content-type'] as string, /spreadsheetml/);
        const { default: ExcelJS } = await import('exceljs');
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        const cells: unknown[] = [];
        book.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
        assert.ok(cells.some((v) => String(v) === yuan(expected) || (typeof v === 'number' && Math.abs(v - Number(yuan(expected))) < 0.001)), 'the total is in the workbook');
        // Another enterprise cannot read baiyan's evidence.
        assert.equal((await app.inject({ method: 'GET', url: `/api/export/reports/exemption?${q}`, as: 'songyao.admin' })).statusCode, 404);
      } finally {
        app.clock.set(start);
      }
    });

    it('the grouping keys are data: a rule may not start in the past; a rule without the exit customs stops splitting by port from its day on', async () => {
      const start = app.clock.now();
      app.clock.set(new Date('2026-08-12T02:00:00Z'));
      try {
        await released(app, keys, { portCode: '1500' });
        await released(app, keys, { portCode: '1501' });
        app.clock.set(new Date('2026-09-02T02:00:00Z'));
        const pendingBy = async () => ((await app.inject({ method: 'GET', url: '/api/export/summaries/pending?period=2026-08', as: 'zhengheng.admin' })).json() as { groups: unknown[]; ruleVersion: number });
        assert.equal((await pendingBy()).groups.length, 2);
        const rule = { effectiveFrom: '2026-09-01', headKeys: ['agentCode', 'customsCode', 'ebcCode', 'ownerCode', 'trafMode', 'country'], lineKeys: ['gcode', 'currency', 'unit', 'unit1', 'country'], summaryFlag: '2', itemNameFlag: '0', source: 'test', verified: false };
        const past = await app.inject({ method: 'POST', url: '/api/export/summary-rules', as: 'customs.admin', payload: rule });
        assert.equal(past.statusCode, 400, past.body);
        const byEnterprise = await app.inject({ method: 'POST', url: '/api/export/summary-rules', as: 'zhengheng.admin', payload: { ...rule, effectiveFrom: '2026-09-02' } });
        assert.equal(byEnterprise.statusCode, 403);
        const ok = await app.inject({ method: 'POST', url: '/api/export/summary-rules', as: 'customs.admin', payload: { ...rule, effectiveFrom: '2026-09-02' } });
        assert.equal(ok.statusCode, 201, ok.body);
        const now = await pendingBy();
        assert.equal(now.groups.length, 1);
        assert.equal(now.ruleVersion, (ok.json() as { version: number }).version);
      } finally {
        app.clock.set(start);
      }
    });
  });
}
