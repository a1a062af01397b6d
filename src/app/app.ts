import pino, { type Logger } from 'pino';
import type { Config } from '../config';
import { openDatabase, type Database } from '../db/database';
import { systemClock, type Clock } from '../kernel/clock';
import { newId, type IdGenerator } from '../kernel/ids';
import type { AppContext } from './context';

export function makeLogger(config: Config): Logger {
  return pino({
    level: config.TUMEN_LOG_LEVEL,
    base: { service: 'tumen' },
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', '*.key'],
  });
}

/** Opens the configured database: the PostgreSQL server when DATABASE_URL is set, else embedded PGlite. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL })
    : openDatabase({ kind: 'pglite', dataDir: config.TUMEN_DATA_DIR, sharedBuffers: config.TUMEN_PGLITE_SHARED_BUFFERS });
}

export function makeContext(
  config: Config,
  database: Database,
  overrides: { clock?: Clock; newId?: IdGenerator; log?: Logger } = {},
): AppContext {
  return {
    config,
    database,
    db: database.db,
    clock: overrides.clock ?? systemClock,
    newId: overrides.newId ?? newId,
    log: overrides.log ?? makeLogger(config),
  };
}
