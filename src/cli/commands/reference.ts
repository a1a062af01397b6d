import type { Command } from 'commander';
import type { AppContext } from '../../app/context';

/** Operator commands of the registry's reference part; run locally or in the running process (see ../commands). */
export const referenceCommands = {} satisfies Record<string, (ctx: AppContext, args: never) => Promise<unknown>>;

/** Adds the `tumen` subcommands of this part. `execute` runs a command of the registry above. */
export function registerReferenceCli(_program: Command, _execute: (name: string, args?: unknown) => Promise<unknown>): void {}
