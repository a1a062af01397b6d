/**
 * "清单核放、汇总申报" (POLICY-NOTES §3.1, SPEC-NOTES §4.2 step 5): the released 9610 export inventory lists of
 * statisticsFlag B of one month are grouped into summary declarations, due by the 15th of the following month.
 * Pure: no database, no clock — the caller loads the released B lists of the period and hands them in.
 *
 * Which fields split a group is DATA (`SummaryRule`), not code: the keys of §3.1 are a recall of 海关总署公告2018年
 * 第194号 and UNVERIFIED, so the zone office must be able to correct them without a release. What cannot be edited
 * away is what makes a summary a summary at all (see `REQUIRED_HEAD_KEYS`, `REQUIRED_LINE_KEYS`).
 *
 * Builders turn a group into the CEB701 summary application (SPEC-NOTES §11.12) and the CEB792 summary result
 * (§11.13) as JSON documents of the CEB contracts (`checkDocument`, `buildCeb`).
 */
import { z } from 'zod';
import { dec, decText, sum } from '../../kernel/money';
import { cebTime, zoneMonthOf } from '../../kernel/zone-time';
import type { CebMessages } from '../ceb';

// ---------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------

/** One line (InventoryList, SPEC-NOTES §11.8) of a released export list, as far as the summary needs it. */
export interface SummaryListLine {
  gnum: number;
  /** 10-digit customs commodity code. */
  gcode: string;
  gname: string;
  /** Final destination country of the line (customs 3-digit code). */
  country: string;
  /** Customs 3-digit currency code. */
  currency: string;
  /** Quantity in the transaction unit, decimal string. */
  qty: string;
  /** Quantity in the first legal unit, decimal string. */
  qty1: string;
  unit: string;
  unit1: string;
  /** Line total, decimal string. */
  totalPrice: string;
}

/** A released (800) 9610 export inventory list of statisticsFlag B (SPEC-NOTES §11.7); the caller filters. */
export interface SummaryList {
  id: string;
  invtNo: string;
  /** Waybill number: the CEB792 result names each list line with it. */
  logisticsNo: string;
  /** Declaring agent (申报企业). */
  agentCode: string;
  /** Declaring customs (申报海关). */
  customsCode: string;
  /** The e-commerce enterprise: the consignor of record (收发货人). */
  ebcCode: string;
  ebcName: string;
  /** Producer/seller (生产销售企业), "NO" when not registered. */
  ownerCode: string;
  trafMode: string;
  /** Destination country (customs 3-digit code). */
  country: string;
  /** Exit customs (口岸海关). */
  portCode: string;
  /** When customs released the list (800); its zone-time month is the summary period. */
  releasedAt: Date | string;
  /** kg, decimal strings. */
  grossWeight: string;
  netWeight: string;
  lines: SummaryListLine[];
}

// ---------------------------------------------------------------------------------------------------
// The rule (data)
// ---------------------------------------------------------------------------------------------------

/** The list-head fields a rule may group by, in the canonical order of group keys. */
export const HEAD_KEYS = ['agentCode', 'customsCode', 'ebcCode', 'ownerCode', 'trafMode', 'country', 'portCode'] as const;
export type HeadKey = (typeof HEAD_KEYS)[number];

/** The line fields a rule may group lines by, in the canonical order of line keys. */
export const LINE_KEYS = ['gcode', 'currency', 'unit', 'unit1', 'country', 'gname'] as const;
export type LineKey = (typeof LINE_KEYS)[number];

/**
 * Head keys no rule may drop. A summary application (CEB701) is filed by ONE declaring agent (agentCode) at ONE
 * declaring customs (customsCode) for ONE consignor (ebcCode): its head has exactly one of each, so lists of two
 * agents, two customs or two e-commerce enterprises can never share a summary, whatever §3.1 turns out to say.
 */
export const REQUIRED_HEAD_KEYS: readonly HeadKey[] = ['agentCode', 'customsCode', 'ebcCode'];

