import type { z } from 'zod';
import type { AppContext, Caller, Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { uniqueViolation } from '../../db/errors';
import { AppError } from '../../kernel/errors';
import { recordAudit, recordRead } from '../audit';
import { emitEvent } from '../outbox';
import type { Actor, ActorOrg, Department, EnterpriseRole, OrgKind, OrgStatus } from '../access';
import type { CreateApiKeyInput, CreateUserInput, OrgListQuery, OrgView, RegistrationInput, UserView } from './identity.contracts';
import * as repo from './identity.repository';
import { authorize, orgInScope, orgScope, ownsOrg } from '../access';
import { API_KEY_PREFIX, dummyPasswordHash, hashPassword, newSecretToken, SESSION_PREFIX, sha256, verifyPassword } from './secrets';

export function toOrgView(o: repo.OrgRow): OrgView {
  return {
    id: o.id,
    kind: o.kind,
    uscc: o.uscc,
    customsCode: o.customsCode,
    nameZh: o.nameZh,
    names: o.names,
    roles: o.roles,
    department: o.department,
    agentOrgId: o.agentOrgId,
    countryCode: o.countryCode,
    address: o.address,
    areaCode: o.areaCode,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    status: o.status,
    demo: o.demo,
    createdAt: o.createdAt.toISOString(),
    activatedAt: o.activatedAt?.toISOString() ?? null,
  };
}

export function toUserView(u: repo.UserRow): UserView {
  return {
    id: u.id,
    orgId: u.orgId,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    status: u.status,
    demo: u.demo,
    createdAt: u.createdAt.toISOString(),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

function toApiKeyView(k: repo.ApiKeyRow) {
  return {
    id: k.id,
    orgId: k.orgId,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    environment: k.environment,
    unsignedMessages: k.unsignedMessages,
    createdAt: k.createdAt.toISOString(),
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}

function toActorOrg(o: repo.OrgRow): ActorOrg {
  return {
    id: o.id,
    kind: o.kind,
    status: o.status,
    roles: o.roles,
    department: o.department,
    agentOrgId: o.agentOrgId,
  };
}

// ---------------------------------------------------------------- organisations

export interface NewOrg {
  kind: OrgKind;
  uscc: string;
  customsCode?: string | null;
  nameZh: string;
  names?: OrgView['names'];
  roles?: EnterpriseRole[];
  department?: Department | null;
  agentOrgId?: string | null;
  countryCode?: string | null;
  address?: string | null;
  areaCode?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  status: OrgStatus;
  demo?: boolean;
}

/** Creates an organisation inside a transaction, with its audit row and event. */
export async function insertOrganisation(tx: Db, ports: Pick<Ports, 'clock' | 'newId'>, caller: Caller, o: NewOrg): Promise<repo.OrgRow> {
  if (o.kind !== 'enterprise' && o.roles?.length) throw new AppError('invalid', 'identity.roles_for_enterprises');
  if (await repo.findOrgByUscc(tx, o.uscc)) throw new AppError('conflict', 'identity.org_exists', { uscc: o.uscc });
  const now = ports.clock.now();
  const row = await repo.insertOrg(tx, {
    id: ports.newId(),
    kind: o.kind,
    uscc: o.uscc,
    customsCode: o.customsCode ?? null,
    nameZh: o.nameZh,
    names: o.names ?? {},
    roles: o.roles ?? [],
    department: o.department ?? null,
    agentOrgId: o.agentOrgId ?? null,
    countryCode: o.countryCode ?? null,
    address: o.address ?? null,
    areaCode: o.areaCode ?? null,
    contactName: o.contactName ?? null,
    contactPhone: o.contactPhone ?? null,
    status: o.status,
    demo: o.demo ?? false,
    createdAt: now,
    activatedAt: o.status === 'active' ? now : null,
  });
  await recordAudit(tx, ports, {
    actor: caller.actor,
    chainOrgId: row.id,
    requestId: caller.requestId,
    action: 'org.created',
    resourceType: 'organisation',
    resourceId: row.id,
    details: { uscc: row.uscc, kind: row.kind, roles: row.roles, status: row.status },
  });
  await emitEvent(tx, ports, {
    topic: 'identity.org.created',
    aggregateType: 'organisation',
    aggregateId: row.id,
    partyOrgIds: [row.id],
    payload: { orgId: row.id, uscc: row.uscc, kind: row.kind, roles: row.roles, status: row.status },
  });
  return row;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: 'admin' | 'member';
  /** Hashed before the transaction: hashing is slow by design and must not hold a transaction open. */
  passwordHash: string;
  demo?: boolean;
}

/** Creates a user inside a transaction, with its audit row. */
export async function insertUserRow(tx: Db, ports: Pick<Ports, 'clock' | 'newId'>, caller: Caller, orgId: string, u: NewUser): Promise<repo.UserRow> {
  if (await repo.findUserByName(tx, u.username)) throw new AppError('conflict', 'identity.username_taken', { username: u.username });
  const row = await repo.insertUser(tx, {
    id: ports.newId(),
    orgId,
    username: u.username,
    displayName: u.displayName,
    passwordHash: u.passwordHash,
    role: u.role,
    status: 'active',
    demo: u.demo ?? false,
    createdAt: ports.clock.now(),
  });
  await recordAudit(tx, ports, {
    actor: caller.actor,
    chainOrgId: orgId,
    requestId: caller.requestId,
    action: 'user.created',
    resourceType: 'user',
    resourceId: row.id,
    details: { orgId, username: row.username, role: row.role },
  });
  return row;
}

/** An enterprise registers itself and its first administrator; the zone office activates it later. */
export async function registerEnterprise(ctx: AppContext, caller: Caller, input: RegistrationInput) {
  const o = input.organisation;
  const isOverseas = o.roles.includes('overseas_ebc');
  if (isOverseas && !o.agentUscc) {
    throw new AppError('invalid', 'identity.agent_required', {}, [{ path: ['organisation', 'agentUscc'], code: 'required', message: 'identity.agent_required' }]);
  }
  const passwordHash = await hashPassword(input.admin.password, ctx.config.TUMEN_SCRYPT_COST);
  try {
    return await ctx.db.transaction(async (tx) => {
      let agentOrgId: string | null = null;
      if (isOverseas && o.agentUscc) {
        const agent = await repo.findOrgByUscc(tx, o.agentUscc);
        if (!agent || agent.kind !== 'enterprise') {
          throw new AppError('invalid', 'identity.agent_unknown', { uscc: o.agentUscc }, [
            { path: ['organisation', 'agentUscc'], code: 'unknown', message: 'identity.agent_unknown', params: { uscc: o.agentUscc } },
          ]);
        }
        agentOrgId = agent.id;
      }
      const org = await insertOrganisation(tx, ctx, caller, {
        kind: 'enterprise',
        uscc: o.uscc,
        customsCode: o.customsCode ?? null,
        nameZh: o.nameZh,
        names: o.names,
        roles: [...new Set(o.roles)],
        agentOrgId,
        countryCode: o.countryCode ?? null,
        address: o.address,
        areaCode: o.areaCode ?? o.uscc.slice(2, 8),
        contactName: o.contactName,
        contactPhone: o.contactPhone,
        status: 'pending',
      });
      const { username, displayName } = input.admin;
      const user = await insertUserRow(tx, ctx, caller, org.id, { username, displayName, role: 'admin', passwordHash });
      return { organisation: toOrgView(org), admin: toUserView(user) };
    });
  } catch (e) {
    const constraint = uniqueViolation(e);
    if (constraint === 'users_username_key') throw new AppError('conflict', 'identity.username_taken', { username: input.admin.username });
    if (constraint) throw new AppError('conflict', 'identity.org_exists', { uscc: o.uscc });
    throw e;
  }
}

const REVIEW_MOVES: Record<'activate' | 'suspend' | 'reinstate', { from: OrgStatus; to: OrgStatus }> = {
  activate: { from: 'pending', to: 'active' },
  suspend: { from: 'active', to: 'suspended' },
  reinstate: { from: 'suspended', to: 'active' },
};

export async function reviewOrganisation(
  ctx: AppContext,
  caller: Caller,
  orgId: string,
  input: { action: 'activate' | 'suspend' | 'reinstate'; reason?: string | undefined },
): Promise<OrgView> {
  authorize(caller.actor, 'orgs.review');
  const move = REVIEW_MOVES[input.action];
  return ctx.db.transaction(async (tx) => {
    const org = await repo.lockOrg(tx, orgId);
    if (!org || !orgInScope(orgScope(caller.actor), org)) throw new AppError('not_found', 'common.not_found');
    if (org.kind !== 'enterprise') throw new AppError('forbidden', 'common.forbidden');
    if (org.status !== move.from) {
      throw new AppError('invalid_state', 'identity.org_status_transition', { from: org.status, to: move.to });
    }
    const updated = await repo.updateOrgStatus(tx, orgId, move.to, move.to === 'active' ? ctx.clock.now() : null);
    const details = { from: org.status, to: move.to, reason: input.reason ?? null };
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: `org.${input.action}`, resourceType: 'organisation', resourceId: orgId, details });
    await emitEvent(tx, ctx, {
      topic: `identity.org.${input.action}d`,
      aggregateType: 'organisation',
      aggregateId: orgId,
      partyOrgIds: [orgId],
      payload: { orgId, ...details },
    });
    return toOrgView(updated);
  });
}

export async function listOrganisations(ctx: AppContext, caller: Caller, q: z.infer<typeof OrgListQuery>): Promise<OrgView[]> {
  authorize(caller.actor, 'orgs.read');
  const rows = await repo.listOrgs(ctx.db, orgScope(caller.actor), q);
  await recordRead(ctx, caller, 'organisation', rows.map((r) => r.id), { query: q });
  return rows.map(toOrgView);
}

export async function getOrganisation(ctx: AppContext, caller: Caller, id: string): Promise<OrgView> {
  authorize(caller.actor, 'orgs.read');
  const org = await repo.findOrg(ctx.db, id);
  if (!org || !orgInScope(orgScope(caller.actor), org)) throw new AppError('not_found', 'common.not_found');
  await recordRead(ctx, caller, 'organisation', [id]);
  return toOrgView(org);
}

export async function orgById(db: Db, id: string): Promise<OrgView | undefined> {
  const row = await repo.findOrg(db, id);
  return row && toOrgView(row);
}

export async function orgByUscc(db: Db, uscc: string): Promise<OrgView | undefined> {
  const row = await repo.findOrgByUscc(db, uscc);
  return row && toOrgView(row);
}

export async function orgByCode(db: Db, code: string): Promise<OrgView | undefined> {
  const row = await repo.findOrgByCode(db, code);
  return row && toOrgView(row);
}

export async function countOrganisations(db: Db): Promise<number> {
  return repo.countOrgs(db);
}

export async function listOrganisationsForOperator(db: Db): Promise<OrgView[]> {
  return (await repo.listOrgs(db, { all: true }, {})).map(toOrgView);
}

// ---------------------------------------------------------------- users

function requireOwnOrg(actor: Actor, orgId: string): void {
  if (!ownsOrg(actor, orgId)) throw new AppError('not_found', 'common.not_found');
}

export async function listUsers(ctx: AppContext, caller: Caller, orgId: string): Promise<UserView[]> {
  authorize(caller.actor, 'users.read');
  requireOwnOrg(caller.actor, orgId);
  return (await repo.listUsers(ctx.db, orgId)).map(toUserView);
}

export async function createUser(ctx: AppContext, caller: Caller, orgId: string, input: CreateUserInput): Promise<UserView> {
  authorize(caller.actor, 'users.manage');
  requireOwnOrg(caller.actor, orgId);
  const passwordHash = await hashPassword(input.password, ctx.config.TUMEN_SCRYPT_COST);
  try {
    return await ctx.db.transaction(async (tx) => {
      if (!(await repo.findOrg(tx, orgId))) throw new AppError('not_found', 'common.not_found');
      return toUserView(await insertUserRow(tx, ctx, caller, orgId, { username: input.username, displayName: input.displayName, role: input.role, passwordHash }));
    });
  } catch (e) {
    if (uniqueViolation(e)) throw new AppError('conflict', 'identity.username_taken', { username: input.username });
    throw e;
  }
}

// ---------------------------------------------------------------- sessions

export async function login(ctx: AppContext, caller: Caller, input: { username: string; password: string }) {
  const user = await repo.findUserByName(ctx.db, input.username);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash(ctx.config.TUMEN_SCRYPT_COST)));
  if (!user || !ok || user.status !== 'active') throw new AppError('unauthenticated', 'identity.invalid_credentials');
  const org = await repo.findOrg(ctx.db, user.orgId);
  if (!org || org.status === 'suspended') throw new AppError('forbidden', 'identity.org_not_active');
  const token = newSecretToken(SESSION_PREFIX);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.TUMEN_SESSION_HOURS * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    await repo.insertSession(tx, { id: ctx.newId(), userId: user.id, tokenHash: sha256(token), createdAt: now, expiresAt });
    await repo.touchLogin(tx, user.id, now);
    const actor: Actor = { type: 'user', userId: user.id, username: user.username, userRole: user.role, org: toActorOrg(org) };
    await recordAudit(tx, ctx, { actor, requestId: caller.requestId, action: 'session.created', resourceType: 'user', resourceId: user.id });
  });
  return { token, expiresAt: expiresAt.toISOString(), user: toUserView({ ...user, lastLoginAt: now }), organisation: toOrgView(org) };
}

