/**
 * CEB XML codec: bytes → typed document → bytes. Parsing is namespace-aware (official receipts use a default
 * namespace, requests the `ceb:` prefix), walks the schema model so that element order, unknown elements and
 * misplaced text are found with their XML path, then holds the plain object to the message's zod contract
 * (lengths, digits, occurrence), the same one the JSON API uses. Strict mode mirrors the XSD; lenient mode,
 * for what customs and partners send back, skips unknown elements and keeps unknown codes.
 */
import type { z } from 'zod';
import { isMessageType, messageContract, messageDecl, type CebMessages, type CebMessageType, type FacetParams } from './contracts';
import { CEB_NS, DS_NS, type ElementDecl, type SchemaModel, type SimpleType } from './model';
import { childElements, parseXml, textContent, XmlSyntaxError, type XmlElement } from './xml';

/** One problem found in a message, named by its XML path; `code` is a key of the error catalogue. */
export interface Problem {
  code: ProblemCode | `clr.${string}` | `bonded.${string}` | `exp.${string}`;
  path: string;
  params?: Record<string, string | number>;
  /** The official negative code (SPEC-NOTES §6.3) a business check reports it with, e.g. -621005. */
  official?: string;
}

export type ProblemCode =
  | 'ceb.xml_malformed'
  | 'ceb.xml_encoding'
  | 'ceb.xml_doctype'
  | 'ceb.unknown_message'
  | 'ceb.namespace'
  | 'ceb.element_unexpected'
  | 'ceb.element_order'
  | 'ceb.element_missing'
  | 'ceb.element_too_few'
  | 'ceb.element_too_many'
  | 'ceb.text_unexpected'
  | 'ceb.attribute_unexpected'
  | 'ceb.field_required'
  | 'ceb.field_length'
  | 'ceb.field_too_short'
  | 'ceb.field_too_long'
  | 'ceb.field_decimal'
  | 'ceb.field_total_digits'
  | 'ceb.field_fraction_digits'
  | 'ceb.field_int'
  | 'ceb.field_char'
  | 'ceb.field_not_simple'
  | 'ceb.field_fixed'
  // Transport, signature and business checks of the interface (ceb.service).
  | 'ceb.type_not_accepted'
  | 'ceb.sender_mismatch'
  | 'ceb.sender_no_code'
  | 'ceb.guid_reused'
  | 'ceb.signature_missing'
  | 'ceb.signature_digest'
  | 'ceb.signature_invalid'
  | 'ceb.signature_expired'
  | 'ceb.signature_untrusted'
  | 'ceb.signature_unsupported'
  | 'ceb.signature_malformed'
  | 'ceb.code_unknown'
  | 'ceb.document_exists'
  | 'ceb.document_not_found'
  | 'ceb.document_locked'
  | 'ceb.app_type_invalid'
  | 'ceb.app_status_invalid';

export type ParseResult<T extends CebMessageType = CebMessageType> =
  | { ok: true; type: T; document: CebMessages[T]; warnings: Problem[] }
  | { ok: false; type?: CebMessageType; rootName?: string; guid?: string; problems: Problem[] };

const MAX_DEPTH = 64;

function collapse(text: string): string {
  return text.replace(/[\t\n\r ]+/g, ' ').trim();
}

/** Reads bytes as UTF-8 (the only encoding CEB messages use), refusing invalid sequences and other declared encodings. */
export function decodeMessageBytes(input: string | Uint8Array): { text: string } | { problem: Problem } {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      return { problem: { code: 'ceb.xml_encoding', path: '/', params: { encoding: 'UTF-8' } } };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // One byte-order mark is tolerated (most official samples carry one); a second is content before the prolog.
  if (text.charCodeAt(0) === 0xfeff) return { problem: { code: 'ceb.xml_malformed', path: '/', params: { detail: 'a second byte-order mark' } } };
  const decl = /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(text);
  if (decl && !/^utf-?8$/i.test(decl[1] as string)) return { problem: { code: 'ceb.xml_encoding', path: '/', params: { encoding: decl[1] as string } } };
  return { text };
}

export const DXP_NS = 'http://www.chinaport.gov.cn/dxp';

