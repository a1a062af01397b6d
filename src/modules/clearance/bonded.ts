/**
 * The 1210 bonded account books (账册): the goods an e-commerce enterprise keeps in the bonded centre,
 * booked by the centre's operator. Goods come in by first-line entry (inbound); an audited bonded
 * inventory reserves what it declares; release takes the reservation out of the centre (outbound),
 * cancellation gives it back (unreserve), and returned goods come back in (return).
 *
 * Every change of a stock row is one conditional statement on that row, so concurrent inventories
 * serialise on it and can never take more than is there; every change is also a move in the ledger, and
 * the stock row is the sum of its moves:
 *   on_hand  = Σ inbound − Σ outbound + Σ return
 *   reserved = Σ reserve − Σ unreserve − Σ outbound
 * Move quantities are always positive; the kind says which way they go.
 */
import type Decimal from 'decimal.js';
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext, Caller, Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { uniqueViolation } from '../../db/errors';
import { AppError, type FieldIssue } from '../../kernel/errors';
import type { MessageParams } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { Dec, dec } from '../../kernel/money';
import { zoneDayOf } from '../../kernel/zone-time';
import { authorize, type Actor } from '../access';
import { recordAudit, recordRead } from '../audit';
import { orgByCode } from '../identity';
import { emitEvent } from '../outbox';
import { findEffectiveProduct } from '../registry';
import { clrBondedBooks, clrBondedMoves, clrBondedStock, type Environment } from './clearance.table';

type P = Pick<Ports, 'clock' | 'newId'>;

export type BondedBookRow = typeof clrBondedBooks.$inferSelect;
export type BondedStockRow = typeof clrBondedStock.$inferSelect;
export type BondedMoveRow = typeof clrBondedMoves.$inferSelect;
export type BondedMoveKind = BondedMoveRow['kind'];

// ---------------------------------------------------------------- quantities

/** XSD decimal text without a sign, as CEB messages carry quantities ("12", "1.50000", ".5"). */
const DECIMAL = /^\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;
const QUANTITY_LIMIT = dec('100000000000000'); // numeric(19, 5): 14 integer digits

/** A stock quantity: decimal text, > 0, at most 14 integer digits and 5 decimals (numeric(19, 5)). */
export function isQuantity(value: string): boolean {
  if (!DECIMAL.test(value)) return false;
  const d = dec(value);
  return d.gt(0) && d.lt(QUANTITY_LIMIT) && d.decimalPlaces() <= 5;
}

function quantity(value: string): Decimal {
  if (!isQuantity(value)) throw new AppError('invalid', 'bonded.qty_format', { qty: value });
  return dec(value);
}

/** Canonical text of a quantity, as stored and as answered ("50", "1.5"). */
function qtyText(value: Decimal | string): string {
  return dec(value).toFixed();
}

/** Byte order, never the locale's: every transaction locks stock rows in this one order. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The environment a caller acts in: an API key's own; users (and the operator) act in production. */
export function environmentOf(actor: Actor): Environment {
  return actor.type === 'apikey' ? actor.environment : 'production';
}

// ---------------------------------------------------------------- for clearance, inside its transaction

export async function findBook(tx: Db, environment: Environment, emsNo: string): Promise<BondedBookRow | undefined> {
  const [row] = await tx
    .select()
    .from(clrBondedBooks)
    .where(and(eq(clrBondedBooks.environment, environment), eq(clrBondedBooks.emsNo, emsNo)));
  return row;
}

/** Namespace of the per-declaration advisory locks (the two-int form, distinct from the migration lock). */
const DECLARATION_LOCK = 1210;

/**
 * Serialises the stock calls of one declaration until the end of the caller's transaction, so that a
 * repeated call (a retried receipt, two workers) sees the first one's moves and does nothing.
 */
