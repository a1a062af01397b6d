/**
 * The two ledgers clearance draws on inside a declaration's transaction: the buyer's annual quota and the
 * guarantor's tax guarantee. Each draw is one conditional statement on the balance row, so concurrent
 * declarations serialise on that row and can never overdraw it; every movement is also a ledger entry.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { LateWriteConflict } from '../../db/scope';
import { insertRow } from '../../db/statements';
import { Dec, dec, decText } from '../../kernel/money';
import { clrGuaranteeEntries, clrGuarantees, clrQuotaEntries, clrQuotas, type Environment } from './clearance.table';
import { ANNUAL_LIMIT } from './tax';

type P = Pick<Ports, 'clock' | 'newId'>;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export interface QuotaKey {
  environment: Environment;
  buyerIdNumber: string;
  year: number;
}

/**
 * Reserves `amount` of the buyer's annual quota for a declaration when used + amount stays within the limit
 * (inclusive: POLICY-NOTES §1.3). Returns the balance either way.
 */
export async function reserveQuota(tx: Db, ports: P, key: QuotaKey & { declarationId: string; amount: string; limit?: string }): Promise<{ ok: boolean; used: string; remaining: string }> {
  const limit = key.limit ?? ANNUAL_LIMIT;
  const now = ports.clock.now();
  if (dec(key.amount).gt(limit)) {
    const used = await quotaUsed(tx, key);
    return { ok: false, used, remaining: decText(dec(limit).minus(used), 2) };
  }
  const rows = rowsOf<{ used: string }>(
    await tx.execute(sql`
      insert into clr_quotas (environment, buyer_id_number, year, used, consumed, updated_at)
      values (${key.environment}, ${key.buyerIdNumber}, ${key.year}, ${key.amount}, 0, ${now.toISOString()})
      on conflict (environment, buyer_id_number, year) do update
        set used = clr_quotas.used + excluded.used, updated_at = excluded.updated_at
        where clr_quotas.used + excluded.used <= ${limit}::numeric
      returning used::text as used`),
  );
  const row = rows[0];
  if (!row) {
    const used = await quotaUsed(tx, key);
    return { ok: false, used, remaining: decText(dec(limit).minus(used), 2) };
  }
  await insertRow(tx, clrQuotaEntries, { id: ports.newId(), ...pick(key), declarationId: key.declarationId, kind: 'reserve', amount: key.amount, at: now });
  return { ok: true, used: row.used, remaining: decText(dec(limit).minus(row.used), 2) };
}

function pick(key: QuotaKey): QuotaKey {
  return { environment: key.environment, buyerIdNumber: key.buyerIdNumber, year: key.year };
}

async function quotaUsed(tx: Db, key: QuotaKey): Promise<string> {
  const [row] = await tx
    .select({ used: clrQuotas.used })
    .from(clrQuotas)
    .where(and(eq(clrQuotas.environment, key.environment), eq(clrQuotas.buyerIdNumber, key.buyerIdNumber), eq(clrQuotas.year, key.year)));
  return row?.used ?? '0';
}

/** What a declaration still holds of the quota: its reservations less what was restored. */
export async function quotaHeld(tx: Db, declarationId: string): Promise<{ held: string; consumed: boolean }> {
  const rows = await tx.select({ kind: clrQuotaEntries.kind, amount: clrQuotaEntries.amount }).from(clrQuotaEntries).where(eq(clrQuotaEntries.declarationId, declarationId));
  let held = dec(0);
  let consumed = false;
  for (const r of rows) {
    if (r.kind === 'consume') consumed = true;
    else held = held.plus(r.amount);
  }
  return { held: decText(held), consumed };
}

