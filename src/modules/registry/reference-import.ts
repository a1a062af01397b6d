import type { AppContext, Caller } from '../../app/context';
import { AppError } from '../../kernel/errors';
import { dec } from '../../kernel/money';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import { emitEvent } from '../outbox';
import { decodeText, detectFormat, parseCsv, readXlsx } from './sheet';
import * as repo from './reference.repository';

export interface ReferenceImportRow {
  row: number;
  ok: boolean;
  code: string;
  message?: string;
  hsCode?: string;
}

/** Header names of the official attachments (Chinese) and of our own export (English). */
const HEADERS: Record<'hs' | 'name' | 'remark' | 'vat' | 'ctKind' | 'ctRate' | 'mfn' | 'unit1' | 'unit2' | 'list', string[]> = {
  hs: ['税则号列', '商品编码', '税号', 'hs_code', 'hs code', 'code'],
  name: ['商品名称', '货品名称', 'name_zh', 'name'],
  remark: ['备注', 'remark', 'note'],
  vat: ['增值税率', 'vat_rate'],
  ctKind: ['消费税计征方式', 'consumption_tax_kind'],
  ctRate: ['消费税率', 'consumption_tax_rate'],
  mfn: ['最惠国税率', 'mfn_rate'],
  unit1: ['第一法定单位', 'legal_unit1'],
  unit2: ['第二法定单位', 'legal_unit2'],
  list: ['正面清单', 'positive_list'],
};

/** Accepts a fraction ('0.13') or a percentage ('13', '13%'); returns the fraction as a decimal string. */
export function parseRate(text: string): string | null | undefined {
  const v = text.trim().replace(/％/g, '%');
  if (!v) return null;
  const m = v.match(/^([0-9]{1,3}(?:\.[0-9]{1,4})?)(%?)$/);
  if (!m) return undefined;
  const value = dec(m[1]!);
  const fraction = m[2] === '%' || value.gt(1) ? value.div(100) : value;
  return fraction.gt(1) || fraction.decimalPlaces() > 4 ? undefined : fraction.toFixed();
}

/**
 * Imports an official positive-list attachment (8-digit tariff numbers) or a tariff table (10-digit
 * lines with rates) as new versions from a given date. Bad rows are reported with their row number;
 * good rows are kept.
 */