async function lockDeclaration(tx: Db, declarationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${DECLARATION_LOCK}, hashtext(${declarationId}))`);
}

export interface ReserveLine {
  /** The inventory line number. */
  gnum: number;
  itemRecordNo: string;
  /** The HS code the inventory declares: must be the one the stock is booked under. */
  gcode: string;
  qty: string;
}

export type ReserveProblemCode = 'bonded.book_unknown' | 'bonded.book_not_owner' | 'bonded.item_unknown' | 'bonded.gcode_mismatch' | 'bonded.insufficient';

export interface ReserveProblem {
  gnum: number;
  itemRecordNo: string;
  code: ReserveProblemCode;
  /** What is free to reserve (insufficient stock only). */
  available?: string;
  /** Everything the message of `code` names. */
  params: MessageParams;
}

export type ReserveResult = { ok: true } | { ok: false; problems: ReserveProblem[] };

export interface ReserveRequest {
  environment: Environment;
  emsNo: string;
  /** The e-commerce enterprise of the inventory: the book must be its own. */
  ebcOrgId: string;
  declarationId: string;
  lines: ReserveLine[];
}

/** Net quantities of a declaration's moves per stock row, by kind. */
interface DeclarationPosition {
  bookId: string;
  itemRecordNo: string;
  reserved: Decimal;
  unreserved: Decimal;
  outbound: Decimal;
  returned: Decimal;
}

async function declarationPositions(tx: Db, declarationId: string): Promise<DeclarationPosition[]> {
  const m = clrBondedMoves;
  const total = (kind: BondedMoveKind) => sql<string>`coalesce(sum(${m.qty}) filter (where ${m.kind} = ${kind}), 0)::text`;
  const found = await tx
    .select({ bookId: m.bookId, itemRecordNo: m.itemRecordNo, reserved: total('reserve'), unreserved: total('unreserve'), outbound: total('outbound'), returned: total('return') })
    .from(m)
    .where(eq(m.declarationId, declarationId))
    .groupBy(m.bookId, m.itemRecordNo);
  return found
    .map((r) => ({ bookId: r.bookId, itemRecordNo: r.itemRecordNo, reserved: dec(r.reserved), unreserved: dec(r.unreserved), outbound: dec(r.outbound), returned: dec(r.returned) }))
    .sort((a, b) => byText(a.bookId, b.bookId) || byText(a.itemRecordNo, b.itemRecordNo));
}

/** What a declaration still holds reserved on a stock row. */
function held(p: DeclarationPosition): Decimal {
  return p.reserved.minus(p.unreserved).minus(p.outbound);
}

/** Thrown inside the savepoint to roll a failed reservation back; never leaves this module. */
class ReservationRefused extends Error {}

/**
 * Reserves the lines of an audited bonded inventory, all or nothing. Each line is one conditional
 * UPDATE (`reserved + q` where `on_hand − reserved ≥ q`), taken in item order so that two inventories
 * never wait on each other's rows; the lines run in a savepoint, rolled back when any line fails, so a
 * refusal leaves nothing reserved even if the caller goes on with its transaction.
 *
 * Idempotent: a declaration that still holds its reservation (or whose goods have left) reserves
 * nothing more; one whose reservation was given back (a rejected inventory declared again) reserves anew.
 */
export async function reserveStock(tx: Db, ports: P, req: ReserveRequest): Promise<ReserveResult> {
  const quantities = new Map(req.lines.map((l) => [l, quantity(l.qty)]));
  const problem = (l: ReserveLine, code: ReserveProblemCode, params: MessageParams = {}, available?: string): ReserveProblem => ({
    gnum: l.gnum,
    itemRecordNo: l.itemRecordNo,
    code,
    ...(available === undefined ? {} : { available }),
    params: { emsNo: req.emsNo, gnum: l.gnum, itemRecordNo: l.itemRecordNo, ...params },
  });
  await lockDeclaration(tx, req.declarationId);
  const book = await findBook(tx, req.environment, req.emsNo);
  if (!book) return { ok: false, problems: req.lines.map((l) => problem(l, 'bonded.book_unknown')) };
  if (book.ebcOrgId !== req.ebcOrgId) return { ok: false, problems: req.lines.map((l) => problem(l, 'bonded.book_not_owner')) };

  const positions = await declarationPositions(tx, req.declarationId);
  if (!req.lines.length || positions.some((p) => held(p).gt(0) || p.outbound.gt(0))) return { ok: true };

  const lines = [...req.lines].sort((a, b) => byText(a.itemRecordNo, b.itemRecordNo) || a.gnum - b.gnum);
  const problems: ReserveProblem[] = [];
  const s = clrBondedStock;
  try {
    await tx.transaction(async (sp) => {
      const now = ports.clock.now();
      for (const l of lines) {
        const q = qtyText(quantities.get(l)!);
        const [hit] = await sp
          .update(s)
          .set({ reserved: sql`${s.reserved} + ${q}::numeric`, updatedAt: now })
          .where(and(eq(s.bookId, book.id), eq(s.itemRecordNo, l.itemRecordNo), eq(s.gcode, l.gcode), sql`${s.onHand} - ${s.reserved} >= ${q}::numeric`))
          .returning({ reserved: s.reserved });
        if (hit) continue;
        // Refused: say why, from the row as this transaction now sees it.
        const [row] = await sp.select({ gcode: s.gcode, onHand: s.onHand, reserved: s.reserved }).from(s).where(and(eq(s.bookId, book.id), eq(s.itemRecordNo, l.itemRecordNo)));
        if (!row) problems.push(problem(l, 'bonded.item_unknown'));
        else if (row.gcode !== l.gcode) problems.push(problem(l, 'bonded.gcode_mismatch', { gcode: l.gcode, expected: row.gcode }));
        else {
          const available = qtyText(dec(row.onHand).minus(row.reserved));
          problems.push(problem(l, 'bonded.insufficient', { qty: q, available }, available));
        }
      }
      if (problems.length) throw new ReservationRefused();
      await sp.insert(clrBondedMoves).values(
        lines.map((l) => ({ id: ports.newId(), bookId: book.id, itemRecordNo: l.itemRecordNo, kind: 'reserve' as const, qty: qtyText(quantities.get(l)!), declarationId: req.declarationId, reference: null, at: now })),
      );
    });
  } catch (e) {
    if (e instanceof ReservationRefused) return { ok: false, problems: problems.sort((a, b) => a.gnum - b.gnum) };
    throw e;
  }
  return { ok: true };
}

export interface StockChange {
  bookId: string;
  itemRecordNo: string;
  qty: string;
}

/**
 * Gives back everything a declaration still holds reserved (cancellation, rejection after audit), as the
 * ledger shows it. Idempotent: a second call finds nothing held and changes nothing.
 */
export async function unreserveStock(tx: Db, ports: P, req: { declarationId: string }): Promise<StockChange[]> {
  return settle(tx, ports, req.declarationId, 'unreserve');
}

/** Release: the reserved goods leave the centre (on_hand − q, reserved − q). Idempotent like unreserveStock. */
export async function consumeReservation(tx: Db, ports: P, req: { declarationId: string }): Promise<StockChange[]> {
  return settle(tx, ports, req.declarationId, 'outbound');
}

async function settle(tx: Db, ports: P, declarationId: string, kind: 'unreserve' | 'outbound'): Promise<StockChange[]> {
  await lockDeclaration(tx, declarationId);
  const open = (await declarationPositions(tx, declarationId)).filter((p) => held(p).gt(0));
  const now = ports.clock.now();
  const s = clrBondedStock;
  const changes: StockChange[] = [];
  for (const p of open) {
    const q = qtyText(held(p));
    const [hit] = await tx
      .update(s)
      .set(kind === 'outbound' ? { onHand: sql`${s.onHand} - ${q}::numeric`, reserved: sql`${s.reserved} - ${q}::numeric`, updatedAt: now } : { reserved: sql`${s.reserved} - ${q}::numeric`, updatedAt: now })
      .where(and(eq(s.bookId, p.bookId), eq(s.itemRecordNo, p.itemRecordNo), sql`${s.reserved} >= ${q}::numeric`))
      .returning({ reserved: s.reserved });
    // The ledger says the declaration holds it: a stock row without it is a broken book, not a user error.
    if (!hit) throw new Error(`bonded stock ${p.bookId}/${p.itemRecordNo} holds less reserved than declaration ${declarationId}'s ${q}`);
    changes.push({ bookId: p.bookId, itemRecordNo: p.itemRecordNo, qty: q });
  }
  if (changes.length) await tx.insert(clrBondedMoves).values(changes.map((c) => ({ id: ports.newId(), ...c, kind, declarationId, reference: null, at: now })));
  return changes;
}

