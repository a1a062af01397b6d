import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEPARTMENTS, ENTERPRISE_ROLES } from '../access';
import { DEMO_ORGS, DEMO_PASSWORD, type DemoOrg } from './demo-orgs';
import { validateCustomsCode, validateUscc } from './uscc';

const enterprises = DEMO_ORGS.filter((o) => o.kind === 'enterprise');
const byKey = new Map<string, DemoOrg>(DEMO_ORGS.map((o) => [o.key, o]));

describe('DEMO_ORGS', () => {
  it('has unique keys', () => {
    assert.equal(byKey.size, DEMO_ORGS.length);
    for (const o of DEMO_ORGS) assert.match(o.key, /^[a-z0-9]+(-[a-z0-9]+)*$/, o.key);
  });

  it('every USCC is valid, normalised and unique', () => {
    for (const o of DEMO_ORGS) assert.deepEqual(validateUscc(o.uscc), { ok: true, code: o.uscc }, o.key);
    assert.equal(new Set(DEMO_ORGS.map((o) => o.uscc)).size, DEMO_ORGS.length);
  });

  it('USCC category matches the kind: organs 11, enterprises 91; positions 3–8 are the area code', () => {
    for (const o of DEMO_ORGS) {
      assert.equal(o.uscc.slice(0, 2), o.kind === 'enterprise' ? '91' : '11', o.key);
      assert.match(o.areaCode, /^2224\d\d$/, o.key);
      assert.equal(o.uscc.slice(2, 8), o.areaCode, o.key);
    }
  });

  it('customs codes are well-formed, unique and held by domestic enterprises only', () => {
    const codes = DEMO_ORGS.flatMap((o) => (o.customsCode === undefined ? [] : [o.customsCode]));
    assert.ok(codes.length > 0);
    assert.equal(new Set(codes).size, codes.length);
    for (const o of DEMO_ORGS) {
      if (o.customsCode === undefined) continue;
      assert.equal(o.kind, 'enterprise', o.key);
      assert.equal(o.countryCode, undefined, o.key);
      assert.equal(validateCustomsCode(o.customsCode), true, o.key);
      assert.match(o.customsCode, /^2224/, o.key);
    }
  });

  it('every username is unique, lowercase ascii, and every user has the demo password', () => {
    const users = DEMO_ORGS.flatMap((o) => o.users);
    assert.equal(new Set(users.map((u) => u.username)).size, users.length);
    for (const u of users) {
      assert.match(u.username, /^[a-z0-9]+([._-][a-z0-9]+)*$/, u.username);
      assert.equal(u.password, DEMO_PASSWORD);
      assert.ok(u.displayName.trim() !== '', u.username);
    }
  });

  it('every org has exactly one admin; departments and the zone office also a member', () => {
    for (const o of DEMO_ORGS) {
      assert.equal(o.users.filter((u) => u.role === 'admin').length, 1, o.key);
      if (o.kind !== 'enterprise') assert.ok(o.users.some((u) => u.role === 'member'), o.key);
    }
  });

  it('every department is present exactly once, and only departments have one', () => {
    for (const d of DEPARTMENTS) {
      assert.equal(DEMO_ORGS.filter((o) => o.department === d).length, 1, d);
    }
    for (const o of DEMO_ORGS) {
      assert.equal(o.kind === 'department', o.department !== undefined, o.key);
    }
    assert.equal(DEMO_ORGS.filter((o) => o.kind === 'department').length, DEPARTMENTS.length);
  });

  it('there is exactly one zone office', () => {
    assert.equal(DEMO_ORGS.filter((o) => o.kind === 'zone_office').length, 1);
  });

  it('roles: only enterprises have roles, and every enterprise has at least one', () => {
    for (const o of DEMO_ORGS) {
      if (o.kind === 'enterprise') {
        assert.ok(o.roles.length > 0, o.key);
        assert.equal(new Set(o.roles).size, o.roles.length, o.key);
      } else assert.deepEqual(o.roles, [], o.key);
    }
  });

  it('each enterprise role is covered by at least 2 enterprises', () => {
    for (const role of ENTERPRISE_ROLES) {
      const n = enterprises.filter((o) => o.roles.includes(role)).length;
      assert.ok(n >= 2, `${role}: ${n}`);
    }
    assert.ok(enterprises.length >= 18, `enterprises: ${enterprises.length}`);
  });

  it('every overseas_ebc has a country and an agentKey pointing to a domestic ebc or broker', () => {
    const overseas = enterprises.filter((o) => o.roles.includes('overseas_ebc'));
    assert.deepEqual(new Set(overseas.map((o) => o.countryCode)), new Set(['KOR', 'JPN', 'RUS']));
    for (const o of overseas) {
      assert.ok(o.agentKey, o.key);
      const agent = byKey.get(o.agentKey);
      assert.ok(agent, `${o.key} → ${o.agentKey}`);
      assert.equal(agent.kind, 'enterprise');
      assert.equal(agent.countryCode, undefined);
      assert.ok(agent.roles.includes('ebc') || agent.roles.includes('broker'), `${o.key} → ${agent.key}`);
    }
    for (const o of DEMO_ORGS) {
      if (!o.roles.includes('overseas_ebc')) {
        assert.equal(o.agentKey, undefined, o.key);
        assert.equal(o.countryCode, undefined, o.key);
      }
    }
  });

  it('every name is present in all 5 languages, in the right script', () => {
    const scripts: Record<'zh' | 'en' | 'ko' | 'ja' | 'ru', RegExp> = {
      zh: /\p{Script=Han}/u,
      en: /^[\x20-\x7e]+$/,
      ko: /\p{Script=Hangul}/u,
      ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
      ru: /\p{Script=Cyrillic}/u,
    };
    for (const o of DEMO_ORGS) {
      const names = { zh: o.nameZh, ...o.names };
      for (const [lang, re] of Object.entries(scripts) as [keyof typeof scripts, RegExp][]) {
        const name = names[lang];
        assert.equal(typeof name, 'string', `${o.key}.${lang}`);
        assert.ok(name.trim() !== '', `${o.key}.${lang}`);
        assert.match(name, re, `${o.key}.${lang}`);
      }
    }
  });

  it('every org has an address and a contact', () => {
    for (const o of DEMO_ORGS) {
      assert.ok(o.address.trim() !== '', o.key);
      assert.ok(o.contactName.trim() !== '', o.key);
      assert.match(o.contactPhone, /^(0433-\d{7}|\+\d{1,3}-[\d-]+)$/, o.key);
    }
  });
});
