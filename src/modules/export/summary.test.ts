import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateCeb } from '../../../test/support/xsd';
import { dec, sum } from '../../kernel/money';
import { buildCeb, checkDocument, parseCeb } from '../ceb';
import {
  DEFAULT_SUMMARY_RULE,
  HEAD_KEYS,
  SummaryError,
  SummaryRuleBody,
  SummaryRuleInput,
  checkSummaryApplication,
  groupLists,
  summaryApplyDocument,
  summaryDueDate,
  summaryPeriod,
  summaryResultDocument,
  type HeadKey,
  type SummaryGroup,
  type SummaryList,
  type SummaryListLine,
  type SummaryRule,
} from './summary';

// ---------------------------------------------------------------------------------------------------
// A tiny deterministic PRNG (mulberry32) and generated lists with values from small pools
// ---------------------------------------------------------------------------------------------------

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, pool: readonly T[]): T {
  return pool[Math.floor(rnd() * pool.length)]!;
}

/** A decimal string with `places` decimals, built from an integer (never a binary float). */
function decimal(rnd: () => number, maxUnits: number, places: number): string {
  const units = 1 + Math.floor(rnd() * maxUnits * 10 ** places);
  const s = String(units).padStart(places + 1, '0');
  return places ? `${s.slice(0, -places)}.${s.slice(-places)}` : s;
}

const NOV_START = Date.parse('2026-10-31T16:00:00Z'); // 2026-11-01 00:00 zone time
const NOV_END = Date.parse('2026-11-30T16:00:00Z'); // 2026-12-01 00:00 zone time

function makeLists(seed: number, count: number): SummaryList[] {
  const rnd = prng(seed);
  const lists: SummaryList[] = [];
  for (let i = 0; i < count; i++) {
    const lineCount = 1 + Math.floor(rnd() * 3);
    const lines: SummaryListLine[] = [];
    for (let g = 1; g <= lineCount; g++) {
      lines.push({
        gnum: g,
        gcode: pick(rnd, ['0810100000', '1211200091', '4418999090', '3304990099']),
        gname: pick(rnd, ['苹果梨', '人参', '木制品']),
        country: pick(rnd, ['133', '116', '344']),
        currency: pick(rnd, ['142', '502']),
        qty: decimal(rnd, 50, pick(rnd, [0, 1, 5])),
        qty1: decimal(rnd, 20, pick(rnd, [0, 3])),
        unit: pick(rnd, ['011', '035']),
        unit1: pick(rnd, ['035', '011']),
        totalPrice: decimal(rnd, 500, pick(rnd, [1, 2, 5])),
      });
    }
    const serial = String(100000000 + i * 7 + Math.floor(rnd() * 7)).slice(-9);
    lists.push({
      id: `L${seed}-${String(i).padStart(4, '0')}`,
      invtNo: `15012026E${serial}`,
      logisticsNo: `YJ${seed}${String(i).padStart(6, '0')}`,
      agentCode: pick(rnd, ['2224960001', '2224960002']),
      customsCode: pick(rnd, ['1501', '1502']),
      ebcCode: pick(rnd, ['22249600A1', '22249600A2', '22249600A3']),
      ebcName: '延吉示例跨境电商有限公司',
      ownerCode: pick(rnd, ['22249600B1', '22249600B2', 'NO']),
      trafMode: pick(rnd, ['4', '5']),
      country: pick(rnd, ['133', '116', '344']),
      portCode: pick(rnd, ['1501', '1503']),
      releasedAt: new Date(NOV_START + Math.floor(rnd() * (NOV_END - NOV_START))),
      grossWeight: decimal(rnd, 30, 3),
      netWeight: decimal(rnd, 25, 5),
      lines,
    });
  }
  // Shuffled, so that the output order cannot come from the input order.
  for (let i = lists.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [lists[i], lists[j]] = [lists[j]!, lists[i]!];
  }
  return lists;
}

function headValues(list: SummaryList, keys: readonly HeadKey[]): string {
  return JSON.stringify(keys.map((k) => list[k]));
}