/**
 * Returned goods back into the centre (on_hand + q) on the rows the declaration's goods left from; over all
 * its returns, at most what left, per item. Idempotent per return: `reference` names it (e.g. the return's
 * id), and a return already booked under it changes nothing; without a reference the declaration has one
 * return, and a second call changes nothing.
 */
export async function returnToStock(tx: Db, ports: P, req: { declarationId: string; reference?: string; lines: { itemRecordNo: string; qty: string }[] }): Promise<StockChange[]> {
  await lockDeclaration(tx, req.declarationId);
  const m = clrBondedMoves;
  const reference = req.reference ?? null;
  const [booked] = await tx
    .select({ id: m.id })
    .from(m)
    .where(and(eq(m.declarationId, req.declarationId), eq(m.kind, 'return'), reference === null ? undefined : eq(m.reference, reference)))
    .limit(1);
  if (booked) return [];
  const positions = await declarationPositions(tx, req.declarationId);
  const wanted = new Map<string, Decimal>();
  for (const l of req.lines) wanted.set(l.itemRecordNo, (wanted.get(l.itemRecordNo) ?? new Dec(0)).plus(quantity(l.qty)));
  const changes: StockChange[] = [];
  for (const [itemRecordNo, qty] of wanted) {
    const from = positions.find((p) => p.itemRecordNo === itemRecordNo && p.outbound.gt(0));
    const open = from ? from.outbound.minus(from.returned) : new Dec(0);
    if (!from || qty.gt(open)) throw new AppError('invalid', 'bonded.return_exceeds', { itemRecordNo, qty: qtyText(qty), outbound: qtyText(open) });
    changes.push({ bookId: from.bookId, itemRecordNo, qty: qtyText(qty) });
  }
  changes.sort((a, b) => byText(a.bookId, b.bookId) || byText(a.itemRecordNo, b.itemRecordNo));
  const now = ports.clock.now();
  const s = clrBondedStock;
  for (const c of changes) {
    await tx
      .update(s)
      .set({ onHand: sql`${s.onHand} + ${c.qty}::numeric`, updatedAt: now })
      .where(and(eq(s.bookId, c.bookId), eq(s.itemRecordNo, c.itemRecordNo)));
  }
  if (changes.length) await tx.insert(m).values(changes.map((c) => ({ id: ports.newId(), ...c, kind: 'return' as const, declarationId: req.declarationId, reference, at: now })));
  return changes;
}

