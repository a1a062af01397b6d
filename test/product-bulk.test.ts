// Bulk product filing at the size the zone asks for: 10,000 rows of CSV and a 2,000-row XLSX, with bad
// rows scattered among good ones. Prints the measured time of each run.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { and, count, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../src/db/database';
import { newId } from '../src/kernel/ids';
import { SYSTEM } from '../src/modules/access';
import { productFilings } from '../src/modules/registry/filing.table';
import { importProducts } from '../src/modules/registry/product-import';
import { gtinCheckDigit } from '../src/modules/registry/product.contracts';
import { COLUMN_LABELS, headerLabel, PRODUCT_COLUMNS, type ProductColumn } from '../src/modules/registry/product-template';
import { refCodes, tariffLines } from '../src/modules/registry/reference.table';
import { startTestApp, type TestApp } from './support/app';
import { dbTargets } from './support/db';

async function loadTestReference(db: Db): Promise<void> {
  const loadedAt = new Date('2026-11-01T00:00:00Z');
  const line = (hsCode: string, positiveList: 'listed' | 'not_listed') => ({ id: newId(), hsCode, effectiveFrom: '2026-11-01', nameZh: hsCode, positiveList, demo: true, loadedAt });
  await db.insert(tariffLines).values([line('3304990099', 'listed'), line('2106909090', 'listed'), line('3401300000', 'listed'), line('9301100000', 'not_listed')]).onConflictDoNothing();
  const codes = [
    ['country', 'KOR'],
    ['country', 'JPN'],
    ['country', 'RUS'],
    ['unit', '035'],
    ['unit', '011'],
    ['currency', 'CNY'],
  ];
  await db
    .insert(refCodes)
    .values(codes.map(([codeTable, code]) => ({ id: newId(), codeTable: codeTable!, code: code!, effectiveFrom: '2000-01-01', verified: true, loadedAt })))
    .onConflictDoNothing();
}

type Row = Partial<Record<ProductColumn, string>>;

/** A good row, and — at every 97th — one of several kinds of bad row, with the code it must be refused with. */
function makeRows(prefix: string, n: number): { rows: Row[]; bad: Map<number, string> } {
  const hs = ['3304990099', '2106909090', '3401300000'];
  const rows: Row[] = [];
  const bad = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const body = `880${String(i).padStart(9, '0')}`;
    const row: Row = {
      itemNo: `${prefix}-${String(i).padStart(5, '0')}`,
      hsCode: hs[i % hs.length],
      nameZh: `批量商品 ${i}`,
      nameKo: `대량 상품 ${i}`,
      nameEn: `Bulk item ${i}`,
      specification: `${(i % 9) + 1}0ml`,
      brand: `Brand${i % 50}`,
      barcode: `${body}${gtinCheckDigit(body)}`,
      originCountry: ['KOR', 'JPN', 'RUS'][i % 3],
      legalUnit: '035',
      secondUnit: '011',
      referencePrice: `${(i % 500) + 1}.${String(i % 100).padStart(2, '0')}`,
      currency: 'CNY',
      imageUrls: `https://img.example.com/${prefix}/${i}.jpg`,
    };
    if (i % 97 === 5) {
      const kind = (i / 97) | 0;
      switch (kind % 7) {
        case 0:
          row.barcode = `${body}${(Number(gtinCheckDigit(body)) + 1) % 10}`;
          bad.set(i, 'registry.barcode_check');
          break;
        case 1:
          row.hsCode = '9301100000';
          bad.set(i, 'registry.hs_not_on_positive_list');
          break;
        case 2:
          row.hsCode = '3304990000';
          bad.set(i, 'registry.hs_code_unknown');
          break;
        case 3:
          row.referencePrice = '1.23456';
          bad.set(i, 'registry.price_format');
          break;
        case 4:
          delete row.nameZh;
          bad.set(i, 'invalid_type');
          break;
        case 5:
          row.originCountry = 'XYZ';
          bad.set(i, 'registry.country_unknown');
          break;
        case 6:
          row.itemNo = `${prefix}-${String(i - 1).padStart(5, '0')}`;
          bad.set(i, 'registry.import_duplicate_item');
          break;
      }
    }
    rows.push(row);
  }
  return { rows, bad };
}

