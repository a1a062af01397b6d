import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dec, decText, sum } from '../../kernel/money';
import { checkDocument } from '../ceb';
import type { HEAD_KEYS} from './summary';
import { checkSummaryApplication, DEFAULT_SUMMARY_RULE, groupLists, summaryApplyDocument, summaryDueDate, summaryPeriod, summaryResultDocument, type SummaryList, type SummaryRule } from './summary';

/** A small deterministic generator (LCG), so that every run checks the same cases. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

/** Lists drawn from small pools, so that lists collide on some keys and differ on others. */
function randomLists(seed: number, n: number): SummaryList[] {
  const g = generator(seed);
  return Array.from({ length: n }, (_, i) => {
    const country = g.pick(['133', '116', '344']);
    const lines = Array.from({ length: 1 + Math.floor(g.next() * 3) }, (_, j) => {
      const qty = String(1 + Math.floor(g.next() * 9));
      const price = (Math.floor(g.next() * 100_000) / 1000).toFixed(3);
      return {
        gnum: j + 1,
        gcode: g.pick(['1211201000', '0808309000', '0306149000']),
        gname: g.pick(['人参', '苹果梨', '冻蟹']),
        country: g.next() < 0.9 ? country : g.pick(['133', '116', '344']),
        currency: g.pick(['142', '142', '142', '502']),
        qty,
        qty1: decText(dec(qty).times('0.5')),
        unit: g.pick(['035', '035', '011']),
        unit1: '035',
        totalPrice: decText(dec(price).times(qty)),
      };
    });
    return {
      id: `id-${seed}-${String(i).padStart(4, '0')}`,
      invtNo: `15002026E${String(seed % 1000).padStart(3, '0')}${String(i).padStart(6, '0')}`,
      logisticsNo: `L${seed}-${i}`,
      agentCode: g.pick(['A1', 'A2']),
      customsCode: '1500',
      ebcCode: g.pick(['E1', 'E2', 'E3']),
      ebcName: 'seller',
      ownerCode: g.pick(['O1', 'NO']),
      trafMode: g.pick(['4', '5']),
      country,
      portCode: g.pick(['1500', '1501']),
      releasedAt: new Date(Date.UTC(2026, 10, 1 + Math.floor(g.next() * 29), Math.floor(g.next() * 15))),
      grossWeight: (g.next() * 10).toFixed(3),
      netWeight: (g.next() * 8).toFixed(3),
      lines,
    };
  });
}

function headValue(l: SummaryList, k: (typeof HEAD_KEYS)[number]): string {
  return l[k];
}

function checkProperties(lists: SummaryList[], rule: SummaryRule): number {
  const groups = groupLists(lists, rule, '2026-11');
  const byId = new Map(lists.map((l) => [l.id, l]));
  // (a) every list in exactly one group: never left out, never twice.
  const seen = groups.flatMap((g) => g.lists);
  assert.equal(seen.length, lists.length, 'no list twice');
  assert.deepEqual(new Set(seen), new Set(byId.keys()), 'no list left out');
  // (b) within a group every head key agrees; two groups differ in at least one head key.
  for (const g of groups) {
    for (const k of rule.headKeys) {
      const values = new Set(g.lists.map((id) => headValue(byId.get(id)!, k)));
      assert.equal(values.size, 1, `group ${g.keyText} mixes ${k}: ${[...values].join(', ')}`);
    }
  }
  const texts = groups.map((g) => g.keyText);
  assert.equal(new Set(texts).size, texts.length, 'two groups with the same keys');
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = byId.get(groups[i]!.lists[0]!)!;
      const b = byId.get(groups[j]!.lists[0]!)!;
      assert.ok(rule.headKeys.some((k) => headValue(a, k) !== headValue(b, k)), `${groups[i]!.keyText} and ${groups[j]!.keyText} could be one group`);
    }
  }
  for (const g of groups) {
    const members = g.lists.map((id) => byId.get(id)!);
    const memberLines = members.flatMap((l) => l.lines.map((line) => ({ ...line, invtNo: l.invtNo })));
    // (c) the sums of the summary lines equal the sums of the lists' lines, exactly; each source line once.
    for (const f of ['totalPrice', 'qty', 'qty1'] as const) {
      assert.ok(sum(g.lines.map((l) => dec(l[f]))).eq(sum(memberLines.map((l) => dec(l[f])))), `${f} of ${g.keyText}`);
    }
    const sources = g.lines.flatMap((l) => l.sources.map((s) => `${s.invtNo}#${s.gnum}`));
    assert.equal(new Set(sources).size, sources.length);
    assert.equal(sources.length, memberLines.length);
    // (d) the lines of one summary line agree on every line key.
    for (const line of g.lines) {
      const lines = line.sources.map((s) => memberLines.find((l) => l.invtNo === s.invtNo && l.gnum === s.gnum)!);
      for (const k of rule.lineKeys) assert.equal(new Set(lines.map((l) => l[k])).size, 1, `line ${line.gseq} of ${g.keyText} mixes ${k}`);
    }
  }
  return groups.length;
}

