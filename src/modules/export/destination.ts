/**
 * Destination data of export parcels (to Korea, Japan and Russia first): what a logistics company attaches
 * to a parcel, the per-country rules it is checked against, and the printed shipping label. Pure: no
 * database, no clock.
 *
 * The rules are data, in `data/reference/destination-rules.csv` (one row per country, with its sources
 * and what is verified); a country without a row has no special rules, only the generic checks.
 *
 * Text: every string is normalised to Unicode NFC and trimmed on input, nothing else — no transliteration,
 * no width folding (NFKC would turn full-width forms into ASCII), no case change. One known NFC side
 * effect: CJK compatibility ideographs (U+F900–U+FAFF, sometimes used in Japanese names) are replaced by
 * their unified equivalents; the brief asks for NFC, so this is accepted.
 *
 * PCCC (Korea's 개인통관고유부호) is personal data. It is checked for its format only (`P` + 12 ASCII
 * digits; the check digit's algorithm is not public), masked by `maskPccc` in anything logged or listed
 * (`redactDestination`), and printed in full only on the Korea-bound label, where Korean customs and the
 * courier need it to match the parcel to the recipient.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_LOCALE, matchLocale, t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { decodeText, parseCsv } from '../registry';

export const DESTINATION_RULES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/reference/destination-rules.csv');

// ---------------------------------------------------------------- PCCC

/** Korea's personal customs clearance code: capital `P` and 12 ASCII digits (13 characters). */
export const PCCC_PATTERN = /^P[0-9]{12}$/;

export function isValidPccc(code: string): boolean {
  return PCCC_PATTERN.test(code);
}

/**
 * The PCCC as logged and listed: `P`, eight `*`, the last four digits — `P********9012` — the "last four"
 * convention staff know from card numbers, enough to tell a recipient's parcels apart, revealing 4 of the
 * 12 digits (one of them the check digit). Anything that is not a well-formed PCCC is masked whole, one
 * `*` per character up to 13, since a mistyped code is still someone's code.
 */
export function maskPccc(code: string): string {
  if (isValidPccc(code)) return `P${'*'.repeat(8)}${code.slice(-4)}`;
  return '*'.repeat(Math.min([...code].length, 13));
}

// ---------------------------------------------------------------- rules (data/reference/destination-rules.csv)

/** Scripts an address may be expected in. `Japanese` is Hiragana, Katakana or Han (kanji). */
export const ADDRESS_SCRIPTS = ['Hangul', 'Japanese', 'Han', 'Cyrillic', 'Latin'] as const;
export type AddressScript = (typeof ADDRESS_SCRIPTS)[number];

const SCRIPT_TESTS: Record<AddressScript, RegExp> = {
  Hangul: /\p{Script=Hangul}/u,
  Japanese: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  Han: /\p{Script=Han}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Latin: /\p{Script=Latin}/u,
};

/** Whether the text has at least one character of the script. */
export function hasScript(text: string, script: AddressScript): boolean {
  return SCRIPT_TESTS[script].test(text);
}

export interface DestinationRule {
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** The customs numeric country code used in CEB messages, when known. */
  cebNumeric: string | null;
  cebNumericStatus: 'verified' | 'corroborated' | 'unverified-recall' | 'unknown';
  requiresPccc: boolean;
  requiresEcommerceFlag: boolean;
  requiresPlatformName: boolean;
  /** A local address must contain a character of one of these scripts; empty: no script check. */
  addressScripts: readonly AddressScript[];
  /** The language tag of the destination (`ko`, `ja`, `ru`), for `lang` attributes on the label. */
  language: string | null;
  /** Anchored; null when the country's format is not recorded. */
  postcodePattern: RegExp | null;
  /** The postcode format as people read it (`NNN-NNNN`, N a digit), shown in messages. */
  postcodeFormat: string | null;
  postcodeStatus: 'verified' | 'corroborated' | 'unverified' | null;
  source: string;
  /** Whether the requirement flags of the row were checked against the named source. */
  verified: boolean;
  note: string;
}

export interface DestinationRules {
  readonly byCountry: ReadonlyMap<string, DestinationRule>;
  readonly byCebNumeric: ReadonlyMap<string, DestinationRule>;
}

