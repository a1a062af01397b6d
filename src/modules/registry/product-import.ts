import ExcelJS from 'exceljs';
import type { AppContext, Caller } from '../../app/context';
import { AppError, type FieldIssue } from '../../kernel/errors';
import { isMessageKey, t, type Locale, type MessageParams } from '../../kernel/i18n';
import { zodErrorMap } from '../../kernel/zod-locale';
import { ProductFilingInput, type ImportResult, type ImportRowResult } from './product.contracts';
import { requireProductFiler, submitProductBatch, type BatchItem, type SubmitOutcome } from './product.service';
import { COLUMN_LABELS, columnOfHeader, PRODUCT_COLUMNS, REQUIRED_COLUMNS, type ProductColumn } from './product-template';

/** Rows one file may hold; a larger catalogue is filed in several files. */
export const MAX_IMPORT_ROWS = 50_000;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A data row of a bulk file: its row number as a spreadsheet shows it, and its cells by column. */
export interface SheetRow {
  row: number;
  cells: Partial<Record<ProductColumn, string>>;
}

// ---------------------------------------------------------------- CSV

/**
 * Text of a CSV file: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or else GB 18030
 * (the superset of GBK that Chinese-language spreadsheet programs save in).
 */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(data);
    } catch {
      throw new AppError('invalid', 'registry.import_unreadable');
    }
  }
}

/** The delimiter of the first line: comma, semicolon or tab, whichever occurs most outside quotes. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * RFC 4180 records with the line each starts on. Quoted fields may hold delimiters, doubled quotes and
 * line breaks; lines end in CRLF, LF or CR.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let started = false;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: start, fields });
    fields = [];
    field = '';
    started = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!started) {
      start = line;
      started = true;
    }
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else {
      field += ch;
    }
  }
  if (started) endRecord();
  return records;
}

// ---------------------------------------------------------------- XLSX

/** A cell's value as text: rich text joined, a formula's result, a hyperlink's text, a number as written. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

/** The first worksheet's rows as text, numbered as the spreadsheet numbers them. */
export async function readXlsx(data: Uint8Array): Promise<{ line: number; fields: string[] }[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('invalid', 'registry.import_unreadable');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new AppError('invalid', 'registry.import_empty');
  const records: { line: number; fields: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      fields[col - 1] = cellText(cell.value);
    });
    records.push({ line: rowNumber, fields: Array.from(fields, (f) => f ?? '') });
  });
  return records;
}

// ---------------------------------------------------------------- rows

/**
 * Maps the header to columns and the following records to rows. Blank records are skipped; a header
 * cell that names no column, or names one twice, or a missing required column refuses the file.
 */
export function toSheetRows(records: { line: number; fields: string[] }[], locale: Locale): SheetRow[] {
  const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');
  const headerAt = records.findIndex((r) => !isBlank(r.fields));
  if (headerAt < 0) throw new AppError('invalid', 'registry.import_empty');
  const header = records[headerAt]!.fields;
  const columns: (ProductColumn | undefined)[] = [];
  const seen = new Set<ProductColumn>();
  for (const cell of header) {
    const text = cell.trim();
    if (!text) {
      columns.push(undefined);
      continue;
    }
    const column = columnOfHeader(text);
    if (!column) throw new AppError('invalid', 'registry.import_unknown_column', { column: text });
    if (seen.has(column)) throw new AppError('invalid', 'registry.import_duplicate_column', { column: text });
    seen.add(column);
    columns.push(column);
  }
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required)) throw new AppError('invalid', 'registry.import_missing_column', { column: COLUMN_LABELS[required][locale] });
  }
  const rows: SheetRow[] = [];
  for (const r of records.slice(headerAt + 1)) {
    if (isBlank(r.fields)) continue;
    const cells: SheetRow['cells'] = {};
    r.fields.forEach((value, i) => {
      const column = columns[i];
      const v = value.trim();
      if (column && v) cells[column] = v;
    });
    rows.push({ row: r.line, cells });
    if (rows.length > MAX_IMPORT_ROWS) throw new AppError('too_large', 'registry.import_too_many_rows', { max: MAX_IMPORT_ROWS });
  }
  if (!rows.length) throw new AppError('invalid', 'registry.import_empty');
  return rows;
}

/** A row's cells as the filing input (before validation): names gathered, image links split. */
export function rowToInput(cells: SheetRow['cells']): Record<string, unknown> {
  const names = Object.fromEntries(
    (
      [
        ['ko', cells.nameKo],
        ['ja', cells.nameJa],
        ['ru', cells.nameRu],
        ['en', cells.nameEn],
      ] as const
    ).filter(([, v]) => v !== undefined),
  );
  return {
    itemNo: cells.itemNo,
    hsCode: cells.hsCode,
    nameZh: cells.nameZh,
    names,
    specification: cells.specification,
    declaredElements: cells.declaredElements,
    brand: cells.brand,
    barcode: cells.barcode,
    originCountry: cells.originCountry,
    manufacturer: cells.manufacturer,
    legalUnit: cells.legalUnit,
    secondUnit: cells.secondUnit,
    referencePrice: cells.referencePrice,
    currency: cells.currency,
    imageUrls: cells.imageUrls ? cells.imageUrls.split(/[\s;|]+/).filter(Boolean) : [],
  };
}

