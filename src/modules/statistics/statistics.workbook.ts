/**
 * The zone statistics as an XLSX workbook: a summary sheet (totals by flow, the basis of the figures) and one sheet
 * per breakdown, headers in the reader's language. Money cells are numbers with a two-decimal format (the JSON
 * answer keeps the exact decimal strings).
 */
import ExcelJS from 'exceljs';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import type { Figures } from './aggregate';
import type { ZoneStatisticsView } from './statistics.service';

const MONEY = '#,##0.00';
const COUNT = '#,##0';

type Col = { title: MessageKey; width: number; kind: 'text' | 'money' | 'count' };

const FIGURE_COLS: Col[] = [
  { title: 'stats.col_declarations', width: 12, kind: 'count' },
  { title: 'stats.col_released', width: 12, kind: 'count' },
  { title: 'stats.col_value', width: 18, kind: 'money' },
  { title: 'stats.col_tax', width: 16, kind: 'money' },
  { title: 'stats.col_parcels', width: 10, kind: 'count' },
  { title: 'stats.col_import_declarations', width: 14, kind: 'count' },
  { title: 'stats.col_import_value', width: 18, kind: 'money' },
  { title: 'stats.col_export_declarations', width: 14, kind: 'count' },
  { title: 'stats.col_export_value', width: 18, kind: 'money' },
];

function figures(r: Figures & { imports: Figures; exports: Figures }): (string | number)[] {
  return [r.declarations, r.released, r.value, r.tax, r.parcels, r.imports.declarations, r.imports.value, r.exports.declarations, r.exports.value];
}

function table(wb: ExcelJS.Workbook, locale: Locale, sheetName: MessageKey, keyCols: Col[], rows: { keys: string[]; row: Figures & { imports: Figures; exports: Figures } }[]): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(t(locale, sheetName));
  const cols = [...keyCols, ...FIGURE_COLS];
  cols.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const header = sheet.addRow(cols.map((c) => t(locale, c.title)));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  sheet.views = [{ state: 'frozen', xSplit: keyCols.length, ySplit: 1 }];
  for (const r of rows) {
    const values = [...r.keys, ...figures(r.row)];
    const row = sheet.addRow([]);
    values.forEach((v, i) => {
      const c = cols[i]!;
      const cell = row.getCell(i + 1);
      if (c.kind === 'text') {
        cell.value = String(v);
        cell.numFmt = '@';
      } else {
        // XLSX keeps numbers as doubles: exact for these two-decimal sums up to 2^53 fen.
        cell.value = Number(v);
        cell.numFmt = c.kind === 'money' ? MONEY : COUNT;
      }
    });
  }
  return sheet;
}

export async function statisticsWorkbook(s: ZoneStatisticsView, locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tumen';
  wb.title = t(locale, 'stats.title');

  const summary = table(wb, locale, 'stats.sheet_summary', [{ title: 'stats.col_metric', width: 24, kind: 'text' }], [
    { keys: [t(locale, 'stats.col_total')], row: s.totals },
    { keys: [t(locale, 'stats.flow_import')], row: { ...s.totals.imports, imports: s.totals.imports, exports: zero() } },
    { keys: [t(locale, 'stats.flow_export')], row: { ...s.totals.exports, imports: zero(), exports: s.totals.exports } },
  ]);
  summary.getRow(2).font = { bold: true };
  summary.addRow([]);
  summary.addRow([t(locale, 'stats.title')]).font = { bold: true };
  summary.addRow([t(locale, 'stats.period', { from: s.period.from, to: s.period.to })]);
  summary.addRow([t(locale, 'stats.basis')]);
  summary.addRow([t(locale, 'stats.belt_note')]);
  for (const u of s.unconverted) summary.addRow([t(locale, 'stats.unconverted', { currency: u.currency, released: u.released, value: u.value })]);

  table(wb, locale, 'stats.sheet_day', [{ title: 'stats.col_day', width: 12, kind: 'text' }], s.byDay.map((r) => ({ keys: [r.day], row: r })));
  table(wb, locale, 'stats.sheet_mode', [{ title: 'stats.col_mode', width: 30, kind: 'text' }], s.byMode.map((r) => ({ keys: [r.label], row: r })));
  table(
    wb,
    locale,
    'stats.sheet_country',
    [
      { title: 'stats.col_country_code', width: 10, kind: 'text' },
      { title: 'stats.col_country', width: 24, kind: 'text' },
    ],
    s.byCountry.map((r) => ({ keys: [r.country, r.name], row: r })),
  );
  const belts = table(wb, locale, 'stats.sheet_belt', [{ title: 'stats.col_belt', width: 24, kind: 'text' }], s.byBelt.map((r) => ({ keys: [r.label], row: r })));
  belts.addRow([]);
  belts.addRow([t(locale, 'stats.belt_note')]);
  table(
    wb,
    locale,
    'stats.sheet_enterprise',
    [
      { title: 'stats.col_enterprise_code', width: 14, kind: 'text' },
      { title: 'stats.col_enterprise', width: 30, kind: 'text' },
    ],
    s.byEnterprise.map((r) => ({ keys: [r.code ?? '', r.label], row: r })),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function zero(): Figures {
  return { declarations: 0, released: 0, value: '0.00', tax: '0.00', parcels: 0 };
}
