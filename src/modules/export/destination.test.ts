import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LOCALES, t } from '../../kernel/i18n';
import { parseCsv } from '../registry/sheet';
import {
  checkDestination,
  DESTINATION_RULES_FILE,
  DestinationInput,
  findDestinationRule,
  isValidPccc,
  loadDestinationRules,
  maskPccc,
  normaliseDestination,
  redactDestination,
  renderLabel,
  type LabelParcel,
} from './destination';

const rules = loadDestinationRules();

// Fictional recipients: placeholder names and "example" streets (예시로, 見本町, Примерная).
const korea = (): DestinationInput => ({
  name: '홍길동',
  phone: '010-0000-0000',
  addressLines: ['서울특별시 중구 예시로 12', '3층'],
  city: '서울특별시',
  postcode: '01234',
  country: 'KOR',
  pccc: 'P123456789012',
});
const japan = (): DestinationInput => ({
  name: '山田太郎',
  phone: '03-0000-0000',
  addressLines: ['東京都千代田区見本町1-2-3', 'サンプルビル 4階'],
  postcode: '123-4567',
  country: 'JPN',
  ecommerce: { flag: true, platformName: '延吉韩光跨境电商平台' },
});
const russia = (): DestinationInput => ({
  name: 'Иванов Иван Иванович',
  phone: '+7 000 000-00-00',
  addressLines: ['ул. Примерная, д. 1, кв. 2'],
  city: 'Владивосток',
  region: 'Приморский край',
  postcode: '123456',
  country: 'RUS',
});

const paths = (input: DestinationInput) => checkDestination(rules, input).map((p) => `${p.path} ${p.code}`);

describe('PCCC', () => {
  it('accepts P and 12 ASCII digits', () => {
    for (const code of ['P123456789012', 'P000000000000', 'P999999999999']) assert.equal(isValidPccc(code), true, code);
  });

  const malformed: [string, string][] = [
    ['lowercase p', 'p123456789012'],
    ['11 digits', 'P12345678901'],
    ['13 digits', 'P1234567890123'],
    ['a letter among the digits', 'P12345678901A'],
    ['a letter after P', 'PA23456789012'],
    ['no P', '123456789012'],
    ['another leading letter', 'Q123456789012'],
    ['a leading space', ' P123456789012'],
    ['a trailing space', 'P123456789012 '],
    ['an inner space', 'P123 456789012'],
    ['a hyphen', 'P1234-56789012'],
    ['empty', ''],
    ['full-width digits', 'P１２３４５６７８９０１２'],
    ['a full-width P', 'Ｐ123456789012'],
    ['a trailing newline', 'P123456789012\n'],
  ];
  for (const [why, code] of malformed) {
    it(`rejects ${why}`, () => assert.equal(isValidPccc(code), false));
  }

  it('masks all but P and the last four digits', () => {
    assert.equal(maskPccc('P123456789012'), 'P********9012');
    assert.equal(maskPccc('P123456789012').length, 13);
    assert.doesNotMatch(maskPccc('P123456789012'), /12345678/);
  });

  it('masks a malformed code whole', () => {
    assert.equal(maskPccc('p123456789012'), '*************');
    assert.equal(maskPccc('P12345678901'), '************');
    assert.equal(maskPccc(''), '');
    assert.equal(maskPccc('x'.repeat(50)), '*'.repeat(13));
  });

  it('redacts the PCCC for logs and lists, leaving the rest', () => {
    const r = redactDestination(korea());
    assert.equal(r.pccc, 'P********9012');
    assert.equal(r.name, '홍길동');
    assert.equal(korea().pccc, 'P123456789012');
  });
});

