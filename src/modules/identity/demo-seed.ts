import type { AppContext, Caller } from '../../app/context';
import { SYSTEM } from '../access';
import { DEMO_ORGS } from './demo-orgs';
import * as repo from './identity.repository';
import { insertOrganisation, insertUserRow } from './identity.service';
import { hashPassword } from './secrets';

export interface DemoLogin {
  username: string;
  password: string;
  organisation: string;
  kind: string;
}

export function demoLogins(): DemoLogin[] {
  return DEMO_ORGS.flatMap((o) => {
    const kind = o.kind === 'enterprise' ? o.roles.join(',') : (o.department ?? o.kind);
    return o.users.map((u) => ({ username: u.username, password: u.password, organisation: o.nameZh, kind }));
  });
}

/**
 * Loads the demo organisations and users. Idempotent: organisations already present (by their code) are
 * skipped, so a second run changes nothing.
 */
export async function seedDemoOrganisations(ctx: AppContext, onProgress?: (done: number, total: number, name: string) => void) {
  const caller: Caller = { actor: SYSTEM, requestId: 'seed' };
  const idByKey = new Map<string, string>();
  let created = 0;
  // Agents first, so overseas enterprises can point at them.
  const ordered = [...DEMO_ORGS].sort((a, b) => Number(Boolean(a.agentKey)) - Number(Boolean(b.agentKey)));
  // Every demo user has the same password: hash it once, outside any transaction.
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (password: string) => {
    if (!hashes.has(password)) hashes.set(password, hashPassword(password, ctx.config.TUMEN_SCRYPT_COST));
    return hashes.get(password)!;
  };
  for (const [i, o] of ordered.entries()) {
    const passwordHashes = await Promise.all(o.users.map((u) => hashOf(u.password)));
    await ctx.db.transaction(async (tx) => {
      const existing = await repo.findOrgByUscc(tx, o.uscc);
      if (existing) {
        idByKey.set(o.key, existing.id);
        return;
      }
      const org = await insertOrganisation(tx, ctx, caller, {
        kind: o.kind,
        uscc: o.uscc,
        customsCode: o.customsCode ?? null,
        nameZh: o.nameZh,
        names: o.names,
        roles: o.roles,
        department: o.department ?? null,
        agentOrgId: o.agentKey ? (idByKey.get(o.agentKey) ?? null) : null,
        countryCode: o.countryCode ?? null,
        address: o.address,
        areaCode: o.areaCode,
        contactName: o.contactName,
        contactPhone: o.contactPhone,
        status: 'active',
        demo: true,
      });
      idByKey.set(o.key, org.id);
      for (const [j, u] of o.users.entries()) {
        await insertUserRow(tx, ctx, caller, org.id, { ...u, passwordHash: passwordHashes[j]!, demo: true });
      }
      created++;
    });
    onProgress?.(i + 1, ordered.length, o.nameZh);
  }
  return { created, total: ordered.length };
}
