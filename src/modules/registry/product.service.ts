import type { AppContext, Caller, Ports } from '../../app/context';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { uniqueViolation } from '../../db/errors';
import { AppError, isAppError, type FieldIssue } from '../../kernel/errors';
import type { MessageParams } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { dec } from '../../kernel/money';
import { zoneDayOf } from '../../kernel/zone-time';
import { authorize, PRODUCT_FILERS, PRODUCT_SCOPE_DEPARTMENTS, type Actor } from '../access';
import { recordAudit, recordRead } from '../audit';
import { emitEvent } from '../outbox';
import { requireEffectiveEnterpriseFiling } from './enterprise-filing.service';
import * as filingRepo from './filing.repository';
import { decideFilingReview, reviewerOf, transitionFiling } from './filing.service';
import type { FilingEvent } from './filing.states';
import type { ProductChangeInput, ProductFilingDetail, ProductFilingInput, ProductFilingQuery, ProductFilingView } from './product.contracts';
import * as repo from './product.repository';
import { codeAsOf, tariffLineAsOf, type TariffLine } from './reference.repository';
import { positiveListDecision } from './reference.service';

/** The departments whose reviews a product filing version needs; both must approve. */
export const PRODUCT_REVIEWERS = ['customs', 'market_supervision'] as const;
/** Who may suspend, reinstate or cancel a product filing besides its owner (cancel only). */
const PRODUCT_SUPERVISORS: readonly string[] = ['customs', 'market_supervision', 'zone_office'];
/**
 * Versions written per transaction in a bulk filing. Each version gets its own history row and outbox
 * event; the audit log gets one row per batch listing every version (id, item number, version, file
 * row): a chained audit append costs two statements, which per version would double the time of a
 * 10,000-row filing, and the batch row records the act as it happened — one upload by one caller.
 */
export const PRODUCT_BATCH_SIZE = 500;

// ---------------------------------------------------------------- rules

/** Tariff and code-table look-ups as of one date, each asked of the database once. */
export class ReferenceLookups {
  readonly #tariffs = new Map<string, Promise<TariffLine | undefined>>();
  readonly #codes = new Map<string, Promise<boolean>>();
  constructor(
    private readonly db: Db,
    readonly asOf: string,
  ) {}

  tariff(hsCode: string): Promise<TariffLine | undefined> {
    let hit = this.#tariffs.get(hsCode);
    if (!hit) this.#tariffs.set(hsCode, (hit = tariffLineAsOf(this.db, hsCode, this.asOf)));
    return hit;
  }

  hasCode(table: string, code: string): Promise<boolean> {
    const key = `${table}\u0000${code}`;
    let hit = this.#codes.get(key);
    if (!hit) this.#codes.set(key, (hit = codeAsOf(this.db, table, code, this.asOf).then(Boolean)));
    return hit;
  }
}

/** The code tables the reference loader fills (ref_codes.code_table). */
const CODE_TABLES = { country: 'country', unit: 'unit', currency: 'currency' } as const;

const UNIT_CODE = /^[0-9]{3}$/;

function issue(path: (string | number)[], code: MessageKey, params: MessageParams = {}): FieldIssue {
  return { path, code, message: code, params };
}

/**
 * Checks a syntactically valid input against the reference data in force: the tariff line, the
 * positive list, the code tables, the legal units of the line.
 */
