/**
 * A small namespace-aware XML reader that keeps the source offsets of every element.
 *
 * Signing must not re-serialise the message (SPEC-NOTES §13: partners and customs digest the exact bytes), so the
 * signer needs to know where elements start and end in the original string, which DOM parsers do not expose. The same
 * single pass also yields everything inclusive C14N needs, so a message is read once per sign or verify.
 *
 * Deliberately refused: DOCTYPE (CEB messages have none; an internal subset could default attributes or define
 * entities, which would change the canonical form and invites entity-expansion attacks) and undefined entities.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttribute {
  qname: string;
  local: string;
  /** Namespace URI; '' for unprefixed attributes. */
  ns: string;
  /** Value after attribute-value normalisation and reference expansion. */
  value: string;
}

export interface XmlElement {
  kind: 'element';
  qname: string;
  local: string;
  /** Namespace URI; '' when in no namespace. */
  ns: string;
  attributes: XmlAttribute[];
  /** Namespace declarations written on this element, prefix '' for the default namespace. */
  declarations: Array<[prefix: string, uri: string]>;
  /** Prefix → URI in scope for this element (shared with the parent when it declares nothing). */
  scope: ReadonlyMap<string, string>;
  children: XmlNode[];
  parent: XmlElement | null;
  /** Offset of '<' of the start tag. */
  start: number;
  /** Offset just after the start tag's '>'. */
  contentStart: number;
  /** Offset just after the end tag (or the empty-element tag). */
  end: number;
}

export interface XmlText {
  kind: 'text';
  value: string;
}

export interface XmlPi {
  kind: 'pi';
  target: string;
  data: string;
}

export type XmlNode = XmlElement | XmlText | XmlPi;

export interface XmlDocument {
  /** Processing instructions before and after the root element (the XML declaration is not one). */
  before: XmlPi[];
  root: XmlElement;
  after: XmlPi[];
}

