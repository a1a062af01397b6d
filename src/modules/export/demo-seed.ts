/**
 * DEMO DATA — the zone's register of overseas warehouses (one each in Korea, Japan and Russia, run by demo
 * enterprises) and a bonded account book for export at the demo bonded centre (1210 bonded export). Names,
 * addresses, areas, the book number and quantities are invented.
 */
import { eq } from 'drizzle-orm';
import type { AppContext, Caller } from '../../app/context';
import { zoneDayOf } from '../../kernel/zone-time';
import { SYSTEM } from '../access';
import { bondedBookFor, openBondedBook, recordBondedInbound } from '../clearance';
import { DEMO_ORGS, orgByUscc } from '../identity';
import { findEffectiveProduct } from '../registry';
import { expWarehouses } from './export.table';

export const DEMO_WAREHOUSES = [
  { code: 'OW-KR-INCHEON-01', operator: 'tongling', name: '通岭仁川海外仓', country: '133', address: '인천광역시 중구 공항동로 1 (예시)', areaSqm: '3200.00', tenure: 'leased' },
  { code: 'OW-JP-OSAKA-01', operator: 'xianghe', name: '祥和大阪海外仓', country: '116', address: '大阪府大阪市住之江区南港北1丁目（例）', areaSqm: '2100.00', tenure: 'leased' },
  { code: 'OW-RU-VLADIVOSTOK-01', operator: 'songyao', name: '松耀符拉迪沃斯托克海外仓', country: '344', address: 'Приморский край, г. Владивосток, ул. Примерная, д. 1', areaSqm: '4500.00', tenure: 'owned' },
] as const;

/** The bonded export book: red ginseng of the demo platform-seller, entered into the centre for export. */
export const DEMO_EXPORT_BOOK = { emsNo: 'T1500W000002', operator: 'lingdong', ebc: 'hanbit', stock: [{ itemRecordNo: 'HB-REDGINSENG-240', qty: '800' }] } as const;

async function demoOrg(ctx: AppContext, key: string) {
  const demo = DEMO_ORGS.find((o) => o.key === key);
  return demo && orgByUscc(ctx.db, demo.uscc);
}

export async function seedDemoExport(ctx: AppContext): Promise<{ warehouses: number; bookItems: number }> {
  let warehouses = 0;
  for (const w of DEMO_WAREHOUSES) {
    const operator = await demoOrg(ctx, w.operator);
    if (!operator) continue;
    const [existing] = await ctx.db.select({ id: expWarehouses.id }).from(expWarehouses).where(eq(expWarehouses.code, w.code));
    if (existing) continue;
    const now = ctx.clock.now();
    await ctx.db.insert(expWarehouses).values({ id: ctx.newId(), code: w.code, operatorOrgId: operator.id, name: w.name, country: w.country, address: w.address, areaSqm: w.areaSqm, tenure: w.tenure, status: 'active', createdAt: now, updatedAt: now });
    warehouses++;
  }
  let bookItems = 0;
  const operator = await demoOrg(ctx, DEMO_EXPORT_BOOK.operator);
  const ebc = await demoOrg(ctx, DEMO_EXPORT_BOOK.ebc);
  const today = zoneDayOf(ctx.clock.now());
  const lines = [];
  if (ebc) for (const l of DEMO_EXPORT_BOOK.stock) if (await findEffectiveProduct(ctx.db, ebc.id, l.itemRecordNo, today)) lines.push({ ...l });
  if (operator && ebc?.customsCode && lines.length && !(await bondedBookFor(ctx.db, 'production', DEMO_EXPORT_BOOK.emsNo))) {
    const caller: Caller = { actor: SYSTEM, requestId: 'seed' };
    await openBondedBook(ctx, caller, { emsNo: DEMO_EXPORT_BOOK.emsNo, ebcCustomsCode: ebc.customsCode }, { operatorOrgId: operator.id });
    bookItems = (await recordBondedInbound(ctx, caller, DEMO_EXPORT_BOOK.emsNo, { reference: 'DEMO-EXPORT-ENTRY-0001', lines })).items.length;
  }
  return { warehouses, bookItems };
}
