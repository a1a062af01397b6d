import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { makeUscc } from '../src/modules/identity';
import { startTestApp, type TestApp } from './support/app';
import { dbTargets } from './support/db';

const registration = (n: number, extra: Record<string, unknown> = {}) => ({
  organisation: {
    uscc: makeUscc(`91222401FLWT${String(n).padStart(4, '0')}A`),
    nameZh: `延吉流程测试${n}有限公司`,
    names: { en: `Yanji Flow Test ${n}`, ko: `연길 흐름 시험 ${n}` },
    roles: ['ebc', 'ebc'],
    address: '吉林省延边朝鲜族自治州延吉市光明街1号',
    contactName: '朴测试',
    contactPhone: '0433-0000002',
    ...extra,
  },
  admin: { username: `flow${n}.admin`, displayName: '朴测试', password: 'a long enough password' },
});

for (const target of dbTargets()) {
  describe(`identities and tenancy [${target}]`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(target);
    });
    after(() => app.close());

    const login = async (username: string, password = 'a long enough password') =>
      app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    it('an enterprise registers, waits for activation, is activated by the zone office, and works', async () => {
      const reg = await app.server.inject({ method: 'POST', url: '/api/registrations', payload: registration(1) });
      assert.equal(reg.statusCode, 201, reg.body);
      const { organisation } = reg.json() as { organisation: { id: string; status: string; roles: string[]; areaCode: string } };
      assert.equal(organisation.status, 'pending');
      assert.deepEqual(organisation.roles, ['ebc'], 'duplicate roles collapse');
      assert.equal(organisation.areaCode, '222401', 'area taken from the code');

      // Pending: may sign in and see its own record, may not create API keys.
      const pending = await login('flow1.admin');
      assert.equal(pending.statusCode, 200);
      const token = (pending.json() as { token: string }).token;
      const me = await app.server.inject({ method: 'GET', url: `/api/orgs/${organisation.id}`, headers: bearer(token) });
      assert.equal((me.json() as { status: string }).status, 'pending');
      const early = await app.server.inject({ method: 'POST', url: `/api/orgs/${organisation.id}/api-keys?lang=en`, headers: bearer(token), payload: { name: 'erp', scopes: ['orgs.read'] } });
      assert.equal(early.statusCode, 403);
      assert.match((early.json() as { error: { message: string } }).error.message, /not active/);
      // A pending enterprise does not see the authorities' list yet, only itself.
      const list = await app.server.inject({ method: 'GET', url: '/api/orgs', headers: bearer(token) });
      assert.deepEqual((list.json() as { items: { id: string }[] }).items.map((o) => o.id), [organisation.id]);

      const activate = await app.inject({ method: 'POST', url: `/api/orgs/${organisation.id}/review`, as: 'zone.admin', payload: { action: 'activate', reason: '材料齐全' } });
      assert.equal(activate.statusCode, 200, activate.body);
      const twice = await app.inject({ method: 'POST', url: `/api/orgs/${organisation.id}/review?lang=en`, as: 'zone.admin', payload: { action: 'activate' } });
      assert.equal(twice.statusCode, 409);
      assert.match((twice.json() as { error: { message: string } }).error.message, /state active cannot move to active/);

      // Active (the same session sees the change at once): create a key, use it, revoke it.
      const key = await app.server.inject({ method: 'POST', url: `/api/orgs/${organisation.id}/api-keys`, headers: bearer(token), payload: { name: 'erp', scopes: ['orgs.read'], environment: 'production' } });
      assert.equal(key.statusCode, 201, key.body);
      const created = key.json() as { id: string; key: string; prefix: string; environment: string };
      assert.match(created.key, /^tk_live_[A-Za-z0-9_-]{43}$/);
      assert.ok(created.key.startsWith(created.prefix));
      const stored = await rows<{ key_hash: string }>(app.ctx.db, sql`select key_hash from api_keys where id = ${created.id}`);
      assert.notEqual(stored[0]!.key_hash, created.key, 'stored as a hash');
      assert.equal(JSON.stringify(await rows(app.ctx.db, sql`select * from api_keys`)).includes(created.key), false, 'the key is nowhere at rest');

      const withKey = await app.server.inject({ method: 'GET', url: `/api/orgs/${organisation.id}`, headers: bearer(created.key) });
      assert.equal(withKey.statusCode, 200);
      const meKey = await app.server.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(created.key) });
      assert.equal((meKey.json() as { kind: string; apiKey: { environment: string } }).apiKey.environment, 'production');
      const revoke = await app.server.inject({ method: 'DELETE', url: `/api/orgs/${organisation.id}/api-keys/${created.id}`, headers: bearer(token) });
      assert.equal(revoke.statusCode, 200);
      const after = await app.server.inject({ method: 'GET', url: `/api/orgs/${organisation.id}`, headers: bearer(created.key) });
      assert.equal(after.statusCode, 401);
    });

    it('events of a change are in the outbox, with the same transaction as the change', async () => {
      const events = await rows<{ topic: string; aggregate_id: string }>(app.ctx.db, sql`select topic, aggregate_id::text from outbox_events order by position`);
      const reg = await app.server.inject({ method: 'POST', url: '/api/registrations', payload: registration(2) });
      const id = (reg.json() as { organisation: { id: string } }).organisation.id;
      const after = await rows<{ topic: string; aggregate_id: string }>(app.ctx.db, sql`select topic, aggregate_id::text from outbox_events order by position`);
      assert.deepEqual(after.slice(events.length), [{ topic: 'identity.org.created', aggregate_id: id }]);
      // A registration that fails half-way (user name taken after the organisation was inserted) leaves nothing.
      const clash = await app.server.inject({ method: 'POST', url: '/api/registrations', payload: { ...registration(3), admin: { ...registration(3).admin, username: 'flow2.admin' } } });
      assert.equal(clash.statusCode, 409);
      const finalEvents = await rows(app.ctx.db, sql`select 1 from outbox_events`);
      assert.equal(finalEvents.length, after.length);
      const orgs = await rows(app.ctx.db, sql`select 1 from organisations where uscc = ${registration(3).organisation.uscc}`);
      assert.equal(orgs.length, 0);
    });

    it('refuses wrong passwords the same way as unknown users, and ends sessions at expiry and sign-out', async () => {
      const wrong = await app.server.inject({ method: 'POST', url: '/api/auth/login?lang=en', payload: { username: 'customs.admin', password: 'not it at all' } });
      const unknown = await app.server.inject({ method: 'POST', url: '/api/auth/login?lang=en', payload: { username: 'nobody.here', password: 'not it at all' } });
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.statusCode, 401);
      assert.equal((wrong.json() as { error: { message: string } }).error.message, (unknown.json() as { error: { message: string } }).error.message);

      const ok = await login('customs.admin', 'Tumen-demo-2026');
      const token = (ok.json() as { token: string }).token;
      assert.match(String(ok.headers['set-cookie']), /tumen_session=.*HttpOnly.*SameSite=Strict/i);
      assert.equal((await app.server.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) })).statusCode, 200);
      const cookie = await app.server.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `tumen_session=${token}` } });
      assert.equal(cookie.statusCode, 200, 'the portal cookie works too');
      app.clock.advance(app.ctx.config.TUMEN_SESSION_HOURS * 3_600_000 + 1000);
      assert.equal((await app.server.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) })).statusCode, 401, 'expired');
      app.clock.advance(-(app.ctx.config.TUMEN_SESSION_HOURS * 3_600_000 + 1000));

      const again = (await login('customs.admin', 'Tumen-demo-2026').then((r) => r.json())) as { token: string };
      assert.equal((await app.server.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(again.token) })).statusCode, 204);
      assert.equal((await app.server.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(again.token) })).statusCode, 401, 'signed out');
    });

    it('a suspended enterprise cannot sign in or use its keys until reinstated', async () => {
      const hanbit = app.orgId.hanbit!;
      const key = await app.inject({ method: 'POST', url: `/api/orgs/${hanbit}/api-keys`, as: 'hanbit.admin', payload: { name: 'k', scopes: ['orgs.read'] } });
      const apiKey = (key.json() as { key: string }).key;
      const suspend = await app.inject({ method: 'POST', url: `/api/orgs/${hanbit}/review`, as: 'commerce.admin', payload: { action: 'suspend', reason: '虚假申报调查' } });
      assert.equal(suspend.statusCode, 200, suspend.body);
      assert.equal((await login('hanbit.admin', 'Tumen-demo-2026')).statusCode, 403);
      assert.equal((await app.server.inject({ method: 'GET', url: `/api/orgs/${hanbit}`, headers: bearer(apiKey) })).statusCode, 403);
      const reinstate = await app.inject({ method: 'POST', url: `/api/orgs/${hanbit}/review`, as: 'zone.admin', payload: { action: 'reinstate' } });
      assert.equal(reinstate.statusCode, 200);
      assert.equal((await app.server.inject({ method: 'GET', url: `/api/orgs/${hanbit}`, headers: bearer(apiKey) })).statusCode, 200);
      // Departments cannot be suspended through this route.
      const dept = await app.inject({ method: 'POST', url: `/api/orgs/${app.orgId['yanji-customs']}/review`, as: 'zone.admin', payload: { action: 'suspend' } });
      assert.equal(dept.statusCode, 403);
    });

    it('an overseas e-commerce enterprise registers through its domestic agent, and each sees the other', async () => {
      const cheongja = await app.inject({ method: 'GET', url: `/api/orgs/${app.orgId.cheongja}`, as: 'cheongja.admin' });
      const agentUscc = (cheongja.json() as { uscc: string }).uscc;
      const reg = await app.server.inject({
        method: 'POST',
        url: '/api/registrations',
        payload: registration(4, { roles: ['overseas_ebc'], agentUscc, countryCode: 'KOR', address: '서울특별시 중구 세종대로 1' }),
      });
      assert.equal(reg.statusCode, 201, reg.body);
      const overseas = (reg.json() as { organisation: { id: string; agentOrgId: string } }).organisation;
      assert.equal(overseas.agentOrgId, app.orgId.cheongja);
      assert.equal((await app.inject({ method: 'GET', url: `/api/orgs/${overseas.id}`, as: 'cheongja.admin' })).statusCode, 200);
      assert.equal((await app.inject({ method: 'GET', url: `/api/orgs/${overseas.id}`, as: 'guiwan.admin' })).statusCode, 404);
      const unknownAgent = await app.server.inject({
        method: 'POST',
        url: '/api/registrations?lang=en',
        payload: registration(5, { roles: ['overseas_ebc'], agentUscc: makeUscc('91222401NAGENT000') }),
      });
      assert.equal(unknownAgent.statusCode, 400);
      assert.equal((unknownAgent.json() as { error: { issues: { path: string }[] } }).error.issues[0]!.path, 'organisation.agentUscc');
    });

    it('answers with security headers, a request id and the chosen language', async () => {
      const res = await app.server.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'probe-1', 'accept-language': 'ja-JP,ja;q=0.9' } });
      assert.equal(res.headers['x-request-id'], 'probe-1');
      assert.equal(res.headers['content-language'], 'ja');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(res.headers['content-security-policy']);
      const ready = await app.server.inject({ method: 'GET', url: '/ready' });
      assert.deepEqual(ready.json(), { status: 'ready', database: target });
    });
  });
}