/**
 * Line keys no rule may drop. A summary line becomes one line of the export declaration, which has one commodity
 * code, one currency and one transaction and one legal unit: quantities in different units (pieces and kilograms
 * of the same gcode) cannot be added up, nor amounts in different currencies. §3.1 names code and currency; the
 * units are our addition for that reason. Country (final destination) and gname stay editable.
 */
export const REQUIRED_LINE_KEYS: readonly LineKey[] = ['gcode', 'currency', 'unit', 'unit1'];

export interface SummaryRule {
  version: number;
  /** YYYY-MM-DD. */
  effectiveFrom: string;
  headKeys: HeadKey[];
  lineKeys: LineKey[];
  /** CEB701 收发货人汇总标志: 1 by consignor only, 2 by consignor + producer/seller (then ownerCode is a head key). */
  summaryFlag: '1' | '2';
  /** CEB701 按商品名汇总标志: 1 by the lists' own goods names (then gname is a line key), 0 by classification name. */
  itemNameFlag: '0' | '1';
  source: string;
  verified: boolean;
}

/**
 * The keys of POLICY-NOTES §3.1: same consignor, transport mode, producer/seller, destination country and exit
 * customs; per line the same final destination, 10-digit code and currency — plus agent and customs (required)
 * and the units (required). UNVERIFIED; `effectiveFrom` is the recalled start of 公告2018年第194号, also unverified.
 */
export const DEFAULT_SUMMARY_RULE: SummaryRule = Object.freeze({
  version: 1,
  effectiveFrom: '2019-01-01',
  headKeys: ['agentCode', 'customsCode', 'ebcCode', 'ownerCode', 'trafMode', 'country', 'portCode'],
  lineKeys: ['gcode', 'currency', 'unit', 'unit1', 'country'],
  summaryFlag: '2',
  itemNameFlag: '0',
  source: 'POLICY-NOTES §3.1 (recall of 海关总署公告2018年第194号, unverified)',
  verified: false,
}) as SummaryRule;

function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * A rule as the zone office edits it. Unknown properties and unknown key names are refused (a typo must not
 * silently stop splitting groups); the required keys cannot be removed; and the two CEB701 flags must agree with
 * the keys, since customs groups by the flags: summaryFlag 2 ⇔ ownerCode is a head key, itemNameFlag 1 ⇔ gname
 * is a line key.
 */
export const SummaryRuleInput = z
  .strictObject({
    version: z.number().int().positive(),
    effectiveFrom: z.string().refine(isRealDate, { message: 'exp.rule_date' }),
    headKeys: z.array(z.enum(HEAD_KEYS)).min(1),
    lineKeys: z.array(z.enum(LINE_KEYS)).min(1),
    summaryFlag: z.enum(['1', '2']),
    itemNameFlag: z.enum(['0', '1']),
    source: z.string().trim().min(1).max(500),
    verified: z.boolean(),
  })
  .superRefine((rule, ctx) => {
    const duplicates = (keys: readonly string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);
    for (const k of duplicates(rule.headKeys)) ctx.addIssue({ code: 'custom', path: ['headKeys'], message: 'exp.rule_key_duplicate', params: { key: k } });
    for (const k of duplicates(rule.lineKeys)) ctx.addIssue({ code: 'custom', path: ['lineKeys'], message: 'exp.rule_key_duplicate', params: { key: k } });
    for (const k of REQUIRED_HEAD_KEYS) if (!rule.headKeys.includes(k)) ctx.addIssue({ code: 'custom', path: ['headKeys'], message: 'exp.rule_key_required', params: { key: k } });
    for (const k of REQUIRED_LINE_KEYS) if (!rule.lineKeys.includes(k)) ctx.addIssue({ code: 'custom', path: ['lineKeys'], message: 'exp.rule_key_required', params: { key: k } });
    if ((rule.summaryFlag === '2') !== rule.headKeys.includes('ownerCode'))
      ctx.addIssue({ code: 'custom', path: ['summaryFlag'], message: 'exp.rule_summary_flag', params: { summaryFlag: rule.summaryFlag } });
    if ((rule.itemNameFlag === '1') !== rule.lineKeys.includes('gname'))
      ctx.addIssue({ code: 'custom', path: ['itemNameFlag'], message: 'exp.rule_item_name_flag', params: { itemNameFlag: rule.itemNameFlag } });
  });
