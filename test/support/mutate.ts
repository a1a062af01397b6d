/**
 * Deterministic generator of broken CEB messages for fuzzing the platform: `mutations(seed, count, bases)`
 * derives `count` mutants from well-formed base messages (normally the valid official samples), driven only by
 * a seeded PRNG, so a failing case can be reproduced from its seed and position.
 *
 * Each base is indexed once per call (one regex pass over its tags); a mutation is then a few string slices,
 * or a copy of the UTF-8 bytes for the byte-level kinds. Field facets (maxLength, decimal/int, fractionDigits)
 * come from the official 202205 XSDs, read once per process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MUTATION_KINDS = [
  'truncate',
  'delete-element',
  'duplicate-element',
  'swap-siblings',
  'empty-text',
  'overlong-by-one',
  'overlong-by-a-lot',
  'non-numeric',
  'too-many-decimals',
  'unknown-root',
  'wrong-namespace',
  'missing-namespace',
  'unknown-element',
  'stray-ampersand',
  'stray-less-than',
  'billion-laughs',
  'external-entity',
  'cdata',
  'deep-nesting',
  'invalid-utf8',
  'empty-body',
  'huge-attribute',
  'bom',
  'byte-flip',
] as const;

export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  /** The mutant: a string, or bytes for the kinds that cannot be expressed as a JS string (invalid UTF-8 …). */
  xml: string | Buffer;
  /** Index of the base message in `bases`. */
  base: number;
  /** What was changed, for failure messages. */
  detail: string;
}

// ---------------------------------------------------------------------------------------------------------------
// PRNG: a Weyl sequence passed through the murmur3 32-bit finaliser. Small, fast and good enough for fuzzing.

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Next unsigned 32-bit value. */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return n <= 1 ? 0 : Math.floor((this.next() / 0x1_0000_0000) * n);
  }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() / 0x1_0000_0000 < p;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Field facets from the official schemas, keyed by schema, parent element and element local name (the same name
// has different lengths in different records). Should a key still be declared twice, it only gets a facet that
// makes the mutation invalid in both declarations.

interface Facet {
  /** Longest allowed text (maxLength, or length), when every declaration is a bounded string. */
  maxLength?: number;
  /** 'decimal' or 'int' when every declaration is numeric. */
  numeric?: 'decimal' | 'int';
  /** Largest fractionDigits over the declarations, when every declaration is a decimal that has one. */
  fractionDigits?: number;
}

interface SchemaFacets {
  /** `${schema}|${parent}|${name}` → facet. */
  fields: Map<string, Facet>;
  /** Root element local name (CEB311Message …) → schema. */
  roots: Map<string, string>;
}

const XSD_DIR = fileURLToPath(new URL('../../data/ceb/xsd/202205', import.meta.url));
const CEB_SCHEMAS = ['ceb-import-202205.xsd', 'ceb-export-202205.xsd'];
let facetCache: SchemaFacets | undefined;

function facets(): SchemaFacets {
  if (facetCache) return facetCache;
  interface Acc {
    lengths: (number | undefined)[];
    kinds: string[];
    fractions: (number | undefined)[];
  }
  const acc = new Map<string, Acc>();
  const roots = new Map<string, string>();
  for (const file of CEB_SCHEMAS) {
    const xsd = readFileSync(`${XSD_DIR}/${file}`, 'utf8');
    // Element declarations (not refs) and their end tags, to know each declaration's enclosing declaration.
    const token = /<xs:element\b[^>]*?\bname="([^"]+)"([^>]*)>|<\/xs:element>/g;
    const open: string[] = [];
    for (let m = token.exec(xsd); m; m = token.exec(xsd)) {
      const name = m[1];
      if (name === undefined) {
        open.pop();
        continue;
      }
      const attrs = m[2] ?? '';
      const selfClosing = attrs.trimEnd().endsWith('/');
      const parent = open.at(-1);
      if (parent === undefined && /^CEB\d{3}Message$/.test(name)) roots.set(name, file);
      if (!selfClosing) open.push(name);
      if (parent === undefined) continue;
      // A simple declaration's content (annotation, simpleType) runs to the next declaration or end tag.
      const from = token.lastIndex;
      const nextDecl = xsd.indexOf('<xs:element', from);
      const nextEnd = xsd.indexOf('</xs:element>', from);
      const body = selfClosing ? '' : xsd.slice(from, Math.min(nextDecl < 0 ? xsd.length : nextDecl, nextEnd < 0 ? xsd.length : nextEnd));
      const base = /\btype="xs:(\w+)"/.exec(attrs)?.[1] ?? /<xs:restriction base="xs:(\w+)"/.exec(body)?.[1];
      if (base === undefined) continue; // complex content
      const key = `${file}|${parent}|${name}`;
      const a = acc.get(key) ?? { lengths: [], kinds: [], fractions: [] };
      const max = /<xs:(?:maxLength|length) value="(\d+)"/.exec(body)?.[1];
      a.lengths.push(max === undefined ? undefined : Number(max));
      a.kinds.push(base);
      const fraction = /<xs:fractionDigits value="(\d+)"/.exec(body)?.[1];
      a.fractions.push(fraction === undefined ? undefined : Number(fraction));
      acc.set(key, a);
    }
  }
  const fields = new Map<string, Facet>();
  for (const [key, a] of acc) {
    const f: Facet = {};
    if (a.kinds.every((k) => k === 'string') && a.lengths.every((l) => l !== undefined)) f.maxLength = Math.max(...(a.lengths as number[]));
    if (a.kinds.every((k) => k === 'decimal')) {
      f.numeric = 'decimal';
      if (a.fractions.every((d) => d !== undefined)) f.fractionDigits = Math.max(...(a.fractions as number[]));
    } else if (a.kinds.every((k) => k === 'int')) f.numeric = 'int';
    fields.set(key, f);
  }
  facetCache = { fields, roots };
  return facetCache;
}

