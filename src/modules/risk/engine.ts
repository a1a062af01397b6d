/**
 * The rule language regulators edit (issue 7 §2), and its evaluation — pure: given a normalised view of a
 * declaration and a resolver for aggregates, no I/O of its own (the database resolver is in rules.ts).
 *
 * A rule's definition combines conditions with `all` or `any` (one level of nested groups):
 * - over the declaration's fields: `{ field: 'items[].price', op: 'lt', value: '10' }` — scalar fields (tradeMode,
 *   amount, buyerId, phone, address …) and item fields (`items[].…`, true when any line matches);
 * - over aggregates of risk facts in a time window before the declaration, grouped by one of its keys:
 *   `{ aggregate: { fn: 'count', kinds: ['inventory'], by: 'buyerId', window: { hours: 24 } }, op: 'gt', value: 5 }`.
 * A condition may bind what it saw to a name (`as`), which the explanation in the five languages shows as
 * `{name}`; `{lines}` is always the item numbers of the lines that matched.
 *
 * Text fields are compared in their normalised form (identity numbers in upper case, phones as digits, addresses
 * and names without spaces, as the facts are keyed); the values a rule gives are normalised the same way.
 */
import { z } from 'zod';
import type Decimal from 'decimal.js';
import type { Locale } from '../../kernel/i18n';
import { dec } from '../../kernel/money';
import { FACT_KINDS, normaliseAddress, normaliseIdNumber, normaliseName, normalisePhone } from './facts';

// ---------------------------------------------------------------- the declaration view

/** One line of a declaration, as rules see it. */
export interface ViewLine {
  gnum: number | null;
  gcode: string | null;
  itemNo: string | null;
  name: string | null;
  brand: string | null;
  price: string | null;
  qty: string | null;
  totalPrice: string | null;
  country: string | null;
  /** The filed reference price of the item on the declaration day (CNY filings only), when filed. */
  referencePrice: string | null;
  /** price / referencePrice, to four places, when both are known and the reference is above zero. */
  referenceShare: string | null;
}

/** A declaration as rules see it: the fields of its documents, normalised as the risk facts are. */
export interface DeclarationView {
  flow: 'import' | 'export';
  tradeMode: string | null;
  orderNo: string | null;
  /** The goods value of the inventory (sum of its lines' total prices). */
  amount: string | null;
  /** What the buyer paid (the order's acturalPaid). */
  paid: string | null;
  freight: string | null;
  currency: string | null;
  buyerId: string | null;
  buyerName: string | null;
  payerId: string | null;
  phone: string | null;
  address: string | null;
  consignee: string | null;
  device: string | null;
  ebcCode: string | null;
  ebpCode: string | null;
  /** The e-commerce enterprise's organisation. */
  orgId: string | null;
  logisticsCode: string | null;
  agentCode: string | null;
  country: string | null;
  customsCode: string | null;
  portCode: string | null;
  itemCount: number;
  items: ViewLine[];
}

type FieldType = 'text' | 'number';

/** The fields a condition may name, with their type. */
export const FIELD_TYPES = {
  flow: 'text',
  tradeMode: 'text',
  orderNo: 'text',
  amount: 'number',
  paid: 'number',
  freight: 'number',
  currency: 'text',
  buyerId: 'text',
  buyerName: 'text',
  payerId: 'text',
  phone: 'text',
  address: 'text',
  consignee: 'text',
  device: 'text',
  ebcCode: 'text',
  ebpCode: 'text',
  logisticsCode: 'text',
  agentCode: 'text',
  country: 'text',
  customsCode: 'text',
  portCode: 'text',
  itemCount: 'number',
  'items[].gnum': 'number',
  'items[].gcode': 'text',
  'items[].itemNo': 'text',
  'items[].name': 'text',
  'items[].brand': 'text',
  'items[].price': 'number',
  'items[].qty': 'number',
  'items[].totalPrice': 'number',
  'items[].country': 'text',
  'items[].referencePrice': 'number',
  'items[].referenceShare': 'number',
} as const satisfies Record<string, FieldType>;
export type FieldPath = keyof typeof FIELD_TYPES;
const FIELD_PATHS = Object.keys(FIELD_TYPES) as [FieldPath, ...FieldPath[]];

