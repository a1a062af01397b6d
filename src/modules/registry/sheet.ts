import ExcelJS from 'exceljs';
import { AppError } from '../../kernel/errors';

/** Reading the spreadsheets enterprises and departments upload: CSV in the encodings they save, and XLSX. */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

export type ImportFormat = 'csv' | 'xlsx';

/** The format of an upload, by its content first (a ZIP container is XLSX), else by its declared type. */
export function detectFormat(data: Uint8Array, contentType?: string): ImportFormat {
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'xlsx';
  // An old binary workbook (.xls) or a declared workbook that is not a ZIP container cannot be read.
  if ((data[0] === 0xd0 && data[1] === 0xcf) || contentType?.includes('spreadsheetml')) throw new AppError('invalid', 'registry.import_unreadable');
  return 'csv';
}
