import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { isAppError } from '../../kernel/errors';
import { LOCALES } from '../../kernel/i18n';
import { checkRow, readProductFile, rowToInput, toSheetRows } from './product-import';
import { decodeText, detectFormat, parseCsv, readXlsx } from './sheet';
import { COLUMN_LABELS, columnOfHeader, csvTemplate, headerLabel, normalizeHeader, PRODUCT_COLUMNS, REQUIRED_COLUMNS, xlsxTemplate } from './product-template';

const rec = (line: number, ...fields: string[]) => ({ line, fields });

describe('parseCsv', () => {
  it('reads plain records with CRLF, LF and CR line ends', () => {
    assert.deepEqual(parseCsv('a,b\r\n1,2\n3,4\r5,6'), [rec(1, 'a', 'b'), rec(2, '1', '2'), rec(3, '3', '4'), rec(4, '5', '6')]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, numbering records by their first line', () => {
    const text = 'a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,1\n';
    assert.deepEqual(parseCsv(text), [rec(1, 'a', 'b'), rec(2, 'x, y', 'say "hi"'), rec(3, 'two\nlines', 'z'), rec(5, 'last', '1')]);
  });

  it('keeps empty fields and a trailing empty field', () => {
    assert.deepEqual(parseCsv('a,,c,\n'), [rec(1, 'a', '', 'c', '')]);
  });

  it('detects semicolon and tab delimiters from the header', () => {
    assert.deepEqual(parseCsv('a;b\n1,5;2\n'), [rec(1, 'a', 'b'), rec(2, '1,5', '2')]);
    assert.deepEqual(parseCsv('a\tb\n1\t2'), [rec(1, 'a', 'b'), rec(2, '1', '2')]);
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 byte-order mark', () => {
    assert.equal(decodeText(Buffer.from('\uFEFF商品货号', 'utf8')), '商品货号');
  });
  it('reads UTF-16LE with its mark', () => {
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('상품 번호', 'utf16le')])), '상품 번호');
  });
  it('falls back to GB 18030 for a GBK file saved by a Chinese spreadsheet program', () => {
    // "商品货号,HS编码" in GBK.
    const gbk = Buffer.from([0xc9, 0xcc, 0xc6, 0xb7, 0xbb, 0xf5, 0xba, 0xc5, 0x2c, 0x48, 0x53, 0xb1, 0xe0, 0xc2, 0xeb]);
    assert.equal(decodeText(gbk), '商品货号,HS编码');
  });
});

describe('header mapping', () => {
  it('recognises every column by its label in each of the five languages, with or without the required mark', () => {
    for (const locale of LOCALES) {
      for (const column of PRODUCT_COLUMNS) {
        assert.equal(columnOfHeader(headerLabel(column, locale)), column, `${locale} ${headerLabel(column, locale)}`);
        assert.equal(columnOfHeader(COLUMN_LABELS[column][locale]), column);
      }
    }
  });

  it('recognises the field keys, whatever their case, and tolerates width, spacing and bracketed hints', () => {
    assert.equal(columnOfHeader('itemNo'), 'itemNo');
    assert.equal(columnOfHeader('ITEMNO'), 'itemNo');
    assert.equal(columnOfHeader('item_no'), 'itemNo');
    assert.equal(columnOfHeader('ＨＳ编码'), 'hsCode');
    assert.equal(columnOfHeader(' 原产国（ISO 3166） * '), 'originCountry');
    assert.equal(columnOfHeader('Reference price (CNY)'), 'referencePrice');
  });

  it('has no two columns whose labels collide in any language', () => {
    const owner = new Map<string, string>();
    for (const column of PRODUCT_COLUMNS) {
      for (const label of [column, ...Object.values(COLUMN_LABELS[column])]) {
        const key = normalizeHeader(label);
        const prior = owner.get(key);
        assert.ok(!prior || prior === column, `${label} is claimed by ${prior} and ${column}`);
        owner.set(key, column);
      }
    }
  });

  it('refuses an unknown column, a duplicated column and a missing required one', () => {
    const header = PRODUCT_COLUMNS.map((c) => headerLabel(c, 'en'));
    const row = PRODUCT_COLUMNS.map(() => 'x');
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return isAppError(e) ? `${e.code} ${JSON.stringify(e.params)}` : String(e);
      }
      return 'no error';
    };
    assert.equal(code(() => toSheetRows([rec(1, ...header, 'Colour'), rec(2, ...row, 'red')], 'en')), 'registry.import_unknown_column {"column":"Colour"}');
    assert.equal(code(() => toSheetRows([rec(1, ...header, '品牌'), rec(2, ...row, 'x')], 'en')), 'registry.import_duplicate_column {"column":"品牌"}');
    const withoutPrice = header.filter((h) => columnOfHeader(h) !== 'referencePrice');
    assert.equal(code(() => toSheetRows([rec(1, ...withoutPrice), rec(2, ...row.slice(1))], 'ko')), 'registry.import_missing_column {"column":"참고 가격"}');
    assert.equal(code(() => toSheetRows([rec(1, ...header)], 'en')), 'registry.import_empty {}');
    assert.equal(code(() => toSheetRows([], 'en')), 'registry.import_empty {}');
  });

  it('skips blank rows and columns without a header, and keeps the spreadsheet row numbers', () => {
    const required = REQUIRED_COLUMNS.filter((c) => c !== 'hsCode' && c !== 'itemNo');
    const rows = toSheetRows(
      [rec(1, ''), rec(2, 'HS code', 'Item number', '', ...required), rec(3, '', '', ''), rec(4, '3304990099', 'A-1', 'ignored', ...required.map(() => ''))],
      'en',
    );
    assert.deepEqual(rows, [{ row: 4, cells: { hsCode: '3304990099', itemNo: 'A-1' } }]);
  });
});

