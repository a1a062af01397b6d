// Webhooks: organisations' endpoints, and at-least-once, signed delivery of events to them.
export { deliverDue, startWebhookWorker, type DeliveryRound, type WebhookWorker } from './delivery';
export { enqueueDeliveries, type EnqueueInput } from './webhook.service';
export { signWebhookBody, verifyWebhookSignature, type VerifyOptions } from './signature';
export { PING_EVENT, WEBHOOK_EVENTS, type WebhookEvent } from './webhook.contracts';
export { webhookRoutes } from './webhook.routes';