// ---------------------------------------------------------------------------------------------------------------
// Base index: element spans found by one pass over the tags. The bases are well-formed, so a stack suffices.

interface Element {
  qname: string;
  local: string;
  /** Offset of `<` of the start tag. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of `<` of the end tag (= openEnd for an empty-element tag). */
  closeStart: number;
  /** Offset just after the end tag. */
  end: number;
  parent: number;
  children: number[];
  /** Schema facet of a leaf in the ceb namespace. */
  facet?: Facet;
}

interface BaseIndex {
  text: string;
  elements: Element[];
  /** Element indexes (never the root). */
  inner: number[];
  /** Leaf elements with non-empty text, and by facet. */
  leaves: number[];
  bounded: number[];
  numeric: number[];
  decimals: number[];
  /** Parents with at least two children of different names. */
  mixedParents: number[];
  /** Root element name prefix with its colon ('ceb:' or '' for a default namespace). */
  prefix: string;
  /** Span of the root's ceb namespace declaration value (the URI between the quotes) and of the whole attribute. */
  nsValue?: [number, number];
  nsAttr?: [number, number];
  /** Offset where a DOCTYPE may go: after the XML declaration, or after a BOM. */
  prologEnd: number;
  bytes?: Buffer;
}

const TAG = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>!?]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

