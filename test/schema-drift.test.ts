import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The schema (src/db/schema.ts) and the committed migrations (drizzle/) must agree: drizzle-kit, run
 * against a copy of drizzle/, must find nothing to generate. The copy keeps the real folder untouched.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MIGRATIONS = path.join(ROOT, 'drizzle');
const DRIZZLE_KIT = path.join(ROOT, 'node_modules', 'drizzle-kit', 'bin.cjs');

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}
interface Journal {
  entries: JournalEntry[];
}

function readJournal(dir: string): Journal {
  return JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as Journal;
}

function snapshotFile(dir: string, idx: number): string {
  return path.join(dir, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`);
}

function sqlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
}

/** Every file under dir with its content, for comparing a folder before and after. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), fs.readFileSync(full, 'utf8'));
  }
  return out;
}

let workRoot: string;

/**
 * A fresh copy of drizzle/. drizzle-kit 0.31 reads snapshots as `./${out}/…`, so an absolute `out`
 * fails to load them — and still exits 0. The copy is therefore handed over as a path relative to the
 * project root, and lives where such a path exists (the system temp folder, else node_modules/.cache).
 */
function copyMigrations(): { dir: string; out: string } {
  const dir = fs.mkdtempSync(path.join(workRoot, 'copy-'));
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const out = path.relative(ROOT, dir);
  assert.ok(!path.isAbsolute(out), `no relative path from ${ROOT} to ${dir}`);
  return { dir, out };
}

function generate(out: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [DRIZZLE_KIT, 'generate', '--config', 'drizzle.config.ts'], {
    cwd: ROOT,
    env: { ...process.env, TUMEN_MIGRATIONS_OUT: out, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    // drizzle-kit asks on a terminal when it suspects a rename; without one it must not wait for an answer.
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  const output = `${result.stdout}\n${result.stderr}`;
  // drizzle-kit reports some failures (e.g. an unreadable snapshot) on stderr with exit status 0.
  assert.doesNotMatch(output, /\bError\b|ENOENT|EACCES/, `drizzle-kit failed:\n${output}`);
  return { status: result.status, output };
}

before(() => {
  assert.ok(fs.existsSync(DRIZZLE_KIT), 'drizzle-kit is installed (npm ci)');
  const candidates = [os.tmpdir(), path.join(ROOT, 'node_modules', '.cache')];
  for (const base of candidates) {
    fs.mkdirSync(base, { recursive: true });
    const dir = fs.mkdtempSync(path.join(base, 'tumen-schema-drift-'));
    if (!path.isAbsolute(path.relative(ROOT, dir))) {
      workRoot = dir;
      return;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.fail('no folder reachable by a relative path from the project root');
});

after(() => {
  if (workRoot) fs.rmSync(workRoot, { recursive: true, force: true });
});

describe('committed migrations', () => {
  it('journal, SQL files and snapshots match one to one', () => {
    const journal = readJournal(MIGRATIONS);
    assert.ok(journal.entries.length > 0, 'at least one migration');
    assert.deepEqual(
      journal.entries.map((e) => e.idx),
      journal.entries.map((_, i) => i),
      'journal indexes run 0, 1, 2, …',
    );
    assert.deepEqual(sqlFiles(MIGRATIONS), journal.entries.map((e) => `${e.tag}.sql`).sort(), 'one SQL file per journal entry, and no other');
    for (const e of journal.entries) assert.ok(fs.existsSync(snapshotFile(MIGRATIONS, e.idx)), `snapshot of ${e.tag}`);
    const snapshots = fs.readdirSync(path.join(MIGRATIONS, 'meta')).filter((f) => f.endsWith('_snapshot.json'));
    assert.equal(snapshots.length, journal.entries.length, 'no stray snapshot');
    const whens = journal.entries.map((e) => e.when);
    assert.deepEqual(whens, [...whens].sort((a, b) => a - b), 'journal entries in time order');
  });

  it('snapshots form one chain (each prevId is the previous id)', () => {
    const journal = readJournal(MIGRATIONS);
    let prevId = '00000000-0000-0000-0000-000000000000';
    for (const e of journal.entries) {
      const snap = JSON.parse(fs.readFileSync(snapshotFile(MIGRATIONS, e.idx), 'utf8')) as { id: string; prevId: string };
      assert.equal(snap.prevId, prevId, `${e.tag}: prevId`);
      prevId = snap.id;
    }
  });
});

describe('schema drift (drizzle-kit generate on a copy of drizzle/)', () => {
  it('finds nothing to generate: the schema matches the committed migrations', () => {
    const { dir, out } = copyMigrations();
    const initial = tree(dir);
    const { status, output } = generate(out);
    assert.equal(status, 0, output);
    assert.match(output, /No schema changes/, `drizzle-kit did not confirm "no changes":\n${output}`);
    const afterRun = tree(dir);
    assert.deepEqual(sqlFiles(dir), sqlFiles(MIGRATIONS), `new migration SQL appeared — run npm run db:generate and commit it:\n${output}`);
    assert.deepEqual(afterRun, initial, 'drizzle-kit changed the migrations folder');
  });

  it('can fail: with the last migration removed from the copy, generate writes a new one', () => {
    const { dir, out } = copyMigrations();
    const journal = readJournal(dir);
    const last = journal.entries.pop();
    assert.ok(last);
    fs.rmSync(path.join(dir, `${last.tag}.sql`));
    fs.rmSync(snapshotFile(dir, last.idx));
    fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
    const remaining = sqlFiles(dir);

    const { status, output } = generate(out);
    assert.equal(status, 0, output);
    const added = sqlFiles(dir).filter((f) => !remaining.includes(f));
    assert.equal(added.length, 1, `expected one new migration:\n${output}`);
    const sql = fs.readFileSync(path.join(dir, added[0]!), 'utf8');
    assert.match(sql, /\b(CREATE|ALTER|DROP)\b/, 'the new migration has statements');
    assert.equal(readJournal(dir).entries.length, journal.entries.length + 1, 'the journal gained the entry back');
    assert.ok(fs.existsSync(snapshotFile(dir, last.idx)), 'and its snapshot');
    // The real folder is untouched.
    assert.ok(fs.existsSync(path.join(MIGRATIONS, `${last.tag}.sql`)));
  });
});

// ---------------------------------------------------------------------------------------------------
// PostgreSQL 15 compatibility: the zone runs PostgreSQL 15 in production, while PGlite (the test
// database) is newer and would accept these. A deny-list of features from PostgreSQL 16 and later.
// ---------------------------------------------------------------------------------------------------

const DENY: { name: string; since: number; pattern: RegExp }[] = [
  { name: 'uuidv7()', since: 18, pattern: /\buuidv7\s*\(/i },
  { name: 'uuidv4()', since: 18, pattern: /\buuidv4\s*\(/i },
  { name: 'uuid_extract_timestamp() / uuid_extract_version()', since: 17, pattern: /\buuid_extract_(timestamp|version)\s*\(/i },
  { name: 'any_value()', since: 16, pattern: /\bany_value\s*\(/i },
  { name: 'JSON_TABLE', since: 17, pattern: /\bjson_table\b/i },
  { name: 'JSON_EXISTS / JSON_QUERY / JSON_VALUE', since: 17, pattern: /\bjson_(exists|query|value)\s*\(/i },
  { name: 'JSON_ARRAYAGG / JSON_OBJECTAGG', since: 16, pattern: /\bjson_(arrayagg|objectagg)\s*\(/i },
  { name: 'JSON_ARRAY() / JSON_OBJECT(k VALUE v) constructors', since: 16, pattern: /\bjson_array\s*\(|\bjson_object\s*\([^)]*\bvalue\b/i },
  { name: 'IS [NOT] JSON', since: 16, pattern: /\bis\s+(not\s+)?json\b/i },
  { name: 'MERGE … RETURNING', since: 17, pattern: /\bmerge\s+into\b[\s\S]*\breturning\b/i },
  { name: 'virtual generated column', since: 18, pattern: /\bgenerated\s+always\s+as\b[\s\S]*\bvirtual\b/i },
  { name: 'NOT ENFORCED constraint', since: 18, pattern: /\bnot\s+enforced\b/i },
  { name: 'WITHOUT OVERLAPS', since: 18, pattern: /\bwithout\s+overlaps\b/i },
  { name: 'random_normal()', since: 16, pattern: /\brandom_normal\s*\(/i },
  { name: 'array_sample() / array_shuffle()', since: 16, pattern: /\barray_(sample|shuffle)\s*\(/i },
  { name: 'pg_input_is_valid() / pg_input_error_info()', since: 16, pattern: /\bpg_input_(is_valid|error_info)\s*\(/i },
  { name: 'casefold()', since: 18, pattern: /\bcasefold\s*\(/i },
];

/** Statements with comments, string literals and quoted identifiers blanked, so only SQL is searched. */
function statements(sql: string): string[] {
  const code = sql
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/"(?:[^"]|"")*"/g, '"_"');
  return code
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function pg16Features(sql: string): string[] {
  const found: string[] = [];
  for (const statement of statements(sql)) {
    for (const d of DENY) if (d.pattern.test(statement)) found.push(`${d.name} (PostgreSQL ${d.since}+) in: ${statement.slice(0, 120)}`);
  }
  return found;
}

describe('PostgreSQL 15 compatibility of the committed migrations', () => {
  for (const file of sqlFiles(MIGRATIONS)) {
    it(`${file} uses no PostgreSQL 16+ feature`, () => {
      assert.deepEqual(pg16Features(fs.readFileSync(path.join(MIGRATIONS, file), 'utf8')), []);
    });
  }

  it('the deny-list catches each feature it names', () => {
    const offending = [
      'CREATE TABLE t (id uuid PRIMARY KEY DEFAULT uuidv7())',
      'ALTER TABLE t ALTER COLUMN id SET DEFAULT UUIDv7 ()',
      'CREATE TABLE t (id uuid DEFAULT uuidv4())',
      'CREATE INDEX i ON t ((uuid_extract_timestamp(id)))',
      'CREATE VIEW v AS SELECT k, any_value(v) FROM t GROUP BY k',
      "CREATE VIEW v AS SELECT * FROM JSON_TABLE(doc, '$[*]' COLUMNS (a int PATH '$.a')) jt",
      "CREATE VIEW v AS SELECT json_value(doc, '$.a') FROM t",
      'CREATE VIEW v AS SELECT json_arrayagg(a) FROM t',
      'CREATE VIEW v AS SELECT json_array(1, 2)',
      "CREATE VIEW v AS SELECT json_object('a' VALUE 1)",
      'ALTER TABLE t ADD CONSTRAINT c CHECK (doc IS JSON OBJECT)',
      'ALTER TABLE t ADD CONSTRAINT c CHECK (doc is not json)',
      'CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a RETURNING t.id $$',
      'CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)',
      'ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT ENFORCED',
      'CREATE TABLE t (r tstzrange, PRIMARY KEY (id, r WITHOUT OVERLAPS))',
      'CREATE VIEW v AS SELECT random_normal()',
      'CREATE VIEW v AS SELECT array_shuffle(a) FROM t',
      "CREATE VIEW v AS SELECT pg_input_is_valid('1', 'int')",
      'CREATE INDEX i ON t (casefold(name))',
    ];
    for (const sql of offending) assert.notDeepEqual(pg16Features(sql), [], sql);
    for (const d of DENY) assert.ok(offending.some((sql) => d.pattern.test(statements(sql).join(';'))), `a sample for ${d.name}`);
  });

  it('the deny-list lets PostgreSQL 15 SQL through', () => {
    const allowed = [
      'CREATE TABLE "t" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL)',
      'CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
      'CREATE TABLE "t" ("virtual" boolean, "any_value" text, "is" json)',
      "COMMENT ON TABLE t IS 'ids come from uuidv7() in application code; any_value( is PG16'",
      '-- uuidv7() is not available before PostgreSQL 18\nCREATE TABLE t (id uuid)',
      '/* json_table */ CREATE TABLE t (id uuid)',
      'CREATE VIEW v AS SELECT json_agg(a), json_object_agg(k, v), jsonb_build_object(\'a\', 1) FROM t',
      'CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a $$',
      'CREATE UNIQUE INDEX i ON t (a) NULLS NOT DISTINCT',
      'CREATE TABLE t (doc jsonb NOT NULL);\n--> statement-breakpoint\nCREATE INDEX i ON t USING gin (doc)',
    ];
    for (const sql of allowed) assert.deepEqual(pg16Features(sql), [], sql);
  });
});
