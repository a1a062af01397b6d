import path from 'node:path';
import { z } from 'zod';

/** Every environment variable Tumen reads, parsed once. The README's table mirrors this schema. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  TUMEN_DATA_DIR: z.string().default('./.tumen/data'),
  /** The embedded database's buffer pool (PostgreSQL's shared_buffers), e.g. `32MB`. Default: db/database.ts. */
  TUMEN_PGLITE_SHARED_BUFFERS: z.string().regex(/^[1-9][0-9]*(kB|MB|GB)$/, 'a size such as 32MB').optional(),
  TUMEN_MODE: z.enum(['demo', 'production']).default('demo'),
  TUMEN_SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  TUMEN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TUMEN_BODY_LIMIT: z.coerce.number().int().positive().default(1_048_576),
  TUMEN_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(600),
  TUMEN_RATE_LIMIT_WINDOW: z.string().default('1 minute'),
  /** Requests per API key per window: declarations are machine-to-machine traffic. */
  TUMEN_API_KEY_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(60_000),
  TUMEN_LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(20),
  TUMEN_PUBLIC_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(60),
  TUMEN_SESSION_HOURS: z.coerce.number().positive().default(12),
  TUMEN_TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  TUMEN_SCRYPT_COST: z.coerce.number().int().min(1024).default(32768),
  TUMEN_LANG: z.string().optional(),
  /** Unsigned CEB messages from production keys: accepted and marked unsigned, or refused. Default: by mode. */
  TUMEN_CEB_UNSIGNED: z.enum(['accept', 'refuse']).optional(),
  /** Base64 of 32 bytes: encrypts the signing keys held for keyless signing. Demo mode makes one beside the data directory. */
  TUMEN_SIGNING_MASTER_KEY: z.string().optional(),
  TUMEN_CEB_BATCH_MAX: z.coerce.number().int().min(1).max(5000).default(500),
  TUMEN_WEBHOOK_WORKER: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  TUMEN_WEBHOOK_POLL_MS: z.coerce.number().int().min(50).default(1000),
  TUMEN_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  TUMEN_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  TUMEN_WEBHOOK_BATCH: z.coerce.number().int().min(1).max(1000).default(100),
  TUMEN_WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  /** Import clearance: payer must be the buyer even when the buyer's identity is verified (POLICY-NOTES §1.2 requires it when not). */
  TUMEN_PAYER_MUST_BE_BUYER: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Hours a document may wait for its partners before the inventory (or the orphan) is rejected. */
  TUMEN_MATCH_DEADLINE_HOURS: z.coerce.number().positive().default(72),
  /** Share of audited inventories drawn for random inspection (0–1), and the seed of the auditable generator. */
  TUMEN_INSPECTION_RATE: z.coerce.number().min(0).max(1).default(0.02),
  TUMEN_REVIEW_RATE: z.coerce.number().min(0).max(1).default(0),
  TUMEN_INSPECTION_SEED: z.string().default('tumen'),
  /** How often the clearance worker looks for deadlines (orphans, lapsed returns), in ms. */
  TUMEN_CLEARANCE_POLL_MS: z.coerce.number().int().min(100).default(60_000),
  /**
   * `off` leaves the standard data interface without the clearance rules (parties, products, matching …), to test
   * the message layer alone against the official samples, whose parties are not filed here. Refused in production.
   */
  TUMEN_CLEARANCE_RULES: z.enum(['on', 'off']).default('on'),
  TUMEN_CLEARANCE_WORKER: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});

export type Config = Readonly<
  Omit<z.infer<typeof ConfigSchema>, 'TUMEN_DATA_DIR'> & { TUMEN_DATA_DIR: string }
>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.TUMEN_MODE === 'production' && parsed.data.TUMEN_CLEARANCE_RULES === 'off') {
    throw new Error('Invalid configuration:\n  TUMEN_CLEARANCE_RULES: cannot be off in production mode');
  }
  return Object.freeze({ ...parsed.data, TUMEN_DATA_DIR: path.resolve(parsed.data.TUMEN_DATA_DIR) });
}
