import { and, arrayOverlaps, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { cachedRead } from '../../db/versions';
import { selectWhere } from '../../db/statements';
import { apiKeys, organisations, sessions, users } from './identity.table';
import type { EnterpriseRole, OrgKind, OrgStatus } from '../access';
import type { OrgScope } from '../access';

export type OrgRow = typeof organisations.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;

function scopeCondition(scope: OrgScope): SQL | undefined {
  if (scope.all) return undefined;
  const any: SQL[] = [];
  if (scope.selfId) any.push(eq(organisations.id, scope.selfId));
  if (scope.authorities) any.push(sql`${organisations.kind} <> 'enterprise'`);
  if (scope.agentLinksOf) any.push(eq(organisations.agentOrgId, scope.agentLinksOf));
  if (scope.ownAgentId) any.push(eq(organisations.id, scope.ownAgentId));
  if (scope.enterprises === 'all') any.push(eq(organisations.kind, 'enterprise'));
  else if (scope.enterprises !== 'none') {
    any.push(and(eq(organisations.kind, 'enterprise'), arrayOverlaps(organisations.roles, scope.enterprises))!);
  }
  return any.length ? or(...any) : sql`false`;
}

export interface OrgFilter {
  kind?: OrgKind;
  status?: OrgStatus;
  role?: EnterpriseRole;
}

export async function listOrgs(db: Db, scope: OrgScope, f: OrgFilter): Promise<OrgRow[]> {
  const where: (SQL | undefined)[] = [scopeCondition(scope)];
  if (f.kind) where.push(eq(organisations.kind, f.kind));
  if (f.status) where.push(eq(organisations.status, f.status));
  if (f.role) where.push(sql`${f.role} = any(${organisations.roles})`);
  return db
    .select()
    .from(organisations)
    .where(and(...where))
    .orderBy(asc(organisations.kind), asc(organisations.nameZh));
}

export function findOrg(db: Db, id: string): Promise<OrgRow | undefined> {
  return cachedRead(db, 'organisations', `id:${id}`, async () => {
    const [row] = await selectWhere(db, organisations, { id });
    return row;
  });
}

export async function findOrgByUscc(db: Db, uscc: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.uscc, uscc));
  return row;
}

/** An organisation by the code customs messages name it with: its customs code, or its USCC. */
export function findOrgByCode(db: Db, code: string): Promise<OrgRow | undefined> {
  return cachedRead(db, 'organisations', `code:${code}`, async () => {
    const [row] = await db
      .select()
      .from(organisations)
      .where(or(eq(organisations.customsCode, code), eq(organisations.uscc, code)))
      .limit(1);
    return row;
  });
}

export async function lockOrg(tx: Db, id: string): Promise<OrgRow | undefined> {
  const [row] = await tx.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row;
}

export async function insertOrg(tx: Db, row: typeof organisations.$inferInsert): Promise<OrgRow> {
  const [created] = await tx.insert(organisations).values(row).returning();
  return created!;
}

export async function updateOrgStatus(tx: Db, id: string, status: OrgStatus, activatedAt: Date | null): Promise<OrgRow> {
  const [row] = await tx
    .update(organisations)
    .set(activatedAt ? { status, activatedAt } : { status })
    .where(eq(organisations.id, id))
    .returning();
  return row!;
}

export async function countOrgs(db: Db): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations);
  return r?.n ?? 0;
}

export async function findUserByName(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function insertUser(tx: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  const [created] = await tx.insert(users).values(row).returning();
  return created!;
}

export async function listUsers(db: Db, orgId: string): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.username));
}

export async function touchLogin(tx: Db, userId: string, at: Date): Promise<void> {
  await tx.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId));
}

export async function insertSession(tx: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(row);
}

export async function revokeSession(tx: Db, tokenHash: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** One query from a session token to its user and organisation. */
export async function findSession(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ session: sessions, user: users, org: organisations })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function findApiKey(db: Db, keyHash: string) {
  const [row] = await db
    .select({ key: apiKeys, org: organisations })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.orgId))
    .where(eq(apiKeys.keyHash, keyHash));
  return row;
}

export async function insertApiKey(tx: Db, row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [created] = await tx.insert(apiKeys).values(row).returning();
  return created!;
}

export async function listApiKeys(db: Db, orgId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.orgId, orgId)).orderBy(asc(apiKeys.createdAt));
}

export async function revokeApiKey(tx: Db, orgId: string, keyId: string, at: Date): Promise<ApiKeyRow | undefined> {
  const [row] = await tx
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.id, keyId)))
    .returning();
  return row;
}

export async function findOrgsByIds(db: Db, ids: string[]): Promise<OrgRow[]> {
  if (!ids.length) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids));
}
