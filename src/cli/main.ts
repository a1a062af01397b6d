import { Command, Option } from 'commander';
import { makeContext, openConfiguredDatabase } from '../app/app';
import { startPlatform } from '../app/start';
import { loadConfig, type Config } from '../config';
import { DataDirLockedError, lockHolder } from '../db/lock';
import { isAppError } from '../kernel/errors';
import { t, type Locale } from '../kernel/i18n';
import { isMessageKey } from '../kernel/i18n';
import type { OrgView } from '../modules/identity';
import { API_KEY_SCOPES } from '../modules/access';
import type { VerifyResult } from '../modules/audit';
import { runCommand, type CommandName } from './commands';
import { registerIdentityCli } from './commands/identity';
import { registerProductsCli } from './commands/products';
import { registerReferenceCli } from './commands/reference';
import { registerSimulateCli } from './commands/simulate';
import { readControlInfo, sendCommand, type RemoteFailure } from './control';
import { cliLocale } from './terminal';

const config: Config = loadConfig();
const locale: Locale = cliLocale(config.TUMEN_LANG);

class CliFailure extends Error {}

function failureText(e: RemoteFailure): string {
  if (e.code && isMessageKey(e.code)) return t(locale, e.code, e.params ?? {});
  return e.message ?? 'failed';
}

/**
 * Runs an operator command: in this process when the database is free (or a server), or in the running
 * Tumen that holds the embedded data directory, over its control channel.
 */