function lineOf(byInvt: Map<string, SummaryList>, invtNo: string, gnum: number): SummaryListLine {
  const line = byInvt.get(invtNo)?.lines.find((l) => l.gnum === gnum);
  assert.ok(line, `source ${invtNo}#${gnum} exists`);
  return line;
}

/** Properties (a)–(d) of one grouping. */
function checkProperties(lists: SummaryList[], rule: SummaryRule, groups: SummaryGroup[]): void {
  const byId = new Map(lists.map((l) => [l.id, l]));
  const byInvt = new Map(lists.map((l) => [l.invtNo, l]));
  const headKeys = HEAD_KEYS.filter((k) => rule.headKeys.includes(k));

  // (a) every list in exactly one group
  const seen = new Map<string, number>();
  for (const g of groups) for (const id of g.lists) seen.set(id, (seen.get(id) ?? 0) + 1);
  assert.equal(seen.size, lists.length, 'no list left out');
  for (const l of lists) assert.equal(seen.get(l.id), 1, `${l.id} appears once`);

  // deterministic order
  const texts = groups.map((g) => g.keyText);
  assert.deepEqual(texts, [...texts].sort());
  assert.equal(new Set(texts).size, texts.length);

  // (b) agreement within a group, a difference between any two groups
  const signatures = groups.map((g) => {
    assert.deepEqual(g.lists, [...g.lists].sort());
    assert.deepEqual(g.invtNos, [...g.invtNos].sort());
    assert.deepEqual(g.invtNos, g.lists.map((id) => byId.get(id)!.invtNo).sort());
    const members = g.lists.map((id) => byId.get(id)!);
    for (const m of members) for (const k of headKeys) assert.equal(m[k], g.key[k], `${m.id} agrees on ${k}`);
    assert.deepEqual(Object.keys(g.key).sort(), [...headKeys].sort());
    return headValues(members[0]!, headKeys);
  });
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) assert.ok(headKeys.some((k) => groups[i]!.key[k] !== groups[j]!.key[k]), `groups ${i} and ${j} differ on a head key`);
  assert.equal(new Set(signatures).size, groups.length);

  for (const g of groups) {
    const members = g.lists.map((id) => byId.get(id)!);
    // (c) exact sums, each source line once
    const allLines = members.flatMap((m) => m.lines.map((l) => ({ invtNo: m.invtNo, l })));
    const sources = g.lines.flatMap((sl) => sl.sources.map((s) => `${s.invtNo}#${s.gnum}`));
    assert.equal(new Set(sources).size, sources.length, 'no source line twice');
    assert.deepEqual([...sources].sort(), allLines.map(({ invtNo, l }) => `${invtNo}#${l.gnum}`).sort());
    for (const f of ['qty', 'qty1', 'totalPrice'] as const) {
      const want = sum(allLines.map(({ l }) => dec(l[f])));
      const got = sum(g.lines.map((sl) => dec(sl[f])));
      assert.ok(got.eq(want), `${g.keyText} ${f}: ${got.toFixed()} = ${want.toFixed()}`);
    }
    assert.ok(dec(g.grossWeight).eq(sum(members.map((m) => dec(m.grossWeight)))));
    assert.ok(dec(g.netWeight).eq(sum(members.map((m) => dec(m.netWeight)))));
    // (d) the lines of a summary line agree on every line key; two summary lines differ on one
    assert.deepEqual(
      g.lines.map((l) => l.gseq),
      g.lines.map((_, i) => i + 1),
    );
    for (const sl of g.lines) {
      for (const f of ['qty', 'qty1', 'totalPrice'] as const) assert.ok(dec(sl[f]).eq(sum(sl.sources.map((s) => dec(lineOf(byInvt, s.invtNo, s.gnum)[f])))));
      for (const s of sl.sources) {
        const src = lineOf(byInvt, s.invtNo, s.gnum);
        for (const k of rule.lineKeys) assert.equal(src[k], sl[k], `${s.invtNo}#${s.gnum} agrees on ${k}`);
        assert.equal(s.logisticsNo, byInvt.get(s.invtNo)!.logisticsNo);
      }
    }
    for (let i = 0; i < g.lines.length; i++)
      for (let j = i + 1; j < g.lines.length; j++) assert.ok(rule.lineKeys.some((k) => g.lines[i]![k] !== g.lines[j]![k]));
  }
}

