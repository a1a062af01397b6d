import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { SYSTEM } from '../src/modules/access';
import { codeAsOf, loadReferenceData, positiveListDecision, tariffLineAsOf } from '../src/modules/registry';
import { parseRate } from '../src/modules/registry/reference-import';
import { addTariffVersion, CODE_TABLES, readCsvRecords, REFERENCE_DIR, TARIFF_FILE } from '../src/modules/registry/reference.service';
import { startTestApp, type TestApp } from './support/app';
import { dbTargets } from './support/db';

describe('rates in percent or as fractions', () => {
  for (const [text, expected] of [
    ['0.13', '0.13'],
    ['13', '0.13'],
    ['13%', '0.13'],
    ['9％', '0.09'],
    ['0', '0'],
    ['15.5%', '0.155'],
    ['', null],
    ['abc', undefined],
    ['250%', undefined],
    ['0.12345', undefined],
  ] as const) {
    it(`${JSON.stringify(text)} → ${expected}`, () => assert.equal(parseRate(text), expected));
  }
});

describe('positive-list rule', () => {
  it('passes listed lines, unconfirmed lines in demo mode only, never lines off the list', () => {
    assert.deepEqual(positiveListDecision({ positiveList: 'listed' }, 'production'), { ok: true });
    assert.deepEqual(positiveListDecision({ positiveList: 'unconfirmed' }, 'demo'), { ok: true });
    assert.deepEqual(positiveListDecision({ positiveList: 'unconfirmed' }, 'production'), { ok: false, code: 'registry.hs_positive_list_unconfirmed' });
    assert.deepEqual(positiveListDecision({ positiveList: 'not_listed' }, 'demo'), { ok: false, code: 'registry.hs_not_on_positive_list' });
  });
});