const COLUMNS = [
  'country',
  'ceb_numeric',
  'ceb_numeric_status',
  'requires_pccc',
  'requires_ecommerce_flag',
  'requires_platform_name',
  'address_scripts',
  'language',
  'postcode_pattern',
  'postcode_format',
  'postcode_status',
  'source',
  'verified',
  'note',
] as const;

const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const orNull = <T extends z.ZodType>(s: T) => z.literal('').transform(() => null).or(s);

const RuleRow = z
  .object({
    country: z.string().regex(/^[A-Z]{3}$/),
    ceb_numeric: orNull(z.string().regex(/^[0-9]{3}$/)),
    ceb_numeric_status: z.enum(['verified', 'corroborated', 'unverified-recall', 'unknown']),
    requires_pccc: Bool,
    requires_ecommerce_flag: Bool,
    requires_platform_name: Bool,
    address_scripts: z
      .string()
      .transform((v) => (v ? v.split('|').map((s) => s.trim()) : []))
      .pipe(z.array(z.enum(ADDRESS_SCRIPTS))),
    language: orNull(z.string().regex(/^[a-z]{2,3}$/)),
    postcode_pattern: orNull(
      z.string().transform((v, ctx) => {
        try {
          return new RegExp(`^(?:${v})$`, 'u');
        } catch {
          ctx.addIssue({ code: 'custom', message: `not a regular expression: ${v}` });
          return z.NEVER;
        }
      }),
    ),
    postcode_format: orNull(z.string().max(40)),
    postcode_status: orNull(z.enum(['verified', 'corroborated', 'unverified'])),
    source: z.string().max(2000),
    verified: Bool,
    note: z.string().max(4000),
  })
  .refine((r) => (r.postcode_pattern === null) === (r.postcode_format === null) && (r.postcode_pattern === null) === (r.postcode_status === null), {
    message: 'postcode_pattern, postcode_format and postcode_status are given together or not at all',
  });

/**
 * Parses the destination rules: a header row naming the columns (any order), one row per country. A
 * malformed row, a missing column or a country or customs code given twice is an error naming the line.
 * Without text, reads `data/reference/destination-rules.csv`.
 */
