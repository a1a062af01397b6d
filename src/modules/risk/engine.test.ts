import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide, evaluateDefinition, memoResolver, renderExplanation, RuleBody, RuleDefinition, type AggregateRequest, type AggregateResolver, type DeclarationView, type ViewLine } from './engine';

function line(over: Partial<ViewLine> = {}): ViewLine {
  return { gnum: 1, gcode: '3304990099', itemNo: 'CJ-CREAM', name: '面霜', brand: null, price: '120.00', qty: '1', totalPrice: '120.00', country: '133', referencePrice: '120.00', referenceShare: '1.0000', ...over };
}

function view(over: Partial<DeclarationView> = {}): DeclarationView {
  const items = over.items ?? [line()];
  return {
    flow: 'import',
    tradeMode: '9610',
    orderNo: 'O1',
    amount: '120',
    paid: '130',
    freight: '10',
    currency: '142',
    buyerId: '22240119900101123X',
    buyerName: '金敏',
    payerId: '22240119900101123X',
    phone: '13900001000',
    address: '吉林省延吉市光明街100号',
    consignee: '金敏',
    device: null,
    ebcCode: '2224960001',
    ebpCode: '2224960001',
    orgId: '00000000-0000-4000-8000-000000000001',
    logisticsCode: '2224980001',
    agentCode: '2224910001',
    country: '133',
    customsCode: '1500',
    portCode: '1500',
    itemCount: items.length,
    ...over,
    items,
  };
}

const none: AggregateResolver = async () => {
  throw new Error('no aggregate expected');
};

/** A resolver from a table of answers, recording what it was asked. */
function table(answers: Record<string, number | string>, asked: AggregateRequest[] = []): AggregateResolver {
  return async (req) => {
    asked.push(req);
    const k = `${req.aggregate.fn}:${req.aggregate.by}:${req.key}`;
    return answers[k] ?? (req.aggregate.fn === 'sum' ? '0' : 0);
  };
}

const def = (d: unknown) => RuleDefinition.parse(d);

describe('rule definitions: field conditions', () => {
  it('compares numbers as decimals, never as floats', async () => {
    const r = def({ combine: 'all', conditions: [{ field: 'amount', op: 'gt', value: '119.99' }] });
    assert.equal((await evaluateDefinition(r, view(), none)).hit, true);
    assert.equal((await evaluateDefinition(def({ combine: 'all', conditions: [{ field: 'paid', op: 'eq', value: 130 }] }), view({ paid: '130.000' }), none)).hit, true);
    assert.equal((await evaluateDefinition(def({ combine: 'all', conditions: [{ field: 'amount', op: 'between', value: ['0.1', '0.3'] }] }), view({ amount: '0.3' }), none)).hit, true);
    assert.equal((await evaluateDefinition(def({ combine: 'all', conditions: [{ field: 'amount', op: 'lt', value: 0.3 }] }), view({ amount: '0.30000000001' }), none)).hit, false);
  });

  it('text operators: eq, ne, in, matches — constants normalised like the field', async () => {
    const v = view();
    const hit = async (c: unknown) => (await evaluateDefinition(def({ combine: 'all', conditions: [c] }), v, none)).hit;
    assert.equal(await hit({ field: 'tradeMode', op: 'eq', value: '9610' }), true);
    assert.equal(await hit({ field: 'tradeMode', op: 'ne', value: '9610' }), false);
    assert.equal(await hit({ field: 'country', op: 'in', value: ['116', '133'] }), true);
    // Written with spaces and a lower-case check character: normalised as the facts are.
    assert.equal(await hit({ field: 'buyerId', op: 'eq', value: ' 22240119900101123x ' }), true);
    assert.equal(await hit({ field: 'phone', op: 'eq', value: '+86 139-0000-1000' }), true);
    assert.equal(await hit({ field: 'address', op: 'eq', value: '吉林省 延吉市 光明街 100 号' }), true);
    assert.equal(await hit({ field: 'address', op: 'matches', value: '延吉市.*街' }), true);
    assert.equal(await hit({ field: 'address', op: 'matches', value: '^北京' }), false);
  });

  it('a missing field matches nothing, not even ne', async () => {
    const r = def({ combine: 'all', conditions: [{ field: 'device', op: 'ne', value: 'x' }] });
    assert.equal((await evaluateDefinition(r, view(), none)).hit, false);
  });

  it('item fields hit when any line matches, and bind the matching lines', async () => {
    const r = def({ combine: 'all', conditions: [{ field: 'items[].referenceShare', op: 'lt', value: '0.3', as: 'share' }] });
    const v = view({ items: [line({ gnum: 1 }), line({ gnum: 2, price: '10.00', referenceShare: '0.0833' }), line({ gnum: 3, price: '30', referenceShare: '0.2500' })] });
    const ev = await evaluateDefinition(r, v, none);
    assert.equal(ev.hit, true);
    assert.deepEqual(ev.lines, [2, 3]);
    assert.deepEqual(ev.params, { share: '0.0833, 0.2500', lines: '2, 3' });
    // A line without a reference price is never below it.
    assert.equal((await evaluateDefinition(r, view({ items: [line({ referencePrice: null, referenceShare: null })] }), none)).hit, false);
  });

  it('combines with all and any, one level of groups', async () => {
    const r = def({
      combine: 'all',
      conditions: [
        { field: 'tradeMode', op: 'eq', value: '9610' },
        { combine: 'any', conditions: [{ field: 'country', op: 'eq', value: '116' }, { field: 'items[].gcode', op: 'matches', value: '^3304' }] },
      ],
    });
    assert.equal((await evaluateDefinition(r, view(), none)).hit, true);
    assert.equal((await evaluateDefinition(r, view({ items: [line({ gcode: '2008999000' })] }), none)).hit, false);
    assert.equal((await evaluateDefinition(r, view({ tradeMode: '1210' }), none)).hit, false);
  });
});