export async function checkAgainstReference(lookups: ReferenceLookups, input: ProductFilingInput, mode: Config['TUMEN_MODE']): Promise<{ issues: FieldIssue[]; line?: TariffLine }> {
  const issues: FieldIssue[] = [];
  const [line, country, legal, second, currency] = await Promise.all([
    lookups.tariff(input.hsCode),
    lookups.hasCode(CODE_TABLES.country, input.originCountry),
    lookups.hasCode(CODE_TABLES.unit, input.legalUnit),
    input.secondUnit ? lookups.hasCode(CODE_TABLES.unit, input.secondUnit) : Promise.resolve(true),
    lookups.hasCode(CODE_TABLES.currency, input.currency),
  ]);
  if (!line) {
    issues.push(issue(['hsCode'], 'registry.hs_code_unknown', { hsCode: input.hsCode, date: lookups.asOf }));
  } else {
    const decision = positiveListDecision(line, mode);
    if (!decision.ok) issues.push(issue(['hsCode'], decision.code));
  }
  if (!country) issues.push(issue(['originCountry'], 'registry.country_unknown', { code: input.originCountry }));
  if (!legal) issues.push(issue(['legalUnit'], 'registry.unit_unknown', { code: input.legalUnit }));
  if (!second) issues.push(issue(['secondUnit'], 'registry.unit_unknown', { code: input.secondUnit ?? '' }));
  if (!currency) issues.push(issue(['currency'], 'registry.currency_unknown', { code: input.currency }));
  if (input.secondUnit && input.secondUnit === input.legalUnit) issues.push(issue(['secondUnit'], 'registry.second_unit_same'));
  // The line's legal units bind the filing where the tariff table gives them as unit codes.
  if (line?.legalUnit1 && UNIT_CODE.test(line.legalUnit1) && legal && input.legalUnit !== line.legalUnit1) {
    issues.push(issue(['legalUnit'], 'registry.legal_unit_mismatch', { expected: line.legalUnit1, code: input.legalUnit }));
  }
  if (line?.legalUnit2 && UNIT_CODE.test(line.legalUnit2)) {
    if (!input.secondUnit) issues.push(issue(['secondUnit'], 'registry.second_unit_required', { expected: line.legalUnit2 }));
    else if (second && input.secondUnit !== line.legalUnit2) issues.push(issue(['secondUnit'], 'registry.second_unit_mismatch', { expected: line.legalUnit2, code: input.secondUnit }));
  }
  return line ? { issues, line } : { issues };
}

/** One issue is the error itself (so its message names the rule); several are listed under a count. */
function invalid(issues: FieldIssue[]): AppError {
  const only = issues.length === 1 ? issues[0] : undefined;
  if (only) return new AppError('invalid', only.code as MessageKey, only.params ?? {}, issues);
  return new AppError('invalid', 'common.invalid_request', { count: issues.length }, issues);
}

// ---------------------------------------------------------------- views and scope

export function toProductFilingView(p: repo.ProductFilingRow): ProductFilingView {
  return {
    id: p.id,
    orgId: p.orgId,
    itemNo: p.itemNo,
    version: p.version,
    status: p.status,
    hsCode: p.hsCode,
    nameZh: p.nameZh,
    names: p.names,
    specification: p.specification,
    declaredElements: p.declaredElements,
    brand: p.brand,
    barcode: p.barcode,
    originCountry: p.originCountry,
    manufacturer: p.manufacturer,
    legalUnit: p.legalUnit,
    secondUnit: p.secondUnit,
    referencePrice: dec(p.referencePrice).toFixed(),
    currency: p.currency,
    imageUrls: p.imageUrls,
    positiveList: p.positiveList,
    tariffEffectiveFrom: p.tariffEffectiveFrom,
    submittedAt: p.submittedAt.toISOString(),
    decidedAt: p.decidedAt?.toISOString() ?? null,
    effectiveAt: p.effectiveAt?.toISOString() ?? null,
  };
}

/** Which product filings an actor reads; undefined: none. Parties to later documents are added by shares. */
function readScope(actor: Actor): repo.ProductReadScope | undefined {
  if (actor.type === 'system') return { all: true };
  if (actor.type === 'anonymous') return undefined;
  const org = actor.org;
  if (org.kind === 'zone_office') return { all: true };
  if (org.kind === 'department') return org.department && PRODUCT_SCOPE_DEPARTMENTS.includes(org.department) ? { all: true } : undefined;
  return { all: false, orgId: org.id };
}

function isOwner(actor: Actor, f: repo.ProductFilingRow): boolean {
  return (actor.type === 'user' || actor.type === 'apikey') && actor.org.id === f.orgId;
}

/** The version, if the actor may see it; otherwise "not found", so its existence is not revealed. */
async function visibleProduct(db: Db, actor: Actor, id: string): Promise<{ row: repo.ProductFilingRow; scope: repo.ProductReadScope }> {
  const scope = readScope(actor);
  const row = scope ? await repo.findProduct(db, id) : undefined;
  if (!row || !scope || !(scope.all || row.orgId === scope.orgId || (await repo.isVisible(db, scope, id)))) throw new AppError('not_found', 'common.not_found');
  return { row, scope };
}