/**
 * Self-built clients send the business message inside the terminal envelope DxpMsg (SPEC-NOTES §1.1): the
 * message Base64-encoded in Data, the sender's own message id in TransInfo/CopMsgId (echoed by CEB900 as
 * oriCopMsgId). Returns null when the text is not such an envelope.
 */
export function unwrapDxp(text: string): { copMsgId: string; text: string } | { problem: Problem; copMsgId?: string } | null {
  if (!text.includes('DxpMsg')) return null;
  let root: XmlElement;
  try {
    root = parseXml(text).root;
  } catch {
    return null; // not readable as an envelope: the codec reports it as the message it is
  }
  if (root.local !== 'DxpMsg' || root.ns !== DXP_NS) return null;
  const child = (el: XmlElement | undefined, name: string) => (el ? childElements(el, DXP_NS, name)[0] : undefined);
  const copMsgId = child(child(root, 'TransInfo'), 'CopMsgId');
  const data = child(root, 'Data');
  const id = copMsgId ? textContent(copMsgId).trim() : undefined;
  if (!id) return { problem: { code: 'ceb.field_required', path: '/DxpMsg/TransInfo/CopMsgId', params: { element: 'CopMsgId' } } };
  const b64 = data ? textContent(data).replace(/[ \t\r\n]+/g, '') : '';
  if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) return { problem: { code: 'ceb.xml_malformed', path: '/DxpMsg/Data', params: { detail: 'Data is not Base64' } }, copMsgId: id };
  const inner = decodeMessageBytes(Buffer.from(b64, 'base64'));
  if ('problem' in inner) return { problem: { ...inner.problem, path: '/DxpMsg/Data' }, copMsgId: id };
  return { copMsgId: id, text: inner.text };
}

interface WalkContext {
  text: string;
  problems: Problem[];
  warnings: Problem[];
  lenient: boolean;
  model: SchemaModel;
}

function elementText(el: XmlElement, path: string, ctx: WalkContext): string | undefined {
  let text = '';
  for (const c of el.children) {
    if (c.kind === 'text') text += c.value;
    else if (c.kind === 'element') {
      ctx.problems.push({ code: 'ceb.field_not_simple', path });
      return undefined;
    }
  }
  return text;
}

function simpleValue(st: SimpleType, text: string): string | number {
  if (st.base === 'int') {
    const t = collapse(text);
    return /^[+-]?\d{1,10}$/.test(t) ? Number(t) : t;
  }
  if (st.base === 'decimal' || st.collapse) return collapse(text);
  return text;
}

/**
 * The exact source of a subtree (ds:Signature, xs:any content), with the namespace declarations it inherits
 * written on its start tag so that it stands on its own.
 */
function rawXml(el: XmlElement, text: string): string {
  const own = new Set(el.declarations.map(([p]) => p));
  const inherited = [...el.scope].filter(([p]) => p !== 'xml' && !own.has(p)).map(([p, uri]) => ` ${p ? `xmlns:${p}` : 'xmlns'}="${uri.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`);
  const source = text.slice(el.start, el.end);
  if (!inherited.length) return source;
  const at = 1 + el.qname.length;
  return source.slice(0, at) + inherited.join('') + source.slice(at);
}