function ruleWith(changes: Partial<SummaryRule>): SummaryRule {
  return { ...DEFAULT_SUMMARY_RULE, ...changes, version: DEFAULT_SUMMARY_RULE.version + 1 };
}

const NO_PORT = ruleWith({ headKeys: DEFAULT_SUMMARY_RULE.headKeys.filter((k) => k !== 'portCode') });
const BY_NAME = ruleWith({ itemNameFlag: '1', lineKeys: [...DEFAULT_SUMMARY_RULE.lineKeys, 'gname'] });

// ---------------------------------------------------------------------------------------------------

describe('summary grouping (清单核放、汇总申报): properties over generated months', () => {
  const ROUNDS = 50;
  const LISTS = 200;

  it(`${ROUNDS} rounds × ${LISTS} lists: (a) each list once, (b) head keys, (c) exact sums, (d) line keys — default, no-port and by-name rules`, () => {
    let groupsSeen = 0;
    let multiListGroups = 0;
    let mergedLines = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const lists = makeLists(1000 + round, LISTS);
      for (const rule of [DEFAULT_SUMMARY_RULE, NO_PORT, BY_NAME]) {
        const groups = groupLists(lists, rule, '2026-11');
        checkProperties(lists, rule, groups);
        groupsSeen += groups.length;
        multiListGroups += groups.filter((g) => g.lists.length > 1).length;
        mergedLines += groups.reduce((n, g) => n + g.lines.filter((l) => l.sources.length > 1).length, 0);
      }
    }
    // The pools are small enough that keys collide (lists share groups, lines merge) and differ (many groups).
    assert.ok(groupsSeen > ROUNDS * 3 * 10, `${groupsSeen} groups`);
    assert.ok(multiListGroups > 0, 'lists share groups');
    assert.ok(mergedLines > 0, 'lines are summed together');
  });

  it('(e) dropping portCode merges exactly the groups that differ only in portCode; adding it back restores them', () => {
    for (let round = 0; round < 20; round++) {
      const lists = makeLists(5000 + round, LISTS);
      const fine = groupLists(lists, DEFAULT_SUMMARY_RULE, '2026-11');
      const coarse = groupLists(lists, NO_PORT, '2026-11');
      assert.ok(coarse.length < fine.length, `${coarse.length} < ${fine.length}`);
      const coarseOf = new Map<string, string>();
      for (const g of coarse) for (const id of g.lists) coarseOf.set(id, g.keyText);
      const others = HEAD_KEYS.filter((k) => k !== 'portCode');
      for (const a of lists)
        for (const b of lists) {
          if (a.id >= b.id) continue;
          assert.equal(coarseOf.get(a.id) === coarseOf.get(b.id), headValues(a, others) === headValues(b, others));
        }
      // Each coarse group is the union of the fine groups with its key.
      for (const c of coarse) {
        const parts = fine.filter((f) => others.every((k) => f.key[k] === c.key[k]));
        assert.deepEqual(parts.flatMap((p) => p.lists).sort(), c.lists);
        assert.ok(parts.every((p) => p.key.portCode !== undefined) && c.key.portCode === undefined);
      }
      const back = groupLists(lists, ruleWith({ headKeys: [...NO_PORT.headKeys, 'portCode'] }), '2026-11');
      assert.deepEqual(back, fine.map((g) => ({ ...g, ruleVersion: DEFAULT_SUMMARY_RULE.version + 1 })));
    }
  });

  it('is deterministic: the input order does not matter', () => {
    const lists = makeLists(77, LISTS);
    assert.deepEqual(groupLists([...lists].reverse(), DEFAULT_SUMMARY_RULE), groupLists(lists, DEFAULT_SUMMARY_RULE));
  });
});

// ---------------------------------------------------------------------------------------------------