/** The enterprise a filing is made for: the caller's own; the operator (CLI) names one. */
function filerOrgId(caller: Caller, orgId: string | undefined): string {
  const a = caller.actor;
  if (a.type === 'user' || a.type === 'apikey') {
    if (orgId && orgId !== a.org.id) throw new AppError('forbidden', 'common.forbidden');
    return a.org.id;
  }
  if (a.type === 'system' && orgId) return orgId;
  if (a.type === 'system') throw new AppError('invalid', 'registry.product_org_required');
  throw new AppError('unauthenticated', 'common.unauthenticated');
}

// ---------------------------------------------------------------- submission

interface Prepared {
  ref: number;
  input: ProductFilingInput;
  line: TariffLine;
}

export type SubmitOutcome =
  | { ref: number; itemNo: string; ok: true; id: string; version: number }
  | { ref: number; itemNo: string; ok: false; code: MessageKey; params: MessageParams; issues: FieldIssue[] };

function failed(ref: number, itemNo: string, code: MessageKey, params: MessageParams = {}, issues: FieldIssue[] = []): SubmitOutcome {
  return { ref, itemNo, ok: false, code, params, issues };
}

/**
 * Writes new versions for prepared inputs in the caller's transaction: the versions as `submitted`, the
 * reviews they need, a history row and an outbox event each, and the audit — a row per version, or for
 * a bulk file one per batch. An item with a version under review is refused.
 */
async function writeVersions(
  tx: Db,
  ports: Pick<Ports, 'clock' | 'newId'>,
  caller: Caller,
  orgId: string,
  prepared: Prepared[],
  source: 'api' | 'import',
): Promise<{ outcomes: SubmitOutcome[]; ids: string[] }> {
  const states = await repo.itemStates(
    tx,
    orgId,
    prepared.map((p) => p.input.itemNo),
  );
  const outcomes: SubmitOutcome[] = [];
  const toInsert: { p: Prepared; row: repo.NewProductFilingRow }[] = [];
  const now = ports.clock.now();
  const a = caller.actor;
  const userId = a.type === 'user' ? a.userId : null;
  for (const p of prepared) {
    const state = states.get(p.input.itemNo);
    if (state?.pending) {
      outcomes.push(failed(p.ref, p.input.itemNo, 'registry.product_pending', { itemNo: p.input.itemNo }));
      continue;
    }
    const i = p.input;
    toInsert.push({
      p,
      row: {
        id: ports.newId(),
        orgId,
        itemNo: i.itemNo,
        version: (state?.latestVersion ?? 0) + 1,
        status: 'submitted',
        hsCode: i.hsCode,
        nameZh: i.nameZh,
        names: i.names,
        specification: i.specification ?? null,
        declaredElements: i.declaredElements ?? null,
        brand: i.brand ?? null,
        barcode: i.barcode ?? null,
        originCountry: i.originCountry,
        manufacturer: i.manufacturer ?? null,
        legalUnit: i.legalUnit,
        secondUnit: i.secondUnit ?? null,
        referencePrice: dec(i.referencePrice).toFixed(),
        currency: i.currency,
        imageUrls: i.imageUrls,
        positiveList: p.line.positiveList,
        tariffEffectiveFrom: p.line.effectiveFrom,
        submittedBy: userId,
        submittedAt: now,
      },
    });
  }
  const rows = toInsert.map((t) => t.row);
  await repo.insertProducts(tx, rows);
  await filingRepo.insertReviews(
    tx,
    rows.flatMap((r) => PRODUCT_REVIEWERS.map((reviewer) => ({ id: ports.newId(), filingKind: 'product' as const, filingId: r.id, reviewer, createdAt: now }))),
  );
  await filingRepo.insertTransitions(
    tx,
    rows.map((r) => ({
      id: ports.newId(),
      filingKind: 'product' as const,
      filingId: r.id,
      fromStatus: null,
      toStatus: 'submitted' as const,
      event: 'submit',
      actorOrgId: a.type === 'user' || a.type === 'apikey' ? a.org.id : null,
      actorUserId: userId,
      reason: null,
      at: now,
    })),
  );
  const audited = toInsert.map((t) => ({ r: t.row, ref: t.p.ref }));
  if (source === 'import' && rows.length) {
    // Bulk filing: one audit row per batch, naming every version it created (see the note on PRODUCT_BATCH_SIZE).
    await recordAudit(tx, ports, {
      actor: a,
      chainOrgId: orgId,
      requestId: caller.requestId,
      action: 'product_filing.submit_batch',
      resourceType: 'product_filing',
      resourceId: rows.length === 1 ? rows[0]!.id : null,
      details: { source, count: rows.length, reviewers: PRODUCT_REVIEWERS, items: audited.map(({ r, ref }) => ({ id: r.id, itemNo: r.itemNo, version: r.version, hsCode: r.hsCode, row: ref })) },
    });
  }
  for (const { r, ref } of audited) {
    const details = { itemNo: r.itemNo, version: r.version, hsCode: r.hsCode, positiveList: r.positiveList, reviewers: PRODUCT_REVIEWERS, source, ...(source === 'import' ? { row: ref } : {}) };
    if (source === 'api') {
      await recordAudit(tx, ports, { actor: a, chainOrgId: orgId, requestId: caller.requestId, action: 'product_filing.submit', resourceType: 'product_filing', resourceId: r.id, details });
    }
    await emitEvent(tx, ports, {
      topic: 'registry.product_filing.submitted',
      aggregateType: 'product_filing',
      aggregateId: r.id,
      partyOrgIds: [orgId],
      payload: { filingId: r.id, orgId, ...details },
    });
    outcomes.push({ ref, itemNo: r.itemNo, ok: true, id: r.id, version: r.version });
  }
  return { outcomes, ids: rows.map((r) => r.id) };
}

