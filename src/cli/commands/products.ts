import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { AppContext, Caller } from '../../app/context';
import { loadConfig } from '../../config';
import { lockHolder } from '../../db/lock';
import { AppError } from '../../kernel/errors';
import { DEFAULT_LOCALE, matchLocale, t } from '../../kernel/i18n';
import { SYSTEM } from '../../modules/access';
import { listOrganisationsForOperator, orgByUscc, UsccSchema } from '../../modules/identity';
import { FILING_STATUSES } from '../../modules/registry/filing.states';
import type { FilingStatus } from '../../modules/registry/filing.table';
import { importProducts, listProducts, type ImportResult, type ProductFilingView } from '../../modules/registry';
import { cliLocale, progressDisplay } from '../terminal';

const OPERATOR: Caller = { actor: SYSTEM, requestId: 'cli' };
/** Versions read per page when listing. */
const PAGE = 500;

async function orgIdOf(ctx: AppContext, uscc: string): Promise<string> {
  const org = await orgByUscc(ctx.db, UsccSchema.parse(uscc));
  if (!org) throw new AppError('not_found', 'common.not_found');
  return org.id;
}

export type ProductListEntry = ProductFilingView & { orgUscc: string | null };

/** Operator commands of the registry's products part; run locally or in the running process (see ../commands). */
export const productsCommands = {
  productsList: async (ctx: AppContext, args: { org?: string; status?: string; limit?: number }): Promise<ProductListEntry[]> => {
    const orgId = args.org ? await orgIdOf(ctx, args.org) : undefined;
    const status = args.status && (FILING_STATUSES as readonly string[]).includes(args.status) ? (args.status as FilingStatus) : undefined;
    const max = args.limit ?? Number.POSITIVE_INFINITY;
    const found: ProductFilingView[] = [];
    for (let offset: number | null = 0; offset !== null && found.length < max; ) {
      const page: Awaited<ReturnType<typeof listProducts>> = await listProducts(ctx, OPERATOR, { orgId, status, limit: Math.min(PAGE, max - found.length), offset });
      found.push(...page.items);
      offset = page.nextOffset;
    }
    const uscc = new Map((await listOrganisationsForOperator(ctx.db)).map((o) => [o.id, o.uscc]));
    return found.map((p) => ({ ...p, orgUscc: uscc.get(p.orgId) ?? null }));
  },
  /** `onProgress` reaches the import only when it runs in this process (a function does not cross the control channel). */
  productsImport: async (ctx: AppContext, args: { file: string; org: string; lang?: string; onProgress?: (done: number, total: number) => void }): Promise<ImportResult> => {
    const orgId = await orgIdOf(ctx, args.org);
    if (!fs.existsSync(args.file)) throw new AppError('invalid', 'registry.import_file_missing', { file: args.file });
    const data = await fs.promises.readFile(args.file);
    const locale = matchLocale(args.lang) ?? DEFAULT_LOCALE;
    return importProducts(ctx, OPERATOR, { data, orgId, locale, ...(typeof args.onProgress === 'function' ? { onProgress: args.onProgress } : {}) });
  },
} satisfies Record<string, (ctx: AppContext, args: never) => Promise<unknown>>;

/** Whether a command will run in another process (a running Tumen holding the embedded data directory). */
function runsRemotely(): boolean {
  const config = loadConfig();
  if (config.DATABASE_URL) return false;
  const holder = lockHolder(config.TUMEN_DATA_DIR);
  return holder !== undefined && holder !== process.pid;
}

/** Adds the `tumen` subcommands of this part. `execute` runs a command of the registry above. */
export function registerProductsCli(program: Command, execute: (name: string, args?: unknown) => Promise<unknown>): void {
  const products = program.command('products').description('Product filings');

  products
    .command('list')
    .description('List product filing versions: enterprise, item number, version, status, HS code, reference price, names')
    .option('--org <uscc>', 'only this enterprise (unified social credit code)')
    .addOption(new Option('--status <status>', 'only versions in this status').choices(FILING_STATUSES))
    .option('--limit <n>', 'at most this many versions', (v) => {
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('a positive whole number');
      return n;
    })
    .option('--json', 'machine-readable output')
    .action(async (opts: { org?: string; status?: string; limit?: number; json?: boolean }) => {
      const rows = (await execute('productsList', { org: opts.org, status: opts.status, limit: opts.limit })) as ProductListEntry[];
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      for (const p of rows) {
        console.log(
          [p.orgUscc ?? p.orgId, p.itemNo.padEnd(20), `v${p.version}`.padEnd(4), p.status.padEnd(10), p.hsCode, `${p.referencePrice} ${p.currency}`.padEnd(16), p.nameZh, p.names.en ?? ''].join('  '),
        );
      }
      console.log(t(cliLocale(), 'registry.products_count', { count: rows.length }));
    });

  products
    .command('import <file>')
    .description('Bulk filing from a CSV or XLSX file filled from the template (any of the five languages); reports every refused row')
    .requiredOption('--org <uscc>', 'the enterprise the products are filed for (unified social credit code)')
    .option('--json', 'machine-readable output: every row with its result')
    .action(async (file: string, opts: { org: string; json?: boolean }) => {
      const locale = cliLocale();
      const absolute = path.resolve(file);
      if (!fs.existsSync(absolute)) {
        console.error(t(locale, 'registry.import_file_missing', { file: absolute }));
        process.exitCode = 1;
        return;
      }
      const progress = progressDisplay();
      if (runsRemotely()) console.error(t(locale, 'registry.import_remote'));
      const started = Date.now();
      let result: ImportResult;
      try {
        result = (await execute('productsImport', { file: absolute, org: opts.org, lang: locale, onProgress: progress.update })) as ImportResult;
      } finally {
        progress.finish();
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else {
        for (const r of result.rows.filter((x) => !x.ok)) console.log(t(locale, 'registry.import_bad_row', { row: r.row, itemNo: r.itemNo ?? '-', message: r.message }));
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(t(locale, 'registry.import_summary', { total: result.total, ok: result.ok, failed: result.failed, seconds }));
      }
      if (result.failed) process.exitCode = 1;
    });
}