function indexBase(text: string): BaseIndex {
  const elements: Element[] = [];
  const stack: number[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const qname = m[2];
    if (qname === undefined) continue;
    if (m[1] === '/') {
      const i = stack.pop();
      const el = i === undefined ? undefined : elements[i];
      if (el === undefined || el.qname !== qname) throw new Error(`base is not well-formed near offset ${m.index}`);
      el.closeStart = m.index;
      el.end = TAG.lastIndex;
      continue;
    }
    const parent = stack.at(-1) ?? -1;
    const colon = qname.indexOf(':');
    const el: Element = { qname, local: qname.slice(colon + 1), start: m.index, openEnd: TAG.lastIndex, closeStart: TAG.lastIndex, end: TAG.lastIndex, parent, children: [] };
    elements.push(el);
    if (parent >= 0) elements[parent]?.children.push(elements.length - 1);
    if (m[3] !== '/') stack.push(elements.length - 1);
  }
  const root = elements[0];
  if (root === undefined || stack.length > 0) throw new Error('base has no root element or is not well-formed');

  const { fields, roots } = facets();
  const schema = roots.get(root.local);
  const index: BaseIndex = {
    text,
    elements,
    inner: [],
    leaves: [],
    bounded: [],
    numeric: [],
    decimals: [],
    mixedParents: [],
    prefix: root.qname.includes(':') ? root.qname.slice(0, root.qname.indexOf(':') + 1) : '',
    prologEnd: text.startsWith('\uFEFF') ? 1 : 0,
  };
  const decl = /^\uFEFF?<\?xml[^>]*\?>/.exec(text);
  if (decl) index.prologEnd = decl[0].length;
  elements.forEach((e, i) => {
    if (i > 0) index.inner.push(i);
    if (e.children.length === 0 && e.closeStart > e.openEnd && i > 0) {
      index.leaves.push(i);
      // Facets are those of the ceb namespace (same prefix as the root); a signature's ds: elements have none.
      const parent = elements[e.parent];
      const sameNs = e.qname.length - e.local.length === index.prefix.length && e.qname.startsWith(index.prefix);
      e.facet = schema && parent && sameNs ? fields.get(`${schema}|${parent.local}|${e.local}`) : undefined;
      if (e.facet?.maxLength !== undefined) index.bounded.push(i);
      if (e.facet?.numeric !== undefined) index.numeric.push(i);
      if (e.facet?.fractionDigits !== undefined) index.decimals.push(i);
    }
    const names = new Set(e.children.map((c) => elements[c]?.qname));
    if (names.size >= 2) index.mixedParents.push(i);
  });
  const rootTag = text.slice(root.start, root.openEnd);
  const attr = index.prefix ? `xmlns:${index.prefix.slice(0, -1)}` : 'xmlns';
  const ns = new RegExp(`\\s${attr}\\s*=\\s*(["'])([^"']*)\\1`).exec(rootTag);
  if (ns) {
    const valueStart = root.start + ns.index + ns[0].length - 1 - (ns[2] ?? '').length;
    index.nsValue = [valueStart, valueStart + (ns[2] ?? '').length];
    index.nsAttr = [root.start + ns.index, root.start + ns.index + ns[0].length];
  }
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations.

type Mutator = (rng: Rng, b: BaseIndex) => { xml: string | Buffer; detail: string };

function el(b: BaseIndex, i: number): Element {
  const e = b.elements[i];
  if (e === undefined) throw new Error(`no element ${i}`);
  return e;
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

function bytesOf(b: BaseIndex): Buffer {
  b.bytes ??= Buffer.from(b.text, 'utf8');
  return b.bytes;
}

/** A position between elements where a new child or sibling may go (inside the root). */
function boundary(rng: Rng, b: BaseIndex): number {
  const i = rng.int(b.elements.length);
  const e = el(b, i);
  // Inside a container (root included), or right after a non-root element.
  if (e.children.length > 0 || i === 0) return rng.chance(0.5) ? e.openEnd : e.closeStart;
  return e.end;
}

const FILLERS = ['X', '9', '测', 'é'];
const NON_NUMERIC = ['abc', '1,000.00', '１２３', '1e3', '0x1F', 'NaN', 'Infinity', '--1', '1.2.3', '١٢٣', ' ', '12 34', '+-1', '1_000', '∞', '½'];
const UNKNOWN_NAMESPACES = ['http://www.chinaport.gov.cn/ceb/', 'http://www.chinaport.gov.cn/CEB', 'https://www.chinaport.gov.cn/ceb', 'urn:fuzz', 'http://www.chinaport.gov.cn/dxp'];
const INVALID_UTF8 = [[0xff], [0xfe], [0x80], [0xc0, 0x80], [0xc3], [0xe6, 0xb5], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc3, 0x28]];

const MUTATORS: Record<MutationKind, Mutator> = {
  truncate(rng, b) {
    // Cut inside the root element, so that trailing whitespace is never the only thing lost.
    const root = el(b, 0);
    const at = rng.range(1, root.end - 1);
    return { xml: b.text.slice(0, at), detail: `truncated at ${at} of ${b.text.length}` };
  },
  'delete-element'(rng, b) {
    const e = el(b, rng.pick(b.inner));
    return { xml: splice(b.text, e.start, e.end, ''), detail: `deleted ${e.qname} at ${e.start}` };
  },
  'duplicate-element'(rng, b) {
    const e = el(b, rng.pick(b.inner));
    return { xml: splice(b.text, e.end, e.end, b.text.slice(e.start, e.end)), detail: `duplicated ${e.qname} at ${e.start}` };
  },
  'swap-siblings'(rng, b) {
    const parent = el(b, rng.pick(b.mixedParents));
    const first = rng.pick(parent.children);
    const others = parent.children.filter((c) => el(b, c).qname !== el(b, first).qname);
    const [x, y] = [first, rng.pick(others)].sort((p, q) => p - q).map((i) => el(b, i)) as [Element, Element];
    const t = b.text;
    const xml = t.slice(0, x.start) + t.slice(y.start, y.end) + t.slice(x.end, y.start) + t.slice(x.start, x.end) + t.slice(y.end);
    return { xml, detail: `swapped ${x.qname} and ${y.qname} in ${parent.qname}` };
  },
  'empty-text'(rng, b) {
    const e = el(b, rng.pick(b.leaves));
    return { xml: splice(b.text, e.openEnd, e.closeStart, ''), detail: `emptied ${e.qname}` };
  },
  'overlong-by-one'(rng, b) {
    const e = el(b, rng.pick(b.bounded));
    const max = e.facet?.maxLength ?? 0;
    return { xml: splice(b.text, e.openEnd, e.closeStart, rng.pick(FILLERS).repeat(max + 1)), detail: `${e.qname}: ${max + 1} characters (max ${max})` };
  },
  'overlong-by-a-lot'(rng, b) {
    const e = el(b, rng.pick(b.bounded));
    const max = e.facet?.maxLength ?? 0;
    const n = max + rng.pick([1_000, 10_000, 100_000, 1_000_000]);
    return { xml: splice(b.text, e.openEnd, e.closeStart, rng.pick(FILLERS).repeat(n)), detail: `${e.qname}: ${n} characters (max ${max})` };
  },
  'non-numeric'(rng, b) {
    const e = el(b, rng.pick(b.numeric));
    const value = rng.pick(NON_NUMERIC);
    return { xml: splice(b.text, e.openEnd, e.closeStart, value), detail: `${e.qname} = ${JSON.stringify(value)}` };
  },
  'too-many-decimals'(rng, b) {
    const e = el(b, rng.pick(b.decimals));
    const digits = (e.facet?.fractionDigits ?? 0) + rng.range(1, 4);
    const value = `${rng.range(0, 99)}.${'0123456789'.repeat(3).slice(0, digits - 1)}7`;
    return { xml: splice(b.text, e.openEnd, e.closeStart, value), detail: `${e.qname} = ${value}` };
  },
  'unknown-root'(rng, b) {
    const root = el(b, 0);
    const { roots } = facets();
    let code: string;
    do code = String(rng.range(100, 999));
    while (roots.has(`CEB${code}Message`));
    const name = `${b.prefix}CEB${code}Message`;
    const t = b.text;
    const afterName = root.start + 1 + root.qname.length;
    const xml =
      root.closeStart === root.openEnd
        ? t.slice(0, root.start + 1) + name + t.slice(afterName)
        : t.slice(0, root.start + 1) + name + t.slice(afterName, root.closeStart + 2) + name + t.slice(root.closeStart + 2 + root.qname.length);
    return { xml, detail: `root renamed to ${name}` };
  },
  'wrong-namespace'(rng, b) {
    const [from, to] = b.nsValue ?? [0, 0];
    const uri = rng.pick(UNKNOWN_NAMESPACES);
    return { xml: splice(b.text, from, to, uri), detail: `namespace ${uri}` };
  },
  'missing-namespace'(_rng, b) {
    const [from, to] = b.nsAttr ?? [0, 0];
    return { xml: splice(b.text, from, to, ''), detail: 'namespace declaration removed' };
  },
  'unknown-element'(rng, b) {
    const at = boundary(rng, b);
    const name = `fuzz${rng.range(0, 999)}`;
    const element = rng.chance(0.7) ? `<${b.prefix}${name}>${rng.range(0, 9)}</${b.prefix}${name}>` : `<x:${name} xmlns:x="urn:fuzz"/>`;
    return { xml: splice(b.text, at, at, element), detail: `inserted ${element} at ${at}` };
  },
  'stray-ampersand'(rng, b) {
    const e = el(b, rng.pick(b.leaves));
    const at = rng.range(e.openEnd, e.closeStart);
    const stray = rng.pick(['&', '& ', '&amp', '&#xZZ;', '&unknown;', '&&']);
    return { xml: splice(b.text, at, at, stray), detail: `${JSON.stringify(stray)} in ${e.qname}` };
  },
  'stray-less-than'(rng, b) {
    const e = el(b, rng.pick(b.leaves));
    const at = rng.range(e.openEnd, e.closeStart);
    const stray = rng.pick(['<', '< ', '<3', '<<', '</']);
    return { xml: splice(b.text, at, at, stray), detail: `${JSON.stringify(stray)} in ${e.qname}` };
  },
  'billion-laughs'(rng, b) {
    const levels = rng.range(8, 12);
    let decls = '<!ENTITY lol0 "lol">';
    for (let i = 1; i <= levels; i++) decls += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
    const root = el(b, 0);
    const e = el(b, rng.pick(b.leaves));
    let xml = splice(b.text, e.openEnd, e.closeStart, `&lol${levels};`);
    xml = splice(xml, b.prologEnd, b.prologEnd, `\n<!DOCTYPE ${root.qname} [${decls}]>`);
    return { xml, detail: `${levels} levels of 10 in ${e.qname}` };
  },
  'external-entity'(rng, b) {
    const target = rng.pick(['file:///etc/passwd', 'file:///proc/self/environ', 'http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1:1/x']);
    const root = el(b, 0);
    const e = el(b, rng.pick(b.leaves));
    const parameter = rng.chance(0.3);
    const decl = parameter ? `<!ENTITY % xxe SYSTEM "${target}"> %xxe;` : `<!ENTITY xxe SYSTEM "${target}">`;
    let xml = parameter ? b.text : splice(b.text, e.openEnd, e.closeStart, '&xxe;');
    xml = splice(xml, b.prologEnd, b.prologEnd, `\n<!DOCTYPE ${root.qname} [${decl}]>`);
    return { xml, detail: `${parameter ? 'parameter ' : ''}entity ${target}` };
  },
  cdata(rng, b) {
    const e = el(b, rng.pick(b.leaves));
    const inner = b.text.slice(e.openEnd, e.closeStart);
    const content = rng.chance(0.7) ? `<![CDATA[${inner}]]>` : `<![CDATA[<${b.prefix}x>&amp;${inner}]]>`;
    return { xml: splice(b.text, e.openEnd, e.closeStart, content), detail: `CDATA in ${e.qname}` };
  },
  'deep-nesting'(rng, b) {
    const depth = rng.range(1_000, 5_000);
    const name = `${b.prefix}${rng.pick(['n', 'Order', 'fuzz'])}`;
    const at = boundary(rng, b);
    return { xml: splice(b.text, at, at, `<${name}>`.repeat(depth) + `</${name}>`.repeat(depth)), detail: `${depth} levels of ${name} at ${at}` };
  },
  'invalid-utf8'(rng, b) {
    const e = el(b, rng.pick(b.leaves));
    const bytes = bytesOf(b);
    const at = Buffer.byteLength(b.text.slice(0, rng.range(e.openEnd, e.closeStart)), 'utf8');
    const bad = rng.pick(INVALID_UTF8);
    return { xml: Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]), detail: `bytes ${Buffer.from(bad).toString('hex')} in ${e.qname}` };
  },
  'empty-body'(rng) {
    const xml = rng.pick(['', ' ', '\r\n', '\uFEFF', '<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?>\n']);
    return { xml, detail: JSON.stringify(xml) };
  },
  'huge-attribute'(rng, b) {
    const e = el(b, rng.chance(0.3) ? 0 : rng.pick(b.inner));
    const n = rng.pick([10_000, 100_000, 1_000_000]);
    const name = rng.chance(0.5) ? 'fuzz' : `${b.prefix}fuzz`;
    const at = e.start + 1 + e.qname.length;
    return { xml: splice(b.text, at, at, ` ${name}="${rng.pick(FILLERS).repeat(n)}"`), detail: `${name} of ${n} characters on ${e.qname}` };
  },
  bom(rng, b) {
    const plain = b.text.startsWith('\uFEFF') ? b.text.slice(1) : b.text;
    switch (rng.int(4)) {
      case 0:
        return { xml: `\uFEFF${plain}`, detail: 'UTF-8 BOM' };
      case 1:
        return { xml: `\uFEFF\uFEFF${plain}`, detail: 'two UTF-8 BOMs' };
      case 2:
        return { xml: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plain, 'utf8')]), detail: 'UTF-16LE BOM before UTF-8 text' };
      default: {
        const at = rng.range(1, plain.length - 1);
        return { xml: splice(plain, at, at, '\uFEFF'), detail: `U+FEFF at ${at}` };
      }
    }
  },
  'byte-flip'(rng, b) {
    const bytes = Buffer.from(bytesOf(b));
    const flips = rng.range(1, 8);
    const at: number[] = [];
    for (let i = 0; i < flips; i++) {
      const p = rng.int(bytes.length);
      bytes[p] = (bytes[p] ?? 0) ^ (rng.chance(0.5) ? 1 << rng.int(8) : rng.range(1, 255));
      at.push(p);
    }
    return { xml: bytes, detail: `flipped bytes at ${at.join(',')}` };
  },
};

