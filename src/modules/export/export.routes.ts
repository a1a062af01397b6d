import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { AppError } from '../../kernel/errors';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { XLSX_MIME } from '../registry';
import { authorize } from '../access';
import { destinationRules, DestinationInput } from './destination';
import { getExport, listExports, recordExportInspection } from './export.api';
import { EXPORT_STATES } from './export.table';
import { parcelLabel, putDestination } from './parcels';
import { exemptionReport, incomeTaxReport } from './reports';
import { listSummaries, listSummaryRules, pendingSummaries, putSummaryRule, SummaryRuleBody } from './summaries';
import { evidenceWorkbook, incomeTaxWorkbook } from './tax-evidence';
import { listWarehouses, overseasStock, recordSale, registerWarehouse, SaleInput, WarehouseInput } from './warehouses';

const tags = ['export'];
const Lang = z.string().optional();
const Day = z.iso.date();
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).meta({ description: 'Calendar month in zone time, YYYY-MM', example: '2026-11' });

const ExportSummary = z.object({
  id: z.uuid(),
  environment: z.enum(['production', 'sandbox']),
  ebpCode: z.string(),
  orderNo: z.string(),
  invtNo: z.string().nullable(),
  tradeMode: z.string().nullable(),
  statisticsFlag: z.string().nullable(),
  state: z.enum(EXPORT_STATES),
  stateLabel: z.string(),
  waitingFor: z.array(z.string()).meta({ description: 'What the export still waits for: order, waybill, inventory, inventory_declaration, arrival, collection' }),
  country: z.string().nullable(),
  currency: z.string().nullable(),
  value: z.string().nullable(),
  releasedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});

const Warehouse = z.object({
  id: z.uuid(),
  code: z.string(),
  operatorOrgId: z.uuid(),
  name: z.string(),
  country: z.string(),
  address: z.string(),
  areaSqm: z.string(),
  tenure: z.enum(['owned', 'leased']),
  status: z.enum(['active', 'closed']),
  createdAt: z.iso.datetime(),
});

const Stock = z.object({ warehouseId: z.uuid(), warehouseCode: z.string(), ebcOrgId: z.uuid(), itemNo: z.string(), gcode: z.string(), gname: z.string(), unit: z.string(), qty: z.string() });

const ReportQuery = z.strictObject({ ebcCode: z.string().min(1).max(18), from: Day, to: Day, format: z.enum(['json', 'xlsx']).default('json'), lang: Lang });