const NAME_COLUMN: Record<string, ProductColumn> = { ko: 'nameKo', ja: 'nameJa', ru: 'nameRu', en: 'nameEn' };

/** The column an input path belongs to, for naming it in the file's own terms. */
function columnOfPath(path: readonly PropertyKey[]): ProductColumn | undefined {
  const [head, sub] = path;
  if (head === 'names' && typeof sub === 'string') return NAME_COLUMN[sub];
  return PRODUCT_COLUMNS.find((c) => c === head);
}

function describeIssue(issue: { path: readonly PropertyKey[]; message: string; params?: MessageParams | undefined }, locale: Locale): string {
  const text = isMessageKey(issue.message) ? t(locale, issue.message, issue.params ?? {}) : issue.message;
  const column = columnOfPath(issue.path);
  return column ? `${COLUMN_LABELS[column][locale]}: ${text}` : text;
}

type Checked = { ok: true; item: BatchItem } | { ok: false; result: ImportRowResult };

/** Validates a row's cells with the filing contract, in the caller's language. */
export function checkRow(r: SheetRow, locale: Locale): Checked {
  const parsed = ProductFilingInput.safeParse(rowToInput(r.cells), { error: zodErrorMap(locale) });
  if (parsed.success) return { ok: true, item: { ref: r.row, input: parsed.data } };
  const issues = parsed.error.issues;
  const first = issues[0];
  const code = first?.code === 'custom' && isMessageKey(first.message) ? first.message : (first?.code ?? 'invalid');
  return {
    ok: false,
    result: {
      row: r.row,
      ok: false,
      code,
      message: issues.map((i) => describeIssue({ path: i.path, message: i.message, params: (i as { params?: MessageParams }).params }, locale)).join('; '),
      itemNo: r.cells.itemNo ?? null,
    },
  };
}

function outcomeResult(o: SubmitOutcome, locale: Locale): ImportRowResult {
  if (o.ok) return { row: o.ref, ok: true, code: 'registry.product_filed', message: t(locale, 'registry.product_filed', { version: o.version }), itemNo: o.itemNo, id: o.id, version: o.version };
  const message = o.issues.length ? o.issues.map((i: FieldIssue) => describeIssue(i, locale)).join('; ') : t(locale, o.code, o.params);
  return { row: o.ref, ok: false, code: o.code, message, itemNo: o.itemNo };
}

export type ImportFormat = 'csv' | 'xlsx';

/** The format of an upload, by its content first (a ZIP container is XLSX), else by its declared type. */
export function detectFormat(data: Uint8Array, contentType?: string): ImportFormat {
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'xlsx';
  // An old binary workbook (.xls) or a declared workbook that is not a ZIP container cannot be read.
  if ((data[0] === 0xd0 && data[1] === 0xcf) || contentType?.includes('spreadsheetml')) throw new AppError('invalid', 'registry.import_unreadable');
  return 'csv';
}

/** Reads a bulk file into rows (header mapped in any of the five languages). */
export async function readProductFile(data: Uint8Array, locale: Locale, contentType?: string): Promise<SheetRow[]> {
  const records = detectFormat(data, contentType) === 'xlsx' ? await readXlsx(data) : parseCsv(decodeText(data));
  return toSheetRows(records, locale);
}

/**
 * Bulk product filing from a CSV or XLSX file: every row answered with its own result in the caller's
 * language; good rows are filed even when others are refused.
 */
export async function importProducts(
  ctx: AppContext,
  caller: Caller,
  req: { data: Uint8Array; contentType?: string; orgId?: string; locale: Locale; onProgress?: (done: number, total: number) => void },
): Promise<ImportResult> {
  const orgId = await requireProductFiler(ctx, caller, req.orgId);
  const rows = await readProductFile(req.data, req.locale, req.contentType);
  const results: ImportRowResult[] = [];
  const items: BatchItem[] = [];
  for (const r of rows) {
    const checked = checkRow(r, req.locale);
    if (checked.ok) items.push(checked.item);
    else results.push(checked.result);
  }
  const outcomes = await submitProductBatch(ctx, caller, {
    orgId,
    items,
    ...(req.onProgress
      ? { onProgress: (done: number) => req.onProgress!(Math.min(rows.length, done + results.length), rows.length) }
      : {}),
  });
  for (const o of outcomes) results.push(outcomeResult(o, req.locale));
  results.sort((a, b) => a.row - b.row);
  const ok = results.filter((r) => r.ok).length;
  return { total: results.length, ok, failed: results.length - ok, rows: results };
}