export async function logout(ctx: AppContext, caller: Caller, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (await repo.revokeSession(tx, sha256(token), ctx.clock.now())) {
      await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'session.revoked', resourceType: 'session' });
    }
  });
}

/** Turns a bearer token (session or API key) into an actor; undefined when unknown, expired or revoked. */
export async function resolveToken(ctx: AppContext, token: string): Promise<Actor | undefined> {
  const now = ctx.clock.now();
  if (token.startsWith(SESSION_PREFIX)) {
    const hit = await repo.findSession(ctx.db, sha256(token));
    if (!hit || hit.session.revokedAt || hit.session.expiresAt <= now || hit.user.status !== 'active') return undefined;
    return { type: 'user', userId: hit.user.id, username: hit.user.username, userRole: hit.user.role, org: toActorOrg(hit.org) };
  }
  if (token.startsWith(API_KEY_PREFIX.production) || token.startsWith(API_KEY_PREFIX.sandbox)) {
    const hit = await repo.findApiKey(ctx.db, sha256(token));
    if (!hit || hit.key.revokedAt) return undefined;
    return {
      type: 'apikey',
      keyId: hit.key.id,
      org: toActorOrg(hit.org),
      scopes: hit.key.scopes,
      environment: hit.key.environment,
      unsignedMessages: hit.key.unsignedMessages,
    };
  }
  return undefined;
}