/** Release: the reservation becomes consumption (it stays counted in `used`). */
export async function consumeQuota(tx: Db, ports: P, key: QuotaKey & { declarationId: string }): Promise<void> {
  const { held, consumed } = await quotaHeld(tx, key.declarationId);
  if (consumed || dec(held).lte(0)) return;
  await tx
    .update(clrQuotas)
    .set({ consumed: sql`${clrQuotas.consumed} + ${held}::numeric`, updatedAt: ports.clock.now() })
    .where(and(eq(clrQuotas.environment, key.environment), eq(clrQuotas.buyerIdNumber, key.buyerIdNumber), eq(clrQuotas.year, key.year)));
  await insertRow(tx, clrQuotaEntries, { id: ports.newId(), ...pick(key), declarationId: key.declarationId, kind: 'consume', amount: '0', at: ports.clock.now() });
}

/**
 * Gives quota back (cancellation: everything held; a return: the returned part). Never more than is held.
 * Returns the amount restored.
 */
export async function restoreQuota(tx: Db, ports: P, key: QuotaKey & { declarationId: string; amount?: string }): Promise<string> {
  const { held, consumed } = await quotaHeld(tx, key.declarationId);
  const amount = key.amount ? Dec.min(dec(key.amount), dec(held)) : dec(held);
  if (amount.lte(0)) return '0';
  const text = decText(amount);
  await tx
    .update(clrQuotas)
    .set({
      used: sql`${clrQuotas.used} - ${text}::numeric`,
      consumed: consumed ? sql`${clrQuotas.consumed} - ${text}::numeric` : clrQuotas.consumed,
      updatedAt: ports.clock.now(),
    })
    .where(and(eq(clrQuotas.environment, key.environment), eq(clrQuotas.buyerIdNumber, key.buyerIdNumber), eq(clrQuotas.year, key.year)));
  await insertRow(tx, clrQuotaEntries, { id: ports.newId(), ...pick(key), declarationId: key.declarationId, kind: 'restore', amount: `-${text}`, at: ports.clock.now() });
  return text;
}

export async function quotaBalance(db: Db, key: QuotaKey, limit = ANNUAL_LIMIT): Promise<{ used: string; consumed: string; remaining: string; limit: string }> {
  const [row] = await db
    .select()
    .from(clrQuotas)
    .where(and(eq(clrQuotas.environment, key.environment), eq(clrQuotas.buyerIdNumber, key.buyerIdNumber), eq(clrQuotas.year, key.year)));
  const used = row?.used ?? '0';
  return { used: decText(dec(used), 2), consumed: decText(dec(row?.consumed ?? '0'), 2), remaining: decText(dec(limit).minus(used), 2), limit: decText(dec(limit), 2) };
}

// ---- the guarantee ----

/** Opens a guarantee or sets its amount (the sum customs accepted from the guarantor). */
export async function setGuarantee(tx: Db, ports: P, input: { environment: Environment; orgId: string; amount: string; validUntil?: Date | null }): Promise<typeof clrGuarantees.$inferSelect> {
  const now = ports.clock.now();
  const rows = await tx
    .insert(clrGuarantees)
    .values({ id: ports.newId(), environment: input.environment, orgId: input.orgId, amount: input.amount, used: '0', validUntil: input.validUntil ?? null, updatedAt: now })
    .onConflictDoUpdate({ target: [clrGuarantees.environment, clrGuarantees.orgId], set: { amount: input.amount, validUntil: input.validUntil ?? null, updatedAt: now } })
    .returning();
  const g = rows[0]!;
  await insertRow(tx, clrGuaranteeEntries, { id: ports.newId(), guaranteeId: g.id, declarationId: null, kind: 'top_up', amount: input.amount, at: now });
  return g;
}

/**
 * Charges a declaration's tax to the guarantor's guarantee when the balance covers it. With `late`, the balance
 * is only read here and the charge itself is returned as a write for the end of the transaction (db/scope.ts):
 * it then checks the balance again on the locked row and throws `LateWriteConflict` if it no longer covers the tax.
 */