function walkComplex(decls: ElementDecl[], parent: XmlElement, path: string, ctx: WalkContext, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let cursor = 0;
  const indexes = new Map<string, number>();
  let textReported = false;
  for (const child of parent.children) {
    if (child.kind === 'pi') continue;
    if (child.kind === 'text') {
      if (!textReported && /[^ \t\r\n]/.test(child.value)) {
        ctx.problems.push({ code: 'ceb.text_unexpected', path });
        textReported = true;
      }
      continue;
    }
    const local = child.local;
    const ns = child.ns;
    const n = (indexes.get(local) ?? 0) + 1;
    indexes.set(local, n);
    const childPath = `${path}/${local}`;
    let at = -1;
    for (let i = cursor; i < decls.length; i++) {
      if (decls[i]?.name === local) {
        at = i;
        break;
      }
    }
    const decl = at >= 0 ? decls[at] : undefined;
    const expectedNs = decl?.signature ? DS_NS : CEB_NS;
    if (!decl || ns !== expectedNs) {
      const known = decls.findIndex((d) => d.name === local);
      const problem: Problem =
        known >= 0 && ns === (decls[known]?.signature ? DS_NS : CEB_NS)
          ? { code: 'ceb.element_order', path: `${childPath}[${n}]`, params: { element: local } }
          : known >= 0
            ? { code: 'ceb.namespace', path: `${childPath}[${n}]`, params: { namespace: ns } }
            : { code: 'ceb.element_unexpected', path: `${childPath}[${n}]`, params: { element: local } };
      if (ctx.lenient && problem.code === 'ceb.element_unexpected') ctx.warnings.push(problem);
      else ctx.problems.push(problem);
      continue;
    }
    cursor = at;
    const itemPath = decl.max === 1 ? childPath : `${childPath}[${n}]`;
    let value: unknown;
    if (decl.signature) value = rawXml(child, ctx.text);
    else if (decl.any) {
      const elems = child.children.filter((g): g is XmlElement => g.kind === 'element');
      if (child.children.some((g) => g.kind === 'text' && /[^ \t\r\n]/.test(g.value))) ctx.problems.push({ code: 'ceb.text_unexpected', path: itemPath });
      if (elems.length > 1) ctx.problems.push({ code: 'ceb.element_too_many', path: itemPath, params: { max: 1 } });
      value = elems[0] ? rawXml(elems[0], ctx.text) : '';
    } else if (decl.simple) {
      if (child.attributes.length) ctx.problems.push({ code: 'ceb.attribute_unexpected', path: itemPath });
      const text = elementText(child, itemPath, ctx);
      if (text === undefined) continue;
      // An empty element takes the schema's default or fixed value (XML Schema §3.3.4).
      const empty = child.children.length === 0;
      value = simpleValue(decl.simple, empty ? (decl.fixed ?? decl.default ?? text) : text);
    } else if (decl.complex) {
      if (depth > MAX_DEPTH) {
        ctx.problems.push({ code: 'ceb.xml_malformed', path: itemPath, params: { detail: 'depth' } });
        continue;
      }
      if (child.attributes.length) ctx.problems.push({ code: 'ceb.attribute_unexpected', path: itemPath });
      value = walkComplex(ctx.model.defs[decl.complex]?.children ?? [], child, itemPath, ctx, depth + 1);
    }
    if (decl.max === 1) {
      if (local in out) {
        ctx.problems.push({ code: 'ceb.element_too_many', path: `${childPath}[${n}]`, params: { max: 1 } });
        continue;
      }
      out[local] = value;
    } else {
      const list = (out[local] as unknown[] | undefined) ?? [];
      list.push(value);
      out[local] = list;
    }
  }
  return out;
}

