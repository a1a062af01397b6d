/** The rule language as the editor handles it (src/modules/risk/engine.ts is the authority; the server validates). */

export const FIELDS = [
  'tradeMode', 'orderNo', 'amount', 'paid', 'freight', 'currency', 'buyerId', 'buyerName', 'payerId', 'phone', 'address', 'consignee', 'device',
  'ebcCode', 'ebpCode', 'logisticsCode', 'agentCode', 'country', 'customsCode', 'portCode', 'itemCount', 'flow',
  'items[].gnum', 'items[].gcode', 'items[].itemNo', 'items[].name', 'items[].brand', 'items[].price', 'items[].qty', 'items[].totalPrice',
  'items[].country', 'items[].referencePrice', 'items[].referenceShare',
] as const;
export const NUMERIC_FIELDS: readonly string[] = ['amount', 'paid', 'freight', 'itemCount', 'items[].gnum', 'items[].price', 'items[].qty', 'items[].totalPrice', 'items[].referencePrice', 'items[].referenceShare'];
export const OPERATORS = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'between', 'matches'] as const;
export const TEXT_OPERATORS: readonly string[] = ['eq', 'ne', 'in', 'matches'];
export const NUMBER_OPERATORS: readonly string[] = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'between'];
export const ACTIONS = ['score', 'review', 'inspect', 'hold', 'reject'] as const;
export const LANGS = ['zh-CN', 'ko', 'ja', 'ru', 'en'] as const;

type Scalar = string | number;
export interface FieldLeaf {
  field: string;
  op: string;
  value: Scalar | Scalar[];
  as?: string;
}
export type Condition = FieldLeaf | Record<string, unknown>;
export interface Definition {
  combine: 'all' | 'any';
  conditions: Condition[];
}

/** A row of the structured form: a field condition to edit, or anything else (aggregates, groups) kept as JSON. */
export type Row = { kind: 'field'; field: string; op: string; value: string; as: string } | { kind: 'other'; json: Record<string, unknown> };

export function isFieldLeaf(c: Condition): c is FieldLeaf {
  return typeof (c as FieldLeaf).field === 'string' && !('aggregate' in c) && !('combine' in c);
}

export function rowsOf(def: Definition): Row[] {
  return def.conditions.map((c) =>
    isFieldLeaf(c)
      ? { kind: 'field', field: c.field, op: c.op, value: Array.isArray(c.value) ? c.value.join(', ') : String(c.value), as: c.as ?? '' }
      : { kind: 'other', json: c as Record<string, unknown> },
  );
}

/** The value as the server reads it: a list for `in` and `between` (comma-separated), else the text. */
export function valueOf(op: string, text: string): Scalar | Scalar[] {
  if (op === 'in' || op === 'between') return text.split(/[,，]/).map((s) => s.trim()).filter(Boolean);
  return text.trim();
}

export function definitionOf(combine: 'all' | 'any', rows: Row[]): Definition {
  return {
    combine,
    conditions: rows.map((r) => (r.kind === 'field' ? { field: r.field, op: r.op, value: valueOf(r.op, r.value), ...(r.as.trim() ? { as: r.as.trim() } : {}) } : r.json)),
  };
}

/** Placeholders an explanation names ({lines}, and names bound with `as`). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
