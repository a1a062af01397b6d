import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { CAUSE_KEYS } from './causes';
import {
  addFact,
  addModel,
  applyForRepair,
  decideLevel,
  decideRepair,
  editLevel,
  enterpriseCredit,
  listEnterprise,
  listEnterpriseGrades,
  listLevels,
  listModels,
  listNegativeEntries,
  listRepairs,
  myCredit,
  runMaintenance,
} from './credit.api';
import { ensureDefaultModel } from './credit.service';
import { loadCreditLevels } from './levels';
import { CreditModelSchema, FACT_KINDS, GRADES } from './model';
import { publicNegativeList } from './negative-list';

const tags = ['credit'];
const Lang = z.string().optional();
const Page = { limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) };
const Names = z.strictObject({ 'zh-CN': z.string().trim().min(1).max(200).optional(), ko: z.string().trim().min(1).max(200).optional(), ja: z.string().trim().min(1).max(200).optional(), ru: z.string().trim().min(1).max(200).optional(), en: z.string().trim().min(1).max(200).optional() });

const Level = z
  .object({
    regime: z.string(),
    regimeName: z.string(),
    levelCode: z.string(),
    name: z.string(),
    inForceFrom: z.string(),
    inForceTo: z.string().nullable(),
    levelOrder: z.number().int(),
    isAeo: z.boolean(),
    inspectionFactor: z.number(),
    reviewFactor: z.number(),
    inspectionFloor: z.number().nullable().meta({ description: 'A rate the inspection rate is lifted to at least (e.g. 0.8: "80% or more"), over any base rate above 0' }),
    reviewFloor: z.number().nullable(),
    status: z.string().meta({ description: 'verified-third-party, unverified-recall, zone-configured-unverified, reference, set_by_customs' }),
    source: z.string(),
  })
  .loose();

const Entry = z
  .object({ id: z.uuid(), orgId: z.uuid(), cause: z.string(), causeKey: z.string(), causeLabel: z.string(), start: z.iso.datetime(), end: z.iso.datetime().nullable(), state: z.enum(['listed', 'repaired', 'expired']), disclosed: z.boolean() })
  .loose();
const Repair = z.object({ id: z.uuid(), entryId: z.uuid(), orgId: z.uuid(), appliedAt: z.iso.datetime(), state: z.enum(['applied', 'approved', 'refused']), decidedAt: z.iso.datetime().nullable(), reason: z.string().nullable() }).loose();
const Fact = z.object({
  factId: z.uuid().nullable(),
  kind: z.string(),
  label: z.string(),
  at: z.iso.datetime(),
  source: z.string(),
  reference: z.string().nullable(),
  count: z.number().int(),
  points: z.number(),
  weight: z.number(),
  contribution: z.number(),
  explanation: z.string(),
});
const Profile = z
  .object({
    org: z.object({ id: z.uuid(), name: z.string(), uscc: z.string(), customsCode: z.string().nullable() }),
    at: z.iso.datetime(),
    score: z.number(),
    grade: z.enum(GRADES),
    scoreGrade: z.enum(GRADES),
    baseScore: z.number(),
    modelVersion: z.number().int(),
    facts: z.array(Fact).meta({ description: 'Every fact that moved the score, by how much, largest first' }),
    customsLevel: Level.nullable(),
    supervision: z.object({ appliedLevel: z.string().nullable(), inspectionFactor: z.number(), reviewFactor: z.number(), inspectionRate: z.number(), reviewRate: z.number() }).loose(),
    negativeList: z.array(Entry),
    repairs: z.array(Repair),
    advice: z.array(z.string()).meta({ description: 'How to repair and improve, in the caller’s language' }),
  })
  .loose();
const Iso = z.iso.datetime({ offset: true });

