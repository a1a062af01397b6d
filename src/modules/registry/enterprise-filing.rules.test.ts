import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingQualifications, reviewersFor } from './enterprise-filing.rules';

describe('competent reviewers and required qualifications', () => {
  const cases: [string[], { kind: string }[], string[]][] = [
    [['ebc'], [], ['customs']],
    [['ebp', 'ebc'], [], ['customs']],
    [['payment'], [{ kind: 'payment_licence' }], ['forex']],
    [['logistics'], [], ['customs']],
    [['logistics'], [{ kind: 'express_licence' }], ['customs', 'postal']],
    [['guarantor', 'bank_insurer'], [{ kind: 'guarantee' }], ['zone_office']],
    [['site_operator', 'logistics'], [{ kind: 'bonded_warehouse_approval' }, { kind: 'express_licence' }], ['customs', 'postal']],
    [['overseas_ebc'], [], ['customs']],
    [['broker', 'payment'], [{ kind: 'payment_licence' }], ['customs', 'forex']],
  ];
  for (const [roles, quals, expected] of cases) {
    it(`${roles.join('+')}${quals.length ? ` with ${quals.map((q) => q.kind).join(', ')}` : ''} → ${expected.join(', ')}`, () => {
      assert.deepEqual(reviewersFor(roles as never, quals as never), expected);
    });
  }

  it('names each role whose required qualification is missing', () => {
    assert.deepEqual(missingQualifications(['payment', 'guarantor', 'ebc'] as never, [{ kind: 'guarantee', amount: '1' }] as never), [{ role: 'payment', kind: 'payment_licence' }]);
    assert.deepEqual(missingQualifications(['site_operator'] as never, []), [{ role: 'site_operator', kind: 'bonded_warehouse_approval' }]);
    assert.deepEqual(missingQualifications(['ebc', 'logistics'] as never, []), []);
  });
});
