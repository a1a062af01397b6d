import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { C14nCanonicalization } from 'xml-crypto';
import { canonicalizeDocument, canonicalizeSubtree } from './c14n';
import { childElements, parseXml, XmlSyntaxError } from '../xml';

const FIXTURES = new URL('../../../../test/fixtures/ceb/', import.meta.url);
const DS = 'http://www.w3.org/2000/09/xmldsig#';

/** xml-crypto's inclusive C14N over an xmldom tree: an independent implementation to compare with. */
function reference(xml: string, withoutSignature = false): string {
  const dom = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml');
  if (withoutSignature) {
    const sig = dom.getElementsByTagNameNS(DS, 'Signature')[0];
    sig?.parentNode?.removeChild(sig);
  }
  return new C14nCanonicalization().process(dom.documentElement as never, {});
}

const TRICKY = [
  // attribute order by namespace URI then local name; redundant and overriding namespace declarations
  `<r xmlns="urn:d" xmlns:b="urn:b" xmlns:a="urn:a" z="1" a:y="2" b:x="3" b="4"><a:c xmlns:a="urn:a" xmlns:b="urn:other"><b:e/></a:c></r>`,
  // default namespace undeclared and re-declared
  `<r xmlns="urn:d"><x xmlns=""><y xmlns=""/><z xmlns="urn:d"/></x></r>`,
  // references, CDATA, special characters in text and attributes, CRLF and tabs
  `<r a="tab\there&#9;lf&#10;&lt;&quot;'&amp;" b='"q"'>\r\n  &#x4E2D;&#22269; &lt;&gt;&amp; <![CDATA[<raw & ]]]]>\r\n</r>`,
  // comments dropped, empty elements expanded, whitespace in tags normalised (PIs: see the known case below,
  // xml-crypto 6 renders only their data)
  `<r  x = "1"  ><!-- gone --><e   /><f></f >text<!--x-->more</r>`,
  // non-ASCII names and values
  `<ceb:订单 xmlns:ceb="http://www.chinaport.gov.cn/ceb" 名="值"><ceb:备注>测试&#x1F600;</ceb:备注></ceb:订单>`,
];

describe('inclusive C14N', () => {
  for (const [i, xml] of TRICKY.entries()) {
    it(`agrees with xml-crypto on tricky document ${i + 1}`, () => {
      assert.equal(canonicalizeDocument(parseXml(xml)), reference(xml));
    });
  }

  it('agrees with xml-crypto on every official sample, Signature removed', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml'));
    assert.ok(files.length > 40);
    for (const f of files) {
      const xml = readFileSync(new URL(f, FIXTURES), 'utf8');
      const doc = parseXml(xml);
      assert.equal(canonicalizeDocument(doc, new Set(childElements(doc.root, DS, 'Signature'))), reference(xml, true), f);
    }
  });

  it('produces the expected bytes for a known case', () => {
    const xml = `<?xml version="1.0"?>\n<?top x?>\n<a:r xmlns:a="urn:a" xmlns:b="urn:b" b:z="1" y='&apos;2&#13;'>\r\n<a:e xmlns:a="urn:a"/><?pi  some data ?></a:r>\n<!-- c -->\n<?end?>`;
    assert.equal(canonicalizeDocument(parseXml(xml)), `<?top x?>\n<a:r xmlns:a="urn:a" xmlns:b="urn:b" y="'2&#xD;" b:z="1">\n<a:e></a:e><?pi some data ?></a:r>\n<?end?>`);
  });

  it('renders the namespaces in scope and inherited xml:* attributes on a subtree apex', () => {
    const xml = `<ceb:M xmlns:ceb="urn:ceb" xmlns="urn:default" xml:lang="zh"><ds:Signature xmlns:ds="${DS}"><ds:SignedInfo Id="s"><ds:X/></ds:SignedInfo></ds:Signature></ceb:M>`;
    const signedInfo = childElements(childElements(parseXml(xml).root)[0]!)[0]!;
    assert.equal(canonicalizeSubtree(signedInfo), `<ds:SignedInfo xmlns="urn:default" xmlns:ceb="urn:ceb" xmlns:ds="${DS}" Id="s" xml:lang="zh"><ds:X></ds:X></ds:SignedInfo>`);
  });

  it('leaves out the excluded element but keeps the text around it', () => {
    const xml = `<r>\n\t<a>1</a>\n\t<s>x</s>\n</r>`;
    const doc = parseXml(xml);
    const s = childElements(doc.root)[1]!;
    assert.equal(canonicalizeDocument(doc, new Set([s])), `<r>\n\t<a>1</a>\n\t\n</r>`);
  });
});

describe('XML reader', () => {
  it('records source offsets of elements', () => {
    const xml = '\uFEFF<?xml version="1.0"?><r a="1"><x/>\n<y>t</y></r>';
    const doc = parseXml(xml);
    const [x, y] = childElements(doc.root);
    assert.equal(xml.slice(doc.root.start, doc.root.end), '<r a="1"><x/>\n<y>t</y></r>');
    assert.equal(xml.slice(x!.start, x!.end), '<x/>');
    assert.equal(xml.slice(y!.start, y!.end), '<y>t</y>');
    assert.equal(xml.slice(doc.root.contentStart, y!.start), '<x/>\n');
  });

  it('resolves namespaces, not prefixes', () => {
    const doc = parseXml('<M xmlns="http://www.chinaport.gov.cn/ceb"><p:Signature xmlns:p="http://www.w3.org/2000/09/xmldsig#"/></M>');
    assert.equal(doc.root.ns, 'http://www.chinaport.gov.cn/ceb');
    assert.equal(childElements(doc.root, DS, 'Signature').length, 1);
  });

  for (const [name, xml] of [
    ['a DOCTYPE', '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>'],
    ['an undefined entity', '<r>&nbsp;</r>'],
    ['an entity named like an object property', '<r a="&constructor;"/>'],
    ['mismatched tags', '<r><a></b></r>'],
    ['a prefix match that is not the whole name', '<r><ab></a></r>'],
    ['an undeclared prefix', '<r><p:a/></r>'],
    ['duplicate attributes', '<r a="1" a="2"/>'],
    ['duplicate expanded attribute names', '<r xmlns:p="urn:x" xmlns:q="urn:x" p:a="1" q:a="2"/>'],
    ['text after the root', '<r/>x'],
    ['two roots', '<r/><r/>'],
    ['an unclosed element', '<r><a>'],
    ['no root', '<?xml version="1.0"?>'],
    ['an illegal prefix undeclaration', '<r xmlns:p=""/>'],
    ['a bad character reference', '<r>&#0;</r>'],
    ['"<" in an attribute value', '<r a="<"/>'],
  ] as const) {
    it(`refuses ${name}`, () => {
      assert.throws(() => parseXml(xml), XmlSyntaxError);
    });
  }
});