/** The keys aggregates group by: a column of risk_facts each (indexed by time, but device). */
export const GROUP_KEYS = ['buyerId', 'payerId', 'phone', 'address', 'device', 'ebcCode', 'orgId'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];
/** What `distinct` may count. */
export const DISTINCT_FIELDS = ['buyerId', 'payerId', 'phone', 'address', 'consignee', 'device', 'ebcCode', 'orgId', 'orderNo'] as const;
export type DistinctField = (typeof DISTINCT_FIELDS)[number];
const FACT_KIND_VALUES = Object.values(FACT_KINDS) as [string, ...string[]];

export const OPERATORS = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'between', 'matches'] as const;
export type Operator = (typeof OPERATORS)[number];
const NUMERIC_ONLY: readonly Operator[] = ['gt', 'gte', 'lt', 'lte', 'between'];

export const ACTIONS = ['score', 'review', 'inspect', 'hold', 'reject'] as const;
export type RuleAction = (typeof ACTIONS)[number];
export type Decision = 'release' | 'review' | 'inspect' | 'hold' | 'reject';
/** Departments whose rules route alerts to themselves (they manage rules). */
export const RULE_DEPARTMENTS = ['customs', 'forex', 'market_supervision'] as const;
export type RuleDepartment = (typeof RULE_DEPARTMENTS)[number];

// ---------------------------------------------------------------- the schema (API and OpenAPI)

const Scalar = z.union([z.string().max(200), z.number()]);
const Value = z.union([Scalar, z.array(Scalar).min(1).max(500)]).meta({ description: 'A value; a list for in (any of) and between ([min, max], inclusive)' });
const Binding = z
  .string()
  .regex(/^[a-z][A-Za-z0-9_]{0,39}$/)
  .refine((s) => s !== 'lines', { message: 'risk.rule_binding_duplicate', params: { name: 'lines' } })
  .meta({ description: 'Binds what the condition saw (the field value, the matching lines’ values, the aggregate) to {name} in the explanation' });

const Duration = z
  .strictObject({ hours: z.number().int().min(1).max(87_840).optional(), days: z.number().int().min(1).max(3660).optional() })
  .refine((d) => (d.hours === undefined) !== (d.days === undefined), { message: 'risk.rule_window_invalid' });
export type Duration = z.infer<typeof Duration>;

export const Aggregate = z
  .strictObject({
    fn: z.enum(['count', 'sum', 'distinct']).meta({ description: 'count of facts, sum of their amounts, or the number of distinct values of `of`' }),
    of: z.enum(DISTINCT_FIELDS).optional(),
    kinds: z.array(z.enum(FACT_KIND_VALUES)).min(1).max(10).meta({ description: 'Kinds of risk fact counted (order, payment, waybill, inventory, collection, export_list, rejection, release …)' }),
    by: z.enum(GROUP_KEYS).meta({ description: 'The declaration key the facts share' }),
    window: Duration.meta({ description: 'How far back from the declaration (hours or days)' }),
    endsBefore: Duration.optional().meta({ description: 'The window ends this long before the declaration (e.g. facts older than 24 h: a first-seen test)' }),
  })
  .superRefine((a, ctx) => {
    if ((a.fn === 'distinct') !== (a.of !== undefined)) ctx.addIssue({ code: 'custom', path: ['of'], message: 'risk.rule_distinct_field' });
    if (a.endsBefore && durationMs(a.endsBefore) >= durationMs(a.window)) ctx.addIssue({ code: 'custom', path: ['endsBefore'], message: 'risk.rule_window_invalid' });
  });
export type Aggregate = z.infer<typeof Aggregate>;

const FieldCondition = z.strictObject({ field: z.enum(FIELD_PATHS), op: z.enum(OPERATORS), value: Value, as: Binding.optional() });
const AggregateCondition = z.strictObject({ aggregate: Aggregate, op: z.enum(OPERATORS), value: Value, as: Binding.optional() });
const Leaf = z.union([FieldCondition, AggregateCondition]);
const Group = z.strictObject({ combine: z.enum(['all', 'any']), conditions: z.array(Leaf).min(1).max(20) });
export type FieldCondition = z.infer<typeof FieldCondition>;
export type AggregateCondition = z.infer<typeof AggregateCondition>;
export type Leaf = z.infer<typeof Leaf>;
type Group = z.infer<typeof Group>;

