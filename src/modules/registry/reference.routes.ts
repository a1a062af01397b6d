import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { AppError } from '../../kernel/errors';
import { callerOf } from '../../http/server';
import { authorize } from '../access';
import { XLSX_MIME } from './sheet';
import { importTariffFile } from './reference-import';
import * as repo from './reference.repository';
import { addTariffVersion, CODE_TABLES } from './reference.service';

const tags = ['registry: reference data'];
const IsoDate = z.iso.date();
const RateText = z.string().regex(/^(0(\.[0-9]{1,4})?|1(\.0{1,4})?)$/);

const TariffLineView = z.object({
  hsCode: z.string(),
  effectiveFrom: z.string(),
  nameZh: z.string(),
  vatRate: z.string().nullable(),
  consumptionTaxKind: z.string().nullable(),
  consumptionTaxRate: z.string().nullable(),
  consumptionTaxSpecific: z.string().nullable(),
  mfnRate: z.string().nullable(),
  legalUnit1: z.string().nullable(),
  legalUnit2: z.string().nullable(),
  positiveList: z.enum(['listed', 'not_listed', 'unconfirmed']),
  demo: z.boolean(),
  source: z.string().nullable(),
  note: z.string().nullable(),
});
const view = ({ id: _id, loadedAt: _at, ...line }: repo.TariffLine) => line;

const today = (ctx: AppContext) => ctx.clock.now().toISOString().slice(0, 10);

export async function referenceRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.get(
    '/reference/tables',
    { config: { public: true }, schema: { tags, summary: 'The code tables and how many codes each holds', security: [], response: { 200: z.object({ items: z.array(z.object({ codeTable: z.string(), codes: z.number().int() })) }) } } },
    async () => ({ items: await repo.tableCounts(ctx.db) }),
  );

  app.get(
    '/reference/codes/:table',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A code table as in force on a date (default: today)',
        security: [],
        params: z.strictObject({ table: z.enum(Object.keys(CODE_TABLES) as [string, ...string[]]) }),
        querystring: z.strictObject({ asOf: IsoDate.optional(), lang: z.string().optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({ code: z.string(), effectiveFrom: z.string(), nameZh: z.string().nullable(), nameEn: z.string().nullable(), attrs: z.record(z.string(), z.unknown()), verified: z.boolean(), note: z.string().nullable(), source: z.string().nullable() }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => ({
      items: (await repo.codesAsOf(ctx.db, req.params.table, req.query.asOf ?? today(ctx))).map(({ id: _id, loadedAt: _at, codeTable: _t, ...c }) => c),
    }),
  );

  app.get(
    '/reference/tariff/:hsCode',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A tariff line as in force on a date, with every version',
        security: [],
        params: z.strictObject({ hsCode: z.string().regex(/^[0-9]{10}$/) }),
        querystring: z.strictObject({ asOf: IsoDate.optional(), lang: z.string().optional() }),
        response: { 200: z.object({ inForce: TariffLineView.nullable(), versions: z.array(TariffLineView) }), ...errorResponses },
      },
    },
    async (req) => {
      const versions = await repo.tariffVersions(ctx.db, req.params.hsCode);
      if (!versions.length) throw new AppError('not_found', 'common.not_found');
      const asOf = req.query.asOf ?? today(ctx);
      const inForce = [...versions].reverse().find((v) => v.effectiveFrom <= asOf);
      return { inForce: inForce ? view(inForce) : null, versions: versions.map(view) };
    },
  );

  app.post(
    '/reference/tariff/:hsCode/versions',
    {
      schema: {
        tags,
        summary: 'A new version of a tariff line from a later date (customs, zone office); earlier versions never change',
        params: z.strictObject({ hsCode: z.string().regex(/^[0-9]{10}$/) }),
        body: z.strictObject({
          effectiveFrom: IsoDate,
          vatRate: RateText.nullable().optional(),
          consumptionTaxKind: z.enum(['ad_valorem', 'specific', 'compound']).nullable().optional(),
          consumptionTaxRate: RateText.nullable().optional(),
          consumptionTaxSpecific: z.string().regex(/^[0-9]{1,12}(\.[0-9]{1,4})?$/).nullable().optional(),
          mfnRate: RateText.nullable().optional(),
          positiveList: z.enum(['listed', 'not_listed', 'unconfirmed']).optional(),
          note: z.string().trim().min(1).max(1000).optional(),
        }),
        response: { 201: TariffLineView, ...errorResponses },
      },
    },
    async (req, reply) => {
      authorize(req.actor, 'registry.reference.manage');
      return reply.status(201).send(view(await addTariffVersion(ctx, callerOf(req), req.params.hsCode, req.body)));
    },
  );

  await app.register(async (scoped) => {
    // Official attachments arrive as CSV or XLSX bodies, read whole as bytes.
    for (const type of ['text/csv', XLSX_MIME]) {
      if (!scoped.hasContentTypeParser(type)) scoped.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    }
    scoped.withTypeProvider<ZodTypeProvider>().post(
      '/reference/tariff/import',
      {
        bodyLimit: 30 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Import the official positive list (8-digit lines) or a tariff table as new versions from a date (customs, zone office)',
          consumes: ['text/csv', XLSX_MIME],
          querystring: z.strictObject({ kind: z.enum(['positive_list', 'tariff']), effectiveFrom: IsoDate, lang: z.string().optional() }),
          response: {
            200: z.object({
              ok: z.number().int(),
              failed: z.number().int(),
              linesWritten: z.number().int(),
              rows: z.array(z.object({ row: z.number().int(), ok: z.boolean(), code: z.string(), message: z.string().optional(), hsCode: z.string().optional() })),
            }),
            ...errorResponses,
          },
        },
      },
      async (req) => {
        authorize(req.actor, 'registry.reference.manage');
        if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported', 'common.unsupported_media_type', { type: req.headers['content-type'] ?? '' });
        const bytes = req.body;
        return importTariffFile(ctx, callerOf(req), { bytes, kind: req.query.kind, effectiveFrom: req.query.effectiveFrom, locale: req.locale });
      },
    );
  });
}
