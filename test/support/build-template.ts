// Builds the migrated PGlite template once for the whole test run (see scripts/test.mjs).
import fs from 'node:fs';
import { buildPgliteTemplate } from './db';

const out = process.argv[2];
if (!out) throw new Error('usage: build-template <file>');
const blob = await buildPgliteTemplate();
fs.writeFileSync(out, Buffer.from(await blob.arrayBuffer()));
process.exit(0);
