import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LANGS, portalTranslations } from './support/browser';

/** The portal's translation files: complete in every language, and every key the code names exists. */
const WEB = path.resolve(import.meta.dirname, '../web/src');
const all = portalTranslations();
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Texts that are the same in English and another language on purpose (codes, names of standards). */
const SAME_AS_ENGLISH = /^(?:[A-Z0-9 ./+·:()_-]{1,12}|HS|CEB|API|PCCC|XLSX|CSV|JSON|XML|USCC|ID|OK|E-mail|Email)$/;

describe('portal translations', () => {
  it('has the same keys in all five languages', () => {
    for (const lang of LANGS) {
      const missing = [...all.en.keys()].filter((k) => !all[lang].has(k));
      const extra = [...all[lang].keys()].filter((k) => !all.en.has(k));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, lang);
    }
  });

  it('keeps the same placeholders, leaves nothing empty, and translates rather than repeats English', () => {
    const problems: string[] = [];
    for (const [key, en] of all.en) {
      for (const lang of LANGS) {
        const text = all[lang].get(key);
        if (text === undefined) continue;
        if (!text.trim()) problems.push(`${lang} ${key}: empty`);
        if (placeholders(text).join() !== placeholders(en).join()) problems.push(`${lang} ${key}: placeholders ${placeholders(text)} vs ${placeholders(en)}`);
        if (lang !== 'en' && text === en && /[a-z]{3}/.test(en) && !SAME_AS_ENGLISH.test(en)) problems.push(`${lang} ${key}: same as English (${JSON.stringify(en)})`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('has every key the code names with a literal, in its namespace', () => {
    const files: string[] = [];
    const walk = (p: string) => {
      if (fs.statSync(p).isDirectory()) for (const n of fs.readdirSync(p)) walk(path.join(p, n));
      else if (/\.tsx?$/.test(p)) files.push(p);
    };
    walk(WEB);
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      const src = fs.readFileSync(file, 'utf8');
      // The namespace the file's t() speaks: useTranslation('ns') (default: common).
      const ns = /useTranslation\(\s*'([\w-]+)'/.exec(src)?.[1] ?? 'common';
      for (const m of src.matchAll(/\bt\(\s*'([^'$]+)'/g)) {
        const raw = m[1]!;
        const key = raw.includes(':') ? raw : `${ns}:${raw}`;
        // i18next plurals: key_one / key_other.
        const known = all.en.has(key) || all.en.has(`${key}_one`) || all.en.has(`${key}_other`);
        checked += 1;
        if (!known) problems.push(`${path.relative(WEB, file)}: ${key}`);
      }
    }
    assert.ok(checked > 10, `found the literal keys (${checked})`);
    assert.deepEqual(problems, []);
  });
});
