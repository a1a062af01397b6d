import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { IdParams } from '../identity';
import * as c from './enterprise-filing.contracts';
import * as svc from './enterprise-filing.service';

const tags = ['registry: enterprises'];

export async function filingRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.post(
    '/registry/enterprise-filings',
    {
      schema: {
        tags,
        summary: 'File the caller’s enterprise (version 1) or change its filing (a new version); opens the reviews of the competent departments',
        body: c.EnterpriseFilingInput,
        response: { 201: c.EnterpriseFilingView, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.submitEnterpriseFiling(ctx, callerOf(req), req.body)),
  );

  app.get(
    '/registry/enterprise-filings',
    {
      schema: {
        tags,
        summary: 'Enterprise filings in the caller’s scope; `queue=mine` for the versions waiting for the caller’s department',
        querystring: c.EnterpriseFilingQuery,
        response: { 200: z.object({ items: z.array(c.EnterpriseFilingView) }), ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return { items: await svc.listEnterpriseFilings(ctx, callerOf(req), q) };
    },
  );

  app.get(
    '/registry/enterprise-filings/:id',
    { schema: { tags, summary: 'One filing version, with its reviews and history', params: IdParams, response: { 200: c.EnterpriseFilingDetail, ...errorResponses } } },
    async (req) => svc.getEnterpriseFiling(ctx, callerOf(req), req.params.id),
  );

  app.post(
    '/registry/enterprise-filings/:id/reviews',
    {
      schema: {
        tags,
        summary: 'A competent department approves or rejects the version',
        params: IdParams,
        body: c.ReviewInput,
        response: { 200: c.EnterpriseFilingDetail, ...errorResponses },
      },
    },
    async (req) => svc.reviewEnterpriseFiling(ctx, callerOf(req), req.params.id, req.body),
  );

  for (const event of ['withdraw', 'suspend', 'reinstate', 'cancel'] as const) {
    app.post(
      `/registry/enterprise-filings/:id/${event}`,
      {
        schema: {
          tags,
          summary: {
            withdraw: 'The enterprise withdraws a version under review',
            suspend: 'A competent department or the zone office suspends the filing',
            reinstate: 'A competent department or the zone office reinstates a suspended filing',
            cancel: 'The filing is cancelled (by the enterprise, a competent department or the zone office)',
          }[event],
          params: IdParams,
          body: c.ReasonInput.optional(),
          response: { 200: c.EnterpriseFilingDetail, ...errorResponses },
        },
      },
      async (req) => svc.moveEnterpriseFiling(ctx, callerOf(req), req.params.id, event, req.body?.reason),
    );
  }

  app.get(
    '/public/enterprises',
    {
      config: { public: true, rateLimit: { max: ctx.config.TUMEN_PUBLIC_RATE_LIMIT_MAX, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Qualification query: is an enterprise filed, for which roles, and its status (no login)',
        security: [],
        querystring: c.PublicEnterpriseQuery,
        response: { 200: z.object({ items: z.array(c.PublicEnterpriseView) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await svc.publicQualificationQuery(ctx, req.query.q) }),
  );
}
