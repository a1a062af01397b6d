import { sql } from 'drizzle-orm';
import { systemClock } from '../../src/kernel/clock';
import { newId } from '../../src/kernel/ids';
import { recordAudit } from '../../src/modules/audit';
import type { Actor } from '../../src/modules/access';
import { timed, type Scenario } from '../support';

/**
 * The hash-chained audit append against the plainest write of the same row: one transaction, one insert.
 * Shows what the chain costs, and that per-organisation chains let concurrent writers proceed together
 * where one global chain would serialise them.
 */
export const auditScenario: Scenario = async ({ database }, { seconds, log }) => {
  const db = database.db;
  const ports = { clock: systemClock, newId };
  const actorOf = (orgIndex: number): Actor => ({
    type: 'user',
    userId: '01a22060-0000-7000-8000-000000000001',
    username: 'bench',
    userRole: 'admin',
    org: { id: `01a22060-0000-7000-8000-${String(orgIndex).padStart(12, '0')}`, kind: 'enterprise', status: 'active', roles: ['ebc'], department: null, agentOrgId: null },
  });
  const details = { orderNo: 'ORDER-20261128-000001', amount: '1234.50' };
  const workers = 8;

  await db.execute(sql`create table bench_plain (like audit_log including defaults)`);
  log('baseline: plain single-row insert transactions…');
  const plain = await timed(seconds, workers, async (w, i) => {
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into bench_plain (chain, seq, id, at, action, resource_type, details, prev_hash, hash) values (${`w${w}`}, ${i + 1}, ${newId()}, now(), 'bench', 'bench', ${JSON.stringify(details)}::jsonb, '', '')`,
      );
    });
  });
  log(`  ${plain.perSecond}/s`);

  log('hash-chained append, one chain shared by all writers…');
  const oneChain = await timed(seconds, workers, async () => {
    await db.transaction((tx) => recordAudit(tx, ports, { actor: actorOf(1), action: 'bench', resourceType: 'bench', details }));
  });
  log(`  ${oneChain.perSecond}/s`);

  log('hash-chained append, one chain per organisation (8 organisations)…');
  const perOrg = await timed(seconds, workers, async (w) => {
    await db.transaction((tx) => recordAudit(tx, ports, { actor: actorOf(100 + w), action: 'bench', resourceType: 'bench', details }));
  });
  log(`  ${perOrg.perSecond}/s`);

  return {
    plainInsertsPerSecond: plain.perSecond,
    chainedOneChainPerSecond: oneChain.perSecond,
    chainedPerOrgPerSecond: perOrg.perSecond,
    ratioOneChainToPlain: Number((oneChain.perSecond / plain.perSecond).toFixed(3)),
    ratioPerOrgToPlain: Number((perOrg.perSecond / plain.perSecond).toFixed(3)),
    ratioPerOrgToOneChain: Number((perOrg.perSecond / oneChain.perSecond).toFixed(3)),
    writers: workers,
  };
};
