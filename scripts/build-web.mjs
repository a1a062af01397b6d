#!/usr/bin/env node
// Builds the portal (web/) into dist/web with Vite when its sources changed since the last build, so that
// `npm start` and `npm test` always serve the current portal. `--force` builds regardless.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/web');
const stampFile = path.join(outDir, '.sources');

function fingerprint() {
  const hash = createHash('sha256');
  const walk = (p) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(path.join(p, n));
    else hash.update(path.relative(root, p)).update(readFileSync(p));
  };
  walk(path.join(root, 'web'));
  hash.update(readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex');
}

const want = fingerprint();
if (!process.argv.includes('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want && existsSync(path.join(outDir, 'index.html'))) {
  console.log('portal: up to date (dist/web)');
  process.exit(0);
}
console.log('portal: building web/ into dist/web …');
const started = Date.now();
const { build } = await import('vite');
// Built beside and swapped in, so a server starting meanwhile reads a whole build, old or new.
const staging = `${outDir}.${process.pid}`;
await build({ configFile: path.join(root, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir: staging } });
writeFileSync(path.join(staging, '.sources'), want);
const old = `${outDir}.old.${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(staging, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`portal: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
