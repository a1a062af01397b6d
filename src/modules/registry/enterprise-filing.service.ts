import type { Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
import type { EnterpriseRole } from '../access';
import * as repo from './enterprise-filing.repository';

/**
 * The enterprise's filing in force and effective, with the given role among its filed roles; refuses
 * otherwise. Every later document's sender passes through this check.
 */
export async function requireEffectiveEnterpriseFiling(db: Db, orgId: string, anyOfRoles: readonly EnterpriseRole[]): Promise<repo.EnterpriseFilingRow> {
  const filing = await repo.findInForce(db, orgId);
  if (!filing || filing.status !== 'effective') throw new AppError('forbidden', 'registry.enterprise_not_filed');
  if (anyOfRoles.length && !anyOfRoles.some((r) => filing.roles.includes(r))) {
    throw new AppError('forbidden', 'registry.enterprise_role_not_filed', { roles: anyOfRoles.join(', ') });
  }
  return filing;
}
