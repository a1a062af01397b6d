import fs from 'node:fs';
import type { Command } from 'commander';
import type { AppContext } from '../../app/context';
import { loadConfig } from '../../config';
import { DEFAULT_LOCALE, matchLocale } from '../../kernel/i18n';
import { SYSTEM } from '../../modules/access';
import { importTariffFile } from '../../modules/registry/reference-import';
import { codesAsOf } from '../../modules/registry/reference.repository';
import { loadReferenceData } from '../../modules/registry/reference.service';

/** Operator commands of the registry's reference data; run locally or in the running process (see ../commands). */
export const referenceCommands = {
  referenceLoad: async (ctx: AppContext) => loadReferenceData(ctx),
  referenceList: async (ctx: AppContext, args: { table: string; asOf?: string }) => codesAsOf(ctx.db, args.table, args.asOf ?? ctx.clock.now().toISOString().slice(0, 10)),
  referenceImport: async (ctx: AppContext, args: { base64: string; kind: 'positive_list' | 'tariff'; effectiveFrom: string; lang?: string }) =>
    importTariffFile(ctx, { actor: SYSTEM, requestId: 'cli' }, {
      bytes: Buffer.from(args.base64, 'base64'),
      kind: args.kind,
      effectiveFrom: args.effectiveFrom,
      locale: matchLocale(args.lang) ?? DEFAULT_LOCALE,
    }),
} satisfies Record<string, (ctx: AppContext, args: never) => Promise<unknown>>;

/** The language of per-row messages: TUMEN_LANG, else the terminal's. */
function cliLanguage(): string | undefined {
  return loadConfig().TUMEN_LANG ?? Intl.DateTimeFormat().resolvedOptions().locale;
}

/** Adds `tumen reference …`. `execute` runs a command locally or in the running process. */
export function registerReferenceCli(program: Command, execute: (name: string, args?: unknown) => Promise<unknown>): void {
  const reference = program.command('reference').description('Code tables and the tariff (positive list, rates)');
  reference
    .command('load')
    .description('Load the data files of data/reference (unchanged files are skipped)')
    .action(async () => {
      const loaded = (await execute('referenceLoad')) as { dataset: string; rows: number }[];
      console.log(loaded.length ? loaded.map((l) => `${l.dataset}: ${l.rows}`).join('\n') : 'reference data is current');
    });
  reference
    .command('list <table>')
    .description('A code table as in force on a date')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today)')
    .option('--json', 'machine-readable output')
    .action(async (table: string, opts: { asOf?: string; json?: boolean }) => {
      const codes = (await execute('referenceList', { table, asOf: opts.asOf })) as { code: string; nameZh: string | null; nameEn: string | null; verified: boolean; effectiveFrom: string }[];
      if (opts.json) return void process.stdout.write(`${JSON.stringify(codes, null, 2)}\n`);
      for (const c of codes) console.log([c.code.padEnd(22), c.effectiveFrom, c.verified ? ' ' : '?', c.nameZh ?? '', c.nameEn ?? ''].join('  '));
      console.log(`${codes.length} code(s)${codes.some((c) => !c.verified) ? '; ? = unverified or demo' : ''}`);
    });
  reference
    .command('import <file>')
    .description('Import the official positive list (8-digit lines) or a tariff table (CSV or XLSX) as new versions')
    .requiredOption('--kind <kind>', 'positive-list or tariff')
    .requiredOption('--effective-from <date>', 'YYYY-MM-DD')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { kind: string; effectiveFrom: string; json?: boolean }) => {
      const kind = opts.kind === 'positive-list' ? 'positive_list' : opts.kind === 'tariff' ? 'tariff' : undefined;
      if (!kind) throw new Error('--kind must be positive-list or tariff');
      const bytes = fs.readFileSync(file);
      process.stderr.write(`importing ${file} (${bytes.length} bytes)…\n`);
      const r = (await execute('referenceImport', { base64: bytes.toString('base64'), kind, effectiveFrom: opts.effectiveFrom, lang: cliLanguage() })) as {
        ok: number;
        failed: number;
        linesWritten: number;
        rows: { row: number; ok: boolean; message?: string }[];
      };
      if (opts.json) return void process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      for (const row of r.rows.filter((x) => !x.ok)) console.log(`row ${row.row}: ${row.message}`);
      console.log(`${r.ok} row(s) imported, ${r.failed} refused, ${r.linesWritten} tariff line version(s) written`);
    });
}
