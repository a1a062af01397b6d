import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LOCALE, LOCALES, isMessageKey, matchLocale, negotiateLocale, t, type Locale } from './i18n';
import { messages, type MessageKey } from './messages';

describe('negotiateLocale', () => {
  it('defaults to zh-CN', () => {
    assert.equal(DEFAULT_LOCALE, 'zh-CN');
    assert.equal(negotiateLocale(undefined, undefined), 'zh-CN');
    assert.equal(negotiateLocale('', ''), 'zh-CN');
  });

  it('lets ?lang beat Accept-Language', () => {
    assert.equal(negotiateLocale('ko', 'ja,en;q=0.9'), 'ko');
    assert.equal(negotiateLocale('ru', 'zh-CN'), 'ru');
    assert.equal(negotiateLocale('EN', 'ko'), 'en');
    assert.equal(negotiateLocale('ja-JP', 'ko-KR'), 'ja');
  });

  it('falls back to Accept-Language when ?lang is unsupported or empty', () => {
    assert.equal(negotiateLocale('fr', 'ko'), 'ko');
    assert.equal(negotiateLocale('', 'ru'), 'ru');
    assert.equal(negotiateLocale('xx-YY', undefined), 'zh-CN');
  });

  const ranked: [string, Locale][] = [
    ['en;q=0.5, ru;q=0.9', 'ru'],
    ['ja;q=0.1, ko;q=0.2, en;q=0.3', 'en'],
    ['ko, ja', 'ko'], // equal weights keep header order
    ['ja;q=0.8, ko;q=0.8', 'ja'],
    ['fr, de;q=0.9, ja;q=0.1', 'ja'], // the unsupported ones are skipped, however heavy
    ['ko;q=0, en;q=0.1', 'en'], // q=0 means "not acceptable"
    ['en;q=0.001, zh;q=0.002', 'zh-CN'],
    ['ru;q=1.0, en', 'ru'],
    ['en ; q=0.4 , ja ; q=0.6', 'ja'], // whitespace around separators
  ];
  for (const [header, expected] of ranked) {
    it(`ranks by q-weight: '${header}' → ${expected}`, () => {
      assert.equal(negotiateLocale(undefined, header), expected);
    });
  }

  const regions: [string, Locale][] = [
    ['ko-KR', 'ko'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hant-TW', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['ja-JP', 'ja'],
    ['ru-RU', 'ru'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['KO-kr', 'ko'],
  ];
  for (const [tag, expected] of regions) {
    it(`maps the region tag ${tag} to ${expected}`, () => {
      assert.equal(negotiateLocale(undefined, tag), expected);
      assert.equal(negotiateLocale(tag, undefined), expected);
      assert.equal(matchLocale(tag), expected);
    });
  }

  for (const header of ['fr-FR', 'de, es;q=0.5', '*', 'xx']) {
    it(`falls back to zh-CN for the unsupported '${header}'`, () => {
      assert.equal(negotiateLocale(undefined, header), 'zh-CN');
    });
  }

  const malformed = [
    ',,,',
    ';;;',
    ';q=0.5',
    'en;q=',
    'en;q=abc',
    'q=1',
    '  ',
    'ko;;q=0.5;;',
    'ja;q=0.5;q=0.9',
    '\u0000\u00ff',
    'a'.repeat(10_000),
    Array.from({ length: 1000 }, (_, i) => `x${i};q=0.${i % 10}`).join(','),
  ];
  for (const header of malformed) {
    it(`tolerates the malformed header ${JSON.stringify(header.slice(0, 40))}`, () => {
      const got = negotiateLocale(undefined, header);
      assert.ok((LOCALES as readonly string[]).includes(got));
    });
  }

  it('still finds a usable tag among malformed parts', () => {
    assert.equal(negotiateLocale(undefined, ',,;q=0.9,ko-KR;q=0.8,;;'), 'ko');
    assert.equal(negotiateLocale(undefined, 'en;q=abc, ru;q=0.5'), 'ru');
  });

  it('matches the q parameter case-insensitively (RFC 9110 §12.4.2 weight rule; ABNF literals are case-insensitive)', () => {
    assert.equal(negotiateLocale(undefined, 'ko;Q=0.1, en;q=0.5'), 'en');
  });
});

describe('matchLocale', () => {
  it('returns undefined for empty and unknown tags', () => {
    assert.equal(matchLocale(undefined), undefined);
    assert.equal(matchLocale(null), undefined);
    assert.equal(matchLocale(''), undefined);
    assert.equal(matchLocale('fr'), undefined);
    assert.equal(matchLocale('kor'), undefined);
  });
});

const keys = Object.keys(messages) as MessageKey[];
const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

describe('message catalogue', () => {
  it('has messages, with module-prefixed keys', () => {
    assert.ok(keys.length > 0);
    for (const key of keys) assert.match(key, /^[a-z_]+(\.[a-z0-9_]+)+$/, key);
  });

  for (const key of keys) {
    describe(key, () => {
      const texts = messages[key] as Record<string, string>;

      it('has exactly the five locales, none empty', () => {
        assert.deepEqual(Object.keys(texts).sort(), [...LOCALES].sort());
        for (const locale of LOCALES) {
          assert.equal(typeof texts[locale], 'string');
          assert.ok(texts[locale]!.trim().length > 0, `${key} [${locale}] is empty`);
        }
      });

      it('uses the same placeholders in every locale', () => {
        const expected = placeholders(texts.en!);
        for (const locale of LOCALES) {
          assert.deepEqual(placeholders(texts[locale]!), expected, `${key} [${locale}]`);
        }
      });

      it('is translated: no locale repeats the English text', () => {
        const en = texts.en!;
        const onlyPlaceholders = en.replace(PLACEHOLDER, '').replace(/[\s\p{P}]/gu, '') === '';
        if (onlyPlaceholders) return;
        for (const locale of LOCALES) {
          if (locale === 'en') continue;
          assert.notEqual(texts[locale], en, `${key} [${locale}] is a copy of the English text`);
        }
      });

      it('has balanced braces (no half-written placeholder)', () => {
        for (const locale of LOCALES) {
          const rest = texts[locale]!.replace(PLACEHOLDER, '');
          assert.doesNotMatch(rest, /[{}]/, `${key} [${locale}]`);
        }
      });
    });
  }
});

describe('t', () => {
  it('fills placeholders in every locale', () => {
    for (const locale of LOCALES) {
      const text = t(locale, 'audit.row_altered', { chain: 'org:abc', seq: 7, id: 'row-1' });
      assert.ok(text.includes('org:abc'), text);
      assert.ok(text.includes('7'), text);
      assert.ok(text.includes('row-1'), text);
      assert.doesNotMatch(text, /\{\w+\}/, text);
    }
  });

  it('renders the expected sentence', () => {
    assert.equal(t('en', 'common.rate_limited', { seconds: 30 }), 'Too many requests; try again in 30 s');
    assert.equal(t('zh-CN', 'identity.username_taken', { username: 'alice' }), '用户名 alice 已被使用');
    assert.equal(t('ru', 'identity.org_status_transition', { from: 'pending', to: 'suspended' }), 'Организацию в состоянии pending нельзя перевести в suspended');
  });

  it('inserts values literally: no $-patterns, no re-expansion of braces in a value', () => {
    assert.equal(t('en', 'common.invalid_request', { count: '$& $1 {count}' }), 'The request has $& $1 {count} error(s)');
  });

  it('leaves a placeholder without a value visible rather than inventing one', () => {
    assert.equal(t('en', 'identity.apikey_scope'), 'This API key may not call {operation}');
  });

  it('ignores extra params and does not read inherited properties', () => {
    assert.equal(t('en', 'common.forbidden', { extra: 1 }), messages['common.forbidden'].en);
    assert.equal(t('en', 'identity.apikey_scope', Object.create({ operation: 'inherited' }) as Record<string, string>), 'This API key may not call {operation}');
  });

  it('returns a message with no placeholders unchanged', () => {
    for (const locale of LOCALES) assert.equal(t(locale, 'common.not_found'), messages['common.not_found'][locale]);
  });
});

describe('isMessageKey', () => {
  it('knows the catalogue keys and nothing else', () => {
    for (const key of keys) assert.equal(isMessageKey(key), true);
    assert.equal(isMessageKey('common.nope'), false);
    assert.equal(isMessageKey('toString'), false);
    assert.equal(isMessageKey('__proto__'), false);
    assert.equal(isMessageKey(''), false);
  });
});
