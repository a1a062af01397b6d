import { z } from 'zod';
import { DEPARTMENTS } from '../access';
import { CustomsCodeSchema, EnterpriseRoleSchema, NamesSchema, UsccSchema } from '../identity';
import { QUALIFICATION_KINDS } from './enterprise-filing.rules';
import { FILING_STATUSES } from './filing.states';

const Text = (max: number) => z.string().trim().min(1).max(max);
const Money = z.string().regex(/^[0-9]{1,15}(\.[0-9]{1,2})?$/).meta({ description: 'CNY amount as a decimal string' });
const IsoDate = z.iso.date();

export const QualificationSchema = z.strictObject({
  kind: z.enum(QUALIFICATION_KINDS),
  number: Text(100).optional(),
  issuer: Text(200).optional(),
  validUntil: IsoDate.optional(),
  amount: Money.optional(),
});

export const ContactSchema = z.strictObject({
  name: Text(100),
  phone: z.string().trim().regex(/^\+?[0-9][0-9 -]{5,19}$/),
  email: z.email().optional(),
  role: Text(100).optional(),
});

export const EnterpriseFilingInput = z.strictObject({
  customsCode: CustomsCodeSchema.optional(),
  nameZh: Text(200),
  names: NamesSchema.default({}),
  legalRepresentative: Text(100),
  address: Text(500),
  areaCode: z.string().regex(/^[0-9]{6}$/).optional(),
  roles: z.array(EnterpriseRoleSchema).min(1).max(9),
  qualifications: z.array(QualificationSchema).max(20).default([]),
  contacts: z.array(ContactSchema).min(1).max(10),
  agentUscc: UsccSchema.optional(),
});
export type EnterpriseFilingInput = z.infer<typeof EnterpriseFilingInput>;

const Status = z.enum(FILING_STATUSES as [string, ...string[]]);

export const ReviewView = z.object({
  reviewer: z.string(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  reason: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
});

export const TransitionView = z.object({
  from: z.string().nullable(),
  to: z.string(),
  event: z.string(),
  reason: z.string().nullable(),
  at: z.iso.datetime(),
});

export const EnterpriseFilingView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  version: z.number().int(),
  status: Status,
  uscc: z.string(),
  customsCode: z.string().nullable(),
  nameZh: z.string(),
  names: NamesSchema,
  legalRepresentative: z.string(),
  address: z.string(),
  areaCode: z.string().nullable(),
  roles: z.array(EnterpriseRoleSchema),
  qualifications: z.array(QualificationSchema),
  contacts: z.array(ContactSchema),
  agentUscc: z.string().nullable(),
  submittedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  effectiveAt: z.iso.datetime().nullable(),
});
export type EnterpriseFilingView = z.infer<typeof EnterpriseFilingView>;

export const EnterpriseFilingDetail = EnterpriseFilingView.extend({
  reviews: z.array(ReviewView),
  history: z.array(TransitionView),
});

export const EnterpriseFilingQuery = z.strictObject({
  status: Status.optional(),
  /** `mine`: versions waiting for the caller's department to review. */
  queue: z.literal('mine').optional(),
  role: EnterpriseRoleSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  lang: z.string().optional(),
});

export const ReviewInput = z.strictObject({
  decision: z.enum(['approved', 'rejected']),
  reason: z.string().trim().min(1).max(1000).optional(),
});

export const ReasonInput = z.strictObject({ reason: z.string().trim().min(1).max(1000).optional() });

export const PublicEnterpriseQuery = z.strictObject({
  q: z.string().trim().min(2).max(100).meta({ description: 'A unified social credit code, or part of a name in any language' }),
  lang: z.string().optional(),
});

/** What anyone may see of an enterprise: no contacts, no people, no licence numbers. */
export const PublicEnterpriseView = z.object({
  uscc: z.string(),
  nameZh: z.string(),
  names: NamesSchema,
  roles: z.array(EnterpriseRoleSchema),
  status: z.enum(['effective', 'suspended', 'cancelled']),
  filedSince: z.iso.datetime().nullable(),
  version: z.number().int(),
});

export const ReviewerSchema = z.enum([...DEPARTMENTS, 'zone_office']);
