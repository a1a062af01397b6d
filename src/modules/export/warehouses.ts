/**
 * The zone's register of overseas warehouses and the 9810 goods in them. Customs' overseas-warehouse filing was
 * cancelled on 2024-12-15 (POLICY-NOTES §3.2), so the register is no precondition of customs, but a 9810 booking
 * names one of its warehouses and the released goods are kept as stock there until sold. Stock never goes
 * negative: a sale is one conditional update.
 */
import { and, asc, desc, eq, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext, Caller } from '../../app/context';
import type { Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
import { dec, decText } from '../../kernel/money';
import { actorOrg, authorize } from '../access';
import { recordAudit } from '../audit';
import type { Environment } from '../ceb';
import { expOverseasMoves, expOverseasStock, expWarehouses } from './export.table';

export type WarehouseRow = typeof expWarehouses.$inferSelect;

export const WarehouseInput = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Z0-9-]{3,30}$/)
    .meta({ description: 'The zone register code, upper case (e.g. OW-KR-INCHEON-01); a 9810 booking names it as OW=<code>', example: 'OW-KR-INCHEON-01' }),
  name: z.string().trim().min(1).max(200),
  country: z.string().regex(/^\d{3}$/).meta({ description: 'Customs numeric country code (133 Korea, 116 Japan, 344 Russia)' }),
  address: z.string().trim().min(1).max(500).transform((s) => s.normalize('NFC')),
  areaSqm: z.string().regex(/^\d{1,10}(\.\d{1,2})?$/).refine((v) => dec(v).gt(0)),
  tenure: z.enum(['owned', 'leased']),
});
export type WarehouseInput = z.infer<typeof WarehouseInput>;

export interface WarehouseView {
  id: string;
  code: string;
  operatorOrgId: string;
  name: string;
  country: string;
  address: string;
  areaSqm: string;
  tenure: 'owned' | 'leased';
  status: 'active' | 'closed';
  createdAt: string;
}

function view(w: WarehouseRow): WarehouseView {
  return { id: w.id, code: w.code, operatorOrgId: w.operatorOrgId, name: w.name, country: w.country, address: w.address, areaSqm: decText(dec(w.areaSqm), 2), tenure: w.tenure, status: w.status, createdAt: w.createdAt.toISOString() };
}

export async function warehouseByCode(db: Db, code: string): Promise<WarehouseRow | undefined> {
  const [row] = await db.select().from(expWarehouses).where(eq(expWarehouses.code, code));
  return row;
}

/** An enterprise registers a warehouse it runs (or the zone office one for an enterprise). */
export async function registerWarehouse(ctx: AppContext, caller: Caller, input: WarehouseInput, operatorOrgId?: string): Promise<WarehouseView> {
  authorize(caller.actor, 'export.warehouses.manage');
  const org = actorOrg(caller.actor);
  const operator = org?.kind === 'enterprise' ? org.id : operatorOrgId;
  if (!operator) throw new AppError('invalid', 'exp.warehouse_operator_required');
  return ctx.db.transaction(async (tx) => {
    if (await warehouseByCode(tx, input.code)) throw new AppError('conflict', 'exp.warehouse_exists', { code: input.code });
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(expWarehouses)
      .values({ id: ctx.newId(), code: input.code, operatorOrgId: operator, name: input.name, country: input.country, address: input.address, areaSqm: input.areaSqm, tenure: input.tenure, status: 'active', createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'export.warehouse.register', resourceType: 'exp_warehouse', resourceId: row!.id, details: { ...input } });
    return view(row!);
  });
}

export async function listWarehouses(ctx: AppContext, caller: Caller): Promise<WarehouseView[]> {
  authorize(caller.actor, 'export.read');
  const rows = await ctx.db.select().from(expWarehouses).orderBy(asc(expWarehouses.code));
  return rows.map(view);
}

/** Released 9810 goods enter the overseas warehouse's stock of the enterprise. */
export async function overseasInbound(
  tx: Db,
  ctx: AppContext,
  input: { environment: Environment; warehouseId: string; ebcOrgId: string; declarationId: string; lines: { itemNo: string; gcode: string; gname: string; unit: string; qty: string }[] },
): Promise<void> {
  const now = ctx.clock.now();
  for (const l of [...input.lines].sort((a, b) => (a.itemNo < b.itemNo ? -1 : a.itemNo > b.itemNo ? 1 : 0))) {
    await tx
      .insert(expOverseasStock)
      .values({ environment: input.environment, warehouseId: input.warehouseId, ebcOrgId: input.ebcOrgId, itemNo: l.itemNo, gcode: l.gcode, gname: l.gname, unit: l.unit, qty: l.qty, updatedAt: now })
      .onConflictDoUpdate({
        target: [expOverseasStock.environment, expOverseasStock.warehouseId, expOverseasStock.ebcOrgId, expOverseasStock.itemNo],
        set: { qty: sql`${expOverseasStock.qty} + ${l.qty}`, updatedAt: now },
      });
    await tx.insert(expOverseasMoves).values({ id: ctx.newId(), environment: input.environment, warehouseId: input.warehouseId, ebcOrgId: input.ebcOrgId, itemNo: l.itemNo, kind: 'inbound', qty: l.qty, declarationId: input.declarationId, at: now });
  }
}

