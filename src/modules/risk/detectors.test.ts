import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dbTargets, openTestDatabase, type TestDatabase } from '../../../test/support/db';
import type { Db } from '../../db/database';
import { newId } from '../../kernel/ids';
import {
  collectionWithoutExport,
  detectForDeclaration,
  oneBuyerManyConsignees,
  onePayerManyBuyers,
  priceBelowReference,
  recalledOrInfringing,
  sharedContactManyBuyers,
  splitOrders,
  type DeclarationKeys,
  type DetectorHit,
  type ReferencePriceLookup,
} from './detectors';
import { recordRiskFact, type RiskFactInput } from './facts';
import { riskBrands, riskRecalls } from './risk.table';

const T0 = new Date('2026-09-01T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (days: number, hours = 0) => new Date(T0.getTime() + days * DAY + hours * HOUR);
const PERIOD = { environment: 'production' as const, from: at(-10), to: at(120) };

/** Resident-identity-shaped numbers, unique per label. */
const id = (label: string) => `2224${String(Math.abs(hash(label)) % 1e13).padStart(13, '0')}X`;
function hash(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

let serial = 0;
async function fact(db: Db, f: Omit<RiskFactInput, 'environment' | 'source'> & { environment?: 'production' | 'sandbox'; source?: string }): Promise<void> {
  await recordRiskFact(db, { clock: { now: () => f.at ?? T0 }, newId }, { environment: 'production', source: 'test', orderNo: `O${++serial}`, ...f });
}

function subjects(hits: DetectorHit[]): string[] {
  return hits.map((h) => JSON.stringify(h.subject)).sort();
}

for (const target of dbTargets()) {
  describe(`risk detectors [${target}]`, () => {
    let testDb: TestDatabase;
    let db: Db;
    before(async () => {
      testDb = await openTestDatabase(target);
      db = testDb.database.db;
    });
    after(() => testDb.drop());

    describe('one_payer_many_buyers', () => {
      before(async () => {
        // Payer P1 pays for four buyers within ten days: fires.
        for (let i = 0; i < 4; i++) await fact(db, { kind: 'payment', payerId: id('P1'), buyerId: id(`P1-b${i}`), at: at(i * 3) });
        // Near miss: P2 pays for three (a household).
        for (let i = 0; i < 3; i++) await fact(db, { kind: 'payment', payerId: id('P2'), buyerId: id(`P2-b${i}`), at: at(i) });
        // Near miss: P3 pays for four, but twelve days apart: no 30-day window holds more than three.
        for (let i = 0; i < 4; i++) await fact(db, { kind: 'payment', payerId: id('P3'), buyerId: id(`P3-b${i}`), at: at(i * 12) });
        // Near miss: P4 pays for three in production; a fourth buyer in the sandbox does not count.
        for (let i = 0; i < 3; i++) await fact(db, { kind: 'payment', payerId: id('P4'), buyerId: id(`P4-b${i}`), at: at(i) });
        await fact(db, { kind: 'payment', payerId: id('P4'), buyerId: id('P4-b3'), at: at(4), environment: 'sandbox' });
        // The same buyer paid for many times is one buyer.
        for (let i = 0; i < 6; i++) await fact(db, { kind: 'payment', payerId: id('P5'), buyerId: id('P5-b0'), at: at(i) });
      });

      it('batch: flags the payer of four buyers, not the near misses', async () => {
        const hits = await onePayerManyBuyers.detectAll(db, undefined, PERIOD);
        assert.deepEqual(subjects(hits), [JSON.stringify({ payerId: id('P1') })]);
        assert.equal(hits[0]!.explanation.code, 'risk.detector.one_payer_many_buyers');
        assert.equal(hits[0]!.explanation.params.buyers, 4);
        assert.match(String(hits[0]!.explanation.params.payer), /^222400\*+\d{3}X$/);
        assert.deepEqual(hits[0]!.at, at(9));
      });

      it('online: the fourth buyer fires; the third does not; the window and the environment hold', async () => {
        assert.equal((await onePayerManyBuyers.detectFor(db, undefined, { environment: 'production', at: at(9), payerId: id('P1'), buyerId: id('P1-b3') })).length, 1);
        assert.equal((await onePayerManyBuyers.detectFor(db, undefined, { environment: 'production', at: at(6), payerId: id('P1'), buyerId: id('P1-b2') })).length, 0);
        assert.equal((await onePayerManyBuyers.detectFor(db, undefined, { environment: 'production', at: at(36), payerId: id('P3'), buyerId: id('P3-b3') })).length, 0);
        assert.equal((await onePayerManyBuyers.detectFor(db, undefined, { environment: 'production', at: at(5), payerId: id('P4') })).length, 0);
        // The declaration's own buyer counts even before its facts are in.
        const own = await onePayerManyBuyers.detectFor(db, undefined, { environment: 'production', at: at(3), payerId: id('P2'), buyerId: id('P2-new') });
        assert.equal(own.length, 1);
        // A stricter parameter set: no hit.
        assert.equal((await onePayerManyBuyers.detectFor(db, { minBuyers: 5 }, { environment: 'production', at: at(9), payerId: id('P1') })).length, 0);
      });
    });

    describe('shared_contact_many_buyers', () => {
      before(async () => {
        for (let i = 0; i < 5; i++) await fact(db, { kind: 'order', buyerId: id(`ph-${i}`), phone: `+86 139-0000-${1000 + 0}`, address: `延吉市某路${i}号`, at: at(20 + i) });
        // Five buyers on one address, written five ways (full-width digits, spaces, ideographic space, case).
        const spellings = ['吉林省延吉市光明街100号A座', '吉林省 延吉市 光明街 100 号 A 座', '吉林省延吉市光明街１００号Ａ座', '吉林省延吉市\u3000光明街100号a座', ' 吉林省延吉市光明街100号A座 '];
        for (let i = 0; i < 5; i++) await fact(db, { kind: 'order', buyerId: id(`ad-${i}`), phone: `1380000${2000 + i}`, address: spellings[i], at: at(20 + i) });
        // Near miss: a family of four on one address and one phone.
        for (let i = 0; i < 4; i++) await fact(db, { kind: 'order', buyerId: id(`fam-${i}`), phone: '13900003000', address: '延吉市河南街8号', at: at(20 + i) });
        // Near miss: five buyers on one address, but spread over 80 days.
        for (let i = 0; i < 5; i++) await fact(db, { kind: 'order', buyerId: id(`spread-${i}`), phone: `1370000${4000 + i}`, address: '延吉市公园路9号', at: at(i * 20) });
      });

      it('batch: flags the phone and the address (its spellings meet), not the family or the spread', async () => {
        const hits = await sharedContactManyBuyers.detectAll(db, undefined, PERIOD);
        assert.deepEqual(subjects(hits), [JSON.stringify({ address: '吉林省延吉市光明街100号a座' }), JSON.stringify({ phone: '13900001000' })].sort());
        const phone = hits.find((h) => h.subject.phone)!;
        assert.equal(phone.explanation.code, 'risk.detector.shared_phone_many_buyers');
        assert.equal(phone.explanation.params.phone, '139****1000');
      });

      it('online: a fifth family member fires; the family as it is does not', async () => {
        const family: DeclarationKeys = { environment: 'production', at: at(24), buyerId: id('fam-3'), phone: '139 0000 3000', address: '延吉市河南街８号' };
        assert.deepEqual(await sharedContactManyBuyers.detectFor(db, undefined, family), []);
        const fifth = await sharedContactManyBuyers.detectFor(db, undefined, { ...family, buyerId: id('fam-4') });
        assert.deepEqual(subjects(fifth), [JSON.stringify({ address: '延吉市河南街8号' }), JSON.stringify({ phone: '13900003000' })].sort());
        assert.deepEqual(await sharedContactManyBuyers.detectFor(db, { byPhone: false }, { ...family, buyerId: id('fam-4'), address: null }), []);
      });
    });

    describe('one_buyer_many_consignees', () => {
      const order = (buyer: string, consignee: string, address: string, day: number, buyerName = '借用人') =>
        fact(db, { kind: 'order', buyerId: id(buyer), consignee, address, at: at(40 + day), payload: { buyerName, buyerNameKey: buyerName } });
      before(async () => {
        // A lent identity: six strangers at six addresses (its owner never receives a parcel).
        for (let i = 0; i < 6; i++) await order('borrowed', `收货人${i}`, `哈尔滨市某路${i}号`, i);
        // Near miss: a buyer's own parcels, and five others at four addresses, one of them spelt three ways.
        await order('gifts', '金哲', '延吉市光明街1号', 0, '金哲');
        await order('gifts', 'Kim Minsu', '首尔市1号', 1, '金哲');
        await order('gifts', 'kim minsu', '首尔市1号', 2, '金哲');
        await order('gifts', 'Ｋｉｍ\u3000Ｍｉｎｓｕ', '首尔市1号', 3, '金哲');
        for (const [i, n] of ['金美英', '李明', '王芳', '赵强'].entries()) await order('gifts', n, `图们市${Math.max(0, i - 1)}号`, 4 + i, '金哲');
        // Near miss: seven relatives, but in three households (parents, a sibling's family).
        for (const [i, n] of ['父', '母', '兄', '嫂', '侄', '姑', '姑父'].entries()) await order('family', n, `龙井市${Math.floor(i / 3)}号`, i, '朴善');
      });

      it('batch: flags the lent identity, not the buyer with five others, nor the family in few households', async () => {
        const hits = await oneBuyerManyConsignees.detectAll(db, undefined, PERIOD);
        assert.deepEqual(subjects(hits), [JSON.stringify({ buyerId: id('borrowed') })]);
        assert.equal(hits[0]!.explanation.params.consignees, 6);
        assert.equal(hits[0]!.explanation.params.addresses, 6);
        // Counting the buyer's own parcels, the second one reaches six too.
        const withSelf = await oneBuyerManyConsignees.detectAll(db, { countBuyerSelf: true }, PERIOD);
        assert.deepEqual(subjects(withSelf), [JSON.stringify({ buyerId: id('borrowed') }), JSON.stringify({ buyerId: id('gifts') })].sort());
      });

      it('online: a sixth consignee elsewhere fires; the buyer themself does not', async () => {
        const keys: DeclarationKeys = { environment: 'production', at: at(48), buyerId: id('gifts'), buyerName: '金哲', consignee: '金 哲', address: '延吉市光明街1号' };
        assert.deepEqual(await oneBuyerManyConsignees.detectFor(db, undefined, keys), []);
        assert.equal((await oneBuyerManyConsignees.detectFor(db, undefined, { ...keys, consignee: '崔英', address: '珲春市9号' })).length, 1);
        assert.deepEqual(await oneBuyerManyConsignees.detectFor(db, undefined, { ...keys, consignee: '崔英', address: '首尔市1号' }), []);
      });
    });

    describe('split_orders', () => {
      before(async () => {
        // 3,000 + 2,500 within three hours from one seller: fires.
        await fact(db, { kind: 'order', buyerId: id('splitter'), ebcCode: 'EBC0000001', orderNo: 'S-1', amount: '3000.00', at: at(50, 1) });
        await fact(db, { kind: 'order', buyerId: id('splitter'), ebcCode: 'EBC0000001', orderNo: 'S-2', amount: '2500.00', at: at(50, 3) });
        // Near miss: 3,000 + 2,000 is exactly the limit, which is within it.
        await fact(db, { kind: 'order', buyerId: id('exact'), ebcCode: 'EBC0000001', orderNo: 'E-1', amount: '3000.00', at: at(50, 1) });
        await fact(db, { kind: 'order', buyerId: id('exact'), ebcCode: 'EBC0000001', orderNo: 'E-2', amount: '2000.00', at: at(50, 2) });
        // Near miss: 3,000 + 2,500 thirty hours apart.
        await fact(db, { kind: 'order', buyerId: id('later'), ebcCode: 'EBC0000001', orderNo: 'L-1', amount: '3000.00', at: at(50, 0) });
        await fact(db, { kind: 'order', buyerId: id('later'), ebcCode: 'EBC0000001', orderNo: 'L-2', amount: '2500.00', at: at(51, 6) });
        // Near miss: two sellers.
        await fact(db, { kind: 'order', buyerId: id('two-sellers'), ebcCode: 'EBC0000001', orderNo: 'T-1', amount: '3000.00', at: at(50, 1) });
        await fact(db, { kind: 'order', buyerId: id('two-sellers'), ebcCode: 'EBC0000002', orderNo: 'T-2', amount: '2500.00', at: at(50, 2) });
        // Near miss: one order changed (a second fact of the same order) is still one order.
        await fact(db, { kind: 'order', buyerId: id('changed'), ebcCode: 'EBC0000001', orderNo: 'C-1', amount: '3000.00', at: at(50, 1) });
        await fact(db, { kind: 'order', buyerId: id('changed'), ebcCode: 'EBC0000001', orderNo: 'C-1', amount: '3100.00', at: at(50, 2) });
        await fact(db, { kind: 'order', buyerId: id('changed'), ebcCode: 'EBC0000001', orderNo: 'C-2', amount: '1800.00', at: at(50, 3) });
      });

      it('batch: flags the buyer and seller whose orders add up over 5,000 within a day', async () => {
        const hits = await splitOrders.detectAll(db, undefined, PERIOD);
        assert.deepEqual(subjects(hits), [JSON.stringify({ buyerId: id('splitter'), ebcCode: 'EBC0000001' })]);
        assert.equal(hits[0]!.explanation.params.total, '5500.00');
        assert.equal(hits[0]!.explanation.params.orders, 2);
      });

      it('online: the second order fires, with the declaration’s own amount', async () => {
        const keys: DeclarationKeys = { environment: 'production', at: at(50, 3), buyerId: id('splitter'), ebcCode: 'EBC0000001', orderNo: 'S-2', amount: '2500.00' };
        assert.equal((await splitOrders.detectFor(db, undefined, keys)).length, 1);
        assert.equal((await splitOrders.detectFor(db, undefined, { ...keys, at: at(50, 2), orderNo: 'S-3', amount: '2000.00' })).length, 0);
        assert.equal((await splitOrders.detectFor(db, undefined, { ...keys, buyerId: id('exact'), orderNo: 'E-2', amount: '2000.00' })).length, 0);
        assert.equal((await splitOrders.detectFor(db, { windowHours: 48 }, { ...keys, at: at(51, 6), buyerId: id('later'), orderNo: 'L-2' })).length, 1);
      });
    });

    describe('price_below_reference', () => {
      const refs: Record<string, string> = { 'REF-A': '100.00' };
      const referencePrice: ReferencePriceLookup = async (_db, item) => (refs[item.itemNo] ? { price: refs[item.itemNo]!, currency: 'CNY' } : undefined);
      const line = (itemNo: string, price: string, gnum = 1) => ({ gnum, itemNo, gcode: '3304990099', price, qty: '1' });
      before(async () => {
        // Filed at 100: 25 is below 30% of it; 31 is not.
        await fact(db, { kind: 'inventory', ebcCode: 'EBC0000003', orderNo: 'P-1', at: at(60), payload: { items: [line('REF-A', '25.00')] } });
        await fact(db, { kind: 'inventory', ebcCode: 'EBC0000003', orderNo: 'P-2', at: at(60), payload: { items: [line('REF-A', '31.00')] } });
        // Not filed, declared 20 times around 100: 35 is below 40% of the median; 45 is not.
        for (let i = 0; i < 20; i++) await fact(db, { kind: 'inventory', ebcCode: 'EBC0000003', orderNo: `M-${i}`, at: at(55 + i / 10), payload: { items: [line('MKT-B', String(90 + i))] } });
        await fact(db, { kind: 'inventory', ebcCode: 'EBC0000003', orderNo: 'P-3', at: at(60), payload: { items: [line('MKT-B', '35.00'), line('MKT-B', '45.00', 2)] } });
        // Too few declarations for a median: 10 lines around 100, one at 30.
        for (let i = 0; i < 10; i++) await fact(db, { kind: 'inventory', ebcCode: 'EBC0000003', orderNo: `F-${i}`, at: at(55), payload: { items: [line('FEW-C', '100.00')] } });
        await fact(db, { kind: 'inventory', ebcCode: 'EBC0000003', orderNo: 'P-4', at: at(60), payload: { items: [line('FEW-C', '30.00')] } });
      });

      it('batch: flags the line below the reference and the line below the median, not the near misses', async () => {
        const hits = await priceBelowReference.detectAll(db, undefined, { ...PERIOD, referencePrice });
        assert.deepEqual(subjects(hits), [JSON.stringify({ ebcCode: 'EBC0000003', orderNo: 'P-1', itemNo: 'REF-A', gnum: '1' }), JSON.stringify({ ebcCode: 'EBC0000003', orderNo: 'P-3', itemNo: 'MKT-B', gnum: '1' })].sort());
        const byRef = hits.find((h) => h.subject.orderNo === 'P-1')!;
        assert.equal(byRef.explanation.code, 'risk.detector.price_below_reference');
        assert.deepEqual(byRef.explanation.params, { itemNo: 'REF-A', price: '25.00', reference: '100.00', share: '30%' });
        const byMedian = hits.find((h) => h.subject.orderNo === 'P-3')!;
        assert.equal(byMedian.explanation.code, 'risk.detector.price_below_market');
      });

      it('online: the same judgement for a declaration’s lines', async () => {
        const keys: DeclarationKeys = { environment: 'production', at: at(60), ebcCode: 'EBC0000003', orderNo: 'NEW-1', items: [line('REF-A', '29.99'), line('REF-A', '30.00', 2), line('MKT-B', '38.00', 3), line('MKT-B', '42.00', 4), line('FEW-C', '20.00', 5)] };
        const hits = await priceBelowReference.detectFor(db, undefined, keys, { referencePrice });
        assert.deepEqual(hits.map((h) => h.subject.gnum).sort(), ['1', '3']);
      });
    });

    describe('collection_without_export', () => {
      const ebc = 'EBC0000009';
      before(async () => {
        const coll = (orderNo: string, day: number) => fact(db, { kind: 'collection', ebcCode: ebc, orderNo, amount: '800.00', at: at(day), payload: { ebpCode: 'EBP0000001', currency: 'USD' } });
        const release = (orderNo: string, day: number, withEbc = true) => fact(db, { kind: 'export_release', ebcCode: withEbc ? ebc : null, orderNo, at: at(day), payload: { ebpCode: 'EBP0000001' } });
        await coll('X-released', 0);
        await release('X-released', 5);
        await coll('X-none', 0);
        await coll('X-young', 20);
        await coll('X-in-time', 0);
        await release('X-in-time', 29);
        await coll('X-too-late', 0);
        await release('X-too-late', 31);
        await release('X-before', -3);
        await coll('X-before', 0);
        await coll('X-by-platform', 0);
        await release('X-by-platform', 2, false);
      });

      it('batch: flags the collections with no release within 30 days, judged at the cut-off', async () => {
        const hits = await collectionWithoutExport.detectAll(db, undefined, { environment: 'production', from: at(-1), to: at(40) });
        assert.deepEqual(hits.map((h) => h.subject.orderNo).sort(), ['X-none', 'X-too-late']);
        assert.deepEqual(hits.find((h) => h.subject.orderNo === 'X-none')!.explanation.params, { ebc, orderNo: 'X-none', amount: '800.00 USD', days: 30 });
        // Later, the young one is overdue too.
        const later = await collectionWithoutExport.detectAll(db, undefined, { environment: 'production', from: at(-1), to: at(40), cutoff: at(51) });
        assert.deepEqual(later.map((h) => h.subject.orderNo).sort(), ['X-none', 'X-too-late', 'X-young']);
      });

      it('online: the seller with overdue collections', async () => {
        const hits = await collectionWithoutExport.detectFor(db, undefined, { environment: 'production', at: at(40), ebcCode: ebc });
        assert.equal(hits.length, 1);
        assert.deepEqual(hits[0]!.subject, { ebcCode: ebc });
        // Online, a release that could not be tied to the seller does not count (it reads the seller's own facts).
        assert.equal(hits[0]!.explanation.params.count, 3);
        assert.deepEqual(await collectionWithoutExport.detectFor(db, undefined, { environment: 'production', at: at(25), ebcCode: ebc }), []);
        assert.deepEqual(await collectionWithoutExport.detectFor(db, undefined, { environment: 'production', at: at(40), ebcCode: 'EBC0000010' }), []);
      });
    });

    describe('recalled_or_infringing', () => {
      const l = (gnum: number, itemNo: string, gcode: string, brand?: string) => ({ gnum, itemNo, gcode, price: '100.00', qty: '1', ...(brand ? { brand } : {}) });
      before(async () => {
        await db.insert(riskRecalls).values([
          { id: newId(), gcode: '3304990099', brand: 'Sulwhasoo', reason: '批次微生物超标', source: 'market', validFrom: at(70), validTo: null, createdAt: at(70) },
          { id: newId(), itemNo: 'OLD-ITEM', reason: '已结束的召回', source: 'market', validFrom: at(0), validTo: at(65), createdAt: at(0) },
        ]);
        await db.insert(riskBrands).values([
          { id: newId(), brand: '雪花秀', owner: '爱茉莉太平洋', authorised: ['EBC0000011'], createdAt: at(0) },
          { id: newId(), brand: 'LANEIGE', owner: 'Amorepacific', authorised: ['EBC0000011'], createdAt: at(0) },
        ]);
        await fact(db, {
          kind: 'inventory',
          ebcCode: 'EBC0000012',
          orderNo: 'R-1',
          at: at(72),
          payload: {
            items: [
              l(1, 'SW-1', '3304990099', ' SULWHASOO '), // recalled: code and brand match
              l(2, 'OT-1', '3304990099', 'Other'), // same code, another brand
              l(3, 'XH-1', '3304100000', '雪花秀'), // registered brand, seller not authorised
              l(4, 'LN-1', '3304100000', 'Laneige®'), // the same registered brand, another spelling
              l(5, 'OLD-ITEM', '3304100000'), // its recall has ended
            ],
          },
        });
        // Before the recall; and an authorised seller of the registered brands.
        await fact(db, { kind: 'inventory', ebcCode: 'EBC0000012', orderNo: 'R-0', at: at(69), payload: { items: [l(1, 'SW-1', '3304990099', 'Sulwhasoo')] } });
        await fact(db, { kind: 'inventory', ebcCode: 'EBC0000011', orderNo: 'R-2', at: at(72), payload: { items: [l(1, 'XH-1', '3304100000', '雪花秀'), l(2, 'LN-1', '3304100000', 'LANEIGE')] } });
      });

      it('batch: flags the recalled line and the unauthorised brand lines, nothing else', async () => {
        const hits = await recalledOrInfringing.detectAll(db, undefined, PERIOD);
        assert.deepEqual(hits.map((h) => `${h.subject.orderNo}/${h.subject.gnum}:${h.explanation.code}`).sort(), ['R-1/1:risk.detector.recalled', 'R-1/3:risk.detector.brand_unauthorised', 'R-1/4:risk.detector.brand_unauthorised']);
        assert.equal(hits.find((h) => h.subject.gnum === '1')!.explanation.params.reason, '批次微生物超标');
      });

      it('online: the same lines', async () => {
        const keys: DeclarationKeys = { environment: 'production', at: at(72), ebcCode: 'EBC0000012', orderNo: 'R-9', items: [l(1, 'SW-1', '3304990099', 'sulwhasoo'), l(2, 'OT-1', '3304990099', 'Other'), l(3, 'XH-1', '3304100000', '雪花秀'), l(4, 'OLD-ITEM', '3304100000')] };
        const hits = await recalledOrInfringing.detectFor(db, undefined, keys);
        assert.deepEqual(hits.map((h) => `${h.subject.gnum}:${h.explanation.code}`).sort(), ['1:risk.detector.recalled', '3:risk.detector.brand_unauthorised']);
        assert.deepEqual(await recalledOrInfringing.detectFor(db, undefined, { ...keys, at: at(69), items: [l(1, 'SW-1', '3304990099', 'sulwhasoo')] }), []);
        assert.deepEqual(await recalledOrInfringing.detectFor(db, undefined, { ...keys, ebcCode: 'EBC0000011', items: [l(3, 'XH-1', '3304100000', '雪花秀')] }), []);
      });
    });

    it('every detector at once, with one switched off', async () => {
      const keys: DeclarationKeys = { environment: 'production', at: at(9), payerId: id('P1'), buyerId: id('P1-b3') };
      assert.deepEqual((await detectForDeclaration(db, keys)).map((h) => h.detector), ['one_payer_many_buyers']);
      assert.deepEqual(await detectForDeclaration(db, keys, { one_payer_many_buyers: false }), []);
    });
  });
}
