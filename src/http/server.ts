import fastifyCookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext, Caller } from '../app/context';
import { AppError } from '../kernel/errors';
import { negotiateLocale, type Locale } from '../kernel/i18n';
import { ANONYMOUS, type Actor } from '../modules/access';
import { resolveToken } from '../modules/identity';
import { makeErrorHandler } from './errors';
import { registerRoutes } from './routes';
import { zodValidatorCompiler } from './validation';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    actor: Actor;
    /** The bearer token the request came with (a session token or an API key), if any. */
    token: string | undefined;
  }
  interface FastifyInstance {
    /** Every route this server answers (for the authorisation test that must cover them all). */
    tumenRoutes: { method: string; url: string; public: boolean }[];
  }
  interface FastifyContextConfig {
    /** Public routes answer unauthenticated callers; every other route answers them 401 before validation. */
    public?: boolean;
  }
}

export const SESSION_COOKIE = 'tumen_session';

export function callerOf(req: { actor: Actor; id: string }): Caller {
  return { actor: req.actor, requestId: req.id };
}

export async function buildServer(ctx: AppContext): Promise<FastifyInstance> {
  const cfg = ctx.config;
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    bodyLimit: cfg.TUMEN_BODY_LIMIT,
    trustProxy: cfg.TUMEN_TRUST_PROXY,
    requestIdHeader: 'x-request-id',
    genReqId: () => ctx.newId(),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();

  const routes: FastifyInstance['tumenRoutes'] = [];
  app.decorate('tumenRoutes', routes);
  app.addHook('onRoute', (route) => {
    // The interactive reference is public, like the OpenAPI document it renders.
    if (route.url.startsWith('/docs')) route.config = { ...(route.config as object), public: true };
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, public: Boolean((route.config as { public?: boolean } | undefined)?.public) });
    }
  });

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(makeErrorHandler(cfg.TUMEN_BODY_LIMIT));
  app.setNotFoundHandler(() => {
    throw new AppError('not_found', 'common.not_found');
  });

  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null as never);
  app.decorateRequest('token', undefined);

  // While shutting down, answers close their connections, so keep-alive clients do not hold the close.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    app.server.closeIdleConnections();
  });
  app.addHook('onSend', async (_req, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  app.addHook('onRequest', async (req, reply) => {
    req.actor = ANONYMOUS;
    const lang = (req.query as Record<string, unknown> | undefined)?.lang;
    req.locale = negotiateLocale(typeof lang === 'string' ? lang : undefined, req.headers['accept-language']);
    reply.header('x-request-id', req.id);
    reply.header('content-language', req.locale);
  });

  await app.register(fastifyCookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // Counted after authentication (and before the body is read): an API key, the machine-to-machine traffic of
  // declarations, has its own allowance; everyone else is counted by client address.
  await app.register(rateLimit, {
    hook: 'preParsing',
    keyGenerator: (req) => (req.actor?.type === 'apikey' ? `apikey:${req.actor.keyId}` : req.ip),
    max: (_req, key) => (key.startsWith('apikey:') ? cfg.TUMEN_API_KEY_RATE_LIMIT_MAX : cfg.TUMEN_RATE_LIMIT_MAX),
    timeWindow: cfg.TUMEN_RATE_LIMIT_WINDOW,
    errorResponseBuilder: (_req, context) => new AppError('rate_limited', 'common.rate_limited', { seconds: Math.ceil(context.ttl / 1000) }),
  });

  // Authentication: resolve the caller once; refuse a presented credential that is not valid.
  app.addHook('onRequest', async (req) => {
    const header = req.headers.authorization;
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const token = bearer ?? req.cookies[SESSION_COOKIE];
    if (!token) return;
    const actor = await resolveToken(ctx, token);
    if (!actor) {
      // A stale cookie on a public page is not an error; a wrong Authorization header is.
      if (bearer || !req.routeOptions.config.public) throw new AppError('unauthenticated', 'common.unauthenticated');
      return;
    }
    req.actor = actor;
    req.token = token;
  });
  app.addHook('preValidation', async (req) => {
    if (!req.routeOptions.config.public && req.actor.type === 'anonymous') {
      throw new AppError('unauthenticated', 'common.unauthenticated');
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tumen API',
        description:
          'Public service platform of the China (Yanji) Cross-border E-commerce Comprehensive Pilot Zone. ' +
          'Authenticate with `Authorization: Bearer <session token or API key>`. Choose the language of messages with `?lang=` or `Accept-Language` (zh-CN, ko, ja, ru, en).',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  await registerRoutes(app, ctx);
  return app;
}