export class XmlSyntaxError extends Error {
  constructor(message: string, offset: number) {
    super(`${message} (at offset ${offset})`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME = `[${NAME_START}][\\u0300-\\u036F${NAME_START}\\-.0-9\\u00B7\\u203F-\\u2040]*`;
const S = '[ \\t\\r\\n]';
const VALID_NAME = new RegExp(`^${NAME}$`, 'u');
// Tokens are cut with cheap ASCII patterns; each distinct name is then checked once per document against VALID_NAME.
const NAME_TOKEN = /[^ \t\r\n/>=<"'&?!]+/y;
const ATTRIBUTE = /[ \t\r\n]+([^ \t\r\n/>=<"'&?!]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^<"]*)"|'([^<']*)')/y;
const TAG_CLOSE = /[ \t\r\n]*(\/?)>/y;
const PI = new RegExp(`<\\?(${NAME})(?:${S}+([\\s\\S]*?))?\\?>`, 'uy');
// The XML declaration, as the grammar has it (version, then optional encoding and standalone).
const EQ = `${S}*=${S}*`;
const XML_DECL = new RegExp(
  `<\\?xml${S}+version${EQ}(?:"1\\.[0-9]+"|'1\\.[0-9]+')(?:${S}+encoding${EQ}(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:${S}+standalone${EQ}(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`,
  'y',
);
const WHITESPACE_ONLY = /^[ \t\r\n]*$/;

const PREDEFINED = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Expands character and predefined entity references; `offset` only feeds error messages. */
function expand(raw: string, offset: number): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let last = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', last)) {
    const semi = raw.indexOf(';', amp);
    const ref = semi === -1 ? '' : raw.slice(amp + 1, semi);
    let ch: string | undefined;
    if (/^#x[0-9a-fA-F]{1,6}$/.test(ref) || /^#[0-9]{1,7}$/.test(ref)) {
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (isXmlChar(cp)) ch = String.fromCodePoint(cp);
    } else {
      ch = PREDEFINED.get(ref);
    }
    if (ch === undefined) throw new XmlSyntaxError(`unsupported reference &${ref.slice(0, 20)};`, offset + amp);
    out += raw.slice(last, amp) + ch;
    last = semi + 1;
  }
  return out + raw.slice(last);
}

const normaliseEol = (s: string): string => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

export interface ParseOptions {
  /** Namespace bindings in force around the text, for parsing a fragment as if it sat inside a document. */
  scope?: ReadonlyMap<string, string>;
}

/** Parses a complete document (or, with `scope`, a single-element fragment). Throws XmlSyntaxError. */
export function parseXml(text: string, options: ParseOptions = {}): XmlDocument {
  const before: XmlPi[] = [];
  const after: XmlPi[] = [];
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  const rootScope: ReadonlyMap<string, string> = options.scope ?? new Map();
  const names: NameCache = new Map();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  XML_DECL.lastIndex = i;
  if (XML_DECL.test(text)) i = XML_DECL.lastIndex;
  else if (/^<\?xml[ \t\r\n?]/.test(text.slice(i, i + 6))) throw new XmlSyntaxError('malformed XML declaration', i);

  const addText = (raw: string, at: number) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (!WHITESPACE_ONLY.test(raw)) throw new XmlSyntaxError('text outside the root element', at);
      return;
    }
    if (raw.includes(']]>')) throw new XmlSyntaxError("']]>' in text", at);
    const value = expand(normaliseEol(raw), at);
    if (value) parent.children.push({ kind: 'text', value });
  };

  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) {
      addText(text.slice(i), i);
      break;
    }
    if (lt > i) addText(text.slice(i, lt), i);
    const next = text.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        if (close === -1) throw new XmlSyntaxError('unterminated comment', lt);
        i = close + 3;
      } else if (text.startsWith('<![CDATA[', lt) && stack.length) {
        const close = text.indexOf(']]>', lt + 9);
        if (close === -1) throw new XmlSyntaxError('unterminated CDATA section', lt);
        const value = normaliseEol(text.slice(lt + 9, close));
        if (value) stack[stack.length - 1]!.children.push({ kind: 'text', value });
        i = close + 3;
      } else {
        throw new XmlSyntaxError(text.startsWith('<!DOCTYPE', lt) ? 'DOCTYPE is not accepted' : 'unexpected markup declaration', lt);
      }
    } else if (next === 0x3f /* ? */) {
      PI.lastIndex = lt;
      const m = PI.exec(text);
      if (!m) throw new XmlSyntaxError('malformed processing instruction', lt);
      const target = m[1]!;
      if (target.toLowerCase() === 'xml' || target.includes(':')) throw new XmlSyntaxError(`processing instruction target "${target}" not allowed`, lt);
      const pi: XmlPi = { kind: 'pi', target, data: normaliseEol(m[2] ?? '') };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(pi);
      else (root ? after : before).push(pi);
      i = PI.lastIndex;
    } else if (next === 0x2f /* / */) {
      const open = stack.pop();
      if (!open || !text.startsWith(open.qname, lt + 2)) throw new XmlSyntaxError(open ? `expected </${open.qname}>` : 'unexpected end tag', lt);
      TAG_CLOSE.lastIndex = lt + 2 + open.qname.length;
      const close = TAG_CLOSE.exec(text);
      if (!close || close[1]) throw new XmlSyntaxError(`expected </${open.qname}>`, lt);
      open.end = TAG_CLOSE.lastIndex;
      i = open.end;
    } else {
      if (root && stack.length === 0) throw new XmlSyntaxError('content after the root element', lt);
      const el = readStartTag(text, lt, stack[stack.length - 1] ?? null, rootScope, names);
      if (!root) root = el;
      el.parent?.children.push(el);
      i = el.contentStart;
      if (el.end === -1) stack.push(el);
    }
  }
  if (stack.length) throw new XmlSyntaxError(`unclosed element <${stack[stack.length - 1]!.qname}>`, text.length);
  if (!root) throw new XmlSyntaxError('no root element', text.length);
  return { before, root, after };
}

type NameCache = Map<string, [prefix: string, local: string]>;

function qualifiedName(name: string, at: number, names: NameCache): [string, string] {
  let split = names.get(name);
  if (!split) {
    if (!VALID_NAME.test(name)) throw new XmlSyntaxError(`malformed name ${name.slice(0, 40)}`, at);
    split = splitQName(name, at);
    names.set(name, split);
  }
  return split;
}