function list(id: string, changes: Partial<SummaryList> = {}, lines?: Partial<SummaryListLine>[]): SummaryList {
  return {
    id,
    invtNo: `15012026E${id.padStart(9, '0')}`,
    logisticsNo: `YJ${id}`,
    agentCode: '2224960001',
    customsCode: '1501',
    ebcCode: '22249600A1',
    ebcName: '延吉白岩人参贸易有限公司',
    ownerCode: '22249600B1',
    trafMode: '5',
    country: '133',
    portCode: '1501',
    releasedAt: '2026-11-10T02:00:00Z',
    grossWeight: '1.2',
    netWeight: '1',
    lines: (lines ?? [{}]).map((l, i) => ({
      gnum: i + 1,
      gcode: '1211200091',
      gname: '人参',
      country: '133',
      currency: '142',
      qty: '0.1',
      qty1: '0.1',
      unit: '035',
      unit1: '035',
      totalPrice: '0.1',
      ...l,
    })),
    ...changes,
  };
}

describe('summary lines', () => {
  it('adds exactly: 0.1 + 0.2 = 0.3, never a binary float', () => {
    const [g] = groupLists([list('1'), list('2', {}, [{ qty: '0.2', qty1: '0.2', totalPrice: '0.2' }])], DEFAULT_SUMMARY_RULE);
    assert.equal(g!.lines.length, 1);
    assert.equal(g!.lines[0]!.qty, '0.3');
    assert.equal(g!.lines[0]!.totalPrice, '0.3');
    assert.equal(g!.grossWeight, '2.4');
  });

  it('keeps lines of the same gcode in different units (or currencies, or destinations) apart', () => {
    const lists = [list('1', {}, [{ unit: '035' }, { unit: '011', unit1: '035' }]), list('2', {}, [{ currency: '502' }, { country: '116' }, {}])];
    const [g] = groupLists(lists, DEFAULT_SUMMARY_RULE);
    assert.deepEqual(
      g!.lines.map((l) => [l.gseq, l.unit, l.currency, l.country, l.sources.map((s) => `${s.invtNo.slice(-1)}#${s.gnum}`).join(',')]),
      [
        [1, '035', '142', '133', '1#1,2#3'],
        [2, '011', '142', '133', '1#2'],
        [3, '035', '502', '133', '2#1'],
        [4, '035', '142', '116', '2#2'],
      ],
    );
  });

  it('itemNameFlag 1 keeps names apart; 0 sums them under the first name and says the names differed', () => {
    const lists = [list('1', {}, [{ gname: '人参' }]), list('2', {}, [{ gname: '红参' }])];
    const [byClass] = groupLists(lists, DEFAULT_SUMMARY_RULE);
    assert.equal(byClass!.lines.length, 1);
    assert.equal(byClass!.lines[0]!.gname, '人参');
    assert.deepEqual(byClass!.lines[0]!.differing, { gname: ['人参', '红参'] });
    const [byName] = groupLists(lists, BY_NAME);
    assert.deepEqual(
      byName!.lines.map((l) => [l.gname, l.differing]),
      [
        ['人参', undefined],
        ['红参', undefined],
      ],
    );
    assert.equal(byName!.itemNameFlag, '1');
  });

  it('splits by agent and customs too: one summary is filed by one agent at one customs', () => {
    const groups = groupLists([list('1'), list('2', { agentCode: '2224960002' }), list('3', { customsCode: '1502' })], DEFAULT_SUMMARY_RULE);
    assert.equal(groups.length, 3);
  });
});