/** Whether a base offers what a kind needs. */
function applicable(kind: MutationKind, b: BaseIndex): boolean {
  switch (kind) {
    case 'delete-element':
    case 'duplicate-element':
      return b.inner.length > 0;
    case 'swap-siblings':
      return b.mixedParents.length > 0;
    case 'overlong-by-one':
    case 'overlong-by-a-lot':
      return b.bounded.length > 0;
    case 'non-numeric':
      return b.numeric.length > 0;
    case 'too-many-decimals':
      return b.decimals.length > 0;
    case 'wrong-namespace':
      return b.nsValue !== undefined;
    case 'missing-namespace':
      return b.nsAttr !== undefined;
    case 'empty-text':
    case 'stray-ampersand':
    case 'stray-less-than':
    case 'billion-laughs':
    case 'external-entity':
    case 'cdata':
    case 'invalid-utf8':
      return b.leaves.length > 0;
    default:
      return true;
  }
}

/**
 * Yields `count` mutants of `bases` (well-formed CEB messages), deterministically for a given seed and bases.
 * The kind is drawn uniformly from MUTATION_KINDS, then a base that offers what it needs (a decimal field for
 * 'too-many-decimals' …); kinds that no base supports are left out.
 */
export function* mutations(seed: number, count: number, bases: string[]): Generator<Mutation> {
  if (bases.length === 0) throw new Error('mutations: no bases');
  const indexes = bases.map(indexBase);
  const candidates = new Map<MutationKind, number[]>();
  for (const kind of MUTATION_KINDS) {
    const usable = indexes.flatMap((b, i) => (applicable(kind, b) ? [i] : []));
    if (usable.length > 0) candidates.set(kind, usable);
  }
  const kinds = MUTATION_KINDS.filter((k) => candidates.has(k));
  const rng = new Rng(seed);
  for (let n = 0; n < count; n++) {
    const kind = rng.pick(kinds);
    const base = rng.pick(candidates.get(kind) ?? []);
    const { xml, detail } = MUTATORS[kind](rng, indexes[base] as BaseIndex);
    yield { kind, xml, base, detail };
  }
}
