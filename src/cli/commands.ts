import type { AppContext } from '../app/context';
import { seedDemo } from '../app/seed';
import { AppError } from '../kernel/errors';
import { SYSTEM } from '../modules/access';
import { verifyAudit } from '../modules/audit';
import { CreateApiKeyInput, CreateUserInput, UsccSchema } from '../modules/identity';
import { createApiKey, createUser, listOrganisationsForOperator, orgByUscc } from '../modules/identity';

import { identityCommands } from './commands/identity';
import { productsCommands } from './commands/products';
import { referenceCommands } from './commands/reference';

/**
 * Operator commands. Each runs against an open context — the CLI's own, or, when a running Tumen holds
 * the embedded data directory, the running process's (sent over its control channel).
 */
export const commands = {
  migrate: async (ctx: AppContext) => {
    await ctx.database.migrate();
    return { applied: await ctx.database.migrationsApplied() };
  },
  seedDemo: async (ctx: AppContext) => seedDemo(ctx),
  orgsList: async (ctx: AppContext) => listOrganisationsForOperator(ctx.db),
  usersCreate: async (ctx: AppContext, args: { org: string; username: string; displayName: string; password: string; role: string }) => {
    const org = await orgByUscc(ctx.db, UsccSchema.parse(args.org));
    if (!org) throw new AppError('not_found', 'common.not_found');
    const input = CreateUserInput.parse({ username: args.username, displayName: args.displayName, password: args.password, role: args.role });
    return createUser(ctx, { actor: SYSTEM, requestId: 'cli' }, org.id, input);
  },
  apikeyCreate: async (ctx: AppContext, args: { org: string; name: string; scopes: string[]; environment: string }) => {
    const org = await orgByUscc(ctx.db, UsccSchema.parse(args.org));
    if (!org) throw new AppError('not_found', 'common.not_found');
    const input = CreateApiKeyInput.parse({ name: args.name, scopes: args.scopes, environment: args.environment });
    return createApiKey(ctx, { actor: SYSTEM, requestId: 'cli' }, org.id, input);
  },
  auditVerify: async (ctx: AppContext) => verifyAudit(ctx.db),
  ...referenceCommands,
  ...productsCommands,
  ...identityCommands,
} as const;

export type CommandName = keyof typeof commands;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

export async function runCommand(ctx: AppContext, name: CommandName, args: unknown): Promise<unknown> {
  const fn = commands[name] as (ctx: AppContext, args: unknown) => Promise<unknown>;
  return fn(ctx, args);
}