describe('destination rules (data/reference/destination-rules.csv)', () => {
  it('has Korea, Japan and Russia, keyed by ISO alpha-3 and by customs numeric code', () => {
    for (const [alpha3, numeric] of [
      ['KOR', '133'],
      ['JPN', '116'],
      ['RUS', '344'],
    ] as const) {
      const rule = rules.byCountry.get(alpha3);
      assert.ok(rule, alpha3);
      assert.equal(rule.cebNumeric, numeric);
      assert.equal(rules.byCebNumeric.get(numeric), rule);
      assert.equal(findDestinationRule(rules, numeric), rule);
      assert.equal(findDestinationRule(rules, ` ${alpha3.toLowerCase()} `), rule);
    }
  });

  it('Korea requires the PCCC, Japan the e-commerce flag and platform name, Russia neither', () => {
    const kor = rules.byCountry.get('KOR')!;
    const jpn = rules.byCountry.get('JPN')!;
    const rus = rules.byCountry.get('RUS')!;
    assert.deepEqual([kor.requiresPccc, kor.requiresEcommerceFlag, kor.requiresPlatformName], [true, false, false]);
    assert.deepEqual([jpn.requiresPccc, jpn.requiresEcommerceFlag, jpn.requiresPlatformName], [false, true, true]);
    assert.deepEqual([rus.requiresPccc, rus.requiresEcommerceFlag, rus.requiresPlatformName], [false, false, false]);
    assert.deepEqual(kor.addressScripts, ['Hangul', 'Latin']);
    assert.deepEqual(jpn.addressScripts, ['Japanese', 'Latin']);
    assert.deepEqual(rus.addressScripts, ['Cyrillic', 'Latin']);
    assert.equal(kor.verified, true);
    assert.equal(rus.verified, false);
  });

  it('holds the postcode formats', () => {
    const pattern = (c: string) => rules.byCountry.get(c)!.postcodePattern!;
    assert.ok(pattern('KOR').test('01234'));
    assert.ok(!pattern('KOR').test('123-456'));
    assert.ok(pattern('JPN').test('123-4567'));
    assert.ok(!pattern('JPN').test('1234567'));
    assert.ok(pattern('RUS').test('690000'));
    assert.ok(!pattern('RUS').test('69000'));
    assert.ok(!pattern('RUS').test('6900001'), 'anchored');
  });

  it('agrees with countries.csv on the customs numeric codes and their status', () => {
    const text = fs.readFileSync(path.join(path.dirname(DESTINATION_RULES_FILE), 'countries.csv'), 'utf8');
    const [header, ...rows] = parseCsv(text, ',');
    const col = (name: string) => header!.fields.indexOf(name);
    for (const rule of rules.byCountry.values()) {
      const row = rows.find((r) => r.fields[col('code')] === rule.country);
      assert.ok(row, rule.country);
      assert.equal(rule.cebNumeric ?? '', row.fields[col('ceb_numeric')], rule.country);
      assert.equal(rule.cebNumericStatus, row.fields[col('ceb_numeric_status')], rule.country);
    }
  });

  const HEADER = 'country,ceb_numeric,ceb_numeric_status,requires_pccc,requires_ecommerce_flag,requires_platform_name,address_scripts,language,postcode_pattern,postcode_format,postcode_status,source,verified,note';
  const row = (over: Partial<Record<string, string>> = {}) => {
    const base: Record<string, string> = {
      country: 'KOR',
      ceb_numeric: '133',
      ceb_numeric_status: 'unverified-recall',
      requires_pccc: 'true',
      requires_ecommerce_flag: 'false',
      requires_platform_name: 'false',
      address_scripts: 'Hangul|Latin',
      language: 'ko',
      postcode_pattern: '[0-9]{5}',
      postcode_format: 'NNNNN',
      postcode_status: 'corroborated',
      source: 'test',
      verified: 'true',
      note: '"a note, with a comma"',
    };
    return HEADER.split(',')
      .map((c) => over[c] ?? base[c])
      .join(',');
  };

  it('parses given text, columns in any order, quoted fields and a byte-order mark', () => {
    const custom = loadDestinationRules(`\uFEFF${HEADER}\r\n${row()}\r\n\r\n`);
    const kor = custom.byCountry.get('KOR')!;
    assert.equal(kor.note, 'a note, with a comma');
    assert.ok(kor.postcodePattern!.test('01234'));
    assert.ok(!kor.postcodePattern!.test('012345'), 'the pattern is anchored even when written without anchors');
    const reordered = loadDestinationRules(`verified,${HEADER.replace(',verified', '')}\ntrue,${row().replace(',true,"a note', ',"a note')}`);
    assert.equal(reordered.byCountry.get('KOR')!.requiresPccc, true);
  });

  it('has no rules for an empty file', () => {
    assert.equal(loadDestinationRules('').byCountry.size, 0);
  });

  const broken: [string, string][] = [
    ['an unknown script', row({ address_scripts: 'Hangul|Klingon' })],
    ['a bad boolean', row({ requires_pccc: 'yes' })],
    ['a lower-case country', row({ country: 'kor' })],
    ['a bad regular expression', row({ postcode_pattern: '[0-9' })],
    ['a pattern without its format', row({ postcode_format: '' })],
    ['a country given twice', `${row()}\n${row()}`],
    ['a customs code given twice', `${row()}\n${row({ country: 'PRK' })}`],
  ];
  for (const [why, body] of broken) {
    it(`refuses ${why}, naming the line`, () => {
      assert.throws(() => loadDestinationRules(`${HEADER}\n${body}`), /destination-rules\.csv line [23]/);
    });
  }

  it('refuses a file missing a column', () => {
    assert.throws(() => loadDestinationRules('country,ceb_numeric\nKOR,133'), /missing column\(s\) ceb_numeric_status/);
  });
});

