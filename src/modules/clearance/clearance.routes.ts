import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { DECLARATION_STATES } from './clearance.table';
import { buyerQuota, countDeclarations, getDeclaration, listDeclarations, listGuarantees, listPeriodBills, putGuarantee, recordInspection, returnArrival, reviewDeclaration, summariseTaxBills } from './clearance.api';

const tags = ['clearance'];
const Amount = z.string().regex(/^\d{1,16}(\.\d{1,2})?$/).meta({ description: 'CNY, up to 2 decimals', example: '500000.00' });
const Env = z.enum(['production', 'sandbox']);
const Lang = z.string().optional();

const Summary = z.object({
  id: z.uuid(),
  environment: Env,
  ebpCode: z.string(),
  orderNo: z.string(),
  invtNo: z.string().nullable(),
  tradeMode: z.string().nullable(),
  state: z.enum(DECLARATION_STATES),
  stateLabel: z.string(),
  waitingFor: z.array(z.string()).meta({ description: 'What a waiting declaration lacks: order, payment, waybill, inventory, inventory_declaration' }),
  amount: z.string().nullable(),
  taxTotal: z.string().nullable(),
  firstSeenAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const Guarantee = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgCode: z.string(),
  environment: Env,
  amount: z.string(),
  used: z.string(),
  available: z.string(),
  validUntil: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});

const PeriodBill = z.object({
  id: z.uuid(),
  environment: Env,
  assureOrgId: z.uuid(),
  periodFrom: z.iso.datetime(),
  periodTo: z.iso.datetime(),
  bills: z.number().int(),
  customsTax: z.string(),
  valueAddedTax: z.string(),
  consumptionTax: z.string(),
  total: z.string(),
  createdAt: z.iso.datetime(),
});

