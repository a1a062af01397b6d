import path from 'node:path';
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  // drizzle-kit wants a path relative to the project (it prefixes './'); the drift test points it at a copy.
  out: path.relative(process.cwd(), path.resolve(process.env.TUMEN_MIGRATIONS_OUT ?? './drizzle')),
});
