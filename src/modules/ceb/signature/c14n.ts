/**
 * Canonical XML 1.0 without comments (http://www.w3.org/TR/2001/REC-xml-c14n-20010315), the only canonicalisation
 * the customs signature profile uses, over the tree of ./xml.
 *
 * Two node-sets are needed: the whole document minus the enveloped Signature (the Reference), and the SignedInfo
 * subtree (the signature input). For the latter, inclusive C14N renders every namespace in scope at the apex and
 * inherits xml:* attributes from the ancestors; forgetting that context is a classic cause of signatures that
 * verify nowhere else (SPEC-NOTES §9/§13).
 */
import { XML_NS, type XmlAttribute, type XmlDocument, type XmlElement, type XmlPi } from '../xml';

/** Code-point order, as C14N requires (plain `<` compares UTF-16 units, which differs above U+FFFF). */
function compare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

const compareAttributes = (a: XmlAttribute, b: XmlAttribute): number => compare(a.ns, b.ns) || compare(a.local, b.local);

const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<"\t\n\r]/;

function escapeText(s: string): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#xD;'));
}

function escapeAttribute(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return s.replace(/[&<"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' })[c]!);
}

const renderPi = (pi: XmlPi): string => (pi.data ? `<?${pi.target} ${pi.data}?>` : `<?${pi.target}?>`);

function writeElement(el: XmlElement, out: string[], outputParentScope: ReadonlyMap<string, string> | null, exclude: ReadonlySet<XmlElement>, extraAttributes: XmlAttribute[]): void {
  const namespaces: Array<[string, string]> = [];
  if (outputParentScope === null) {
    // Apex of a subtree: every non-empty binding in scope is rendered.
    for (const [prefix, uri] of el.scope) if (uri !== '') namespaces.push([prefix, uri]);
  } else {
    // Only bindings that differ from the nearest rendered ancestor; xmlns="" only when it undoes a default.
    for (const [prefix, uri] of el.declarations) if ((outputParentScope.get(prefix) ?? '') !== uri) namespaces.push([prefix, uri]);
  }
  let tag = `<${el.qname}`;
  if (namespaces.length > 1) namespaces.sort((a, b) => compare(a[0], b[0]));
  for (const [prefix, uri] of namespaces) tag += `${prefix ? ` xmlns:${prefix}` : ' xmlns'}="${escapeAttribute(uri)}"`;
  const attributes = extraAttributes.length ? [...el.attributes, ...extraAttributes] : el.attributes;
  const sorted = attributes.length > 1 ? [...attributes].sort(compareAttributes) : attributes;
  for (const a of sorted) tag += ` ${a.qname}="${escapeAttribute(a.value)}"`;
  out.push(`${tag}>`);
  for (const c of el.children) {
    if (c.kind === 'text') out.push(escapeText(c.value));
    else if (c.kind === 'pi') out.push(renderPi(c));
    else if (!exclude.has(c)) writeElement(c, out, el.scope, exclude, []);
  }
  out.push(`</${el.qname}>`);
}

/** C14N of the whole document with the given elements (and their subtrees) left out. */
export function canonicalizeDocument(doc: XmlDocument, exclude: ReadonlySet<XmlElement> = new Set()): string {
  const out: string[] = [];
  for (const pi of doc.before) out.push(renderPi(pi), '\n');
  if (!exclude.has(doc.root)) writeElement(doc.root, out, new Map(), exclude, []);
  for (const pi of doc.after) out.push('\n', renderPi(pi));
  return out.join('');
}

/**
 * C14N of the subtree rooted at `el` as a document subset: namespaces in scope are rendered on the apex and the
 * xml:* attributes of ancestors are inherited (nearest first). `inheritedXmlAttributes` adds context from outside
 * the parsed tree, for a fragment parsed on its own.
 */
export function canonicalizeSubtree(el: XmlElement, inheritedXmlAttributes: XmlAttribute[] = []): string {
  const own = new Set(el.attributes.filter((a) => a.ns === XML_NS).map((a) => a.local));
  const extra: XmlAttribute[] = [];
  const take = (a: XmlAttribute) => {
    if (a.ns === XML_NS && !own.has(a.local)) {
      own.add(a.local);
      extra.push(a);
    }
  };
  for (let p = el.parent; p; p = p.parent) p.attributes.forEach(take);
  inheritedXmlAttributes.forEach(take);
  const out: string[] = [];
  writeElement(el, out, null, new Set(), extra);
  return out.join('');
}

/** The xml:* attributes an element inherits or carries, nearest first; the context for a fragment placed inside it. */
export function xmlAttributesInScope(el: XmlElement): XmlAttribute[] {
  const out: XmlAttribute[] = [];
  const seen = new Set<string>();
  for (let p: XmlElement | null = el; p; p = p.parent) {
    for (const a of p.attributes) {
      if (a.ns === XML_NS && !seen.has(a.local)) {
        seen.add(a.local);
        out.push(a);
      }
    }
  }
  return out;
}
