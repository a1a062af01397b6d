import type { Command } from 'commander';
import type { AppContext, Caller } from '../../app/context';
import { t } from '../../kernel/i18n';
import { SYSTEM } from '../../modules/access';
import { listResidentIdentities, maskIdNumber, registerResident, verifyIdentity, type ResidentView, type VerificationResult } from '../../modules/verification';
import { cliLocale } from '../terminal';

const OPERATOR: Caller = { actor: SYSTEM, requestId: 'cli' };

export interface ResidentAdded {
  created: boolean;
  resident: ResidentView;
}

export interface IdentityVerified {
  result: VerificationResult;
  idNumberMasked: string;
}

/** Operator commands of the local identity register; run locally or in the running process (see ../commands). */
export const identityCommands = {
  identityAdd: async (ctx: AppContext, args: { name: string; idNumber: string }): Promise<ResidentAdded> =>
    registerResident(ctx, OPERATOR, { name: args.name, idNumber: args.idNumber, source: 'cli' }),
  identityList: async (ctx: AppContext): Promise<ResidentView[]> => listResidentIdentities(ctx, OPERATOR),
  /** Asks the verifier plugged into this process, and logs the check (purpose `cli`) like any other. */
  identityVerify: async (ctx: AppContext, args: { name: string; idNumber: string }): Promise<IdentityVerified> => {
    const result = await ctx.db.transaction((tx) => verifyIdentity(tx, ctx, { name: args.name, idNumber: args.idNumber, purpose: 'cli' }));
    return { result, idNumberMasked: maskIdNumber(args.idNumber) };
  },
} satisfies Record<string, (ctx: AppContext, args: never) => Promise<unknown>>;

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Adds `tumen identity …`. `execute` runs a command locally or in the running process. */
export function registerIdentityCli(program: Command, execute: (name: string, args?: unknown) => Promise<unknown>): void {
  const identity = program.command('identity').description('Resident identities of the local verification service (stand-in for public security)');

  identity
    .command('add')
    .description('Register a resident: name and identity number (GB 11643); the same pair again changes nothing')
    .requiredOption('--name <name>', 'the name as on the identity card')
    .requiredOption('--id <number>', 'the 18-character resident identity number')
    .option('--json', 'machine-readable output')
    .action(async (opts: { name: string; id: string; json?: boolean }) => {
      const r = (await execute('identityAdd', { name: opts.name, idNumber: opts.id })) as ResidentAdded;
      if (opts.json) return printJson(r);
      const params = { name: r.resident.name, idNumber: r.resident.idNumberMasked };
      console.log(t(cliLocale(), r.created ? 'verification.resident_added' : 'verification.resident_exists', params));
    });

  identity
    .command('list')
    .description('List the registered residents, numbers masked')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const rows = (await execute('identityList')) as ResidentView[];
      if (opts.json) return printJson(rows);
      for (const r of rows) console.log([r.idNumberMasked, r.source.padEnd(4), r.addedAt, r.name].join('  '));
      console.log(t(cliLocale(), 'verification.residents_count', { count: rows.length }));
    });

  identity
    .command('verify')
    .description('Ask the verification service whether a name and an identity number belong together (logged as a check)')
    .requiredOption('--name <name>', 'the name to check')
    .requiredOption('--id <number>', 'the resident identity number')
    .option('--json', 'machine-readable output')
    .action(async (opts: { name: string; id: string; json?: boolean }) => {
      const r = (await execute('identityVerify', { name: opts.name, idNumber: opts.id })) as IdentityVerified;
      if (opts.json) printJson(r);
      else console.log(t(cliLocale(), `verification.result_${r.result}`));
      if (r.result !== 'match') process.exitCode = 1;
    });
}
