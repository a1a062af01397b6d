import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError, ERROR_KINDS, isAppError, type ErrorKind } from './errors';

/** The contract of the HTTP layer, written out again so a change to the table is a deliberate one. */
const EXPECTED: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  too_large: 413,
  unsupported: 415,
  rate_limited: 429,
  unavailable: 503,
};

describe('ERROR_KINDS', () => {
  it('is exactly the closed set of kinds', () => {
    assert.deepEqual(Object.keys(ERROR_KINDS).sort(), Object.keys(EXPECTED).sort());
  });

  it('maps the kinds to 400, 401, 403, 404, 409, 409, 413, 415, 429, 503', () => {
    assert.deepEqual(
      (Object.keys(EXPECTED) as ErrorKind[]).map((k) => ERROR_KINDS[k]),
      [400, 401, 403, 404, 409, 409, 413, 415, 429, 503],
    );
  });

  it('only uses client-error and service-unavailable statuses (5xx other than 503 is for unknown errors)', () => {
    for (const status of Object.values(ERROR_KINDS)) assert.ok((status >= 400 && status < 500) || status === 503, String(status));
  });
});

describe('AppError', () => {
  for (const [kind, status] of Object.entries(EXPECTED) as [ErrorKind, number][]) {
    it(`kind ${kind} has status ${status}`, () => {
      const e = new AppError(kind, 'common.forbidden');
      assert.equal(e.kind, kind);
      assert.equal(e.status, status);
      assert.equal(ERROR_KINDS[kind], status);
    });
  }

  it('is an Error named AppError whose message is its code', () => {
    const e = new AppError('not_found', 'common.not_found');
    assert.ok(e instanceof Error);
    assert.ok(e instanceof AppError);
    assert.equal(e.name, 'AppError');
    assert.equal(e.message, 'common.not_found');
    assert.equal(e.code, 'common.not_found');
    assert.ok(typeof e.stack === 'string' && e.stack.includes('AppError'));
  });

  it('defaults params and issues to empty', () => {
    const e = new AppError('invalid', 'common.invalid_request');
    assert.deepEqual(e.params, {});
    assert.deepEqual(e.issues, []);
  });

  it('keeps params and field issues', () => {
    const issues = [{ path: ['roles', 0], message: 'identity.roles_for_enterprises', code: 'custom' }];
    const e = new AppError('invalid', 'common.invalid_request', { count: 1 }, issues);
    assert.deepEqual(e.params, { count: 1 });
    assert.deepEqual(e.issues, issues);
  });

  it('does not share default params or issues between instances', () => {
    const a = new AppError('invalid', 'common.invalid_request');
    const b = new AppError('invalid', 'common.invalid_request');
    assert.notEqual(a.params, b.params);
    assert.notEqual(a.issues, b.issues);
  });

  it('can be caught with assert.throws by kind', () => {
    assert.throws(
      () => {
        throw new AppError('rate_limited', 'common.rate_limited', { seconds: 5 });
      },
      { kind: 'rate_limited', status: 429, code: 'common.rate_limited' },
    );
  });
});

describe('isAppError', () => {
  it('recognises AppError and nothing else', () => {
    assert.equal(isAppError(new AppError('conflict', 'identity.org_exists', { uscc: 'x' })), true);
    assert.equal(isAppError(new Error('common.forbidden')), false);
    assert.equal(isAppError({ kind: 'forbidden', code: 'common.forbidden', status: 403 }), false);
    assert.equal(isAppError(null), false);
    assert.equal(isAppError(undefined), false);
    assert.equal(isAppError('common.forbidden'), false);
  });
});