describe('rule definitions: aggregates', () => {
  const velocity = def({
    combine: 'all',
    conditions: [
      { field: 'tradeMode', op: 'eq', value: '9610' },
      { aggregate: { fn: 'distinct', of: 'orderNo', kinds: ['inventory'], by: 'buyerId', window: { hours: 24 } }, op: 'gt', value: 5, as: 'declarations' },
      { aggregate: { fn: 'count', kinds: ['inventory'], by: 'buyerId', window: { days: 3650 }, endsBefore: { hours: 24 } }, op: 'eq', value: 0 },
    ],
  });

  it('asks the resolver for the declaration’s key, and binds the value', async () => {
    const asked: AggregateRequest[] = [];
    const ev = await evaluateDefinition(velocity, view(), table({ 'distinct:buyerId:22240119900101123X': 6 }, asked));
    assert.equal(ev.hit, true);
    assert.deepEqual(ev.params, { declarations: 6, lines: '-' });
    assert.equal(asked.length, 2);
    assert.ok(asked.every((a) => a.key === '22240119900101123X'));
  });

  it('a buyer seen before the window is not new', async () => {
    const answers = { 'distinct:buyerId:22240119900101123X': 9, 'count:buyerId:22240119900101123X': 1 };
    assert.equal((await evaluateDefinition(velocity, view(), table(answers))).hit, false);
  });

  it('field conditions are checked first: a failing field never queries an aggregate', async () => {
    assert.equal((await evaluateDefinition(velocity, view({ tradeMode: '1210' }), none)).hit, false);
  });

  it('no key, no aggregate: the condition fails', async () => {
    const r = def({ combine: 'all', conditions: [{ aggregate: { fn: 'count', kinds: ['order'], by: 'device', window: { days: 1 } }, op: 'gte', value: 0 }] });
    assert.equal((await evaluateDefinition(r, view({ device: null }), none)).hit, false);
  });

  it('sums are decimals; the memo asks once per aggregate and key', async () => {
    const asked: AggregateRequest[] = [];
    const agg = { fn: 'sum', kinds: ['order'], by: 'payerId', window: { days: 7 } };
    const r = def({ combine: 'any', conditions: [{ aggregate: agg, op: 'gte', value: '5000.01', as: 'total' }, { aggregate: agg, op: 'lt', value: 0 }] });
    const ev = await evaluateDefinition(r, view(), memoResolver(table({ 'sum:payerId:22240119900101123X': '5000.01' }, asked)));
    assert.equal(ev.hit, true);
    assert.equal(ev.params.total, '5000.01');
    assert.equal(asked.length, 1);
  });
});