/** Maps the contract's issues to problems named by XML path. */
export function contractProblems(type: CebMessageType, issues: z.core.$ZodIssue[], doc: unknown): Problem[] {
  const { decl, model } = messageDecl(type);
  const out: Problem[] = [];
  for (const issue of issues) {
    // Build the XML path, walking the model alongside the issue path to know which steps are lists.
    let path = `/${type}`;
    let decls: ElementDecl[] | null = decl.children;
    let value: unknown = doc;
    let last: ElementDecl | undefined;
    for (let i = 0; i < issue.path.length; i++) {
      const step = issue.path[i];
      if (typeof step === 'number') {
        path += `[${step + 1}]`;
        value = (value as unknown[] | undefined)?.[step];
        continue;
      }
      const key = String(step);
      if (i === 0 && decl.attributes.some((a) => a.name === key)) {
        path += `/@${key}`;
        value = (doc as Record<string, unknown> | undefined)?.[key];
        break;
      }
      path += `/${key}`;
      value = (value as Record<string, unknown> | undefined)?.[key];
      last = decls?.find((d) => d.name === key);
      decls = last?.complex ? (model.defs[last.complex]?.children ?? null) : null;
    }
    const params = (issue as { params?: FacetParams }).params;
    const element = last?.name ?? String(issue.path.at(-1) ?? type);
    let problem: Problem;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ code: 'ceb.element_unexpected', path: `${path}/${key}`, params: { element: key } });
      continue;
    } else if (issue.code === 'invalid_type' && value === undefined) {
      problem = { code: last?.complex || (last && last.max !== 1) ? 'ceb.element_missing' : 'ceb.field_required', path, params: { element } };
    } else if (issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small' || issue.code === 'not_multiple_of' || issue.code === 'invalid_format') {
      if (last?.simple?.base === 'int' && !Array.isArray(value)) problem = { code: 'ceb.field_int', path };
      else if (Array.isArray(value) && issue.code === 'too_small') problem = { code: 'ceb.element_too_few', path, params: { min: Number((issue as { minimum?: number }).minimum ?? 1) } };
      else if (Array.isArray(value) && issue.code === 'too_big') problem = { code: 'ceb.element_too_many', path, params: { max: Number((issue as { maximum?: number }).maximum ?? 1) } };
      else problem = { code: 'ceb.field_required', path, params: { element } };
    } else if (params?.ceb === 'decimal') problem = { code: 'ceb.field_decimal', path };
    else if (params?.ceb === 'total_digits') problem = { code: 'ceb.field_total_digits', path, params: { max: params.totalDigits ?? 0 } };
    else if (params?.ceb === 'fraction_digits') problem = { code: 'ceb.field_fraction_digits', path, params: { max: params.fractionDigits ?? 0 } };
    else if (params?.ceb === 'xml_char') problem = { code: 'ceb.field_char', path };
    else if (params?.ceb === 'length') problem = { code: 'ceb.field_length', path, params: { length: params.length ?? 0 } };
    else if (params?.ceb === 'min_length') problem = { code: 'ceb.field_too_short', path, params: { min: params.minLength ?? 0 } };
    else if (params?.ceb === 'fixed') problem = { code: 'ceb.field_fixed', path, params: { value: params.fixed ?? '' } };
    else if (params?.ceb === 'max_length') problem = { code: 'ceb.field_too_long', path, params: { max: params.maxLength ?? 0 } };
    else problem = { code: 'ceb.field_required', path, params: { element } };
    out.push(problem);
  }
  return out;
}

export interface ParseOptions {
  /** Tolerate unknown elements and attributes (what customs and partners send back). */
  lenient?: boolean;
  /**
   * Accept a message whose only fault is a missing ds:Signature where the schema requires one (621, 623, 625,
   * 711): the deployment's signature policy, not the schema, then decides about unsigned messages.
   */
  signatureOptional?: boolean;
}

function onlySignatureMissing(type: string, problems: Problem[]): boolean {
  return problems.length > 0 && problems.every((p) => p.path === `/${type}/Signature` && (p.code === 'ceb.element_missing' || p.code === 'ceb.field_required'));
}

/**
 * Parses one CEB business message. `lenient` tolerates unknown elements (for what customs and partners
 * send back); strict parsing rejects everything the 202205 schema rejects.
 */