// ---------------------------------------------------------------- views

export interface BondedBookView {
  id: string;
  environment: Environment;
  emsNo: string;
  operatorOrgId: string;
  ebcOrgId: string;
  customsCode: string | null;
  createdAt: string;
}

export interface BondedStockView {
  itemRecordNo: string;
  gcode: string;
  gname: string;
  unit: string;
  onHand: string;
  reserved: string;
  available: string;
  updatedAt: string;
}

export interface BondedMoveView {
  id: string;
  itemRecordNo: string;
  kind: BondedMoveKind;
  qty: string;
  declarationId: string | null;
  reference: string | null;
  at: string;
}

function toBookView(b: BondedBookRow): BondedBookView {
  return { id: b.id, environment: b.environment, emsNo: b.emsNo, operatorOrgId: b.operatorOrgId, ebcOrgId: b.ebcOrgId, customsCode: b.customsCode, createdAt: b.createdAt.toISOString() };
}

function toStockView(s: BondedStockRow): BondedStockView {
  return {
    itemRecordNo: s.itemRecordNo,
    gcode: s.gcode,
    gname: s.gname,
    unit: s.unit,
    onHand: qtyText(s.onHand),
    reserved: qtyText(s.reserved),
    available: qtyText(dec(s.onHand).minus(s.reserved)),
    updatedAt: s.updatedAt.toISOString(),
  };
}

