import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database, Db } from '../db/database';
import type { Clock } from '../kernel/clock';
import type { IdGenerator } from '../kernel/ids';
import type { Actor } from '../modules/access';

/** The impure things services need, injected so that tests control time and ids. */
export interface Ports {
  clock: Clock;
  newId: IdGenerator;
  config: Config;
  log: Logger;
}

export interface AppContext extends Ports {
  database: Database;
  db: Db;
}

/** Who asks, and the request it came with: passed to every service call. */
export interface Caller {
  actor: Actor;
  requestId?: string;
}
