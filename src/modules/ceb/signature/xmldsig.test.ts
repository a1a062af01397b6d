import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DOMParser, type Element } from '@xmldom/xmldom';
import smCrypto from 'sm-crypto';
import { C14nCanonicalization, SignedXml } from 'xml-crypto';
import { generateRsaKeyPair, generateSm2KeyPair, issueCertificate, type KeyPair } from './certificate';
import { signMessage, verifyMessage, type SigningKey, type VerifyResult } from './xmldsig';
import { XmlSyntaxError } from '../xml';

const FIXTURES = new URL('../../../../test/fixtures/ceb/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const SM2_METHOD = 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3';

// Test-side text surgery on known samples (the library itself never works on prefixes).
const SIGNATURE = /<ds:Signature[\s>][\s\S]*?<\/ds:Signature>/;
const cutSignature = (xml: string): string => xml.replace(SIGNATURE, '');
const stripSignature = (xml: string): string => xml.replace(/\n\t<ds:Signature[\s\S]*?<\/ds:Signature>/, '');
const between = (xml: string, tag: string): string => new RegExp(`<ds:${tag}>([\\s\\S]*?)</ds:${tag}>`).exec(xml)![1]!;
const replaceBetween = (xml: string, tag: string, value: string): string => xml.replace(new RegExp(`(<ds:${tag}>)[\\s\\S]*?(</ds:${tag}>)`), `$1${value}$2`);
const EXTEND = '\n\t<ceb:ExtendMessage>\n\t\t<ceb:name>tumen</ceb:name>\n\t\t<ceb:version>1.0</ceb:version>\n\t\t<ceb:Message><ceb:k>v</ceb:k></ceb:Message>\n\t</ceb:ExtendMessage>';
const SUBSCRIBE = '\n\t<ceb:BaseSubscribe>\n\t\t<ceb:status>ALL</ceb:status>\n\t\t<ceb:dxpMode>DXP</ceb:dxpMode>\n\t\t<ceb:dxpAddress>DXPENT0000000002</ceb:dxpAddress>\n\t</ceb:BaseSubscribe>';
const afterBaseTransfer = (xml: string, text: string): string => xml.replace('</ceb:BaseTransfer>', `</ceb:BaseTransfer>${text}`);
const toDefaultNamespace = (xml: string): string => xml.replace(/<(\/?)ceb:/g, '<$1').replace('xmlns:ceb=', 'xmlns=');

const day = 86_400_000;
const notBefore = new Date(Date.now() - day);
const notAfter = new Date(Date.now() + 365 * day);
let serial = 0x100;
function signingKey(keyPair: KeyPair, keyName: string, validity: { notBefore: Date; notAfter: Date } = { notBefore, notAfter }): SigningKey {
  const certificate = issueCertificate({ subject: { commonName: keyName, organization: '延吉测试企业' }, keyPair, ...validity, serialNumber: (serial++).toString(16) });
  return { algorithm: keyPair.algorithm, privateKey: keyPair.privateKey, certificate, keyName };
}
const sm2Key = signingKey(generateSm2KeyPair(), '01691fe9');
const rsaKey = signingKey(generateRsaKeyPair(), '0001');
const otherSm2 = signingKey(generateSm2KeyPair(), 'other-sm2');
const otherRsa = signingKey(generateRsaKeyPair(), 'other-rsa');
const keys = [
  { name: 'SM2/SM3', key: sm2Key, other: otherSm2, hash: 'sm3' },
  { name: 'RSA/SHA-1', key: rsaKey, other: otherRsa, hash: 'sha1' },
] as const;

const parseDom = (xml: string) => new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml');
/** Element children of the root as seen by an independent parser, with ds: marking the XML-DSig namespace. */
function rootChildren(xml: string): string[] {
  const children = Array.from(parseDom(xml).documentElement!.childNodes).filter((n): n is Element => n.nodeType === 1);
  return children.map((n) => `${n.namespaceURI === DS ? 'ds:' : ''}${n.localName}`);
}

/** C14N of SignedInfo by xml-crypto, given the namespaces its ancestors declare (nearest wins). */
function independentSignedInfoC14n(xml: string): string {
  const signedInfo = parseDom(xml).getElementsByTagNameNS(DS, 'SignedInfo')[0]!;
  const seen = new Set<string>();
  const ancestorNamespaces: Array<{ prefix: string; namespaceURI: string }> = [];
  for (let p = signedInfo.parentNode as Element | null; p && p.nodeType === 1; p = p.parentNode as Element | null) {
    for (const a of Array.from(p.attributes)) {
      const prefix = a.name === 'xmlns' ? '' : a.name.startsWith('xmlns:') ? a.name.slice(6) : null;
      if (prefix !== null && !seen.has(prefix)) {
        seen.add(prefix);
        ancestorNamespaces.push({ prefix, namespaceURI: a.value });
      }
    }
  }
  return new C14nCanonicalization().process(signedInfo as never, { ancestorNamespaces } as never);
}

/** Digest of the document minus its Signature, computed with xml-crypto's C14N. */
function independentDigest(xml: string, hash: string): string {
  const dom = parseDom(xml);
  const sig = dom.getElementsByTagNameNS(DS, 'Signature')[0]!;
  sig.parentNode!.removeChild(sig);
  const c14n = new C14nCanonicalization().process(dom.documentElement as never, {});
  return createHash(hash).update(c14n, 'utf8').digest('base64');
}

function assertValid(result: VerifyResult, key: SigningKey): void {
  assert.equal(result.signed, true);
  assert.ok(result.signed && result.valid, `expected a valid signature, got ${JSON.stringify(result)}`);
  assert.equal(result.algorithm, key.algorithm);
  assert.equal(result.certificate.fingerprintSha256, createHash('sha256').update(key.certificate).digest('hex'));
  assert.equal(result.certificate.keyName, key.keyName);
}

function assertInvalid(result: VerifyResult, reason: string): void {
  assert.ok(result.signed && !result.valid, `expected ${reason}, got ${JSON.stringify(result)}`);
  assert.equal(result.reason, reason, result.detail);
}

const import621 = stripSignature(fixture('CEB621Message.sample2.xml'));
const export303 = stripSignature(fixture('CEB303Message.sample2.xml'));
const cases = [
  { name: 'import CEB621', xml: import621, order: ['Inventory', 'BaseTransfer', 'ds:Signature'] },
  { name: 'import CEB621 with ExtendMessage', xml: afterBaseTransfer(import621, EXTEND), order: ['BaseTransfer', 'ExtendMessage', 'ds:Signature'] },
  { name: 'export CEB303', xml: export303, order: ['Order', 'BaseTransfer', 'ds:Signature'] },
  { name: 'export CEB303 with BaseSubscribe and ExtendMessage', xml: afterBaseTransfer(export303, SUBSCRIBE + EXTEND), order: ['BaseTransfer', 'BaseSubscribe', 'ds:Signature', 'ExtendMessage'] },
];

describe('signMessage / verifyMessage round trips', () => {
  for (const { name: alg, key } of keys) {
    for (const c of cases) {
      it(`${alg}: ${c.name} signs, verifies, and puts the Signature where the schema wants it`, () => {
        assert.doesNotMatch(c.xml, SIGNATURE);
        const signed = signMessage(c.xml, key);
        assertValid(verifyMessage(signed), key);
        const children = rootChildren(signed);
        assert.equal(children.filter((n) => n === 'ds:Signature').length, 1);
        assert.deepEqual(children.slice(-c.order.length), c.order);
        // Nothing outside ds:Signature changed, to the byte.
        assert.equal(cutSignature(signed), c.xml);
      });
    }
  }

  it('replaces an existing signature in place, leaving the layout around it alone', () => {
    const original = fixture('CEB621Message.sample2.xml');
    const signed = signMessage(original, sm2Key);
    assert.equal(cutSignature(signed), cutSignature(original));
    const resigned = signMessage(signed, rsaKey);
    assert.equal(cutSignature(resigned), cutSignature(original));
    assert.equal(rootChildren(resigned).filter((n) => n === 'ds:Signature').length, 1);
    assertValid(verifyMessage(resigned), rsaKey);
  });

  it('moves a misplaced signature of an export message in front of ExtendMessage', () => {
    const original = fixture('CEB303Message.sample2.xml');
    const xml = original.replace(SIGNATURE, EXTEND.trim()).replace('</ceb:CEB303Message>', `${SIGNATURE.exec(original)![0]}\n</ceb:CEB303Message>`);
    assert.deepEqual(rootChildren(xml).slice(-2), ['ExtendMessage', 'ds:Signature']);
    const signed = signMessage(xml, sm2Key);
    assert.deepEqual(rootChildren(signed).slice(-3), ['BaseTransfer', 'ds:Signature', 'ExtendMessage']);
    assertValid(verifyMessage(signed), sm2Key);
  });

  it('keeps a BOM and CRLF line endings, and signs with CRLF inside the Signature too', () => {
    const crlf = export303.replace(/\n/g, '\r\n');
    assert.equal(crlf.charCodeAt(0), 0xfeff);
    const signed = signMessage(crlf, sm2Key);
    assert.equal(signed.charCodeAt(0), 0xfeff);
    assert.equal(cutSignature(signed), crlf);
    assert.doesNotMatch(signed.replace(/\r\n/g, ''), /\n/);
    assertValid(verifyMessage(signed), sm2Key);
  });

  it('signs and verifies messages whose root uses a default namespace', () => {
    const receipt = fixture('CEB622Message.sample1.xml');
    assert.match(receipt, /<CEB622Message [^>]*xmlns="http:\/\/www.chinaport.gov.cn\/ceb"/);
    for (const xml of [receipt, toDefaultNamespace(import621)]) {
      for (const { key } of keys) {
        const signed = signMessage(xml, key);
        assertValid(verifyMessage(signed), key);
        assert.equal(cutSignature(signed), xml);
        // The default namespace is in scope of SignedInfo, so C14N puts it there.
        assert.match(independentSignedInfoC14n(signed), /^<ds:SignedInfo xmlns="http:\/\/www.chinaport.gov.cn\/ceb" xmlns:ds=/);
      }
    }
  });

  it('writes KeyName as escaped text and reports it back', () => {
    const key = { ...sm2Key, keyName: 'A&B<01>' };
    const signed = signMessage(export303, key);
    assert.match(signed, /<ds:KeyName>A&amp;B&lt;01&gt;<\/ds:KeyName>/);
    const result = verifyMessage(signed);
    assert.ok(result.signed && result.valid);
    assert.equal(result.certificate.keyName, 'A&B<01>');
  });
});

describe('verifyMessage failures', () => {
  for (const { name, key, other } of keys) {
    const signed = signMessage(import621, key);

    it(`${name}: one changed character in a field value → digest_mismatch`, () => {
      const tampered = signed.replace('<ceb:orderNo>order2016030811340001<', '<ceb:orderNo>order2016030811340002<');
      assert.notEqual(tampered, signed);
      assertInvalid(verifyMessage(tampered), 'digest_mismatch');
    });

    it(`${name}: added whitespace outside the Signature → digest_mismatch`, () => {
      assertInvalid(verifyMessage(signed.replace('</ceb:BaseTransfer>', '</ceb:BaseTransfer> ')), 'digest_mismatch');
    });

    it(`${name}: a changed SignatureValue → bad_signature`, () => {
      const value = between(signed, 'SignatureValue');
      const at = value.length >> 1;
      const flipped = value.slice(0, at) + (value[at] === 'A' ? 'B' : 'A') + value.slice(at + 1);
      assertInvalid(verifyMessage(replaceBetween(signed, 'SignatureValue', flipped)), 'bad_signature');
    });

    it(`${name}: the certificate swapped for another key's → bad_signature`, () => {
      const swapped = replaceBetween(signed, 'X509Certificate', other.certificate.toString('base64'));
      assertInvalid(verifyMessage(swapped), 'bad_signature');
    });

    it(`${name}: trusted certificates decide → certificate_untrusted or valid`, () => {
      assertInvalid(verifyMessage(signed, { trustedCertificates: [other.certificate] }), 'certificate_untrusted');
      assertInvalid(verifyMessage(signed, { trustedCertificates: [] }), 'certificate_untrusted');
      assertValid(verifyMessage(signed, { trustedCertificates: [other.certificate, Buffer.from(key.certificate)] }), key);
    });

    it(`${name}: outside the certificate validity period → certificate_expired`, () => {
      assertInvalid(verifyMessage(signed, { now: new Date(notAfter.getTime() + 1000) }), 'certificate_expired');
      assertInvalid(verifyMessage(signed, { now: new Date(notBefore.getTime() - 1000) }), 'certificate_expired');
      assertValid(verifyMessage(signed, { now: new Date(notAfter.getTime() - 1000) }), key);
    });
  }

  it('a certificate that expired last year → certificate_expired with the default clock', () => {
    const expired = signingKey(generateSm2KeyPair(), 'expired', { notBefore: new Date(Date.now() - 800 * day), notAfter: new Date(Date.now() - 400 * day) });
    assertInvalid(verifyMessage(signMessage(export303, expired)), 'certificate_expired');
  });

  it('unsupported algorithms and references are reported as such', () => {
    const signed = signMessage(import621, rsaKey);
    assertInvalid(verifyMessage(signed.replace('xmldsig#rsa-sha1', 'xmldsig-more#rsa-sha256')), 'unsupported_algorithm');
    assertInvalid(verifyMessage(signed.replace('<ds:Reference URI="">', '<ds:Reference URI="#x">')), 'unsupported_algorithm');
    assertInvalid(verifyMessage(signed.replace('REC-xml-c14n-20010315"', 'REC-xml-c14n-20010315#WithComments"')), 'unsupported_algorithm');
    assertInvalid(verifyMessage(signed.replace('xmldsig#sha1', 'xmldsig#sha256')), 'unsupported_algorithm');
  });

  it('an SM2 SignatureMethod with an RSA certificate → certificate_invalid; an unreadable certificate too', () => {
    const signed = signMessage(import621, rsaKey)
      .replace('http://www.w3.org/2000/09/xmldsig#rsa-sha1', SM2_METHOD)
      .replace('http://www.w3.org/2000/09/xmldsig#sha1', 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm3');
    assertInvalid(verifyMessage(signed), 'certificate_invalid');
    assertInvalid(verifyMessage(replaceBetween(signMessage(import621, sm2Key), 'X509Certificate', 'AAAA')), 'certificate_invalid');
  });

  it('unreadable XML and a doubled Signature → malformed, without throwing', () => {
    assertInvalid(verifyMessage('<ceb:CEB621Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:Inventory>'), 'malformed');
    assertInvalid(verifyMessage('not xml at all'), 'malformed');
    const signed = signMessage(import621, sm2Key);
    const sig = SIGNATURE.exec(signed)![0];
    assertInvalid(verifyMessage(signed.replace(sig, sig + sig)), 'malformed');
    assertInvalid(verifyMessage(replaceBetween(signed, 'DigestValue', '***')), 'malformed');
  });

  it('an unsigned message → { signed: false }', () => {
    assert.deepEqual(verifyMessage(import621), { signed: false });
    assert.deepEqual(verifyMessage(fixture('CEB622Message.sample1.xml')), { signed: false });
  });

  it('every dummy-signed official sample verifies as invalid, never throws', () => {
    const signedSamples = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml') && fixture(f).includes('<ds:Signature'));
    assert.ok(signedSamples.length >= 30);
    for (const f of signedSamples) {
      const xml = fixture(f);
      // The samples' certificate is RSA; SM2 samples therefore fail on the certificate, RSA ones on the dummy digest.
      assertInvalid(verifyMessage(xml), xml.includes(SM2_METHOD) ? 'certificate_invalid' : 'digest_mismatch');
    }
  });
});

describe('signMessage refusals', () => {
  it('refuses unreadable XML, a certificate of another algorithm, and a key that is not the certificate’s', () => {
    assert.throws(() => signMessage('<a><b></a>', sm2Key), XmlSyntaxError);
    assert.throws(() => signMessage(import621, { ...sm2Key, certificate: rsaKey.certificate }), /RSA key/);
    assert.throws(() => signMessage(import621, { ...sm2Key, certificate: otherSm2.certificate }), /does not belong/);
    assert.throws(() => signMessage(import621, { ...rsaKey, certificate: otherRsa.certificate }), /does not belong/);
  });
});

describe('cross-checks with independent implementations', () => {
  for (const { name, key, hash } of keys) {
    it(`${name}: DigestValue equals xml-crypto's C14N hashed independently`, () => {
      const signed = signMessage(afterBaseTransfer(export303, SUBSCRIBE + EXTEND), key);
      assert.equal(between(signed, 'DigestValue'), independentDigest(signed, hash));
    });
  }

  it('SM2: the SignatureValue is a real SM2 signature (sm-crypto, hash: true, default user id)', () => {
    const signed = signMessage(import621, sm2Key);
    const input = Array.from(Buffer.from(independentSignedInfoC14n(signed), 'utf8'));
    const sig = Buffer.from(between(signed, 'SignatureValue').replace(/\s+/g, ''), 'base64').toString('hex');
    const publicKey = (verifyMessage(signed) as { certificate: { publicKey: string } }).certificate.publicKey;
    assert.equal(smCrypto.sm2.doVerifySignature(input, sig, publicKey, { hash: true, der: true }), true);
    assert.equal(smCrypto.sm2.doVerifySignature(input, sig, publicKey, { hash: true, der: true, userId: '8765432187654321' }), false);
    assert.equal(smCrypto.sm2.doVerifySignature(input, sig, publicKey, { hash: false, der: true }), false);
  });

  for (const der of [true, false]) {
    it(`SM2: a signature made by sm-crypto over the C14N of SignedInfo verifies (${der ? 'DER' : 'raw r‖s'})`, () => {
      const signed = signMessage(toDefaultNamespace(import621), sm2Key);
      const input = Array.from(Buffer.from(independentSignedInfoC14n(signed), 'utf8'));
      const publicKey = (verifyMessage(signed) as { certificate: { publicKey: string } }).certificate.publicKey;
      const theirs = smCrypto.sm2.doSignature(input, sm2Key.privateKey, { hash: true, der, publicKey });
      const replaced = replaceBetween(signed, 'SignatureValue', Buffer.from(theirs, 'hex').toString('base64'));
      assertValid(verifyMessage(replaced), sm2Key);
      const wrongKey = smCrypto.sm2.doSignature(input, otherSm2.privateKey, { hash: true, der });
      assertInvalid(verifyMessage(replaceBetween(signed, 'SignatureValue', Buffer.from(wrongKey, 'hex').toString('base64'))), 'bad_signature');
    });
  }

  it('RSA: xml-crypto accepts our signature and rejects a tampered message', () => {
    for (const xml of [import621, toDefaultNamespace(import621), afterBaseTransfer(export303, EXTEND)]) {
      const signed = signMessage(xml, rsaKey);
      const check = (doc: string) => {
        const verifier = new SignedXml({ publicCert: `-----BEGIN CERTIFICATE-----\n${rsaKey.certificate.toString('base64')}\n-----END CERTIFICATE-----\n` });
        verifier.loadSignature(parseDom(doc).getElementsByTagNameNS(DS, 'Signature')[0]! as never);
        try {
          return verifier.checkSignature(doc.replace(/^\uFEFF/, ''));
        } catch {
          return false;
        }
      };
      assert.equal(check(signed), true);
      assert.equal(check(signed.replace('<ceb:dxpMode>DXP<', '<ceb:dxpMode>DXQ<').replace('<dxpMode>DXP<', '<dxpMode>DXQ<')), false);
    }
  });
});