describe('summary period and due date (zone time)', () => {
  it('a list released 2026-11-30T17:00Z is December in zone time', () => {
    assert.equal(summaryPeriod(new Date('2026-11-30T17:00:00Z')), '2026-12');
    assert.equal(summaryPeriod('2026-11-30T15:59:59.999Z'), '2026-11');
    assert.equal(summaryPeriod(new Date('2026-10-31T16:00:00Z')), '2026-11');
  });

  it('is due on the 15th of the following month (no holiday postponement)', () => {
    assert.equal(summaryDueDate('2026-11'), '2026-12-15');
    assert.equal(summaryDueDate('2026-12'), '2027-01-15');
    assert.throws(() => summaryDueDate('2026-13'), SummaryError);
  });

  it('refuses lists outside the period, naming them, instead of leaving them out', () => {
    const late = list('9', { releasedAt: new Date('2026-11-30T17:00:00Z') });
    assert.throws(
      () => groupLists([list('1'), late], DEFAULT_SUMMARY_RULE, '2026-11'),
      (e: unknown) => e instanceof SummaryError && e.code === 'out_of_period' && e.items.length === 1 && e.items[0]!.invtNo === late.invtNo && /2026-12/.test(e.items[0]!.detail) && e.message.includes(late.invtNo),
    );
    assert.throws(() => groupLists([list('1'), late], DEFAULT_SUMMARY_RULE), (e: unknown) => e instanceof SummaryError && e.code === 'mixed_periods');
    assert.equal(groupLists([late], DEFAULT_SUMMARY_RULE, '2026-12').length, 1);
    assert.deepEqual(groupLists([], DEFAULT_SUMMARY_RULE, '2026-11'), []);
  });

  it('refuses lists given twice and numbers that are not plain decimals', () => {
    assert.throws(() => groupLists([list('1'), list('1')], DEFAULT_SUMMARY_RULE), (e: unknown) => e instanceof SummaryError && e.code === 'duplicate_list');
    assert.throws(() => groupLists([list('1', {}, [{ qty: '1e3' }])], DEFAULT_SUMMARY_RULE), (e: unknown) => e instanceof SummaryError && e.code === 'list_invalid');
  });
});

describe('summary rule (data)', () => {
  it('the default rule is the §3.1 keys, unverified, and valid', () => {
    assert.equal(SummaryRuleInput.safeParse(DEFAULT_SUMMARY_RULE).success, true);
    assert.equal(DEFAULT_SUMMARY_RULE.verified, false);
    assert.match(DEFAULT_SUMMARY_RULE.source, /POLICY-NOTES §3\.1/);
    assert.deepEqual([...DEFAULT_SUMMARY_RULE.headKeys].sort(), ['agentCode', 'country', 'customsCode', 'ebcCode', 'ownerCode', 'portCode', 'trafMode']);
    assert.deepEqual([...DEFAULT_SUMMARY_RULE.lineKeys].sort(), ['country', 'currency', 'gcode', 'unit', 'unit1']);
    assert.equal(SummaryRuleInput.safeParse(NO_PORT).success, true);
    assert.equal(SummaryRuleInput.safeParse(BY_NAME).success, true);
  });

  /** The rule is refused with the catalogue key `message` (and, if given, for `key`). */
  const refused = (rule: unknown, message: string, key?: string) => {
    const r = SummaryRuleInput.safeParse(rule);
    assert.equal(r.success, false);
    const issues = r.error!.issues.map((i) => ({ message: i.message, key: (i as { params?: { key?: string } }).params?.key }));
    assert.ok(
      issues.some((i) => i.message === message && (key === undefined || i.key === key)),
      JSON.stringify(issues),
    );
  };

  it('refuses unknown properties and unknown key names', () => {
    assert.equal(SummaryRuleInput.safeParse({ ...DEFAULT_SUMMARY_RULE, extra: 1 }).success, false);
    assert.equal(SummaryRuleInput.safeParse({ ...DEFAULT_SUMMARY_RULE, headKeys: [...DEFAULT_SUMMARY_RULE.headKeys, 'loctNo'] }).success, false);
    assert.equal(SummaryRuleInput.safeParse({ ...DEFAULT_SUMMARY_RULE, lineKeys: [...DEFAULT_SUMMARY_RULE.lineKeys, 'price'] }).success, false);
    refused({ ...DEFAULT_SUMMARY_RULE, headKeys: [...DEFAULT_SUMMARY_RULE.headKeys, 'country'] }, 'exp.rule_key_duplicate', 'country');
    refused({ ...DEFAULT_SUMMARY_RULE, effectiveFrom: '2026-02-30' }, 'exp.rule_date');
  });

  it('keeps the agent, customs and consignor keys and the line code, currency and units', () => {
    for (const k of ['agentCode', 'customsCode', 'ebcCode'] as const) refused({ ...DEFAULT_SUMMARY_RULE, headKeys: DEFAULT_SUMMARY_RULE.headKeys.filter((h) => h !== k) }, 'exp.rule_key_required', k);
    for (const k of ['gcode', 'currency', 'unit', 'unit1'] as const) refused({ ...DEFAULT_SUMMARY_RULE, lineKeys: DEFAULT_SUMMARY_RULE.lineKeys.filter((h) => h !== k) }, 'exp.rule_key_required', k);
    assert.throws(
      () => groupLists([list('1')], { ...DEFAULT_SUMMARY_RULE, headKeys: ['agentCode', 'customsCode', 'ownerCode'] }),
      (e: unknown) => e instanceof SummaryError && e.code === 'rule_invalid',
    );
  });

  it('keeps summaryFlag consistent with ownerCode and itemNameFlag with gname', () => {
    refused({ ...DEFAULT_SUMMARY_RULE, summaryFlag: '1' }, 'exp.rule_summary_flag');
    refused({ ...DEFAULT_SUMMARY_RULE, headKeys: DEFAULT_SUMMARY_RULE.headKeys.filter((k) => k !== 'ownerCode') }, 'exp.rule_summary_flag');
    assert.equal(SummaryRuleInput.safeParse({ ...DEFAULT_SUMMARY_RULE, summaryFlag: '1', headKeys: DEFAULT_SUMMARY_RULE.headKeys.filter((k) => k !== 'ownerCode') }).success, true);
    refused({ ...DEFAULT_SUMMARY_RULE, itemNameFlag: '1' }, 'exp.rule_item_name_flag');
    refused({ ...DEFAULT_SUMMARY_RULE, lineKeys: [...DEFAULT_SUMMARY_RULE.lineKeys, 'gname'] }, 'exp.rule_item_name_flag');
  });

  it('the request body of a new rule (no version) is held to the same checks', () => {
    const { version: _version, ...body } = DEFAULT_SUMMARY_RULE;
    assert.equal(SummaryRuleBody.safeParse(body).success, true);
    assert.equal(SummaryRuleBody.safeParse({ ...body, version: 3 }).success, false);
    const r = SummaryRuleBody.safeParse({ ...body, headKeys: body.headKeys.filter((k) => k !== 'ebcCode') });
    assert.equal(r.success, false);
    assert.ok(r.error!.issues.some((i) => i.message === 'exp.rule_key_required'));
  });
});