export async function describeActor(ctx: AppContext, actor: Actor) {
  if (actor.type !== 'user' && actor.type !== 'apikey') throw new AppError('unauthenticated', 'common.unauthenticated');
  const org = await repo.findOrg(ctx.db, actor.org.id);
  if (!org) throw new AppError('unauthenticated', 'common.unauthenticated');
  const user = actor.type === 'user' ? await repo.findUserByName(ctx.db, actor.username) : undefined;
  return {
    kind: actor.type,
    user: user ? toUserView(user) : null,
    apiKey: actor.type === 'apikey' ? { id: actor.keyId, scopes: actor.scopes, environment: actor.environment } : null,
    organisation: toOrgView(org),
  };
}

// ---------------------------------------------------------------- API keys

export async function createApiKey(ctx: AppContext, caller: Caller, orgId: string, input: CreateApiKeyInput) {
  authorize(caller.actor, 'apikeys.manage');
  requireOwnOrg(caller.actor, orgId);
  const key = newSecretToken(API_KEY_PREFIX[input.environment]);
  return ctx.db.transaction(async (tx) => {
    const org = await repo.findOrg(tx, orgId);
    if (!org) throw new AppError('not_found', 'common.not_found');
    if (org.status !== 'active') throw new AppError('forbidden', 'identity.org_not_active');
    const row = await repo.insertApiKey(tx, {
      id: ctx.newId(),
      orgId,
      name: input.name,
      prefix: key.slice(0, 16),
      keyHash: sha256(key),
      scopes: [...new Set(input.scopes)],
      environment: input.environment,
      unsignedMessages: input.unsignedMessages ?? null,
      createdBy: caller.actor.type === 'user' ? caller.actor.userId : null,
      createdAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, {
      actor: caller.actor,
      chainOrgId: orgId,
      requestId: caller.requestId,
      action: 'apikey.created',
      resourceType: 'api_key',
      resourceId: row.id,
      details: { name: row.name, scopes: row.scopes, environment: row.environment, prefix: row.prefix },
    });
    return { ...toApiKeyView(row), key };
  });
}

export async function listApiKeys(ctx: AppContext, caller: Caller, orgId: string) {
  authorize(caller.actor, 'apikeys.manage');
  requireOwnOrg(caller.actor, orgId);
  return (await repo.listApiKeys(ctx.db, orgId)).map(toApiKeyView);
}

export async function revokeApiKey(ctx: AppContext, caller: Caller, orgId: string, keyId: string) {
  authorize(caller.actor, 'apikeys.manage');
  requireOwnOrg(caller.actor, orgId);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.revokeApiKey(tx, orgId, keyId, ctx.clock.now());
    if (!row) throw new AppError('not_found', 'common.not_found');
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'apikey.revoked', resourceType: 'api_key', resourceId: keyId });
    return toApiKeyView(row);
  });
}
