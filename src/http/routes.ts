import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context';
import { auditRoutes } from '../modules/audit';
import { cebRoutes } from '../modules/ceb';
import { creditRoutes, installCreditModule } from '../modules/credit';
import { bondedRoutes, clearanceRoutes, registerClearanceHooks } from '../modules/clearance';
import { exportRoutes, registerExportHooks } from '../modules/export';
import { installRiskModule, registerRiskFactCollection, riskRoutes } from '../modules/risk';
import { identityRoutes } from '../modules/identity';
import { filingRoutes, productRoutes, referenceRoutes } from '../modules/registry';
import { statisticsRoutes } from '../modules/statistics';
import { verificationRoutes } from '../modules/verification';
import { webhookRoutes } from '../modules/webhooks';
import { portalRoutes } from './portal';

export type TypedApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  }),
});

/** Error answers every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
} as const;

export async function registerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // Import clearance follows the documents the CEB interface accepts.
  // Risk facts first, so that a document's fact exists when its declaration is assessed in the same call.
  registerRiskFactCollection();
  registerClearanceHooks();
  registerExportHooks();
  installCreditModule();
  installRiskModule();
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/health',
    { config: { public: true, rateLimit: false }, schema: { tags: ['system'], summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );

  r.get(
    '/ready',
    {
      config: { public: true, rateLimit: false },
      schema: {
        tags: ['system'],
        summary: 'Readiness: database reachable and every migration applied',
        response: {
          200: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }),
          503: z.object({ status: z.literal('not_ready'), reason: z.string() }),
        },
      },
    },
    async (_req, reply) => {
      try {
        await ctx.database.ping();
        if (!(await ctx.database.migrationsApplied())) return reply.status(503).send({ status: 'not_ready', reason: 'migrations pending' });
        return { status: 'ready' as const, database: ctx.database.kind };
      } catch {
        return reply.status(503).send({ status: 'not_ready', reason: 'database unreachable' });
      }
    },
  );

  r.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  await portalRoutes(app);

  await app.register(async (api) => {
    await identityRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await auditRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await referenceRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await filingRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await productRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await webhookRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await cebRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await bondedRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await clearanceRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await exportRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await creditRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await riskRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await verificationRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
    await statisticsRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx);
  }, { prefix: '/api' });
}
