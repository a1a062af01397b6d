import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import * as c from './webhook.contracts';
import * as svc from './webhook.service';

const tags = ['webhooks'];

export async function webhookRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Register an endpoint for event deliveries; the answer carries the signing secret, shown this once',
        body: c.CreateWebhookInput,
        response: { 201: c.WebhookWithSecretView, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createWebhook(ctx, callerOf(req), req.body)),
  );

  app.get(
    '/webhooks',
    {
      schema: {
        tags,
        summary: "The organisation's webhooks (an API key sees those of its environment), without their secrets",
        querystring: z.strictObject({ lang: z.string().optional() }),
        response: { 200: z.object({ items: z.array(c.WebhookView) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await svc.listWebhooks(ctx, callerOf(req)) }),
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change the address, the events or the description, or disable (deliveries wait) and enable the webhook',
        params: c.WebhookIdParams,
        body: c.UpdateWebhookInput,
        response: { 200: c.WebhookView, ...errorResponses },
      },
    },
    async (req) => svc.updateWebhook(ctx, callerOf(req), req.params.id, req.body),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Delete the webhook: nothing more is sent to it, its pending deliveries close as failed',
        params: c.WebhookIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await svc.deleteWebhook(ctx, callerOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      schema: {
        tags,
        summary: 'Replace the signing secret; the new one is shown this once and signs every attempt from now on',
        params: c.WebhookIdParams,
        response: { 200: c.WebhookWithSecretView, ...errorResponses },
      },
    },
    async (req) => svc.rotateWebhookSecret(ctx, callerOf(req), req.params.id),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'The delivery log, newest first: status, attempts, last answer or error, next attempt',
        params: c.WebhookIdParams,
        querystring: c.DeliveryListQuery,
        response: { 200: c.DeliveryList, ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return svc.listWebhookDeliveries(ctx, callerOf(req), req.params.id, q);
    },
  );

  app.post(
    '/webhooks/:id/replay',
    {
      schema: {
        tags,
        summary: 'Send again the deliveries created in [from, to), under their original delivery ids (receivers de-duplicate on them)',
        params: c.WebhookIdParams,
        body: c.ReplayInput,
        response: { 200: c.ReplayResult, ...errorResponses },
      },
    },
    async (req) => svc.replayWebhookDeliveries(ctx, callerOf(req), req.params.id, req.body),
  );

  app.post(
    '/webhooks/:id/test',
    {
      schema: {
        tags,
        summary: 'Enqueue a `webhook.ping` delivery to this webhook',
        params: c.WebhookIdParams,
        response: { 202: c.TestResult, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(202).send(await svc.testWebhook(ctx, callerOf(req), req.params.id)),
  );
}
