import { AppError } from '../kernel/errors';
import { seedDemoClearance } from '../modules/clearance';
import { seedDemoExport } from '../modules/export';
import { seedDemoOrganisations } from '../modules/identity';
import { seedDemoEnterpriseFilings, seedDemoProducts } from '../modules/registry';
import { seedDemoResidents } from '../modules/verification';
import type { AppContext } from './context';

/** Loads every module's demo data, in dependency order (demo mode only). */
export async function seedDemo(ctx: AppContext, onProgress?: (done: number, total: number, name: string) => void) {
  if (ctx.config.TUMEN_MODE !== 'demo') throw new AppError('forbidden', 'system.demo_only');
  const organisations = await seedDemoOrganisations(ctx, onProgress);
  const filings = await seedDemoEnterpriseFilings(ctx);
  const products = await seedDemoProducts(ctx);
  const residents = await seedDemoResidents(ctx);
  const clearance = await seedDemoClearance(ctx);
  const exports = await seedDemoExport(ctx);
  return { created: organisations.created, total: organisations.total, enterpriseFilings: filings, products, residents, clearance, exports };
}
