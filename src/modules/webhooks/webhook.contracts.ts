import { z } from 'zod';

/**
 * Events an organisation may subscribe to. A module that delivers a new kind of event adds it here, so
 * a subscription with a typo is refused instead of silently receiving nothing.
 */
export const WEBHOOK_EVENTS = ['ceb.receipt'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent by `POST /api/webhooks/:id/test` whatever the subscription. */
export const PING_EVENT = 'webhook.ping';

export const ENVIRONMENTS = ['sandbox', 'production'] as const;

/**
 * An http(s) URL without credentials. Whether its host may be private is decided by the service, which
 * knows the mode.
 */
export const WebhookUrl = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'webhooks.url_invalid' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'webhooks.url_scheme' });
    else if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'webhooks.url_credentials' });
    else if (!url.hostname) ctx.addIssue({ code: 'custom', message: 'webhooks.url_invalid' });
  })
  .meta({ description: 'Where deliveries are POSTed: http or https (in production mode, never a loopback, private or link-local address)', example: 'https://erp.example.com/tumen/webhook' });

const Events = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .max(WEBHOOK_EVENTS.length * 2)
  .transform((events) => [...new Set(events)])
  .meta({ description: 'Events to receive' });
const Description = z.string().trim().max(500);

export const CreateWebhookInput = z.strictObject({
  url: WebhookUrl,
  events: Events,
  environment: z
    .enum(ENVIRONMENTS)
    .optional()
    .meta({ description: 'Whose traffic it receives; defaults to the API key’s environment, or production for a signed-in user' }),
  description: Description.optional(),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookInput>;

export const UpdateWebhookInput = z.strictObject({
  active: z.boolean().optional(),
  url: WebhookUrl.optional(),
  events: Events.optional(),
  description: Description.nullable().optional(),
});
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookInput>;

export const WebhookView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.string()),
  environment: z.enum(ENVIRONMENTS),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  disabledAt: z.iso.datetime().nullable(),
  secretRotatedAt: z.iso.datetime().nullable(),
});
export type WebhookView = z.infer<typeof WebhookView>;

export const WebhookWithSecretView = WebhookView.extend({
  secret: z.string().meta({ description: 'The signing secret: shown now, never again (rotate it to get a new one)' }),
});
export type WebhookWithSecretView = z.infer<typeof WebhookWithSecretView>;

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

export const DeliveryView = z.object({
  id: z.uuid().meta({ description: 'The delivery id (header X-Tumen-Delivery): the same on every retry and replay' }),
  webhookId: z.uuid(),
  event: z.string(),
  sourceId: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.iso.datetime().nullable().meta({ description: 'When a pending delivery is tried next' }),
  lastAttemptAt: z.iso.datetime().nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  payload: z.unknown(),
});
export type DeliveryView = z.infer<typeof DeliveryView>;

export const DeliveryListQuery = z.strictObject({
  status: z.enum(DELIVERY_STATUSES).optional(),
  after: z.uuid().optional().meta({ description: 'Cursor: the `nextCursor` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  lang: z.string().optional(),
});
export type DeliveryListQuery = z.infer<typeof DeliveryListQuery>;

export const DeliveryList = z.object({
  items: z.array(DeliveryView).meta({ description: 'Newest first' }),
  nextCursor: z.uuid().nullable().meta({ description: 'Pass as `after` for the next (older) page; null on the last one' }),
});

export const ReplayInput = z.strictObject({
  from: z.iso.datetime({ offset: true }).meta({ description: 'Deliveries created at or after this time…' }),
  to: z.iso.datetime({ offset: true }).meta({ description: '…and before this one' }),
});
export type ReplayInput = z.infer<typeof ReplayInput>;

export const ReplayResult = z.object({ count: z.number().int().meta({ description: 'Deliveries set to be sent again, with their ids unchanged' }) });

export const TestResult = z.object({ deliveryId: z.uuid() });

export const WebhookIdParams = z.strictObject({ id: z.uuid() });
