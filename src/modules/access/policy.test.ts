import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../kernel/errors';
import { ANONYMOUS, DEPARTMENTS, SYSTEM, type Actor, type ActorOrg, type Department, type EnterpriseRole, type OrgStatus } from './actor';
import {
  API_KEY_SCOPES,
  DEPARTMENT_SCOPE,
  OPERATIONS,
  auditChainScope,
  authorize,
  chainOf,
  isAuditedReader,
  orgInScope,
  orgScope,
  ownsOrg,
  type OrgFacts,
  type Operation,
} from './policy';

// ---------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------

const ALL_OPS = Object.keys(OPERATIONS) as Operation[];

function enterprise(id: string, roles: EnterpriseRole[], opts: { status?: OrgStatus; agentOrgId?: string | null } = {}): ActorOrg {
  return { id, kind: 'enterprise', status: opts.status ?? 'active', roles, department: null, agentOrgId: opts.agentOrgId ?? null };
}
function department(dep: Department, status: OrgStatus = 'active'): ActorOrg {
  return { id: `dept-${dep}`, kind: 'department', status, roles: [], department: dep, agentOrgId: null };
}
const ZONE_OFFICE: ActorOrg = { id: 'zone-office', kind: 'zone_office', status: 'active', roles: [], department: null, agentOrgId: null };

function user(org: ActorOrg, userRole: 'admin' | 'member' = 'admin'): Actor {
  return { type: 'user', userId: `user-of-${org.id}`, username: `u-${org.id}`, userRole, org };
}
function apiKey(org: ActorOrg, scopes: string[]): Actor {
  return { type: 'apikey', keyId: `key-of-${org.id}`, org, scopes, environment: 'production' };
}
function facts(org: ActorOrg): OrgFacts {
  return { id: org.id, kind: org.kind, roles: org.roles, agentOrgId: org.agentOrgId };
}

/** Which of the sample organisations an actor sees. */
type Sample = 'ebc' | 'logistics' | 'department' | 'zoneOffice' | 'own' | 'overseasPrincipal' | 'ownAgent' | 'otherOverseas';
const SAMPLES: Sample[] = ['ebc', 'logistics', 'department', 'zoneOffice', 'own', 'overseasPrincipal', 'ownAgent', 'otherOverseas'];

/** The sample organisations as seen from an actor's own organisation `self`. */
function samplesFor(self: ActorOrg): Record<Sample, OrgFacts> {
  return {
    ebc: { id: 'ent-ebc', kind: 'enterprise', roles: ['ebc'], agentOrgId: null },
    logistics: { id: 'ent-logistics', kind: 'enterprise', roles: ['logistics'], agentOrgId: null },
    // A department other than the actor's own (public security is never the actor below when it matters).
    department: { id: 'dept-sample', kind: 'department', roles: [], agentOrgId: null },
    zoneOffice: { id: 'zone-office-sample', kind: 'zone_office', roles: [], agentOrgId: null },
    own: facts(self),
    // An overseas e-commerce enterprise for which the actor's organisation is the domestic agent.
    overseasPrincipal: { id: 'ent-overseas-principal', kind: 'enterprise', roles: ['overseas_ebc'], agentOrgId: self.id },
    // The domestic agent of the actor's organisation, if it has one (else an unrelated broker).
    ownAgent: { id: self.agentOrgId ?? 'ent-unrelated-broker', kind: 'enterprise', roles: ['broker'], agentOrgId: null },
    // An overseas enterprise acting through someone else.
    otherOverseas: { id: 'ent-other-overseas', kind: 'enterprise', roles: ['overseas_ebc', 'ebc'], agentOrgId: 'ent-someone-else' },
  };
}

function visible(actor: Actor, self: ActorOrg): Sample[] {
  const scope = orgScope(actor);
  const orgs = samplesFor(self);
  return SAMPLES.filter((s) => orgInScope(scope, orgs[s]));
}

// ---------------------------------------------------------------------------------------------------
// Organisation scope
// ---------------------------------------------------------------------------------------------------

