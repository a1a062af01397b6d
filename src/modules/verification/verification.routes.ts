import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { listIdentityChecks, NAME_MAX, registerResident, VERIFICATION_RESULTS } from './verification.service';

const tags = ['verification'];

const IdentityCheckView = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  purpose: z.string(),
  reference: z.string().nullable(),
  idNumberMasked: z.string().meta({ description: 'Area code and check character kept, the rest masked', example: '222401***********X' }),
  result: z.enum(VERIFICATION_RESULTS),
});

const ResidentInput = z.strictObject({
  name: z.string().trim().min(1).max(NAME_MAX),
  // Checked per GB 11643 by the service, which names the failing part (format, birth date, check character).
  idNumber: z.string().trim().min(1).max(32).meta({ description: 'Resident identity number (18 characters, GB 11643; a lower-case x is accepted)' }),
});

const ResidentOutcome = z.object({
  created: z.boolean(),
  resident: z.object({ idNumberMasked: z.string(), name: z.string(), source: z.enum(['cli', 'demo', 'api']), addedAt: z.iso.datetime() }),
});

export async function verificationRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.get(
    '/verification/checks',
    {
      schema: {
        tags,
        summary:
          'The identity verification log (public security): every check asked of the verification service and its answer, numbers masked, oldest first after a cursor (`after` = the last `id` seen); each read is audited',
        querystring: z.strictObject({
          after: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          lang: z.string().optional(),
        }),
        response: { 200: z.object({ items: z.array(IdentityCheckView), next: z.uuid().nullable() }), ...errorResponses },
      },
    },
    async (req) => listIdentityChecks(ctx, callerOf(req), { after: req.query.after, limit: req.query.limit }),
  );

  app.post(
    '/verification/residents',
    {
      schema: {
        tags,
        summary:
          'Register a resident (name and identity number) with the local verification service (public security, which holds the population register the service stands in for); the same number and name again changes nothing (200), another name for a registered number is refused (409)',
        body: ResidentInput,
        response: { 200: ResidentOutcome, 201: ResidentOutcome, ...errorResponses },
      },
    },
    async (req, reply) => {
      const outcome = await registerResident(ctx, callerOf(req), { ...req.body, source: 'api' });
      return reply.status(outcome.created ? 201 : 200).send(outcome);
    },
  );
}