function toMoveView(m: BondedMoveRow): BondedMoveView {
  return { id: m.id, itemRecordNo: m.itemRecordNo, kind: m.kind, qty: qtyText(m.qty), declarationId: m.declarationId, reference: m.reference, at: m.at.toISOString() };
}

// ---------------------------------------------------------------- management: scope

/** Which books an actor reads (after `bonded.read`): customs and the operator all, an enterprise those it is party to. */
type BookScope = { all: true } | { all: false; orgId: string };

function readScope(actor: Actor): BookScope {
  if (actor.type === 'system') return { all: true };
  if (actor.type === 'anonymous') throw new AppError('unauthenticated', 'common.unauthenticated');
  if (actor.org.kind === 'department' && actor.org.department === 'customs') return { all: true };
  return { all: false, orgId: actor.org.id };
}

function scopeCondition(scope: BookScope): SQL | undefined {
  return scope.all ? undefined : or(eq(clrBondedBooks.operatorOrgId, scope.orgId), eq(clrBondedBooks.ebcOrgId, scope.orgId));
}

/** The book, if the actor reads it; otherwise "not found", so its existence is not revealed. */
async function visibleBook(ctx: AppContext, caller: Caller, emsNo: string): Promise<BondedBookRow> {
  authorize(caller.actor, 'bonded.read');
  const scope = readScope(caller.actor);
  const book = await findBook(ctx.db, environmentOf(caller.actor), emsNo);
  if (!book || !(scope.all || book.operatorOrgId === scope.orgId || book.ebcOrgId === scope.orgId)) throw new AppError('not_found', 'common.not_found');
  return book;
}

/** The operator a book is kept by: the caller's own organisation; the operator at the machine names one. */
function operatorOf(actor: Actor, operatorOrgId: string | undefined): string {
  if (actor.type === 'user' || actor.type === 'apikey') return actor.org.id;
  if (actor.type === 'system' && operatorOrgId) return operatorOrgId;
  throw new AppError('forbidden', 'common.forbidden');
}

function invalid(issues: FieldIssue[]): AppError {
  const only = issues.length === 1 ? issues[0] : undefined;
  if (only) return new AppError('invalid', only.code as MessageKey, only.params ?? {}, issues);
  return new AppError('invalid', 'common.invalid_request', { count: issues.length }, issues);
}

function issue(path: (string | number)[], code: MessageKey, params: MessageParams = {}): FieldIssue {
  return { path, code, message: code, params };
}

// ---------------------------------------------------------------- management: writes

export interface OpenBookInput {
  emsNo: string;
  /** Customs code of the e-commerce enterprise whose goods the book keeps. */
  ebcCustomsCode: string;
  /** The supervising customs office (关区代码). */
  customsCode?: string | undefined;
}

/** The centre's operator opens an account book for an e-commerce enterprise, in the caller's environment. */
export async function openBook(ctx: AppContext, caller: Caller, input: OpenBookInput, opts: { operatorOrgId?: string } = {}): Promise<BondedBookView> {
  authorize(caller.actor, 'bonded.manage');
  const operatorOrgId = operatorOf(caller.actor, opts.operatorOrgId);
  const environment = environmentOf(caller.actor);
  const ebc = await orgByCode(ctx.db, input.ebcCustomsCode);
  if (!ebc || ebc.kind !== 'enterprise' || ebc.customsCode !== input.ebcCustomsCode || ebc.status !== 'active') {
    throw invalid([issue(['ebcCustomsCode'], 'bonded.ebc_unknown', { code: input.ebcCustomsCode })]);
  }
  if (!ebc.roles.includes('ebc')) throw invalid([issue(['ebcCustomsCode'], 'bonded.ebc_role', { code: input.ebcCustomsCode })]);
  const exists = new AppError('conflict', 'bonded.book_exists', { emsNo: input.emsNo });
  if (await findBook(ctx.db, environment, input.emsNo)) throw exists;
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(clrBondedBooks)
        .values({ id: ctx.newId(), environment, emsNo: input.emsNo, operatorOrgId, ebcOrgId: ebc.id, customsCode: input.customsCode ?? null, createdAt: ctx.clock.now() })
        .returning();
      await recordAudit(tx, ctx, {
        actor: caller.actor,
        requestId: caller.requestId,
        action: 'bonded.book.open',
        resourceType: 'bonded_book',
        resourceId: row!.id,
        details: { environment, emsNo: input.emsNo, ebcOrgId: ebc.id, customsCode: input.customsCode ?? null },
        chainOrgId: operatorOrgId,
      });
      return toBookView(row!);
    });
  } catch (e) {
    if (uniqueViolation(e)) throw exists;
    throw e;
  }
}