describe('DEPARTMENT_SCOPE', () => {
  it('covers every department', () => {
    assert.deepEqual(Object.keys(DEPARTMENT_SCOPE).sort(), [...DEPARTMENTS].sort());
  });

  it('follows DESIGN §1', () => {
    for (const d of ['customs', 'tax', 'forex', 'commerce', 'market_supervision'] as const) assert.equal(DEPARTMENT_SCOPE[d].enterprises, 'all', d);
    assert.deepEqual(DEPARTMENT_SCOPE.transport.enterprises, ['logistics']);
    assert.deepEqual(DEPARTMENT_SCOPE.postal.enterprises, ['logistics']);
    assert.equal(DEPARTMENT_SCOPE.public_security.enterprises, 'none');
  });
});

describe('orgScope + orgInScope', () => {
  const SEES_ALL_ENTERPRISES: Sample[] = ['ebc', 'logistics', 'department', 'zoneOffice', 'own', 'overseasPrincipal', 'ownAgent', 'otherOverseas'];
  const EXPECTED_FOR_DEPARTMENT: Record<Department, Sample[]> = {
    customs: SEES_ALL_ENTERPRISES,
    tax: SEES_ALL_ENTERPRISES,
    forex: SEES_ALL_ENTERPRISES,
    commerce: SEES_ALL_ENTERPRISES,
    market_supervision: SEES_ALL_ENTERPRISES,
    transport: ['logistics', 'department', 'zoneOffice', 'own'],
    postal: ['logistics', 'department', 'zoneOffice', 'own'],
    public_security: ['department', 'zoneOffice', 'own'],
  };

  for (const dep of DEPARTMENTS) {
    for (const [how, make] of [
      ['user', (o: ActorOrg) => user(o, 'member')],
      ['API key', (o: ActorOrg) => apiKey(o, ['orgs.read'])],
    ] as const) {
      it(`department ${dep} (${how}) sees ${EXPECTED_FOR_DEPARTMENT[dep].join(', ')}`, () => {
        const self = department(dep);
        assert.deepEqual(visible(make(self), self), EXPECTED_FOR_DEPARTMENT[dep]);
      });
    }
  }

  it('the zone office sees everything', () => {
    assert.deepEqual(orgScope(user(ZONE_OFFICE)), { all: true });
    assert.deepEqual(visible(user(ZONE_OFFICE), ZONE_OFFICE), SAMPLES);
  });

  it('the system sees everything', () => {
    assert.deepEqual(orgScope(SYSTEM), { all: true });
    assert.deepEqual(visible(SYSTEM, ZONE_OFFICE), SAMPLES);
  });

  it('anonymous sees nothing', () => {
    const self = enterprise('ent-self', ['ebc']);
    assert.deepEqual(visible(ANONYMOUS, self), []);
  });

  const enterpriseCases: { name: string; self: ActorOrg; expected: Sample[] }[] = [
    {
      name: 'an active ebc enterprise sees itself, its overseas principals and the authorities',
      self: enterprise('ent-self', ['ebc']),
      expected: ['department', 'zoneOffice', 'own', 'overseasPrincipal'],
    },
    {
      name: 'an active logistics enterprise sees no other logistics enterprise',
      self: enterprise('ent-self', ['logistics']),
      expected: ['department', 'zoneOffice', 'own', 'overseasPrincipal'],
    },
    {
      name: 'an overseas enterprise also sees its own domestic agent',
      self: enterprise('ent-self', ['overseas_ebc'], { agentOrgId: 'ent-my-agent' }),
      expected: ['department', 'zoneOffice', 'own', 'overseasPrincipal', 'ownAgent'],
    },
    {
      name: 'a pending enterprise does not see the authorities',
      self: enterprise('ent-self', ['ebc'], { status: 'pending' }),
      expected: ['own', 'overseasPrincipal'],
    },
    {
      name: 'a suspended enterprise does not see the authorities',
      self: enterprise('ent-self', ['ebc'], { status: 'suspended', agentOrgId: 'ent-my-agent' }),
      expected: ['own', 'overseasPrincipal', 'ownAgent'],
    },
  ];
  for (const c of enterpriseCases) {
    it(c.name, () => {
      assert.deepEqual(visible(user(c.self, 'member'), c.self), c.expected);
      assert.deepEqual(visible(apiKey(c.self, ['orgs.read']), c.self), c.expected);
    });
  }

  it('an enterprise without an agent does not see enterprises with no agent (null never matches null)', () => {
    const self = enterprise('ent-self', ['ebc']);
    const scope = orgScope(user(self));
    assert.equal(orgInScope(scope, { id: 'ent-x', kind: 'enterprise', roles: ['ebc'], agentOrgId: null }), false);
  });

  it('an enterprise with several roles is seen by transport if one of them is logistics', () => {
    const scope = orgScope(user(department('transport')));
    assert.equal(orgInScope(scope, { id: 'ent-x', kind: 'enterprise', roles: ['ebp', 'logistics'], agentOrgId: null }), true);
    assert.equal(orgInScope(scope, { id: 'ent-y', kind: 'enterprise', roles: ['ebp', 'payment'], agentOrgId: null }), false);
    assert.equal(orgInScope(scope, { id: 'ent-z', kind: 'enterprise', roles: [], agentOrgId: null }), false);
  });

  it('describes an enterprise scope as data', () => {
    const self = enterprise('ent-self', ['overseas_ebc'], { agentOrgId: 'ent-agent' });
    assert.deepEqual(orgScope(user(self)), {
      all: false,
      selfId: 'ent-self',
      authorities: true,
      enterprises: 'none',
      agentLinksOf: 'ent-self',
      ownAgentId: 'ent-agent',
    });
    assert.deepEqual(orgScope(ANONYMOUS), { all: false, selfId: null, authorities: false, enterprises: 'none', agentLinksOf: null, ownAgentId: null });
  });
});

