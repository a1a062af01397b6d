import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app/context';
import type { Locale } from '../../kernel/i18n';
import type { Actor } from '../access';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { XLSX_MIME } from '../registry';
import { BELTS } from './aggregate';
import { zoneStatistics } from './statistics.service';
import { statisticsWorkbook } from './statistics.workbook';

const tags = ['statistics'];
const Day = z.iso.date().meta({ description: 'A day in zone time (Asia/Shanghai), YYYY-MM-DD' });
const Query = z.strictObject({
  from: Day.optional().meta({ description: 'First day of the period (default: the first of the month of `to`)' }),
  to: Day.optional().meta({ description: 'Last day of the period, included (default: today)' }),
  limit: z.coerce.number().int().min(1).max(100).default(10).meta({ description: 'How many enterprises to list; the rest are summed in one row' }),
  format: z.enum(['json', 'xlsx']).default('json'),
  lang: z.string().optional(),
});

const Figures = z.object({
  declarations: z.number().int().meta({ description: 'Accepted by customs (120) on a day of the period' }),
  released: z.number().int().meta({ description: 'Released (800) on a day of the period' }),
  value: z.string().meta({ description: 'CNY, 2 decimals: dutiable value of released imports, goods value of released exports declared in CNY' }),
  tax: z.string().meta({ description: 'CNY, 2 decimals: cross-border tax of released imports' }),
  parcels: z.number().int().meta({ description: 'Distinct waybills of released declarations' }),
});
const row = <T extends z.ZodRawShape>(shape: T) => Figures.extend({ ...shape, imports: Figures, exports: Figures });

const StatisticsView = z.object({
  period: z.object({ from: z.string(), to: z.string(), timeZone: z.literal('Asia/Shanghai') }),
  currency: z.literal('CNY'),
  totals: row({}),
  byDay: z.array(row({ day: z.string() })),
  byMode: z.array(row({ mode: z.string(), label: z.string() })),
  byCountry: z.array(row({ country: z.string().meta({ description: 'Customs numeric code; Korea (133), Japan (116) and Russia (344) first, then by value' }), iso3: z.string().nullable(), name: z.string() })),
  byBelt: z.array(row({ belt: z.enum(BELTS), label: z.string() })),
  byEnterprise: z.array(row({ orgId: z.uuid().nullable(), code: z.string().nullable(), name: z.string().nullable(), others: z.number().int().optional(), label: z.string() })),
  enterprises: z.number().int(),
  unconverted: z.array(z.object({ currency: z.string(), value: z.string(), released: z.number().int() })),
});

export async function statisticsRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  const xlsx = async (req: { query: z.infer<typeof Query>; locale: Locale; actor: Actor; id: string }, reply: FastifyReply) => {
    const { format: _f, lang: _l, ...q } = req.query;
    const s = await zoneStatistics(ctx, callerOf(req), q, req.locale);
    return reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', `attachment; filename="zone-statistics-${s.period.from}-${s.period.to}.xlsx"`)
      .send(await statisticsWorkbook(s, req.locale));
  };

  app.get(
    '/statistics/zone',
    {
      schema: {
        tags,
        summary: 'The zone’s statistics of a period (zone office, commerce): declarations, releases, value, tax and parcels by day, mode, country (Korea, Japan, Russia first), industry belt and enterprise; JSON or XLSX (`format`)',
        querystring: Query,
        response: { 200: StatisticsView, ...errorResponses },
      },
    },
    async (req, reply) => {
      if (req.query.format === 'xlsx') return xlsx(req, reply);
      const { format: _f, lang: _l, ...q } = req.query;
      return zoneStatistics(ctx, callerOf(req), q, req.locale);
    },
  );

  app.get(
    '/statistics/zone.xlsx',
    {
      schema: {
        tags,
        summary: 'The zone’s statistics of a period as an XLSX workbook: a summary sheet and one sheet per breakdown, headers in the chosen language (zone office, commerce)',
        querystring: Query,
      },
    },
    async (req, reply) => xlsx(req, reply),
  );
}
