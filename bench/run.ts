// npm run bench -- <scenario> [--db pglite|postgres] [--seconds N] [--processes N]
// Prints a table of figures and writes bench/results/<scenario>-<db>.json. Figures are ratios against a
// baseline measured in the same run, on the same database: this machine is shared and noisy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { auditScenario } from './scenarios/audit';
import { clearanceScenario } from './scenarios/clearance';
import { codecScenario } from './scenarios/codec';
import { creditScenario } from './scenarios/credit';
import { matchingScenario, taxScenario } from './scenarios/engines';
import { riskScenario } from './scenarios/risk';
import type { BenchDb, Scenario } from './support';
import { openBenchDb } from './support';

const scenarios: Record<string, Scenario> = { audit: auditScenario, clearance: clearanceScenario, codec: codecScenario, credit: creditScenario, matching: matchingScenario, risk: riskScenario, tax: taxScenario };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string', default: 'pglite' }, seconds: { type: 'string', default: '5' }, processes: { type: 'string', default: '0' } },
});
const requested = positionals[0];
if (requested && !scenarios[requested]) {
  console.error(`usage: npm run bench -- [${Object.keys(scenarios).join('|')}] [--db pglite|postgres] [--seconds N]   (no scenario: all)`);
  process.exit(2);
}
const dbKind = values.db === 'postgres' ? 'postgres' : 'pglite';
const seconds = Math.max(1, Number(values.seconds) || 5);
const processes = Math.max(0, Math.floor(Number(values.processes) || 0));
if (processes && dbKind !== 'postgres') {
  console.error('--processes needs --db postgres: the embedded database belongs to one process');
  process.exit(2);
}

for (const name of requested ? [requested] : Object.keys(scenarios)) {
  console.log(`bench ${name} on ${dbKind}${processes ? ` with ${processes} server processes` : ''}, ${seconds} s per phase (${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length})`);
  let db: BenchDb | undefined;
  try {
    db = await openBenchDb(dbKind);
    if (db.transport) console.log(`  PostgreSQL through ${db.transport}`);
    const figures = await scenarios[name]!(db, { seconds, processes, log: (line) => console.log(`  ${line}`) });
    const result = { scenario: name, db: dbKind, ...(db.transport ? { transport: db.transport } : {}), seconds, processes, at: new Date().toISOString(), cpuModel: os.cpus()[0]?.model ?? null, cores: os.cpus().length, ...figures };
    console.table(figures);
    const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results', `${name}-${dbKind}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await db?.close();
  }
}
process.exit(0);