/**
 * An enterprise files a product (version 1) or changes it (a new version of the same item number),
 * opening the reviews of customs and market supervision.
 */
export async function submitProductFiling(ctx: AppContext, caller: Caller, input: ProductFilingInput, opts: { orgId?: string } = {}): Promise<ProductFilingView> {
  const orgId = await requireProductFiler(ctx, caller, opts.orgId);
  const lookups = new ReferenceLookups(ctx.db, zoneDayOf(ctx.clock.now()));
  const { issues, line } = await checkAgainstReference(lookups, input, ctx.config.TUMEN_MODE);
  if (issues.length || !line) throw invalid(issues);
  try {
    return await ctx.db.transaction(async (tx) => {
      const { outcomes, ids } = await writeVersions(tx, ctx, caller, orgId, [{ ref: 0, input, line }], 'api');
      const [outcome] = outcomes;
      if (outcome && !outcome.ok) throw new AppError('conflict', outcome.code, outcome.params);
      return toProductFilingView((await repo.findProduct(tx, ids[0]!))!);
    });
  } catch (e) {
    if (uniqueViolation(e)) throw new AppError('conflict', 'registry.product_pending', { itemNo: input.itemNo });
    throw e;
  }
}

/** A new version of the item a visible version belongs to (the owner only). */
export async function submitProductChange(ctx: AppContext, caller: Caller, id: string, input: ProductChangeInput): Promise<ProductFilingView> {
  authorize(caller.actor, 'registry.products.file');
  const { row } = await visibleProduct(ctx.db, caller.actor, id);
  if (!isOwner(caller.actor, row)) throw new AppError('forbidden', 'common.forbidden');
  return submitProductFiling(ctx, caller, { ...input, itemNo: row.itemNo });
}

/** Who files, checked before a bulk file is even read: the enterprise, effectively filed as a product filer. */
export async function requireProductFiler(ctx: AppContext, caller: Caller, orgId?: string): Promise<string> {
  authorize(caller.actor, 'registry.products.file');
  const filer = filerOrgId(caller, orgId);
  await requireEffectiveEnterpriseFiling(ctx.db, filer, PRODUCT_FILERS);
  return filer;
}

export interface BatchItem {
  /** The caller's reference for the item (a bulk file's row number), echoed in its outcome. */
  ref: number;
  input: ProductFilingInput;
}

/**
 * Files many products for one enterprise. Each item is checked on its own; good ones are written in
 * transactions of PRODUCT_BATCH_SIZE, and bad ones are answered with their reason — one bad item never
 * holds back the others. An item number given twice is filed once, from its first occurrence.
 */
