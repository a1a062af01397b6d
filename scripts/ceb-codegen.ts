/**
 * Reads the official CEB schemas (data/ceb/xsd/202205) and writes src/modules/ceb/generated/{import,export}.ts:
 * the schema model the codec walks and the TypeScript types of every message. Run with
 * `npm run ceb:codegen`; test/ceb-codegen.test.ts fails when the committed files differ from a fresh run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childElements, parseXml, textContent, type XmlElement } from '../src/modules/ceb/xml';
import type { AttributeDecl, ComplexDef, Direction, ElementDecl, MessageDecl, SchemaModel, SimpleType } from '../src/modules/ceb/model';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const XSD_DIR = join(root, 'data/ceb/xsd/202205');
export const GENERATED_DIR = join(root, 'src/modules/ceb/generated');

const XS = 'http://www.w3.org/2001/XMLSchema';
type XNode = XmlElement;

/** The local name of an XML Schema element (`xs:element` → `xs:element`, whatever prefix the file uses). */
function tag(node: XNode): string | undefined {
  return node.ns === XS ? `xs:${node.local}` : undefined;
}
function kids(node: XNode): XNode[] {
  return childElements(node);
}
function attrs(node: XNode): Record<string, string> {
  return Object.fromEntries(node.attributes.map((a) => [a.qname, a.value]));
}
function nameOf(node: XNode): string {
  const name = attrs(node).name;
  if (!name) throw new Error('unnamed schema component');
  return name;
}
function child(node: XNode, name: string): XNode | undefined {
  return kids(node).find((k) => tag(k) === name);
}
function documentation(node: XNode): string | undefined {
  const ann = child(node, 'xs:annotation');
  const docNode = ann && child(ann, 'xs:documentation');
  if (!docNode) return undefined;
  const text = textContent(docNode).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

function simpleType(node: XNode, where: string): SimpleType {
  const restriction = child(node, 'xs:restriction');
  if (!restriction) throw new Error(`${where}: simpleType without restriction`);
  const base = attrs(restriction).base;
  const st: SimpleType = { base: base === 'xs:decimal' ? 'decimal' : base === 'xs:int' ? 'int' : 'string' };
  if (base !== 'xs:decimal' && base !== 'xs:int' && base !== 'xs:string') throw new Error(`${where}: unsupported base ${base}`);
  for (const facet of kids(restriction)) {
    const name = tag(facet);
    const value = attrs(facet).value;
    if (name === 'xs:length') st.length = Number(value);
    else if (name === 'xs:minLength') st.minLength = Number(value);
    else if (name === 'xs:maxLength') st.maxLength = Number(value);
    else if (name === 'xs:totalDigits') st.totalDigits = Number(value);
    else if (name === 'xs:fractionDigits') st.fractionDigits = Number(value);
    else if (name === 'xs:whiteSpace' && value === 'collapse') st.collapse = true;
    else if (name) throw new Error(`${where}: unsupported facet ${name}`);
  }
  return st;
}

function occurs(a: Record<string, string>): { min: number; max: number } {
  const min = a.minOccurs === undefined ? 1 : Number(a.minOccurs);
  const max = a.maxOccurs === undefined ? 1 : a.maxOccurs === 'unbounded' ? -1 : Number(a.maxOccurs);
  return { min, max };
}

export function buildModel(file: string, direction: Direction, source: string): SchemaModel {
  const schema = parseXml(readFileSync(file, 'utf8')).root;
  if (tag(schema) !== 'xs:schema') throw new Error(`${file}: no xs:schema`);
  const globals = new Map<string, XNode>();
  for (const n of kids(schema)) if (tag(n) === 'xs:element') globals.set(nameOf(n), n);
  const defs: Record<string, ComplexDef> = {};
  const messages: Record<string, MessageDecl> = {};

  function sequenceOf(complexType: XNode, owner: string): ElementDecl[] {
    const seq = child(complexType, 'xs:sequence');
    if (!seq) return [];
    const out: ElementDecl[] = [];
    for (const n of kids(seq)) {
      const t = tag(n);
      if (t === 'xs:element') out.push(elementDecl(n, owner));
      else if (t === 'xs:any') throw new Error(`${owner}: xs:any outside XMLElement`);
      else if (t) throw new Error(`${owner}: unsupported particle ${t}`);
    }
    return out;
  }

  function complexDef(name: string, node: XNode, complexType: XNode): string {
    if (!defs[name]) {
      defs[name] = { doc: documentation(node), children: [] };
      defs[name].children = sequenceOf(complexType, name);
      if (!defs[name].doc) delete defs[name].doc;
    }
    return name;
  }

  function elementDecl(n: XNode, owner: string): ElementDecl {
    const a = attrs(n);
    const { min, max } = occurs(a);
    if (a.ref) {
      if (a.ref === 'ds:Signature') return { name: 'Signature', min, max, signature: true };
      const refName = a.ref.replace(/^ceb:/, '');
      const target = globals.get(refName);
      if (!target) throw new Error(`${owner}: unresolved ref ${a.ref}`);
      const ct = child(target, 'xs:complexType');
      const decl: ElementDecl = { name: refName, min, max };
      const d = documentation(target);
      if (d) decl.doc = d;
      if (ct) decl.complex = complexDef(refName, target, ct);
      else decl.simple = simpleType(child(target, 'xs:simpleType') as XNode, refName);
      return decl;
    }
    const decl: ElementDecl = { name: nameOf(n), min, max };
    const d = documentation(n);
    if (d) decl.doc = d;
    if (a.default !== undefined) decl.default = a.default;
    if (a.fixed !== undefined) decl.fixed = a.fixed;
    if (a.type === 'ceb:XMLElement') decl.any = true;
    else if (a.type === 'xs:int') decl.simple = { base: 'int' };
    else if (a.type) throw new Error(`${owner}/${a.name}: unsupported type ${a.type}`);
    else {
      const ct = child(n, 'xs:complexType');
      const st = child(n, 'xs:simpleType');
      if (ct) decl.complex = complexDef(`${owner}.${a.name}`, n, ct);
      else if (st) decl.simple = simpleType(st, `${owner}/${a.name}`);
      else throw new Error(`${owner}/${a.name}: element without type`);
    }
    return decl;
  }

  for (const [name, n] of globals) {
    if (!/^CEB\d{3}Message$/.test(name)) continue;
    const ct = child(n, 'xs:complexType');
    if (!ct) throw new Error(`${name}: no complexType`);
    const attributes: AttributeDecl[] = kids(ct)
      .filter((k) => tag(k) === 'xs:attribute')
      .map((k) => {
        const decl: AttributeDecl = { name: nameOf(k), required: attrs(k).use === 'required', simple: simpleType(child(k, 'xs:simpleType') as XNode, `${name}@${attrs(k).name}`) };
        const d = documentation(k);
        if (d) decl.doc = d;
        return decl;
      });
    const m: MessageDecl = { name, direction, attributes, children: sequenceOf(ct, name) };
    const d = documentation(n);
    if (d) m.doc = d;
    messages[name] = m;
  }
  return { direction, source, messages, defs };
}

// ---- TypeScript emission ----

function typeName(def: string): string {
  return def.replace(/\./g, '_');
}

function fieldType(e: ElementDecl): string {
  const base = e.complex ? typeName(e.complex) : e.simple?.base === 'int' ? 'number' : 'string';
  return e.max === 1 ? base : `${base}[]`;
}

function iface(name: string, doc: string | undefined, fields: { name: string; optional: boolean; type: string; doc?: string }[]): string {
  const lines = [];
  if (doc) lines.push(`/** ${doc.replace(/\*\//g, '* /')} */`);
  lines.push(`export interface ${name} {`);
  for (const f of fields) {
    if (f.doc) lines.push(`  /** ${f.doc.replace(/\*\//g, '* /')} */`);
    lines.push(`  ${f.name}${f.optional ? '?' : ''}: ${f.type};`);
  }
  lines.push('}');
  return lines.join('\n');
}

function elementFields(children: ElementDecl[]) {
  return children.map((c) => ({
    name: c.name,
    optional: c.min === 0,
    type: c.signature ? 'string' : c.any ? 'string' : fieldType(c),
    doc: c.signature ? 'The ds:Signature element as received (raw XML); verified separately.' : c.doc,
  }));
}

export function emitModule(model: SchemaModel): string {
  const parts: string[] = [];
  parts.push(`// Generated by scripts/ceb-codegen.ts from ${model.source}. Do not edit: run \`npm run ceb:codegen\`.`);
  parts.push(`import type { SchemaModel } from '../model';`);
  parts.push('');
  for (const [name, def] of Object.entries(model.defs)) parts.push(iface(typeName(name), def.doc, elementFields(def.children)), '');
  for (const m of Object.values(model.messages)) {
    const fields = [...m.attributes.map((a) => ({ name: a.name, optional: !a.required, type: 'string', doc: a.doc })), ...elementFields(m.children)];
    parts.push(iface(m.name, m.doc, fields), '');
  }
  parts.push(`/** Every ${model.direction} message type of the schema, by root element name. */`);
  parts.push(`export interface ${model.direction === 'import' ? 'Import' : 'Export'}Messages {`);
  for (const m of Object.keys(model.messages)) parts.push(`  ${m}: ${m};`);
  parts.push('}', '');
  parts.push(`export const ${model.direction}Model: SchemaModel = ${JSON.stringify(model, null, 1)};`, '');
  return parts.join('\n');
}

export function generate(): Record<string, string> {
  return {
    'import.ts': emitModule(buildModel(join(XSD_DIR, 'ceb-import-202205.xsd'), 'import', 'data/ceb/xsd/202205/ceb-import-202205.xsd')),
    'export.ts': emitModule(buildModel(join(XSD_DIR, 'ceb-export-202205.xsd'), 'export', 'data/ceb/xsd/202205/ceb-export-202205.xsd')),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, text] of Object.entries(generate())) {
    writeFileSync(join(GENERATED_DIR, file), text);
    process.stdout.write(`wrote src/modules/ceb/generated/${file} (${text.length} chars)\n`);
  }
}
