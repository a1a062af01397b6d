import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { listAudit, verifyAuditFor } from './audit.service';

const tags = ['audit'];

const AuditRowView = z.object({
  chain: z.string(),
  seq: z.number().int(),
  id: z.uuid(),
  at: z.iso.datetime(),
  actorOrgId: z.uuid().nullable(),
  actorUserId: z.uuid().nullable(),
  actorKeyId: z.uuid().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

export async function auditRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.get(
    '/audit',
    {
      schema: {
        tags,
        summary: "Audit rows: the zone office sees every chain, other organisations their own chain",
        querystring: z.strictObject({
          resourceType: z.string().max(100).optional(),
          resourceId: z.string().max(200).optional(),
          before: z.iso.datetime().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          lang: z.string().optional(),
        }),
        response: { 200: z.object({ items: z.array(AuditRowView) }), ...errorResponses },
      },
    },
    async (req) => {
      const { before, lang: _lang, ...q } = req.query;
      const rows = await listAudit(ctx, callerOf(req), { ...q, ...(before ? { before: new Date(before) } : {}) });
      return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
    },
  );

  app.post(
    '/audit/verify',
    {
      schema: {
        tags,
        summary: 'Walk every audit chain and name the first altered or removed row of each (zone office)',
        response: {
          200: z.object({
            ok: z.boolean(),
            chains: z.number().int(),
            rows: z.number().int(),
            problems: z.array(z.object({ chain: z.string(), seq: z.number().int(), id: z.string().nullable(), kind: z.enum(['altered', 'missing']) })),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => verifyAuditFor(ctx, callerOf(req)),
  );
}