export interface OverseasStockView {
  warehouseId: string;
  warehouseCode: string;
  ebcOrgId: string;
  itemNo: string;
  gcode: string;
  gname: string;
  unit: string;
  qty: string;
}

function environmentOf(caller: Caller): Environment {
  return caller.actor.type === 'apikey' ? caller.actor.environment : 'production';
}

/** The stock in a warehouse: the enterprise its own goods, the warehouse operator and customs all of it. */
export async function overseasStock(ctx: AppContext, caller: Caller, code: string): Promise<OverseasStockView[]> {
  authorize(caller.actor, 'export.read');
  const w = await warehouseByCode(ctx.db, code);
  if (!w) throw new AppError('not_found', 'exp.warehouse_unknown', { code });
  const org = actorOrg(caller.actor);
  const seesAll = caller.actor.type === 'system' || org?.kind !== 'enterprise' || org.id === w.operatorOrgId;
  const conditions = [eq(expOverseasStock.environment, environmentOf(caller)), eq(expOverseasStock.warehouseId, w.id)];
  if (!seesAll) conditions.push(eq(expOverseasStock.ebcOrgId, org!.id));
  const rows = await ctx.db
    .select()
    .from(expOverseasStock)
    .where(and(...conditions))
    .orderBy(asc(expOverseasStock.ebcOrgId), asc(expOverseasStock.itemNo));
  return rows.map((r) => ({ warehouseId: w.id, warehouseCode: w.code, ebcOrgId: r.ebcOrgId, itemNo: r.itemNo, gcode: r.gcode, gname: r.gname, unit: r.unit, qty: decText(dec(r.qty)) }));
}

export const SaleInput = z.strictObject({
  itemNo: z.string().min(1).max(30),
  qty: z.string().regex(/^\d{1,14}(\.\d{1,5})?$/).refine((v) => dec(v).gt(0)),
  reference: z.string().min(1).max(100).meta({ description: 'The platform order or invoice of the sale abroad' }),
});

/** The enterprise reports goods sold from the overseas warehouse; refused when more than is in stock. */
export async function recordSale(ctx: AppContext, caller: Caller, code: string, input: z.infer<typeof SaleInput>): Promise<OverseasStockView> {
  authorize(caller.actor, 'export.stock.sell');
  const org = actorOrg(caller.actor)!;
  const environment = environmentOf(caller);
  return ctx.db.transaction(async (tx) => {
    const w = await warehouseByCode(tx, code);
    if (!w) throw new AppError('not_found', 'exp.warehouse_unknown', { code });
    const [row] = await tx
      .update(expOverseasStock)
      .set({ qty: sql`${expOverseasStock.qty} - ${input.qty}`, updatedAt: ctx.clock.now() })
      .where(
        and(
          eq(expOverseasStock.environment, environment),
          eq(expOverseasStock.warehouseId, w.id),
          eq(expOverseasStock.ebcOrgId, org.id),
          eq(expOverseasStock.itemNo, input.itemNo),
          gte(expOverseasStock.qty, input.qty),
        ),
      )
      .returning();
    if (!row) {
      const [have] = await tx
        .select({ qty: expOverseasStock.qty })
        .from(expOverseasStock)
        .where(and(eq(expOverseasStock.environment, environment), eq(expOverseasStock.warehouseId, w.id), eq(expOverseasStock.ebcOrgId, org.id), eq(expOverseasStock.itemNo, input.itemNo)));
      throw new AppError('conflict', 'exp.stock_insufficient', { itemNo: input.itemNo, qty: input.qty, available: have ? decText(dec(have.qty)) : '0' });
    }
    await tx.insert(expOverseasMoves).values({ id: ctx.newId(), environment, warehouseId: w.id, ebcOrgId: org.id, itemNo: input.itemNo, kind: 'sale', qty: input.qty, reference: input.reference, at: ctx.clock.now() });
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'export.stock.sale', resourceType: 'exp_warehouse', resourceId: w.id, details: { ...input } });
    return { warehouseId: w.id, warehouseCode: w.code, ebcOrgId: row.ebcOrgId, itemNo: row.itemNo, gcode: row.gcode, gname: row.gname, unit: row.unit, qty: decText(dec(row.qty)) };
  });
}

export async function overseasMoves(db: Db, warehouseId: string, ebcOrgId: string) {
  return db
    .select()
    .from(expOverseasMoves)
    .where(and(eq(expOverseasMoves.warehouseId, warehouseId), eq(expOverseasMoves.ebcOrgId, ebcOrgId)))
    .orderBy(desc(expOverseasMoves.at));
}