export const RuleDefinition = z
  .strictObject({
    combine: z.enum(['all', 'any']),
    conditions: z.array(z.union([Leaf, Group])).min(1).max(20),
  })
  .superRefine((def, ctx) => {
    const seen = new Set<string>();
    def.conditions.forEach((c, i) => {
      const leaves: [Leaf, (string | number)[]][] = 'combine' in c ? c.conditions.map((l, j) => [l, ['conditions', i, 'conditions', j]]) : [[c, ['conditions', i]]];
      for (const [leaf, path] of leaves) {
        for (const issue of leafProblems(leaf)) ctx.addIssue({ code: 'custom', path: [...path, issue.at], message: issue.key, params: issue.params });
        if (leaf.as) {
          if (seen.has(leaf.as)) ctx.addIssue({ code: 'custom', path: [...path, 'as'], message: 'risk.rule_binding_duplicate', params: { name: leaf.as } });
          seen.add(leaf.as);
        }
      }
    });
  })
  .meta({ description: 'Conditions over the declaration’s fields and over aggregates of risk facts, combined with all/any (one level of groups)' });
export type RuleDefinition = z.infer<typeof RuleDefinition>;

const Text = z.string().trim().min(1).max(500);
export const Explanation = z
  .strictObject({ 'zh-CN': Text, ko: Text, ja: Text, ru: Text, en: Text })
  .meta({ description: 'What a hit means, in the five languages, with the same {placeholders} in each (names bound with as, and {lines})' });
export type Explanation = z.infer<typeof Explanation>;

const RuleCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{2,63}$/)
  .meta({ description: 'Stable code of the rule (lower case, digits, underscores)', example: 'cosmetics_low_price' });
const EffectiveFrom = z.iso.datetime({ offset: true }).optional().meta({ description: 'When this version comes into force (now or later; default now)' });

const versionFields = {
  definition: RuleDefinition,
  action: z.enum(ACTIONS).meta({ description: 'score adds its score; review, inspect, hold and reject decide (the strongest wins)' }),
  score: z.number().int().min(0).max(1000).default(0),
  explanation: Explanation,
  effectiveFrom: EffectiveFrom,
};

/** A new version of a rule (the code and department stay). */
export const RuleVersionBody = z.strictObject(versionFields).superRefine((body, ctx) => explanationProblems(body.definition, body.explanation, ctx));
export type RuleVersionBody = z.infer<typeof RuleVersionBody>;

/** A new rule: version 1. */
export const RuleBody = z
  .strictObject({ code: RuleCode, department: z.enum(RULE_DEPARTMENTS).meta({ description: 'The department its alerts go to' }), ...versionFields })
  .superRefine((body, ctx) => explanationProblems(body.definition, body.explanation, ctx));
export type RuleBody = z.infer<typeof RuleBody>;

export { RuleCode };

// ---------------------------------------------------------------- validation

function durationMs(d: Duration): number {
  return d.hours !== undefined ? d.hours * 3_600_000 : (d.days ?? 0) * 86_400_000;
}

export function windowMs(d: Duration): number {
  return durationMs(d);
}

const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;
const isNumeric = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && DECIMAL.test(v.trim()));

function leafProblems(leaf: Leaf): { at: string; key: 'risk.rule_operator_field' | 'risk.rule_value_invalid' | 'risk.rule_pattern_invalid'; params: Record<string, string> }[] {
  const numeric = 'aggregate' in leaf || FIELD_TYPES[leaf.field] === 'number';
  const name = 'aggregate' in leaf ? `aggregate.${leaf.aggregate.fn}` : leaf.field;
  const { op, value } = leaf;
  if (op === 'matches') {
    if (numeric) return [{ at: 'op', key: 'risk.rule_operator_field', params: { op, field: name } }];
    if (typeof value !== 'string' || !value) return [{ at: 'value', key: 'risk.rule_value_invalid', params: { op, expected: 'regexp' } }];
    try {
      new RegExp(value, 'u');
    } catch (e) {
      return [{ at: 'value', key: 'risk.rule_pattern_invalid', params: { detail: (e as Error).message } }];
    }
    return [];
  }
  if (!numeric && NUMERIC_ONLY.includes(op)) return [{ at: 'op', key: 'risk.rule_operator_field', params: { op, field: name } }];
  const scalarOk = (v: unknown) => (numeric ? isNumeric(v) : typeof v === 'string' || typeof v === 'number');
  if (op === 'between') {
    if (!Array.isArray(value) || value.length !== 2 || !value.every(isNumeric) || num(value[0]!).gt(num(value[1]!))) return [{ at: 'value', key: 'risk.rule_value_invalid', params: { op, expected: '[min, max]' } }];
    return [];
  }
  if (op === 'in') {
    if (!Array.isArray(value) || !value.every(scalarOk)) return [{ at: 'value', key: 'risk.rule_value_invalid', params: { op, expected: numeric ? '[number, …]' : '[text, …]' } }];
    return [];
  }
  if (Array.isArray(value) || !scalarOk(value)) return [{ at: 'value', key: 'risk.rule_value_invalid', params: { op, expected: numeric ? 'number' : 'text' } }];
  return [];
}

