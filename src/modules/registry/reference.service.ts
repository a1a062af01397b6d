import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AppContext, Caller } from '../../app/context';
import { AppError } from '../../kernel/errors';
import type { MessageKey } from '../../kernel/messages';
import { SYSTEM } from '../access';
import { recordAudit } from '../audit';
import { emitEvent } from '../outbox';
import { decodeText, parseCsv } from './sheet';
import * as repo from './reference.repository';

export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/reference');

/** Each code table and the data file it is loaded from. */
export const CODE_TABLES = {
  trade_mode: 'trade-modes.csv',
  currency: 'currencies.csv',
  country: 'countries.csv',
  unit: 'units.csv',
  transport_mode: 'transport-modes.csv',
  vat_rate: 'vat-rates.csv',
  consumption_tax: 'consumption-tax.csv',
  division: 'divisions.csv',
  customs_office: 'customs-offices.csv',
  port: 'ports.csv',
} as const;
export type CodeTable = keyof typeof CODE_TABLES;
export const TARIFF_FILE = 'tariff-demo.csv';

const IsoDate = z.iso.date();
const Rate = z
  .string()
  .trim()
  .regex(/^(0(\.[0-9]{1,4})?|1(\.0{1,4})?)$/)
  .or(z.literal('').transform(() => null));
const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const Blank = (s: z.ZodString) => s.or(z.literal('').transform(() => null));

const BASE = ['code', 'effective_from', 'name_zh', 'name_en', 'verified', 'source', 'note'] as const;
const CodeRow = z.object({
  code: z.string().trim().min(1).max(40),
  effective_from: IsoDate,
  name_zh: z.string().trim().max(500),
  name_en: z.string().trim().max(1000),
  verified: Bool,
  source: z.string().trim().max(200),
  note: z.string().trim().max(1000),
});

export const TariffRow = z.object({
  hs_code: z.string().regex(/^[0-9]{10}$/),
  effective_from: IsoDate,
  name_zh: z.string().trim().min(1).max(500),
  vat_rate: Rate,
  consumption_tax_kind: z.enum(['ad_valorem', 'specific', 'compound']).or(z.literal('').transform(() => null)),
  consumption_tax_rate: Rate,
  consumption_tax_specific: Blank(z.string().regex(/^[0-9]{1,12}(\.[0-9]{1,4})?$/)),
  mfn_rate: Rate,
  legal_unit1: Blank(z.string().regex(/^[0-9]{3}$/)),
  legal_unit2: Blank(z.string().regex(/^[0-9]{3}$/)),
  positive_list: z.enum(['listed', 'not_listed', 'unconfirmed']),
  demo: Bool,
  source: z.string().trim().max(200),
  note: z.string().trim().max(1000),
});

/** Reads a CSV data file into records keyed by its header. */
export function readCsvRecords(bytes: Uint8Array): Record<string, string>[] {
  const [header, ...body] = parseCsv(decodeText(bytes));
  if (!header) return [];
  return body.filter((r) => r.fields.some((f) => f.trim())).map((r) => Object.fromEntries(header.fields.map((h, i) => [h.trim(), r.fields[i] ?? ''])));
}

function checksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Loads every code table and the tariff subset from `data/reference/`. A file whose checksum is the
 * one loaded last time is skipped; rows are upserted by (table, code, effective date), so a changed rate
 * is a new row with a later date and never rewrites the rows in force before it.
 */