describe('checkSummaryApplication (a CEB701 naming its lists)', () => {
  it('accepts lists of one group and returns it', () => {
    const r = checkSummaryApplication([list('2'), list('1')], DEFAULT_SUMMARY_RULE);
    assert.equal(r.ok, true);
    assert.deepEqual(r.ok && r.group.lists, ['1', '2']);
  });

  it('names the key that differs and both values', () => {
    const a = list('1');
    const b = list('2', { country: '116' });
    const c = list('3', { country: '116', portCode: '1503' });
    const r = checkSummaryApplication([c, b, a], DEFAULT_SUMMARY_RULE);
    assert.equal(r.ok, false);
    assert.deepEqual(!r.ok && r.problems, [
      { key: 'country', values: ['133', '116'], invtNos: [a.invtNo, b.invtNo, c.invtNo] },
      { key: 'portCode', values: ['1501', '1503'], invtNos: [a.invtNo, c.invtNo] },
    ]);
    // Under a rule without portCode only the country remains a problem.
    const r2 = checkSummaryApplication([a, c], NO_PORT);
    assert.deepEqual(!r2.ok && r2.problems.map((p) => p.key), ['country']);
  });

  it('names a month that differs, duplicates, and an empty application', () => {
    const r = checkSummaryApplication([list('1'), list('2', { releasedAt: '2026-11-30T17:00:00Z' })], DEFAULT_SUMMARY_RULE);
    assert.deepEqual(!r.ok && r.problems.map((p) => [p.key, p.values]), [['period', ['2026-11', '2026-12']]]);
    const d = checkSummaryApplication([list('1'), list('1')], DEFAULT_SUMMARY_RULE);
    assert.deepEqual(!d.ok && d.problems.map((p) => p.key), ['invtNo']);
    assert.equal(checkSummaryApplication([], DEFAULT_SUMMARY_RULE).ok, false);
  });
});