export async function submitProductBatch(
  ctx: AppContext,
  caller: Caller,
  req: { orgId?: string; items: BatchItem[]; onProgress?: (done: number, total: number) => void },
): Promise<SubmitOutcome[]> {
  const orgId = await requireProductFiler(ctx, caller, req.orgId);
  const lookups = new ReferenceLookups(ctx.db, zoneDayOf(ctx.clock.now()));
  const total = req.items.length;
  const outcomes: SubmitOutcome[] = [];
  const firstRef = new Map<string, number>();
  let done = 0;
  req.onProgress?.(0, total);
  for (let start = 0; start < total; start += PRODUCT_BATCH_SIZE) {
    const chunk = req.items.slice(start, start + PRODUCT_BATCH_SIZE);
    const prepared: Prepared[] = [];
    for (const item of chunk) {
      const itemNo = item.input.itemNo;
      const seen = firstRef.get(itemNo);
      if (seen !== undefined) {
        outcomes.push(failed(item.ref, itemNo, 'registry.import_duplicate_item', { itemNo, row: seen }));
        continue;
      }
      firstRef.set(itemNo, item.ref);
      const { issues, line } = await checkAgainstReference(lookups, item.input, ctx.config.TUMEN_MODE);
      if (issues.length || !line) {
        const first = issues[0]!;
        outcomes.push(failed(item.ref, itemNo, first.code as MessageKey, first.params, issues));
      } else {
        prepared.push({ ref: item.ref, input: item.input, line });
      }
    }
    outcomes.push(...(await writeChunk(ctx, caller, orgId, prepared)));
    done += chunk.length;
    req.onProgress?.(done, total);
  }
  return outcomes.sort((x, y) => x.ref - y.ref);
}

/** One transaction for the chunk; if it fails as a whole (a concurrent filing), item by item. */
async function writeChunk(ctx: AppContext, caller: Caller, orgId: string, prepared: Prepared[]): Promise<SubmitOutcome[]> {
  if (!prepared.length) return [];
  try {
    return (await ctx.db.transaction((tx) => writeVersions(tx, ctx, caller, orgId, prepared, 'import'))).outcomes;
  } catch (e) {
    ctx.log.warn({ err: e, items: prepared.length }, 'bulk product filing: batch failed, retrying item by item');
  }
  const outcomes: SubmitOutcome[] = [];
  for (const p of prepared) {
    try {
      outcomes.push(...(await ctx.db.transaction((tx) => writeVersions(tx, ctx, caller, orgId, [p], 'import'))).outcomes);
    } catch (e) {
      if (uniqueViolation(e)) outcomes.push(failed(p.ref, p.input.itemNo, 'registry.product_pending', { itemNo: p.input.itemNo }));
      else if (isAppError(e)) outcomes.push(failed(p.ref, p.input.itemNo, e.code, e.params, e.issues));
      else {
        ctx.log.error({ err: e, itemNo: p.input.itemNo }, 'bulk product filing: item failed');
        outcomes.push(failed(p.ref, p.input.itemNo, 'registry.import_row_failed'));
      }
    }
  }
  return outcomes;
}

// ---------------------------------------------------------------- reads

export async function listProducts(ctx: AppContext, caller: Caller, q: Omit<ProductFilingQuery, 'lang'>): Promise<{ items: ProductFilingView[]; nextOffset: number | null }> {
  authorize(caller.actor, 'registry.products.read');
  const scope = readScope(caller.actor);
  const reviewer = q.queue === 'mine' ? reviewerOf(caller.actor) : undefined;
  if (!scope || (q.queue === 'mine' && !reviewer)) return { items: [], nextOffset: null };
  const found = await repo.searchProducts(ctx.db, {
    scope,
    q: q.q,
    hsCodePrefix: q.hsCode,
    status: q.status,
    orgId: q.orgId,
    itemNo: q.itemNo,
    positiveList: q.positiveList,
    openReviewer: reviewer,
    limit: q.limit + 1,
    offset: q.offset,
  });
  const page = found.slice(0, q.limit);
  await recordRead(ctx, caller, 'product_filing', page.map((p) => p.id), { query: q });
  return { items: page.map(toProductFilingView), nextOffset: found.length > q.limit ? q.offset + q.limit : null };
}