export async function loadReferenceData(ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>, dir: string = REFERENCE_DIR) {
  const caller: Caller = { actor: SYSTEM, requestId: 'reference-load' };
  const loaded: { dataset: string; rows: number }[] = [];
  const datasets: [string, string][] = [...Object.entries(CODE_TABLES), ['tariff', TARIFF_FILE]];
  const last = await repo.lastChecksums(ctx.db);
  for (const [dataset, file] of datasets) {
    const bytes = fs.readFileSync(path.join(dir, file));
    const sum = checksum(bytes);
    if (last.get(dataset) === sum) continue;
    const records = readCsvRecords(bytes);
    const at = ctx.clock.now();
    await ctx.db.transaction(async (tx) => {
      if (dataset === 'tariff') {
        const rows = records.map((r, i) => {
          const p = TariffRow.safeParse(r);
          if (!p.success) throw new Error(`${file} row ${i + 2}: ${p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
          return p.data;
        });
        await repo.upsertTariffLines(
          tx,
          rows.map((r) => ({
            id: ctx.newId(),
            hsCode: r.hs_code,
            effectiveFrom: r.effective_from,
            nameZh: r.name_zh,
            vatRate: r.vat_rate,
            consumptionTaxKind: r.consumption_tax_kind,
            consumptionTaxRate: r.consumption_tax_rate,
            consumptionTaxSpecific: r.consumption_tax_specific,
            mfnRate: r.mfn_rate,
            legalUnit1: r.legal_unit1,
            legalUnit2: r.legal_unit2,
            positiveList: r.positive_list,
            demo: r.demo,
            source: r.source || null,
            note: r.note || null,
            loadedAt: at,
          })),
        );
      } else {
        const rows = records.map((r, i) => {
          const p = CodeRow.safeParse(r);
          if (!p.success) throw new Error(`${file} row ${i + 2}: ${p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
          const attrs = Object.fromEntries(Object.entries(r).filter(([k]) => !(BASE as readonly string[]).includes(k)).map(([k, v]) => [k, v === '' ? null : v]));
          return {
            id: ctx.newId(),
            codeTable: dataset,
            code: p.data.code,
            effectiveFrom: p.data.effective_from,
            nameZh: p.data.name_zh || null,
            nameEn: p.data.name_en || null,
            attrs,
            verified: p.data.verified,
            note: p.data.note || null,
            source: p.data.source || null,
            loadedAt: at,
          };
        });
        await repo.upsertCodes(tx, rows);
      }
      await repo.insertLoad(tx, { id: ctx.newId(), dataset, checksum: sum, rows: String(records.length), loadedAt: at });
      await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'reference.loaded', resourceType: 'reference_table', resourceId: dataset, details: { file, rows: records.length, checksum: sum } });
      await emitEvent(tx, ctx, { topic: 'registry.reference.loaded', aggregateType: 'reference_table', aggregateId: dataset, partyOrgIds: [], payload: { dataset, rows: records.length } });
    });
    loaded.push({ dataset, rows: records.length });
  }
  return loaded;
}

export type PositiveListDecision = { ok: true } | { ok: false; code: Extract<MessageKey, 'registry.hs_not_on_positive_list' | 'registry.hs_positive_list_unconfirmed'> };

/**
 * The positive-list rule for cross-border retail import: a listed line passes; a line whose listing is
 * not confirmed passes in demo mode only; a line off the list never passes.
 */
export function positiveListDecision(line: Pick<repo.TariffLine, 'positiveList'>, mode: 'demo' | 'production'): PositiveListDecision {
  if (line.positiveList === 'listed') return { ok: true };
  if (line.positiveList === 'unconfirmed') return mode === 'demo' ? { ok: true } : { ok: false, code: 'registry.hs_positive_list_unconfirmed' };
  return { ok: false, code: 'registry.hs_not_on_positive_list' };
}

export interface TariffChange {
  effectiveFrom: string;
  vatRate?: string | null | undefined;
  consumptionTaxKind?: 'ad_valorem' | 'specific' | 'compound' | null | undefined;
  consumptionTaxRate?: string | null | undefined;
  consumptionTaxSpecific?: string | null | undefined;
  mfnRate?: string | null | undefined;
  positiveList?: 'listed' | 'not_listed' | 'unconfirmed' | undefined;
  note?: string | undefined;
}

/**
 * A new version of a tariff line from a later date, copying what does not change (editable data such as
 * the MFN rate). History is never rewritten: the date must be after the line's latest version.
 */
export async function addTariffVersion(ctx: AppContext, caller: Caller, hsCode: string, change: TariffChange): Promise<repo.TariffLine> {
  return ctx.db.transaction(async (tx) => {
    const versions = await repo.tariffVersions(tx, hsCode);
    const latest = versions.at(-1);
    if (!latest) throw new AppError('not_found', 'common.not_found');
    if (change.effectiveFrom <= latest.effectiveFrom) {
      throw new AppError('conflict', 'registry.tariff_version_not_later', { date: change.effectiveFrom, latest: latest.effectiveFrom });
    }
    const { id: _id, loadedAt: _loadedAt, ...base } = latest;
    const pick = <T,>(v: T | undefined, old: T) => (v === undefined ? old : v);
    const row = await repo.insertTariffLine(tx, {
      ...base,
      id: ctx.newId(),
      effectiveFrom: change.effectiveFrom,
      vatRate: pick(change.vatRate, base.vatRate),
      consumptionTaxKind: pick(change.consumptionTaxKind, base.consumptionTaxKind),
      consumptionTaxRate: pick(change.consumptionTaxRate, base.consumptionTaxRate),
      consumptionTaxSpecific: pick(change.consumptionTaxSpecific, base.consumptionTaxSpecific),
      mfnRate: pick(change.mfnRate, base.mfnRate),
      positiveList: change.positiveList ?? base.positiveList,
      note: change.note ?? base.note,
      source: 'edited',
      loadedAt: ctx.clock.now(),
    });
    const details = { hsCode, effectiveFrom: change.effectiveFrom, change: { ...change } };
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'tariff.version_added', resourceType: 'tariff_line', resourceId: hsCode, details });
    await emitEvent(tx, ctx, { topic: 'registry.tariff.version_added', aggregateType: 'tariff_line', aggregateId: hsCode, partyOrgIds: [], payload: details });
    return row;
  });
}
