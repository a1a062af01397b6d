import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ORGS, makeUscc } from '../src/modules/identity';
import { requireEffectiveEnterpriseFiling } from '../src/modules/registry';
import { startTestApp, type TestApp } from './support/app';
import { dbTargets } from './support/db';

type Detail = { id: string; status: string; version: number; reviews: { reviewer: string; decision: string | null }[]; history: { event: string; to: string }[] };

let n = 0;
for (const target of dbTargets()) {
  describe(`enterprise filing [${target}]`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(target);
    });
    after(() => app.close());

    /** A new enterprise, registered and activated, with its admin's token. */
    async function newEnterprise(roles: string[] = ['ebc', 'payment']) {
      n++;
      const uscc = makeUscc(`91222401EF${String(n).padStart(3, '0')}${String(process.pid % 10000).padStart(4, '0')}`);
      const username = `ef${n}.${process.pid}`;
      const reg = await app.server.inject({
        method: 'POST',
        url: '/api/registrations',
        payload: {
          organisation: { uscc, nameZh: `延吉备案测试${n}有限公司`, roles, address: '延吉市', contactName: '李测试', contactPhone: '0433-0000003' },
          admin: { username, displayName: '李测试', password: 'a long enough password' },
        },
      });
      assert.equal(reg.statusCode, 201, reg.body);
      const orgId = (reg.json() as { organisation: { id: string } }).organisation.id;
      const login = await app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'a long enough password' } });
      return { uscc, orgId, token: (login.json() as { token: string }).token, roles };
    }

    const filingBody = (roles: string[], extra: Record<string, unknown> = {}) => ({
      nameZh: '延吉备案测试有限公司',
      names: { en: 'Yanji Filing Test Co., Ltd.', ko: '연길 신고 시험 유한회사', ru: 'ООО «Тест регистрации Яньцзи»' },
      legalRepresentative: '李法人',
      address: '吉林省延边朝鲜族自治州延吉市人民路1号',
      roles,
      qualifications: roles.includes('payment') ? [{ kind: 'payment_licence', number: 'Z2024220000011', issuer: '中国人民银行' }] : [],
      contacts: [{ name: '李联系', phone: '0433-1234567', email: 'contact@example.cn' }],
      ...extra,
    });

    const submit = (e: { token: string }, body: object) =>
      app.server.inject({ method: 'POST', url: '/api/registry/enterprise-filings?lang=en', headers: { authorization: `Bearer ${e.token}` }, payload: body });
    const review = (id: string, as: string, decision: 'approved' | 'rejected', reason?: string) =>
      app.inject({ method: 'POST', url: `/api/registry/enterprise-filings/${id}/reviews?lang=en`, as, payload: { decision, ...(reason ? { reason } : {}) } });
    const move = (id: string, event: string, headers: Record<string, string>) =>
      app.server.inject({ method: 'POST', url: `/api/registry/enterprise-filings/${id}/${event}?lang=en`, headers, payload: {} });
    const asUser = async (username: string) => ({ authorization: `Bearer ${await app.tokenFor(username)}` });

    it('demo enterprises start with effective filings', async () => {
      const filing = await requireEffectiveEnterpriseFiling(app.ctx.db, app.orgId.hanbit!, ['ebp']);
      assert.equal(filing.status, 'effective');
      const list = await app.inject({ method: 'GET', url: '/api/registry/enterprise-filings?status=effective&limit=500', as: 'customs.admin' });
      assert.equal((list.json() as { items: unknown[] }).items.length, DEMO_ORGS.filter((o) => o.kind === 'enterprise').length);
    });

    it('submit → reviews by every competent department → effective → change → superseded → suspend → reinstate → cancel', async () => {
      const e = await newEnterprise();
      const v1 = await submit(e, filingBody(['ebc', 'payment']));
      assert.equal(v1.statusCode, 201, v1.body);
      const id1 = (v1.json() as { id: string }).id;
      let detail = (await app.inject({ method: 'GET', url: `/api/registry/enterprise-filings/${id1}`, as: 'customs.admin' })).json() as Detail;
      assert.deepEqual(detail.reviews.map((r) => r.reviewer), ['customs', 'forex']);

      const queue = await app.inject({ method: 'GET', url: '/api/registry/enterprise-filings?queue=mine', as: 'forex.admin' });
      assert.ok((queue.json() as { items: { id: string }[] }).items.some((i) => i.id === id1), 'in the forex review queue');

      const notMine = await review(id1, 'tax.admin', 'approved');
      assert.equal(notMine.statusCode, 403, 'tax is not a competent reviewer');
      assert.equal((await review(id1, 'customs.admin', 'approved')).statusCode, 200);
      assert.equal((await review(id1, 'customs.admin', 'approved')).statusCode, 403, 'a review is decided once');
      await assert.rejects(requireEffectiveEnterpriseFiling(app.ctx.db, e.orgId, ['ebc']), /enterprise_not_filed/);
      detail = (await review(id1, 'forex.admin', 'approved')).json() as Detail;
      assert.equal(detail.status, 'effective');
      await requireEffectiveEnterpriseFiling(app.ctx.db, e.orgId, ['payment']);
      await assert.rejects(requireEffectiveEnterpriseFiling(app.ctx.db, e.orgId, ['logistics']), /enterprise_role_not_filed/);

      // A change: a new version, reviewed again; the old one stays in force until it is approved.
      const v2 = await submit(e, filingBody(['ebc', 'payment'], { address: '吉林省延边朝鲜族自治州延吉市新址2号' }));
      assert.equal(v2.statusCode, 201, v2.body);
      const id2 = (v2.json() as { id: string; version: number }).id;
      assert.equal((v2.json() as { version: number }).version, 2);
      assert.equal((await submit(e, filingBody(['ebc', 'payment']))).statusCode, 409, 'one version under review at a time');
      await review(id2, 'customs.admin', 'approved');
      await review(id2, 'forex.admin', 'approved');
      const old = (await app.inject({ method: 'GET', url: `/api/registry/enterprise-filings/${id1}`, as: 'customs.admin' })).json() as Detail;
      assert.equal(old.status, 'superseded');

      const owner = { authorization: `Bearer ${e.token}` };
      assert.equal((await move(id2, 'suspend', owner)).statusCode, 403, 'the owner cannot suspend itself');
      assert.equal((await move(id2, 'suspend', await asUser('market.admin'))).statusCode, 403, 'market supervision is not competent for these roles');
      assert.equal(((await move(id2, 'suspend', await asUser('customs.admin'))).json() as Detail).status, 'suspended');
      await assert.rejects(requireEffectiveEnterpriseFiling(app.ctx.db, e.orgId, ['ebc']), /enterprise_not_filed/);
      assert.equal(((await move(id2, 'reinstate', await asUser('zone.admin'))).json() as Detail).status, 'effective');
      const cancelled = (await move(id2, 'cancel', owner)).json() as Detail;
      assert.equal(cancelled.status, 'cancelled');
      assert.deepEqual(cancelled.history.map((h) => h.event), ['submit', 'approve', 'suspend', 'reinstate', 'cancel']);
    });

    it('a rejection by one competent department rejects the version; the enterprise may file again', async () => {
      const e = await newEnterprise();
      const id = ((await submit(e, filingBody(['ebc', 'payment']))).json() as { id: string }).id;
      const rejected = (await review(id, 'forex.admin', 'rejected', '支付许可证已过期')).json() as Detail;
      assert.equal(rejected.status, 'rejected');
      assert.equal((await submit(e, filingBody(['ebc', 'payment']))).statusCode, 201);
    });

    it('refuses every transition the state machine does not allow, with 409 and a message', async () => {
      // One version in each reachable status.
      const statuses: Record<string, string> = {};
      const make = async (path: string[]) => {
        const e = await newEnterprise(['ebc']);
        const id = ((await submit(e, filingBody(['ebc']))).json() as { id: string }).id;
        for (const step of path) {
          if (step === 'approve') await review(id, 'customs.admin', 'approved');
          else if (step === 'reject') await review(id, 'customs.admin', 'rejected', 'x');
          else if (step === 'supersede') {
            const v2 = ((await submit(e, filingBody(['ebc']))).json() as { id: string }).id;
            await review(v2, 'customs.admin', 'approved');
          } else await move(id, step, step === 'withdraw' ? { authorization: `Bearer ${e.token}` } : await asUser('zone.admin'));
        }
        const status = ((await app.inject({ method: 'GET', url: `/api/registry/enterprise-filings/${id}`, as: 'zone.admin' })).json() as Detail).status;
        statuses[status] = id;
      };
      for (const path of [[], ['approve'], ['reject'], ['withdraw'], ['approve', 'suspend'], ['approve', 'cancel'], ['approve', 'supersede']]) await make(path);
      assert.deepEqual(Object.keys(statuses).sort(), ['cancelled', 'effective', 'rejected', 'submitted', 'superseded', 'suspended', 'withdrawn']);

      const allowed = new Set(['submitted/withdraw', 'effective/suspend', 'suspended/reinstate', 'effective/cancel', 'suspended/cancel', 'submitted/review']);
      const problems: string[] = [];
      for (const [status, id] of Object.entries(statuses)) {
        for (const event of ['withdraw', 'suspend', 'reinstate', 'cancel', 'review']) {
          if (allowed.has(`${status}/${event}`)) continue;
          const res = event === 'review' ? await review(id, 'customs.admin', 'approved') : await move(id, event, await asUser('zone.admin'));
          // The zone office may not withdraw an enterprise's own version: that is refused before the state check.
          const expected = event === 'withdraw' ? 403 : 409;
          if (res.statusCode !== expected) problems.push(`${status}/${event}: ${res.statusCode} ${res.body.slice(0, 120)}`);
          if (res.statusCode === 409) {
            const message = (res.json() as { error: { message: string } }).error.message;
            if (!message.includes(status)) problems.push(`${status}/${event}: message does not name the state: ${message}`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });

    it('checks qualifications and names the field', async () => {
      const e = await newEnterprise(['payment', 'guarantor']);
      const res = await submit(e, { ...filingBody(['payment', 'guarantor']), qualifications: [{ kind: 'guarantee', amount: '0.00' }] });
      assert.equal(res.statusCode, 400);
      const issues = (res.json() as { error: { issues: { path: string; message: string }[] } }).error.issues;
      assert.deepEqual(issues.map((i) => i.path).sort(), ['qualifications', 'qualifications.0.amount']);
      assert.match(issues.find((i) => i.path === 'qualifications')!.message, /payment needs the qualification payment_licence/);
    });

    it('shows each party only its scope: owner, departments in scope, not others', async () => {
      const e = await newEnterprise(['logistics']);
      const id = ((await submit(e, filingBody(['logistics']))).json() as { id: string }).id;
      const get = async (as: string) => (await app.inject({ method: 'GET', url: `/api/registry/enterprise-filings/${id}`, as })).statusCode;
      assert.equal(await get('transport.admin'), 200, 'transport sees logistics enterprises');
      assert.equal(await get('police.admin'), 404);
      assert.equal(await get('hanbit.admin'), 404);
      assert.equal((await app.server.inject({ method: 'GET', url: `/api/registry/enterprise-filings/${id}`, headers: { authorization: `Bearer ${e.token}` } })).statusCode, 200);
      const hanbitList = await app.inject({ method: 'GET', url: '/api/registry/enterprise-filings', as: 'hanbit.admin' });
      assert.deepEqual([...new Set((hanbitList.json() as { items: { orgId: string }[] }).items.map((i) => i.orgId))], [app.orgId.hanbit]);
    });

    it('answers the public qualification query without login and without private fields', async () => {
      const hanbit = (await app.inject({ method: 'GET', url: `/api/orgs/${app.orgId.hanbit}`, as: 'hanbit.admin' })).json() as { uscc: string; contactPhone: string; contactName: string };
      const byCode = await app.server.inject({ method: 'GET', url: `/api/public/enterprises?q=${hanbit.uscc.toLowerCase()}` });
      assert.equal(byCode.statusCode, 200);
      const items = (byCode.json() as { items: Record<string, unknown>[] }).items;
      assert.equal(items.length, 1);
      assert.deepEqual(Object.keys(items[0]!).sort(), ['filedSince', 'names', 'nameZh', 'roles', 'status', 'uscc', 'version'].sort());
      assert.equal(items[0]!.status, 'effective');
      for (const secret of [hanbit.contactPhone, hanbit.contactName, 'legalRepresentative', 'contacts', 'qualifications', 'DEMO-']) {
        assert.equal(byCode.body.includes(secret), false, `the public answer carries no ${secret}`);
      }
      const byKoreanName = await app.server.inject({ method: 'GET', url: `/api/public/enterprises?q=${encodeURIComponent('해관')}` });
      assert.equal((byKoreanName.json() as { items: unknown[] }).items.length, 0, 'departments are not in the enterprise registry');
      const byName = await app.server.inject({ method: 'GET', url: `/api/public/enterprises?q=${encodeURIComponent('延吉')}` });
      assert.ok((byName.json() as { items: unknown[] }).items.length >= 10);
      const pending = await newEnterprise(['ebc']);
      const none = await app.server.inject({ method: 'GET', url: `/api/public/enterprises?q=${pending.uscc}` });
      assert.deepEqual((none.json() as { items: unknown[] }).items, [], 'an enterprise not yet filed is not listed');
      const tooShort = await app.server.inject({ method: 'GET', url: '/api/public/enterprises?q=x&lang=ko' });
      assert.equal(tooShort.statusCode, 400);
      const wild = await app.server.inject({ method: 'GET', url: `/api/public/enterprises?q=${encodeURIComponent('%_%')}` });
      assert.deepEqual((wild.json() as { items: unknown[] }).items, [], 'LIKE wildcards in the query are literal');
    });
  });
}
