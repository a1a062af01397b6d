import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { acquireDataDirLock, DataDirLockedError, lockHolder, lockPathFor } from './lock';

const made: string[] = [];
const dir = () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'tumen-lock-'));
  made.push(parent);
  return path.join(parent, 'data');
};
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** A pid that is certainly dead: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('data directory lock', () => {
  it('is taken, refused to a second holder while alive, and released', () => {
    const d = dir();
    const lock = acquireDataDirLock(d);
    assert.equal(fs.readFileSync(lockPathFor(d), 'utf8'), String(process.pid));
    assert.equal(lockHolder(d), process.pid);
    lock.release();
    assert.equal(fs.existsSync(lockPathFor(d)), false);
    assert.equal(lockHolder(d), undefined);
  });

  it('refuses while another live process holds it, naming that process', () => {
    const d = dir();
    fs.mkdirSync(path.dirname(d), { recursive: true });
    fs.writeFileSync(lockPathFor(d), String(process.ppid));
    assert.throws(() => acquireDataDirLock(d), (e: unknown) => e instanceof DataDirLockedError && e.pid === process.ppid && e.dir === d);
  });

  it('takes over the lock of a dead process, and a stale takeover guard', async () => {
    const d = dir();
    const dead = await deadPid();
    fs.writeFileSync(lockPathFor(d), String(dead));
    fs.writeFileSync(`${lockPathFor(d)}.takeover`, String(dead));
    const lock = acquireDataDirLock(d);
    assert.equal(lockHolder(d), process.pid);
    assert.equal(fs.existsSync(`${lockPathFor(d)}.takeover`), false);
    lock.release();
  });

  it('lets exactly one of several processes racing for a stale lock win', async () => {
    const d = dir();
    fs.writeFileSync(lockPathFor(d), String(await deadPid()));
    const lockModule = new URL('./lock.ts', import.meta.url).href;
    // Every contender starts at the same instant, so their checks of the stale lock interleave.
    const startAt = Date.now() + 2500;
    const script = `
      const { acquireDataDirLock } = await import(${JSON.stringify(lockModule)});
      while (Date.now() < ${startAt}) {}
      try { const l = acquireDataDirLock(${JSON.stringify(d)}); console.log('won'); setTimeout(() => l.release(), 1500); }
      catch (e) { console.log(e.constructor.name); }`;
    const outputs = await Promise.all(
      Array.from({ length: 6 }, () => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd() });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        return new Promise<string>((resolve) => child.on('exit', () => resolve(out.trim())));
      }),
    );
    assert.equal(outputs.filter((o) => o === 'won').length, 1, outputs.join(', '));
    assert.equal(outputs.filter((o) => o === 'DataDirLockedError').length, 5, outputs.join(', '));
  });

  it('does not release a lock that another process took after us', () => {
    const d = dir();
    const lock = acquireDataDirLock(d);
    fs.writeFileSync(lockPathFor(d), String(process.ppid));
    lock.release();
    assert.equal(fs.readFileSync(lockPathFor(d), 'utf8'), String(process.ppid));
  });
});