describe('DestinationInput and normaliseDestination', () => {
  const decomposed = '\u1112\u1161\u11AB\u1100\u1173\u11AF'; // 한글 as conjoining jamo (NFD)

  it('stores a decomposed Hangul string composed (NFC)', () => {
    assert.notEqual(decomposed, '한글');
    assert.equal(decomposed.normalize('NFC'), '한글');
    const parsed = DestinationInput.parse({ ...korea(), name: decomposed, addressLines: [`  ${decomposed}로 1  `] });
    assert.equal(parsed.name, '한글');
    assert.equal(parsed.addressLines[0], '한글로 1');
    const normalised = normaliseDestination({ ...korea(), name: decomposed, city: ` ${decomposed} ` });
    assert.equal(normalised.name, '한글');
    assert.equal(normalised.city, '한글');
  });

  it('keeps Japanese and Cyrillic text as written: no width folding, no transliteration', () => {
    const parsed = DestinationInput.parse({ ...japan(), name: 'ﾔﾏﾀﾞ タロウ', addressLines: ['東京都 ＡＢＣビル'] });
    assert.equal(parsed.name, 'ﾔﾏﾀﾞ タロウ');
    assert.equal(parsed.addressLines[0], '東京都 ＡＢＣビル');
    const ru = DestinationInput.parse({ ...russia(), name: 'Ёлкина Алёна' });
    assert.equal(ru.name, 'Ёлкина Алёна');
    // й written as и + combining breve is composed
    assert.equal(normaliseDestination({ ...russia(), name: 'Жуковски\u0438\u0306' }).name, 'Жуковский');
  });

  it('upper-cases the country, drops blank lines and blank optional fields', () => {
    const n = normaliseDestination({ ...korea(), country: ' kor ', addressLines: ['  ', 'a', ''], region: '  ', pccc: ' ' });
    assert.equal(n.country, 'KOR');
    assert.deepEqual(n.addressLines, ['a']);
    assert.equal('region' in n, false);
    assert.equal('pccc' in n, false);
  });

  it('accepts a customs numeric country code and refuses other forms', () => {
    assert.equal(DestinationInput.parse({ ...korea(), country: '133' }).country, '133');
    for (const country of ['KO', 'KORE', '13', 'K0R', '']) {
      const r = DestinationInput.safeParse({ ...korea(), country });
      assert.equal(r.success, false, country);
      assert.equal(r.error!.issues[0]!.message, 'export.dest_country_format');
    }
  });

  it('refuses control characters, but allows line breaks in the note', () => {
    const r = DestinationInput.safeParse({ ...korea(), name: '홍길동\u0000' });
    assert.equal(r.success, false);
    assert.equal(r.error!.issues[0]!.message, 'export.dest_text_control');
    assert.equal(DestinationInput.safeParse({ ...korea(), addressLines: ['a\nb'] }).success, false);
    assert.equal(DestinationInput.parse({ ...korea(), note: '문 앞\n두고 가세요' }).note, '문 앞\n두고 가세요');
  });

  it('defaults a missing platform name to empty, for checkDestination to report', () => {
    const parsed = DestinationInput.parse({ ...japan(), ecommerce: { flag: true } });
    assert.equal(parsed.ecommerce!.platformName, '');
    assert.deepEqual(paths(parsed), ['/ecommerce/platformName export.dest_platform_name_required']);
  });
});

