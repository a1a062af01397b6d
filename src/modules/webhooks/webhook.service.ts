import type { AppContext, Caller, Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
import type { Actor } from '../access';
import { authorize } from '../access';
import { recordAudit, recordRead } from '../audit';
import { bareHost, isLocalHost } from './address';
import {
  PING_EVENT,
  type CreateWebhookInput,
  type DeliveryListQuery,
  type DeliveryView,
  type ReplayInput,
  type UpdateWebhookInput,
  type WebhookView,
  type WebhookWithSecretView,
} from './webhook.contracts';
import * as repo from './webhook.repository';
import { newWebhookSecret } from './signature';
import type { WebhookEnvironment } from './webhook.table';

/** Live webhooks per organisation: enough for every system of an enterprise, few enough to fan out cheaply. */
export const MAX_WEBHOOKS_PER_ORG = 20;

export function toWebhookView(w: repo.WebhookRow): WebhookView {
  return {
    id: w.id,
    orgId: w.orgId,
    url: w.url,
    description: w.description,
    events: w.events,
    environment: w.environment,
    active: w.active,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
    disabledAt: w.disabledAt?.toISOString() ?? null,
    secretRotatedAt: w.secretRotatedAt?.toISOString() ?? null,
  };
}

export function toDeliveryView(d: repo.DeliveryRow): DeliveryView {
  return {
    id: d.id,
    webhookId: d.webhookId,
    event: d.event,
    sourceId: d.sourceId,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    payload: d.payload,
  };
}

/** The caller's own webhooks: its organisation's, and for an API key those of the key's environment. */
function scopeOf(actor: Actor): repo.WebhookScope {
  if (actor.type === 'apikey') return { orgId: actor.org.id, environment: actor.environment };
  if (actor.type === 'user') return { orgId: actor.org.id };
  // The system acts for no organisation: it has no webhooks of its own.
  throw new AppError('not_found', 'common.not_found');
}

const notFound = () => new AppError('not_found', 'common.not_found');

/** In production mode a webhook may not point at this machine or the internal network (SSRF). */
function checkUrl(ports: Pick<Ports, 'config'>, url: string): void {
  if (ports.config.TUMEN_MODE !== 'production') return;
  const host = new URL(url).hostname;
  if (isLocalHost(host)) {
    const params = { host: bareHost(host) };
    throw new AppError('invalid', 'webhooks.url_private', params, [{ path: ['url'], code: 'webhooks.url_private', message: 'webhooks.url_private', params }]);
  }
}

// ---------------------------------------------------------------- webhooks

export async function createWebhook(ctx: AppContext, caller: Caller, input: CreateWebhookInput): Promise<WebhookWithSecretView> {
  authorize(caller.actor, 'webhooks.manage');
  const scope = scopeOf(caller.actor);
  const environment: WebhookEnvironment = input.environment ?? scope.environment ?? 'production';
  if (scope.environment && environment !== scope.environment) {
    throw new AppError('forbidden', 'identity.apikey_environment', { environment: scope.environment });
  }
  checkUrl(ctx, input.url);
  const secret = newWebhookSecret();
  return ctx.db.transaction(async (tx) => {
    // A guard against runaway scripts: two creations racing past it leave one webhook too many, harmlessly.
    if ((await repo.countLive(tx, scope.orgId)) >= MAX_WEBHOOKS_PER_ORG) throw new AppError('conflict', 'webhooks.limit', { max: MAX_WEBHOOKS_PER_ORG });
    const now = ctx.clock.now();
    const row = await repo.insertWebhook(tx, {
      id: ctx.newId(),
      orgId: scope.orgId,
      url: input.url,
      description: input.description ?? null,
      events: input.events,
      environment,
      secret,
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      actor: caller.actor,
      requestId: caller.requestId,
      action: 'webhook.created',
      resourceType: 'webhook',
      resourceId: row.id,
      details: { url: row.url, events: row.events, environment: row.environment },
    });
    return { ...toWebhookView(row), secret };
  });
}

export async function listWebhooks(ctx: AppContext, caller: Caller): Promise<WebhookView[]> {
  authorize(caller.actor, 'webhooks.read');
  const found = await repo.listWebhooks(ctx.db, scopeOf(caller.actor));
  return found.map(toWebhookView);
}

export async function updateWebhook(ctx: AppContext, caller: Caller, id: string, input: UpdateWebhookInput): Promise<WebhookView> {
  authorize(caller.actor, 'webhooks.manage');
  const scope = scopeOf(caller.actor);
  if (input.url !== undefined) checkUrl(ctx, input.url);
  return ctx.db.transaction(async (tx) => {
    const current = await repo.lockWebhook(tx, scope, id);
    if (!current) throw notFound();
    const now = ctx.clock.now();
    const patch: Parameters<typeof repo.updateWebhook>[2] = { updatedAt: now };
    if (input.url !== undefined) patch.url = input.url;
    if (input.events !== undefined) patch.events = input.events;
    if (input.description !== undefined) patch.description = input.description;
    if (input.active !== undefined && input.active !== current.active) {
      patch.active = input.active;
      patch.disabledAt = input.active ? null : now;
    }
    const row = await repo.updateWebhook(tx, id, patch);
    const { updatedAt: _u, disabledAt: _d, ...changed } = patch;
    await recordAudit(tx, ctx, {
      actor: caller.actor,
      requestId: caller.requestId,
      action: 'webhook.updated',
      resourceType: 'webhook',
      resourceId: id,
      details: { changed, before: { url: current.url, events: current.events, active: current.active } },
    });
    return toWebhookView(row);
  });
}

/** Deletes a webhook: it receives nothing more, its pending deliveries close as failed, its log stays. */
export async function deleteWebhook(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  authorize(caller.actor, 'webhooks.manage');
  const scope = scopeOf(caller.actor);
  await ctx.db.transaction(async (tx) => {
    const current = await repo.lockWebhook(tx, scope, id);
    if (!current) throw notFound();
    const now = ctx.clock.now();
    await repo.updateWebhook(tx, id, { active: false, deletedAt: now, updatedAt: now, disabledAt: current.disabledAt ?? now });
    await repo.failPending(tx, id, now, 'webhook deleted');
    await recordAudit(tx, ctx, {
      actor: caller.actor,
      requestId: caller.requestId,
      action: 'webhook.deleted',
      resourceType: 'webhook',
      resourceId: id,
      details: { url: current.url },
    });
  });
}

/** A new signing secret, effective for every attempt from now on (the old one stops at once). */
export async function rotateWebhookSecret(ctx: AppContext, caller: Caller, id: string): Promise<WebhookWithSecretView> {
  authorize(caller.actor, 'webhooks.manage');
  const scope = scopeOf(caller.actor);
  const secret = newWebhookSecret();
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.lockWebhook(tx, scope, id))) throw notFound();
    const now = ctx.clock.now();
    const row = await repo.updateWebhook(tx, id, { secret, secretRotatedAt: now, updatedAt: now });
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'webhook.secret_rotated', resourceType: 'webhook', resourceId: id });
    return { ...toWebhookView(row), secret };
  });
}

