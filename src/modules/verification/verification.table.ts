import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The local stand-in of the public-security identity verification service: resident identities (name and
 * ID number) registered for the demo and tests. A deployment plugs the real service behind the same port.
 */
export const residentIdentities = pgTable('resident_identities', {
  idNumber: text('id_number').primaryKey(),
  name: text('name').notNull(),
  source: text('source').$type<'cli' | 'demo' | 'api'>().notNull(),
  addedAt: timestamp('added_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Every verification asked of the port and its answer: what public security sees in its scope. */
export const identityChecks = pgTable(
  'identity_checks',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The asking process, e.g. `clearance`, and its reference (a declaration id). */
    purpose: text('purpose').notNull(),
    reference: text('reference'),
    /** The ID number masked except area code and check character. */
    idNumberMasked: text('id_number_masked').notNull(),
    result: text('result').$type<'match' | 'mismatch' | 'unknown' | 'invalid'>().notNull(),
  },
  (t) => [index('identity_checks_at_idx').on(t.at)],
);