// ---------------------------------------------------------------------------------------------------
// authorize
// ---------------------------------------------------------------------------------------------------

function outcome(actor: Actor, op: Operation): 'ok' | `${string}:${string}` {
  try {
    authorize(actor, op);
    return 'ok';
  } catch (e) {
    assert.ok(e instanceof AppError, 'authorize throws only AppError');
    return `${e.kind}:${e.code}`;
  }
}

describe('authorize', () => {
  it('API keys may be scoped only to the system-to-system operations (reads and filings), never to administration', () => {
    assert.deepEqual([...API_KEY_SCOPES].sort(), ['audit.read', 'bonded.manage', 'bonded.read', 'ceb.documents.read', 'ceb.receipts.read', 'ceb.submit', 'clearance.guarantees.read', 'clearance.read', 'clearance.returns.arrive', 'export.read', 'export.reports.read', 'export.stock.sell', 'export.warehouses.manage', 'orgs.read', 'registry.enterprise.file', 'registry.enterprise.read', 'registry.products.file', 'registry.products.read', 'verification.checks.read', 'webhooks.manage', 'webhooks.read']);
  });

  for (const op of ALL_OPS) {
    it(`${op}: anonymous is unauthenticated`, () => {
      assert.equal(outcome(ANONYMOUS, op), 'unauthenticated:common.unauthenticated');
    });
    it(`${op}: the system may always`, () => {
      assert.equal(outcome(SYSTEM, op), 'ok');
    });
    it(`${op}: nobody in a suspended organisation may`, () => {
      for (const org of [enterprise('e', ['ebc'], { status: 'suspended' }), department('commerce', 'suspended'), { ...ZONE_OFFICE, status: 'suspended' as const }]) {
        assert.equal(outcome(user(org, 'admin'), op), 'forbidden:identity.org_not_active', org.id);
        assert.equal(outcome(user(org, 'member'), op), 'forbidden:identity.org_not_active', org.id);
      }
      assert.equal(outcome(apiKey(enterprise('e', ['ebc'], { status: 'suspended' }), ['orgs.read', 'audit.read']), op).startsWith('forbidden:'), true);
    });
  }

  it('an API key without the scope is forbidden', () => {
    const org = enterprise('e', ['ebc']);
    assert.equal(outcome(apiKey(org, []), 'orgs.read'), 'forbidden:identity.apikey_scope');
    assert.equal(outcome(apiKey(org, ['audit.read']), 'orgs.read'), 'forbidden:identity.apikey_scope');
    assert.equal(outcome(apiKey(org, ['orgs.read']), 'audit.read'), 'forbidden:identity.apikey_scope');
  });

  it('an API key with the scope is allowed', () => {
    const org = enterprise('e', ['ebc']);
    assert.equal(outcome(apiKey(org, ['orgs.read']), 'orgs.read'), 'ok');
    assert.equal(outcome(apiKey(org, ['audit.read']), 'audit.read'), 'ok');
    assert.equal(outcome(apiKey(ZONE_OFFICE, ['orgs.read', 'audit.read']), 'audit.read'), 'ok');
  });

  it('webhooks: any member reads, administrators and keys with the scope manage, in every kind of organisation', () => {
    for (const org of [ZONE_OFFICE, department('customs'), enterprise('e', ['ebc'])]) {
      assert.equal(outcome(user(org, 'member'), 'webhooks.read'), 'ok', org.id);
      assert.equal(outcome(user(org, 'member'), 'webhooks.manage'), 'forbidden:common.forbidden', org.id);
      assert.equal(outcome(user(org, 'admin'), 'webhooks.manage'), 'ok', org.id);
      assert.equal(outcome(apiKey(org, ['webhooks.manage']), 'webhooks.manage'), 'ok', org.id);
      assert.equal(outcome(apiKey(org, ['webhooks.read']), 'webhooks.manage'), 'forbidden:identity.apikey_scope', org.id);
    }
    assert.equal(outcome(user(enterprise('p', ['ebc'], { status: 'pending' }), 'admin'), 'webhooks.manage'), 'forbidden:identity.org_not_active');
  });

  it('names the refused operation in the API-key error', () => {
    assert.throws(() => authorize(apiKey(enterprise('e', ['ebc']), []), 'orgs.read'), { kind: 'forbidden', code: 'identity.apikey_scope', params: { operation: 'orgs.read' } });
  });

  for (const op of ALL_OPS.filter((o) => !OPERATIONS[o].apiKey)) {
    it(`${op} is refused to API keys even when listed in their scopes, even for the zone office`, () => {
      assert.equal(outcome(apiKey(ZONE_OFFICE, [...ALL_OPS]), op), 'forbidden:identity.apikey_scope');
      assert.equal(outcome(apiKey(department('commerce'), [...ALL_OPS]), op), 'forbidden:identity.apikey_scope');
      assert.equal(outcome(apiKey(enterprise('e', ['ebc']), [...ALL_OPS]), op), 'forbidden:identity.apikey_scope');
    });
  }

  it('a pending organisation may read organisations and users and manage its users, nothing more', () => {
    const pending = enterprise('e', ['ebc'], { status: 'pending' });
    const admin = user(pending, 'admin');
    assert.equal(outcome(admin, 'orgs.read'), 'ok');
    assert.equal(outcome(admin, 'users.read'), 'ok');
    assert.equal(outcome(admin, 'users.manage'), 'ok');
    assert.equal(outcome(admin, 'apikeys.manage'), 'forbidden:identity.org_not_active');
    assert.equal(outcome(admin, 'audit.read'), 'forbidden:identity.org_not_active');
    assert.equal(outcome(admin, 'audit.verify'), 'forbidden:identity.org_not_active');
    assert.equal(outcome(admin, 'orgs.review'), 'forbidden:identity.org_not_active');
    assert.equal(outcome(apiKey(pending, ['orgs.read']), 'orgs.read'), 'ok');
    assert.equal(outcome(apiKey(pending, ['audit.read']), 'audit.read'), 'forbidden:identity.org_not_active');
  });

  it('orgs.review: only the zone office and the commerce bureau', () => {
    const allowed = [ZONE_OFFICE, department('commerce')];
    const refused = [...DEPARTMENTS.filter((d) => d !== 'commerce').map((d) => department(d)), enterprise('e', ['ebc']), enterprise('e2', ['ebp', 'broker'])];
    for (const org of allowed) {
      assert.equal(outcome(user(org, 'admin'), 'orgs.review'), 'ok', org.id);
      assert.equal(outcome(user(org, 'member'), 'orgs.review'), 'ok', org.id);
    }
    for (const org of refused) {
      assert.equal(outcome(user(org, 'admin'), 'orgs.review'), 'forbidden:common.forbidden', org.id);
    }
  });

  it('audit.verify: only the zone office', () => {
    assert.equal(outcome(user(ZONE_OFFICE, 'member'), 'audit.verify'), 'ok');
    for (const org of [...DEPARTMENTS.map((d) => department(d)), enterprise('e', ['ebc'])]) {
      assert.equal(outcome(user(org, 'admin'), 'audit.verify'), 'forbidden:common.forbidden', org.id);
    }
  });

  for (const op of ['verification.checks.read', 'verification.residents.manage'] as const) {
    it(`${op}: public security only (members too), not the zone office, not other departments, not enterprises`, () => {
      const police = department('public_security');
      assert.equal(outcome(user(police, 'admin'), op), 'ok');
      assert.equal(outcome(user(police, 'member'), op), 'ok');
      assert.equal(outcome(user(department('public_security', 'pending'), 'admin'), op), 'forbidden:identity.org_not_active');
      for (const org of [ZONE_OFFICE, ...DEPARTMENTS.filter((d) => d !== 'public_security').map((d) => department(d)), enterprise('e', ['ebc']), enterprise('e2', ['ebp', 'logistics'])]) {
        assert.equal(outcome(user(org, 'admin'), op), 'forbidden:common.forbidden', org.id);
      }
    });
  }

  it('verification.checks.read: a key of public security with the scope may read; an enterprise key with it may not', () => {
    assert.equal(outcome(apiKey(department('public_security'), ['verification.checks.read']), 'verification.checks.read'), 'ok');
    assert.equal(outcome(apiKey(department('public_security'), ['orgs.read']), 'verification.checks.read'), 'forbidden:identity.apikey_scope');
    assert.equal(outcome(apiKey(enterprise('e', ['ebc']), ['verification.checks.read']), 'verification.checks.read'), 'forbidden:common.forbidden');
  });

  it('bonded.manage: the bonded centre operator only, by user or by key with the scope', () => {
    const operator = enterprise('op', ['site_operator']);
    assert.equal(outcome(user(operator, 'member'), 'bonded.manage'), 'ok');
    assert.equal(outcome(apiKey(operator, ['bonded.manage']), 'bonded.manage'), 'ok');
    assert.equal(outcome(apiKey(operator, ['bonded.read']), 'bonded.manage'), 'forbidden:identity.apikey_scope');
    assert.equal(outcome(user(enterprise('op2', ['site_operator'], { status: 'pending' })), 'bonded.manage'), 'forbidden:identity.org_not_active');
    for (const org of [ZONE_OFFICE, ...DEPARTMENTS.map((d) => department(d)), enterprise('e', ['ebc']), enterprise('e2', ['ebp', 'logistics', 'broker'])]) {
      assert.equal(outcome(user(org, 'admin'), 'bonded.manage'), 'forbidden:common.forbidden', org.id);
    }
  });

  it('bonded.read: the operator, e-commerce enterprises and customs; no other department, not the zone office', () => {
    for (const org of [enterprise('op', ['site_operator']), enterprise('e', ['ebc']), enterprise('e2', ['ebp', 'ebc']), department('customs')]) {
      assert.equal(outcome(user(org, 'member'), 'bonded.read'), 'ok', org.id);
      assert.equal(outcome(apiKey(org, ['bonded.read']), 'bonded.read'), 'ok', org.id);
    }
    for (const org of [ZONE_OFFICE, ...DEPARTMENTS.filter((d) => d !== 'customs').map((d) => department(d)), enterprise('l', ['logistics']), enterprise('o', ['overseas_ebc'])]) {
      assert.equal(outcome(user(org, 'admin'), 'bonded.read'), 'forbidden:common.forbidden', org.id);
    }
  });

  it('clearance.read: enterprises (their own declarations), customs and tax; no other department, not the zone office', () => {
    for (const org of [enterprise('e', ['ebc']), enterprise('l', ['logistics']), enterprise('g', ['guarantor']), department('customs'), department('tax')]) {
      assert.equal(outcome(user(org, 'member'), 'clearance.read'), 'ok', org.id);
    }
    for (const org of [ZONE_OFFICE, ...DEPARTMENTS.filter((d) => d !== 'customs' && d !== 'tax').map((d) => department(d))]) {
      assert.equal(outcome(user(org, 'admin'), 'clearance.read'), 'forbidden:common.forbidden', org.id);
    }
  });

  for (const op of ['clearance.decide', 'clearance.guarantees.manage', 'clearance.taxbills.summarise'] as const) {
    it(`${op}: customs users only, never a key`, () => {
      assert.equal(outcome(user(department('customs'), 'member'), op), 'ok');
      assert.equal(outcome(apiKey(department('customs'), [op]), op), 'forbidden:identity.apikey_scope');
      for (const org of [ZONE_OFFICE, ...DEPARTMENTS.filter((d) => d !== 'customs').map((d) => department(d)), enterprise('e', ['ebc', 'ebp', 'site_operator'])]) {
        assert.equal(outcome(user(org, 'admin'), op), 'forbidden:common.forbidden', org.id);
      }
    });
  }

  it('clearance.returns.arrive: the supervision site operator or customs', () => {
    assert.equal(outcome(user(enterprise('op', ['site_operator']), 'member'), 'clearance.returns.arrive'), 'ok');
    assert.equal(outcome(apiKey(enterprise('op', ['site_operator']), ['clearance.returns.arrive']), 'clearance.returns.arrive'), 'ok');
    assert.equal(outcome(user(department('customs'), 'member'), 'clearance.returns.arrive'), 'ok');
    assert.equal(outcome(user(enterprise('e', ['ebc', 'broker']), 'admin'), 'clearance.returns.arrive'), 'forbidden:common.forbidden');
  });

  it('export.read: enterprises (their own lists), customs, tax, commerce and the zone office; no other department', () => {
    for (const org of [enterprise('e', ['ebc']), enterprise('l', ['logistics']), department('customs'), department('tax'), department('commerce'), ZONE_OFFICE]) {
      assert.equal(outcome(user(org, 'member'), 'export.read'), 'ok', org.id);
    }
    for (const org of DEPARTMENTS.filter((d) => !['customs', 'tax', 'commerce'].includes(d)).map((d) => department(d))) {
      assert.equal(outcome(user(org, 'admin'), 'export.read'), 'forbidden:common.forbidden', org.id);
    }
  });

  it('export decisions and grouping keys: customs decides inspections; customs or the zone office edits the keys; never a key', () => {
    assert.equal(outcome(user(department('customs'), 'member'), 'export.decide'), 'ok');
    assert.equal(outcome(user(ZONE_OFFICE, 'admin'), 'export.decide'), 'forbidden:common.forbidden');
    assert.equal(outcome(user(ZONE_OFFICE, 'member'), 'export.rules.manage'), 'ok');
    assert.equal(outcome(user(department('customs'), 'member'), 'export.rules.manage'), 'ok');
    assert.equal(outcome(user(department('tax'), 'admin'), 'export.rules.manage'), 'forbidden:common.forbidden');
    assert.equal(outcome(apiKey(department('customs'), ['export.decide']), 'export.decide'), 'forbidden:identity.apikey_scope');
  });

  it('overseas warehouses and stock: exporting or logistics enterprises register, exporting enterprises sell; tax reads the evidence', () => {
    assert.equal(outcome(apiKey(enterprise('l', ['logistics']), ['export.warehouses.manage']), 'export.warehouses.manage'), 'ok');
    assert.equal(outcome(user(enterprise('p', ['payment']), 'admin'), 'export.warehouses.manage'), 'forbidden:common.forbidden');
    assert.equal(outcome(user(enterprise('e', ['ebc']), 'member'), 'export.stock.sell'), 'ok');
    assert.equal(outcome(user(enterprise('l', ['logistics']), 'admin'), 'export.stock.sell'), 'forbidden:common.forbidden');
    assert.equal(outcome(user(department('tax'), 'member'), 'export.reports.read'), 'ok');
    assert.equal(outcome(user(department('forex'), 'admin'), 'export.reports.read'), 'forbidden:common.forbidden');
    assert.equal(outcome(user(enterprise('l', ['logistics']), 'admin'), 'export.reports.read'), 'forbidden:common.forbidden');
  });

  it('statistics.read: the zone office and commerce (users); no other department, no enterprise, never a key', () => {
    assert.equal(outcome(user(ZONE_OFFICE, 'member'), 'statistics.read'), 'ok');
    assert.equal(outcome(user(department('commerce'), 'member'), 'statistics.read'), 'ok');
    for (const d of DEPARTMENTS.filter((x) => x !== 'commerce')) assert.equal(outcome(user(department(d), 'admin'), 'statistics.read'), 'forbidden:common.forbidden', d);
    assert.equal(outcome(user(enterprise('e', ['ebc', 'ebp']), 'admin'), 'statistics.read'), 'forbidden:common.forbidden');
    assert.equal(outcome(apiKey(ZONE_OFFICE, ['statistics.read']), 'statistics.read'), 'forbidden:identity.apikey_scope');
  });

  for (const op of ['users.manage', 'apikeys.manage'] as const) {
    it(`${op}: only administrators of their organisation`, () => {
      for (const org of [ZONE_OFFICE, department('customs'), enterprise('e', ['ebc'])]) {
        assert.equal(outcome(user(org, 'admin'), op), 'ok', org.id);
        assert.equal(outcome(user(org, 'member'), op), 'forbidden:common.forbidden', org.id);
      }
    });
  }

  for (const op of ['orgs.read', 'users.read', 'audit.read'] as const) {
    it(`${op}: any member of an active organisation`, () => {
      for (const org of [ZONE_OFFICE, ...DEPARTMENTS.map((d) => department(d)), enterprise('e', ['ebc'])]) {
        assert.equal(outcome(user(org, 'member'), op), 'ok', org.id);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// Audit chains and other helpers
// ---------------------------------------------------------------------------------------------------

describe('auditChainScope', () => {
  it('the system and the zone office read every chain', () => {
    assert.deepEqual(auditChainScope(SYSTEM), { all: true });
    assert.deepEqual(auditChainScope(user(ZONE_OFFICE, 'member')), { all: true });
    assert.deepEqual(auditChainScope(apiKey(ZONE_OFFICE, ['audit.read'])), { all: true });
  });

  it('every other organisation reads its own chain only', () => {
    for (const org of [...DEPARTMENTS.map((d) => department(d)), enterprise('ent-1', ['ebc'])]) {
      assert.deepEqual(auditChainScope(user(org)), { all: false, chain: `org:${org.id}` });
      assert.deepEqual(auditChainScope(apiKey(org, ['audit.read'])), { all: false, chain: `org:${org.id}` });
    }
  });

  it('anonymous is unauthenticated', () => {
    assert.throws(() => auditChainScope(ANONYMOUS), { kind: 'unauthenticated', code: 'common.unauthenticated' });
  });
});

describe('chainOf', () => {
  it("users and API keys write to their organisation's chain, whatever the fallback", () => {
    const org = enterprise('ent-1', ['ebc']);
    assert.equal(chainOf(user(org)), 'org:ent-1');
    assert.equal(chainOf(apiKey(org, [])), 'org:ent-1');
    assert.equal(chainOf(user(org), 'ent-other'), 'org:ent-1');
  });

  it('actions without an organisation go to the fallback organisation, else to the system chain', () => {
    assert.equal(chainOf(SYSTEM), 'system');
    assert.equal(chainOf(ANONYMOUS), 'system');
    assert.equal(chainOf(SYSTEM, 'ent-2'), 'org:ent-2');
    assert.equal(chainOf(ANONYMOUS, 'ent-3'), 'org:ent-3');
    assert.equal(chainOf(ANONYMOUS, ''), 'system');
  });

  it('agrees with auditChainScope: an actor can read the chain it writes to', () => {
    for (const org of [department('tax'), enterprise('ent-1', ['ebc'])]) {
      const actor = user(org);
      assert.deepEqual(auditChainScope(actor), { all: false, chain: chainOf(actor) });
    }
  });
});

describe('ownsOrg', () => {
  it('is true for the system and for the actor’s own organisation only', () => {
    const org = enterprise('ent-1', ['ebc']);
    assert.equal(ownsOrg(SYSTEM, 'anything'), true);
    assert.equal(ownsOrg(user(org), 'ent-1'), true);
    assert.equal(ownsOrg(apiKey(org, []), 'ent-1'), true);
    assert.equal(ownsOrg(user(org), 'ent-2'), false);
    assert.equal(ownsOrg(user(ZONE_OFFICE), 'ent-1'), false);
    assert.equal(ownsOrg(ANONYMOUS, 'ent-1'), false);
  });
});

describe('isAuditedReader', () => {
  it('is true for regulators (departments and the zone office), by user or key', () => {
    for (const org of [ZONE_OFFICE, ...DEPARTMENTS.map((d) => department(d))]) {
      assert.equal(isAuditedReader(user(org)), true, org.id);
      assert.equal(isAuditedReader(apiKey(org, ['orgs.read'])), true, org.id);
    }
  });

  it('is false for enterprises, anonymous and the system', () => {
    assert.equal(isAuditedReader(user(enterprise('e', ['ebc']))), false);
    assert.equal(isAuditedReader(ANONYMOUS), false);
    assert.equal(isAuditedReader(SYSTEM), false);
  });
});
