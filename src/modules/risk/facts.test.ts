import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../../test/support/app';
import { buyer, declarationOf, flow, partyKeys, sendAll, sendJson, type Keys } from '../../../test/support/clearance';
import { dbTargets } from '../../../test/support/db';
import { arrive, exportFlow, exportKeys, exportOf, sendExport } from '../../../test/support/export';
import { rows } from '../../db/database';
import { brandOfLine, normaliseAddress, normaliseIdNumber, normaliseName, normalisePhone, registerRiskFactCollection } from './facts';
import { importDeclarationKeys, onePayerManyBuyers } from './detectors';

describe('fact keys are normalised so that spellings of one key meet', () => {
  it('addresses: NFC, full-width to half-width, no whitespace, Latin in lower case', () => {
    const one = '吉林省延吉市光明街100号A座';
    for (const s of ['吉林省 延吉市 光明街 100 号 A 座', '吉林省延吉市光明街１００号Ａ座', '吉林省延吉市\u3000光明街100号a座\n', one]) assert.equal(normaliseAddress(s), '吉林省延吉市光明街100号a座');
    // A decomposed Hangul syllable composes (NFC).
    assert.equal(normaliseAddress('서울시 \u1100\u1161'), normaliseAddress('서울시 가'));
    assert.equal(normaliseAddress('  '), null);
    assert.equal(normaliseAddress(undefined), null);
  });

  it('phones: digits only, the Chinese country code dropped from mobile numbers', () => {
    for (const s of ['13900001000', '139 0000 1000', '+86 139-0000-1000', '0086 13900001000', '１３９００００１０００']) assert.equal(normalisePhone(s), '13900001000');
    assert.equal(normalisePhone('0433-2512345'), '04332512345');
    assert.equal(normalisePhone('+82 10-1234-5678'), '821012345678');
  });

  it('names and identity numbers', () => {
    assert.equal(normaliseName('Ｋｉｍ\u3000Ｍｉｎｓｕ'), 'kimminsu');
    assert.equal(normaliseIdNumber(' 22240119900101123x '), '22240119900101123X');
  });

  it('brands from the declared elements', () => {
    assert.equal(brandOfLine({ gmodel: '0|0|品牌：雪花秀|型号:120ml' }), '雪花秀');
    assert.equal(brandOfLine({ gmodel: '品牌:LANEIGE;规格 50ml' }), 'LANEIGE');
    assert.equal(brandOfLine({ brand: 'Sulwhasoo', gmodel: '品牌：x' }), 'Sulwhasoo');
    assert.equal(brandOfLine({ gmodel: '无品牌' }), null);
  });
});

interface FactRow {
  kind: string;
  source: string;
  environment: string;
  reference: string | null;
  declaration_id: string | null;
  org_id: string | null;
  ebc_code: string | null;
  buyer_id: string | null;
  payer_id: string | null;
  phone: string | null;
  address: string | null;
  consignee: string | null;
  amount: string | null;
  payload: Record<string, unknown>;
}