describe('checkDestination', () => {
  it('passes good data for Korea, Japan and Russia', () => {
    assert.deepEqual(checkDestination(rules, korea()), []);
    assert.deepEqual(checkDestination(rules, japan()), []);
    assert.deepEqual(checkDestination(rules, russia()), []);
  });

  it('applies the rules of a country given by its customs numeric code', () => {
    assert.deepEqual(checkDestination(rules, { ...korea(), country: '133' }), []);
    assert.deepEqual(paths({ ...korea(), country: '133', pccc: undefined }), ['/pccc export.dest_pccc_required']);
    assert.deepEqual(checkDestination(rules, { ...korea(), country: '133', pccc: undefined })[0]!.params, { country: 'KOR' });
  });

  it('Korea: PCCC missing, malformed', () => {
    assert.deepEqual(paths({ ...korea(), pccc: undefined }), ['/pccc export.dest_pccc_required']);
    assert.deepEqual(paths({ ...korea(), pccc: '' }), ['/pccc export.dest_pccc_required']);
    for (const pccc of ['p123456789012', 'P12345678901', 'P１２３４５６７８９０１２']) {
      assert.deepEqual(paths({ ...korea(), pccc }), ['/pccc export.dest_pccc_format'], pccc);
    }
  });

  it('Korea: postcode missing or in the old six-digit form', () => {
    assert.deepEqual(paths({ ...korea(), postcode: undefined }), ['/postcode export.dest_postcode_required']);
    const p = checkDestination(rules, { ...korea(), postcode: '100-011' });
    assert.deepEqual(p, [{ path: '/postcode', code: 'export.dest_postcode_format', params: { country: 'KOR', format: 'NNNNN' } }]);
  });

  it('Korea: an address in Chinese characters only is refused; a romanised one passes', () => {
    const p = checkDestination(rules, { ...korea(), addressLines: ['首尔特别市中区'], city: '首尔' });
    assert.deepEqual(p, [{ path: '/addressLines', code: 'export.dest_address_script', params: { country: 'KOR', scripts: 'Hangul, Latin' } }]);
    assert.deepEqual(checkDestination(rules, { ...korea(), addressLines: ['12 Yesi-ro, Jung-gu'], city: 'Seoul' }), []);
    assert.deepEqual(paths({ ...korea(), addressLines: ['12 Иванова'], city: undefined }), ['/addressLines export.dest_address_script']);
  });

  it('Japan: e-commerce flag and platform name', () => {
    assert.deepEqual(paths({ ...japan(), ecommerce: undefined }), ['/ecommerce/flag export.dest_ecommerce_flag_required', '/ecommerce/platformName export.dest_platform_name_required']);
    assert.deepEqual(paths({ ...japan(), ecommerce: { flag: false, platformName: 'X' } }), ['/ecommerce/flag export.dest_ecommerce_flag_required']);
    assert.deepEqual(paths({ ...japan(), ecommerce: { flag: true, platformName: '   ' } }), ['/ecommerce/platformName export.dest_platform_name_required']);
  });

  it('Japan: postcode in the wrong form, address in Hangul', () => {
    assert.deepEqual(paths({ ...japan(), postcode: '1234567' }), ['/postcode export.dest_postcode_format']);
    assert.deepEqual(paths({ ...japan(), addressLines: ['도쿄도 지요다구'] }), ['/addressLines export.dest_address_script']);
    assert.deepEqual(checkDestination(rules, { ...japan(), addressLines: ['ちよだ 1-2-3'] }), [], 'kana alone is Japanese');
  });

  it('Japan and Russia do not require a PCCC, but a given one must be well formed', () => {
    assert.deepEqual(checkDestination(rules, { ...russia(), pccc: undefined }), []);
    assert.deepEqual(paths({ ...japan(), pccc: 'P1' }), ['/pccc export.dest_pccc_format']);
  });

  it('Russia: postcode, script, name, phone and address', () => {
    assert.deepEqual(paths({ ...russia(), postcode: '12345' }), ['/postcode export.dest_postcode_format']);
    assert.deepEqual(paths({ ...russia(), addressLines: ['海参崴'], city: '海参崴', region: undefined }), ['/addressLines export.dest_address_script']);
    assert.deepEqual(checkDestination(rules, { ...russia(), addressLines: ['ul. Primernaya 1'], city: 'Vladivostok', region: undefined }), []);
    assert.deepEqual(paths({ ...russia(), name: ' ', phone: '', addressLines: [' '] }), ['/name export.dest_name_required', '/phone export.dest_phone_required', '/addressLines export.dest_address_required']);
  });

  it('a country without rules gets the generic checks only', () => {
    const usa: DestinationInput = { name: 'Jane Doe', phone: '+1 000 000 0000', addressLines: ['1 Example Street'], country: 'USA' };
    assert.equal(rules.byCountry.has('USA'), false);
    assert.deepEqual(checkDestination(rules, usa), []);
    assert.deepEqual(checkDestination(rules, { ...usa, addressLines: ['서울'], postcode: 'anything' }), [], 'no script or postcode rule');
    assert.deepEqual(paths({ ...usa, name: '', addressLines: [] }), ['/name export.dest_name_required', '/addressLines export.dest_address_required']);
    assert.deepEqual(paths({ ...usa, pccc: 'P12' }), ['/pccc export.dest_pccc_format']);
    assert.deepEqual(paths({ ...usa, country: '999' }), []);
    assert.deepEqual(paths({ ...usa, country: 'U$A' }), ['/country export.dest_country_format']);
  });

  it('every problem code is a catalogue message', () => {
    const all = [
      ...checkDestination(rules, { ...korea(), name: '', phone: '', addressLines: [], postcode: 'x', pccc: undefined }),
      ...checkDestination(rules, { ...japan(), ecommerce: undefined, postcode: undefined, addressLines: ['서울'] }),
    ];
    for (const p of all) for (const locale of LOCALES) assert.doesNotMatch(t(locale, p.code, p.params), /\{\w+\}/, p.code);
  });
});

