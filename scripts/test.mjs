#!/usr/bin/env node
// Runs every test file with node's test runner (Node 20 has no glob in `--test`), printing its summary.
// With TEST_DATABASE_URL set, the database suites run on PGlite and on that PostgreSQL server too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'test'];
const files = [];
function walk(p) {
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) if (name !== 'node_modules') walk(path.join(p, name));
  } else if (p.endsWith('.test.ts')) files.push(p);
}
for (const r of roots) walk(r);

console.log(`tumen tests: ${files.length} files; databases: pglite${process.env.TEST_DATABASE_URL ? ' + postgres (TEST_DATABASE_URL)' : ' only (set TEST_DATABASE_URL to also run on PostgreSQL)'}`);
// The portal the browser tests drive and the server serves: built when its sources changed.
const web = spawnSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
if (web.status !== 0) process.exit(web.status ?? 1);
// One migrated PGlite template for every test process, instead of an initdb in each.
const templateFile = path.join(mkdtempSync(path.join(tmpdir(), 'tumen-test-')), 'template.tar');
const built = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/build-template.ts', templateFile], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TUMEN_TEST_TEMPLATE: templateFile, TUMEN_LOG_LEVEL: process.env.TUMEN_LOG_LEVEL ?? 'silent' },
});
rmSync(path.dirname(templateFile), { recursive: true, force: true });
process.exit(result.status ?? 1);
