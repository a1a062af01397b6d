/**
 * The zod contracts of every CEB message, built from the schema model the codegen extracted from the
 * official XSDs. The JSON API validates with them and the OpenAPI reference is generated from them; the XML
 * codec turns a message into the same plain object and validates it with the same contract, so a document
 * is held to the same rules in either format.
 */
import { z } from 'zod';
import { exportModel, type ExportMessages } from './generated/export';
import { importModel, type ImportMessages } from './generated/import';
import type { ElementDecl, MessageDecl, SchemaModel, SimpleType } from './model';

export type CebMessages = ImportMessages & ExportMessages;
export type CebMessageType = keyof CebMessages;

export const MODELS: readonly SchemaModel[] = [importModel, exportModel];

const declByType = new Map<string, { model: SchemaModel; decl: MessageDecl }>();
for (const model of MODELS) for (const decl of Object.values(model.messages)) declByType.set(decl.name, { model, decl });

export const MESSAGE_TYPES = [...declByType.keys()].sort() as CebMessageType[];

export function isMessageType(name: string): name is CebMessageType {
  return declByType.has(name);
}

export function messageDecl(type: CebMessageType): { model: SchemaModel; decl: MessageDecl } {
  const found = declByType.get(type);
  if (!found) throw new Error(`unknown CEB message type ${type}`);
  return found;
}

/** Issue params that the problem mapper turns into catalogue codes. */
export interface FacetParams {
  ceb: 'decimal' | 'total_digits' | 'fraction_digits' | 'xml_char' | 'length' | 'min_length' | 'max_length' | 'fixed';
  fixed?: string;
  totalDigits?: number;
  fractionDigits?: number;
  length?: number;
  minLength?: number;
  maxLength?: number;
}

/** Characters outside XML 1.0's Char production: they cannot be carried by an XML message. */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
    else if (i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    } else n++;
  }
  return n;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The digits xs:decimal counts: leading zeros of the integer part and trailing zeros of the fraction do not. */
export function decimalDigits(text: string): { total: number; fraction: number } {
  const unsigned = text.replace(/^[+-]/, '');
  const [intPart = '', fracPart = ''] = unsigned.split('.');
  const i = intPart.replace(/^0+/, '');
  const f = fracPart.replace(/0+$/, '');
  return { total: i.length + f.length || 1, fraction: f.length };
}

export function simpleSchema(st: SimpleType): z.ZodType {
  if (st.base === 'int') {
    const int = z.number().int().min(-2147483648).max(2147483647);
    const digits = st.totalDigits;
    if (digits === undefined) return int;
    return int.superRefine((value, ctx) => {
      if (String(Math.abs(value)).length > digits) ctx.addIssue({ code: 'custom', params: { ceb: 'total_digits', totalDigits: digits } satisfies FacetParams, message: `more than ${digits} digits` });
    });
  }
  if (st.base === 'decimal') {
    return z
      .string()
      .superRefine((value, ctx) => {
        if (!DECIMAL.test(value)) {
          ctx.addIssue({ code: 'custom', params: { ceb: 'decimal' } satisfies FacetParams, message: 'not a decimal number' });
          return;
        }
        const digits = decimalDigits(value);
        if (st.totalDigits !== undefined && digits.total > st.totalDigits)
          ctx.addIssue({ code: 'custom', params: { ceb: 'total_digits', totalDigits: st.totalDigits } satisfies FacetParams, message: `more than ${st.totalDigits} digits` });
        if (st.fractionDigits !== undefined && digits.fraction > st.fractionDigits)
          ctx.addIssue({ code: 'custom', params: { ceb: 'fraction_digits', fractionDigits: st.fractionDigits } satisfies FacetParams, message: `more than ${st.fractionDigits} decimals` });
      })
      .meta({ pattern: DECIMAL.source, description: `decimal${st.totalDigits ? ` (${st.totalDigits},${st.fractionDigits ?? 0})` : ''}, as a string` });
  }
  // Facets count characters (code points), as XML Schema does, not UTF-16 units.
  return z
    .string()
    .superRefine((value, ctx) => {
      if (NOT_XML_CHAR.test(value)) ctx.addIssue({ code: 'custom', params: { ceb: 'xml_char' } satisfies FacetParams, message: 'character not allowed in XML' });
      const n = codePoints(value);
      if (st.length !== undefined && n !== st.length) ctx.addIssue({ code: 'custom', params: { ceb: 'length', length: st.length } satisfies FacetParams, message: `length must be ${st.length}` });
      if (st.minLength !== undefined && n < st.minLength) ctx.addIssue({ code: 'custom', params: { ceb: 'min_length', minLength: st.minLength } satisfies FacetParams, message: `shorter than ${st.minLength}` });
      if (st.maxLength !== undefined && n > st.maxLength) ctx.addIssue({ code: 'custom', params: { ceb: 'max_length', maxLength: st.maxLength } satisfies FacetParams, message: `longer than ${st.maxLength}` });
    })
    .meta({ minLength: st.length ?? st.minLength, maxLength: st.length ?? st.maxLength });
}