export async function chargeGuarantee(
  tx: Db,
  ports: P,
  input: { environment: Environment; orgId: string; declarationId: string; amount: string },
  opts: { late?: boolean } = {},
): Promise<{ ok: true; late?: (tx: Db) => Promise<void> } | { ok: false; reason: 'none' | 'expired' | 'exhausted'; available: string }> {
  const now = ports.clock.now();
  if (opts.late) {
    const [g] = await tx.select().from(clrGuarantees).where(and(eq(clrGuarantees.environment, input.environment), eq(clrGuarantees.orgId, input.orgId)));
    const refused = guaranteeRefusal(g, input.amount, now);
    if (refused) return refused;
    await insertRow(tx, clrGuaranteeEntries, { id: ports.newId(), guaranteeId: g!.id, declarationId: input.declarationId, kind: 'charge', amount: input.amount, at: now });
    return {
      ok: true,
      late: async (outer) => {
        const charged = await chargeBalance(outer, { environment: input.environment, orgId: input.orgId, amount: input.amount, now });
        if (!charged) throw new LateWriteConflict('guarantee');
      },
    };
  }
  const id = await chargeBalance(tx, { environment: input.environment, orgId: input.orgId, amount: input.amount, now });
  if (!id) {
    const [g] = await tx.select().from(clrGuarantees).where(and(eq(clrGuarantees.environment, input.environment), eq(clrGuarantees.orgId, input.orgId)));
    return guaranteeRefusal(g, input.amount, now) ?? { ok: false, reason: 'exhausted', available: g ? decText(dec(g.amount).minus(g.used), 2) : '0.00' };
  }
  await insertRow(tx, clrGuaranteeEntries, { id: ports.newId(), guaranteeId: id, declarationId: input.declarationId, kind: 'charge', amount: input.amount, at: now });
  return { ok: true };
}

/** The one statement that moves the balance: only while it covers the amount and the guarantee is valid. */
async function chargeBalance(tx: Db, input: { environment: Environment; orgId: string; amount: string; now: Date }): Promise<string | undefined> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`
      update clr_guarantees set used = used + ${input.amount}::numeric, updated_at = ${input.now.toISOString()}
      where environment = ${input.environment} and org_id = ${input.orgId}
        and amount - used >= ${input.amount}::numeric and (valid_until is null or valid_until > ${input.now.toISOString()})
      returning id`),
  );
  return rows[0]?.id;
}

function guaranteeRefusal(g: typeof clrGuarantees.$inferSelect | undefined, amount: string, now: Date): { ok: false; reason: 'none' | 'expired' | 'exhausted'; available: string } | undefined {
  if (!g) return { ok: false, reason: 'none', available: '0.00' };
  const available = decText(dec(g.amount).minus(g.used), 2);
  if (g.validUntil && g.validUntil <= now) return { ok: false, reason: 'expired', available };
  if (dec(available).lt(amount)) return { ok: false, reason: 'exhausted', available };
  return undefined;
}

/** Gives back (part of) what a declaration charged: cancellation, a seizure, a return. Never more than charged. */
export async function releaseGuarantee(tx: Db, ports: P, input: { declarationId: string; amount?: string }): Promise<string> {
  const entries = await tx.select().from(clrGuaranteeEntries).where(eq(clrGuaranteeEntries.declarationId, input.declarationId));
  const first = entries[0];
  if (!first) return '0';
  let charged = dec(0);
  for (const e of entries) charged = e.kind === 'charge' ? charged.plus(e.amount) : e.kind === 'release' ? charged.minus(e.amount) : charged;
  const amount = input.amount ? Dec.min(dec(input.amount), charged) : charged;
  if (amount.lte(0)) return '0';
  const text = decText(amount, 2);
  await tx
    .update(clrGuarantees)
    .set({ used: sql`${clrGuarantees.used} - ${text}::numeric`, updatedAt: ports.clock.now() })
    .where(eq(clrGuarantees.id, first.guaranteeId));
  await insertRow(tx, clrGuaranteeEntries, { id: ports.newId(), guaranteeId: first.guaranteeId, declarationId: input.declarationId, kind: 'release', amount: text, at: ports.clock.now() });
  return text;
}