export interface InboundInput {
  /** The entry document (e.g. the bonded-area entry list number): recorded once per book. */
  reference: string;
  lines: { itemRecordNo: string; qty: string }[];
}

export interface InboundResult {
  book: BondedBookView;
  reference: string;
  /** The stock rows the entry changed, after it. */
  items: BondedStockView[];
}

/**
 * The operator books a first-line entry into the centre: each item an effective product filing of the
 * book's enterprise (HS code, name and legal unit taken from the filing), on_hand raised, one inbound move
 * per item. Every line's problem is named by its path.
 */
export async function recordInbound(ctx: AppContext, caller: Caller, emsNo: string, input: InboundInput): Promise<InboundResult> {
  authorize(caller.actor, 'bonded.manage');
  const environment = environmentOf(caller.actor);
  const a = caller.actor;
  const result = await ctx.db.transaction(async (tx) => {
    const [book] = await tx
      .select()
      .from(clrBondedBooks)
      .where(and(eq(clrBondedBooks.environment, environment), eq(clrBondedBooks.emsNo, emsNo)))
      .for('update');
    if (!book || ((a.type === 'user' || a.type === 'apikey') && a.org.id !== book.operatorOrgId)) throw new AppError('not_found', 'common.not_found');
    const [seen] = await tx
      .select({ id: clrBondedMoves.id })
      .from(clrBondedMoves)
      .where(and(eq(clrBondedMoves.bookId, book.id), eq(clrBondedMoves.kind, 'inbound'), eq(clrBondedMoves.reference, input.reference)))
      .limit(1);
    if (seen) throw new AppError('conflict', 'bonded.entry_exists', { emsNo, reference: input.reference });

    const now = ctx.clock.now();
    const asOf = zoneDayOf(now);
    const itemNos = [...new Set(input.lines.map((l) => l.itemRecordNo))];
    const existing = new Map(
      (await tx.select().from(clrBondedStock).where(and(eq(clrBondedStock.bookId, book.id), inArray(clrBondedStock.itemRecordNo, itemNos)))).map((r) => [r.itemRecordNo, r]),
    );
    const issues: FieldIssue[] = [];
    const items = new Map<string, { gcode: string; gname: string; unit: string; qty: Decimal }>();
    for (const [i, l] of input.lines.entries()) {
      const product = await findEffectiveProduct(tx, book.ebcOrgId, l.itemRecordNo, asOf);
      if (!product) {
        issues.push(issue(['lines', i, 'itemRecordNo'], 'bonded.item_not_filed', { itemRecordNo: l.itemRecordNo }));
        continue;
      }
      const stock = existing.get(l.itemRecordNo);
      if (stock && stock.gcode !== product.hsCode) {
        issues.push(issue(['lines', i, 'itemRecordNo'], 'bonded.gcode_changed', { itemRecordNo: l.itemRecordNo, gcode: stock.gcode, hsCode: product.hsCode }));
        continue;
      }
      const sofar = items.get(l.itemRecordNo);
      items.set(l.itemRecordNo, { gcode: product.hsCode, gname: product.nameZh, unit: product.legalUnit, qty: (sofar?.qty ?? new Dec(0)).plus(quantity(l.qty)) });
    }
    if (issues.length) throw invalid(issues);

    const s = clrBondedStock;
    const changed: BondedStockRow[] = [];
    for (const itemRecordNo of [...items.keys()].sort(byText)) {
      const it = items.get(itemRecordNo)!;
      const [row] = await tx
        .insert(s)
        .values({ bookId: book.id, itemRecordNo, gcode: it.gcode, gname: it.gname, unit: it.unit, onHand: qtyText(it.qty), reserved: '0', updatedAt: now })
        .onConflictDoUpdate({ target: [s.bookId, s.itemRecordNo], set: { onHand: sql`${s.onHand} + excluded.on_hand`, updatedAt: now } })
        .returning();
      changed.push(row!);
    }
    const moves = changed.map((r) => ({ itemRecordNo: r.itemRecordNo, qty: qtyText(items.get(r.itemRecordNo)!.qty) }));
    await tx.insert(clrBondedMoves).values(moves.map((m) => ({ id: ctx.newId(), bookId: book.id, ...m, kind: 'inbound' as const, declarationId: null, reference: input.reference, at: now })));
    await recordAudit(tx, ctx, {
      actor: caller.actor,
      requestId: caller.requestId,
      action: 'bonded.inbound',
      resourceType: 'bonded_book',
      resourceId: book.id,
      details: { environment, emsNo, reference: input.reference, lines: moves },
      chainOrgId: book.operatorOrgId,
    });
    // Sandbox traffic raises no domain events (as in the data interface).
    if (environment === 'production') {
      await emitEvent(tx, ctx, {
        topic: 'bonded.inbound',
        aggregateType: 'bonded_book',
        aggregateId: book.id,
        partyOrgIds: [...new Set([book.operatorOrgId, book.ebcOrgId])],
        payload: { emsNo, reference: input.reference, lines: changed.map((r) => ({ ...moves.find((m) => m.itemRecordNo === r.itemRecordNo)!, onHand: qtyText(r.onHand) })) },
      });
    }
    return { book: toBookView(book), reference: input.reference, items: changed.map(toStockView) };
  });
  return result;
}