export function loadDestinationRules(csvText?: string): DestinationRules {
  const text = csvText ?? decodeText(fs.readFileSync(DESTINATION_RULES_FILE));
  const [header, ...body] = parseCsv(text.replace(/^\uFEFF/, ''), ',');
  const byCountry = new Map<string, DestinationRule>();
  const byCebNumeric = new Map<string, DestinationRule>();
  if (!header) return { byCountry, byCebNumeric };
  const names = header.fields.map((h) => h.trim());
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) throw new Error(`destination-rules.csv: missing column(s) ${missing.join(', ')}`);
  for (const record of body) {
    if (!record.fields.some((f) => f.trim())) continue;
    const raw = Object.fromEntries(names.map((n, i) => [n, (record.fields[i] ?? '').trim()]));
    const parsed = RuleRow.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`destination-rules.csv line ${record.line}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'row'}: ${x.message}`).join('; ')}`);
    }
    const r = parsed.data;
    const rule: DestinationRule = {
      country: r.country,
      cebNumeric: r.ceb_numeric,
      cebNumericStatus: r.ceb_numeric_status,
      requiresPccc: r.requires_pccc,
      requiresEcommerceFlag: r.requires_ecommerce_flag,
      requiresPlatformName: r.requires_platform_name,
      addressScripts: Object.freeze([...new Set(r.address_scripts)]),
      language: r.language,
      postcodePattern: r.postcode_pattern,
      postcodeFormat: r.postcode_format,
      postcodeStatus: r.postcode_status,
      source: r.source,
      verified: r.verified,
      note: r.note,
    };
    if (byCountry.has(rule.country)) throw new Error(`destination-rules.csv line ${record.line}: country ${rule.country} given twice`);
    byCountry.set(rule.country, rule);
    if (rule.cebNumeric !== null) {
      if (byCebNumeric.has(rule.cebNumeric)) throw new Error(`destination-rules.csv line ${record.line}: customs code ${rule.cebNumeric} given twice`);
      byCebNumeric.set(rule.cebNumeric, rule);
    }
  }
  return { byCountry, byCebNumeric };
}

let fileRules: DestinationRules | undefined;

/** The rules of the data file, read once per process. */
export function destinationRules(): DestinationRules {
  fileRules ??= loadDestinationRules();
  return fileRules;
}

/** The rule for a country given as ISO alpha-3 or customs numeric code (any case, surrounding blanks ignored). */
export function findDestinationRule(rules: DestinationRules, country: string): DestinationRule | undefined {
  const code = country.trim().toUpperCase();
  return /^[0-9]{3}$/.test(code) ? rules.byCebNumeric.get(code) : rules.byCountry.get(code);
}

// ---------------------------------------------------------------- input

const nfc = (s: string) => s.normalize('NFC').trim();
const NO_CONTROL = (v: string) => !/\p{Cc}/u.test(v);
const NO_CONTROL_BUT_LINES = (v: string) => !/[^\P{Cc}\t\n\r]/u.test(v);

/** One line of text: NFC, trimmed, at most `max` UTF-16 units, no control characters. */
const Line = (max: number) => z.string().normalize('NFC').trim().max(max).refine(NO_CONTROL, { message: 'export.dest_text_control' });

export const COUNTRY_CODE_PATTERN = /^(?:[A-Z]{3}|[0-9]{3})$/;

/**
 * What a logistics company attaches to an export parcel about its recipient. This schema checks shape,
 * lengths and characters only; `checkDestination` then checks the content against the country's rules
 * (required fields, PCCC, postcode, scripts), so that every content problem comes with its field and
 * message. Parse first, then check.
 */
export const DestinationInput = z.object({
  name: Line(200).meta({ description: "Recipient's name, in any script (stored as written, NFC)", example: '홍길동' }),
  phone: Line(40).meta({ description: "Recipient's phone number", example: '010-0000-0000' }),
  addressLines: z
    .array(Line(200))
    .max(4)
    .meta({ description: 'Street address, one to four lines, in a script the destination expects (see destination-rules.csv)', example: ['서울특별시 중구 예시로 12'] }),
  city: Line(100).optional(),
  region: Line(100).optional(),
  postcode: Line(20).optional().meta({ description: "Postcode in the destination's format (Korea NNNNN, Japan NNN-NNNN, Russia NNNNNN)", example: '01234' }),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => COUNTRY_CODE_PATTERN.test(v), { message: 'export.dest_country_format' })
    .meta({ description: 'Destination country: ISO 3166-1 alpha-3 or the customs numeric code', example: 'KOR' }),
  pccc: Line(40).optional().meta({ description: "Korea: the recipient's personal customs clearance code (P + 12 digits); personal data", example: 'P123456789012' }),
  ecommerce: z
    .object({
      flag: z.boolean().meta({ description: 'The parcel is an e-commerce (mail-order) shipment' }),
      platformName: Line(200).default('').meta({ description: 'Name of the e-commerce platform the goods were sold on' }),
    })
    .optional(),
  note: z.string().normalize('NFC').trim().max(1000).refine(NO_CONTROL_BUT_LINES, { message: 'export.dest_text_control' }).optional(),
});
export type DestinationInput = z.output<typeof DestinationInput>;

/**
 * The input with every text NFC-normalised and trimmed, blank address lines and blank optional fields
 * dropped, the country code upper-cased. Idempotent; `DestinationInput.parse` already gives this form
 * except for the dropped blanks.
 */
export function normaliseDestination(input: DestinationInput): DestinationInput {
  const opt = (v: string | undefined) => {
    const s = v === undefined ? '' : nfc(v);
    return s === '' ? undefined : s;
  };
  const out: DestinationInput = {
    name: nfc(input.name),
    phone: nfc(input.phone),
    addressLines: input.addressLines.map(nfc).filter((l) => l !== ''),
    country: input.country.trim().toUpperCase(),
  };
  const city = opt(input.city);
  const region = opt(input.region);
  const postcode = opt(input.postcode);
  const pccc = opt(input.pccc);
  const note = opt(input.note);
  if (city !== undefined) out.city = city;
  if (region !== undefined) out.region = region;
  if (postcode !== undefined) out.postcode = postcode;
  if (pccc !== undefined) out.pccc = pccc;
  if (input.ecommerce) out.ecommerce = { flag: input.ecommerce.flag, platformName: nfc(input.ecommerce.platformName ?? '') };
  if (note !== undefined) out.note = note;
  return out;
}

/** The input as it may be logged or listed: normalised, the PCCC masked. */
export function redactDestination(input: DestinationInput): DestinationInput {
  const out = normaliseDestination(input);
  if (out.pccc !== undefined) out.pccc = maskPccc(out.pccc);
  return out;
}

// ---------------------------------------------------------------- checks

/** One problem with the destination data: the field as a JSON pointer (`/pccc`) and a catalogue message. */
export interface DestinationProblem {
  path: string;
  code: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * Checks a parcel's destination data. Generic checks for every country: name, phone and at least one
 * address line present, the country code well formed, a PCCC — where one is given — well formed. Then the
 * country's rule, if it has one: PCCC required; e-commerce flag set and platform name given; postcode
 * present and in the recorded format; and the address (lines, city and region together) containing at
 * least one character of one of the expected scripts — Latin, where listed, counts as an alternative,
 * so a romanised address passes, while e.g. a Korean address written only in Chinese characters does
 * not. `Japanese` accepts Han, so Chinese-written addresses to Japan cannot be told apart and pass.
 */
export function checkDestination(rules: DestinationRules, input: DestinationInput): DestinationProblem[] {
  const d = normaliseDestination(input);
  const problems: DestinationProblem[] = [];
  const rule = COUNTRY_CODE_PATTERN.test(d.country) ? findDestinationRule(rules, d.country) : undefined;
  const country = rule?.country ?? d.country;

  if (!COUNTRY_CODE_PATTERN.test(d.country)) problems.push({ path: '/country', code: 'export.dest_country_format' });
  if (d.name === '') problems.push({ path: '/name', code: 'export.dest_name_required' });
  if (d.phone === '') problems.push({ path: '/phone', code: 'export.dest_phone_required' });

  if (d.addressLines.length === 0) {
    problems.push({ path: '/addressLines', code: 'export.dest_address_required' });
  } else if (rule && rule.addressScripts.length > 0) {
    const address = [...d.addressLines, d.city ?? '', d.region ?? ''].join('\n');
    if (!rule.addressScripts.some((s) => hasScript(address, s))) {
      problems.push({ path: '/addressLines', code: 'export.dest_address_script', params: { country, scripts: rule.addressScripts.join(', ') } });
    }
  }

  if (rule?.postcodePattern) {
    const format = rule.postcodeFormat ?? '';
    if (d.postcode === undefined) problems.push({ path: '/postcode', code: 'export.dest_postcode_required', params: { country, format } });
    else if (!rule.postcodePattern.test(d.postcode)) problems.push({ path: '/postcode', code: 'export.dest_postcode_format', params: { country, format } });
  }

  if (d.pccc !== undefined && !isValidPccc(d.pccc)) problems.push({ path: '/pccc', code: 'export.dest_pccc_format' });
  else if (d.pccc === undefined && rule?.requiresPccc) problems.push({ path: '/pccc', code: 'export.dest_pccc_required', params: { country } });

  if (rule?.requiresEcommerceFlag && d.ecommerce?.flag !== true) {
    problems.push({ path: '/ecommerce/flag', code: 'export.dest_ecommerce_flag_required', params: { country } });
  }
  if (rule?.requiresPlatformName && !d.ecommerce?.platformName) {
    problems.push({ path: '/ecommerce/platformName', code: 'export.dest_platform_name_required', params: { country } });
  }
  return problems;
}

// ---------------------------------------------------------------- label

export interface LabelSender {
  name: string;
  phone?: string;
  addressLines: string[];
  city?: string;
  region?: string;
  postcode?: string;
  /** ISO alpha-3 (or customs numeric code). */
  country: string;
}

export interface LabelParcel {
  logisticsNo: string;
  sender: LabelSender;
  recipient: DestinationInput;
  /** The language of the block titles (the English title is added beside them); zh-CN by default. */
  locale?: Locale;
}

const COUNTRY_NAME_KEYS: Record<string, MessageKey> = {
  CHN: 'export.label_country_chn',
  KOR: 'export.label_country_kor',
  JPN: 'export.label_country_jpn',
  RUS: 'export.label_country_rus',
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The language of a text by its script: Hangul `ko`, kana `ja`, Cyrillic `ru`; Han alone is Japanese or
 * Korean when the destination's language is, else Chinese. Latin or digits only: none (inherited).
 */
function langOf(text: string, contextLanguage: string | null): string | undefined {
  if (hasScript(text, 'Hangul')) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (hasScript(text, 'Cyrillic')) return 'ru';
  if (hasScript(text, 'Han')) return contextLanguage === 'ja' || contextLanguage === 'ko' ? contextLanguage : 'zh-CN';
  return undefined;
}

function lang(tag: string | undefined): string {
  return tag ? ` lang="${escapeHtml(tag)}"` : '';
}

/** A line of text in its own element, with the `lang` of its script. */
function textLine(cls: string, text: string, contextLanguage: string | null): string {
  return `<div class="${cls}"${lang(langOf(text, contextLanguage))}>${escapeHtml(text)}</div>`;
}

/** Title in the label's locale, the English one beside it (for the carrier abroad). */
function title(locale: Locale, key: MessageKey): string {
  const main = escapeHtml(t(locale, key));
  return locale === 'en' ? main : `${main} <span class="en" lang="en">${escapeHtml(t('en', key))}</span>`;
}

/** The country's names: in the label's locale, in English capitals, and in the destination's own language. */
function countryNames(code: string, locale: Locale, rules: DestinationRules): string {
  const rule = findDestinationRule(rules, code);
  const alpha3 = rule?.country ?? code.trim().toUpperCase();
  const key = COUNTRY_NAME_KEYS[alpha3];
  if (!key) return `<span>${escapeHtml(alpha3)}</span>`;
  const own = matchLocale(rule?.language);
  const names: { text: string; tag: string }[] = [
    { text: t(locale, key), tag: locale },
    { text: t('en', key).toUpperCase(), tag: 'en' },
  ];
  if (own) names.push({ text: t(own, key), tag: own });
  const seen = new Set<string>();
  const parts = names.filter((n) => !seen.has(n.text) && seen.add(n.text)).map((n) => `<span${lang(n.tag)}>${escapeHtml(n.text)}</span>`);
  return `${parts.join(' / ')} <span class="code">${escapeHtml(alpha3)}</span>`;
}

const STYLE = `
@page { size: 100mm 150mm; margin: 4mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans", "Noto Sans CJK SC", "Noto Sans SC", "Noto Sans CJK KR", "Noto Sans KR", "Noto Sans CJK JP", "Noto Sans JP", sans-serif; font-size: 10pt; color: #000; }
:lang(zh) { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif; }
:lang(ko) { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Noto Sans", sans-serif; }
:lang(ja) { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Noto Sans", sans-serif; }
:lang(ru), :lang(en) { font-family: "Noto Sans", "Noto Sans CJK SC", sans-serif; }
body { margin: 0; }
.label { width: 92mm; border: 0.4mm solid #000; padding: 2mm; }
header, section { border-bottom: 0.3mm solid #000; padding: 1.5mm 0; }
section:last-child { border-bottom: 0; }
h1 { font-size: 11pt; margin: 0 0 1mm; }
h2 { font-size: 8pt; margin: 0 0 0.8mm; text-transform: none; }
.en { font-weight: normal; color: #333; }
.logistics-no { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: 16pt; font-weight: bold; letter-spacing: 0.5mm; }
.recipient .name { font-size: 13pt; font-weight: bold; }
.recipient .addr { font-size: 11pt; }
.country { font-weight: bold; margin-top: 1mm; }
.code { font-family: monospace; font-weight: normal; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 0.5mm 2mm; margin: 0; }
dt { font-size: 8pt; }
dd { margin: 0; font-weight: bold; word-break: break-all; }
.note { white-space: pre-wrap; }
`;

/**
 * A complete, self-contained HTML document for printing the parcel's label (100 × 150 mm). Every text is
 * NFC-normalised and HTML-escaped, never transliterated; each line carries the `lang` of its script so
 * the printer picks Korean, Japanese or Chinese glyph forms from the Noto font stack. For a country whose
 * rule requires it, the PCCC is printed in full (the label is what Korean customs and the courier read);
 * lists and logs use `maskPccc`. A PCCC given for another country is not printed. The e-commerce flag and
 * platform name appear when the rule requires them or the parcel carries them.
 */
export function renderLabel(parcel: LabelParcel, rules: DestinationRules = destinationRules()): string {
  const locale = parcel.locale ?? DEFAULT_LOCALE;
  const r = normaliseDestination(parcel.recipient);
  const rule = findDestinationRule(rules, r.country);
  const dest = rule?.language ?? null;
  const s = parcel.sender;
  const senderLang = findDestinationRule(rules, s.country)?.language ?? null;
  const senderLines = [...s.addressLines, ...[s.city, s.region].filter((v): v is string => !!v)].map(nfc).filter(Boolean);
  const recipientLines = [...r.addressLines, ...[r.city, r.region].filter((v): v is string => !!v)];

  const sender = [
    `<section class="sender">`,
    `<h2>${title(locale, 'export.label_sender')}</h2>`,
    textLine('name', nfc(s.name), senderLang),
    ...senderLines.map((l) => textLine('addr', l, senderLang)),
    s.postcode ? `<div class="postcode">${escapeHtml(t(locale, 'export.label_postcode'))} ${escapeHtml(nfc(s.postcode))}</div>` : '',
    `<div class="country">${countryNames(s.country, locale, rules)}</div>`,
    s.phone ? `<div class="phone">${escapeHtml(t(locale, 'export.label_phone'))} ${escapeHtml(nfc(s.phone))}</div>` : '',
    `</section>`,
  ];

  const recipient = [
    `<section class="recipient"${lang(dest ?? undefined)}>`,
    `<h2${lang(locale)}>${title(locale, 'export.label_recipient')}</h2>`,
    textLine('name', r.name, dest),
    ...recipientLines.map((l) => textLine('addr', l, dest)),
    r.postcode ? `<div class="postcode"><span${lang(locale)}>${escapeHtml(t(locale, 'export.label_postcode'))}</span> ${escapeHtml(r.postcode)}</div>` : '',
    `<div class="phone"><span${lang(locale)}>${escapeHtml(t(locale, 'export.label_phone'))}</span> ${escapeHtml(r.phone)}</div>`,
    `</section>`,
  ];

  const customs: string[] = [];
  if (rule?.requiresPccc && r.pccc !== undefined) {
    customs.push(`<dt>${title(locale, 'export.label_pccc')}</dt>`, `<dd class="pccc">${escapeHtml(r.pccc)}</dd>`);
  }
  if (rule?.requiresEcommerceFlag || rule?.requiresPlatformName || r.ecommerce) {
    const flag = r.ecommerce?.flag === true;
    customs.push(`<dt>${title(locale, 'export.label_ecommerce')}</dt>`, `<dd class="ecommerce-flag">${escapeHtml(t(locale, flag ? 'export.label_yes' : 'export.label_no'))} / ${flag ? 'YES' : 'NO'}</dd>`);
    // A platform name in Han alone is taken as Chinese: the zone's platforms are Chinese companies.
    const platform = r.ecommerce?.platformName ?? '';
    if (platform || rule?.requiresPlatformName) {
      customs.push(`<dt>${title(locale, 'export.label_platform')}</dt>`, `<dd class="platform"${lang(langOf(platform, null))}>${escapeHtml(platform)}</dd>`);
    }
  }

  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(t(locale, 'export.label_title'))} ${escapeHtml(nfc(parcel.logisticsNo))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="label">',
    '<header>',
    `<h1>${title(locale, 'export.label_title')}</h1>`,
    `<div>${title(locale, 'export.label_logistics_no')}</div>`,
    `<div class="logistics-no">${escapeHtml(nfc(parcel.logisticsNo))}</div>`,
    `<div class="destination"><span${lang(locale)}>${escapeHtml(t(locale, 'export.label_destination'))}</span> <span class="country">${countryNames(r.country, locale, rules)}</span></div>`,
    '</header>',
    ...sender,
    ...recipient,
    customs.length ? `<section class="customs"><dl>${customs.join('')}</dl></section>` : '',
    r.note ? `<section class="note-block"><h2>${title(locale, 'export.label_note')}</h2><div class="note"${lang(langOf(r.note, dest))}>${escapeHtml(r.note)}</div></section>` : '',
    '</main>',
    '</body>',
    '</html>',
  ]
    .filter((l) => l !== '')
    .join('\n')
    .concat('\n');
}
