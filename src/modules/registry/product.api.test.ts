import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, inArray } from 'drizzle-orm';
import { startTestApp, testConfig, type TestApp } from '../../../test/support/app';
import { dbTargets } from '../../../test/support/db';
import type { Db } from '../../db/database';
import { buildServer } from '../../http/server';
import { newId } from '../../kernel/ids';
import { SYSTEM } from '../access';
import { outboxEvents } from '../outbox/outbox.table';
import { transitionFiling } from './filing.service';
import { FILING_EVENTS, FILING_STATUSES, FILING_TRANSITIONS, type FilingEvent } from './filing.states';
import type { FilingStatus } from './filing.table';
import { findEffectiveProduct, shareProducts } from './product.service';
import { refCodes, tariffLines } from './reference.table';

/** Tariff lines and codes these tests rely on, dated after anything a reference loader ships. */
async function loadTestReference(db: Db): Promise<void> {
  const loadedAt = new Date('2026-11-01T00:00:00Z');
  const line = (hsCode: string, nameZh: string, positiveList: 'listed' | 'not_listed' | 'unconfirmed', units: [string | null, string | null] = [null, null]) => ({
    id: newId(),
    hsCode,
    effectiveFrom: '2026-11-01',
    nameZh,
    positiveList,
    legalUnit1: units[0],
    legalUnit2: units[1],
    demo: true,
    source: 'test',
    loadedAt,
  });
  await db
    .insert(tariffLines)
    .values([
      line('3304990099', '其他美容品或化妆品', 'listed', ['035', null]),
      line('2106909090', '其他食品', 'listed'),
      line('6403990090', '其他皮革鞋靴', 'listed', ['025', '035']),
      line('9301100000', '火炮', 'not_listed'),
      line('1212212000', '干海带', 'unconfirmed'),
    ])
    .onConflictDoNothing();
  const codes = [
    ...['KOR', 'CHN', 'JPN', 'RUS', 'USA'].map((code) => ['country', code]),
    ...['035', '011', '025', '007'].map((code) => ['unit', code]),
    ...['CNY', 'KRW', 'USD', 'JPY', 'RUB'].map((code) => ['currency', code]),
  ];
  await db
    .insert(refCodes)
    .values(codes.map(([codeTable, code]) => ({ id: newId(), codeTable: codeTable!, code: code!, effectiveFrom: '2000-01-01', verified: true, source: 'test', loadedAt })))
    .onConflictDoNothing();
}

type Detail = {
  id: string;
  itemNo: string;
  version: number;
  status: FilingStatus;
  positiveList: string;
  referencePrice: string;
  versions: { id: string; version: number; status: string }[];
  reviews: { reviewer: string; decision: string | null }[];
  history: { event: string; from: string | null; to: string }[];
};
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; code: string; message: string }[] } };

let seq = 0;

