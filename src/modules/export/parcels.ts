/**
 * The destination data of an export parcel: the carrier attaches the recipient and what the destination's
 * customs needs (destination.ts checks it against data/reference/destination-rules.csv), stored as written
 * (NFC) with the parcel; the printable label shows it. Personal data: the PCCC is masked in the audit record.
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext, Caller } from '../../app/context';
import { AppError } from '../../kernel/errors';
import type { Locale } from '../../kernel/i18n';
import { actorOrg, authorize } from '../access';
import { recordAudit } from '../audit';
import type { Environment } from '../ceb';
import { str, type Rec } from '../clearance';
import { orgByCode } from '../identity';
import { checkDestination, destinationRules, findDestinationRule, normaliseDestination, redactDestination, renderLabel, type DestinationInput } from './destination';
import { environmentOf } from './export.api';
import { expParcels } from './export.table';
import { exportById, exportParcel } from './flow';

async function carrierOf(ctx: AppContext, caller: Caller, logisticsCode: string): Promise<void> {
  const org = actorOrg(caller.actor);
  const carrier = await orgByCode(ctx.db, logisticsCode);
  if (!org || !carrier || carrier.id !== org.id) throw new AppError('not_found', 'exp.declaration_not_found');
}

export async function putDestination(ctx: AppContext, caller: Caller, logisticsCode: string, logisticsNo: string, input: DestinationInput) {
  authorize(caller.actor, 'export.read');
  await carrierOf(ctx, caller, logisticsCode);
  const environment: Environment = environmentOf(caller);
  const destination = normaliseDestination(input);
  const rules = destinationRules();
  const problems = checkDestination(rules, destination);
  return ctx.db.transaction(async (tx) => {
    const parcel = await exportParcel(tx, environment, logisticsCode, logisticsNo, true);
    if (!parcel?.waybill) throw new AppError('not_found', 'exp.declaration_not_found');
    // The destination must be the list's country of destination, where the list is known.
    const d = parcel.declarationId ? await exportById(tx, parcel.declarationId) : undefined;
    const listCountry = str((d?.inventory?.InventoryHead as Rec | undefined)?.country);
    const rule = findDestinationRule(rules, destination.country);
    if (listCountry && rule && rule.cebNumeric !== listCountry) problems.push({ path: '/country', code: 'export.dest_country_mismatch', params: { country: destination.country, list: listCountry } });
    if (problems.length) throw new AppError('invalid', 'export.dest_invalid', { count: problems.length }, problems.map((p) => ({ path: p.path.split('/').filter(Boolean), message: p.code, code: p.code, params: p.params ?? {} })));
    await tx.update(expParcels).set({ destination: destination as unknown as Record<string, unknown>, updatedAt: ctx.clock.now() }).where(and(eq(expParcels.environment, environment), eq(expParcels.logisticsCode, logisticsCode), eq(expParcels.logisticsNo, logisticsNo)));
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'export.parcel.destination', resourceType: 'exp_parcel', resourceId: `${logisticsCode}/${logisticsNo}`, details: { ...redactDestination(destination) } });
    return { logisticsCode, logisticsNo, destination: destination as unknown as Record<string, unknown> };
  });
}

export async function parcelLabel(ctx: AppContext, caller: Caller, logisticsCode: string, logisticsNo: string, locale: Locale): Promise<string> {
  authorize(caller.actor, 'export.read');
  const parcel = await exportParcel(ctx.db, environmentOf(caller), logisticsCode, logisticsNo);
  const org = actorOrg(caller.actor);
  const d = parcel?.declarationId ? await exportById(ctx.db, parcel.declarationId) : undefined;
  const carrier = await orgByCode(ctx.db, logisticsCode);
  const allowed = caller.actor.type === 'system' || org?.department === 'customs' || (!!org && (org.id === carrier?.id || [d?.ebcOrgId, d?.inventoryOrgId].includes(org.id)));
  if (!parcel?.destination || !allowed) throw new AppError('not_found', 'exp.declaration_not_found');
  const head = (d?.inventory?.InventoryHead as Rec | undefined) ?? {};
  const ebc = d?.ebcOrgId ? await orgByCode(ctx.db, str(head.ebcCode)) : undefined;
  return renderLabel({
    logisticsNo,
    locale,
    sender: { name: str(head.ebcName) || ebc?.nameZh || '', addressLines: [ebc?.nameZh ?? ''], city: '延吉市', region: '吉林省', country: 'CHN' },
    recipient: parcel.destination as unknown as DestinationInput,
  });
}