describe('rows to filings', () => {
  const cells = {
    itemNo: 'A-1',
    hsCode: '3304990099',
    nameZh: '精华液',
    nameKo: '에센스',
    nameEn: 'Serum',
    originCountry: 'KOR',
    legalUnit: '035',
    referencePrice: '12.5',
    currency: 'CNY',
    imageUrls: 'https://a.example/1.jpg; https://a.example/2.jpg | https://a.example/3.jpg',
  };

  it('gathers the names and splits the image links', () => {
    const input = rowToInput(cells);
    assert.deepEqual(input.names, { ko: '에센스', en: 'Serum' });
    assert.deepEqual(input.imageUrls, ['https://a.example/1.jpg', 'https://a.example/2.jpg', 'https://a.example/3.jpg']);
  });

  it('answers a bad row in the caller’s language, naming each column', () => {
    const bad = checkRow({ row: 7, cells: { ...cells, barcode: '8801234567890', referencePrice: '0' } }, 'ja');
    assert.equal(bad.ok, false);
    if (bad.ok) return;
    assert.equal(bad.result.row, 7);
    assert.equal(bad.result.itemNo, 'A-1');
    assert.equal(bad.result.code, 'registry.barcode_check');
    assert.match(bad.result.message, /バーコード: .*3/);
    assert.match(bad.result.message, /参考価格: /);
  });

  it('localizes a missing required cell with zod’s own messages', () => {
    const { nameZh: _omit, ...rest } = cells;
    const bad = checkRow({ row: 2, cells: rest }, 'ru');
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.match(bad.result.message, /^Название на китайском: /);
  });

  it('passes a good row on with its row number as reference', () => {
    const good = checkRow({ row: 9, cells }, 'en');
    assert.ok(good.ok);
    if (good.ok) assert.equal(good.item.ref, 9);
  });
});

describe('templates', () => {
  for (const locale of LOCALES) {
    it(`the ${locale} CSV template reads back as every column`, async () => {
      const records = parseCsv(decodeText(csvTemplate(locale)));
      assert.equal(records.length, 1);
      assert.deepEqual(records[0]!.fields.map(columnOfHeader), [...PRODUCT_COLUMNS]);
      assert.ok(records[0]!.fields[0]!.startsWith(COLUMN_LABELS.itemNo[locale]));
    });
  }

  it('the XLSX template has the header in the chosen language, text-formatted cells and an instructions sheet', async () => {
    const data = await xlsxTemplate('ko');
    assert.equal(detectFormat(data), 'xlsx');
    const records = await readXlsx(data);
    assert.deepEqual(records[0]!.fields.map(columnOfHeader), [...PRODUCT_COLUMNS]);
    assert.equal(records[0]!.fields[1], 'HS 코드 *');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    assert.equal(wb.worksheets.length, 2);
    assert.equal(wb.worksheets[0]!.getColumn(2).numFmt, '@');
    assert.ok(REQUIRED_COLUMNS.every((c) => headerLabel(c, 'ko').endsWith('*')));
  });

  it('a template filled in Russian is read like one filled in Chinese', async () => {
    const fill = async (locale: 'ru' | 'zh-CN') => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await xlsxTemplate(locale)) as unknown as ExcelJS.Buffer);
      const sheet = wb.worksheets[0]!;
      // Numbers typed into a sheet that lost its text format: integers must not turn into "3.30499e9".
      sheet.addRow(['R-1', 3304990099, '精华液', '', '', 'Сыворотка', '', '', '', '', 8801234567893, 'KOR', '', '035', '', 12.5, 'CNY', '']);
      return readProductFile(Buffer.from(await wb.xlsx.writeBuffer()), locale);
    };
    const ru = await fill('ru');
    assert.deepEqual(ru, await fill('zh-CN'));
    assert.deepEqual(ru[0]!.cells, {
      itemNo: 'R-1',
      hsCode: '3304990099',
      nameZh: '精华液',
      nameRu: 'Сыворотка',
      barcode: '8801234567893',
      originCountry: 'KOR',
      legalUnit: '035',
      referencePrice: '12.5',
      currency: 'CNY',
    });
  });

  it('refuses an old binary workbook and an XLSX body that is not one', async () => {
    await assert.rejects(readProductFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'en'), /registry.import_unreadable/);
    await assert.rejects(readProductFile(Buffer.from('a,b'), 'en', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), /registry.import_unreadable/);
    await assert.rejects(readProductFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'en'), /registry.import_unreadable/);
  });
});
