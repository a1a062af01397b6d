import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './support/app';
import { createKey } from './support/ceb';

describe('rate limits [pglite]', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite', { config: { TUMEN_RATE_LIMIT_MAX: '5', TUMEN_API_KEY_RATE_LIMIT_MAX: '1000' } });
  });
  after(() => app.close());

  it('counts an API key on its own allowance, and everyone else by address', async () => {
    // Key creation signs in (one request) and creates the key (another): the address has 3 left.
    const key = await createKey(app, 'hanbit', 'production', ['orgs.read']);
    const asKey = await Promise.all(Array.from({ length: 20 }, () => app.inject({ method: 'GET', url: '/api/orgs', headers: { authorization: `Bearer ${key}` } })));
    assert.deepEqual([...new Set(asKey.map((r) => r.statusCode))], [200]);
    const anonymous = [];
    for (let i = 0; i < 6; i++) anonymous.push((await app.inject({ method: 'GET', url: '/api/errors' })).statusCode);
    assert.equal(anonymous.at(-1), 429);
    const refused = await app.inject({ method: 'GET', url: '/api/errors' });
    assert.equal((refused.json() as { error: { code: string } }).error.code, 'common.rate_limited');
    // The key is still served while the address is refused.
    assert.equal((await app.inject({ method: 'GET', url: '/api/orgs', headers: { authorization: `Bearer ${key}` } })).statusCode, 200);
  });
});
