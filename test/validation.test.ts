import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LOCALES, type Locale } from '../src/kernel/i18n';
import { startTestApp, type TestApp } from './support/app';
import { dbTargets } from './support/db';

/**
 * Bad input gets 400 with the field path and a message in the caller's language — never a 500 and never
 * a half-stored record. The expected words are those of each language, so an English fallback fails.
 */

interface Issue {
  path: string;
  code: string;
  message: string;
}

const valid = () => ({
  organisation: {
    uscc: '91110000600037341L',
    nameZh: '延吉验证测试有限公司',
    roles: ['ebc'],
    address: '吉林省延边朝鲜族自治州延吉市',
    contactName: '金测试',
    contactPhone: '0433-0000001',
  },
  admin: { username: 'validation.admin', displayName: '金测试', password: 'correct horse battery' },
});

/** A word each language's message must contain, proving it was rendered in that language. */
const MARKERS: Record<string, Record<Locale, RegExp>> = {
  invalid_type: { 'zh-CN': /无效输入/, ko: /잘못된 입력/, ja: /無効な入力/, ru: /Неверный ввод/, en: /Invalid input/ },
  unrecognized_key: { 'zh-CN': /未知的键/, ko: /인식할 수 없는 키/, ja: /認識されていないキー/, ru: /Нераспознанный ключ/, en: /Unrecognized key/ },
  'identity.uscc_check': { 'zh-CN': /校验位错误/, ko: /검증 문자/, ja: /チェック文字/, ru: /контрольный знак/, en: /check character/ },
  malformed: { 'zh-CN': /不是有效的 JSON/, ko: /올바른 JSON이 아닙니다/, ja: /正しい JSON ではありません/, ru: /не является корректным JSON/, en: /not valid JSON/ },
};