export type SummaryRuleInput = z.infer<typeof SummaryRuleInput>;

/** A new rule as customs or the zone office sends it: the rule without its version, which the platform assigns. */
export const SummaryRuleBody = z
  .strictObject({
    effectiveFrom: z.iso.date().meta({ description: 'First day (zone time) the rule groups summaries; today or later' }),
    headKeys: z.array(z.enum(HEAD_KEYS)).min(1),
    lineKeys: z.array(z.enum(LINE_KEYS)).min(1),
    summaryFlag: z.enum(['1', '2']),
    itemNameFlag: z.enum(['0', '1']),
    source: z.string().trim().min(1).max(500).meta({ description: 'Where the keys come from (the announcement, the customs notice)' }),
    verified: z.boolean(),
  })
  .superRefine((body, ctx) => {
    const checked = SummaryRuleInput.safeParse({ ...body, version: 1 });
    if (!checked.success) for (const i of checked.error.issues) if (i.code === 'custom') ctx.addIssue({ code: 'custom', path: i.path, message: i.message, params: i.params ?? {} });
  });
export type SummaryRuleBody = z.infer<typeof SummaryRuleBody>;

// ---------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------

export type SummaryErrorCode = 'rule_invalid' | 'list_invalid' | 'duplicate_list' | 'out_of_period' | 'mixed_periods';

export interface SummaryErrorItem {
  id: string;
  invtNo: string;
  detail: string;
}

/** Input that cannot be summarised; nothing is ever left out silently, so the whole call is refused. */
export class SummaryError extends Error {
  readonly code: SummaryErrorCode;
  /** The offending lists (empty for `rule_invalid`). */
  readonly items: SummaryErrorItem[];

  constructor(code: SummaryErrorCode, message: string, items: SummaryErrorItem[] = []) {
    super(items.length ? `${message}: ${items.map((i) => `${i.invtNo || i.id} (${i.detail})`).join(', ')}` : message);
    this.name = 'SummaryError';
    this.code = code;
    this.items = items;
  }
}

