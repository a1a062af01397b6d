import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordRiskFact } from '../src/modules/risk';
import { startTestApp, type TestApp } from './support/app';
import { buyer, declarationOf, flow, GINSENG, LAVER, partyKeys, sendAll, type Keys } from './support/clearance';
import { dbTargets } from './support/db';
import { arrive, CRAB, exportFlow, exportKeys, exportOf, GINSENG_ROOT, PEAR, sendExport } from './support/export';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Holds declarations with a line of red ginseng concentrate; its explanation names the lines. */
const ginsengRule = (code: string, effectiveFrom: Date) => ({
  code,
  department: 'customs',
  definition: { combine: 'all', conditions: [{ field: 'items[].itemNo', op: 'eq', value: GINSENG.itemNo }] },
  action: 'hold',
  score: 0,
  explanation: {
    'zh-CN': '红参制品（第 {lines} 项）需人工核查',
    ko: '홍삼 제품(제 {lines} 항목) 수동 검사 필요',
    ja: '紅参製品（第 {lines} 項）は手動確認が必要',
    ru: 'Продукция из красного женьшеня (строки {lines}) требует ручной проверки',
    en: 'Red ginseng goods (lines {lines}) need a manual check',
  },
  effectiveFrom: effectiveFrom.toISOString(),
});

interface Reason {
  rule: string;
  detail: Record<string, unknown>;
}
type Declared = { id: string; state: string; risk: { decision: string; reasons: Reason[] } | null };

