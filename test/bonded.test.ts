import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../src/db/database';
import { AppError } from '../src/kernel/errors';
import { dec } from '../src/kernel/money';
import { consumeReservation, reserveStock, returnToStock, unreserveStock, type ReserveRequest, type ReserveResult } from '../src/modules/clearance/bonded';
import { DEMO_ORGS } from '../src/modules/identity';
import { startTestApp, type TestApp } from './support/app';
import { dbTargets } from './support/db';

const OPERATOR = 'lingdong.admin'; // the bonded centre's operator
const OTHER_OPERATOR = 'xianghe.admin'; // operates the express centre, not the bonded one
const EBC = 'cheongja.admin'; // imports cosmetics bonded
const OTHER_EBC = 'hanbit.admin';
const CUSTOMS = 'customs.admin';
const customsCodeOf = (key: string) => DEMO_ORGS.find((o) => o.key === key)!.customsCode!;

interface StockItem {
  itemRecordNo: string;
  gcode: string;
  gname: string;
  unit: string;
  onHand: string;
  reserved: string;
  available: string;
}
interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; code: string; message: string }[] };
}

/** A small deterministic generator (mulberry32), so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const target of dbTargets()) {
  describe(`bonded account books [${target}]`, () => {
    let app: TestApp;
    let cheongja: string;
    let firstBookId: string;
    let seq = 0;
    const declarationId = () => app.ctx.newId();

    before(async () => {
      app = await startTestApp(target);
      cheongja = app.orgId.cheongja!;
    });
    after(() => app.close());

    const openBook = async (emsNo: string, as = OPERATOR, extra: object = {}) =>
      app.inject({ method: 'POST', url: '/api/bonded/books', as, payload: { emsNo, ebcCustomsCode: customsCodeOf('cheongja'), ...extra } });
    const inbound = async (emsNo: string, lines: { itemRecordNo: string; qty: string }[], as = OPERATOR, reference = `QD-${++seq}`) =>
      app.inject({ method: 'POST', url: `/api/bonded/books/${emsNo}/entries`, as, payload: { reference, lines } });
    const stockOf = async (emsNo: string, as = OPERATOR) => {
      const res = await app.inject({ method: 'GET', url: `/api/bonded/books/${emsNo}/stock`, as });
      assert.equal(res.statusCode, 200, res.body);
      return new Map((res.json() as { items: StockItem[] }).items.map((i) => [i.itemRecordNo, i]));
    };
    /** A book for cheongja with the given stock, booked through the API. */
    const bookWith = async (emsNo: string, lines: { itemRecordNo: string; qty: string }[]) => {
      const opened = await openBook(emsNo);
      assert.equal(opened.statusCode, 201, opened.body);
      const entered = await inbound(emsNo, lines);
      assert.equal(entered.statusCode, 201, entered.body);
      return (opened.json() as { id: string }).id;
    };
    /** The stock rows of a book and the sums of its ledger, straight from the database. */
    const ledger = async (bookId: string) => {
      const stock = await rows<{ item: string; on_hand: string; reserved: string }>(
        app.ctx.db,
        sql`select item_record_no as item, on_hand::text, reserved::text from clr_bonded_stock where book_id = ${bookId} order by item_record_no`,
      );
      const sums = await rows<{ item: string; kind: string; qty: string; n: number }>(
        app.ctx.db,
        sql`select item_record_no as item, kind, sum(qty)::text as qty, count(*)::int as n from clr_bonded_moves where book_id = ${bookId} group by 1, 2`,
      );
      const sum = (item: string, kind: string) => dec(sums.find((s) => s.item === item && s.kind === kind)?.qty ?? '0');
      return stock.map((s) => ({
        item: s.item,
        onHand: dec(s.on_hand),
        reserved: dec(s.reserved),
        ledgerOnHand: sum(s.item, 'inbound').minus(sum(s.item, 'outbound')).plus(sum(s.item, 'return')),
        ledgerReserved: sum(s.item, 'reserve').minus(sum(s.item, 'unreserve')).minus(sum(s.item, 'outbound')),
        moves: sums.filter((x) => x.item === s.item).reduce((n, x) => n + x.n, 0),
      }));
    };
    const assertBalanced = async (bookId: string) => {
      for (const r of await ledger(bookId)) {
        assert.ok(r.reserved.gte(0) && r.reserved.lte(r.onHand), `${r.item}: 0 ≤ reserved ${r.reserved} ≤ on hand ${r.onHand}`);
        assert.equal(r.onHand.toFixed(), r.ledgerOnHand.toFixed(), `${r.item}: on hand equals the ledger`);
        assert.equal(r.reserved.toFixed(), r.ledgerReserved.toFixed(), `${r.item}: reserved equals the ledger`);
      }
    };
    const reserve = (req: Omit<ReserveRequest, 'environment' | 'ebcOrgId'> & Partial<ReserveRequest>): Promise<ReserveResult> =>
      app.ctx.db.transaction((tx) => reserveStock(tx, app.ctx, { environment: 'production', ebcOrgId: cheongja, ...req }));

    it('the operator opens a book for an e-commerce enterprise; the number is unique per environment', async () => {
      const res = await openBook('t2224w000001', OPERATOR, { customsCode: '1510' });
      assert.equal(res.statusCode, 201, res.body);
      const book = res.json() as { id: string; emsNo: string; ebcOrgId: string; operatorOrgId: string; environment: string; customsCode: string };
      firstBookId = book.id;
      assert.deepEqual(
        { emsNo: book.emsNo, ebcOrgId: book.ebcOrgId, operatorOrgId: book.operatorOrgId, environment: book.environment, customsCode: book.customsCode },
        { emsNo: 'T2224W000001', ebcOrgId: cheongja, operatorOrgId: app.orgId.lingdong, environment: 'production', customsCode: '1510' },
      );
      const again = await openBook('T2224W000001');
      assert.equal(again.statusCode, 409);
      assert.equal((again.json() as ErrorBody).error.code, 'bonded.book_exists');
      const audit = await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from audit_log where action = 'bonded.book.open' and actor_org_id = ${app.orgId.lingdong}`);
      assert.equal(audit[0]!.n, 1);
    });

    it('refuses a book for an unknown enterprise or one that is not an e-commerce enterprise, and anyone but a site operator', async () => {
      const unknown = await app.inject({ method: 'POST', url: '/api/bonded/books', as: OPERATOR, headers: { 'accept-language': 'en' }, payload: { emsNo: 'T2224W000009', ebcCustomsCode: '2224999999' } });
      assert.equal(unknown.statusCode, 400, unknown.body);
      const e1 = (unknown.json() as ErrorBody).error;
      assert.equal(e1.code, 'bonded.ebc_unknown');
      assert.deepEqual(e1.issues!.map((i) => i.path), ['ebcCustomsCode']);
      assert.match(e1.message, /2224999999/);
      const logistics = await app.inject({ method: 'POST', url: '/api/bonded/books', as: OPERATOR, payload: { emsNo: 'T2224W000009', ebcCustomsCode: customsCodeOf('tongling') } });
      assert.equal((logistics.json() as ErrorBody).error.code, 'bonded.ebc_role');
      const format = await app.inject({ method: 'POST', url: '/api/bonded/books', as: OPERATOR, payload: { emsNo: 'T-1', ebcCustomsCode: customsCodeOf('cheongja'), customsCode: '15' } });
      assert.equal(format.statusCode, 400);
      assert.deepEqual(((format.json() as ErrorBody).error.issues ?? []).map((i) => [i.path, i.code]).sort(), [['customsCode', 'bonded.customs_code_format'], ['emsNo', 'bonded.ems_no_format']]);
      for (const as of [EBC, CUSTOMS, 'zone.admin']) assert.equal((await openBook('T2224W000009', as)).statusCode, 403, as);
    });

    it('books a first-line entry: items from the effective product filings, stock raised, audited, an event raised', async () => {
      const res = await inbound('T2224W000001', [
        { itemRecordNo: 'CJ-CREAM-50', qty: '50' },
        { itemRecordNo: 'CJ-SERUM-30', qty: '20.5' },
        { itemRecordNo: 'CJ-CREAM-50', qty: '10.00000' },
      ], OPERATOR, 'QD20261128001');
      assert.equal(res.statusCode, 201, res.body);
      const items = (res.json() as { items: StockItem[] }).items;
      assert.deepEqual(
        items.map((i) => [i.itemRecordNo, i.gcode, i.unit, i.onHand, i.reserved, i.available]),
        [
          ['CJ-CREAM-50', '3304990099', '035', '60', '0', '60'],
          ['CJ-SERUM-30', '3304990091', '035', '20.5', '0', '20.5'],
        ],
      );
      assert.equal(items[0]!.gname, '青瓷保湿面霜 50ml');
      const more = await inbound('T2224W000001', [{ itemRecordNo: 'CJ-SERUM-30', qty: '0.5' }]);
      assert.equal(more.statusCode, 201, more.body);
      assert.equal((await stockOf('T2224W000001')).get('CJ-SERUM-30')!.onHand, '21');

      const twice = await inbound('T2224W000001', [{ itemRecordNo: 'CJ-CREAM-50', qty: '1' }], OPERATOR, 'QD20261128001');
      assert.equal(twice.statusCode, 409);
      assert.equal((twice.json() as ErrorBody).error.code, 'bonded.entry_exists');

      const events = await rows<{ payload: { reference: string; lines: { itemRecordNo: string; qty: string; onHand: string }[] }; party_org_ids: string[] }>(
        app.ctx.db,
        sql`select payload, party_org_ids from outbox_events where topic = 'bonded.inbound' and aggregate_id = ${firstBookId} order by position`,
      );
      assert.equal(events.length, 2);
      assert.equal(events[0]!.payload.reference, 'QD20261128001');
      assert.deepEqual(events[0]!.payload.lines, [
        { itemRecordNo: 'CJ-CREAM-50', qty: '60', onHand: '60' },
        { itemRecordNo: 'CJ-SERUM-30', qty: '20.5', onHand: '20.5' },
      ]);
      assert.deepEqual([...events[0]!.party_org_ids].sort(), [app.orgId.lingdong, cheongja].sort());
      const audit = await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from audit_log where action = 'bonded.inbound' and resource_id = ${firstBookId}`);
      assert.equal(audit[0]!.n, 2);
    });

    it('names every line’s problem by its path, and books nothing when a line fails', async () => {
      const before = await stockOf('T2224W000001');
      const syntax = await app.inject({
        method: 'POST',
        url: '/api/bonded/books/T2224W000001/entries',
        as: OPERATOR,
        payload: { reference: 'QD-X', lines: [{ itemRecordNo: 'CJ-CREAM-50', qty: '0' }, { itemRecordNo: 'CJ-LIP-03', qty: '1.123456' }, { itemRecordNo: 'bad item!', qty: '1' }, { itemRecordNo: 'CJ-LIP-03', qty: '-2' }] },
      });
      assert.equal(syntax.statusCode, 400);
      assert.deepEqual(
        (syntax.json() as ErrorBody).error.issues!.map((i) => [i.path, i.code]),
        [
          ['lines.0.qty', 'bonded.qty_format'],
          ['lines.1.qty', 'bonded.qty_format'],
          ['lines.2.itemRecordNo', 'bonded.item_record_no_format'],
          ['lines.3.qty', 'bonded.qty_format'],
        ],
      );
      const filings = await app.inject({
        method: 'POST',
        url: '/api/bonded/books/T2224W000001/entries',
        as: OPERATOR,
        headers: { 'accept-language': 'en' },
        payload: { reference: 'QD-Y', lines: [{ itemRecordNo: 'CJ-CREAM-50', qty: '5' }, { itemRecordNo: 'HB-LAVER-10', qty: '1' }, { itemRecordNo: 'NO-SUCH-ITEM', qty: '1' }] },
      });
      assert.equal(filings.statusCode, 400, filings.body);
      const err = (filings.json() as ErrorBody).error;
      assert.equal(err.code, 'common.invalid_request');
      assert.deepEqual(
        err.issues!.map((i) => [i.path, i.code]),
        [
          ['lines.1.itemRecordNo', 'bonded.item_not_filed'],
          ['lines.2.itemRecordNo', 'bonded.item_not_filed'],
        ],
      );
      assert.match(err.issues![0]!.message, /HB-LAVER-10 is not an effective product filing/);
      const single = await app.inject({ method: 'POST', url: '/api/bonded/books/T2224W000001/entries', as: OPERATOR, headers: { 'accept-language': 'ko' }, payload: { reference: 'QD-Z', lines: [{ itemRecordNo: 'HB-LAVER-10', qty: '1' }] } });
      assert.equal((single.json() as ErrorBody).error.code, 'bonded.item_not_filed');
      assert.match((single.json() as ErrorBody).error.message, /HB-LAVER-10.*유효한 상품 등록이 아닙니다/);
      assert.deepEqual(await stockOf('T2224W000001'), before, 'nothing was booked');
      // Another operator, the enterprise itself, an unknown book: not this caller's book.
      assert.equal((await inbound('T2224W000001', [{ itemRecordNo: 'CJ-CREAM-50', qty: '1' }], OTHER_OPERATOR)).statusCode, 404);
      assert.equal((await inbound('T2224W000001', [{ itemRecordNo: 'CJ-CREAM-50', qty: '1' }], EBC)).statusCode, 403);
      assert.equal((await inbound('T2224W000404', [{ itemRecordNo: 'CJ-CREAM-50', qty: '1' }])).statusCode, 404);
    });

    it('the operator, the enterprise and customs read a book; another enterprise, another operator and other departments do not', async () => {
      const listed = async (as: string) => {
        const res = await app.inject({ method: 'GET', url: '/api/bonded/books', as });
        return res.statusCode === 200 ? (res.json() as { items: { emsNo: string }[] }).items.map((b) => b.emsNo) : res.statusCode;
      };
      // The demo data may hold books of its own for the same parties.
      for (const as of [OPERATOR, EBC, CUSTOMS]) assert.ok((await listed(as) as string[]).includes('T2224W000001'), as);
      // Another enterprise or operator sees only its own books (hanbit has the demo export book), never this one.
      for (const as of [OTHER_EBC, OTHER_OPERATOR]) {
        const seen = (await listed(as)) as string[];
        assert.ok(Array.isArray(seen) && !seen.includes('T2224W000001'), as);
      }
      for (const as of ['tax.admin', 'market.admin', 'zone.admin', 'tongling.admin']) assert.equal(await listed(as), 403, as);

      const ebcView = await stockOf('T2224W000001', EBC);
      assert.deepEqual([...ebcView.keys()], ['CJ-CREAM-50', 'CJ-SERUM-30']);
      assert.deepEqual(await stockOf('T2224W000001', CUSTOMS), ebcView);
      for (const as of [OTHER_EBC, OTHER_OPERATOR]) {
        assert.equal((await app.inject({ method: 'GET', url: '/api/bonded/books/T2224W000001/stock', as })).statusCode, 404, as);
        assert.equal((await app.inject({ method: 'GET', url: '/api/bonded/books/T2224W000001/moves', as })).statusCode, 404, as);
      }
      assert.equal((await app.inject({ method: 'GET', url: '/api/bonded/books/T2224W000001/stock', as: 'tax.admin' })).statusCode, 403);

      const moves = await app.inject({ method: 'GET', url: '/api/bonded/books/T2224W000001/moves?item=CJ-SERUM-30', as: EBC });
      assert.equal(moves.statusCode, 200, moves.body);
      assert.deepEqual(
        (moves.json() as { items: { kind: string; qty: string; reference: string }[] }).items.map((m) => [m.kind, m.qty]),
        [
          ['inbound', '0.5'],
          ['inbound', '20.5'],
        ],
      );
      const page = await app.inject({ method: 'GET', url: '/api/bonded/books/T2224W000001/moves?limit=1', as: OPERATOR });
      assert.equal((page.json() as { nextOffset: number | null }).nextOffset, 1);

      // Customs reads are audited in customs' own chain; the parties' own reads are not.
      const reads = await rows<{ org: string; n: number }>(
        app.ctx.db,
        sql`select actor_org_id::text as org, count(*)::int as n from audit_log where action = 'read' and resource_type = 'bonded_book' group by 1`,
      );
      assert.deepEqual(reads.map((r) => r.org), [app.orgId['yanji-customs']]);
      assert.equal(reads[0]!.n, 2);
    });

    it('a sandbox key works on sandbox books only, and raises no events', async () => {
      const key = await app.inject({ method: 'POST', url: `/api/orgs/${app.orgId.lingdong}/api-keys`, as: OPERATOR, payload: { name: 'WMS sandbox', scopes: ['bonded.manage', 'bonded.read'], environment: 'sandbox' } });
      assert.equal(key.statusCode, 201, key.body);
      const token = (key.json() as { key: string }).key;
      const opened = await openBook('T2224W000001', token);
      assert.equal(opened.statusCode, 201, opened.body);
      assert.equal((opened.json() as { environment: string }).environment, 'sandbox');
      const entered = await inbound('T2224W000001', [{ itemRecordNo: 'CJ-LIP-03', qty: '3' }], token);
      assert.equal(entered.statusCode, 201, entered.body);
      assert.deepEqual([...(await stockOf('T2224W000001', token)).keys()], ['CJ-LIP-03']);
      assert.deepEqual([...(await stockOf('T2224W000001')).keys()], ['CJ-CREAM-50', 'CJ-SERUM-30'], 'production is untouched');
      const events = await rows<{ n: number }>(app.ctx.db, sql`select count(*)::int as n from outbox_events where aggregate_id = ${(opened.json() as { id: string }).id}`);
      assert.equal(events[0]!.n, 0, 'no event for the sandbox entry');
      // The sandbox book is not a production book for reservations either.
      const r = await reserve({ emsNo: 'T2224W000001', declarationId: declarationId(), lines: [{ gnum: 1, itemRecordNo: 'CJ-LIP-03', gcode: '3304100000', qty: '1' }] });
      assert.deepEqual(r.ok ? [] : r.problems.map((p) => p.code), ['bonded.item_unknown']);
    });

    it('reserveStock names each refused line and reserves nothing unless every line fits', async () => {
      const bookId = await bookWith('T2224W000002', [
        { itemRecordNo: 'CJ-CREAM-50', qty: '10' },
        { itemRecordNo: 'CJ-LIP-03', qty: '4' },
      ]);
      const lines = [
        { gnum: 1, itemRecordNo: 'CJ-LIP-03', gcode: '3304100000', qty: '5' },
        { gnum: 2, itemRecordNo: 'CJ-CREAM-50', gcode: '3304990099', qty: '2' },
        { gnum: 3, itemRecordNo: 'CJ-SERUM-30', gcode: '3304990091', qty: '1' },
        { gnum: 4, itemRecordNo: 'CJ-CREAM-50', gcode: '3304990091', qty: '1' },
      ];
      const refused = await reserve({ emsNo: 'T2224W000002', declarationId: declarationId(), lines });
      assert.equal(refused.ok, false);
      assert.deepEqual(
        refused.ok ? [] : refused.problems.map((p) => [p.gnum, p.itemRecordNo, p.code, p.available]),
        [
          [1, 'CJ-LIP-03', 'bonded.insufficient', '4'],
          [3, 'CJ-SERUM-30', 'bonded.item_unknown', undefined],
          [4, 'CJ-CREAM-50', 'bonded.gcode_mismatch', undefined],
        ],
      );
      assert.deepEqual(refused.ok ? {} : refused.problems[2]!.params, { emsNo: 'T2224W000002', gnum: 4, itemRecordNo: 'CJ-CREAM-50', gcode: '3304990091', expected: '3304990099' });
      for (const r of await ledger(bookId)) assert.equal(r.reserved.toFixed(), '0', `${r.item}: nothing reserved`);

      const unknown = await reserve({ emsNo: 'T2224W000404', declarationId: declarationId(), lines: lines.slice(0, 2) });
      assert.deepEqual(unknown.ok ? [] : unknown.problems.map((p) => p.code), ['bonded.book_unknown', 'bonded.book_unknown']);
      const notOwner = await reserve({ emsNo: 'T2224W000002', ebcOrgId: app.orgId.hanbit!, declarationId: declarationId(), lines: lines.slice(1, 2) });
      assert.deepEqual(notOwner.ok ? [] : notOwner.problems.map((p) => p.code), ['bonded.book_not_owner']);

      // Inside a caller's transaction that goes on: the refusal leaves nothing behind.
      const id = declarationId();
      await app.ctx.db.transaction(async (tx) => {
        const ok = await reserveStock(tx, app.ctx, { environment: 'production', emsNo: 'T2224W000002', ebcOrgId: cheongja, declarationId: id, lines: [lines[1]!] });
        assert.equal(ok.ok, true);
        const no = await reserveStock(tx, app.ctx, { environment: 'production', emsNo: 'T2224W000002', ebcOrgId: cheongja, declarationId: declarationId(), lines: [{ ...lines[1]!, qty: '3' }, { ...lines[0]!, qty: '4.00001' }] });
        assert.equal(no.ok, false);
      });
      const after = new Map((await ledger(bookId)).map((r) => [r.item, r]));
      assert.equal(after.get('CJ-CREAM-50')!.reserved.toFixed(), '2', 'only the first declaration holds stock');
      assert.equal(after.get('CJ-LIP-03')!.reserved.toFixed(), '0');
      await assertBalanced(bookId);

      // Idempotent: a declaration that holds its reservation reserves nothing more; given back, it may reserve again.
      const twice = await reserve({ emsNo: 'T2224W000002', declarationId: id, lines: [lines[1]!] });
      assert.equal(twice.ok, true);
      assert.equal((await ledger(bookId)).find((r) => r.item === 'CJ-CREAM-50')!.reserved.toFixed(), '2');
      assert.equal((await app.ctx.db.transaction((tx) => unreserveStock(tx, app.ctx, { declarationId: id }))).length, 1);
      assert.deepEqual(await app.ctx.db.transaction((tx) => unreserveStock(tx, app.ctx, { declarationId: id })), []);
      assert.equal((await reserve({ emsNo: 'T2224W000002', declarationId: id, lines: [lines[1]!] })).ok, true);
      assert.equal((await ledger(bookId)).find((r) => r.item === 'CJ-CREAM-50')!.reserved.toFixed(), '2');

      // Released, returned: at most what left, once.
      assert.deepEqual(await app.ctx.db.transaction((tx) => consumeReservation(tx, app.ctx, { declarationId: id })), [{ bookId, itemRecordNo: 'CJ-CREAM-50', qty: '2' }]);
      assert.equal((await reserve({ emsNo: 'T2224W000002', declarationId: id, lines: [lines[1]!] })).ok, true, 'goods that left are not reserved again');
      await assert.rejects(
        app.ctx.db.transaction((tx) => returnToStock(tx, app.ctx, { declarationId: id, lines: [{ itemRecordNo: 'CJ-CREAM-50', qty: '1.5' }, { itemRecordNo: 'CJ-CREAM-50', qty: '1' }] })),
        (e: unknown) => e instanceof AppError && e.code === 'bonded.return_exceeds' && e.params.outbound === '2' && e.params.qty === '2.5',
      );
      await assert.rejects(
        app.ctx.db.transaction((tx) => returnToStock(tx, app.ctx, { declarationId: declarationId(), lines: [{ itemRecordNo: 'CJ-CREAM-50', qty: '1' }] })),
        (e: unknown) => e instanceof AppError && e.code === 'bonded.return_exceeds',
      );
      const returned = await app.ctx.db.transaction((tx) => returnToStock(tx, app.ctx, { declarationId: id, lines: [{ itemRecordNo: 'CJ-CREAM-50', qty: '1.5' }] }));
      assert.deepEqual(returned, [{ bookId, itemRecordNo: 'CJ-CREAM-50', qty: '1.5' }]);
      assert.deepEqual(await app.ctx.db.transaction((tx) => returnToStock(tx, app.ctx, { declarationId: id, lines: [{ itemRecordNo: 'CJ-CREAM-50', qty: '0.5' }] })), []);
      const cream = (await ledger(bookId)).find((r) => r.item === 'CJ-CREAM-50')!;
      assert.deepEqual([cream.onHand.toFixed(), cream.reserved.toFixed()], ['9.5', '0']);
      await assertBalanced(bookId);

      // Several partial returns of one declaration, each named by its reference: each booked once, together at most what left.
      const id2 = declarationId();
      assert.equal((await reserve({ emsNo: 'T2224W000002', declarationId: id2, lines: [{ ...lines[1]!, qty: '3' }] })).ok, true);
      await app.ctx.db.transaction((tx) => consumeReservation(tx, app.ctx, { declarationId: id2 }));
      const give = (reference: string, qty: string) => app.ctx.db.transaction((tx) => returnToStock(tx, app.ctx, { declarationId: id2, reference, lines: [{ itemRecordNo: 'CJ-CREAM-50', qty }] }));
      assert.deepEqual(await give('R1', '1'), [{ bookId, itemRecordNo: 'CJ-CREAM-50', qty: '1' }]);
      assert.deepEqual(await give('R1', '1'), [], 'the same return again changes nothing');
      assert.deepEqual(await give('R2', '1.50000'), [{ bookId, itemRecordNo: 'CJ-CREAM-50', qty: '1.5' }]);
      await assert.rejects(give('R3', '.6'), (e: unknown) => e instanceof AppError && e.code === 'bonded.return_exceeds' && e.params.outbound === '0.5');
      assert.deepEqual(await give('R3', '.5'), [{ bookId, itemRecordNo: 'CJ-CREAM-50', qty: '0.5' }]);
      const after2 = (await ledger(bookId)).find((r) => r.item === 'CJ-CREAM-50')!;
      assert.deepEqual([after2.onHand.toFixed(), after2.reserved.toFixed()], ['9.5', '0'], 'everything that left came back');
      await assertBalanced(bookId);
      await assert.rejects(reserve({ emsNo: 'T2224W000002', declarationId: declarationId(), lines: [{ ...lines[1]!, qty: '0' }] }), (e: unknown) => e instanceof AppError && e.code === 'bonded.qty_format');
    });

    it('200 concurrent reservations on 50 units never over-reserve; the ledger agrees; release, cancellation and return keep it so', async (t) => {
      const emsNo = 'T2224W000050';
      const A = { itemRecordNo: 'CJ-SHAMPOO-500', gcode: '3305100000' };
      const B = { itemRecordNo: 'CJ-LIP-03', gcode: '3304100000' };
      const bookId = await bookWith(emsNo, [
        { itemRecordNo: A.itemRecordNo, qty: '50' },
        { itemRecordNo: B.itemRecordNo, qty: '30' },
      ]);
      const rnd = random(1210);
      const units = () => String(1 + Math.floor(rnd() * 3));
      // Every other inventory also takes item B, listed first: the lines are locked in item order anyway.
      const requests = Array.from({ length: 200 }, (_, i) => ({
        emsNo,
        declarationId: declarationId(),
        lines: [...(i % 2 ? [{ gnum: 1, ...B, qty: units() }] : []), { gnum: 2, ...A, qty: units() }],
      }));
      const started = Date.now();
      const results = await Promise.all(requests.map((r) => reserve(r)));
      const elapsed = Date.now() - started;

      const ok = requests.filter((_, i) => results[i]!.ok);
      const asked = (reqs: typeof requests, item: string) => reqs.reduce((s, r) => s.plus(r.lines.filter((l) => l.itemRecordNo === item).reduce((x, l) => x.plus(l.qty), dec(0))), dec(0));
      const rowsNow = new Map((await ledger(bookId)).map((r) => [r.item, r]));
      const a = rowsNow.get(A.itemRecordNo)!;
      const b = rowsNow.get(B.itemRecordNo)!;
      t.diagnostic(
        `${target}: ${ok.length} of 200 reservations succeeded in ${elapsed} ms; ${A.itemRecordNo} reserved ${a.reserved} of 50 (asked ${asked(requests, A.itemRecordNo)}), ${B.itemRecordNo} reserved ${b.reserved} of 30 (asked ${asked(requests, B.itemRecordNo)})`,
      );
      assert.equal(a.reserved.toFixed(), asked(ok, A.itemRecordNo).toFixed(), 'reserved = the sum of the successful reservations');
      assert.equal(b.reserved.toFixed(), asked(ok, B.itemRecordNo).toFixed());
      assert.ok(a.reserved.lte(50) && b.reserved.lte(30), 'never more than on hand');
      assert.equal(a.onHand.toFixed(), '50');
      assert.ok(dec(50).minus(a.reserved).lt(3), 'inventories asking for A alone failed only when less than they asked was left');
      assert.ok(ok.length > 10 && ok.length < 200, `some succeeded, some failed (${ok.length})`);
      for (const [i, r] of results.entries()) {
        if (r.ok) continue;
        assert.ok(r.problems.every((p) => p.code === 'bonded.insufficient' && p.available !== undefined), `request ${i}: ${JSON.stringify(r.problems)}`);
      }
      // The ledger: one reserve move per line of each successful declaration, none for the refused ones.
      const byDeclaration = await rows<{ declaration_id: string; n: number }>(
        app.ctx.db,
        sql`select declaration_id::text, count(*)::int as n from clr_bonded_moves where book_id = ${bookId} and kind = 'reserve' group by 1`,
      );
      assert.deepEqual(new Map(byDeclaration.map((d) => [d.declaration_id, d.n])), new Map(ok.map((r) => [r.declarationId, r.lines.length])));
      await assertBalanced(bookId);

      // Then, concurrently and each twice: a third cancelled, a third released (half of those partly returned), a third left held.
      const cancel = ok.filter((_, i) => i % 3 === 0);
      const release = ok.filter((_, i) => i % 3 === 1);
      const held = ok.filter((_, i) => i % 3 === 2);
      const inTx = <T>(f: (tx: Db) => Promise<T>) => app.ctx.db.transaction((tx) => f(tx));
      const round = () =>
        Promise.all([
          ...cancel.map((r) => inTx((tx) => unreserveStock(tx, app.ctx, { declarationId: r.declarationId }))),
          ...release.map((r) => inTx((tx) => consumeReservation(tx, app.ctx, { declarationId: r.declarationId }))),
        ]);
      const [first, second] = await Promise.all([round(), round()]);
      const changed = (rs: { qty: string }[][]) => rs.reduce((n, c) => n + c.length, 0);
      assert.equal(changed(first!) + changed(second!), cancel.concat(release).reduce((n, r) => n + r.lines.length, 0), 'each declaration settled exactly once');
      const returning = release.filter((_, i) => i % 2 === 0);
      const back = (r: (typeof requests)[number]) => r.lines.map((l) => ({ itemRecordNo: l.itemRecordNo, qty: dec(l.qty).div(2).toFixed() }));
      const returnRound = () => Promise.all(returning.map((r) => inTx((tx) => returnToStock(tx, app.ctx, { declarationId: r.declarationId, lines: back(r) }))));
      const [r1, r2] = await Promise.all([returnRound(), returnRound()]);
      assert.equal(changed(r1!) + changed(r2!), returning.reduce((n, r) => n + r.lines.length, 0), 'each return booked exactly once');

      const final = new Map((await ledger(bookId)).map((r) => [r.item, r]));
      for (const [item, start] of [
        [A.itemRecordNo, 50],
        [B.itemRecordNo, 30],
      ] as const) {
        const returnedQty = returning.reduce((s, r) => s.plus(back(r).filter((l) => l.itemRecordNo === item).reduce((x, l) => x.plus(l.qty), dec(0))), dec(0));
        const row = final.get(item)!;
        assert.equal(row.reserved.toFixed(), asked(held, item).toFixed(), `${item}: only the held third stays reserved`);
        assert.equal(row.onHand.toFixed(), dec(start).minus(asked(release, item)).plus(returnedQty).toFixed(), `${item}: on hand = start − released + returned`);
      }
      await assertBalanced(bookId);

      // A third round changes nothing at all.
      const snapshot = await ledger(bookId);
      await round();
      await returnRound();
      assert.deepEqual(await ledger(bookId), snapshot);

      // The API shows the same figures.
      const view = await stockOf(emsNo, EBC);
      const shampoo = view.get(A.itemRecordNo)!;
      assert.deepEqual([shampoo.onHand, shampoo.reserved, shampoo.available], [final.get(A.itemRecordNo)!.onHand.toFixed(), final.get(A.itemRecordNo)!.reserved.toFixed(), final.get(A.itemRecordNo)!.onHand.minus(final.get(A.itemRecordNo)!.reserved).toFixed()]);
    });
  });
}