for (const target of dbTargets()) describe(`request validation in five languages [${target}]`, () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp(target, { seed: false });
  });
  after(() => app.close());

  async function post(body: string | object, locale: Locale, how: 'query' | 'header') {
    return app.server.inject({
      method: 'POST',
      url: `/api/registrations${how === 'query' ? `?lang=${locale}` : ''}`,
      headers: { 'content-type': 'application/json', ...(how === 'header' ? { 'accept-language': `${locale};q=0.9, de;q=0.8` } : {}) },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  for (const locale of LOCALES) {
    for (const how of ['query', 'header'] as const) {
      it(`${locale} by ${how === 'query' ? '?lang=' : 'Accept-Language'}: wrong type, missing field, unknown field, bad check character`, async () => {
        const body = valid();
        const broken = {
          ...body,
          organisation: { ...body.organisation, uscc: '91110000600037341N', roles: 'ebc', unexpected: true },
          admin: { username: body.admin.username, password: body.admin.password },
        };
        const res = await post(broken, locale, how);
        assert.equal(res.statusCode, 400);
        assert.equal(res.headers['content-language'], locale);
        const { error } = res.json() as { error: { code: string; message: string; issues: Issue[] } };
        assert.equal(error.code, 'common.invalid_request');
        const byPath = new Map(error.issues.map((i) => [i.path, i]));
        const expectAt = (path: string, marker: keyof typeof MARKERS) => {
          const issue = byPath.get(path);
          assert.ok(issue, `an issue at ${path}; got ${[...byPath.keys()].join(', ')}`);
          assert.match(issue.message, MARKERS[marker]![locale], `${path} in ${locale}: ${issue.message}`);
        };
        expectAt('organisation.roles', 'invalid_type'); // wrong type
        expectAt('admin.displayName', 'invalid_type'); // missing
        expectAt('organisation.unexpected', 'unrecognized_key'); // unknown
        expectAt('organisation.uscc', 'identity.uscc_check'); // our own rule, with the expected character
        assert.match(byPath.get('organisation.uscc')!.message, /L/);
        assert.equal(error.issues.length, 4);
      });
    }

    it(`${locale}: malformed JSON and an empty body`, async () => {
      const res = await post('{"organisation": ', locale, 'query');
      assert.equal(res.statusCode, 400);
      const { error } = res.json() as { error: { code: string; message: string } };
      assert.equal(error.code, 'common.malformed_body');
      assert.match(error.message, MARKERS.malformed![locale]);
      const empty = await app.server.inject({ method: 'POST', url: `/api/registrations?lang=${locale}`, headers: { 'content-type': 'application/json' }, payload: '' });
      assert.equal(empty.statusCode, 400);
    });
  }

  it('query strings and path parameters are validated too, with their own paths', async () => {
    const token = await (async () => {
      const reg = await post({ ...valid(), organisation: { ...valid().organisation, uscc: '91350100M000100Y43' }, admin: { ...valid().admin, username: 'paths.admin' } }, 'en', 'query');
      assert.equal(reg.statusCode, 201, reg.body);
      const login = await app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'paths.admin', password: 'correct horse battery' } });
      return (login.json() as { token: string }).token;
    })();
    const params = await app.server.inject({ method: 'GET', url: '/api/orgs/not-a-uuid?lang=en', headers: { authorization: `Bearer ${token}` } });
    assert.equal(params.statusCode, 400);
    assert.deepEqual((params.json() as { error: { issues: Issue[] } }).error.issues.map((i) => i.path), ['params.id']);
    const query = await app.server.inject({ method: 'GET', url: '/api/orgs?kind=shop&lang=en', headers: { authorization: `Bearer ${token}` } });
    assert.equal(query.statusCode, 400);
    assert.deepEqual((query.json() as { error: { issues: Issue[] } }).error.issues.map((i) => i.path), ['query.kind']);
    const res = await app.server.inject({ method: 'POST', url: '/api/auth/login?lang=en', payload: { username: 'x' } });
    assert.equal(res.statusCode, 400);
    const issues = (res.json() as { error: { issues: Issue[] } }).error.issues;
    assert.deepEqual(issues.map((i) => i.path).sort(), ['password', 'username']);
  });

  it('rejects an over-large body with 413 and an unsupported content type with 415', async () => {
    const big = await app.server.inject({
      method: 'POST',
      url: '/api/registrations?lang=en',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'x'.repeat(app.ctx.config.TUMEN_BODY_LIMIT) }),
    });
    assert.equal(big.statusCode, 413);
    assert.match((big.json() as { error: { message: string } }).error.message, /exceeds the limit/);
    const xml = await app.server.inject({ method: 'POST', url: '/api/registrations?lang=en', headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    assert.equal(xml.statusCode, 415);
  });

  it('stores nothing of a rejected registration, and the valid one exactly once', async () => {
    const bad = await post({ ...valid(), organisation: { ...valid().organisation, agentUscc: 'nope' } }, 'en', 'query');
    assert.equal(bad.statusCode, 400);
    const ok = await post(valid(), 'en', 'query');
    assert.equal(ok.statusCode, 201, ok.body);
    const again = await post(valid(), 'ko', 'query');
    assert.equal(again.statusCode, 409);
    assert.match((again.json() as { error: { message: string } }).error.message, /이미 등록/);
  });

  it('an overseas e-commerce enterprise without a domestic agent is refused with the field named', async () => {
    const body = valid();
    const res = await post({ ...body, organisation: { ...body.organisation, uscc: '91310115MA1K3BTP2B', roles: ['overseas_ebc'] }, admin: { ...body.admin, username: 'overseas.admin' } }, 'ja', 'query');
    assert.equal(res.statusCode, 400);
    const { error } = res.json() as { error: { code: string; message: string; issues: Issue[] } };
    assert.equal(error.code, 'identity.agent_required');
    assert.equal(error.issues[0]?.path, 'organisation.agentUscc');
    assert.match(error.message, /国内代理人/);
  });
});