for (const target of dbTargets()) {
  describe(`reference data [${target}]`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(target, { seed: false });
    });
    after(() => app.close());

    it('loads every data file of the repository, row for row, and skips unchanged files', async () => {
      for (const [table, file] of Object.entries(CODE_TABLES)) {
        const inFile = new Set(readCsvRecords(fs.readFileSync(path.join(REFERENCE_DIR, file))).map((r) => r.code));
        const loaded = await rows<{ n: number }>(app.ctx.db, sql`select count(distinct code)::int as n from ref_codes where code_table = ${table}`);
        assert.equal(loaded[0]!.n, inFile.size, `${table} from ${file}`);
      }
      const tariff = readCsvRecords(fs.readFileSync(path.join(REFERENCE_DIR, TARIFF_FILE)));
      const lines = await rows<{ n: number; demo: number }>(app.ctx.db, sql`select count(*)::int as n, count(*) filter (where demo)::int as demo from tariff_lines`);
      assert.equal(lines[0]!.n, tariff.length);
      assert.equal(lines[0]!.demo, tariff.length, 'every shipped tariff line is labelled demo data');
      assert.deepEqual(await loadReferenceData(app.ctx), [], 'a second load changes nothing');
    });

    it('keeps unverified facts flagged and missing codes empty', async () => {
      const yanji = await codeAsOf(app.ctx.db, 'customs_office', 'YANJI-CUSTOMS', '2026-11-28');
      assert.equal(yanji?.verified, false);
      assert.equal(yanji?.attrs.customs_code, null);
      const korea = await codeAsOf(app.ctx.db, 'country', 'KOR', '2026-11-28');
      assert.equal(korea?.attrs.ceb_numeric_status, 'unverified-recall');
      assert.equal((await codeAsOf(app.ctx.db, 'trade_mode', '9610', '2026-11-28'))?.nameZh, '跨境贸易电子商务');
    });

    it('a rate change from a later date leaves earlier declarations’ rate unchanged', async () => {
      const hs = '3304990091';
      const before = await tariffLineAsOf(app.ctx.db, hs, '2026-06-30');
      assert.equal(before?.mfnRate, '0.0100');
      await addTariffVersion(app.ctx, { actor: SYSTEM }, hs, { effectiveFrom: '2026-07-01', mfnRate: '0.0300', vatRate: '0.0900', note: '税率调整' });
      const declaredInJune = await tariffLineAsOf(app.ctx.db, hs, '2026-06-30');
      const declaredInJuly = await tariffLineAsOf(app.ctx.db, hs, '2026-07-01');
      assert.equal(declaredInJune?.mfnRate, '0.0100');
      assert.equal(declaredInJune?.vatRate, '0.1300');
      assert.equal(declaredInJuly?.mfnRate, '0.0300');
      assert.equal(declaredInJuly?.vatRate, '0.0900');
      assert.equal(declaredInJuly?.consumptionTaxRate, '0.1500', 'what did not change is carried over');
      // The data file is loaded again (say, after an edit): the later version survives, the earlier stays.
      await loadReferenceData(app.ctx);
      assert.equal((await tariffLineAsOf(app.ctx.db, hs, '2026-06-30'))?.mfnRate, '0.0100');
      assert.equal((await tariffLineAsOf(app.ctx.db, hs, '2026-12-01'))?.mfnRate, '0.0300');
    });
  });

  describe(`reference data over HTTP [${target}]`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(target);
    });
    after(() => app.close());

    it('serves code tables and tariff lines without login', async () => {
      const tables = await app.server.inject({ method: 'GET', url: '/api/reference/tables' });
      assert.equal(tables.statusCode, 200);
      assert.ok((tables.json() as { items: { codeTable: string }[] }).items.some((t) => t.codeTable === 'currency'));
      const units = await app.server.inject({ method: 'GET', url: '/api/reference/codes/unit?asOf=2026-11-28' });
      assert.ok((units.json() as { items: { code: string }[] }).items.some((u) => u.code === '035'));
      const line = await app.server.inject({ method: 'GET', url: '/api/reference/tariff/1901101000' });
      assert.equal((line.json() as { inForce: { vatRate: string } }).inForce.vatRate, '0.1300');
      assert.equal((await app.server.inject({ method: 'GET', url: '/api/reference/tariff/9999999999' })).statusCode, 404);
    });

    it('lets customs add a later version, refuses a date that would rewrite history, and refuses others', async () => {
      const url = '/api/reference/tariff/0409000000/versions?lang=en';
      const later = await app.inject({ method: 'POST', url, as: 'customs.admin', payload: { effectiveFrom: '2027-01-01', mfnRate: '0.1200' } });
      assert.equal(later.statusCode, 201, later.body);
      const rewrite = await app.inject({ method: 'POST', url, as: 'zone.admin', payload: { effectiveFrom: '2026-12-31', mfnRate: '0.1000' } });
      assert.equal(rewrite.statusCode, 409);
      assert.match((rewrite.json() as { error: { message: string } }).error.message, /must be after the latest version’s 2027-01-01/);
      assert.equal((await app.inject({ method: 'POST', url, as: 'hanbit.admin', payload: { effectiveFrom: '2028-01-01' } })).statusCode, 403);
      assert.equal((await app.server.inject({ method: 'POST', url, payload: { effectiveFrom: '2028-01-01' } })).statusCode, 401);
    });

    it('imports an official positive list (CSV, 8-digit lines) and a tariff table (XLSX), reporting bad rows and keeping good ones', async () => {
      const csv = ['序号,税则号列,商品名称,备注', '1,33049900,其他美容品或化妆品,', '2,1901.1010,婴幼儿配方奶粉,仅限网购保税', '3,12X4,坏行,', '4,85167100,咖啡机,'].join('\n');
      const res = await app.inject({
        method: 'POST',
        url: '/api/reference/tariff/import?kind=positive_list&effectiveFrom=2026-12-01&lang=en',
        as: 'customs.admin',
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { ok: number; failed: number; linesWritten: number; rows: { row: number; ok: boolean; message?: string }[] };
      assert.equal(body.ok, 3);
      assert.equal(body.failed, 1);
      assert.match(body.rows.find((r) => !r.ok)!.message!, /12X4/);
      assert.equal((await tariffLineAsOf(app.ctx.db, '3304990099', '2026-12-01'))?.positiveList, 'listed', 'every 10-digit line under 33049900');
      assert.equal((await tariffLineAsOf(app.ctx.db, '3304990091', '2026-12-01'))?.positiveList, 'listed');
      assert.equal((await tariffLineAsOf(app.ctx.db, '3304990099', '2026-11-30'))?.positiveList, 'unconfirmed', 'before the date: as it was');
      assert.equal((await tariffLineAsOf(app.ctx.db, '8516710000', '2026-12-01'))?.nameZh, '咖啡机', 'an unknown 8-digit line becomes a line of its own');

      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('tariff');
      ws.addRow(['hs_code', 'name_zh', 'vat_rate', 'consumption_tax_rate', 'mfn_rate', 'legal_unit1', 'positive_list']);
      ws.addRow(['2106909090', '其他食品', '13%', '', '12%', '035', 'listed']);
      ws.addRow(['21069090', '短码', '13%', '', '', '035', '']);
      ws.addRow(['0808309000', '梨', 'ten', '', '', '035', '']);
      const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
      const imported = await app.inject({
        method: 'POST',
        url: '/api/reference/tariff/import?kind=tariff&effectiveFrom=2027-02-01&lang=ko',
        as: 'zone.admin',
        headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        payload: xlsx,
      });
      assert.equal(imported.statusCode, 200, imported.body);
      const r = imported.json() as { ok: number; failed: number; rows: { ok: boolean; message?: string }[] };
      assert.equal(r.ok, 1);
      assert.equal(r.failed, 2);
      assert.ok(r.rows.every((x) => x.ok || /[가-힣]/.test(x.message ?? '')), 'messages in Korean');
      const line = await tariffLineAsOf(app.ctx.db, '2106909090', '2027-02-01');
      assert.equal(line?.mfnRate, '0.1200');
      assert.equal(line?.positiveList, 'listed');
      assert.equal(line?.demo, false);
    });
  });
}