for (const target of dbTargets()) {
  describe(`product filing [${target}]`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(target);
      await loadTestReference(app.ctx.db);
    });
    after(() => app.close());

    const product = (extra: Record<string, unknown> = {}) => ({
      itemNo: `CJ-${target}-${++seq}`,
      hsCode: '3304990099',
      nameZh: '青瓷玻尿酸精华液 50毫升',
      names: { ko: '청자 히알루론 에센스 50ml', en: 'Cheongja hyaluronic serum 50 ml', ja: '青磁ヒアルロンエッセンス 50ml', ru: 'Сыворотка «Чхонджа» 50 мл' },
      specification: '50ml/瓶',
      declaredElements: '1:护肤用|2:50ml|3:青瓷牌',
      brand: 'Cheongja',
      barcode: '8801234567893',
      originCountry: 'KOR',
      manufacturer: 'Cheongja Cosmetics Co., Ltd.',
      legalUnit: '035',
      referencePrice: '128.50',
      currency: 'CNY',
      imageUrls: ['https://img.example.com/cj-serum.jpg'],
      ...extra,
    });

    const submit = (body: object, as = 'cheongja.admin', lang = 'en') => app.inject({ method: 'POST', url: `/api/registry/products?lang=${lang}`, as, payload: body });
    const get = (id: string, as: string) => app.inject({ method: 'GET', url: `/api/registry/products/${id}?lang=en`, as });
    const review = (id: string, as: string, decision: 'approved' | 'rejected', reason?: string) =>
      app.inject({ method: 'POST', url: `/api/registry/products/${id}/reviews?lang=en`, as, payload: { decision, ...(reason ? { reason } : {}) } });
    const move = (id: string, event: string, as: string, reason?: string) =>
      app.inject({ method: 'POST', url: `/api/registry/products/${id}/${event}?lang=en`, as, payload: reason ? { reason } : {} });
    const approveBoth = async (id: string) => {
      assert.equal((await review(id, 'customs.admin', 'approved')).statusCode, 200);
      const res = await review(id, 'market.admin', 'approved');
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as Detail;
    };
    const filed = async (extra: Record<string, unknown> = {}, as = 'cheongja.admin') => {
      const res = await submit(product(extra), as);
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as Detail;
    };
    const statusOf = async (id: string) => ((await get(id, 'zone.admin')).json() as Detail).status;

    it('submit → both reviews → effective → change (v2) → v1 superseded → suspend → reinstate → cancel, with history, audit and events', async () => {
      const v1 = await filed();
      assert.equal(v1.version, 1);
      assert.equal(v1.status, 'submitted');
      assert.equal(v1.positiveList, 'listed');
      assert.equal(v1.referencePrice, '128.5');
      let d = (await get(v1.id, 'customs.admin')).json() as Detail;
      assert.deepEqual(
        d.reviews.map((r) => [r.reviewer, r.decision]),
        [
          ['customs', null],
          ['market_supervision', null],
        ],
      );
      const queue = await app.inject({ method: 'GET', url: '/api/registry/products?queue=mine', as: 'market.admin' });
      assert.ok((queue.json() as { items: { id: string }[] }).items.some((i) => i.id === v1.id), 'in the market supervision queue');

      assert.equal((await review(v1.id, 'commerce.admin', 'approved')).statusCode, 403, 'commerce sees product filings but does not review them');
      d = (await review(v1.id, 'customs.admin', 'approved')).json() as Detail;
      assert.equal(d.status, 'submitted', 'one approval is not enough');
      assert.equal(await findEffectiveProduct(app.ctx.db, app.orgId.cheongja!, v1.itemNo, '2026-11-28'), undefined);
      d = (await review(v1.id, 'market.admin', 'approved')).json() as Detail;
      assert.equal(d.status, 'effective');
      assert.equal((await findEffectiveProduct(app.ctx.db, app.orgId.cheongja!, v1.itemNo, '2026-11-28'))?.id, v1.id);
      assert.equal(await findEffectiveProduct(app.ctx.db, app.orgId.cheongja!, v1.itemNo, '2026-11-27'), undefined, 'not in force before it took effect');

      // A change: version 2, reviewed again, while version 1 stays in force.
      const v2res = await app.inject({ method: 'POST', url: `/api/registry/products/${v1.id}/versions?lang=en`, as: 'cheongja.admin', payload: { ...product(), itemNo: undefined, referencePrice: '118.00' } });
      assert.equal(v2res.statusCode, 201, v2res.body);
      const v2 = v2res.json() as Detail;
      assert.equal(v2.version, 2);
      assert.equal(v2.itemNo, v1.itemNo);
      assert.equal(await statusOf(v1.id), 'effective');
      const again = await submit({ ...product(), itemNo: v1.itemNo });
      assert.equal(again.statusCode, 409, 'one version under review at a time');
      assert.equal((again.json() as ErrorBody).error.code, 'registry.product_pending');
      assert.equal((await app.inject({ method: 'POST', url: `/api/registry/products/${v1.id}/versions`, as: 'hanbit.admin', payload: { ...product(), itemNo: undefined } })).statusCode, 404);

      await approveBoth(v2.id);
      assert.equal(await statusOf(v1.id), 'superseded');
      assert.equal((await findEffectiveProduct(app.ctx.db, app.orgId.cheongja!, v1.itemNo, '2026-11-28'))?.referencePrice, '118');

      assert.equal((await move(v2.id, 'suspend', 'cheongja.admin')).statusCode, 403, 'the owner cannot suspend its own filing');
      assert.equal((await move(v2.id, 'suspend', 'commerce.admin')).statusCode, 403, 'commerce is not competent');
      assert.equal(((await move(v2.id, 'suspend', 'market.admin', '质量抽检不合格')).json() as Detail).status, 'suspended');
      assert.equal(await findEffectiveProduct(app.ctx.db, app.orgId.cheongja!, v1.itemNo, '2026-11-28'), undefined, 'a suspended product binds nothing');
      assert.equal(((await move(v2.id, 'reinstate', 'zone.admin')).json() as Detail).status, 'effective');
      const cancelled = (await move(v2.id, 'cancel', 'cheongja.admin')).json() as Detail;
      assert.equal(cancelled.status, 'cancelled');
      assert.deepEqual(
        cancelled.history.map((h) => h.event),
        ['submit', 'approve', 'suspend', 'reinstate', 'cancel'],
      );
      assert.deepEqual(
        cancelled.versions.map((v) => [v.version, v.status]),
        [
          [1, 'superseded'],
          [2, 'cancelled'],
        ],
      );

      const audit = await app.inject({ method: 'GET', url: `/api/audit?resourceType=product_filing&resourceId=${v1.id}&limit=100`, as: 'zone.admin' });
      const actions = (audit.json() as { items: { action: string }[] }).items.map((r) => r.action);
      for (const action of ['product_filing.submit', 'product_filing.review', 'product_filing.approve', 'product_filing.supersede']) assert.ok(actions.includes(action), `${action} in ${actions.join(', ')}`);
      const events = await app.ctx.db
        .select({ topic: outboxEvents.topic })
        .from(outboxEvents)
        .where(and(eq(outboxEvents.aggregateType, 'product_filing'), inArray(outboxEvents.aggregateId, [v1.id, v2.id])));
      assert.deepEqual(
        events.map((e) => e.topic).sort(),
        [
          'registry.product_filing.submitted',
          'registry.product_filing.submitted',
          'registry.product_filing.effective',
          'registry.product_filing.effective',
          'registry.product_filing.superseded',
          'registry.product_filing.suspended',
          'registry.product_filing.effective',
          'registry.product_filing.cancelled',
        ].sort(),
      );
    });

    it('a rejection by either department rejects the version; the other’s review can no longer be decided; the item may be filed again', async () => {
      const p = await filed();
      const rejected = (await review(p.id, 'market.admin', 'rejected', '标签不符合要求')).json() as Detail;
      assert.equal(rejected.status, 'rejected');
      const late = await review(p.id, 'customs.admin', 'approved');
      assert.equal(late.statusCode, 409);
      assert.match((late.json() as ErrorBody).error.message, /rejected/);
      const again = await submit({ ...product(), itemNo: p.itemNo });
      assert.equal(again.statusCode, 201);
      assert.equal((again.json() as Detail).version, 2);
    });

    it('the owner withdraws a version under review; nobody else may', async () => {
      const p = await filed();
      assert.equal((await move(p.id, 'withdraw', 'customs.admin')).statusCode, 403);
      assert.equal((await move(p.id, 'withdraw', 'hanbit.admin')).statusCode, 404);
      assert.equal(((await move(p.id, 'withdraw', 'cheongja.admin')).json() as Detail).status, 'withdrawn');
    });

    /** A fresh version of a new item, driven into a status. */
    async function versionIn(status: FilingStatus): Promise<Detail> {
      const p = await filed();
      const path: Record<FilingStatus, (() => Promise<unknown>)[]> = {
        submitted: [],
        effective: [() => approveBoth(p.id)],
        rejected: [() => review(p.id, 'customs.admin', 'rejected', 'x')],
        withdrawn: [() => move(p.id, 'withdraw', 'cheongja.admin')],
        suspended: [() => approveBoth(p.id), () => move(p.id, 'suspend', 'customs.admin')],
        cancelled: [() => approveBoth(p.id), () => move(p.id, 'cancel', 'zone.admin')],
        superseded: [
          () => approveBoth(p.id),
          async () => {
            const v2 = await submit({ ...product(), itemNo: p.itemNo });
            await approveBoth((v2.json() as Detail).id);
          },
        ],
      };
      for (const step of path[status]) await step();
      assert.equal(await statusOf(p.id), status);
      return p;
    }

    /** Performs an event through the API, as the party that may perform it. */
    async function perform(p: Detail, event: Exclude<FilingEvent, 'supersede'>) {
      switch (event) {
        case 'approve': {
          const first = await review(p.id, 'customs.admin', 'approved');
          return first.statusCode === 200 ? review(p.id, 'market.admin', 'approved') : first;
        }
        case 'reject':
          return review(p.id, 'customs.admin', 'rejected', 'x');
        case 'withdraw':
          return move(p.id, 'withdraw', 'cheongja.admin');
        case 'suspend':
        case 'reinstate':
          return move(p.id, event, 'customs.admin');
        case 'cancel':
          return move(p.id, 'cancel', 'zone.admin');
      }
    }

    it('allows exactly the transitions of the state machine through the API, and refuses every other with 409 naming the state', async () => {
      const problems: string[] = [];
      for (const status of FILING_STATUSES) {
        for (const event of FILING_EVENTS) {
          if (event === 'supersede') continue;
          const p = await versionIn(status);
          const res = await perform(p, event);
          const allowed = FILING_TRANSITIONS[event].from.includes(status);
          if (allowed) {
            if (res.statusCode !== 200) problems.push(`${status}/${event}: ${res.statusCode} ${res.body.slice(0, 160)}`);
            else if ((res.json() as Detail).status !== FILING_TRANSITIONS[event].to) problems.push(`${status}/${event}: ended ${(res.json() as Detail).status}`);
          } else {
            if (res.statusCode !== 409) problems.push(`${status}/${event}: ${res.statusCode} ${res.body.slice(0, 160)}`);
            else if (!(res.json() as ErrorBody).error.message.includes(status)) problems.push(`${status}/${event}: message does not name the state`);
            if ((await statusOf(p.id)) !== status) problems.push(`${status}/${event}: the refused move changed the status`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });

    it('supersedes an in-force version when its successor is approved, and nothing else (also through the one transition function)', async () => {
      for (const status of ['effective', 'suspended'] as const) {
        const p = await versionIn(status);
        const v2 = (await submit({ ...product(), itemNo: p.itemNo })).json() as Detail;
        await approveBoth(v2.id);
        assert.equal(await statusOf(p.id), 'superseded', `${status} → superseded`);
      }
      const caller = { actor: SYSTEM, requestId: 'test' };
      const problems: string[] = [];
      for (const status of FILING_STATUSES) {
        for (const event of FILING_EVENTS) {
          const p = await versionIn(status);
          const allowed = FILING_TRANSITIONS[event].from.includes(status);
          try {
            const r = await app.ctx.db.transaction((tx) => transitionFiling(tx, app.ctx, caller, { kind: 'product', filingId: p.id, event }));
            if (!allowed) problems.push(`${status}/${event} was allowed`);
            else if (r.to !== FILING_TRANSITIONS[event].to) problems.push(`${status}/${event} → ${r.to}`);
          } catch (e) {
            if (allowed) problems.push(`${status}/${event} refused: ${String(e)}`);
            else if ((e as { kind?: string }).kind !== 'invalid_state') problems.push(`${status}/${event}: ${String(e)}`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });

    it('refuses a product off the positive list, naming the rule, in the caller’s language', async () => {
      const en = await submit(product({ hsCode: '9301100000' }));
      assert.equal(en.statusCode, 400);
      const body = (en.json() as ErrorBody).error;
      assert.equal(body.code, 'registry.hs_not_on_positive_list');
      assert.match(body.message, /positive list/);
      assert.deepEqual(body.issues?.map((i) => [i.path, i.code]), [['hsCode', 'registry.hs_not_on_positive_list']]);
      const zh = await submit(product({ hsCode: '9301100000' }), 'cheongja.admin', 'zh-CN');
      assert.match((zh.json() as ErrorBody).error.message, /零售进口商品清单/);
      const ko = await submit(product({ hsCode: '9301100000' }), 'cheongja.admin', 'ko');
      assert.match((ko.json() as ErrorBody).error.message, /소매 수입 상품 목록/);
    });

    it('accepts an unconfirmed tariff line in demo mode and refuses it in production', async () => {
      const demo = await submit(product({ hsCode: '1212212000' }));
      assert.equal(demo.statusCode, 201, demo.body);
      assert.equal((demo.json() as Detail).positiveList, 'unconfirmed');

      const production = await buildServer({ ...app.ctx, config: testConfig({ TUMEN_MODE: 'production' }) });
      try {
        const token = await app.tokenFor('cheongja.admin');
        const call = (body: object) => production.inject({ method: 'POST', url: '/api/registry/products?lang=en', headers: { authorization: `Bearer ${token}` }, payload: body });
        const refused = await call(product({ hsCode: '1212212000' }));
        assert.equal(refused.statusCode, 400);
        assert.equal((refused.json() as ErrorBody).error.code, 'registry.hs_positive_list_unconfirmed');
        assert.equal((await call(product({ hsCode: '9301100000' }))).statusCode, 400);
        assert.equal((await call(product())).statusCode, 201, 'a listed line is filed in production too');
      } finally {
        await production.close();
      }
    });

    it('checks the filing against the tariff table and the code tables', async () => {
      const cases: [string, Record<string, unknown>, string, string][] = [
        ['an HS code not in the tariff table', { hsCode: '3304990000' }, 'hsCode', 'registry.hs_code_unknown'],
        ['an unknown country', { originCountry: 'XXX' }, 'originCountry', 'registry.country_unknown'],
        ['an unknown unit', { legalUnit: '999' }, 'legalUnit', 'registry.unit_unknown'],
        ['an unknown currency', { currency: 'ABC' }, 'currency', 'registry.currency_unknown'],
        ['a legal unit other than the line’s', { legalUnit: '011' }, 'legalUnit', 'registry.legal_unit_mismatch'],
        ['a missing second unit the line needs', { hsCode: '6403990090', legalUnit: '025' }, 'secondUnit', 'registry.second_unit_required'],
        ['a wrong barcode check digit', { barcode: '8801234567890' }, 'barcode', 'registry.barcode_check'],
        ['a price with five decimals', { referencePrice: '1.00001' }, 'referencePrice', 'registry.price_format'],
        ['a price of zero', { referencePrice: '0' }, 'referencePrice', 'registry.price_format'],
      ];
      for (const [what, patch, path, code] of cases) {
        const res = await submit(product(patch));
        assert.equal(res.statusCode, 400, `${what}: ${res.body}`);
        const issues = (res.json() as ErrorBody).error.issues ?? [];
        assert.ok(
          issues.some((i) => i.path === path && i.code === code),
          `${what}: ${JSON.stringify(issues)}`,
        );
      }
      const several = await submit(product({ originCountry: 'XXX', currency: 'ABC' }));
      assert.equal((several.json() as ErrorBody).error.code, 'common.invalid_request');
      assert.equal((several.json() as ErrorBody).error.issues?.length, 2);
      const barcode = await submit(product({ barcode: '8801234567890' }), 'cheongja.admin', 'en');
      assert.match((barcode.json() as ErrorBody).error.issues![0]!.message, /should be 3/);
      assert.equal((await submit(product({ hsCode: '6403990090', legalUnit: '025', secondUnit: '035' }))).statusCode, 201);
      assert.equal((await submit(product({ referencePrice: 128.5 }))).statusCode, 400, 'a price as a binary float');
    });

    it('only enterprises filed as e-commerce enterprises file products', async () => {
      const logistics = await submit(product(), 'xianghe.admin');
      assert.equal(logistics.statusCode, 403);
      assert.equal((await submit(product(), 'customs.admin')).statusCode, 403);
      // An enterprise whose filing is suspended may not file products until it is reinstated.
      const list = await app.inject({ method: 'GET', url: `/api/registry/enterprise-filings?status=effective&limit=500`, as: 'zone.admin' });
      const baiyan = (list.json() as { items: { id: string; orgId: string }[] }).items.find((f) => f.orgId === app.orgId.baiyan)!;
      assert.equal((await app.inject({ method: 'POST', url: `/api/registry/enterprise-filings/${baiyan.id}/suspend`, as: 'zone.admin', payload: {} })).statusCode, 200);
      const refused = await submit(product(), 'baiyan.admin');
      assert.equal(refused.statusCode, 403);
      assert.equal((refused.json() as ErrorBody).error.code, 'registry.enterprise_not_filed');
      await app.inject({ method: 'POST', url: `/api/registry/enterprise-filings/${baiyan.id}/reinstate`, as: 'zone.admin', payload: {} });
      assert.equal((await submit(product(), 'baiyan.admin')).statusCode, 201);
    });

    it('shows a filing to its owner, the departments in scope and the parties it is shared with; 404 to everyone else', async () => {
      const p = await filed({ brand: 'VisibilityBrand' });
      await approveBoth(p.id);
      const expect: [string, number][] = [
        ['cheongja.admin', 200],
        ['customs.admin', 200],
        ['market.admin', 200],
        ['commerce.admin', 200],
        ['zone.staff', 200],
        ['hanbit.admin', 404],
        ['police.admin', 404],
        ['tax.admin', 404],
        ['transport.admin', 404],
        ['xianghe.admin', 404],
      ];
      for (const [who, status] of expect) assert.equal((await get(p.id, who)).statusCode, status, who);
      const listed = async (who: string) => ((await app.inject({ method: 'GET', url: `/api/registry/products?q=VisibilityBrand`, as: who })).json() as { items: { id: string }[] }).items.map((i) => i.id);
      assert.deepEqual(await listed('hanbit.admin'), []);
      assert.deepEqual(await listed('police.admin'), []);

      // A waybill names the product: the logistics company carrying it may now read the filing.
      const shared = await app.ctx.db.transaction((tx) => shareProducts(tx, app.ctx, { ownerOrgId: app.orgId.cheongja!, itemNos: [p.itemNo, p.itemNo], partyOrgId: app.orgId.xianghe!, reason: 'waybill YJ0001' }));
      assert.equal(shared, 1);
      assert.equal(await app.ctx.db.transaction((tx) => shareProducts(tx, app.ctx, { ownerOrgId: app.orgId.cheongja!, itemNos: [p.itemNo], partyOrgId: app.orgId.xianghe!, reason: 'waybill YJ0002' })), 0, 'idempotent');
      const seen = await get(p.id, 'xianghe.admin');
      assert.equal(seen.statusCode, 200);
      assert.deepEqual((seen.json() as Detail).reviews, [], 'a shared party does not see the reviews');
      assert.deepEqual(await listed('xianghe.admin'), [p.id]);
      assert.equal((await get(p.id, 'tongling.admin')).statusCode, 404, 'another logistics company still does not');
      assert.equal((await move(p.id, 'cancel', 'xianghe.admin')).statusCode, 403, 'reading is not owning');

      // A later version under review is not shown to the shared party until it takes effect.
      const v2 = (await submit({ ...product({ brand: 'VisibilityBrand' }), itemNo: p.itemNo })).json() as Detail;
      assert.equal((await get(v2.id, 'xianghe.admin')).statusCode, 404);
      assert.deepEqual(await listed('xianghe.admin'), [p.id]);
      await approveBoth(v2.id);
      assert.equal((await get(v2.id, 'xianghe.admin')).statusCode, 200);
    });

    it('department reads are audited in the reader’s chain', async () => {
      const p = await filed();
      await get(p.id, 'customs.admin');
      await app.inject({ method: 'GET', url: '/api/registry/products?limit=5', as: 'customs.admin' });
      const audit = await app.inject({ method: 'GET', url: '/api/audit?resourceType=product_filing&limit=50', as: 'customs.admin' });
      const reads = (audit.json() as { items: { action: string; resourceId: string | null }[] }).items.filter((r) => r.action === 'read');
      assert.ok(reads.some((r) => r.resourceId === p.id), 'the single read');
      assert.ok(reads.some((r) => r.resourceId === null), 'the list read');
    });

    it('searches and filters for the departments, page by page', async () => {
      const brand = `SearchBrand${target}`;
      const a = await filed({ brand, hsCode: '2106909090', legalUnit: '035', names: { en: 'Ginseng candy' } });
      const b = await filed({ brand, barcode: '6901234567892' });
      const c = await filed({ brand, hsCode: '1212212000' });
      await approveBoth(b.id);
      const search = async (query: string, as = 'market.admin') => {
        const res = await app.inject({ method: 'GET', url: `/api/registry/products?${query}`, as });
        assert.equal(res.statusCode, 200, res.body);
        return res.json() as { items: { id: string }[]; nextOffset: number | null };
      };
      const ids = async (query: string) => (await search(query)).items.map((i) => i.id).sort();
      assert.deepEqual(await ids(`q=${brand}`), [a.id, b.id, c.id].sort());
      assert.deepEqual(await ids(`q=${brand}&hsCode=2106`), [a.id]);
      assert.deepEqual(await ids(`q=${brand}&status=effective`), [b.id]);
      assert.deepEqual(await ids(`q=${brand}&positiveList=unconfirmed`), [c.id]);
      assert.deepEqual(await ids(`q=${encodeURIComponent('ginseng CANDY')}`), [a.id], 'names in any language, any case');
      assert.deepEqual(await ids(`q=${a.itemNo}`), [a.id]);
      assert.deepEqual(await ids(`itemNo=${b.itemNo}&orgId=${app.orgId.cheongja}`), [b.id]);
      assert.ok((await ids('q=6901234567892')).includes(b.id), 'by barcode');
      assert.deepEqual(await ids(`q=${brand}&orgId=${app.orgId.hanbit}`), []);
      const page1 = await search(`q=${brand}&limit=2`);
      assert.equal(page1.items.length, 2);
      assert.equal(page1.nextOffset, 2);
      const page2 = await search(`q=${brand}&limit=2&offset=2`);
      assert.equal(page2.items.length, 1);
      assert.equal(page2.nextOffset, null);
      assert.deepEqual([...page1.items, ...page2.items].map((i) => i.id).sort(), [a.id, b.id, c.id].sort());
      const bad = await app.inject({ method: 'GET', url: '/api/registry/products?hsCode=33a&lang=en', as: 'market.admin' });
      assert.equal(bad.statusCode, 400);
    });

    it('bulk filing over HTTP answers every row in the caller’s language, and the template round-trips', async () => {
      const template = await app.inject({ method: 'GET', url: '/api/registry/products/template?format=csv&lang=ru', as: 'cheongja.admin' });
      assert.equal(template.statusCode, 200);
      assert.match(String(template.headers['content-type']), /text\/csv/);
      const header = template.body.replace(/^\uFEFF/, '').trim();
      assert.ok(header.startsWith('Артикул *'), header);
      const fields = header.split(',');
      const row = (values: Record<string, string>) => fields.map((f) => values[f.replace(' *', '')] ?? '').join(',');
      const good = `HTTP-${target}-${++seq}`;
      const csv = [
        header,
        row({ Артикул: good, 'Код ТН ВЭД': '3304990099', 'Название на китайском': '面霜', 'Страна происхождения': 'KOR', 'Основная единица измерения': '035', 'Справочная цена': '99.9', Валюта: 'CNY' }),
        row({ Артикул: `${good}-x`, 'Код ТН ВЭД': '9301100000', 'Название на китайском': '火炮', 'Страна происхождения': 'RUS', 'Основная единица измерения': '035', 'Справочная цена': '1', Валюта: 'CNY' }),
      ].join('\r\n');
      const res = await app.inject({ method: 'POST', url: '/api/registry/products/import?lang=ru', as: 'cheongja.admin', headers: { 'content-type': 'text/csv' }, payload: csv });
      assert.equal(res.statusCode, 200, res.body);
      const result = res.json() as { total: number; ok: number; failed: number; rows: { row: number; ok: boolean; code: string; message: string; itemNo: string; id?: string }[] };
      assert.deepEqual([result.total, result.ok, result.failed], [2, 1, 1]);
      assert.equal(result.rows[0]!.row, 2);
      assert.ok(result.rows[0]!.ok && result.rows[0]!.id);
      assert.match(result.rows[0]!.message, /версия 1/);
      assert.deepEqual([result.rows[1]!.row, result.rows[1]!.code], [3, 'registry.hs_not_on_positive_list']);
      assert.match(result.rows[1]!.message, /перечень/);
      assert.equal((await get(result.rows[0]!.id!, 'cheongja.admin')).statusCode, 200);

      const xlsx = await app.inject({ method: 'GET', url: '/api/registry/products/template?format=xlsx&lang=ja', as: 'cheongja.admin' });
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString('latin1'), 'PK');

      const json = await app.inject({ method: 'POST', url: '/api/registry/products/import?lang=en', as: 'cheongja.admin', payload: { rows: [] } });
      assert.equal(json.statusCode, 415);
      const unknown = await app.inject({ method: 'POST', url: '/api/registry/products/import?lang=en', as: 'cheongja.admin', headers: { 'content-type': 'text/csv' }, payload: 'Colour,Item number\nred,1\n' });
      assert.equal(unknown.statusCode, 400);
      assert.equal((unknown.json() as ErrorBody).error.code, 'registry.import_unknown_column');
      assert.equal((await app.inject({ method: 'POST', url: '/api/registry/products/import', as: 'xianghe.admin', headers: { 'content-type': 'text/csv' }, payload: csv })).statusCode, 403);
      assert.equal((await app.inject({ method: 'POST', url: '/api/registry/products/import', headers: { 'content-type': 'text/csv' }, payload: csv })).statusCode, 401);
    });
  });
}