export function parseCeb(input: string | Uint8Array, opts: ParseOptions = {}): ParseResult {
  const decoded = decodeMessageBytes(input);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  const text = decoded.text;
  if (!text.trim()) return { ok: false, problems: [{ code: 'ceb.xml_malformed', path: '/', params: { detail: 'empty' } }] };
  let root: XmlElement;
  try {
    root = parseXml(text).root;
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    if (e.message.startsWith('DOCTYPE')) return { ok: false, problems: [{ code: 'ceb.xml_doctype', path: '/' }] };
    return { ok: false, problems: [{ code: 'ceb.xml_malformed', path: '/', params: { detail: e.message } }] };
  }
  const local = root.local;
  const guidAttr = root.attributes.find((a) => a.local === 'guid' && a.ns === '')?.value;
  if (!isMessageType(local)) return { ok: false, rootName: local, guid: guidAttr, problems: [{ code: 'ceb.unknown_message', path: `/${local}`, params: { type: local } }] };
  if (root.ns !== CEB_NS) return { ok: false, rootName: local, type: local, guid: guidAttr, problems: [{ code: 'ceb.namespace', path: `/${local}`, params: { namespace: root.ns } }] };
  const type = local;
  const guid = guidAttr;
  const { decl, model } = messageDecl(type);
  const ctx: WalkContext = { text, problems: [], warnings: [], lenient: !!opts.lenient, model };
  const doc: Record<string, unknown> = {};
  for (const attr of root.attributes) {
    const a = attr.ns === '' ? decl.attributes.find((x) => x.name === attr.local) : undefined;
    if (!a) {
      const p: Problem = { code: 'ceb.attribute_unexpected', path: `/${type}/@${attr.qname}`, params: { attribute: attr.qname } };
      if (ctx.lenient) ctx.warnings.push(p);
      else ctx.problems.push(p);
      continue;
    }
    doc[a.name] = a.simple.collapse ? collapse(attr.value) : attr.value;
  }
  Object.assign(doc, walkComplex(decl.children, root, `/${type}`, ctx, 0));
  const checked = messageContract(type).safeParse(doc);
  if (!checked.success) {
    const problems = contractProblems(type, checked.error.issues, doc);
    if (!ctx.problems.length && opts.signatureOptional && onlySignatureMissing(type, problems)) return { ok: true, type, document: doc as unknown as CebMessages[typeof type], warnings: ctx.warnings };
    ctx.problems.push(...problems);
  }
  if (ctx.problems.length) return { ok: false, type, rootName: type, guid, problems: dedupe(ctx.problems) };
  return { ok: true, type, document: checked.data as CebMessages[typeof type], warnings: ctx.warnings };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Validates a document given as a plain object (the JSON API) against its message contract. */
export function checkDocument<T extends CebMessageType>(type: T, doc: unknown, opts: Pick<ParseOptions, 'signatureOptional'> = {}): { ok: true; document: CebMessages[T] } | { ok: false; problems: Problem[] } {
  const checked = messageContract(type).safeParse(doc);
  if (checked.success) return { ok: true, document: checked.data };
  const problems = dedupe(contractProblems(type, checked.error.issues, doc));
  if (opts.signatureOptional && onlySignatureMissing(type, problems)) return { ok: true, document: doc as CebMessages[T] };
  return { ok: false, problems };
}

// ---- building ----

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
function cdata(s: string): string {
  return `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Fields whose content customs carries as CDATA (the embedded original message of CEB900). */
const CDATA_FIELDS = new Set(['oriBizMessage']);

function emitElements(decls: ElementDecl[], obj: Record<string, unknown>, model: SchemaModel, indent: string, out: string[]): void {
  for (const d of decls) {
    const v = obj[d.name];
    if (v === undefined) continue;
    const items = d.max === 1 ? [v] : (v as unknown[]);
    for (const item of items) {
      if (d.signature) out.push(`${indent}${String(item)}`);
      else if (d.any) out.push(`${indent}<ceb:${d.name}>${String(item)}</ceb:${d.name}>`);
      else if (d.complex) {
        out.push(`${indent}<ceb:${d.name}>`);
        emitElements(model.defs[d.complex]?.children ?? [], item as Record<string, unknown>, model, `${indent}\t`, out);
        out.push(`${indent}</ceb:${d.name}>`);
      } else {
        const text = String(item);
        out.push(`${indent}<ceb:${d.name}>${CDATA_FIELDS.has(d.name) && text ? cdata(text) : escapeText(text)}</ceb:${d.name}>`);
      }
    }
  }
}

/** Builds the XML of a document (which must satisfy its contract: check it first). */
export function buildCeb<T extends CebMessageType>(type: T, document: CebMessages[T]): string {
  const { decl, model } = messageDecl(type);
  const doc = document as unknown as Record<string, unknown>;
  const attrs = decl.attributes
    .filter((a) => doc[a.name] !== undefined)
    .map((a) => ` ${a.name}="${escapeAttr(String(doc[a.name]))}"`)
    .join('');
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<ceb:${type}${attrs} xmlns:ceb="${CEB_NS}">`];
  emitElements(decl.children, doc, model, '\t', out);
  out.push(`</ceb:${type}>`, '');
  return out.join('\n');
}