for (const target of dbTargets()) {
  describe(`risk rules, back-tests and alerts [${target}]`, () => {
    let app: TestApp;
    let keys: Keys;
    let serial = 100;

    before(async () => {
      app = await startTestApp(target);
      keys = await partyKeys(app);
    });
    after(async () => {
      await app.close();
    });

    /** One complete import by a fresh buyer at a fresh address; the declaration as customs sees it. */
    async function declare(lines = [LAVER], who = buyer(serial++)): Promise<Declared> {
      const { spec, docs } = flow(app, { buyer: who, lines, address: `吉林省延边朝鲜族自治州延吉市测试街 ${serial} 号` });
      await sendAll(app, keys, docs);
      const d = await declarationOf(app, spec.orderNo);
      assert.ok(d, spec.orderNo);
      return d as unknown as Declared;
    }
    const fired = (d: Declared, code: string) => d.risk?.reasons.filter((r) => r.rule === code) ?? [];

    it('a rule created and edited in the API decides only from its effective time; each decision names the versions that fired', async () => {
      const t0 = app.clock.now();
      // The past cannot be rewritten.
      const retro = await app.inject({ method: 'POST', url: '/api/risk/rules?lang=en', as: 'customs.admin', payload: ginsengRule('ginseng_hold', new Date(t0.getTime() - DAY)) });
      assert.equal(retro.statusCode, 400, retro.body);
      assert.match(retro.body, /risk\.rule_not_retroactive/);

      const created = await app.inject({ method: 'POST', url: '/api/risk/rules', as: 'customs.admin', payload: ginsengRule('ginseng_hold', new Date(t0.getTime() + HOUR)) });
      assert.equal(created.statusCode, 201, created.body);
      const scheduled = (await app.inject({ method: 'GET', url: '/api/risk/rules/ginseng_hold', as: 'customs.admin' })).json() as { status: string; inForce: number | null; next: number | null };
      assert.deepEqual([scheduled.status, scheduled.inForce, scheduled.next], ['scheduled', null, 1]);
      // Other departments' rules are theirs: forex cannot edit a customs rule; an enterprise cannot read rules.
      assert.equal((await app.inject({ method: 'GET', url: '/api/risk/rules', as: 'hanbit.admin' })).statusCode, 403);

      const beforeEffect = await declare([LAVER, GINSENG]);
      assert.equal(fired(beforeEffect, 'ginseng_hold').length, 0, 'scheduled, not yet in force');
      assert.notEqual(beforeEffect.state, 'review');

      app.clock.advance(HOUR + 1000);
      const held = await declare([LAVER, GINSENG]);
      assert.equal(held.state, 'review', 'held: waits in the review queue');
      assert.equal(held.risk?.decision, 'hold');
      assert.equal(fired(held, 'ginseng_hold')[0]?.detail.version, 1);
      const noGinseng = await declare([LAVER]);
      assert.equal(fired(noGinseng, 'ginseng_hold').length, 0, 'a declaration without the item is not hit');

      // The decision record names the rule version and renders its explanation in the reader's language.
      const decisions = await app.inject({ method: 'GET', url: `/api/risk/declarations/${held.id}/decisions?lang=en`, as: 'customs.admin' });
      assert.equal(decisions.statusCode, 200, decisions.body);
      const record = (decisions.json() as { items: { action: string; fired: { rule?: string; version?: number; explanation: string }[] }[] }).items[0]!;
      assert.equal(record.action, 'hold');
      const hit = record.fired.find((f) => f.rule === 'ginseng_hold')!;
      assert.equal(hit.version, 1);
      assert.equal(hit.explanation, 'Red ginseng goods (lines 2) need a manual check');

      // Version 2 only scores, from an hour on: until then version 1 still holds.
      const v2 = await app.inject({
        method: 'POST',
        url: '/api/risk/rules/ginseng_hold/versions',
        as: 'customs.admin',
        payload: { ...ginsengRule('x', new Date(app.clock.now().getTime() + HOUR)), code: undefined, department: undefined, action: 'score', score: 10 },
      });
      assert.equal(v2.statusCode, 201, v2.body);
      const stillV1 = await declare([GINSENG]);
      assert.equal(stillV1.risk?.decision, 'hold');
      assert.equal(fired(stillV1, 'ginseng_hold')[0]?.detail.version, 1);
      app.clock.advance(HOUR + 1000);
      const scored = await declare([GINSENG]);
      assert.equal(fired(scored, 'ginseng_hold')[0]?.detail.version, 2);
      assert.equal(fired(scored, 'ginseng_hold')[0]?.detail.action, 'score');
      assert.notEqual(scored.state, 'review', 'a score of 10 stays below the review threshold');

      const detail = (await app.inject({ method: 'GET', url: '/api/risk/rules/ginseng_hold', as: 'zone.admin' })).json() as { status: string; inForce: number; versions: { version: number; effectiveFrom: string; effectiveTo: string | null }[] };
      assert.equal(detail.status, 'active');
      assert.equal(detail.inForce, 2);
      assert.equal(detail.versions[0]!.effectiveTo, detail.versions[1]!.effectiveFrom, 'version 1 ends where version 2 begins');
      assert.equal(detail.versions[1]!.effectiveTo, null);
      const forexEdit = await app.inject({ method: 'POST', url: '/api/risk/rules/ginseng_hold/versions', as: 'forex.admin', payload: { ...ginsengRule('x', app.clock.now()), code: undefined, department: undefined } });
      assert.equal(forexEdit.statusCode, 403, forexEdit.body);

      // Retired from now: no version applies any more.
      const retired = await app.inject({ method: 'POST', url: '/api/risk/rules/ginseng_hold/retire', as: 'customs.admin', payload: { reason: 'test' } });
      assert.equal(retired.statusCode, 200, retired.body);
      assert.equal(fired(await declare([GINSENG]), 'ginseng_hold').length, 0);
    });

    it('the back-test counts the past documents a draft would have hit, with aggregates as of each document', async () => {
      // A day of its own: five declarations, a minute apart; three carry ginseng; one buyer declares twice.
      app.clock.advance(DAY);
      const from = app.clock.now();
      const repeat = buyer(7);
      const made: Declared[] = [];
      for (const [lines, who] of [
        [[GINSENG], repeat],
        [[LAVER], buyer(serial++)],
        [[LAVER, GINSENG], buyer(serial++)],
        [[LAVER], repeat],
        [[GINSENG], buyer(serial++)],
      ] as const) {
        made.push(await declare([...lines], who));
        app.clock.advance(60_000);
      }
      assert.ok(made.every((d) => d.state !== 'waiting' && d.state !== 'rejected'), made.map((d) => d.state).join());
      const to = app.clock.now();
      const window = { from: from.toISOString(), to: to.toISOString() };

      const items = await app.inject({ method: 'POST', url: '/api/risk/backtest', as: 'customs.admin', payload: { ...window, definition: { combine: 'all', conditions: [{ field: 'items[].itemNo', op: 'eq', value: GINSENG.itemNo }] } } });
      assert.equal(items.statusCode, 200, items.body);
      const r1 = items.json() as { documents: number; hits: number; share: number; truncated: boolean; sample: { orderNo: string }[] };
      assert.deepEqual([r1.documents, r1.hits, r1.share, r1.truncated], [5, 3, 0.6, false]);
      assert.equal(r1.sample.length, 3);

      // An aggregate is taken as of each document: the repeat buyer's first declaration saw one, its second two.
      const aggregate = { aggregate: { fn: 'count', kinds: ['inventory'], by: 'buyerId', window: { hours: 24 } }, op: 'gte', value: 2, as: 'n' };
      const agg = await app.inject({ method: 'POST', url: '/api/risk/backtest', as: 'forex.admin', payload: { ...window, definition: { combine: 'all', conditions: [aggregate] } } });
      assert.equal(agg.statusCode, 200, agg.body);
      const r2 = agg.json() as { documents: number; hits: number; sample: { params: Record<string, unknown> }[] };
      assert.deepEqual([r2.documents, r2.hits], [5, 1]);
      assert.equal(r2.sample[0]!.params.n, 2);

      // A rule's own back-test (its latest version) over the same window; a window of more than a year is refused.
      const own = await app.inject({ method: 'POST', url: '/api/risk/rules/ginseng_hold/backtest', as: 'customs.admin', payload: window });
      assert.equal(own.statusCode, 200, own.body);
      assert.deepEqual([(own.json() as { hits: number }).hits, (own.json() as { version: number }).version], [3, 2]);
      const long = await app.inject({ method: 'POST', url: '/api/risk/backtest?lang=en', as: 'customs.admin', payload: { from: '2024-01-01T00:00:00Z', to: to.toISOString(), definition: { combine: 'all', conditions: [{ field: 'amount', op: 'gt', value: '1' }] } } });
      assert.equal(long.statusCode, 400, long.body);
      assert.equal((await app.inject({ method: 'POST', url: '/api/risk/backtest', as: 'hanbit.admin', payload: { ...window, definition: { combine: 'all', conditions: [{ field: 'amount', op: 'gt', value: '1' }] } } })).statusCode, 403);
    });

    it('alerts go to the rule’s department, which disposes of them and reviews them; reviews feed the hit statistics per version', async () => {
      const list = await app.inject({ method: 'GET', url: '/api/risk/alerts?ruleCode=ginseng_hold&lang=en&limit=200', as: 'customs.admin' });
      assert.equal(list.statusCode, 200, list.body);
      const alerts = (list.json() as { items: { id: string; state: string; department: string; rule: { version: number }; explanation: string }[] }).items;
      const v1 = alerts.filter((a) => a.rule.version === 1);
      const v2 = alerts.filter((a) => a.rule.version === 2);
      assert.equal(v1.length, 2, 'version 1 fired twice (the held declaration and the one before version 2)');
      assert.equal(v2.length, 1, 'version 2 fired once before the rule was retired');
      assert.ok(alerts.every((a) => a.department === 'customs' && a.state === 'open'));
      assert.match(v1[0]!.explanation, /^Red ginseng goods \(lines \d+\) need a manual check$/);

      // Out of forex's queue and scope; enterprises have no queue.
      assert.equal((await app.inject({ method: 'GET', url: `/api/risk/alerts/${v1[0]!.id}`, as: 'forex.admin' })).statusCode, 404);
      assert.equal((await app.inject({ method: 'GET', url: '/api/risk/alerts', as: 'hanbit.admin' })).statusCode, 403);
      assert.equal((await app.inject({ method: 'GET', url: `/api/risk/alerts/${v1[0]!.id}`, as: 'zone.admin' })).statusCode, 200, 'the zone office reads every queue');

      // Review waits for a disposal; a disposal is given once, with who and why.
      const early = await app.inject({ method: 'POST', url: `/api/risk/alerts/${v1[0]!.id}/review`, as: 'customs.admin', payload: { outcome: 'confirmed', reason: 'x' } });
      assert.equal(early.statusCode, 409, early.body);
      const held = await app.inject({ method: 'POST', url: `/api/risk/alerts/${v1[0]!.id}/disposal`, as: 'customs.admin', payload: { action: 'hold', reason: '待核实红参来源证明' } });
      assert.equal(held.statusCode, 200, held.body);
      assert.equal((held.json() as { state: string; disposedBy: string }).state, 'disposed');
      assert.equal((held.json() as { disposedBy: string }).disposedBy, 'customs.admin');
      assert.equal((await app.inject({ method: 'POST', url: `/api/risk/alerts/${v1[0]!.id}/disposal`, as: 'customs.admin', payload: { action: 'release', reason: 'again' } })).statusCode, 409);
      const confirmed = await app.inject({ method: 'POST', url: `/api/risk/alerts/${v1[0]!.id}/review`, as: 'customs.admin', payload: { outcome: 'confirmed', reason: '来源证明缺失，查验属实' } });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal((confirmed.json() as { state: string }).state, 'reviewed');

      // The second hit of version 1: released, then found a false positive.
      await app.inject({ method: 'POST', url: `/api/risk/alerts/${v1[1]!.id}/disposal`, as: 'customs.admin', payload: { action: 'release', reason: '资料齐全' } });
      await app.inject({ method: 'POST', url: `/api/risk/alerts/${v1[1]!.id}/review`, as: 'customs.admin', payload: { outcome: 'false_positive', reason: '正常商品' } });
      // Version 2's hit is reported to market supervision, which gets an alert of its own pointing back.
      const noTo = await app.inject({ method: 'POST', url: `/api/risk/alerts/${v2[0]!.id}/disposal?lang=en`, as: 'customs.admin', payload: { action: 'report', reason: '疑似质量问题' } });
      assert.equal(noTo.statusCode, 400, noTo.body);
      const reported = await app.inject({ method: 'POST', url: `/api/risk/alerts/${v2[0]!.id}/disposal`, as: 'customs.admin', payload: { action: 'report', reason: '疑似质量问题', to: 'market_supervision' } });
      assert.equal(reported.statusCode, 200, reported.body);
      const market = (await app.inject({ method: 'GET', url: '/api/risk/alerts', as: 'market.admin' })).json() as { items: { subject: Record<string, unknown>; state: string }[] };
      assert.ok(market.items.some((a) => a.subject.reportedFrom === v2[0]!.id && a.state === 'open'));

      const stats = await app.inject({ method: 'GET', url: '/api/risk/rules/ginseng_hold/stats', as: 'customs.admin' });
      assert.equal(stats.statusCode, 200, stats.body);
      const s = stats.json() as { total: Record<string, number | null>; versions: (Record<string, number | null> & { version: number })[] };
      assert.deepEqual([s.total.alerts, s.total.reviewed, s.total.confirmed, s.total.falsePositives, s.total.precision], [3, 2, 1, 1, 0.5]);
      const perVersion = Object.fromEntries(s.versions.map((v) => [v.version, [v.alerts, v.disposed, v.reviewed, v.precision]]));
      assert.deepEqual(perVersion, { 1: [2, 0, 2, 0.5], 2: [1, 1, 0, null] });
    });
    it('a recall recorded by market supervision holds declarations of the goods from its start; an ended one no longer does', async () => {
      const now = app.clock.now();
      const ended = await app.inject({ method: 'POST', url: '/api/risk/recalls', as: 'market.admin', payload: { itemNo: LAVER.itemNo, reason: '已结束的召回（测试）', source: '国家市场监督管理总局（测试）', validFrom: new Date(now.getTime() - 10 * DAY).toISOString(), validTo: new Date(now.getTime() - DAY).toISOString() } });
      assert.equal(ended.statusCode, 201, ended.body);
      const recall = await app.inject({ method: 'POST', url: '/api/risk/recalls', as: 'market.admin', payload: { gcode: GINSENG.gcode, itemNo: GINSENG.itemNo, reason: '批次微生物超标召回（测试）', source: '国家市场监督管理总局缺陷产品召回公告（测试）' } });
      assert.equal(recall.statusCode, 201, recall.body);
      const none = await app.inject({ method: 'POST', url: '/api/risk/recalls?lang=en', as: 'customs.admin', payload: { reason: 'x', source: 'y' } });
      assert.equal(none.statusCode, 400);
      assert.match(none.body, /A recall must name a commodity code/);
      assert.equal((await app.inject({ method: 'POST', url: '/api/risk/recalls', as: 'tax.admin', payload: { itemNo: 'X', reason: 'x', source: 'y' } })).statusCode, 403);
      const current = (await app.inject({ method: 'GET', url: '/api/risk/recalls?current=true', as: 'customs.admin' })).json() as { items: { id: string }[] };
      assert.deepEqual(current.items.map((r) => r.id), [(recall.json() as { id: string }).id]);

      const held = await declare([LAVER, GINSENG]);
      assert.equal(held.state, 'review');
      assert.equal(held.risk?.decision, 'hold');
      assert.ok(fired(held, 'detector:recalled_or_infringing').length === 1, JSON.stringify(held.risk));
      const laverOnly = await declare([LAVER]);
      assert.equal(fired(laverOnly, 'detector:recalled_or_infringing').length, 0, 'the laver recall has ended');

      const brand = await app.inject({ method: 'PUT', url: '/api/risk/brands', as: 'market.admin', payload: { brand: '正官庄', owner: '韩国人参公社（测试）', authorised: ['2224960AAA'], registrationNo: 'TM-TEST-1' } });
      assert.equal(brand.statusCode, 200, brand.body);
      const again = await app.inject({ method: 'PUT', url: '/api/risk/brands', as: 'customs.admin', payload: { brand: '正官庄', owner: '韩国人参公社（测试）', authorised: ['2224960AAA', '2224960BBB'] } });
      assert.deepEqual((again.json() as { authorised: string[] }).authorised, ['2224960AAA', '2224960BBB']);
      const brands = (await app.inject({ method: 'GET', url: '/api/risk/brands', as: 'zone.admin' })).json() as { items: { brand: string }[] };
      assert.equal(brands.items.filter((b) => b.brand === '正官庄').length, 1, 'one registration per brand');
    });
    it('the sweep raises one alert to forex per collection with no released export after its grace period; a released one and a young one are not hit', async () => {
      const now = app.clock.now();
      const ago = (days: number) => new Date(now.getTime() - days * DAY);
      const fact = (kind: string, orderNo: string, at: Date) =>
        recordRiskFact(app.ctx.db, app.ctx, { environment: 'production', at, source: 'export', kind, reference: orderNo, ebcCode: '2224960AAA', orderNo, amount: '8800.00', payload: { currency: 'CNY' } });
      await fact('collection', 'SWEEP-FAKE-1', ago(45)); // no export behind it: hit
      await fact('collection', 'SWEEP-REAL-1', ago(45));
      await fact('export_release', 'SWEEP-REAL-1', ago(40)); // released within the grace period: no hit
      await fact('collection', 'SWEEP-YOUNG-1', ago(10)); // still within its grace period: not judged yet
      const window = { from: ago(60).toISOString(), to: now.toISOString() };

      const first = await app.inject({ method: 'POST', url: '/api/risk/sweeps', as: 'forex.admin', payload: window });
      assert.equal(first.statusCode, 200, first.body);
      const r1 = first.json() as { detectors: { name: string; hits: number; raised: number }[]; alertIds: string[] };
      assert.deepEqual(r1.detectors, [{ name: 'collection_without_export', hits: 1, raised: 1 }]);
      const alert = (await app.inject({ method: 'GET', url: `/api/risk/alerts/${r1.alertIds[0]}?lang=en`, as: 'forex.admin' })).json() as { department: string; detector: string; subject: Record<string, string>; explanation: string };
      assert.deepEqual([alert.department, alert.detector, alert.subject.orderNo], ['forex', 'collection_without_export', 'SWEEP-FAKE-1']);
      assert.match(alert.explanation, /SWEEP-FAKE-1/);
      // Once: a second sweep over an overlapping window raises nothing new.
      const second = (await app.inject({ method: 'POST', url: '/api/risk/sweeps', as: 'customs.admin', payload: { from: ago(90).toISOString(), to: now.toISOString() } })).json() as { detectors: { hits: number; raised: number }[] };
      assert.deepEqual([second.detectors[0]!.hits, second.detectors[0]!.raised], [1, 0]);
      // When the young collection's grace period has passed without an export, it is hit in its turn.
      app.clock.advance(25 * DAY);
      const later = (await app.inject({ method: 'POST', url: '/api/risk/sweeps', as: 'forex.admin', payload: { from: ago(60).toISOString(), to: app.clock.now().toISOString() } })).json() as { detectors: { hits: number; raised: number }[] };
      assert.deepEqual([later.detectors[0]!.hits, later.detectors[0]!.raised], [2, 1]);
      assert.equal((await app.inject({ method: 'POST', url: '/api/risk/sweeps', as: 'tax.admin', payload: window })).statusCode, 403);
    });
    it('rules reach export lists too: a hold sends the list to inspection on arrival, a reject refuses it, and a rule for exports leaves imports alone', async () => {
      const ekeys = await exportKeys(app);
      const texts = (what: string) => ({ 'zh-CN': `出口${what}（测试）`, ko: `수출 ${what} (시험)`, ja: `輸出${what}（テスト）`, ru: `Экспорт: ${what} (тест)`, en: `Export ${what} (test)` });
      const rule = (code: string, itemNo: string, action: string) => ({ code, department: 'customs', definition: { combine: 'all', conditions: [{ field: 'flow', op: 'eq', value: 'export' }, { field: 'items[].itemNo', op: 'eq', value: itemNo }] }, action, score: 0, explanation: texts(code) });
      assert.equal((await app.inject({ method: 'POST', url: '/api/risk/rules', as: 'customs.admin', payload: rule('export_root_hold', GINSENG_ROOT.itemNo, 'hold') })).statusCode, 201);
      assert.equal((await app.inject({ method: 'POST', url: '/api/risk/rules', as: 'customs.admin', payload: rule('export_crab_reject', CRAB.itemNo, 'reject') })).statusCode, 201);
      const decisions = async (id: string) => ((await app.inject({ method: 'GET', url: `/api/risk/declarations/${id}/decisions`, as: 'customs.admin' })).json() as { items: { flow: string; action: string; fired: { rule?: string }[] }[] }).items;

      const held = exportFlow(app, { lines: [GINSENG_ROOT, PEAR] });
      await sendExport(app, ekeys, held.docs);
      await arrive(app, ekeys, [held.spec.logisticsNo]);
      const h = await exportOf(app, held.spec.orderNo);
      assert.equal(h.state, 'inspection', 'held by the rule: inspected whatever the draw');
      const [hd] = await decisions(h.id);
      assert.deepEqual([hd?.flow, hd?.action], ['export', 'hold']);
      assert.ok(hd!.fired.some((f) => f.rule === 'export_root_hold'));

      const plain = exportFlow(app, { lines: [PEAR] });
      await sendExport(app, ekeys, plain.docs);
      const p = await exportOf(app, plain.spec.orderNo);
      assert.deepEqual((await decisions(p.id)).map((d) => d.action), ['release'], 'a near miss: no line of the item');

      const refused = exportFlow(app, { lines: [CRAB] });
      await sendExport(app, ekeys, refused.docs);
      const r = await exportOf(app, refused.spec.orderNo);
      assert.equal(r.state, 'rejected');
      assert.ok(r.problems?.some((x) => x.code === 'exp.risk_rejected' && String(x.params?.rules).includes('export_crab_reject')), JSON.stringify(r.problems));

      // The flow condition keeps an export rule off imports, even of an item with the same number.
      assert.equal((await app.inject({ method: 'POST', url: '/api/risk/rules', as: 'customs.admin', payload: rule('export_laver_hold', LAVER.itemNo, 'hold') })).statusCode, 201);
      const imported = await declare([LAVER]);
      assert.equal(fired(imported, 'export_laver_hold').length, 0);
      assert.notEqual(imported.risk?.decision, 'hold');
    });
  });
}