async function execute(name: CommandName, args: unknown = {}): Promise<unknown> {
  if (!config.DATABASE_URL) {
    const holder = lockHolder(config.TUMEN_DATA_DIR);
    if (holder !== undefined && holder !== process.pid) {
      const info = readControlInfo(config.TUMEN_DATA_DIR);
      if (!info || info.pid !== holder) {
        throw new CliFailure(t(locale, 'system.data_dir_locked', { dir: config.TUMEN_DATA_DIR, pid: holder }));
      }
      const answer = await sendCommand(info, name, args);
      if (!answer.ok) throw new CliFailure(failureText(answer.error));
      return answer.result;
    }
  }
  const database = await openConfiguredDatabase(config);
  try {
    const ctx = makeContext(config, database, {});
    if (name !== 'migrate') await database.migrate();
    return await runCommand(ctx, name, args);
  } catch (e) {
    if (isAppError(e)) throw new CliFailure(t(locale, e.code, e.params));
    throw e;
  } finally {
    await database.close();
  }
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

const program = new Command('tumen')
  .description('Tumen — public service platform of the China (Yanji) Cross-border E-commerce Comprehensive Pilot Zone')
  .showHelpAfterError();

program
  .command('start')
  .description('Start the platform (migrates, seeds the demo on a first run in demo mode, serves HTTP)')
  .action(async () => {
    const running = await startPlatform(config);
    let stopping = false;
    const shutdown = (signal: string) => {
      // A second signal while stopping is ignored: the database must still be closed cleanly.
      if (stopping) return running.ctx.log.warn({ signal }, 'already shutting down');
      stopping = true;
      running.ctx.log.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        (e: unknown) => {
          running.ctx.log.error({ err: e }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  });

program
  .command('migrate')
  .description('Apply the committed SQL migrations')
  .action(async () => {
    const r = (await execute('migrate')) as { applied: boolean };
    console.log(r.applied ? 'migrations applied' : 'migrations pending');
  });

program
  .command('seed')
  .description('Load data sets')
  .requiredOption('--demo', 'the demo organisations and users (demo mode only)')
  .action(async () => {
    const r = (await execute('seedDemo')) as { created: number; total: number };
    console.log(`demo organisations: ${r.created} created, ${r.total - r.created} already present`);
  });

const orgs = program.command('orgs').description('Organisations');
orgs
  .command('list')
  .description('List organisations: code, names, kind, roles, status')
  .option('--json', 'machine-readable output')
  .action(async (opts: { json?: boolean }) => {
    const rows = (await execute('orgsList')) as OrgView[];
    if (opts.json) return printJson(rows);
    for (const o of rows) {
      const what = o.kind === 'enterprise' ? o.roles.join(',') : (o.department ?? o.kind);
      console.log([o.uscc, o.status.padEnd(9), what.padEnd(24), o.nameZh, o.names.en ?? ''].join('  '));
    }
    console.log(`${rows.length} organisation(s)`);
  });

const users = program.command('users').description('Users');
users
  .command('create')
  .description('Create a user in an organisation')
  .requiredOption('--org <uscc>', 'unified social credit code of the organisation')
  .requiredOption('--username <name>', 'login name')
  .requiredOption('--password <password>', 'at least 10 characters')
  .option('--name <display>', 'display name')
  .addOption(new Option('--role <role>', 'role in the organisation').choices(['admin', 'member']).default('member'))
  .option('--json', 'machine-readable output')
  .action(async (opts: { org: string; username: string; password: string; name?: string; role: string; json?: boolean }) => {
    const user = await execute('usersCreate', { org: opts.org, username: opts.username, displayName: opts.name ?? opts.username, password: opts.password, role: opts.role });
    if (opts.json) return printJson(user);
    const u = user as { id: string; username: string; role: string };
    console.log(`user ${u.username} (${u.role}) created: ${u.id}`);
  });

const apikey = program.command('apikey').description('API keys for system-to-system calls');
apikey
  .command('create')
  .description('Create an API key for an organisation; the key is printed once')
  .requiredOption('--org <uscc>', 'unified social credit code of the organisation')
  .option('--name <name>', 'what the key is for', 'cli')
  .addOption(new Option('--scopes <scopes...>', 'operations the key may call').choices(API_KEY_SCOPES).default(API_KEY_SCOPES))
  .addOption(new Option('--env <environment>', 'sandbox or production').choices(['sandbox', 'production']).default('sandbox'))
  .option('--json', 'machine-readable output')
  .action(async (opts: { org: string; name: string; scopes: string[]; env: string; json?: boolean }) => {
    const key = (await execute('apikeyCreate', { org: opts.org, name: opts.name, scopes: opts.scopes, environment: opts.env })) as { id: string; key: string; scopes: string[]; environment: string };
    if (opts.json) return printJson(key);
    console.log(key.key);
    console.error(`API key ${key.id} (${key.environment}; scopes: ${key.scopes.join(', ')}). It is shown only now: store it safely.`);
  });

const audit = program.command('audit').description('The hash-chained audit log');
audit
  .command('verify')
  .description('Walk every chain and name the first altered or removed row')
  .option('--json', 'machine-readable output')
  .action(async (opts: { json?: boolean }) => {
    const r = (await execute('auditVerify')) as VerifyResult;
    if (opts.json) printJson(r);
    else if (r.ok) console.log(t(locale, 'audit.chain_ok', { chains: r.chains, rows: r.rows }));
    else {
      for (const p of r.problems) {
        console.log(t(locale, p.kind === 'altered' ? 'audit.row_altered' : 'audit.row_missing', { chain: p.chain, seq: p.seq, id: p.id ?? '-' }));
      }
    }
    if (!r.ok) process.exitCode = 1;
  });

const executeByName = (name: string, args?: unknown) => execute(name as CommandName, args);
registerReferenceCli(program, executeByName);
registerProductsCli(program, executeByName);
registerIdentityCli(program, executeByName);
registerSimulateCli(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof DataDirLockedError) {
    console.error(t(locale, 'system.data_dir_locked', { dir: e.dir, pid: e.pid }));
  } else if (e instanceof CliFailure) {
    console.error(e.message);
  } else if (isAppError(e)) {
    console.error(t(locale, e.code, e.params));
  } else {
    console.error(e);
  }
  process.exit(1);
}
