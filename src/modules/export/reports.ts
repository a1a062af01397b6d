/**
 * The tax evidence of retail exports, from the released 9610 lists (tax-evidence.ts computes): the data behind
 * the VAT/consumption-tax exemption without purchase invoices (财税〔2018〕103号) and the deemed corporate income
 * tax at the 4% taxable-income rate (国家税务总局公告2019年第36号), per enterprise and period.
 *
 * Interpretations (the notes are silent): a list counts in the period of its release day in zone time; "declared
 * at the zone's customs" means a declaring customs of the Changchun district (15xx), since the Yanji customs codes
 * are not known (POLICY-NOTES §5.4) — lists declared elsewhere are left out and counted; the CEB messages carry no
 * purchase invoice, so every line counts as without one unless the enterprise says otherwise (not yet recorded).
 */
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { AppContext, Caller } from '../../app/context';
import { AppError } from '../../kernel/errors';
import { zoneDayOf, zoneDayStart } from '../../kernel/zone-time';
import { actorOrg, authorize } from '../access';
import { recordRead } from '../audit';
import { listOf, str, type Rec } from '../clearance';
import { orgByCode } from '../identity';
import { enterpriseFilingInForce } from '../registry';
import { environmentOf } from './export.api';
import { expDeclarations } from './export.table';
import { deemedIncomeTax, exemptionEvidence, type DeemedIncomeTax, type ExemptionEvidence, type ExportLineInput, type TaxEvidenceInput } from './tax-evidence';

const ZONE_CUSTOMS = /^15\d{2}$/;

/** The released 9610 lines of an enterprise in [from, to] (zone days), as the tax evidence reads them. */
export async function evidenceInput(ctx: AppContext, caller: Caller, q: { ebcCode: string; from: string; to: string }): Promise<TaxEvidenceInput & { excludedLists: number }> {
  authorize(caller.actor, 'export.reports.read');
  const org = actorOrg(caller.actor);
  const ebc = await orgByCode(ctx.db, q.ebcCode);
  // An enterprise reads its own evidence only; another's answers as not found.
  if (!ebc || (org?.kind === 'enterprise' && org.id !== ebc.id)) throw new AppError('not_found', 'exp.declaration_not_found');
  const next = new Date(zoneDayStart(q.to).getTime() + 86_400_000);
  const lists = await ctx.db
    .select()
    .from(expDeclarations)
    .where(
      and(
        eq(expDeclarations.environment, environmentOf(caller)),
        eq(expDeclarations.ebcCode, q.ebcCode),
        eq(expDeclarations.tradeMode, '9610'),
        inArray(expDeclarations.state, ['released', 'cleared', 'returned']),
        gte(expDeclarations.releasedAt, zoneDayStart(q.from)),
        lt(expDeclarations.releasedAt, next),
      ),
    )
    .orderBy(asc(expDeclarations.releasedAt), asc(expDeclarations.invtNo));
  const atZone = lists.filter((d) => ZONE_CUSTOMS.test(str((d.inventory?.InventoryHead as Rec | undefined)?.customsCode)));
  const lines: ExportLineInput[] = atZone.flatMap((d) => {
    const head = (d.inventory?.InventoryHead as Rec | undefined) ?? {};
    return listOf(d.inventory?.InventoryList).map((l) => ({
      invtNo: d.invtNo ?? '',
      exportDate: zoneDayOf(d.releasedAt!),
      ebcCode: q.ebcCode,
      ebcName: str(head.ebcName),
      gnum: Number(l.gnum),
      itemNo: str(l.itemNo),
      gcode: str(l.gcode),
      gname: str(l.gname),
      unit: str(l.unit),
      qty: str(l.qty),
      price: str(l.price),
      totalPrice: str(l.totalPrice),
      currency: str(l.currency),
      country: str(l.country),
    }));
  });
  const filing = await enterpriseFilingInForce(ctx.db, ebc.id);
  await recordRead(ctx, caller, 'exp_declaration', atZone.map((d) => d.id), { report: 'tax_evidence', ...q });
  return {
    enterprise: { ebcCode: q.ebcCode, name: ebc.nameZh, registeredInZone: filing?.status === 'effective', declaredAtZoneCustoms: atZone.length > 0 || lists.length === 0 },
    period: { from: q.from, to: q.to },
    lines,
    excludedLists: lists.length - atZone.length,
  };
}

export async function exemptionReport(ctx: AppContext, caller: Caller, q: { ebcCode: string; from: string; to: string }): Promise<ExemptionEvidence & { excludedLists: number }> {
  const input = await evidenceInput(ctx, caller, q);
  return { ...exemptionEvidence(input), excludedLists: input.excludedLists };
}

export async function incomeTaxReport(ctx: AppContext, caller: Caller, q: { ebcCode: string; from: string; to: string }): Promise<DeemedIncomeTax & { excludedLists: number }> {
  const input = await evidenceInput(ctx, caller, q);
  return { ...deemedIncomeTax(input), excludedLists: input.excludedLists };
}
