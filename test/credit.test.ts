import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { supervisionRates } from '../src/modules/clearance';
import { evaluate, loadCreditLevels, recordFact, supervise } from '../src/modules/credit';
import { DEFAULT_MODEL } from '../src/modules/credit/model';
import { startTestApp, type TestApp } from './support/app';
import { buyer, declarationOf, flow, partyKeys, sendAll, type Keys } from './support/clearance';
import { dbTargets } from './support/db';

const DAY = 86_400_000;
const BASE_RATE = 0.05;

interface Profile {
  score: number;
  grade: string;
  facts: { factId: string | null; kind: string; reference: string | null; contribution: number; explanation: string; label: string }[];
  customsLevel: { regime: string; levelCode: string; basis: string } | null;
  supervision: { appliedLevel: string | null; inspectionFactor: number; inspectionRate: number };
  negativeList: { id: string; state: string; repair: { canApply: boolean; applyFrom: string | null } | null }[];
  advice: string[];
}

for (const target of dbTargets()) {
  describe(`credit [${target}]`, () => {
    let app: TestApp;
    let keys: Keys;
    const org = (k: string) => app.orgId[k]!;

    before(async () => {
      app = await startTestApp(target, { config: { TUMEN_INSPECTION_RATE: String(BASE_RATE) } });
      keys = await partyKeys(app);
    });
    after(async () => {
      await app.close();
    });

    async function me(as: string, lang = 'en'): Promise<Profile> {
      const res = await app.inject({ method: 'GET', url: `/api/credit/me?lang=${lang}`, as });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as Profile;
    }

    /** One import flow of Hanbit's, sent in full; its declaration as customs sees it. */
    async function declare(i: number, mutate?: (docs: ReturnType<typeof flow>['docs']) => void) {
      const { spec, docs } = flow(app, { buyer: buyer(i) });
      mutate?.(docs);
      await sendAll(app, keys, docs);
      const d = await declarationOf(app, spec.orderNo);
      assert.ok(d);
      return d as typeof d & { risk: { sample?: { rate: number; baseRate: number; factors: { inspection: number; basis: Record<string, unknown> } } } | null };
    }

    it('rejections become facts of the seller that lower its score, each named in the explanation with its contribution', async () => {
      const before = await me('hanbit.admin');
      const ids: string[] = [];
      for (const i of [20, 21]) {
        const d = await declare(i, (docs) => {
          docs.CEB411Message.Payment[0]!.PaymentHead.amountPaid = '1.00';
        });
        assert.equal(d.state, 'rejected');
        ids.push(d.id);
      }
      const after = await me('hanbit.admin');
      const rejections = after.facts.filter((f) => f.kind === 'declaration_rejected' && ids.includes(f.reference ?? ''));
      assert.equal(rejections.length, 2, 'one fact per rejected declaration, referring to it');
      for (const f of rejections) {
        assert.equal(f.contribution, -1.5, 'a fresh rejection costs its full 1.5 points');
        assert.match(f.explanation, /^Import declaration rejected \(2026-11-28\): -1\.5 points, 100% of its weight left, -1\.5 now$/);
      }
      assert.ok(Math.abs(after.score - (before.score - 3)) < 0.05, `score ${before.score} → ${after.score}`);
      assert.ok(after.advice.some((a) => a.includes('Import declaration rejected') && a.includes('180 days')), after.advice.join(' | '));
      // In the seller's language too.
      const zh = await me('hanbit.admin', 'zh-CN');
      assert.ok(zh.facts.some((f) => f.kind === 'declaration_rejected' && f.explanation.startsWith('进口申报被退单')));
      // Not charged to the other parties of the declaration (payment institution, broker).
      const chengquan = await me('chengquan.admin');
      assert.equal(chengquan.facts.filter((f) => f.kind === 'declaration_rejected').length, 0);
    });

    it('old facts fade with the half-life: a rejection half a year old weighs half', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/credit/facts', as: 'market.admin', payload: { orgId: org('guiwan'), kind: 'complaint', at: new Date(app.clock.now().getTime() - 180 * DAY).toISOString(), reference: '12315-2026-0001' } });
      assert.equal(res.statusCode, 201, res.body);
      // The complaint is risk information too: a risk fact of the enterprise, dated when it happened.
      const risk = await rows<{ kind: string; org_id: string; at: Date | string }>(app.ctx.db, sql`select kind, org_id, at from risk_facts where source = 'credit' and reference = ${(res.json() as { id: string }).id}`);
      assert.equal(risk.length, 1);
      assert.deepEqual([risk[0]!.kind, risk[0]!.org_id, new Date(risk[0]!.at).getTime()], ['complaint', org('guiwan'), app.clock.now().getTime() - 180 * DAY]);
      const d = await app.inject({ method: 'GET', url: `/api/credit/enterprises/${org('guiwan')}?lang=en`, as: 'customs.admin' });
      assert.equal(d.statusCode, 200, d.body);
      const complaint = (d.json() as Profile).facts.find((f) => f.reference === '12315-2026-0001')!;
      assert.equal(complaint.contribution, -1, 'a complaint (-2) after one half-life of 180 days');
      // Only the competent department records a kind of fact; the others are told why.
      const tax = await app.inject({ method: 'POST', url: '/api/credit/facts?lang=en', as: 'tax.admin', payload: { orgId: org('guiwan'), kind: 'complaint' } });
      assert.equal(tax.statusCode, 403);
      assert.match(tax.body, /credit\.fact_kind_not_competent/);
      const future = await app.inject({ method: 'POST', url: '/api/credit/facts', as: 'customs.admin', payload: { orgId: org('guiwan'), kind: 'penalty', at: '2027-01-01T00:00:00Z' } });
      assert.equal(future.statusCode, 400);
    });

    it('level factors follow the regime in force by date: 令第251号 until 2026-03-31, 令第282号 from 2026-04-01', async () => {
      const levels = await app.inject({ method: 'GET', url: '/api/credit/levels?at=2026-03-31T12:00:00%2B08:00&lang=en', as: 'cheongja.admin' });
      assert.equal(levels.statusCode, 200, levels.body);
      assert.equal((levels.json() as { regimeInForce: string }).regimeInForce, 'gacc251');
      const now = await app.inject({ method: 'GET', url: '/api/credit/levels', as: 'cheongja.admin' });
      const items = (now.json() as { regimeInForce: string; items: { regime: string; levelCode: string; inspectionFactor: number; inspectionFloor: number | null; status: string; names: Record<string, string> }[] }).items;
      assert.equal((now.json() as { regimeInForce: string }).regimeInForce, 'gacc282');
      assert.deepEqual(items.filter((l) => l.regime === 'gacc282').map((l) => l.levelCode), ['advanced_certified', 'certified', 'regular', 'dishonest', 'seriously_dishonest']);
      const adv251 = items.find((l) => l.regime === 'gacc251' && l.levelCode === 'advanced_certified')!;
      assert.equal(adv251.inspectionFactor, 0.2);
      assert.equal(adv251.status, 'unverified-recall');
      assert.equal(items.find((l) => l.regime === 'gacc251' && l.levelCode === 'dishonest')!.inspectionFloor, 0.8);
      assert.equal(items.find((l) => l.regime === 'gacc282' && l.levelCode === 'certified')!.status, 'zone-configured-unverified');
      assert.equal(adv251.names.ru, 'Предприятие высшей категории сертификации (УЭО)');

      // Customs decides songyao seriously dishonest under 251 (the serious list, floor 0.8); under 282 the level of the same code floors at 1.
      const decided = await app.inject({ method: 'POST', url: `/api/credit/enterprises/${org('songyao')}/levels`, as: 'customs.admin', payload: { levelCode: 'seriously_dishonest', validFrom: '2025-06-01T00:00:00+08:00', reason: 'test' } });
      assert.equal(decided.statusCode, 201, decided.body);
      assert.equal((decided.json() as { regime: string }).regime, 'gacc251');
      const lastDay251 = await supervise(app.ctx.db, app.ctx, org('songyao'), new Date('2026-03-31T15:59:59Z'));
      assert.equal(lastDay251.level?.level.regime, 'gacc251');
      assert.equal(lastDay251.level?.basis, 'decided');
      assert.equal(lastDay251.factors.inspection * BASE_RATE, 0.8);
      const firstDay282 = await supervise(app.ctx.db, app.ctx, org('songyao'), new Date('2026-03-31T16:00:00Z'));
      assert.equal(firstDay282.level?.level.regime, 'gacc282');
      assert.equal(firstDay282.level?.basis, 'carried_over');
      assert.equal(firstDay282.factors.inspection * BASE_RATE, 1);

      // An advanced certified enterprise: 0.2 of the base under both (grade B: factor 1).
      assert.equal((await app.inject({ method: 'POST', url: `/api/credit/enterprises/${org('lihuagu')}/levels`, as: 'customs.admin', payload: { levelCode: 'certified' } })).statusCode, 201);
      const certified = await supervise(app.ctx.db, app.ctx, org('lihuagu'), app.clock.now());
      assert.equal(certified.factors.inspection, 0.5);
      // A level that does not exist in the regime then in force is refused; so is a decision placed before a later one.
      const early = await app.inject({ method: 'POST', url: `/api/credit/enterprises/${org('lihuagu')}/levels`, as: 'customs.admin', payload: { levelCode: 'certified', validFrom: '2025-01-01T00:00:00+08:00' } });
      assert.equal(early.statusCode, 400);
      const order = await app.inject({ method: 'POST', url: `/api/credit/enterprises/${org('lihuagu')}/levels`, as: 'customs.admin', payload: { levelCode: 'regular', regime: 'gacc282', validFrom: '2026-05-01T00:00:00+08:00' } });
      assert.equal(order.statusCode, 409);

      // Customs sets the 282 values once known; a reload of the data file keeps them.
      const put = await app.inject({ method: 'PUT', url: '/api/credit/levels/gacc282/certified', as: 'customs.admin', payload: { inspectionFactor: 0.4, reviewFactor: 0.4, inspectionFloor: null, reviewFloor: null, note: 'test' } });
      assert.equal(put.statusCode, 200, put.body);
      assert.equal((put.json() as { status: string }).status, 'set_by_customs');
      await loadCreditLevels(app.ctx.db);
      assert.equal((await supervise(app.ctx.db, app.ctx, org('lihuagu'), app.clock.now())).factors.inspection, 0.4);
      const notCustoms = await app.inject({ method: 'PUT', url: '/api/credit/levels/gacc282/certified', as: 'zone.admin', payload: { inspectionFactor: 1, reviewFactor: 1, inspectionFloor: null, reviewFloor: null } });
      assert.equal(notCustoms.statusCode, 403);
    });

    it('a negative-listed enterprise’s declarations get the dishonest inspection floor; after repair they no longer do', async () => {
      // Before: Hanbit's declarations are drawn at the base rate times its grade's factor.
      const plain = await declare(30);
      const baseline = plain.risk!.sample!.rate;
      assert.ok(baseline < 0.2, `baseline ${baseline}`);
      assert.equal(plain.risk!.sample!.baseRate, BASE_RATE);

      // Customs lists Hanbit for taxes overdue, four months ago (repairable on application after three).
      const listed = await app.inject({
        method: 'POST',
        url: '/api/credit/negative-list?lang=en',
        as: 'customs.admin',
        payload: { orgId: org('hanbit'), cause: '2026年7月税款逾期未缴（测试）', causeKey: 'art22_tax_overdue', start: new Date(app.clock.now().getTime() - 120 * DAY).toISOString() },
      });
      assert.equal(listed.statusCode, 201, listed.body);
      const entryId = (listed.json() as { id: string }).id;

      const strict = await declare(31);
      assert.equal(strict.risk!.sample!.rate, 0.8, 'the 282 dishonest level’s floor of 80%');
      assert.equal(strict.risk!.sample!.factors.basis.appliedLevel, 'dishonest');
      await app.ctx.db.transaction(async (tx) => {
        const rates = await supervisionRates(tx, app.ctx, org('hanbit'));
        assert.equal(rates.inspection, 0.8);
      });
      const mine = await me('hanbit.admin');
      assert.equal(mine.grade, 'D', 'a listed enterprise is graded D at best');
      assert.equal(mine.supervision.appliedLevel, 'dishonest');
      const entry = mine.negativeList.find((e) => e.id === entryId)!;
      assert.equal(entry.repair?.canApply, true);
      assert.ok(mine.advice.some((a) => a.includes('apply for repair') && a.includes('proof that the taxes are paid')), mine.advice.join(' | '));

      // Another enterprise cannot apply for Hanbit; Hanbit applies with evidence; a second application waits.
      const foreign = await app.inject({ method: 'POST', url: `/api/credit/negative-list/${entryId}/repairs`, as: 'cheongja.admin', payload: { statement: 'x', documents: [{ name: 'x', reference: 'x' }] } });
      assert.equal(foreign.statusCode, 404);
      const applied = await app.inject({ method: 'POST', url: `/api/credit/negative-list/${entryId}/repairs`, as: 'hanbit.admin', payload: { statement: '税款及滞纳金已全部缴清', documents: [{ name: '完税证明', reference: 'TAX-PAID-2026-0001' }] } });
      assert.equal(applied.statusCode, 201, applied.body);
      const again = await app.inject({ method: 'POST', url: `/api/credit/negative-list/${entryId}/repairs`, as: 'hanbit.admin', payload: { statement: 'again', documents: [{ name: 'x', reference: 'x' }] } });
      assert.equal(again.statusCode, 409);
      const queue = await app.inject({ method: 'GET', url: '/api/credit/repairs?state=applied', as: 'customs.admin' });
      assert.ok((queue.json() as { items: { id: string }[] }).items.some((r) => r.id === (applied.json() as { id: string }).id));
      // Still strict until customs decides.
      assert.equal((await declare(32)).risk!.sample!.rate, 0.8);

      const decided = await app.inject({ method: 'POST', url: `/api/credit/repairs/${(applied.json() as { id: string }).id}/decision`, as: 'customs.admin', payload: { decision: 'approve', reason: '证明材料齐全' } });
      assert.equal(decided.statusCode, 200, decided.body);
      const after = await declare(33);
      assert.equal(after.risk!.sample!.rate, baseline, 'back to the rate before the listing');
      assert.notEqual(after.risk!.sample!.factors.basis.appliedLevel, 'dishonest');
      const repaired = await me('hanbit.admin');
      assert.notEqual(repaired.grade, 'D');
      assert.equal(repaired.negativeList.find((e) => e.id === entryId)!.state, 'repaired');
      // Looking back, the listing still stood on the day of the strict declaration.
      const past = await supervise(app.ctx.db, app.ctx, org('hanbit'), new Date(app.clock.now().getTime() - 1));
      assert.equal(past.applied?.levelCode, 'dishonest');
    });

    it('repair: too early, or a cause only the two-year route repairs, is refused; the automatic route repairs after two years without a case', async () => {
      const now = app.clock.now().getTime();
      const early = await app.inject({ method: 'POST', url: '/api/credit/negative-list', as: 'customs.admin', payload: { orgId: org('baiyan'), cause: '逾期缴纳罚款（测试）', causeKey: 'art22_fine_overdue', start: new Date(now - 10 * DAY).toISOString() } });
      assert.equal(early.statusCode, 201);
      const tooEarly = await app.inject({ method: 'POST', url: `/api/credit/negative-list/${(early.json() as { id: string }).id}/repairs?lang=en`, as: 'baiyan.admin', payload: { statement: 'x', documents: [{ name: 'x', reference: 'x' }] } });
      assert.equal(tooEarly.statusCode, 409);
      assert.match(tooEarly.body, /from 2027-02-/);

      const old = await app.inject({ method: 'POST', url: '/api/credit/negative-list', as: 'customs.admin', payload: { orgId: org('guiwan'), cause: '走私犯罪（测试）', causeKey: 'art22_smuggling_crime', start: new Date(now - 3 * 365 * DAY).toISOString(), disclosed: true } });
      assert.equal(old.statusCode, 201);
      const oldId = (old.json() as { id: string }).id;
      const automaticOnly = await app.inject({ method: 'POST', url: `/api/credit/negative-list/${oldId}/repairs`, as: 'guiwan.admin', payload: { statement: 'x', documents: [{ name: 'x', reference: 'x' }] } });
      assert.equal(automaticOnly.statusCode, 409);
      assert.match(automaticOnly.body, /credit\.repair_automatic_only/);

      // Another old listing, but with a penalty a year ago: its two years have not passed.
      const recent = await app.inject({ method: 'POST', url: '/api/credit/negative-list', as: 'customs.admin', payload: { orgId: org('kedr'), cause: '行贿（测试）', causeKey: 'art22_bribery', start: new Date(now - 3 * 365 * DAY).toISOString() } });
      const penalty = await app.inject({ method: 'POST', url: '/api/credit/facts', as: 'customs.admin', payload: { orgId: org('kedr'), kind: 'penalty', at: new Date(now - 365 * DAY).toISOString(), reference: '延关缉违字〔2025〕1号', disclosable: true } });
      assert.equal(penalty.statusCode, 201, penalty.body);

      const run = await app.inject({ method: 'POST', url: '/api/credit/negative-list/maintenance', as: 'customs.admin' });
      assert.equal(run.statusCode, 200, run.body);
      const done = run.json() as { repaired: string[]; expired: string[] };
      assert.ok(done.repaired.includes(oldId), 'three years without a case: repaired');
      assert.ok(!done.repaired.includes((recent.json() as { id: string }).id), 'a case a year ago: still listed');
      const repairs = await app.inject({ method: 'GET', url: '/api/credit/repairs?state=approved', as: 'customs.admin' });
      assert.ok((repairs.json() as { items: { entryId: string; decidedBy: string }[] }).items.some((r) => r.entryId === oldId && r.decidedBy === 'system:automatic'));
      // Idempotent.
      const second = (await app.inject({ method: 'POST', url: '/api/credit/negative-list/maintenance', as: 'customs.admin' })).json() as { repaired: string[] };
      assert.ok(!second.repaired.includes(oldId));
    });

    it('public disclosure shows only disclosed entries standing now: name, code, cause, start and end, without a login', async () => {
      const now = app.clock.now().getTime();
      const hidden = await app.inject({ method: 'POST', url: '/api/credit/negative-list', as: 'customs.admin', payload: { orgId: org('cheongja'), cause: '未公开的失信信息（测试）', causeKey: 'art22_other', start: new Date(now - DAY).toISOString(), disclosed: false } });
      assert.equal(hidden.statusCode, 201);
      const shown = await app.inject({ method: 'POST', url: '/api/credit/negative-list', as: 'customs.admin', payload: { orgId: org('songyao'), cause: '违反海关监管规定（测试）', causeKey: 'art22_supervision_violations', start: new Date(now - DAY).toISOString(), end: new Date(now + 365 * DAY).toISOString() } });
      assert.equal(shown.statusCode, 201);
      const ended = await app.inject({ method: 'POST', url: '/api/credit/negative-list', as: 'customs.admin', payload: { orgId: org('lihuagu'), cause: '已到期（测试）', causeKey: 'art22_other', start: new Date(now - 30 * DAY).toISOString(), end: new Date(now - DAY).toISOString() } });
      assert.equal(ended.statusCode, 201);

      const res = await app.inject({ method: 'GET', url: '/api/public/negative-list?lang=en' });
      assert.equal(res.statusCode, 200, res.body);
      const items = (res.json() as { items: Record<string, unknown>[] }).items;
      for (const i of items) assert.deepEqual(Object.keys(i).sort(), ['cause', 'code', 'end', 'name', 'start']);
      const names = items.map((i) => i.name);
      const nameOf = async (k: string) => ((await app.inject({ method: 'GET', url: `/api/orgs/${org(k)}`, as: 'customs.admin' })).json() as { nameZh: string }).nameZh;
      assert.ok(names.includes(await nameOf('songyao')), 'the disclosed entry');
      assert.ok(items.some((i) => String(i.cause).startsWith('Penalties for customs supervision violations') && String(i.cause).endsWith('违反海关监管规定（测试）')));
      assert.ok(!names.includes(await nameOf('cheongja')), 'not the undisclosed one');
      assert.ok(!names.includes(await nameOf('lihuagu')), 'not the ended one');
      assert.ok(!names.includes(await nameOf('hanbit')), 'not the repaired one');
      assert.ok(!names.includes(await nameOf('guiwan')), 'not the automatically repaired one');
      // Departments see the undisclosed entry; enterprises do not reach the department list.
      const dept = await app.inject({ method: 'GET', url: `/api/credit/negative-list?orgId=${org('cheongja')}`, as: 'commerce.admin' });
      assert.equal((dept.json() as { items: unknown[] }).items.length, 1);
      assert.equal((await app.inject({ method: 'GET', url: '/api/credit/negative-list', as: 'cheongja.admin' })).statusCode, 403);
      // The ended entry is marked expired by the maintenance pass.
      const run = (await app.inject({ method: 'POST', url: '/api/credit/negative-list/maintenance', as: 'customs.admin' })).json() as { expired: string[] };
      assert.ok(run.expired.includes((ended.json() as { id: string }).id));
    });

    it('a department sees the grades in its scope only; an enterprise only its own', async () => {
      const all = await app.inject({ method: 'GET', url: '/api/credit/enterprises?limit=200', as: 'customs.admin' });
      assert.equal(all.statusCode, 200, all.body);
      const ids = (all.json() as { items: { orgId: string; grade: string }[] }).items.map((i) => i.orgId);
      assert.ok(ids.includes(org('hanbit')) && ids.includes(org('xianghe')));
      const transport = await app.inject({ method: 'GET', url: '/api/credit/enterprises?limit=200', as: 'transport.admin' });
      const seen = (transport.json() as { items: { orgId: string }[] }).items.map((i) => i.orgId);
      assert.ok(seen.includes(org('xianghe')), 'a logistics enterprise');
      assert.ok(!seen.includes(org('cheongja')), 'not an e-commerce enterprise');
      assert.equal((await app.inject({ method: 'GET', url: `/api/credit/enterprises/${org('cheongja')}`, as: 'transport.admin' })).statusCode, 404);
      assert.equal((await app.inject({ method: 'GET', url: '/api/credit/enterprises', as: 'police.admin' })).statusCode, 403);
      assert.equal((await app.inject({ method: 'GET', url: '/api/credit/enterprises', as: 'hanbit.admin' })).statusCode, 403);
      const listed = await app.inject({ method: 'GET', url: '/api/credit/enterprises?listed=true&limit=200', as: 'customs.admin' });
      assert.ok((listed.json() as { items: { orgId: string; grade: string }[] }).items.every((i) => i.grade === 'D'));
    });

    it('releases counted per month are read from one row a day: the same count and fading as the facts one by one, without facts outside the window', async () => {
      const orgId = app.ctx.newId();
      const at = app.clock.now();
      const h = DEFAULT_MODEL.kinds.clean_release!.halfLifeDays! * DAY;
      const horizon = at.getTime() - DEFAULT_MODEL.horizonDays * DAY;
      const HOUR = 3_600_000;
      const times = [
        horizon - 2 * HOUR, // on the horizon's day, before it: outside
        horizon + 2 * HOUR,
        horizon + 10 * HOUR,
        ...[0, 3, 7, 11, 23.5].map((x) => at.getTime() - 40 * DAY + x * HOUR),
        ...[1, 5, 9].map((x) => at.getTime() - 10 * DAY + x * HOUR),
        at.getTime() - 3 * HOUR,
        at.getTime() - HOUR,
        at.getTime(),
        at.getTime() + HOUR, // after the evaluation: outside
      ];
      for (const t of times) await recordFact(app.ctx.db, app.ctx, { orgId, kind: 'clean_release', at: new Date(t), source: 'clearance', reference: null });
      const month = (t: number) => new Date(t + 8 * HOUR).toISOString().slice(0, 7);
      const expected = new Map<string, { count: number; decay: number }>();
      for (const t of times.filter((t) => t >= horizon && t <= at.getTime())) {
        const m = expected.get(month(t)) ?? { count: 0, decay: 0 };
        m.count += 1;
        m.decay += 0.5 ** ((at.getTime() - t) / h);
        expected.set(month(t), m);
      }
      const evaluation = await evaluate(app.ctx.db, orgId, at);
      const got = evaluation.contributions.filter((c) => c.kind === 'clean_release').sort((a, b) => a.reference!.localeCompare(b.reference!));
      assert.deepEqual(
        got.map((c) => [c.reference, c.count, c.weight]),
        [...expected].sort((a, b) => a[0].localeCompare(b[0])).map(([m, e]) => [m, e.count, Math.round((e.decay / e.count) * 10_000) / 10_000]),
      );
      assert.equal(got.reduce((n, c) => n + c.count, 0), times.length - 2);
      // Evaluated in the middle of today, today's later facts are left out too.
      const earlier = await evaluate(app.ctx.db, orgId, new Date(at.getTime() - 2 * HOUR));
      assert.equal(earlier.contributions.find((c) => c.reference === month(at.getTime()))?.count, 3 + 1, 'the three of 10 days ago, and today the one 3 hours before');
    });

    it('a new model version applies from its effective time only', async () => {
      const models = (await app.inject({ method: 'GET', url: '/api/credit/models', as: 'zone.admin' })).json() as { inForce: number; items: { version: number; model: Record<string, unknown> }[] };
      assert.equal(models.inForce, 1);
      const model = { ...models.items[0]!.model, baseScore: 70 };
      const past = await app.inject({ method: 'POST', url: '/api/credit/models', as: 'zone.admin', payload: { effectiveFrom: '2026-01-01T00:00:00Z', model } });
      assert.equal(past.statusCode, 400);
      const from = new Date(app.clock.now().getTime() + DAY);
      const added = await app.inject({ method: 'POST', url: '/api/credit/models', as: 'zone.admin', payload: { effectiveFrom: from.toISOString(), model } });
      assert.equal(added.statusCode, 201, added.body);
      const today = await supervise(app.ctx.db, app.ctx, org('baiyan'), app.clock.now());
      const tomorrow = await supervise(app.ctx.db, app.ctx, org('baiyan'), new Date(from.getTime() + 1));
      assert.equal(today.evaluation.modelVersion, 1);
      assert.equal(tomorrow.evaluation.modelVersion, 2);
      assert.equal(Math.round((today.evaluation.score - tomorrow.evaluation.score) * 100) / 100, 10);
      const bad = await app.inject({ method: 'POST', url: '/api/credit/models', as: 'zone.admin', payload: { effectiveFrom: from.toISOString(), model: { ...model, grades: { A: 50, B: 60, C: 70 } } } });
      assert.equal(bad.statusCode, 400);
    });
  });
}
