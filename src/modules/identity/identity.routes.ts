import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf, SESSION_COOKIE } from '../../http/server';
import * as c from './identity.contracts';
import * as svc from './identity.service';

const tags = ['identity'];

export async function identityRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.post(
    '/registrations',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'An enterprise registers itself and its first administrator (activated later by the zone office)',
        security: [],
        body: c.RegistrationInput,
        response: { 201: z.object({ organisation: c.OrgView, admin: c.UserView }), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.registerEnterprise(ctx, callerOf(req), req.body)),
  );

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: ctx.config.TUMEN_LOGIN_RATE_LIMIT_MAX, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Sign in with user name and password', security: [], body: c.LoginInput, response: { 200: c.SessionView, ...errorResponses } },
    },
    async (req, reply) => {
      const session = await svc.login(ctx, callerOf(req), req.body);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: req.protocol === 'https',
        // Max-Age, not Expires: the browser counts the lifetime on its own clock, so a clock skew between
        // server and browser (or the injectable clock) cannot make the cookie arrive already expired.
        maxAge: Math.max(0, Math.floor((Date.parse(session.expiresAt) - ctx.clock.now().getTime()) / 1000)),
      });
      return session;
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags, summary: 'End the current session', response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      if (req.actor.type === 'user' && req.token) await svc.logout(ctx, callerOf(req), req.token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags, summary: 'Who am I: the signed-in user or API key, and its organisation', response: { 200: c.MeView, ...errorResponses } } },
    async (req) => svc.describeActor(ctx, req.actor),
  );

  app.get(
    '/orgs',
    {
      schema: {
        tags,
        summary: 'Organisations the caller may see (its own; for departments, those in their scope)',
        querystring: c.OrgListQuery.extend({ lang: z.string().optional() }),
        response: { 200: z.object({ items: z.array(c.OrgView) }), ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return { items: await svc.listOrganisations(ctx, callerOf(req), q) };
    },
  );

  app.get(
    '/orgs/:id',
    { schema: { tags, summary: 'One organisation', params: c.IdParams, response: { 200: c.OrgView, ...errorResponses } } },
    async (req) => svc.getOrganisation(ctx, callerOf(req), req.params.id),
  );

  app.post(
    '/orgs/:id/review',
    {
      schema: {
        tags,
        summary: 'Activate, suspend or reinstate an enterprise account (zone office, commerce)',
        params: c.IdParams,
        body: c.OrgReviewInput,
        response: { 200: c.OrgView, ...errorResponses },
      },
    },
    async (req) => svc.reviewOrganisation(ctx, callerOf(req), req.params.id, req.body),
  );

  app.get(
    '/orgs/:id/users',
    { schema: { tags, summary: "The organisation's users", params: c.IdParams, response: { 200: z.object({ items: z.array(c.UserView) }), ...errorResponses } } },
    async (req) => ({ items: await svc.listUsers(ctx, callerOf(req), req.params.id) }),
  );

  app.post(
    '/orgs/:id/users',
    {
      schema: { tags, summary: 'Add a user (organisation administrators)', params: c.IdParams, body: c.CreateUserInput, response: { 201: c.UserView, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await svc.createUser(ctx, callerOf(req), req.params.id, req.body)),
  );

  app.get(
    '/orgs/:id/api-keys',
    {
      schema: { tags, summary: "The organisation's API keys (without the secrets)", params: c.IdParams, response: { 200: z.object({ items: z.array(c.ApiKeyView) }), ...errorResponses } },
    },
    async (req) => ({ items: await svc.listApiKeys(ctx, callerOf(req), req.params.id) }),
  );

  app.post(
    '/orgs/:id/api-keys',
    {
      schema: {
        tags,
        summary: 'Create an API key for system-to-system calls; the key is shown once',
        params: c.IdParams,
        body: c.CreateApiKeyInput,
        response: { 201: c.CreatedApiKeyView, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createApiKey(ctx, callerOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/orgs/:id/api-keys/:keyId',
    { schema: { tags, summary: 'Revoke an API key', params: c.KeyParams, response: { 200: c.ApiKeyView, ...errorResponses } } },
    async (req) => svc.revokeApiKey(ctx, callerOf(req), req.params.id, req.params.keyId),
  );
}