function toCsv(rows: Row[], locale: 'zh-CN' | 'en'): string {
  const cell = (v: string | undefined) => (v === undefined ? '' : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [PRODUCT_COLUMNS.map((c) => headerLabel(c, locale)).join(','), ...rows.map((r) => PRODUCT_COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n');
}

async function toXlsx(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('상품');
  // Korean headers; HS codes and prices typed as numbers, as a person filling a sheet would.
  sheet.addRow(PRODUCT_COLUMNS.map((c) => COLUMN_LABELS[c].ko));
  for (const r of rows) {
    sheet.addRow(PRODUCT_COLUMNS.map((c) => (r[c] !== undefined && (c === 'hsCode' || c === 'referencePrice') && /^[0-9.]+$/.test(r[c]) && !/\.\d{5}/.test(r[c]) ? Number(r[c]) : (r[c] ?? null))));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function storedItems(db: Db, orgId: string, prefix: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(productFilings)
    .where(and(eq(productFilings.orgId, orgId), like(productFilings.itemNo, `${prefix}-%`)));
  return Number(row?.n ?? 0);
}

for (const target of dbTargets()) {
  describe(`bulk product filing [${target}]`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(target);
      await loadTestReference(app.ctx.db);
    });
    after(() => app.close());

    async function run(prefix: string, data: Buffer, n: number, bad: Map<number, string>, label: string) {
      const progress: [number, number][] = [];
      const started = performance.now();
      const result = await importProducts(app.ctx, { actor: SYSTEM, requestId: 'test' }, { data, orgId: app.orgId.cheongja!, locale: 'en', onProgress: (done, total) => progress.push([done, total]) });
      const seconds = (performance.now() - started) / 1000;
      console.log(`# ${label} [${target}]: ${n} rows in ${seconds.toFixed(1)} s (${Math.round(n / seconds)} rows/s); ${result.ok} filed, ${result.failed} refused`);

      assert.equal(result.total, n);
      assert.equal(result.failed, bad.size);
      assert.equal(result.ok, n - bad.size);
      assert.deepEqual(
        result.rows.map((r) => r.row),
        Array.from({ length: n }, (_, i) => i + 2),
        'one result per row, numbered as the spreadsheet numbers them',
      );
      const problems: string[] = [];
      for (const r of result.rows) {
        const expected = bad.get(r.row - 2);
        if (expected ? r.ok || r.code !== expected : !r.ok) problems.push(`row ${r.row}: ${r.code} ${r.message}`);
        if (!r.ok && !r.message) problems.push(`row ${r.row}: no message`);
      }
      assert.deepEqual(problems.slice(0, 10), []);

      assert.equal(await storedItems(app.ctx.db, app.orgId.cheongja!, prefix), n - bad.size, 'good rows are kept');
      const refusedItems = [...bad.keys()].filter((i) => bad.get(i) !== 'registry.import_duplicate_item').map((i) => `${prefix}-${String(i).padStart(5, '0')}`);
      const present = await app.ctx.db
        .select({ itemNo: productFilings.itemNo })
        .from(productFilings)
        .where(and(eq(productFilings.orgId, app.orgId.cheongja!), inArray(productFilings.itemNo, refusedItems)));
      assert.deepEqual(present, [], 'bad rows are not stored');

      assert.ok(progress.length >= 3, `progress reported ${progress.length} times`);
      for (let i = 1; i < progress.length; i++) assert.ok(progress[i]![0] > progress[i - 1]![0], `progress increases: ${JSON.stringify(progress.slice(i - 1, i + 1))}`);
      assert.deepEqual(progress.at(-1), [n, n]);
      return result;
    }

    it('files 10,000 rows of CSV with per-row results, keeping the good rows and reporting the bad', async () => {
      const n = 10_000;
      const { rows, bad } = makeRows('CSV', n);
      const result = await run('CSV', Buffer.from(toCsv(rows, 'zh-CN'), 'utf8'), n, bad, 'CSV bulk filing');
      const sample = result.rows.find((r) => r.code === 'registry.barcode_check')!;
      assert.match(sample.message, /^Barcode: The check digit of the barcode is wrong/);

      // Re-importing the same file: every item now has a version under review, so each row is refused.
      const again = await importProducts(app.ctx, { actor: SYSTEM, requestId: 'test' }, { data: Buffer.from(toCsv(rows.slice(0, 50), 'en'), 'utf8'), orgId: app.orgId.cheongja!, locale: 'en' });
      assert.ok(again.rows.filter((r) => !bad.has(r.row - 2)).every((r) => r.code === 'registry.product_pending'));
    });

    it('files a 2,000-row XLSX filled in Korean, numbers typed as numbers', async () => {
      const n = 2_000;
      const { rows, bad } = makeRows('XLSX', n);
      await run('XLSX', await toXlsx(rows), n, bad, 'XLSX bulk filing');
    });
  });
}