export async function exportRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.get(
    '/export/declarations',
    {
      schema: {
        tags,
        summary: 'Export lists the caller is party to (customs, tax, commerce and the zone office: all), newest first, with what each still waits for',
        querystring: z.strictObject({
          state: z.enum(EXPORT_STATES).optional(),
          orderNo: z.string().max(60).optional(),
          invtNo: z.string().max(20).optional(),
          logisticsNo: z.string().max(60).optional().meta({ description: 'The waybill (logistics) number of the list' }),
          tradeMode: z.enum(['9610', '9710', '9810', '1210']).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
          lang: Lang,
        }),
        response: { 200: z.object({ items: z.array(ExportSummary), nextOffset: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return listExports(ctx, callerOf(req), q, req.locale);
    },
  );

  app.get(
    '/export/declarations/:id',
    {
      schema: {
        tags,
        summary: 'One export: its documents, matching state, arrival and departure, destination data, inspection',
        params: z.object({ id: z.uuid() }),
        querystring: z.strictObject({ lang: Lang }),
        response: { 200: ExportSummary.loose(), ...errorResponses },
      },
    },
    async (req) => getExport(ctx, callerOf(req), req.params.id, req.locale),
  );

  app.post(
    '/export/declarations/:id/inspection',
    {
      schema: {
        tags,
        summary: 'Customs: the result of an inspection drawn for an export list (500): pass releases it (800), reject refuses the export (100)',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ result: z.enum(['pass', 'reject']), note: z.string().max(1000).optional() }),
        response: { 200: ExportSummary.loose(), ...errorResponses },
      },
    },
    async (req) => recordExportInspection(ctx, callerOf(req), req.params.id, req.body, req.locale),
  );

  app.put(
    '/export/parcels/:logisticsCode/:logisticsNo/destination',
    {
      schema: {
        tags,
        summary: "The carrier attaches the recipient's data its destination's customs needs (Korea: the PCCC; Japan: the e-commerce flag and platform name), checked against destination-rules.csv",
        params: z.object({ logisticsCode: z.string().min(1).max(18), logisticsNo: z.string().min(1).max(32) }),
        body: DestinationInput,
        response: { 200: z.object({ logisticsCode: z.string(), logisticsNo: z.string(), destination: z.record(z.string(), z.unknown()) }), ...errorResponses },
      },
    },
    async (req) => putDestination(ctx, callerOf(req), req.params.logisticsCode, req.params.logisticsNo, req.body),
  );

  app.get(
    '/export/parcels/:logisticsCode/:logisticsNo/label',
    {
      schema: {
        tags,
        summary: 'The printable shipping label (HTML, UTF-8): addresses as written in Hangul, Japanese or Cyrillic; titles in the chosen language',
        params: z.object({ logisticsCode: z.string().min(1).max(18), logisticsNo: z.string().min(1).max(32) }),
        querystring: z.strictObject({ lang: Lang }),
      },
    },
    async (req, reply) => reply.header('content-type', 'text/html; charset=utf-8').send(await parcelLabel(ctx, callerOf(req), req.params.logisticsCode, req.params.logisticsNo, req.locale)),
  );

  app.get(
    '/export/destination-rules',
    { schema: { tags, summary: 'The destination country rules in force (data: data/reference/destination-rules.csv)', response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }), ...errorResponses } } },
    async (req) => {
      authorize(callerOf(req).actor, 'export.read');
      return { items: [...destinationRules().byCountry.values()].map((r) => ({ ...r, postcodePattern: r.postcodePattern?.source ?? null })) };
    },
  );

  app.get(
    '/export/summaries',
    {
      schema: {
        tags,
        summary: 'Summary declarations (清单核放、汇总申报): an agent its own, authorities all; each with the lists it covers and its lines',
        querystring: z.strictObject({ period: Period.optional(), lang: Lang }),
        response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }), ...errorResponses },
      },
    },
    async (req) => ({ items: (await listSummaries(ctx, callerOf(req), { ...(req.query.period ? { period: req.query.period } : {}) })) as unknown as Record<string, unknown>[] }),
  );

  app.get(
    '/export/summaries/pending',
    {
      schema: {
        tags,
        summary: 'The released summary-declaration (B) lists of a month not yet applied for, grouped by the rule in force, with the due date (the 15th of the next month)',
        querystring: z.strictObject({ period: Period, agentCode: z.string().max(18).optional(), lang: Lang }),
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    },
    async (req) => (await pendingSummaries(ctx, callerOf(req), req.query.period, req.query.agentCode)) as unknown as Record<string, unknown>,
  );

  app.get(
    '/export/summary-rules',
    { schema: { tags, summary: 'The grouping keys of summary declarations: the rule in force and every version (POLICY-NOTES §3.1, unverified)', response: { 200: z.record(z.string(), z.unknown()), ...errorResponses } } },
    async (req) => (await listSummaryRules(ctx, callerOf(req))) as unknown as Record<string, unknown>,
  );

  app.post(
    '/export/summary-rules',
    {
      schema: {
        tags,
        summary: 'Customs or the zone office: a new version of the grouping keys, in force from the given day (today or later)',
        body: SummaryRuleBody,
        response: { 201: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send((await putSummaryRule(ctx, callerOf(req), req.body)) as unknown as Record<string, unknown>),
  );

  app.get(
    '/export/warehouses',
    { schema: { tags, summary: "The zone's register of overseas warehouses", response: { 200: z.object({ items: z.array(Warehouse) }), ...errorResponses } } },
    async (req) => ({ items: await listWarehouses(ctx, callerOf(req)) }),
  );

  app.post(
    '/export/warehouses',
    {
      schema: {
        tags,
        summary: 'Register an overseas warehouse the enterprise runs (name, country, address, area, owned or leased); the zone office may register one for an enterprise',
        body: WarehouseInput.extend({ operatorOrgId: z.uuid().optional() }),
        response: { 201: Warehouse, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { operatorOrgId, ...input } = req.body;
      return reply.status(201).send(await registerWarehouse(ctx, callerOf(req), input, operatorOrgId));
    },
  );

  app.get(
    '/export/warehouses/:code/stock',
    {
      schema: {
        tags,
        summary: '9810 goods in an overseas warehouse until sold: an enterprise its own, the operator and authorities all',
        params: z.object({ code: z.string().min(3).max(30) }),
        response: { 200: z.object({ items: z.array(Stock) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await overseasStock(ctx, callerOf(req), req.params.code) }),
  );

  app.post(
    '/export/warehouses/:code/sales',
    {
      schema: {
        tags,
        summary: 'The enterprise reports goods sold from the overseas warehouse; never more than in stock (409)',
        params: z.object({ code: z.string().min(3).max(30) }),
        body: SaleInput,
        response: { 200: Stock, ...errorResponses },
      },
    },
    async (req) => recordSale(ctx, callerOf(req), req.params.code, req.body),
  );

  for (const [path, kind] of [
    ['/export/reports/exemption', 'exemption'],
    ['/export/reports/income-tax', 'income_tax'],
  ] as const) {
    app.get(
      path,
      {
        schema: {
          tags,
          summary:
            kind === 'exemption'
              ? 'Evidence for the VAT/consumption-tax exemption without purchase invoices (财税〔2018〕103号) from the released 9610 lists: JSON or XLSX'
              : 'Deemed corporate income tax at the 4% taxable-income rate (国家税务总局公告2019年第36号) on retail export revenue: JSON or XLSX',
          querystring: ReportQuery,
        },
      },
      async (req, reply) => {
        const { format, lang: _lang, ...q } = req.query;
        if (q.from > q.to) throw new AppError('invalid', 'common.invalid_request', { count: 1 });
        const caller = callerOf(req);
        if (kind === 'exemption') {
          const r = await exemptionReport(ctx, caller, q);
          if (format === 'json') return r;
          return reply
            .header('content-type', XLSX_MIME)
            .header('content-disposition', `attachment; filename="exemption-${q.ebcCode}-${q.from}-${q.to}.xlsx"`)
            .send(await evidenceWorkbook(r, req.locale));
        }
        const r = await incomeTaxReport(ctx, caller, q);
        if (format === 'json') return r;
        return reply
          .header('content-type', XLSX_MIME)
          .header('content-disposition', `attachment; filename="income-tax-${q.ebcCode}-${q.from}-${q.to}.xlsx"`)
          .send(await incomeTaxWorkbook(r, req.locale));
      },
    );
  }
}