export async function creditRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  // The levels file (new or changed levels; customs' edits stay) and the default model, before any request.
  await loadCreditLevels(ctx.db);
  await ensureDefaultModel(ctx.db, ctx.clock.now());

  app.get(
    '/credit/me',
    { schema: { tags, summary: 'The enterprise’s own credit: score and grade, the facts behind them, its customs level and supervision rates, its negative-list entries and how to repair', querystring: z.strictObject({ lang: Lang }), response: { 200: Profile, ...errorResponses } } },
    async (req) => myCredit(ctx, callerOf(req), req.locale),
  );

  app.get(
    '/credit/enterprises',
    {
      schema: {
        tags,
        summary: 'Departments and the zone office: the grades of the enterprises in their scope (customs, tax, forex, commerce, market supervision: all; transport and postal: logistics)',
        querystring: z.strictObject({ grade: z.enum(GRADES).optional(), listed: z.enum(['true', 'false']).transform((v) => v === 'true').optional(), ...Page, lang: Lang }),
        response: {
          200: z.object({
            at: z.iso.datetime(),
            items: z.array(z.object({ orgId: z.uuid(), name: z.string(), uscc: z.string(), score: z.number(), grade: z.enum(GRADES), listed: z.boolean(), customsLevel: z.string().nullable(), inspectionFactor: z.number(), reviewFactor: z.number() }).loose()),
            nextOffset: z.number().int().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return listEnterpriseGrades(ctx, callerOf(req), q, req.locale);
    },
  );

  app.get(
    '/credit/enterprises/:orgId',
    {
      schema: {
        tags,
        summary: 'Departments and the zone office: one enterprise’s credit in their scope, now or as of a past time',
        params: z.object({ orgId: z.uuid() }),
        querystring: z.strictObject({ at: Iso.optional(), lang: Lang }),
        response: { 200: Profile, ...errorResponses },
      },
    },
    async (req) => enterpriseCredit(ctx, callerOf(req), req.params.orgId, { at: req.query.at }, req.locale),
  );

  app.post(
    '/credit/enterprises/:orgId/levels',
    {
      schema: {
        tags,
        summary: 'Customs: decide an enterprise’s customs credit level from a time (the regime in force then, unless named); the previous decision ends there',
        params: z.object({ orgId: z.uuid() }),
        body: z.strictObject({ levelCode: z.string().regex(/^[a-z_]+$/), regime: z.string().regex(/^[a-z0-9]+$/).optional(), validFrom: Iso.optional(), reason: z.string().trim().max(1000).optional() }),
        response: { 201: z.object({ id: z.uuid(), orgId: z.uuid(), regime: z.string(), levelCode: z.string(), name: z.string(), validFrom: z.iso.datetime() }).loose(), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await decideLevel(ctx, callerOf(req), req.params.orgId, req.body, req.locale)),
  );

  app.post(
    '/credit/facts',
    {
      schema: {
        tags,
        summary:
          'A competent department records a credit fact the other modules do not produce: inspection finding, penalty (customs); late tax (customs, tax); complaint (market supervision, commerce, zone office); quality incident (market supervision, customs); AEO certification (customs); certification',
        body: z.strictObject({
          orgId: z.uuid(),
          kind: z.enum(FACT_KINDS),
          at: Iso.optional(),
          reference: z.string().trim().min(1).max(200).optional(),
          note: z.string().trim().max(2000).optional(),
          disclosable: z.boolean().optional(),
        }),
        response: { 201: z.object({ id: z.uuid(), orgId: z.uuid(), kind: z.string(), at: z.iso.datetime(), source: z.string() }).loose(), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await addFact(ctx, callerOf(req), req.body)),
  );

  app.get(
    '/credit/levels',
    {
      schema: {
        tags,
        summary: 'Customs credit levels of every regime (令第251号 kept for history, 令第282号 from 2026-04-01) with their inspection and review factors and floors, and which regime is in force',
        querystring: z.strictObject({ at: Iso.optional(), lang: Lang }),
        response: { 200: z.object({ at: z.iso.datetime(), regimeInForce: z.string().nullable(), items: z.array(Level) }), ...errorResponses },
      },
    },
    async (req) => listLevels(ctx, callerOf(req), { at: req.query.at }, req.locale),
  );

  app.put(
    '/credit/levels/:regime/:levelCode',
    {
      schema: {
        tags,
        summary: 'Customs: set a level’s factors and floors (e.g. the 282 values once known); the row is marked set_by_customs and a reload of the data file leaves it alone',
        params: z.object({ regime: z.string().max(40), levelCode: z.string().max(60) }),
        body: z.strictObject({
          inspectionFactor: z.number().min(0).max(1000),
          reviewFactor: z.number().min(0).max(1000),
          inspectionFloor: z.number().min(0).max(1).nullable(),
          reviewFloor: z.number().min(0).max(1).nullable(),
          names: Names.optional(),
          note: z.string().trim().max(500).optional(),
        }),
        querystring: z.strictObject({ lang: Lang }),
        response: { 200: Level, ...errorResponses },
      },
    },
    async (req) => editLevel(ctx, callerOf(req), req.params, req.body, req.locale),
  );

  app.get(
    '/credit/negative-list',
    {
      schema: {
        tags,
        summary: 'Departments and the zone office: negative-list entries in their scope, disclosed or not, standing, repaired or expired',
        querystring: z.strictObject({ state: z.enum(['listed', 'repaired', 'expired']).optional(), orgId: z.uuid().optional(), ...Page, lang: Lang }),
        response: { 200: z.object({ items: z.array(Entry), nextOffset: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return listNegativeEntries(ctx, callerOf(req), q, req.locale);
    },
  );

  app.post(
    '/credit/negative-list',
    {
      schema: {
        tags,
        summary: 'Customs: put an enterprise on the negative list with its cause (catalogue key: 令第251号 art. 22 item or serious-list ground), start and optional end; disclosed to the public unless said otherwise',
        body: z.strictObject({
          orgId: z.uuid(),
          cause: z.string().trim().min(1).max(500).meta({ description: 'The cause as the decision states it (shown to the public when disclosed)' }),
          causeKey: z.enum(CAUSE_KEYS as [string, ...string[]]),
          start: Iso.optional(),
          end: Iso.optional(),
          disclosed: z.boolean().optional(),
        }),
        querystring: z.strictObject({ lang: Lang }),
        response: { 201: Entry, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await listEnterprise(ctx, callerOf(req), req.body as Parameters<typeof listEnterprise>[2], req.locale)),
  );

  app.post(
    '/credit/negative-list/:id/repairs',
    {
      schema: {
        tags,
        summary: 'The listed enterprise applies for credit repair with its evidence (after the cause’s waiting period; not for causes repaired only by the two-year route)',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({
          statement: z.string().trim().min(1).max(4000),
          documents: z.array(z.strictObject({ name: z.string().trim().min(1).max(200), reference: z.string().trim().min(1).max(500) })).min(1).max(20),
        }),
        response: { 201: Repair, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await applyForRepair(ctx, callerOf(req), req.params.id, req.body)),
  );

  app.post(
    '/credit/negative-list/maintenance',
    {
      schema: {
        tags,
        summary: 'Customs: run the list’s maintenance now (what the worker does): end entries whose end has come, repair enterprises with two consecutive years without a case',
        response: { 200: z.object({ repaired: z.array(z.uuid()), expired: z.array(z.uuid()) }), ...errorResponses },
      },
    },
    async (req) => runMaintenance(ctx, callerOf(req)),
  );

  app.get(
    '/credit/repairs',
    {
      schema: {
        tags,
        summary: 'Departments and the zone office: repair applications of the enterprises in their scope (state=applied: the queue)',
        querystring: z.strictObject({ state: z.enum(['applied', 'approved', 'refused']).optional(), ...Page }),
        response: { 200: z.object({ items: z.array(Repair), nextOffset: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => listRepairs(ctx, callerOf(req), req.query),
  );

  app.post(
    '/credit/repairs/:id/decision',
    {
      schema: {
        tags,
        summary: 'Customs: approve a repair application (the entry is repaired and leaves the public list and the stricter treatment) or refuse it',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ decision: z.enum(['approve', 'refuse']), reason: z.string().trim().max(1000).optional() }),
        response: { 200: Repair, ...errorResponses },
      },
    },
    async (req) => decideRepair(ctx, callerOf(req), req.params.id, req.body),
  );

  app.get(
    '/credit/models',
    {
      schema: {
        tags,
        summary: 'Departments and the zone office: the evaluation model versions (base score, points and half-life per fact kind, grade thresholds and factors) and the one in force',
        response: { 200: z.object({ inForce: z.number().int(), items: z.array(z.object({ version: z.number().int(), effectiveFrom: z.iso.datetime(), model: z.record(z.string(), z.unknown()) }).loose()) }), ...errorResponses },
      },
    },
    async (req) => listModels(ctx, callerOf(req)),
  );

  app.post(
    '/credit/models',
    {
      schema: {
        tags,
        summary: 'Zone office or customs: a new model version, effective from a time not in the past (earlier evaluations keep the version then in force)',
        body: z.strictObject({ effectiveFrom: Iso, model: CreditModelSchema }),
        response: { 201: z.object({ version: z.number().int(), effectiveFrom: z.iso.datetime() }).loose(), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await addModel(ctx, callerOf(req), req.body)),
  );

  app.get(
    '/public/negative-list',
    {
      config: { public: true, rateLimit: { max: ctx.config.TUMEN_PUBLIC_RATE_LIMIT_MAX, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Public disclosure of the negative list (no login, rate-limited): for each disclosed entry standing now, only the enterprise’s name and code, the cause, start and end',
        security: [],
        querystring: z.strictObject({ ...Page, lang: Lang }),
        response: { 200: z.object({ items: z.array(z.strictObject({ name: z.string(), code: z.string(), cause: z.string(), start: z.iso.datetime(), end: z.iso.datetime().nullable() })), nextOffset: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => publicNegativeList(ctx, { limit: req.query.limit, offset: req.query.offset }, req.locale),
  );
}