describe('summary grouping (清单核放、汇总申报)', () => {
  it('50 rounds of 200 lists: never mixes lists that differ in a key, never leaves a list out, sums exact', () => {
    let groups = 0;
    for (let round = 1; round <= 50; round++) groups += checkProperties(randomLists(round, 200), DEFAULT_SUMMARY_RULE);
    assert.ok(groups > 50 * 10, `${groups} groups: the pools collide and differ`);
  });

  it('the keys are data: without the exit customs fewer groups, each still consistent; adding it back splits again', () => {
    const lists = randomLists(77, 200);
    const withPort = groupLists(lists, DEFAULT_SUMMARY_RULE, '2026-11').length;
    const noPort: SummaryRule = { ...DEFAULT_SUMMARY_RULE, version: 2, headKeys: DEFAULT_SUMMARY_RULE.headKeys.filter((k) => k !== 'portCode') };
    const without = checkProperties(lists, noPort);
    assert.ok(without < withPort, `${without} < ${withPort}`);
    assert.equal(checkProperties(lists, DEFAULT_SUMMARY_RULE), withPort);
  });

  it('a list released outside the period is refused by name, not left out', () => {
    const lists = randomLists(5, 10);
    lists[3]!.releasedAt = new Date('2026-11-30T17:00:00Z'); // 01:00 on 1 December in zone time
    assert.throws(() => groupLists(lists, DEFAULT_SUMMARY_RULE, '2026-11'), (e: Error) => e.message.includes(lists[3]!.invtNo));
  });

  it('zone-time periods and the due date', () => {
    assert.equal(summaryPeriod(new Date('2026-11-30T17:00:00Z')), '2026-12');
    assert.equal(summaryPeriod(new Date('2026-11-30T15:59:59Z')), '2026-11');
    assert.equal(summaryDueDate('2026-11'), '2026-12-15');
    assert.equal(summaryDueDate('2026-12'), '2027-01-15');
  });

  it('an application naming lists of two countries names the key; the documents satisfy the CEB701/CEB792 contracts', () => {
    const lists = randomLists(9, 60);
    const a = lists[0]!;
    const twin = lists.find((l) => l !== a && DEFAULT_SUMMARY_RULE.headKeys.every((k) => (k === 'country' ? l.country !== a.country : headValue(l, k) === headValue(a, k))));
    if (twin) {
      const r = checkSummaryApplication([a, twin], DEFAULT_SUMMARY_RULE);
      assert.equal(r.ok, false);
      if (!r.ok) assert.deepEqual(r.problems.map((p) => p.key), ['country']);
    }
    const [group] = groupLists([a], DEFAULT_SUMMARY_RULE, '2026-11');
    const party = { code: 'A1', name: '代理' };
    const apply = summaryApplyDocument(group!, { at: new Date('2026-12-02T02:00:00Z'), copNo: 'SUM1', agentName: '代理', declAgent: party, transfer: { ...party, dxpId: 'DXPENTA1' } });
    assert.ok(checkDocument('CEB701Message', apply as never).ok);
    const result = summaryResultDocument(group!, { sumNo: 'S20261202000000001', opDate: new Date('2026-12-02T02:00:00Z'), declSeqNo: 'S20261202000000002', decState: 'A', agentName: '代理', declAgent: party });
    assert.ok(checkDocument('CEB792Message', result as never).ok);
    assert.equal(result.SummaryResult[0]!.SummaryResultList?.length, a.lines.length);
  });
});