export async function clearanceRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.get(
    '/clearance/declarations',
    {
      schema: {
        tags,
        summary: 'Import declarations the caller is party to (customs and tax: all), newest first, with what each still waits for',
        querystring: z.strictObject({
          state: z.enum(DECLARATION_STATES).optional(),
          orderNo: z.string().max(60).optional(),
          invtNo: z.string().max(18).optional(),
          buyerIdNumber: z.string().max(18).optional(),
          logisticsNo: z.string().max(60).optional().meta({ description: 'The waybill (logistics) number of the inventory' }),
          withReturns: z.stringbool().optional().meta({ description: 'Only declarations with a return request (CEB625)' }),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
          lang: Lang,
        }),
        response: { 200: z.object({ items: z.array(Summary), nextOffset: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return listDeclarations(ctx, callerOf(req), q, req.locale);
    },
  );

  app.get(
    '/clearance/declarations/counts',
    {
      schema: {
        tags,
        summary: 'How many import declarations the caller is party to (customs and tax: all) are in each state',
        querystring: z.strictObject({ lang: Lang }),
        response: { 200: z.object({ total: z.number().int(), byState: z.record(z.string(), z.number().int()) }), ...errorResponses },
      },
    },
    async (req) => countDeclarations(ctx, callerOf(req)),
  );

  app.get(
    '/clearance/declarations/:id',
    {
      schema: {
        tags,
        summary: 'One declaration: its documents, matching state, tax per line, risk and inspection, tax bills and returns',
        params: z.object({ id: z.uuid() }),
        querystring: z.strictObject({ lang: Lang }),
        response: { 200: Summary.extend({ buyerName: z.string().nullable(), buyerIdNumber: z.string().nullable(), fullTax: z.boolean() }).loose(), ...errorResponses },
      },
    },
    async (req) => getDeclaration(ctx, callerOf(req), req.params.id, req.locale),
  );

  app.post(
    '/clearance/declarations/:id/review',
    {
      schema: {
        tags,
        summary: 'Customs: decide a declaration held for manual review (300): approve (audit 399, then release unless drawn for inspection), inspect, or reject (100)',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ decision: z.enum(['approve', 'inspect', 'reject']), reason: z.string().max(1000).optional() }),
        response: { 200: z.object({ state: z.string() }), ...errorResponses },
      },
    },
    async (req) => reviewDeclaration(ctx, callerOf(req), req.params.id, req.body),
  );

  app.post(
    '/clearance/declarations/:id/inspection',
    {
      schema: {
        tags,
        summary: 'Customs: the result of an inspection (500): pass (released 800), seize (detained 599) or return (shipped back 700); the last two give back quota, guarantee and tax',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ result: z.enum(['pass', 'seize', 'return']), note: z.string().max(1000).optional() }),
        response: { 200: z.object({ state: z.string() }), ...errorResponses },
      },
    },
    async (req) => recordInspection(ctx, callerOf(req), req.params.id, req.body),
  );

  app.post(
    '/clearance/returns/:id/arrival',
    {
      schema: {
        tags,
        summary: 'The goods of a return request arrived back at the supervision site or bonded centre; within 45 days of release the quota is restored and the tax not collected',
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ id: z.uuid(), state: z.string(), amount: z.string(), tax: z.string(), arrivedAt: z.iso.datetime().nullable() }), ...errorResponses },
      },
    },
    async (req) => returnArrival(ctx, callerOf(req), req.params.id),
  );

  app.get(
    '/clearance/guarantees',
    { schema: { tags, summary: 'Tax guarantees: a holder sees its own, customs and tax all', querystring: z.strictObject({ lang: Lang }), response: { 200: z.object({ items: z.array(Guarantee) }), ...errorResponses } } },
    async (req) => listGuarantees(ctx, callerOf(req)),
  );

  app.put(
    '/clearance/guarantees',
    {
      schema: {
        tags,
        summary: 'Customs: open a tax guarantee or set its amount (not below what is already charged)',
        body: z.strictObject({ orgCode: z.string().min(1).max(30), amount: Amount, environment: Env.default('production'), validUntil: z.iso.datetime().optional() }),
        response: { 200: Guarantee, ...errorResponses },
      },
    },
    async (req) => putGuarantee(ctx, callerOf(req), req.body),
  );

  app.post(
    '/clearance/tax-bills/summarise',
    {
      schema: {
        tags,
        summary: 'Customs: summarise the generated electronic tax bills of a period into one periodic bill per guarantor (each bill then status 2, CEB818)',
        body: z.strictObject({ from: z.iso.datetime(), to: z.iso.datetime(), environment: Env.default('production') }),
        response: { 200: z.object({ items: z.array(PeriodBill) }), ...errorResponses },
      },
    },
    async (req) => summariseTaxBills(ctx, callerOf(req), req.body),
  );

  app.get(
    '/clearance/period-bills',
    { schema: { tags, summary: 'Periodic tax bills: a guarantor its own, customs and tax all', querystring: z.strictObject({ lang: Lang }), response: { 200: z.object({ items: z.array(PeriodBill) }), ...errorResponses } } },
    async (req) => listPeriodBills(ctx, callerOf(req)),
  );

  app.post(
    '/public/quota',
    {
      config: { public: true, rateLimit: { max: ctx.config.TUMEN_PUBLIC_RATE_LIMIT_MAX, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary:
          "A buyer's own annual quota: used and remaining, and the declarations that used it. Name and ID number must belong together; anything else answers 'nothing found' (404). Rate-limited.",
        body: z.strictObject({ name: z.string().trim().min(1).max(60), idNumber: z.string().trim().min(15).max(18), year: z.number().int().min(2019).max(2100).optional() }),
        response: {
          200: z.object({
            year: z.number().int(),
            limit: z.string(),
            used: z.string(),
            consumed: z.string(),
            remaining: z.string(),
            declarations: z.array(z.object({ date: z.iso.datetime(), platform: z.string(), orderNo: z.string(), amount: z.string(), state: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => buyerQuota(ctx, req.body),
  );
}