function readStartTag(text: string, lt: number, parent: XmlElement | null, rootScope: ReadonlyMap<string, string>, names: NameCache): XmlElement {
  NAME_TOKEN.lastIndex = lt + 1;
  const nameMatch = NAME_TOKEN.exec(text);
  if (!nameMatch) throw new XmlSyntaxError('malformed start tag', lt);
  const qname = nameMatch[0];
  const [prefix, local] = qualifiedName(qname, lt, names);
  let pos = NAME_TOKEN.lastIndex;
  let declarations: Array<[string, string]> = NO_DECLARATIONS;
  let plain: Array<[string, string, number]> | null = null;
  for (;;) {
    ATTRIBUTE.lastIndex = pos;
    const a = ATTRIBUTE.exec(text);
    if (!a) break;
    const name = a[1]!;
    const rawValue = a[2] ?? a[3]!;
    // Attribute-value normalisation: literal whitespace becomes a space, references are expanded afterwards.
    const value = expand(rawValue.replace(/\r\n|[\r\n\t]/g, ' '), pos);
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      const p = name === 'xmlns' ? '' : name.slice(6);
      // Namespaces in XML 1.0: xmlns is reserved, xml is bound to its URI only, prefixes cannot be undeclared.
      const illegal = (p !== '' && !VALID_NAME.test(p)) || p.includes(':') || p === 'xmlns' || value === XMLNS_NS || (p === 'xml') !== (value === XML_NS) || (p !== '' && value === '');
      if (illegal) throw new XmlSyntaxError(`illegal namespace declaration ${name}="${value}"`, pos);
      if (declarations === NO_DECLARATIONS) declarations = [];
      if (declarations.some(([d]) => d === p)) throw new XmlSyntaxError(`duplicate ${name}`, pos);
      if (p !== 'xml') declarations.push([p, value]);
    } else {
      (plain ??= []).push([name, value, pos]);
    }
    pos = ATTRIBUTE.lastIndex;
  }
  TAG_CLOSE.lastIndex = pos;
  const close = TAG_CLOSE.exec(text);
  if (!close) throw new XmlSyntaxError(`malformed start tag <${qname}>`, pos);
  const contentStart = TAG_CLOSE.lastIndex;

  const parentScope = parent ? parent.scope : rootScope;
  let scope = parentScope;
  if (declarations.length) {
    const m = new Map(parentScope);
    for (const [p, u] of declarations) m.set(p, u);
    scope = m;
  }
  const ns = prefix === '' ? (scope.get('') ?? '') : resolvePrefix(scope, prefix, lt);
  const attributes: XmlAttribute[] = [];
  if (plain) {
    const seen = new Set<string>();
    for (const [name, value, at] of plain) {
      const [p, l] = qualifiedName(name, at, names);
      const attrNs = p === '' ? '' : resolvePrefix(scope, p, at);
      const key = `${attrNs} ${l}`;
      if (seen.has(key)) throw new XmlSyntaxError(`duplicate attribute ${name}`, at);
      seen.add(key);
      attributes.push({ qname: name, local: l, ns: attrNs, value });
    }
  }
  return { kind: 'element', qname, local, ns, attributes, declarations, scope, children: [], parent, start: lt, contentStart, end: close[1] ? contentStart : -1 };
}

const NO_DECLARATIONS: Array<[string, string]> = [];

function splitQName(name: string, at: number): [string, string] {
  const colon = name.indexOf(':');
  if (colon === -1) return ['', name];
  if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) !== -1) throw new XmlSyntaxError(`malformed name ${name}`, at);
  return [name.slice(0, colon), name.slice(colon + 1)];
}

function resolvePrefix(scope: ReadonlyMap<string, string>, prefix: string, at: number): string {
  if (prefix === 'xml') return XML_NS;
  const uri = scope.get(prefix);
  if (!uri) throw new XmlSyntaxError(`undeclared prefix ${prefix}`, at);
  return uri;
}

/** Element children of `el`, optionally only those with the given namespace and local name. */
export function childElements(el: XmlElement, ns?: string, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.kind === 'element' && (ns === undefined || (c.ns === ns && c.local === local))) out.push(c);
  return out;
}

/** Concatenated character data of the element's descendants. */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.kind === 'text') out += c.value;
    else if (c.kind === 'element') out += textContent(c);
  }
  return out;
}