function describe<T extends z.ZodType>(schema: T, doc: string | undefined): T {
  return doc ? (schema.describe(doc) as T) : schema;
}

function occurrence(decl: ElementDecl, item: z.ZodType): z.ZodType {
  let schema: z.ZodType = item;
  if (decl.max !== 1) {
    let arr = z.array(item);
    if (decl.min > 0) arr = arr.min(decl.min);
    if (decl.max > 0) arr = arr.max(decl.max);
    schema = arr;
  }
  schema = describe(schema, decl.doc);
  return decl.min === 0 ? schema.optional() : schema;
}

function buildContracts(model: SchemaModel): Map<string, z.ZodType> {
  const defs = new Map<string, z.ZodType>();
  const defSchema = (name: string): z.ZodType => {
    const known = defs.get(name);
    if (known) return known;
    const def = model.defs[name];
    if (!def) throw new Error(`model ${model.source}: no definition ${name}`);
    const schema = describe(z.strictObject(Object.fromEntries(def.children.map((c) => [c.name, elementSchema(c)]))), def.doc);
    defs.set(name, schema);
    return schema;
  };
  const elementSchema = (decl: ElementDecl): z.ZodType => {
    const fixed = decl.fixed;
    const item = decl.complex
      ? defSchema(decl.complex)
      : decl.simple
        ? fixed !== undefined
          ? simpleSchema(decl.simple).superRefine((value, ctx) => {
              if (String(value) !== fixed) ctx.addIssue({ code: 'custom', params: { ceb: 'fixed', fixed } satisfies FacetParams, message: `must be ${fixed}` });
            })
          : simpleSchema(decl.simple)
        : decl.signature
          ? z.string().describe('The ds:Signature element, raw XML (only in documents parsed from signed XML)')
          : z.string().describe('Free XML content (xs:any), raw');
    return occurrence(decl, item);
  };
  const messages = new Map<string, z.ZodType>();
  for (const decl of Object.values(model.messages)) {
    const shape: Record<string, z.ZodType> = {};
    for (const a of decl.attributes) {
      const s = describe(simpleSchema(a.simple), a.doc);
      shape[a.name] = a.required ? s : s.optional();
    }
    for (const c of decl.children) shape[c.name] = elementSchema(c);
    messages.set(decl.name, describe(z.strictObject(shape), decl.doc).meta({ id: decl.name }));
  }
  return messages;
}

const contracts = new Map<string, z.ZodType>();
for (const model of MODELS) for (const [name, schema] of buildContracts(model)) contracts.set(name, schema);

/** The zod contract of one message type. */
export function messageContract<T extends CebMessageType>(type: T): z.ZodType<CebMessages[T]> {
  const schema = contracts.get(type);
  if (!schema) throw new Error(`unknown CEB message type ${type}`);
  return schema as z.ZodType<CebMessages[T]>;
}
