import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * One counter per table whose rows processes keep in memory (db/versions.ts): a trigger on the table moves it
 * at every statement that changes the table, so a process knows its copy is stale by reading one small table.
 */
export const cacheVersions = pgTable('cache_versions', {
  name: text('name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});