describe('renderLabel', () => {
  const sender: LabelParcel['sender'] = { name: '延吉韩光跨境电子商务有限公司', phone: '0433-0000000', addressLines: ['吉林省延吉市示例路 1 号'], country: 'CHN' };
  const label = (recipient: DestinationInput, locale?: LabelParcel['locale']) => renderLabel({ logisticsNo: 'YJ0000000001', sender, recipient, ...(locale ? { locale } : {}) }, rules);

  it('is a complete UTF-8 HTML document with a CJK and Cyrillic font stack', () => {
    const html = label(korea());
    assert.match(html, /^<!doctype html>\n<html lang="zh-CN">/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /Noto Sans CJK KR/);
    assert.match(html, /Noto Sans CJK JP/);
    assert.match(html, /font-family: "Noto Sans"/);
    assert.match(html, /<\/html>\n$/);
    assert.match(html, /YJ0000000001/);
    assert.doesNotMatch(html, /<(script|link|img)\b/i, 'self-contained');
  });

  it('keeps Hangul, Japanese and Cyrillic text byte-identical and marks its language', () => {
    const decomposed = '\u1112\u1161\u11AB\u1100\u1173\u11AF';
    const kr = label({ ...korea(), name: `${decomposed} 홍길동` });
    assert.ok(kr.includes('>한글 홍길동<'));
    assert.ok(kr.includes('<div class="addr" lang="ko">서울특별시 중구 예시로 12</div>'));
    assert.ok(!kr.includes(decomposed));
    const jp = label(japan());
    assert.ok(jp.includes('<div class="name" lang="ja">山田太郎</div>'), 'Han alone to Japan is Japanese');
    assert.ok(jp.includes('<div class="addr" lang="ja">サンプルビル 4階</div>'));
    const ru = label(russia());
    assert.ok(ru.includes('<div class="name" lang="ru">Иванов Иван Иванович</div>'));
    assert.ok(ru.includes('ул. Примерная, д. 1, кв. 2'));
    assert.ok(ru.includes('Приморский край'));
    assert.ok(ru.includes('<div class="name" lang="zh-CN">延吉韩光跨境电子商务有限公司</div>'), 'the sender in Chinese');
    for (const html of [kr, jp, ru]) assert.equal(Buffer.from(html, 'utf8').toString('utf8'), html);
  });

  it('escapes HTML in every field', () => {
    const html = label({ ...russia(), name: '<script>alert(1)</script>', addressLines: ['a & b "c" \'d\''], note: '</style><img src=x>' });
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('a &amp; b &quot;c&quot; &#39;d&#39;'));
    assert.ok(html.includes('&lt;/style&gt;&lt;img src=x&gt;'));
    assert.doesNotMatch(html, /<script|<img/i);
  });

  it('prints the full PCCC on a Korea label only', () => {
    assert.ok(label(korea()).includes('<dd class="pccc">P123456789012</dd>'));
    assert.ok(!label({ ...russia(), pccc: 'P123456789012' }).includes('P123456789012'));
  });

  it('prints the e-commerce flag and platform name on a Japan label', () => {
    const html = label(japan(), 'ja');
    assert.ok(html.includes('<dd class="ecommerce-flag">はい / YES</dd>'));
    assert.ok(html.includes('<dd class="platform" lang="zh-CN">延吉韩光跨境电商平台</dd>'));
    assert.ok(html.includes(t('ja', 'export.label_platform')));
    assert.ok(!label(russia()).includes('ecommerce-flag'));
  });

  it('names the destination in the label locale, in English and in its own language', () => {
    const html = label(korea(), 'ru');
    assert.ok(html.includes('<span lang="ru">Республика Корея</span> / <span lang="en">REPUBLIC OF KOREA</span> / <span lang="ko">대한민국</span>'));
    const jp = label({ ...japan(), country: '116' }, 'zh-CN');
    assert.ok(jp.includes('<span lang="zh-CN">日本</span> / <span lang="en">JAPAN</span> <span class="code">JPN</span>'), 'the same name is not repeated');
    assert.ok(label({ name: 'Jane Doe', phone: '1', addressLines: ['1 Example Street'], country: 'USA' }).includes('<span>USA</span>'));
  });

  it('titles the blocks in each of the five languages', () => {
    for (const locale of LOCALES) {
      const html = label(korea(), locale);
      assert.match(html, new RegExp(`<html lang="${locale}">`));
      for (const key of ['export.label_sender', 'export.label_recipient', 'export.label_logistics_no', 'export.label_pccc'] as const) {
        assert.ok(html.includes(t(locale, key)), `${locale} ${key}`);
      }
    }
    assert.ok(label(korea(), 'zh-CN').includes('收件人 <span class="en" lang="en">Recipient</span>'));
    assert.ok(!label(korea(), 'en').includes('class="en"'));
  });

  it('uses the rules of the data file by default', () => {
    const html = renderLabel({ logisticsNo: 'YJ1', sender, recipient: korea() });
    assert.ok(html.includes('P123456789012'));
  });
});