// ---------------------------------------------------------------- deliveries

export async function listWebhookDeliveries(
  ctx: AppContext,
  caller: Caller,
  id: string,
  q: Omit<DeliveryListQuery, 'lang'>,
): Promise<{ items: DeliveryView[]; nextCursor: string | null }> {
  authorize(caller.actor, 'webhooks.read');
  if (!(await repo.findWebhook(ctx.db, scopeOf(caller.actor), id))) throw notFound();
  const page = await repo.listDeliveries(ctx.db, { webhookId: id, status: q.status, before: q.after, limit: q.limit + 1 });
  const items = page.slice(0, q.limit);
  await recordRead(ctx, caller, 'webhook_delivery', items.map((d) => d.id), { webhookId: id });
  return { items: items.map(toDeliveryView), nextCursor: page.length > q.limit ? items[items.length - 1]!.id : null };
}

/** Sends the deliveries created in [from, to) again, under their own ids, so receivers recognise them. */
export async function replayWebhookDeliveries(ctx: AppContext, caller: Caller, id: string, input: ReplayInput): Promise<{ count: number }> {
  authorize(caller.actor, 'webhooks.manage');
  const scope = scopeOf(caller.actor);
  const from = new Date(input.from);
  const to = new Date(input.to);
  if (to <= from) throw new AppError('invalid', 'webhooks.replay_range', {}, [{ path: ['to'], code: 'webhooks.replay_range', message: 'webhooks.replay_range' }]);
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.lockWebhook(tx, scope, id))) throw notFound();
    const count = await repo.replayDeliveries(tx, { webhookId: id, from, to, now: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      actor: caller.actor,
      requestId: caller.requestId,
      action: 'webhook.replayed',
      resourceType: 'webhook',
      resourceId: id,
      details: { from: from.toISOString(), to: to.toISOString(), count },
    });
    return { count };
  });
}

/** Enqueues a `webhook.ping` for this webhook alone, whatever it subscribes to. */
export async function testWebhook(ctx: AppContext, caller: Caller, id: string): Promise<{ deliveryId: string }> {
  authorize(caller.actor, 'webhooks.manage');
  const scope = scopeOf(caller.actor);
  return ctx.db.transaction(async (tx) => {
    const webhook = await repo.lockWebhook(tx, scope, id);
    if (!webhook) throw notFound();
    if (!webhook.active) throw new AppError('invalid_state', 'webhooks.inactive');
    const now = ctx.clock.now();
    const deliveryId = ctx.newId();
    await repo.insertDeliveries(tx, [
      {
        id: deliveryId,
        webhookId: id,
        event: PING_EVENT,
        sourceId: deliveryId,
        payload: { webhookId: id, message: 'ping' },
        status: 'pending',
        nextAttemptAt: now,
        createdAt: now,
      },
    ]);
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'webhook.tested', resourceType: 'webhook', resourceId: id, details: { deliveryId } });
    return { deliveryId };
  });
}

export interface EnqueueInput {
  orgId: string;
  environment: WebhookEnvironment;
  event: string;
  /** The id of the thing delivered (a receipt's id): a second enqueue of it for the same webhook is a no-op. */
  sourceId: string;
  /** Sent as `data`; stored now, so what is delivered (and replayed) is what was true at this moment. */
  payload: unknown;
}

/**
 * For other modules, inside their own transaction: one delivery of the event to each live webhook of the
 * organisation subscribed to it in that environment. It commits, or not, with the caller's change.
 * Returns the ids of the deliveries created (none for a source already enqueued).
 */
export async function enqueueDeliveries(tx: Db, ports: Pick<Ports, 'clock' | 'newId'>, input: EnqueueInput): Promise<{ deliveryIds: string[] }> {
  const targets = await repo.subscribers(tx, input.orgId, input.environment, input.event);
  if (!targets.length) return { deliveryIds: [] };
  const now = ports.clock.now();
  // As jsonb will give it back, so a payload with undefined fields or Dates is sent as it is stored.
  const payload = JSON.parse(JSON.stringify(input.payload ?? {})) as unknown;
  const deliveryIds = await repo.insertDeliveries(
    tx,
    targets.map((webhookId) => ({
      id: ports.newId(),
      webhookId,
      event: input.event,
      sourceId: input.sourceId,
      payload,
      status: 'pending' as const,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
  return { deliveryIds };
}
