/**
 * What the recall-and-infringement detector checks against (issue 7 §3): recalls in force (market supervision's
 * defective-product recalls, customs' warnings), matched by commodity code, item number and/or brand; and registered
 * brands with the sellers their owner authorised. Market supervision and customs keep both lists; a recall is dated
 * (from, to), so a declaration is judged by the recall in force at its own time.
 */
import { and, asc, desc, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext, Caller } from '../../app/context';
import { AppError } from '../../kernel/errors';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import { riskBrands, riskRecalls } from './risk.table';

export const RecallBody = z
  .strictObject({
    gcode: z.string().regex(/^\d{10}$/).optional().meta({ description: '10-digit commodity code the recall covers' }),
    itemNo: z.string().trim().min(1).max(50).optional().meta({ description: 'The seller’s item number' }),
    brand: z.string().trim().min(1).max(100).optional(),
    reason: z.string().trim().min(1).max(2000).meta({ description: 'Why, as published (e.g. the recall notice and its number)' }),
    source: z.string().trim().min(1).max(500).meta({ description: 'Who published it, with a reference' }),
    validFrom: z.iso.datetime({ offset: true }).optional().meta({ description: 'In force from (default now)' }),
    validTo: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((r) => r.gcode || r.itemNo || r.brand, { message: 'risk.recall_subject_missing', path: ['gcode'] });
export type RecallBody = z.infer<typeof RecallBody>;

export const BrandBody = z.strictObject({
  brand: z.string().trim().min(1).max(100),
  owner: z.string().trim().min(1).max(200),
  authorised: z.array(z.string().regex(/^[0-9A-Z]{10}$/)).max(500).meta({ description: 'Customs codes of the e-commerce enterprises authorised to sell it' }),
  registrationNo: z.string().trim().max(100).optional(),
});
export type BrandBody = z.infer<typeof BrandBody>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function recallView(r: typeof riskRecalls.$inferSelect) {
  return { id: r.id, gcode: r.gcode, itemNo: r.itemNo, brand: r.brand, reason: r.reason, source: r.source, validFrom: r.validFrom.toISOString(), validTo: iso(r.validTo), createdAt: r.createdAt.toISOString() };
}
function brandView(b: typeof riskBrands.$inferSelect) {
  return { id: b.id, brand: b.brand, owner: b.owner, authorised: b.authorised, registrationNo: b.registrationNo, createdAt: b.createdAt.toISOString() };
}

export async function listRecalls(ctx: AppContext, caller: Caller, q: { current?: boolean | undefined }) {
  authorize(caller.actor, 'risk.rules.read');
  const now = ctx.clock.now();
  const found = await ctx.db
    .select()
    .from(riskRecalls)
    .where(q.current ? and(sql`${riskRecalls.validFrom} <= ${now.toISOString()}::timestamptz`, or(isNull(riskRecalls.validTo), sql`${riskRecalls.validTo} > ${now.toISOString()}::timestamptz`)) : undefined)
    .orderBy(desc(riskRecalls.validFrom))
    .limit(1000);
  return { items: found.map(recallView) };
}

export async function addRecall(ctx: AppContext, caller: Caller, body: RecallBody) {
  authorize(caller.actor, 'risk.lists.manage');
  const now = ctx.clock.now();
  const validFrom = body.validFrom ? new Date(body.validFrom) : now;
  const validTo = body.validTo ? new Date(body.validTo) : null;
  if (validTo && validTo.getTime() <= validFrom.getTime()) throw new AppError('invalid', 'risk.recall_period_invalid');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(riskRecalls)
      .values({ id: ctx.newId(), gcode: body.gcode ?? null, itemNo: body.itemNo ?? null, brand: body.brand ?? null, reason: body.reason, source: body.source, validFrom, validTo, createdAt: now })
      .returning();
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'risk.recall.add', resourceType: 'risk_recall', resourceId: row!.id, details: { ...body } });
    return recallView(row!);
  });
}

export async function listBrands(ctx: AppContext, caller: Caller) {
  authorize(caller.actor, 'risk.rules.read');
  return { items: (await ctx.db.select().from(riskBrands).orderBy(asc(riskBrands.brand)).limit(5000)).map(brandView) };
}

/** Registers a brand, or replaces the owner and the authorised sellers of one registered already. */
export async function putBrand(ctx: AppContext, caller: Caller, body: BrandBody) {
  authorize(caller.actor, 'risk.lists.manage');
  return ctx.db.transaction(async (tx) => {
    const values = { owner: body.owner, authorised: [...new Set(body.authorised)], registrationNo: body.registrationNo ?? null };
    const [row] = await tx
      .insert(riskBrands)
      .values({ id: ctx.newId(), brand: body.brand, ...values, createdAt: ctx.clock.now() })
      .onConflictDoUpdate({ target: riskBrands.brand, set: values })
      .returning();
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'risk.brand.put', resourceType: 'risk_brand', resourceId: row!.id, details: { ...body } });
    return brandView(row!);
  });
}


