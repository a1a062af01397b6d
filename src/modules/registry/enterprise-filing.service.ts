import type { AppContext, Caller, Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { AppError, type FieldIssue } from '../../kernel/errors';
import { dec } from '../../kernel/money';
import { authorize, DEPARTMENT_SCOPE, SYSTEM, type Actor, type EnterpriseRole } from '../access';
import { recordAudit, recordRead } from '../audit';
import { DEMO_ORGS, listOrganisationsForOperator, orgById, orgByUscc } from '../identity';
import { emitEvent } from '../outbox';
import type { EnterpriseFilingInput, EnterpriseFilingView } from './enterprise-filing.contracts';
import * as repo from './enterprise-filing.repository';
import { missingQualifications, reviewersFor } from './enterprise-filing.rules';
import * as filingRepo from './filing.repository';
import { decideFilingReview, openReviews, reviewerOf, transitionFiling } from './filing.service';
import type { FilingEvent } from './filing.states';
import type { Qualification } from './filing.table';

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

/** The roles an organisation's filing in force gives it, and whether it is effective (not suspended). */
export async function enterpriseFilingInForce(db: Db, orgId: string): Promise<{ status: string; roles: readonly EnterpriseRole[] } | undefined> {
  const filing = await repo.findInForce(db, orgId);
  return filing && { status: filing.status, roles: filing.roles as EnterpriseRole[] };
}

export function toEnterpriseFilingView(f: repo.EnterpriseFilingRow): EnterpriseFilingView {
  return {
    id: f.id,
    orgId: f.orgId,
    version: f.version,
    status: f.status,
    uscc: f.uscc,
    customsCode: f.customsCode,
    nameZh: f.nameZh,
    names: f.names,
    legalRepresentative: f.legalRepresentative,
    address: f.address,
    areaCode: f.areaCode,
    roles: f.roles as EnterpriseRole[],
    qualifications: f.qualifications as EnterpriseFilingView['qualifications'],
    contacts: f.contacts,
    agentUscc: f.agentUscc,
    submittedAt: f.submittedAt.toISOString(),
    decidedAt: f.decidedAt?.toISOString() ?? null,
    effectiveAt: f.effectiveAt?.toISOString() ?? null,
  };
}

/** Which enterprise filings an actor may read, as a search restriction; undefined: none. */
function readScope(actor: Actor): { all: true } | { orgId: string } | { rolesAny: readonly EnterpriseRole[] } | undefined {
  if (actor.type === 'system') return { all: true };
  if (actor.type === 'anonymous') return undefined;
  const org = actor.org;
  if (org.kind === 'zone_office') return { all: true };
  if (org.kind === 'department' && org.department) {
    const seen = DEPARTMENT_SCOPE[org.department].enterprises;
    return seen === 'all' ? { all: true } : seen === 'none' ? undefined : { rolesAny: seen };
  }
  return { orgId: org.id };
}

function canRead(actor: Actor, f: repo.EnterpriseFilingRow): boolean {
  const scope = readScope(actor);
  if (!scope) return false;
  if ('all' in scope) return true;
  if ('orgId' in scope) return f.orgId === scope.orgId;
  return scope.rolesAny.some((r) => f.roles.includes(r));
}

function validateFiling(input: EnterpriseFilingInput): FieldIssue[] {
  const issues: FieldIssue[] = missingQualifications(input.roles, input.qualifications as Qualification[]).map((m) => ({
    path: ['qualifications'],
    code: 'registry.qualification_required',
    message: 'registry.qualification_required',
    params: { role: m.role, kind: m.kind },
  }));
  input.qualifications.forEach((q, i) => {
    if (q.kind === 'guarantee' && !(q.amount && dec(q.amount).gt(0))) {
      issues.push({ path: ['qualifications', i, 'amount'], code: 'registry.guarantee_amount', message: 'registry.guarantee_amount' });
    }
  });
  if (input.roles.includes('overseas_ebc') && !input.agentUscc) {
    issues.push({ path: ['agentUscc'], code: 'identity.agent_required', message: 'identity.agent_required' });
  }
  return issues;
}

/** An enterprise files (version 1) or changes (a new version) its filing; the reviews it needs are opened. */
export async function submitEnterpriseFiling(ctx: AppContext, caller: Caller, input: EnterpriseFilingInput): Promise<EnterpriseFilingView> {
  authorize(caller.actor, 'registry.enterprise.file');
  const actor = caller.actor;
  if (actor.type !== 'user' && actor.type !== 'apikey') throw new AppError('forbidden', 'common.forbidden');
  const issues = validateFiling(input);
  if (issues.length) throw new AppError('invalid', 'common.invalid_request', { count: issues.length }, issues);
  if (input.agentUscc && !(await orgByUscc(ctx.db, input.agentUscc))) {
    throw new AppError('invalid', 'identity.agent_unknown', { uscc: input.agentUscc }, [
      { path: ['agentUscc'], code: 'identity.agent_unknown', message: 'identity.agent_unknown', params: { uscc: input.agentUscc } },
    ]);
  }
  const orgId = actor.org.id;
  return ctx.db.transaction(async (tx) => {
    const org = await orgById(tx, orgId);
    if (!org) throw new AppError('not_found', 'common.not_found');
    if (await repo.hasSubmitted(tx, orgId)) throw new AppError('conflict', 'registry.filing_pending');
    const version = ((await repo.latestVersion(tx, orgId))?.version ?? 0) + 1;
    const row = await repo.insertFiling(tx, {
      id: ctx.newId(),
      orgId,
      version,
      status: 'submitted',
      uscc: org.uscc,
      customsCode: input.customsCode ?? null,
      nameZh: input.nameZh,
      names: input.names,
      legalRepresentative: input.legalRepresentative,
      address: input.address,
      areaCode: input.areaCode ?? org.uscc.slice(2, 8),
      roles: [...new Set(input.roles)],
      qualifications: input.qualifications as Qualification[],
      contacts: input.contacts,
      agentUscc: input.agentUscc ?? null,
      submittedBy: actor.type === 'user' ? actor.userId : null,
      submittedAt: ctx.clock.now(),
    });
    const reviewers = reviewersFor(row.roles as EnterpriseRole[], row.qualifications);
    await openReviews(tx, ctx, 'enterprise', row.id, reviewers);
    await filingRepo.insertTransition(tx, {
      id: ctx.newId(),
      filingKind: 'enterprise',
      filingId: row.id,
      fromStatus: null,
      toStatus: 'submitted',
      event: 'submit',
      actorOrgId: orgId,
      actorUserId: actor.type === 'user' ? actor.userId : null,
      reason: null,
      at: row.submittedAt,
    });
    const details = { uscc: row.uscc, version, roles: row.roles, reviewers };
    await recordAudit(tx, ctx, { actor, requestId: caller.requestId, action: 'enterprise_filing.submit', resourceType: 'enterprise_filing', resourceId: row.id, details });
    await emitEvent(tx, ctx, {
      topic: 'registry.enterprise_filing.submitted',
      aggregateType: 'enterprise_filing',
      aggregateId: row.id,
      partyOrgIds: [orgId],
      payload: { filingId: row.id, orgId, ...details },
    });
    return toEnterpriseFilingView(row);
  });
}

export async function listEnterpriseFilings(
  ctx: AppContext,
  caller: Caller,
  q: { status?: string | undefined; queue?: 'mine' | undefined; role?: string | undefined; q?: string | undefined; limit: number; offset: number },
): Promise<EnterpriseFilingView[]> {
  authorize(caller.actor, 'registry.enterprise.read');
  const scope = readScope(caller.actor);
  if (!scope) return [];
  const reviewer = q.queue === 'mine' ? reviewerOf(caller.actor) : undefined;
  if (q.queue === 'mine' && !reviewer) return [];
  const found = await repo.searchFilings(ctx.db, {
    ...('orgId' in scope ? { orgId: scope.orgId } : {}),
    ...('rolesAny' in scope ? { rolesAny: scope.rolesAny } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.role ? { role: q.role } : {}),
    ...(reviewer ? { openReviewer: reviewer } : {}),
    ...(q.q ? { q: q.q } : {}),
    limit: q.limit,
    offset: q.offset,
  });
  await recordRead(ctx, caller, 'enterprise_filing', found.map((f) => f.id), { query: q });
  return found.map(toEnterpriseFilingView);
}

export async function getEnterpriseFiling(ctx: AppContext, caller: Caller, id: string) {
  authorize(caller.actor, 'registry.enterprise.read');
  const f = await repo.findFiling(ctx.db, id);
  if (!f || !canRead(caller.actor, f)) throw new AppError('not_found', 'common.not_found');
  const [reviews, history] = await Promise.all([filingRepo.listReviews(ctx.db, 'enterprise', id), filingRepo.listTransitions(ctx.db, 'enterprise', id)]);
  await recordRead(ctx, caller, 'enterprise_filing', [id]);
  return {
    ...toEnterpriseFilingView(f),
    reviews: reviews.map((r) => ({ reviewer: r.reviewer, decision: r.decision, reason: r.reason, decidedAt: r.decidedAt?.toISOString() ?? null })),
    history: history.map((h) => ({ from: h.fromStatus, to: h.toStatus, event: h.event, reason: h.reason, at: h.at.toISOString() })),
  };
}

export async function reviewEnterpriseFiling(ctx: AppContext, caller: Caller, id: string, input: { decision: 'approved' | 'rejected'; reason?: string | undefined }) {
  authorize(caller.actor, 'registry.enterprise.read');
  const f = await repo.findFiling(ctx.db, id);
  if (!f || !canRead(caller.actor, f)) throw new AppError('not_found', 'common.not_found');
  await decideFilingReview(ctx, caller, { kind: 'enterprise', filingId: id, decision: input.decision, reason: input.reason ?? null });
  return getEnterpriseFiling(ctx, caller, id);
}

/**
 * Withdraw (the owner, while under review), suspend and reinstate (the competent departments or the
 * zone office), cancel (those, or the owner).
 */
export async function moveEnterpriseFiling(ctx: AppContext, caller: Caller, id: string, event: Extract<FilingEvent, 'withdraw' | 'suspend' | 'reinstate' | 'cancel'>, reason?: string) {
  const a = caller.actor;
  authorize(a, 'registry.enterprise.read');
  const f = await repo.findFiling(ctx.db, id);
  if (!f || !canRead(a, f)) throw new AppError('not_found', 'common.not_found');
  const isOwner = (a.type === 'user' || a.type === 'apikey') && a.org.id === f.orgId;
  if (event === 'withdraw' || (event === 'cancel' && isOwner)) {
    authorize(a, 'registry.enterprise.file');
    if (!isOwner) throw new AppError('forbidden', 'common.forbidden');
  } else {
    authorize(a, 'registry.filings.supervise');
    const reviewer = reviewerOf(a);
    const competent = reviewersFor(f.roles as EnterpriseRole[], f.qualifications);
    if (reviewer !== 'zone_office' && !(reviewer && competent.includes(reviewer))) throw new AppError('forbidden', 'registry.not_competent');
  }
  await ctx.db.transaction((tx) => transitionFiling(tx, ctx, caller, { kind: 'enterprise', filingId: id, event, reason: reason ?? null, facts: { uscc: f.uscc, version: f.version } }));
  return getEnterpriseFiling(ctx, caller, id);
}

/** Anyone: is an enterprise filed, for which roles, in what status. No private field leaves here. */
export async function publicQualificationQuery(ctx: AppContext, q: string) {
  const found = await repo.publicSearch(ctx.db, q, 20);
  return found.map((r) => ({
    uscc: r.uscc,
    nameZh: r.name_zh,
    names: r.names,
    roles: r.roles as EnterpriseRole[],
    status: r.status,
    filedSince: r.filed_since ? new Date(r.filed_since).toISOString() : null,
    version: r.version,
  }));
}

// ---------------------------------------------------------------- demo

const DEMO_QUALIFICATIONS: Partial<Record<EnterpriseRole, Qualification>> = {
  payment: { kind: 'payment_licence', number: 'DEMO-PAY-0001', issuer: '中国人民银行（演示）' },
  site_operator: { kind: 'bonded_warehouse_approval', number: 'DEMO-BWA-0001', issuer: '长春海关（演示）' },
  guarantor: { kind: 'guarantee', amount: '5000000.00', issuer: '演示担保' },
};

/** Effective filings for the demo enterprises, as if reviewed and approved (demo mode only). */
export async function seedDemoEnterpriseFilings(ctx: Pick<AppContext, 'db' | 'clock' | 'newId'> & Ports): Promise<number> {
  const caller: Caller = { actor: SYSTEM, requestId: 'seed' };
  const orgs = new Map((await listOrganisationsForOperator(ctx.db)).map((o) => [o.uscc, o]));
  let created = 0;
  for (const demo of DEMO_ORGS.filter((o) => o.kind === 'enterprise')) {
    const org = orgs.get(demo.uscc);
    if (!org || (await repo.latestVersion(ctx.db, org.id))) continue;
    const qualifications = demo.roles.flatMap((r) => (DEMO_QUALIFICATIONS[r] ? [DEMO_QUALIFICATIONS[r]] : []));
    if (demo.key === 'xianghe') qualifications.push({ kind: 'express_licence', number: 'DEMO-EXP-0001', issuer: '延边州邮政管理局（演示）' });
    await ctx.db.transaction(async (tx) => {
      const row = await repo.insertFiling(tx, {
        id: ctx.newId(),
        orgId: org.id,
        version: 1,
        status: 'submitted',
        uscc: demo.uscc,
        customsCode: demo.customsCode ?? null,
        nameZh: demo.nameZh,
        names: demo.names,
        legalRepresentative: demo.contactName,
        address: demo.address,
        areaCode: demo.areaCode,
        roles: demo.roles,
        qualifications,
        contacts: [{ name: demo.contactName, phone: demo.contactPhone }],
        agentUscc: demo.agentKey ? (DEMO_ORGS.find((o) => o.key === demo.agentKey)?.uscc ?? null) : null,
        submittedAt: ctx.clock.now(),
      });
      const reviewers = reviewersFor(demo.roles, qualifications);
      await openReviews(tx, ctx, 'enterprise', row.id, reviewers);
      for (const reviewer of reviewers) {
        await filingRepo.decideReview(tx, { kind: 'enterprise', filingId: row.id, reviewer, decision: 'approved', reason: 'demo', orgId: null, userId: null, at: ctx.clock.now() });
      }
      await transitionFiling(tx, ctx, caller, { kind: 'enterprise', filingId: row.id, event: 'approve', reason: 'demo data', facts: { uscc: demo.uscc, version: 1 } });
    });
    created++;
  }
  return created;
}
