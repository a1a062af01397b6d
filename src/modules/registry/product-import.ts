import type { AppContext, Caller } from '../../app/context';
import { AppError, type FieldIssue } from '../../kernel/errors';
import { isMessageKey, t, type Locale, type MessageParams } from '../../kernel/i18n';
import { zodErrorMap } from '../../kernel/zod-locale';
import { ProductFilingInput, type ImportResult, type ImportRowResult } from './product.contracts';
import { requireProductFiler, submitProductBatch, type BatchItem, type SubmitOutcome } from './product.service';
import { decodeText, detectFormat, parseCsv, readXlsx } from './sheet';
import { COLUMN_LABELS, columnOfHeader, PRODUCT_COLUMNS, REQUIRED_COLUMNS, type ProductColumn } from './product-template';

/** Rows one file may hold; a larger catalogue is filed in several files. */
export const MAX_IMPORT_ROWS = 50_000;

/** A data row of a bulk file: its row number as a spreadsheet shows it, and its cells by column. */
export interface SheetRow {
  row: number;
  cells: Partial<Record<ProductColumn, string>>;
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