const PLACEHOLDER = /\{(\w+)\}/g;
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** The names a definition binds (plus `lines`). */
export function bindingsOf(def: RuleDefinition): Set<string> {
  const out = new Set<string>(['lines']);
  for (const c of def.conditions) for (const l of 'combine' in c ? c.conditions : [c]) if (l.as) out.add(l.as);
  return out;
}

function explanationProblems(def: RuleDefinition, explanation: Explanation, ctx: z.RefinementCtx): void {
  const bound = bindingsOf(def);
  const reference = placeholdersOf(explanation['zh-CN']);
  for (const name of reference) if (!bound.has(name)) ctx.addIssue({ code: 'custom', path: ['explanation', 'zh-CN'], message: 'risk.rule_placeholder_unbound', params: { name } });
  for (const locale of ['ko', 'ja', 'ru', 'en'] as const) {
    if (placeholdersOf(explanation[locale]).join('|') !== reference.join('|')) ctx.addIssue({ code: 'custom', path: ['explanation', locale], message: 'risk.rule_placeholders_differ', params: { locale } });
  }
}

// ---------------------------------------------------------------- evaluation

/** One aggregate to compute for one key value, as of the resolver's time. */
export interface AggregateRequest {
  aggregate: Aggregate;
  /** The declaration's value of `aggregate.by`, normalised. */
  key: string;
}
/** count and distinct give a number, sum a decimal string. */
export type AggregateResolver = (req: AggregateRequest) => Promise<number | string>;

export interface Evaluation {
  hit: boolean;
  /** What the conditions bound (`as`), and `lines`. */
  params: Record<string, string | number>;
  /** Item numbers of the lines that matched item conditions. */
  lines: number[];
}

const num = (v: string | number): Decimal => dec(typeof v === 'number' ? String(v) : v.trim());

/** Normalises a constant the way the field's values are (identity numbers, phones, addresses, names). */
function normaliseFor(field: string, v: string | number): string {
  const s = String(v);
  switch (field) {
    case 'buyerId':
    case 'payerId':
      return normaliseIdNumber(s) ?? '';
    case 'phone':
      return normalisePhone(s) ?? '';
    case 'address':
      return normaliseAddress(s) ?? '';
    case 'consignee':
    case 'buyerName':
      return normaliseName(s) ?? '';
    default:
      return s.trim();
  }
}

function compare(op: Operator, actual: string | number, value: Leaf['value'], numeric: boolean, field: string): boolean {
  if (numeric) {
    let a: Decimal;
    try {
      a = num(actual);
    } catch {
      return false;
    }
    switch (op) {
      case 'eq':
        return a.eq(num(value as string | number));
      case 'ne':
        return !a.eq(num(value as string | number));
      case 'gt':
        return a.gt(num(value as string | number));
      case 'gte':
        return a.gte(num(value as string | number));
      case 'lt':
        return a.lt(num(value as string | number));
      case 'lte':
        return a.lte(num(value as string | number));
      case 'between': {
        const [lo, hi] = value as (string | number)[];
        return a.gte(num(lo!)) && a.lte(num(hi!));
      }
      case 'in':
        return (value as (string | number)[]).some((v) => a.eq(num(v)));
      default:
        return false;
    }
  }
  const a = String(actual);
  switch (op) {
    case 'eq':
      return a === normaliseFor(field, value as string | number);
    case 'ne':
      return a !== normaliseFor(field, value as string | number);
    case 'in':
      return (value as (string | number)[]).some((v) => a === normaliseFor(field, v));
    case 'matches':
      return new RegExp(String(value), 'u').test(a);
    default:
      return false;
  }
}

interface LeafResult {
  hit: boolean;
  bound?: string | number;
  lines: number[];
}

function groupKey(view: DeclarationView, by: GroupKey): string | null {
  return view[by];
}

