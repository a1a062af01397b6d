import { sql } from 'drizzle-orm';
import type { Department, EnterpriseRole, OrgKind, OrgStatus } from '../access';
import { boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Enterprises, departments and the zone office: every party that acts on the platform. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').$type<OrgKind>().notNull(),
    uscc: text('uscc').notNull(),
    customsCode: text('customs_code'),
    nameZh: text('name_zh').notNull(),
    /** Names in the working languages: { en, ko, ja, ru } — any subset. */
    names: jsonb('names').$type<Partial<Record<'en' | 'ko' | 'ja' | 'ru', string>>>().notNull().default({}),
    roles: text('roles').array().$type<EnterpriseRole[]>().notNull().default(sql`'{}'::text[]`),
    department: text('department').$type<Department>(),
    /** For an overseas e-commerce enterprise: the domestic agent that acts for it. */
    agentOrgId: uuid('agent_org_id'),
    countryCode: text('country_code'),
    address: text('address'),
    areaCode: text('area_code'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    status: text('status').$type<OrgStatus>().notNull(),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    activatedAt: timestamp('activated_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('organisations_uscc_key').on(t.uscc),
    uniqueIndex('organisations_department_key').on(t.department),
    index('organisations_kind_status_idx').on(t.kind, t.status),
    check('organisations_kind_check', sql`${t.kind} in ('enterprise', 'department', 'zone_office')`),
    check('organisations_status_check', sql`${t.status} in ('pending', 'active', 'suspended')`),
    check('organisations_department_check', sql`(${t.kind} = 'department') = (${t.department} is not null)`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** admin manages the organisation's users and keys; member works in it. */
    role: text('role').$type<'admin' | 'member'>().notNull(),
    locale: text('locale'),
    status: text('status').$type<'active' | 'disabled'>().notNull(),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    index('users_org_idx').on(t.orgId),
    check('users_role_check', sql`${t.role} in ('admin', 'member')`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('sessions_token_hash_key').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    /** The first characters of the key, shown in listings so a holder can tell keys apart. */
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    environment: text('environment').$type<'sandbox' | 'production'>().notNull(),
    /** Unsigned CEB messages sent with this key: accepted (marked unsigned) or refused; null = the deployment's policy. */
    unsignedMessages: text('unsigned_messages').$type<'accept' | 'refuse'>(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('api_keys_key_hash_key').on(t.keyHash),
    index('api_keys_org_idx').on(t.orgId),
    check('api_keys_environment_check', sql`${t.environment} in ('sandbox', 'production')`),
  ],
);