// ---------------------------------------------------------------- management: reads

export async function listBooks(ctx: AppContext, caller: Caller, q: { limit: number; offset: number }): Promise<{ items: BondedBookView[]; nextOffset: number | null }> {
  authorize(caller.actor, 'bonded.read');
  const scope = readScope(caller.actor);
  const found = await ctx.db
    .select()
    .from(clrBondedBooks)
    .where(and(eq(clrBondedBooks.environment, environmentOf(caller.actor)), scopeCondition(scope)))
    .orderBy(asc(clrBondedBooks.emsNo))
    .limit(q.limit + 1)
    .offset(q.offset);
  const page = found.slice(0, q.limit);
  await recordRead(ctx, caller, 'bonded_book', page.map((b) => b.id), { query: q });
  return { items: page.map(toBookView), nextOffset: found.length > q.limit ? q.offset + q.limit : null };
}

export async function getStock(ctx: AppContext, caller: Caller, emsNo: string): Promise<{ book: BondedBookView; items: BondedStockView[] }> {
  const book = await visibleBook(ctx, caller, emsNo);
  const items = await ctx.db.select().from(clrBondedStock).where(eq(clrBondedStock.bookId, book.id)).orderBy(asc(clrBondedStock.itemRecordNo));
  await recordRead(ctx, caller, 'bonded_book', [book.id], { view: 'stock' });
  return { book: toBookView(book), items: items.map(toStockView) };
}

export async function listMoves(
  ctx: AppContext,
  caller: Caller,
  emsNo: string,
  q: { item?: string | undefined; limit: number; offset: number },
): Promise<{ book: BondedBookView; items: BondedMoveView[]; nextOffset: number | null }> {
  const book = await visibleBook(ctx, caller, emsNo);
  const m = clrBondedMoves;
  const found = await ctx.db
    .select()
    .from(m)
    .where(and(eq(m.bookId, book.id), q.item === undefined ? undefined : eq(m.itemRecordNo, q.item)))
    .orderBy(desc(m.at), desc(m.id))
    .limit(q.limit + 1)
    .offset(q.offset);
  const page = found.slice(0, q.limit);
  await recordRead(ctx, caller, 'bonded_book', [book.id], { view: 'moves', query: q });
  return { book: toBookView(book), items: page.map(toMoveView), nextOffset: found.length > q.limit ? q.offset + q.limit : null };
}
