import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { DEPARTMENTS } from '../access';
import { ALERT_STATES, DISPOSALS, REVIEW_OUTCOMES } from './alerts';
import { ACTIONS, RULE_DEPARTMENTS, RuleBody, RuleCode, RuleDefinition, RuleVersionBody } from './engine';
import { DETECTOR_NAMES, type DetectorName } from './detectors';
import { addRuleVersion, backtestDraft, backtestRule, createRule, declarationDecisions, disposeAlert, getAlert, getRule, listAlerts, listRules, retireRule, reviewAlert, ruleStats, runSweep } from './risk.api';
import { BACKTEST_MAX_DAYS, ensureDefaultRules } from './rules';
import { addRecall, BrandBody, listBrands, listRecalls, putBrand, RecallBody } from './watchlists';

/**
 * The route schemas, built on first use: the module graph has cycles through the HTTP layer, so nothing imported
 * is read while this module is evaluated.
 */
function schemas() {
  const tags = ['risk'];
  const Lang = z.string().optional();
  const Instant = z.iso.datetime({ offset: true });
  const Reason = z.string().trim().min(1).max(2000);

  const Version = z.object({
    id: z.uuid(),
    code: z.string(),
    version: z.number().int(),
    department: z.string(),
    effectiveFrom: z.iso.datetime(),
    effectiveTo: z.iso.datetime().nullable(),
    definition: z.record(z.string(), z.unknown()),
    action: z.enum(ACTIONS),
    score: z.number().int(),
    explanation: z.record(z.string(), z.string()),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  });
  const Rule = z.object({
    code: z.string(),
    department: z.string(),
    status: z.enum(['active', 'scheduled', 'retired']),
    inForce: z.number().int().nullable().meta({ description: 'The version in force now' }),
    next: z.number().int().nullable().meta({ description: 'A version scheduled to come into force later' }),
    latest: Version,
    title: z.string().meta({ description: 'The latest explanation in the caller’s language, placeholders shown as -' }),
  });
  const RuleDetail = Rule.extend({ versions: z.array(Version) });

  const Stats = z.object({ alerts: z.number().int(), open: z.number().int(), disposed: z.number().int(), reviewed: z.number().int(), confirmed: z.number().int(), falsePositives: z.number().int(), precision: z.number().nullable() });

  const BacktestWindow = {
    from: Instant.meta({ description: 'Start of the window (inclusive)' }),
    to: Instant.meta({ description: `End of the window (exclusive), at most ${BACKTEST_MAX_DAYS} days after the start` }),
    flow: z.enum(['import', 'export']).default('import').meta({ description: 'import: declared inventories (9610/1210); export: export lists' }),
    sampleSize: z.number().int().min(0).max(200).default(20),
    maxDocuments: z.number().int().min(1).max(20_000).default(5000),
  };
  const BacktestResult = z.object({
    flow: z.enum(['import', 'export']),
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    documents: z.number().int(),
    hits: z.number().int(),
    share: z.number().nullable(),
    truncated: z.boolean(),
    sample: z.array(z.object({ factId: z.uuid(), at: z.iso.datetime(), orderNo: z.string().nullable(), ebpCode: z.string().nullable(), ebcCode: z.string().nullable(), reference: z.string().nullable(), params: z.record(z.string(), z.union([z.string(), z.number()])) })),
  });

  const Alert = z.object({
    id: z.uuid(),
    at: z.iso.datetime(),
    department: z.string(),
    rule: z.object({ code: z.string(), version: z.number().int() }).nullable(),
    detector: z.string().nullable(),
    severity: z.enum(['low', 'medium', 'high']),
    declarationId: z.uuid().nullable(),
    orgId: z.uuid().nullable(),
    subject: z.record(z.string(), z.unknown()),
    explanation: z.string(),
    state: z.enum(ALERT_STATES),
    stateLabel: z.string(),
    disposal: z.record(z.string(), z.unknown()).nullable(),
    disposedBy: z.string().nullable(),
    disposedAt: z.iso.datetime().nullable(),
    review: z.record(z.string(), z.unknown()).nullable(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.iso.datetime().nullable(),
  });

  const CodeParams = z.object({ code: RuleCode });
  return { tags, Lang, Instant, Reason, Version, Rule, RuleDetail, Stats, BacktestWindow, BacktestResult, Alert, CodeParams };
}

export async function riskRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  const { tags, Lang, Instant, Reason, Rule, RuleDetail, Stats, BacktestWindow, BacktestResult, Alert, CodeParams } = schemas();
  // The rules every deployment starts with exist before the first request (the port also heals a database without them).
  await ensureDefaultRules(ctx.db, ctx);

  app.get(
    '/risk/rules',
    {
      schema: {
        tags,
        summary: 'Risk rules (customs, forex, market supervision and the zone office): each with its status, the version in force and the latest',
        querystring: z.strictObject({ department: z.enum(RULE_DEPARTMENTS).optional(), status: z.enum(['active', 'scheduled', 'retired']).optional(), lang: Lang }),
        response: { 200: z.object({ items: z.array(Rule) }), ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return { items: await listRules(ctx, callerOf(req), q, req.locale) };
    },
  );

  app.post(
    '/risk/rules',
    {
      schema: {
        tags,
        summary: 'A department creates a rule of its own (version 1): conditions over the declaration’s fields and aggregates of risk facts, an action with a score, an explanation in the five languages, in force from now or later',
        body: RuleBody,
        response: { 201: RuleDetail, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await createRule(ctx, callerOf(req), req.body, req.locale)),
  );

  app.get(
    '/risk/rules/:code',
    { schema: { tags, summary: 'One rule with every version and its effective period', params: CodeParams, querystring: z.strictObject({ lang: Lang }), response: { 200: RuleDetail, ...errorResponses } } },
    async (req) => getRule(ctx, callerOf(req), req.params.code, req.locale),
  );

  app.post(
    '/risk/rules/:code/versions',
    {
      schema: {
        tags,
        summary: 'Edit a rule: version n+1, in force from its effective time (now or later); whatever was in force from then on is closed, so decisions change only from then',
        params: CodeParams,
        body: RuleVersionBody,
        response: { 201: RuleDetail, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await addRuleVersion(ctx, callerOf(req), req.params.code, req.body, req.locale)),
  );

  app.post(
    '/risk/rules/:code/retire',
    {
      schema: {
        tags,
        summary: 'Retire a rule from now or a later time: no version of it applies from then on',
        params: CodeParams,
        body: z.strictObject({ effectiveFrom: Instant.optional(), reason: z.string().trim().max(2000).optional() }),
        response: { 200: RuleDetail, ...errorResponses },
      },
    },
    async (req) => retireRule(ctx, callerOf(req), req.params.code, req.body, req.locale),
  );

  app.post(
    '/risk/rules/:code/backtest',
    {
      schema: {
        tags,
        summary: 'Back-test a rule (its latest version, or a draft definition given) on the documents of a past window: how many it would have hit, with a sample',
        params: CodeParams,
        body: z.strictObject({ ...BacktestWindow, definition: RuleDefinition.optional() }),
        response: { 200: BacktestResult.extend({ code: z.string(), version: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => backtestRule(ctx, callerOf(req), req.params.code, req.body),
  );

  app.post(
    '/risk/backtest',
    {
      schema: {
        tags,
        summary: 'Back-test a draft definition, before it becomes a rule, on the documents of a past window',
        body: z.strictObject({ ...BacktestWindow, definition: RuleDefinition }),
        response: { 200: BacktestResult, ...errorResponses },
      },
    },
    async (req) => backtestDraft(ctx, callerOf(req), req.body),
  );

  app.get(
    '/risk/rules/:code/stats',
    {
      schema: {
        tags,
        summary: 'A rule’s hit statistics in production, per version and in total: alerts, disposed, reviewed, confirmed, false positives, precision so far',
        params: CodeParams,
        response: { 200: z.object({ code: z.string(), total: Stats, versions: z.array(Stats.extend({ version: z.number().int(), effectiveFrom: z.iso.datetime(), effectiveTo: z.iso.datetime().nullable() })) }), ...errorResponses },
      },
    },
    async (req) => ruleStats(ctx, callerOf(req), req.params.code),
  );

  app.get(
    '/risk/alerts',
    {
      schema: {
        tags,
        summary: 'The alert queue of the caller’s department (the zone office: every department’s), newest first',
        querystring: z.strictObject({
          state: z.enum(ALERT_STATES).optional(),
          department: z.enum(DEPARTMENTS).optional(),
          declarationId: z.uuid().optional(),
          ruleCode: RuleCode.optional(),
          detector: z.string().max(60).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
          lang: Lang,
        }),
        response: { 200: z.object({ items: z.array(Alert), nextOffset: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return listAlerts(ctx, callerOf(req), q, req.locale);
    },
  );

  app.get(
    '/risk/alerts/:id',
    { schema: { tags, summary: 'One alert, with its disposal and review', params: z.object({ id: z.uuid() }), querystring: z.strictObject({ lang: Lang }), response: { 200: Alert, ...errorResponses } } },
    async (req) => getAlert(ctx, callerOf(req), req.params.id, req.locale),
  );

  app.post(
    '/risk/alerts/:id/disposal',
    {
      schema: {
        tags,
        summary: 'The department an open alert is routed to disposes of it: release, inspect, hold, or report it to another department (which gets an alert of its own); with why',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ action: z.enum(DISPOSALS), reason: Reason, to: z.enum(DEPARTMENTS).optional().meta({ description: 'report: the department it is reported to' }) }),
        response: { 200: Alert, ...errorResponses },
      },
    },
    async (req) => disposeAlert(ctx, callerOf(req), req.params.id, req.body, req.locale),
  );

  app.post(
    '/risk/alerts/:id/review',
    {
      schema: {
        tags,
        summary: 'Close the loop on a disposed alert: was the hit true (confirmed) or a false positive? Feeds the rule’s hit statistics',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ outcome: z.enum(REVIEW_OUTCOMES), reason: Reason }),
        response: { 200: Alert, ...errorResponses },
      },
    },
    async (req) => reviewAlert(ctx, callerOf(req), req.params.id, req.body, req.locale),
  );

  app.get(
    '/risk/declarations/:id/decisions',
    {
      schema: {
        tags,
        summary: 'The risk decisions taken on an import declaration (one per assessment): score, action, and which rule versions and detectors fired, explained',
        params: z.object({ id: z.uuid() }),
        querystring: z.strictObject({ lang: Lang }),
        response: {
          200: z.object({
            declarationId: z.uuid(),
            items: z.array(z.object({ id: z.uuid(), at: z.iso.datetime(), flow: z.string(), score: z.number().int(), action: z.string(), fired: z.array(z.object({ explanation: z.string() }).loose()) })),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => declarationDecisions(ctx, callerOf(req), req.params.id, req.locale),
  );

  const Recall = z.object({ id: z.uuid(), gcode: z.string().nullable(), itemNo: z.string().nullable(), brand: z.string().nullable(), reason: z.string(), source: z.string(), validFrom: z.iso.datetime(), validTo: z.iso.datetime().nullable(), createdAt: z.iso.datetime() });
  const Brand = z.object({ id: z.uuid(), brand: z.string(), owner: z.string(), authorised: z.array(z.string()), registrationNo: z.string().nullable(), createdAt: z.iso.datetime() });

  app.get(
    '/risk/recalls',
    {
      schema: {
        tags,
        summary: 'Recalls the recall-and-infringement detector checks declarations against (newest first)',
        querystring: z.strictObject({ current: z.stringbool().optional().meta({ description: 'Only those in force now' }), lang: Lang }),
        response: { 200: z.object({ items: z.array(Recall) }), ...errorResponses },
      },
    },
    async (req) => listRecalls(ctx, callerOf(req), { current: req.query.current }),
  );

  app.post(
    '/risk/recalls',
    {
      schema: {
        tags,
        summary: 'Market supervision or customs records a recall: a commodity code, item number and/or brand, with its reason, source and period',
        body: RecallBody,
        response: { 201: Recall, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await addRecall(ctx, callerOf(req), req.body)),
  );

  app.get(
    '/risk/brands',
    {
      schema: { tags, summary: 'Registered brands and the sellers authorised to sell them', querystring: z.strictObject({ lang: Lang }), response: { 200: z.object({ items: z.array(Brand) }), ...errorResponses } },
    },
    async (req) => listBrands(ctx, callerOf(req)),
  );

  app.put(
    '/risk/brands',
    {
      schema: {
        tags,
        summary: 'Market supervision or customs registers a brand, or replaces its owner and authorised sellers; lines of that brand from other sellers are flagged',
        body: BrandBody,
        response: { 200: Brand, ...errorResponses },
      },
    },
    async (req) => putBrand(ctx, callerOf(req), req.body),
  );

  app.post(
    '/risk/sweeps',
    {
      schema: {
        tags,
        summary: 'Run the detectors whose patterns complete without a new declaration (collections with no released export behind them after their grace period) over a window now; each new hit raises one alert (the worker does this every hour)',
        body: z.strictObject({ from: Instant, to: Instant, detectors: z.array(z.enum(DETECTOR_NAMES as [DetectorName, ...DetectorName[]])).min(1).optional() }),
        response: {
          200: z.object({ from: z.iso.datetime(), to: z.iso.datetime(), detectors: z.array(z.object({ name: z.string(), hits: z.number().int(), raised: z.number().int() })), alertIds: z.array(z.uuid()) }),
          ...errorResponses,
        },
      },
    },
    async (req) => runSweep(ctx, callerOf(req), req.body),
  );
}