function checkedRule(rule: SummaryRule): SummaryRule {
  const parsed = SummaryRuleInput.safeParse(rule);
  if (!parsed.success) throw new SummaryError('rule_invalid', `summary rule v${String(rule.version)} is invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------------
// Periods (zone time)
// ---------------------------------------------------------------------------------------------------

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

function toDate(at: Date | string): Date | null {
  const d = at instanceof Date ? at : new Date(at);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The summary period of a release moment: its calendar month 'YYYY-MM' in zone time (Asia/Shanghai). */
export function summaryPeriod(at: Date | string): string {
  const d = toDate(at);
  if (!d) throw new SummaryError('list_invalid', `not a moment: ${String(at)}`);
  return zoneMonthOf(d);
}

/**
 * The due date 'YYYY-MM-DD' of a period's summary: the 15th of the following month (POLICY-NOTES §3.1). The
 * postponement when the 15th falls on a holiday is UNVERIFIED and needs the official holiday calendar: not applied.
 */
export function summaryDueDate(period: string): string {
  const m = PERIOD.exec(period);
  if (!m) throw new SummaryError('list_invalid', `not a period YYYY-MM: ${period}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const [y, mo] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-15`;
}

// ---------------------------------------------------------------------------------------------------
// Grouping
// ---------------------------------------------------------------------------------------------------

export interface SummarySource {
  invtNo: string;
  gnum: number;
  logisticsNo: string;
}

/** One line of a summary: the list lines of the group that share every line key, added up exactly. */
export interface SummaryLine {
  /** 1-based, by first appearance (lists in invtNo order, lines in gnum order). */
  gseq: number;
  gcode: string;
  /** The first seen name unless gname is a line key (itemNameFlag 1). */
  gname: string;
  /** The first seen country unless country is a line key. */
  country: string;
  currency: string;
  qty: string;
  qty1: string;
  unit: string;
  unit1: string;
  totalPrice: string;
  /** In summing order. */
  sources: SummarySource[];
  /** Present only when a field that is not a line key differs among the sources: all its values, first seen first. */
  differing?: { gname?: string[]; country?: string[] };
}

export type SummaryKey = { agentCode: string; customsCode: string; ebcCode: string } & Partial<Record<HeadKey, string>>;

export interface SummaryGroup {
  /** The values of the rule's head keys. */
  key: SummaryKey;
  /** Stable text of the key: `name=value` pairs (values URI-encoded) in `HEAD_KEYS` order, joined by `&`. */
  keyText: string;
  period: string;
  ruleVersion: number;
  summaryFlag: '1' | '2';
  itemNameFlag: '0' | '1';
  /** Name of the consignor as on the first list (invtNo order). */
  ebcName: string;
  /** List ids, sorted. */
  lists: string[];
  /** Inventory numbers, sorted. */
  invtNos: string[];
  /** Sums of the lists' weights, kg. */
  grossWeight: string;
  netWeight: string;
  lines: SummaryLine[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function keyText(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function orderedKeys<K extends string>(canonical: readonly K[], chosen: readonly K[]): K[] {
  return canonical.filter((k) => chosen.includes(k));
}

/** Structural problems of the lists themselves (ids, numbers, decimals, dates); refused before grouping. */
function validateLists(lists: readonly SummaryList[]): void {
  const bad: SummaryErrorItem[] = [];
  const dupes: SummaryErrorItem[] = [];
  const ids = new Set<string>();
  const invtNos = new Set<string>();
  for (const l of lists) {
    const item = (detail: string) => ({ id: l.id, invtNo: l.invtNo, detail });
    if (ids.has(l.id)) dupes.push(item('id given twice'));
    if (invtNos.has(l.invtNo)) dupes.push(item('invtNo given twice'));
    ids.add(l.id);
    invtNos.add(l.invtNo);
    if (!l.invtNo) bad.push(item('no invtNo'));
    if (!toDate(l.releasedAt)) bad.push(item(`releasedAt ${String(l.releasedAt)}`));
    for (const f of ['grossWeight', 'netWeight'] as const) if (!NUMBER.test(l[f])) bad.push(item(`${f} ${l[f]}`));
    const gnums = new Set<number>();
    for (const line of l.lines) {
      if (gnums.has(line.gnum)) bad.push(item(`gnum ${line.gnum} twice`));
      gnums.add(line.gnum);
      for (const f of ['qty', 'qty1', 'totalPrice'] as const) if (!NUMBER.test(line[f])) bad.push(item(`line ${line.gnum} ${f} ${line[f]}`));
    }
  }
  if (dupes.length) throw new SummaryError('duplicate_list', 'lists given twice', dupes);
  if (bad.length) throw new SummaryError('list_invalid', 'lists that cannot be summarised', bad);
}

/** The one period of the lists: the given one (lists of another month are refused) or the lists' common month. */
function periodOf(lists: readonly SummaryList[], period: string | undefined): string | null {
  if (period !== undefined) {
    if (!PERIOD.test(period)) throw new SummaryError('list_invalid', `not a period YYYY-MM: ${period}`);
    const outside = lists.filter((l) => summaryPeriod(l.releasedAt) !== period);
    if (outside.length)
      throw new SummaryError(
        'out_of_period',
        `lists released outside ${period} (zone time)`,
        outside.map((l) => ({ id: l.id, invtNo: l.invtNo, detail: `released in ${summaryPeriod(l.releasedAt)}` })),
      );
    return period;
  }
  const periods = [...new Set(lists.map((l) => summaryPeriod(l.releasedAt)))].sort();
  if (periods.length > 1)
    throw new SummaryError(
      'mixed_periods',
      `lists of ${periods.join(', ')}: a summary covers one month`,
      lists.map((l) => ({ id: l.id, invtNo: l.invtNo, detail: `released in ${summaryPeriod(l.releasedAt)}` })),
    );
  return periods[0] ?? null;
}

interface LineAcc {
  line: SummaryLine;
  qty: ReturnType<typeof dec>[];
  qty1: ReturnType<typeof dec>[];
  totalPrice: ReturnType<typeof dec>[];
  gnames: string[];
  countries: string[];
}

function byInvtNo(a: SummaryList, b: SummaryList): number {
  return compareText(a.invtNo, b.invtNo) || compareText(a.id, b.id);
}

function buildGroup(members: SummaryList[], key: SummaryKey, text: string, period: string, rule: SummaryRule): SummaryGroup {
  const lineKeys = orderedKeys(LINE_KEYS, rule.lineKeys);
  const accs = new Map<string, LineAcc>();
  for (const list of members) {
    for (const l of [...list.lines].sort((a, b) => a.gnum - b.gnum)) {
      const lk = keyText(lineKeys.map((k) => [k, l[k]]));
      let acc = accs.get(lk);
      if (!acc) {
        acc = {
          line: { gseq: accs.size + 1, gcode: l.gcode, gname: l.gname, country: l.country, currency: l.currency, qty: '0', qty1: '0', unit: l.unit, unit1: l.unit1, totalPrice: '0', sources: [] },
          qty: [],
          qty1: [],
          totalPrice: [],
          gnames: [],
          countries: [],
        };
        accs.set(lk, acc);
      }
      acc.qty.push(dec(l.qty));
      acc.qty1.push(dec(l.qty1));
      acc.totalPrice.push(dec(l.totalPrice));
      if (!acc.gnames.includes(l.gname)) acc.gnames.push(l.gname);
      if (!acc.countries.includes(l.country)) acc.countries.push(l.country);
      acc.line.sources.push({ invtNo: list.invtNo, gnum: l.gnum, logisticsNo: list.logisticsNo });
    }
  }
  const lines = [...accs.values()].map((acc): SummaryLine => {
    const line: SummaryLine = { ...acc.line, qty: decText(sum(acc.qty)), qty1: decText(sum(acc.qty1)), totalPrice: decText(sum(acc.totalPrice)) };
    const differing: NonNullable<SummaryLine['differing']> = {};
    if (acc.gnames.length > 1) differing.gname = acc.gnames;
    if (acc.countries.length > 1) differing.country = acc.countries;
    if (differing.gname || differing.country) line.differing = differing;
    return line;
  });
  return {
    key,
    keyText: text,
    period,
    ruleVersion: rule.version,
    summaryFlag: rule.summaryFlag,
    itemNameFlag: rule.itemNameFlag,
    ebcName: members[0]?.ebcName ?? '',
    lists: members.map((l) => l.id).sort(compareText),
    invtNos: members.map((l) => l.invtNo).sort(compareText),
    grossWeight: decText(sum(members.map((l) => dec(l.grossWeight)))),
    netWeight: decText(sum(members.map((l) => dec(l.netWeight)))),
    lines,
  };
}

/**
 * Groups the released B lists of one period into summaries by the rule's head keys, and the lines of each group
 * by its line keys. `period` ('YYYY-MM', zone time): lists released in another month are refused with a
 * `SummaryError` naming them (never silently filtered); without it the lists must all be of one month. Output
 * is deterministic: groups by `keyText`, lines by first appearance in invtNo order. Sums are exact decimals.
 */
export function groupLists(lists: readonly SummaryList[], rule: SummaryRule, period?: string): SummaryGroup[] {
  const r = checkedRule(rule);
  validateLists(lists);
  const p = periodOf(lists, period);
  if (p === null) return [];
  const headKeys = orderedKeys(HEAD_KEYS, r.headKeys);
  const groups = new Map<string, { key: SummaryKey; members: SummaryList[] }>();
  for (const list of [...lists].sort(byInvtNo)) {
    const pairs = headKeys.map((k): [HeadKey, string] => [k, list[k]]);
    const text = keyText(pairs);
    let g = groups.get(text);
    if (!g) {
      g = { key: Object.fromEntries(pairs) as SummaryKey, members: [] };
      groups.set(text, g);
    }
    g.members.push(list);
  }
  return [...groups.entries()].sort(([a], [b]) => compareText(a, b)).map(([text, g]) => buildGroup(g.members, g.key, text, p, r));
}

// ---------------------------------------------------------------------------------------------------
// An enterprise's own CEB701 naming lists
// ---------------------------------------------------------------------------------------------------

export interface SummaryProblem {
  /** The head key (or the release month, or the inventory number itself) that splits the named lists. */
  key: HeadKey | 'period' | 'invtNo';
  /** [the first list's value, the differing value]; for `invtNo`, the duplicate number (empty: no lists named). */
  values: string[];
  /** [the first list (invtNo order), then every list carrying the differing value]. */
  invtNos: string[];
}

/**
 * A CEB701 that names its lists (SummaryApplyList) must name lists of ONE group of the rule, released in one
 * month. Returns that group, or one problem per key and differing value, compared with the first list in invtNo
 * order — e.g. `{ key: 'country', values: ['133', '116'], invtNos: ['…first', '…differing'] }`.
 */
export function checkSummaryApplication(lists: readonly SummaryList[], rule: SummaryRule): { ok: true; group: SummaryGroup } | { ok: false; problems: SummaryProblem[] } {
  const r = checkedRule(rule);
  if (lists.length === 0) return { ok: false, problems: [{ key: 'invtNo', values: [], invtNos: [] }] };
  const problems: SummaryProblem[] = [];
  const seen = new Set<string>();
  for (const l of lists) {
    if (seen.has(l.invtNo)) problems.push({ key: 'invtNo', values: [l.invtNo], invtNos: [l.invtNo] });
    seen.add(l.invtNo);
  }
  if (problems.length) return { ok: false, problems };
  validateLists(lists);
  const sorted = [...lists].sort(byInvtNo);
  const first = sorted[0]!;
  const valueOf = (l: SummaryList, k: HeadKey | 'period') => (k === 'period' ? summaryPeriod(l.releasedAt) : l[k]);
  for (const k of ['period' as const, ...orderedKeys(HEAD_KEYS, r.headKeys)]) {
    const expected = valueOf(first, k);
    const byValue = new Map<string, string[]>();
    for (const l of sorted) {
      const v = valueOf(l, k);
      if (v !== expected) byValue.set(v, [...(byValue.get(v) ?? []), l.invtNo]);
    }
    for (const [v, invtNos] of byValue) problems.push({ key: k, values: [expected, v], invtNos: [first.invtNo, ...invtNos] });
  }
  if (problems.length) return { ok: false, problems };
  const [group] = groupLists(lists, r);
  return { ok: true, group: group! };
}

// ---------------------------------------------------------------------------------------------------
// CEB701 / CEB792 documents
// ---------------------------------------------------------------------------------------------------

export interface SummaryParty {
  code: string;
  name: string;
}

function newGuid(newId?: () => string): string {
  return (newId ?? (() => crypto.randomUUID()))().toUpperCase();
}

export interface SummaryApplyMeta {
  /** Submission time (appTime, zone time). */
  at: Date;
  /** The enterprise's own document number (≤ 30). */
  copNo: string;
  /** Name of the declaring agent (the group's agentCode). */
  agentName: string;
  /** The customs broker of the follow-up declaration (报关单位). */
  declAgent: SummaryParty;
  /** Who transmits (BaseTransfer); the copCode must match the DXP client identity. */
  transfer: SummaryParty & { dxpId: string };
  /** 1 staged, 2 declare (default). */
  appStatus?: '1' | '2';
  loctNo?: string;
  note?: string;
  newId?: () => string;
}

/**
 * The CEB701 application for a group, naming its lists (SummaryApplyList) rather than a time range. One message
 * (msgCount = msgSeqNo = 1): the apply list is unbounded in the XSD. Unsigned: signing is the sender's step.
 */
export function summaryApplyDocument(group: SummaryGroup, meta: SummaryApplyMeta): CebMessages['CEB701Message'] {
  return {
    guid: newGuid(meta.newId),
    version: '1.0',
    SummaryApply: [
      {
        SummaryApplyHead: {
          guid: newGuid(meta.newId),
          appType: '1',
          appTime: cebTime(meta.at, false),
          appStatus: meta.appStatus ?? '2',
          customsCode: group.key.customsCode,
          copNo: meta.copNo,
          agentCode: group.key.agentCode,
          agentName: meta.agentName,
          ebcCode: group.key.ebcCode,
          ebcName: group.ebcName,
          declAgentCode: meta.declAgent.code,
          declAgentName: meta.declAgent.name,
          ...(meta.loctNo !== undefined ? { loctNo: meta.loctNo } : {}),
          summaryFlag: group.summaryFlag,
          itemNameFlag: group.itemNameFlag,
          msgCount: 1,
          msgSeqNo: 1,
          ...(meta.note !== undefined ? { note: meta.note } : {}),
        },
        SummaryApplyList: group.invtNos.map((invtNo) => ({ invtNo })),
      },
    ],
    BaseTransfer: { copCode: meta.transfer.code, copName: meta.transfer.name, dxpMode: 'DXP', dxpId: meta.transfer.dxpId },
  };
}

export interface SummaryResultMeta {
  /** Summary application number (18). */
  sumNo: string;
  /** Processing time; rendered YYYYMMDDhhmmssSSS in zone time. */
  opDate: Date;
  /** Summary unified number, 1:1 with the customs declaration (18). */
  declSeqNo: string;
  /** Customs declaration status (1..3 chars, values set by customs). */
  decState: string;
  agentName: string;
  declAgent: SummaryParty;
  /** Customs declaration number (18), once known. */
  entryId?: string;
  decTmpNo?: string;
  decPreNo?: string;
  note?: string;
  newId?: () => string;
}

/**
 * The CEB792 result for a group: the head with the summed weights, and one SummaryResultList entry per list line,
 * carrying the summary line (gseqno) it went into — in gseq order, then in summing order.
 */
export function summaryResultDocument(group: SummaryGroup, meta: SummaryResultMeta): CebMessages['CEB792Message'] {
  return {
    guid: newGuid(meta.newId),
    version: '1.0',
    SummaryResult: [
      {
        SummaryResultHead: {
          guid: newGuid(meta.newId),
          customsCode: group.key.customsCode,
          sumNo: meta.sumNo,
          opDate: cebTime(meta.opDate, true),
          declSeqNo: meta.declSeqNo,
          ...(meta.decTmpNo !== undefined ? { decTmpNo: meta.decTmpNo } : {}),
          ...(meta.decPreNo !== undefined ? { decPreNo: meta.decPreNo } : {}),
          ...(meta.entryId !== undefined ? { entryId: meta.entryId } : {}),
          decState: meta.decState,
          agentCode: group.key.agentCode,
          agentName: meta.agentName,
          ebcCode: group.key.ebcCode,
          ebcName: group.ebcName,
          declAgentCode: meta.declAgent.code,
          declAgentName: meta.declAgent.name,
          grossWeight: group.grossWeight,
          netWeight: group.netWeight,
          msgCount: 1,
          msgSeqNo: 1,
          ...(meta.note !== undefined ? { note: meta.note } : {}),
        },
        SummaryResultList: group.lines.flatMap((line) =>
          line.sources.map((s) => ({ invtNo: s.invtNo, logisticsNo: s.logisticsNo, gseqno: line.gseq, gnum: s.gnum, gcode: line.gcode })),
        ),
      },
    ],
  };
}