export async function importTariffFile(
  ctx: AppContext,
  caller: Caller,
  input: { bytes: Uint8Array; kind: 'positive_list' | 'tariff'; effectiveFrom: string; locale: Locale; onProgress?: (done: number, total: number) => void },
): Promise<{ rows: ReferenceImportRow[]; ok: number; failed: number; linesWritten: number }> {
  authorize(caller.actor, 'registry.reference.manage');
  const format = detectFormat(input.bytes);
  const records = format === 'xlsx' ? await readXlsx(input.bytes) : parseCsv(decodeText(input.bytes));
  const headerIndex = records.findIndex((r) => r.fields.some((f) => HEADERS.hs.includes(f.trim().toLowerCase()) || HEADERS.hs.includes(f.trim())));
  if (headerIndex < 0) throw new AppError('invalid', 'registry.import_no_header');
  const header = records[headerIndex]!.fields.map((f) => f.trim().toLowerCase());
  const col = (k: keyof typeof HEADERS) => header.findIndex((h) => HEADERS[k].some((name) => name.toLowerCase() === h));
  const results: ReferenceImportRow[] = [];
  const fail = (row: number, code: MessageKey, params: Record<string, string> = {}) => results.push({ row, ok: false, code, message: t(input.locale, code, params) });
  const body = records.slice(headerIndex + 1).filter((r) => r.fields.some((f) => f.trim()));
  let linesWritten = 0;
  await ctx.db.transaction(async (tx) => {
    for (const [i, rec] of body.entries()) {
      const cell = (k: keyof typeof HEADERS) => (col(k) >= 0 ? (rec.fields[col(k)] ?? '').trim() : '');
      const hs = cell('hs').replace(/[.\s]/g, '');
      if (input.kind === 'positive_list') {
        if (!/^[0-9]{8}([0-9]{2})?$/.test(hs)) {
          fail(rec.line, 'registry.import_bad_hs', { value: hs });
          continue;
        }
        const prefix = hs.slice(0, 8);
        const known = await repo.latestLinesWithPrefix(tx, prefix, input.effectiveFrom);
        const targets = known.length ? known : [{ hsCode: `${prefix}00`, nameZh: cell('name') || prefix } as repo.TariffLine];
        for (const line of targets) {
          const versions = await repo.tariffVersions(tx, line.hsCode);
          const latest = versions.at(-1);
          if (latest && latest.effectiveFrom >= input.effectiveFrom) continue;
          await repo.insertTariffLine(tx, {
            ...(latest ?? { vatRate: null, consumptionTaxKind: null, consumptionTaxRate: null, consumptionTaxSpecific: null, mfnRate: null, legalUnit1: null, legalUnit2: null }),
            id: ctx.newId(),
            hsCode: line.hsCode,
            nameZh: latest?.nameZh ?? line.nameZh,
            effectiveFrom: input.effectiveFrom,
            positiveList: 'listed',
            demo: false,
            source: 'positive list import',
            note: cell('remark') || null,
            loadedAt: ctx.clock.now(),
          });
          linesWritten++;
        }
        results.push({ row: rec.line, ok: true, code: 'ok', hsCode: prefix });
      } else {
        if (!/^[0-9]{10}$/.test(hs)) {
          fail(rec.line, 'registry.import_bad_hs', { value: hs });
          continue;
        }
        const rates = { vat: parseRate(cell('vat')), ctRate: parseRate(cell('ctRate')), mfn: parseRate(cell('mfn')) };
        const bad = Object.entries(rates).find(([, v]) => v === undefined);
        if (bad) {
          fail(rec.line, 'registry.import_bad_rate', { column: bad[0], value: cell(bad[0] === 'vat' ? 'vat' : bad[0] === 'mfn' ? 'mfn' : 'ctRate') });
          continue;
        }
        const name = cell('name');
        if (!name) {
          fail(rec.line, 'registry.import_missing', { column: 'name_zh' });
          continue;
        }
        const list = cell('list');
        const latest = (await repo.tariffVersions(tx, hs)).at(-1);
        if (latest && latest.effectiveFrom >= input.effectiveFrom) {
          fail(rec.line, 'registry.tariff_version_not_later', { date: input.effectiveFrom, latest: latest.effectiveFrom });
          continue;
        }
        const kind = cell('ctKind');
        await repo.insertTariffLine(tx, {
          id: ctx.newId(),
          hsCode: hs,
          effectiveFrom: input.effectiveFrom,
          nameZh: name,
          vatRate: rates.vat ?? null,
          consumptionTaxKind: kind === 'ad_valorem' || kind === 'specific' || kind === 'compound' ? kind : rates.ctRate ? 'ad_valorem' : null,
          consumptionTaxRate: rates.ctRate ?? null,
          consumptionTaxSpecific: null,
          mfnRate: rates.mfn ?? null,
          legalUnit1: cell('unit1') || null,
          legalUnit2: cell('unit2') || null,
          positiveList: list === 'listed' || list === '是' ? 'listed' : list === 'not_listed' || list === '否' ? 'not_listed' : (latest?.positiveList ?? 'unconfirmed'),
          demo: false,
          source: 'tariff import',
          note: null,
          loadedAt: ctx.clock.now(),
        });
        linesWritten++;
        results.push({ row: rec.line, ok: true, code: 'ok', hsCode: hs });
      }
      input.onProgress?.(i + 1, body.length);
    }
    const details = { kind: input.kind, effectiveFrom: input.effectiveFrom, rows: body.length, ok: results.filter((r) => r.ok).length, linesWritten };
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'tariff.imported', resourceType: 'tariff_line', details });
    await emitEvent(tx, ctx, { topic: 'registry.tariff.imported', aggregateType: 'tariff_line', aggregateId: input.kind, partyOrgIds: [], payload: details });
  });
  const ok = results.filter((r) => r.ok).length;
  return { rows: results, ok, failed: results.length - ok, linesWritten };
}
