import { z } from 'zod';
import { DEPARTMENTS, ENTERPRISE_ROLES, ORG_KINDS } from '../access';
import { API_KEY_SCOPES } from '../access';
import { validateCustomsCode, validateUscc } from './uscc';

/** A unified social credit code, normalised to upper case and checked per GB 32100. */
export const UsccSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const r = validateUscc(value);
    if (r.ok) return;
    if (r.reason === 'check') {
      ctx.addIssue({ code: 'custom', message: 'identity.uscc_check', params: { expected: r.expected ?? '' } });
    } else {
      ctx.addIssue({ code: 'custom', message: r.reason === 'area' ? 'identity.uscc_area' : 'identity.uscc_format' });
    }
  })
  .meta({ description: 'Unified social credit code (18 characters, GB 32100)', example: '91222401MA17Y8KX0Q' });

export const CustomsCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(validateCustomsCode, { message: 'identity.customs_code_format' })
  .meta({ description: 'Customs registration code (10 characters)' });

const Name = z.string().trim().min(1).max(200);
export const NamesSchema = z.strictObject({
  en: Name.optional(),
  ko: Name.optional(),
  ja: Name.optional(),
  ru: Name.optional(),
});

export const EnterpriseRoleSchema = z.enum(ENTERPRISE_ROLES);
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/);
export const PasswordSchema = z.string().min(10).max(200);
const Phone = z.string().trim().regex(/^\+?[0-9][0-9 -]{5,19}$/);

export const RegistrationInput = z.strictObject({
  organisation: z.strictObject({
    uscc: UsccSchema,
    customsCode: CustomsCodeSchema.optional(),
    nameZh: Name,
    names: NamesSchema.default({}),
    roles: z.array(EnterpriseRoleSchema).min(1).max(ENTERPRISE_ROLES.length),
    agentUscc: UsccSchema.optional().meta({ description: 'Domestic agent of an overseas e-commerce enterprise' }),
    countryCode: z.string().regex(/^[A-Z]{3}$/).optional(),
    address: z.string().trim().min(1).max(500),
    areaCode: z.string().regex(/^[0-9]{6}$/).optional(),
    contactName: Name,
    contactPhone: Phone,
  }),
  admin: z.strictObject({
    username: UsernameSchema,
    displayName: Name,
    password: PasswordSchema,
  }),
});
export type RegistrationInput = z.infer<typeof RegistrationInput>;

export const OrgView = z.object({
  id: z.uuid(),
  kind: z.enum(ORG_KINDS),
  uscc: z.string(),
  customsCode: z.string().nullable(),
  nameZh: z.string(),
  names: NamesSchema,
  roles: z.array(EnterpriseRoleSchema),
  department: z.enum(DEPARTMENTS).nullable(),
  agentOrgId: z.uuid().nullable(),
  countryCode: z.string().nullable(),
  address: z.string().nullable(),
  areaCode: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  status: z.enum(['pending', 'active', 'suspended']),
  demo: z.boolean(),
  createdAt: z.iso.datetime(),
  activatedAt: z.iso.datetime().nullable(),
});
export type OrgView = z.infer<typeof OrgView>;

export const OrgListQuery = z.strictObject({
  kind: z.enum(ORG_KINDS).optional(),
  status: z.enum(['pending', 'active', 'suspended']).optional(),
  role: EnterpriseRoleSchema.optional(),
});

export const OrgReviewInput = z.strictObject({
  action: z.enum(['activate', 'suspend', 'reinstate']),
  reason: z.string().trim().min(1).max(1000).optional(),
});

export const UserView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['admin', 'member']),
  status: z.enum(['active', 'disabled']),
  demo: z.boolean(),
  createdAt: z.iso.datetime(),
  lastLoginAt: z.iso.datetime().nullable(),
});
export type UserView = z.infer<typeof UserView>;

export const CreateUserInput = z.strictObject({
  username: UsernameSchema,
  displayName: Name,
  password: PasswordSchema,
  role: z.enum(['admin', 'member']).default('member'),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const LoginInput = z.strictObject({
  username: UsernameSchema,
  password: z.string().min(1).max(200),
});

export const SessionView = z.object({
  token: z.string().meta({ description: 'Bearer token for the Authorization header (also set as a cookie)' }),
  expiresAt: z.iso.datetime(),
  user: UserView,
  organisation: OrgView,
});

export const MeView = z.object({
  kind: z.enum(['user', 'apikey']),
  user: UserView.nullable(),
  apiKey: z.object({ id: z.uuid(), scopes: z.array(z.string()), environment: z.enum(['sandbox', 'production']) }).nullable(),
  organisation: OrgView,
});

export const ApiKeyScopeSchema = z.enum(API_KEY_SCOPES as [string, ...string[]]);
export const CreateApiKeyInput = z.strictObject({
  name: Name,
  scopes: z.array(ApiKeyScopeSchema).min(1),
  environment: z.enum(['sandbox', 'production']).default('sandbox'),
  unsignedMessages: z
    .enum(['accept', 'refuse'])
    .optional()
    .meta({ description: 'Unsigned CEB messages sent with this key: accepted and marked unsigned, or refused. Default: accepted for sandbox keys; the deployment policy for production keys.' }),
});
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyInput>;

export const ApiKeyView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  environment: z.enum(['sandbox', 'production']),
  unsignedMessages: z.enum(['accept', 'refuse']).nullable(),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});
export const CreatedApiKeyView = ApiKeyView.extend({
  key: z.string().meta({ description: 'The key itself: shown once, never again' }),
});

export const IdParams = z.strictObject({ id: z.uuid() });
export const KeyParams = z.strictObject({ id: z.uuid(), keyId: z.uuid() });