for (const target of dbTargets()) {
  describe(`risk fact collection [${target}]`, () => {
    let app: TestApp;
    let keys: Keys;
    const factsOf = (orderNo: string) =>
      rows<FactRow>(
        app.ctx.db,
        sql`select kind, source, environment, reference, declaration_id::text as declaration_id, org_id::text as org_id, ebc_code, buyer_id, payer_id, phone, address, consignee, amount::text as amount, payload
            from risk_facts where order_no = ${orderNo} order by at, kind`,
      );

    before(async () => {
      registerRiskFactCollection();
      registerRiskFactCollection(); // idempotent: one fact per document, not two
      // No random inspection: the flows below must reach their release, whatever the draw.
      app = await startTestApp(target, { config: { TUMEN_INSPECTION_RATE: '0' } });
      keys = await partyKeys(app);
    });
    after(() => app.close());

    it('an import: its four documents and its release become facts, the payment linked to the buyer', async () => {
      const b = buyer(1);
      const { spec, docs } = flow(app, { buyer: b, address: '吉林省延边朝鲜族自治州延吉市 光明街 １００ 号' });
      // The payment first: the order, arriving later, links the two.
      await sendAll(app, keys, docs, ['CEB411Message', 'CEB311Message', 'CEB511Message', 'CEB621Message']);
      const d = await declarationOf(app, spec.orderNo);
      assert.equal(d?.state, 'released', JSON.stringify(d?.problems));
      const facts = await factsOf(spec.orderNo);
      assert.deepEqual(facts.map((f) => f.kind).sort(), ['inventory', 'order', 'payment', 'release', 'waybill']);
      const by = Object.fromEntries(facts.map((f) => [f.kind, f]));
      const order = by.order!;
      assert.equal(order.buyer_id, b.idNumber.toUpperCase());
      assert.equal(order.payer_id, b.idNumber.toUpperCase());
      assert.equal(order.address, '吉林省延边朝鲜族自治州延吉市光明街100号');
      assert.equal(order.ebc_code, spec.ebc.code);
      assert.equal(order.org_id, app.orgId.hanbit);
      assert.equal(order.amount, '164.80000');
      assert.equal(order.source, 'clearance');
      assert.equal((order.payload.items as unknown[]).length, 2);
      assert.equal(by.payment!.buyer_id, b.idNumber.toUpperCase());
      assert.equal(by.payment!.ebc_code, spec.ebc.code);
      assert.equal(by.waybill!.address, order.address);
      const inventory = by.inventory!;
      assert.deepEqual((inventory.payload.items as { itemNo: string; gcode: string }[]).map((i) => [i.itemNo, i.gcode]), [
        ['HB-LAVER-10', '2008999000'],
        ['HB-NOODLE-5', '1902301000'],
      ]);
      assert.equal(by.release!.declaration_id, d.id);
      assert.equal(by.release!.environment, 'production');
      for (const f of facts.filter((x) => x.kind !== 'release')) assert.ok(f.reference, `${f.kind} names its document`);
    });

    it('the keys of an accepted declaration feed detectFor', async () => {
      const { spec, docs } = flow(app, { buyer: buyer(2) });
      await sendAll(app, keys, docs);
      const keysFor = importDeclarationKeys(
        {
          id: '00000000-0000-0000-0000-000000000000',
          environment: 'production',
          orderNo: spec.orderNo,
          ebcOrgId: app.orgId.hanbit!,
          buyerIdNumber: spec.buyer.idNumber,
          order: (docs.CEB311Message as { Order: Record<string, unknown>[] }).Order[0]!,
          payment: (docs.CEB411Message as { Payment: Record<string, unknown>[] }).Payment[0]!,
          inventory: (docs.CEB621Message as { Inventory: Record<string, unknown>[] }).Inventory[0]!,
        } as never,
        app.clock.now(),
      );
      assert.equal(keysFor.buyerId, spec.buyer.idNumber);
      assert.equal(keysFor.payerId, spec.buyer.idNumber);
      assert.equal(keysFor.items?.length, 2);
      assert.equal(keysFor.items?.[0]?.gcode, '2008999000');
      assert.deepEqual(await onePayerManyBuyers.detectFor(app.ctx.db, undefined, keysFor), []);
    });

    it('staged documents are not facts; sandbox documents are sandbox facts', async () => {
      const staged = flow(app, { buyer: buyer(3) });
      const order = structuredClone(staged.docs.CEB311Message) as { Order: { OrderHead: Record<string, unknown> }[] };
      order.Order[0]!.OrderHead.appStatus = '1';
      assert.equal((await sendJson(app, keys.hanbit!, 'CEB311Message', order)).statusCode, 200);
      assert.deepEqual(await factsOf(staged.spec.orderNo), []);

      const sandboxKey = (await partyKeys(app, ['hanbit'], 'sandbox')).hanbit!;
      const sandbox = flow(app, { buyer: buyer(3) });
      assert.equal((await sendJson(app, sandboxKey, 'CEB311Message', sandbox.docs.CEB311Message)).statusCode, 200);
      assert.deepEqual((await factsOf(sandbox.spec.orderNo)).map((f) => [f.kind, f.environment]), [['order', 'sandbox']]);
    });

    it('an export: its order, collection and list, and its release tied to the seller for the laundering detector', async () => {
      const ek = await exportKeys(app);
      const f = exportFlow(app);
      await sendExport(app, ek, f.docs);
      await arrive(app, ek, [f.spec.logisticsNo]);
      assert.equal((await exportOf(app, f.spec.orderNo)).state, 'released');
      const facts = await factsOf(f.spec.orderNo);
      assert.deepEqual(facts.map((x) => x.kind).sort(), ['collection', 'export_list', 'export_order', 'export_release']);
      for (const x of facts) assert.equal(x.ebc_code, f.spec.ebc.code, x.kind);
      const release = facts.find((x) => x.kind === 'export_release')!;
      assert.equal(release.source, 'export');
      assert.equal(release.payload.ebpCode, f.spec.ebp.code);
      assert.equal(facts.find((x) => x.kind === 'collection')!.org_id, app.orgId.baiyan);
    });

    it('filing changes are facts of the registry (the demo filings, seeded through the registry’s services)', async () => {
      const filings = await rows<{ org_id: string; payload: Record<string, unknown> }>(app.ctx.db, sql`select org_id::text as org_id, payload from risk_facts where kind = 'filing_change' and source = 'registry'`);
      assert.ok(filings.length > 0);
      assert.ok(filings.some((f) => f.org_id === app.orgId.hanbit && f.payload.filing === 'product'), JSON.stringify(filings.slice(0, 3)));
      assert.ok(filings.some((f) => f.payload.filing === 'enterprise'));
    });
  });
}