describe('rule definitions: validation', () => {
  const issues = (d: unknown) => {
    const r = RuleDefinition.safeParse(d);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('refuses operators that do not fit the field', () => {
    assert.deepEqual(issues({ combine: 'all', conditions: [{ field: 'address', op: 'gt', value: '1' }] }), ['conditions.0.op:risk.rule_operator_field']);
    assert.deepEqual(issues({ combine: 'all', conditions: [{ field: 'amount', op: 'matches', value: '1' }] }), ['conditions.0.op:risk.rule_operator_field']);
    assert.deepEqual(issues({ combine: 'all', conditions: [{ field: 'amount', op: 'gt', value: 'abc' }] }), ['conditions.0.value:risk.rule_value_invalid']);
    assert.deepEqual(issues({ combine: 'all', conditions: [{ field: 'amount', op: 'between', value: ['5', '1'] }] }), ['conditions.0.value:risk.rule_value_invalid']);
    assert.deepEqual(issues({ combine: 'all', conditions: [{ field: 'address', op: 'matches', value: '(' }] }), ['conditions.0.value:risk.rule_pattern_invalid']);
  });

  it('refuses windows with both or neither unit, distinct without a field, duplicate names', () => {
    const agg = (a: object) => ({ combine: 'all', conditions: [{ aggregate: { fn: 'count', kinds: ['order'], by: 'buyerId', window: { days: 1 }, ...a }, op: 'gt', value: 1 }] });
    assert.ok(issues(agg({ window: { days: 1, hours: 2 } })).some((i) => i.endsWith('risk.rule_window_invalid')));
    assert.ok(issues(agg({ window: {} })).some((i) => i.endsWith('risk.rule_window_invalid')));
    assert.ok(issues(agg({ endsBefore: { days: 2 } })).some((i) => i.endsWith('risk.rule_window_invalid')));
    assert.ok(issues(agg({ fn: 'distinct' })).some((i) => i.endsWith('risk.rule_distinct_field')));
    assert.ok(issues(agg({ kinds: ['nonsense'] })).length > 0);
    assert.deepEqual(
      issues({ combine: 'any', conditions: [{ field: 'amount', op: 'gt', value: 1, as: 'x' }, { field: 'paid', op: 'gt', value: 1, as: 'x' }] }),
      ['conditions.1.as:risk.rule_binding_duplicate'],
    );
  });

  it('an explanation uses only bound names, the same in every language', () => {
    const base = { code: 'low_value_cosmetics', department: 'customs', action: 'review', definition: { combine: 'all', conditions: [{ field: 'amount', op: 'lt', value: 1, as: 'amount' }] } };
    const ok = { 'zh-CN': '金额 {amount}（第 {lines} 项）', ko: '금액 {amount} ({lines})', ja: '金額 {amount}（{lines}）', ru: 'Сумма {amount} ({lines})', en: 'Amount {amount} (line {lines})' };
    assert.equal(RuleBody.safeParse({ ...base, explanation: ok }).success, true);
    const unbound = RuleBody.safeParse({ ...base, explanation: { ...ok, 'zh-CN': '金额 {total}', ko: '{total}', ja: '{total}', ru: '{total}', en: '{total}' } });
    assert.ok(!unbound.success && unbound.error.issues.some((i) => i.message === 'risk.rule_placeholder_unbound'));
    const differ = RuleBody.safeParse({ ...base, explanation: { ...ok, ru: 'Сумма' } });
    assert.ok(!differ.success && differ.error.issues.some((i) => i.message === 'risk.rule_placeholders_differ' && i.path.join('.') === 'explanation.ru'));
    const missing = RuleBody.safeParse({ ...base, explanation: { 'zh-CN': '金额' } });
    assert.equal(missing.success, false);
  });

  it('renders an explanation, a value missing shown as -', () => {
    assert.equal(renderExplanation({ en: 'Line {lines}: {share}' }, 'en', { lines: '2' }), 'Line 2: -');
  });
});

describe('decisions', () => {
  it('the strongest action wins: reject > hold > inspect > review > release', () => {
    assert.equal(decide([], 100).decision, 'release');
    assert.equal(decide([{ action: 'review', score: 0 }, { action: 'inspect', score: 0 }], 100).decision, 'inspect');
    assert.equal(decide([{ action: 'hold', score: 0 }, { action: 'reject', score: 5 }, { action: 'inspect', score: 0 }], 100).decision, 'reject');
    assert.equal(decide([{ action: 'review', score: 0 }, { action: 'hold', score: 0 }], 100).decision, 'hold');
  });

  it('scores add up; at the threshold, manual review', () => {
    assert.deepEqual(decide([{ action: 'score', score: 50 }, { action: 'score', score: 40 }], 100), { decision: 'release', score: 90 });
    assert.deepEqual(decide([{ action: 'score', score: 50 }, { action: 'score', score: 50 }], 100), { decision: 'review', score: 100 });
    assert.deepEqual(decide([{ action: 'score', score: 70 }, { action: 'inspect', score: 40 }], 100), { decision: 'inspect', score: 110 });
  });
});