export async function getProduct(ctx: AppContext, caller: Caller, id: string): Promise<ProductFilingDetail> {
  authorize(caller.actor, 'registry.products.read');
  const { row, scope } = await visibleProduct(ctx.db, caller.actor, id);
  // A party the item is shared with sees the versions that were in force, not the reviews behind them.
  const full = scope.all || row.orgId === scope.orgId;
  const [versions, reviews, history] = await Promise.all([
    repo.listVersions(ctx.db, row.orgId, row.itemNo),
    full ? filingRepo.listReviews(ctx.db, 'product', id) : Promise.resolve([]),
    full ? filingRepo.listTransitions(ctx.db, 'product', id) : Promise.resolve([]),
  ]);
  await recordRead(ctx, caller, 'product_filing', [id]);
  return {
    ...toProductFilingView(row),
    versions: versions
      .filter((v) => full || v.effectiveAt)
      .map((v) => ({ id: v.id, version: v.version, status: v.status, submittedAt: v.submittedAt.toISOString(), effectiveAt: v.effectiveAt?.toISOString() ?? null })),
    reviews: reviews.map((r) => ({ reviewer: r.reviewer, decision: r.decision, reason: r.reason, decidedAt: r.decidedAt?.toISOString() ?? null })),
    history: history.map((h) => ({ from: h.fromStatus, to: h.toStatus, event: h.event, reason: h.reason, at: h.at.toISOString() })),
  };
}

// ---------------------------------------------------------------- life cycle

/** Customs or market supervision decides its review of a version. */
export async function reviewProductFiling(ctx: AppContext, caller: Caller, id: string, input: { decision: 'approved' | 'rejected'; reason?: string | undefined }): Promise<ProductFilingDetail> {
  const { row } = await visibleProduct(ctx.db, caller.actor, id);
  authorize(caller.actor, 'registry.filings.review');
  // A review still open on a version no longer under review (withdrawn, rejected by the other
  // department) is not a decision to take: refuse it as the state machine would.
  if (row.status !== 'submitted') throw new AppError('invalid_state', 'registry.filing_transition', { from: row.status, event: input.decision === 'approved' ? 'approve' : 'reject' });
  await decideFilingReview(ctx, caller, { kind: 'product', filingId: id, decision: input.decision, reason: input.reason ?? null });
  return getProduct(ctx, caller, id);
}

/**
 * Withdraw (the owner, while under review); suspend and reinstate (customs, market supervision, the
 * zone office); cancel (those, or the owner).
 */
export async function moveProductFiling(
  ctx: AppContext,
  caller: Caller,
  id: string,
  event: Extract<FilingEvent, 'withdraw' | 'suspend' | 'reinstate' | 'cancel'>,
  reason?: string,
): Promise<ProductFilingDetail> {
  const a = caller.actor;
  const { row } = await visibleProduct(ctx.db, a, id);
  const owner = isOwner(a, row);
  if (event === 'withdraw' || (event === 'cancel' && owner)) {
    authorize(a, 'registry.products.file');
    if (!owner) throw new AppError('forbidden', 'common.forbidden');
  } else {
    authorize(a, 'registry.filings.supervise');
    const reviewer = reviewerOf(a);
    if (a.type !== 'system' && !(reviewer && PRODUCT_SUPERVISORS.includes(reviewer))) throw new AppError('forbidden', 'registry.not_competent');
  }
  await ctx.db.transaction((tx) => transitionFiling(tx, ctx, caller, { kind: 'product', filingId: id, event, reason: reason ?? null, facts: { itemNo: row.itemNo, version: row.version } }));
  return getProduct(ctx, caller, id);
}

// ---------------------------------------------------------------- for other modules

/**
 * Lets a party to a later document read the owner's filings of the products it names (a logistics
 * company the goods of the waybills it carries). Idempotent; call it in the document's transaction.
 * Returns how many pairs were newly shared.
 */
export async function shareProducts(
  tx: Db,
  ports: Pick<Ports, 'clock'>,
  req: { ownerOrgId: string; itemNos: readonly string[]; partyOrgId: string; reason: string },
): Promise<number> {
  if (req.ownerOrgId === req.partyOrgId) return 0;
  const at = ports.clock.now();
  return repo.insertShares(
    tx,
    [...new Set(req.itemNos)].map((itemNo) => ({ ownerOrgId: req.ownerOrgId, itemNo, partyOrgId: req.partyOrgId, reason: req.reason, firstSharedAt: at })),
  );
}

/**
 * The version of an enterprise's item that a document dated `asOfDate` (YYYY-MM-DD, zone time) can rely
 * on: the one effective now, if it took effect on or before that date. A suspended, cancelled or
 * never-approved item has none.
 */
export async function findEffectiveProduct(db: Db, orgId: string, itemNo: string, asOfDate: string): Promise<ProductFilingView | undefined> {
  const row = await repo.findEffective(db, orgId, itemNo);
  if (!row?.effectiveAt || zoneDayOf(row.effectiveAt) > asOfDate) return undefined;
  return toProductFilingView(row);
}