describe('CEB701 / CEB792 documents', () => {
  const lists = [list('1', {}, [{}, { gcode: '0810100000', gname: '苹果梨', unit: '011', qty: '12', totalPrice: '36.5' }]), list('2', { grossWeight: '3.25', netWeight: '2.5' }), list('3', { ownerCode: 'NO' })];
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const groups = groupLists(lists, DEFAULT_SUMMARY_RULE, '2026-11');
  const group = groups.find((g) => g.lists.length === 2)!;
  const broker = { code: '2224960001', name: '延吉正衡报关有限公司' };

  it('builds a CEB701 that passes the contract, the official XSD and a round trip', () => {
    const doc = summaryApplyDocument(group, { at: new Date('2026-12-03T01:02:03Z'), copNo: 'SUM202611-0001', agentName: broker.name, declAgent: broker, transfer: { ...broker, dxpId: 'DXPENT0000000001' }, newId });
    const checked = checkDocument('CEB701Message', doc);
    assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.problems));
    const head = doc.SummaryApply[0]!.SummaryApplyHead;
    assert.equal(head.appTime, '20261203090203');
    assert.equal(head.appType, '1');
    assert.equal(head.appStatus, '2');
    assert.equal(head.summaryFlag, '2');
    assert.equal(head.itemNameFlag, '0');
    assert.equal(head.guid.length, 36);
    assert.deepEqual(
      doc.SummaryApply[0]!.SummaryApplyList,
      group.invtNos.map((invtNo) => ({ invtNo })),
    );
    const xml = buildCeb('CEB701Message', doc);
    const xsd = validateCeb(xml);
    assert.ok(xsd.valid, JSON.stringify(xsd.errors));
    const parsed = parseCeb(xml);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.document, doc);
  });

  it('builds a CEB792 that passes the contract, the official XSD and a round trip', () => {
    const doc = summaryResultDocument(group, {
      sumNo: '150120261000000001',
      opDate: new Date('2026-12-05T08:00:00.123Z'),
      declSeqNo: '150120261000000099',
      decState: 'A',
      entryId: '150120260000123456',
      agentName: broker.name,
      declAgent: broker,
      newId,
    });
    const checked = checkDocument('CEB792Message', doc);
    assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.problems));
    const head = doc.SummaryResult[0]!.SummaryResultHead;
    assert.equal(head.opDate, '20261205160000123');
    assert.equal(head.grossWeight, '4.45');
    assert.equal(head.netWeight, '3.5');
    assert.deepEqual(
      doc.SummaryResult[0]!.SummaryResultList!.map((l) => [l.invtNo.slice(-1), l.gnum, l.gseqno, l.gcode, l.logisticsNo]),
      [
        ['1', 1, 1, '1211200091', 'YJ1'],
        ['2', 1, 1, '1211200091', 'YJ2'],
        ['1', 2, 2, '0810100000', 'YJ1'],
      ],
    );
    const xml = buildCeb('CEB792Message', doc);
    const xsd = validateCeb(xml);
    assert.ok(xsd.valid, JSON.stringify(xsd.errors));
    const parsed = parseCeb(xml);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.document, doc);
  });

  it('every group of a generated month builds documents that pass checkDocument', () => {
    for (const g of groupLists(makeLists(42, 200), DEFAULT_SUMMARY_RULE, '2026-11')) {
      const apply = summaryApplyDocument(g, { at: new Date('2026-12-02T02:00:00Z'), copNo: 'SUM1', agentName: '代理', declAgent: broker, transfer: { ...broker, dxpId: 'DXPENT0000000001' } });
      assert.ok(checkDocument('CEB701Message', apply).ok);
      const result = summaryResultDocument(g, { sumNo: '150120261000000001', opDate: new Date(), declSeqNo: '150120261000000099', decState: 'A', agentName: '代理', declAgent: broker });
      assert.equal('entryId' in result.SummaryResult[0]!.SummaryResultHead, false);
      assert.ok(checkDocument('CEB792Message', result).ok);
      assert.equal(result.SummaryResult[0]!.SummaryResultList!.length, g.lines.reduce((k, l) => k + l.sources.length, 0));
    }
  });
});