async function evaluateLeaf(leaf: Leaf, view: DeclarationView, resolve: AggregateResolver): Promise<LeafResult> {
  if ('aggregate' in leaf) {
    const key = groupKey(view, leaf.aggregate.by);
    if (!key) return { hit: false, lines: [] };
    const got = await resolve({ aggregate: leaf.aggregate, key });
    return { hit: compare(leaf.op, got, leaf.value, true, 'aggregate'), bound: got, lines: [] };
  }
  const numeric = FIELD_TYPES[leaf.field] === 'number';
  if (leaf.field.startsWith('items[].')) {
    const prop = leaf.field.slice('items[].'.length) as keyof ViewLine;
    const matched = view.items.filter((l) => {
      const v = l[prop];
      return v !== null && v !== undefined && v !== '' && compare(leaf.op, v, leaf.value, numeric, prop);
    });
    if (!matched.length) return { hit: false, lines: [] };
    const values = [...new Set(matched.map((l) => String(l[prop])))];
    return { hit: true, bound: values.slice(0, 10).join(', ') + (values.length > 10 ? ', …' : ''), lines: matched.map((l) => l.gnum).filter((g): g is number => g !== null) };
  }
  const v = view[leaf.field as Exclude<FieldPath, `items[].${string}`>];
  if (v === null || v === undefined || v === '') return { hit: false, lines: [] };
  return { hit: compare(leaf.op, v, leaf.value, numeric, leaf.field), bound: v, lines: [] };
}

const hasAggregate = (c: Leaf | Group): boolean => ('combine' in c ? c.conditions.some(hasAggregate) : 'aggregate' in c);

async function evaluateAll(combine: 'all' | 'any', conditions: (Leaf | Group)[], view: DeclarationView, resolve: AggregateResolver, out: { params: Record<string, string | number>; lines: Set<number> }): Promise<boolean> {
  // Cheap field conditions first: an `all` that fails on a field never queries an aggregate.
  const ordered = combine === 'all' ? [...conditions].sort((a, b) => Number(hasAggregate(a)) - Number(hasAggregate(b))) : conditions;
  let any = false;
  for (const c of ordered) {
    let hit: boolean;
    if ('combine' in c) {
      hit = await evaluateAll(c.combine, c.conditions, view, resolve, out);
    } else {
      const r = await evaluateLeaf(c, view, resolve);
      hit = r.hit;
      if (r.hit) {
        if (c.as && r.bound !== undefined) out.params[c.as] = r.bound;
        for (const g of r.lines) out.lines.add(g);
      }
    }
    if (combine === 'all' && !hit) return false;
    if (hit) any = true;
  }
  return combine === 'all' ? true : any;
}

/** Evaluates a definition on a declaration: whether it hits, and what its explanation shows. */
export async function evaluateDefinition(def: RuleDefinition, view: DeclarationView, resolve: AggregateResolver): Promise<Evaluation> {
  const out = { params: {} as Record<string, string | number>, lines: new Set<number>() };
  const hit = await evaluateAll(def.combine, def.conditions, view, resolve, out);
  const lines = [...out.lines].sort((a, b) => a - b);
  return { hit, params: hit ? { ...out.params, lines: lines.length ? lines.join(', ') : '-' } : {}, lines: hit ? lines : [] };
}

/** A memo over a resolver: one query per distinct aggregate and key in an assessment. */
export function memoResolver(resolve: AggregateResolver): AggregateResolver {
  const cache = new Map<string, Promise<number | string>>();
  return (req) => {
    const k = JSON.stringify([req.aggregate, req.key]);
    let p = cache.get(k);
    if (!p) {
      p = resolve(req);
      cache.set(k, p);
    }
    return p;
  };
}

/** Fills an explanation's placeholders; one without a value shows as `-`. */
export function renderExplanation(texts: Partial<Record<Locale, string>>, locale: Locale, params: Record<string, unknown>): string {
  const template = texts[locale] ?? texts['zh-CN'] ?? '';
  return template.replace(PLACEHOLDER, (_whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : '-'));
}

// ---------------------------------------------------------------- decisions

/** How strong each outcome is: the strongest firing action decides. */
export const STRENGTH: Record<Decision | 'score', number> = { release: 0, score: 0, review: 1, inspect: 2, hold: 3, reject: 4 };

/** The strongest action among those that fired; score actions add up, and a total at the threshold means review. */
export function decide(fired: { action: RuleAction; score: number }[], threshold: number): { decision: Decision; score: number } {
  const score = fired.reduce((s, f) => s + f.score, 0);
  let decision: Decision = 'release';
  for (const f of fired) if (f.action !== 'score' && STRENGTH[f.action] > STRENGTH[decision]) decision = f.action;
  if (decision === 'release' && fired.length && score >= threshold) decision = 'review';
  return { decision, score };
}
