/**
 * DEMO DATA — tax guarantees of the demo guarantors (and of the platform that guarantees its own orders), and a
 * bonded account book at the demo bonded centre with the demo cosmetics in stock, in both environments'
 * worth of guarantees. Amounts, the book number and quantities are invented.
 */
import type { AppContext, Caller } from '../../app/context';
import { zoneDayOf } from '../../kernel/zone-time';
import { SYSTEM } from '../access';
import { DEMO_ORGS, orgByUscc } from '../identity';
import { findEffectiveProduct } from '../registry';
import { findBook, openBook, recordInbound } from './bonded';
import { clrGuarantees } from './clearance.table';
import { setGuarantee } from './ledgers';

const GUARANTEES: { key: string; amount: string }[] = [
  { key: 'hengyue', amount: '5000000.00' },
  { key: 'qiling-insurance', amount: '2000000.00' },
  { key: 'maoershan-bank', amount: '3000000.00' },
  { key: 'hanbit', amount: '500000.00' },
];

/** The demo bonded centre's account book for the demo cosmetics seller. */
export const DEMO_BOOK = { emsNo: 'T1500W000001', operator: 'lingdong', ebc: 'cheongja' } as const;
const DEMO_STOCK = [
  { itemRecordNo: 'CJ-CREAM-50', qty: '2000' },
  { itemRecordNo: 'CJ-SERUM-30', qty: '1000' },
  { itemRecordNo: 'CJ-LIP-03', qty: '3000' },
  { itemRecordNo: 'CJ-SHAMPOO-500', qty: '1500' },
];

async function demoOrg(ctx: AppContext, key: string) {
  const demo = DEMO_ORGS.find((o) => o.key === key);
  return demo && orgByUscc(ctx.db, demo.uscc);
}

export async function seedDemoClearance(ctx: AppContext): Promise<{ guarantees: number; stockItems: number }> {
  let guarantees = 0;
  const existing = await ctx.db.select({ orgId: clrGuarantees.orgId, environment: clrGuarantees.environment }).from(clrGuarantees);
  for (const g of GUARANTEES) {
    const org = await demoOrg(ctx, g.key);
    if (!org) continue;
    for (const environment of ['production', 'sandbox'] as const) {
      if (existing.some((e) => e.orgId === org.id && e.environment === environment)) continue;
      await ctx.db.transaction((tx) => setGuarantee(tx, ctx, { environment, orgId: org.id, amount: g.amount }));
      guarantees++;
    }
  }
  let stockItems = 0;
  const operator = await demoOrg(ctx, DEMO_BOOK.operator);
  const ebc = await demoOrg(ctx, DEMO_BOOK.ebc);
  // Only goods whose filings are in force (a seed without the reference data files none).
  const today = zoneDayOf(ctx.clock.now());
  const lines = [];
  if (ebc) for (const l of DEMO_STOCK) if (await findEffectiveProduct(ctx.db, ebc.id, l.itemRecordNo, today)) lines.push(l);
  if (operator && ebc?.customsCode && lines.length && !(await findBook(ctx.db, 'production', DEMO_BOOK.emsNo))) {
    const caller: Caller = { actor: SYSTEM, requestId: 'seed' };
    await openBook(ctx, caller, { emsNo: DEMO_BOOK.emsNo, ebcCustomsCode: ebc.customsCode }, { operatorOrgId: operator.id });
    const result = await recordInbound(ctx, caller, DEMO_BOOK.emsNo, { reference: 'DEMO-ENTRY-0001', lines });
    stockItems = result.items.length;
  }
  return { guarantees, stockItems };
}
