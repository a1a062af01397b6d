import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { AppError } from '../../kernel/errors';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { IdParams } from '../identity';
import { ReasonInput, ReviewInput } from './enterprise-filing.contracts';
import * as c from './product.contracts';
import { importProducts } from './product-import';
import { XLSX_MIME } from './sheet';
import { csvTemplate, xlsxTemplate } from './product-template';
import * as svc from './product.service';

const tags = ['registry: products'];

/** A bulk file may be large: 10,000 rows with long declared elements and several image links each. */
const IMPORT_BODY_LIMIT = 30 * 1024 * 1024;

export async function productRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.get(
    '/registry/products',
    {
      schema: {
        tags,
        summary:
          'Product filing versions the caller may read: its own and those shared with it (enterprises), all (customs, market supervision, commerce, zone office); search and filters; `queue=mine` for the versions waiting for the caller’s review',
        querystring: c.ProductFilingQuery,
        response: { 200: c.ProductFilingList, ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return svc.listProducts(ctx, callerOf(req), q);
    },
  );

  app.post(
    '/registry/products',
    {
      schema: {
        tags,
        summary: 'File a product (version 1), or change it (a new version of the same item number); opens the reviews of customs and market supervision',
        body: c.ProductFilingInput,
        response: { 201: c.ProductFilingView, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.submitProductFiling(ctx, callerOf(req), req.body)),
  );

  app.get(
    '/registry/products/template',
    {
      schema: {
        tags,
        summary: 'The bulk filing template (CSV or XLSX) with its header in the language chosen by `lang`; a file filled in any of the five languages is accepted',
        querystring: c.TemplateQuery,
      },
    },
    async (req, reply) => {
      const { format } = req.query;
      const body = format === 'csv' ? csvTemplate(req.locale) : await xlsxTemplate(req.locale);
      return reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_MIME)
        .header('content-disposition', `attachment; filename="tumen-products-${req.locale}.${format}"`)
        .send(body);
    },
  );

  app.get(
    '/registry/products/:id',
    { schema: { tags, summary: 'One product filing version, with the item’s versions, its reviews and history', params: IdParams, response: { 200: c.ProductFilingDetail, ...errorResponses } } },
    async (req) => svc.getProduct(ctx, callerOf(req), req.params.id),
  );

  app.post(
    '/registry/products/:id/versions',
    {
      schema: {
        tags,
        summary: 'Change a product: a new version of the item this version belongs to, reviewed again; the version in force stays so until it is approved',
        params: IdParams,
        body: c.ProductChangeInput,
        response: { 201: c.ProductFilingView, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.submitProductChange(ctx, callerOf(req), req.params.id, req.body)),
  );

  app.post(
    '/registry/products/:id/reviews',
    {
      schema: {
        tags,
        summary: 'Customs or market supervision approves or rejects the version; both approvals make it effective',
        params: IdParams,
        body: ReviewInput,
        response: { 200: c.ProductFilingDetail, ...errorResponses },
      },
    },
    async (req) => svc.reviewProductFiling(ctx, callerOf(req), req.params.id, req.body),
  );

  for (const event of ['withdraw', 'suspend', 'reinstate', 'cancel'] as const) {
    app.post(
      `/registry/products/:id/${event}`,
      {
        schema: {
          tags,
          summary: {
            withdraw: 'The enterprise withdraws a version under review',
            suspend: 'Customs, market supervision or the zone office suspends an effective product filing',
            reinstate: 'Customs, market supervision or the zone office reinstates a suspended product filing',
            cancel: 'The product filing is cancelled (by the enterprise, customs, market supervision or the zone office)',
          }[event],
          params: IdParams,
          body: ReasonInput.optional(),
          response: { 200: c.ProductFilingDetail, ...errorResponses },
        },
      },
      async (req) => svc.moveProductFiling(ctx, callerOf(req), req.params.id, event, req.body?.reason),
    );
  }

  // The upload takes spreadsheet bodies; their parsers live in this child context only.
  await app.register(async (child) => {
    const api = child.withTypeProvider<ZodTypeProvider>();
    api.addContentTypeParser(['text/csv', 'text/plain', XLSX_MIME, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => {
      done(null, body);
    });
    api.post(
      '/registry/products/import',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'Bulk filing: a CSV (`text/csv`) or XLSX body filled from the template in any language; answers one result per row (row, ok, code, message) in the caller’s language — bad rows are reported, good rows are filed',
          querystring: c.ImportQuery,
          consumes: ['text/csv', XLSX_MIME],
          // Documented only: the parsers above hand over raw bytes, checked in the handler.
          body: z.unknown().meta({ type: 'string', format: 'binary', description: 'The file: CSV (UTF-8 or GBK; comma, semicolon or tab) or XLSX' }),
          response: { 200: c.ImportResult, ...errorResponses },
        },
      },
      async (req) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported', 'common.unsupported_media_type', { type: req.headers['content-type'] ?? '-' });
        const contentType = req.headers['content-type'];
        return importProducts(ctx, callerOf(req), { data: req.body, ...(contentType ? { contentType } : {}), locale: req.locale });
      },
    );
  });
}
