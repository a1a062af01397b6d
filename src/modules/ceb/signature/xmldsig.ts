/**
 * Enveloped XML-DSig for CEB business messages, per the customs profile (SPEC-NOTES §9): inclusive C14N, one
 * Reference URI="" with only the enveloped-signature transform, SM2/SM3 or legacy RSA/SHA-1, KeyInfo = KeyName +
 * X509Certificate.
 *
 * The signer never re-serialises the message: it splices the Signature text into the original string, so every byte
 * outside ds:Signature is exactly what the caller gave (the main interoperability complaint, SPEC-NOTES §13).
 */
import { createHash, createPublicKey, timingSafeEqual, verify as rsaVerify, sign as rsaSign } from 'node:crypto';
import { canonicalizeDocument, canonicalizeSubtree, xmlAttributesInScope } from './c14n';
import { parseCertificate, type CertificateInfo, type SignatureAlgorithm } from './certificate';
import { sm2PublicKeyOf, sm2Sign, sm2Verify, sm3 } from './sm2';
import { childElements, parseXml, textContent, XmlSyntaxError, type XmlDocument, type XmlElement } from '../xml';

export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const CEB_NS = 'http://www.chinaport.gov.cn/ceb';
const C14N = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

const ALGORITHMS: Record<SignatureAlgorithm, { signature: string; digest: string; hash: (data: Buffer) => Buffer }> = {
  'sm2-sm3': {
    signature: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3',
    digest: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm3',
    hash: (data) => sm3(data),
  },
  'rsa-sha1': {
    signature: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
    digest: 'http://www.w3.org/2000/09/xmldsig#sha1',
    hash: (data) => createHash('sha1').update(data).digest(),
  },
};

export interface SigningKey {
  algorithm: SignatureAlgorithm;
  /** SM2: hex scalar; RSA: PEM. */
  privateKey: string;
  /** DER certificate of the key, embedded as X509Certificate. */
  certificate: Buffer;
  /** Certificate number written as KeyName. */
  keyName: string;
}

export type VerifyFailure = 'digest_mismatch' | 'bad_signature' | 'unsupported_algorithm' | 'certificate_invalid' | 'certificate_untrusted' | 'certificate_expired' | 'malformed';

export type VerifyResult =
  | { signed: false }
  | { signed: true; valid: true; algorithm: SignatureAlgorithm; certificate: CertificateInfo }
  | { signed: true; valid: false; reason: VerifyFailure; detail: string };

export interface VerifyOptions {
  /** DER certificates the signer's certificate must be byte-equal to; not checked when absent. */
  trustedCertificates?: Buffer[];
  /** Clock for the certificate validity check. */
  now?: Date;
}

// Import messages (schema: …, ExtendMessage?, ds:Signature) — every other CEBnnnMessage is export-shaped.
const IMPORT_ROOT = /^CEB(?:311|411|511|513|621|623|625|711)Message$/;
const CEB_ROOT = /^CEB\d{3}Message$/;

const isSignature = (el: XmlElement): boolean => el.ns === DSIG_NS && el.local === 'Signature';

/**
 * Where the Signature belongs: import schemas end with it; export schemas put it after BaseTransfer/BaseSubscribe but
 * before ExtendMessage. Roots that are not CEB business messages (e.g. the DxpMsg envelope) end with it too.
 * Returns the element child the Signature follows (null: it comes first).
 */
function anchorOf(root: XmlElement): { after: XmlElement | null; before: XmlElement | null } {
  const children = childElements(root).filter((c) => !isSignature(c));
  const exportShaped = CEB_ROOT.test(root.local) && !IMPORT_ROOT.test(root.local);
  const extend = exportShaped ? children.findIndex((c) => c.ns === CEB_NS && c.local === 'ExtendMessage') : -1;
  const at = extend === -1 ? children.length : extend;
  return { after: children[at - 1] ?? null, before: children[at] ?? null };
}

const wrap = (b64: string, eol: string): string => (b64.match(/.{1,76}/g) ?? []).join(eol);

function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function produceSignature(key: SigningKey, data: Buffer, publicKey: string | undefined): Buffer {
  if (key.algorithm === 'sm2-sm3') return sm2Sign(data, key.privateKey, publicKey);
  return rsaSign('sha1', data, key.privateKey);
}

/**
 * Signs a CEB message: returns the input with a ds:Signature inserted (or an existing one replaced) at the position
 * the schema requires. Throws XmlSyntaxError for unreadable XML and Error for unusable keys.
 */
export function signMessage(xml: string, key: SigningKey): string {
  const alg = ALGORITHMS[key.algorithm];
  if (!alg) throw new Error(`unknown signature algorithm ${String(key.algorithm)}`);
  const info = certificateInfo(key.certificate.toString('base64'));
  if ((info.algorithm === 'sm2') !== (key.algorithm === 'sm2-sm3')) throw new Error(`the certificate holds an ${info.algorithm.toUpperCase()} key, not one for ${key.algorithm}`);
  checkKeyMatchesCertificate(key, info);

  const doc = parseXml(xml);
  const root = doc.root;
  const existing = childElements(root).filter(isSignature);
  const digest = alg.hash(Buffer.from(canonicalizeDocument(doc, new Set(existing)), 'utf8'));

  // Keep the document's line-ending style inside the Signature too; C14N normalises it away either way.
  const eol = xml.includes('\r\n') ? '\r\n' : '\n';
  const signedInfo = [
    '<ds:SignedInfo>',
    `<ds:CanonicalizationMethod Algorithm="${C14N}"></ds:CanonicalizationMethod>`,
    `<ds:SignatureMethod Algorithm="${alg.signature}"></ds:SignatureMethod>`,
    '<ds:Reference URI="">',
    '<ds:Transforms>',
    `<ds:Transform Algorithm="${ENVELOPED}"></ds:Transform>`,
    '</ds:Transforms>',
    `<ds:DigestMethod Algorithm="${alg.digest}"></ds:DigestMethod>`,
    `<ds:DigestValue>${digest.toString('base64')}</ds:DigestValue>`,
    '</ds:Reference>',
    '</ds:SignedInfo>',
  ].join(eol);
  // SignedInfo is canonicalised as it will sit in the signed message: inside ds:Signature, inside the root.
  const scope = new Map(root.scope).set('ds', DSIG_NS);
  const signedInfoElement = parseXml(signedInfo, { scope }).root;
  const input = Buffer.from(canonicalizeSubtree(signedInfoElement, xmlAttributesInScope(root)), 'utf8');
  const value = produceSignature(key, input, info.algorithm === 'sm2' ? info.publicKey : undefined);

  const signature = [
    `<ds:Signature xmlns:ds="${DSIG_NS}">`,
    signedInfo,
    `<ds:SignatureValue>${eol}${wrap(value.toString('base64'), eol)}${eol}</ds:SignatureValue>`,
    '<ds:KeyInfo>',
    `<ds:KeyName>${escapeText(key.keyName)}</ds:KeyName>`,
    '<ds:X509Data>',
    `<ds:X509Certificate>${eol}${wrap(key.certificate.toString('base64'), eol)}${eol}</ds:X509Certificate>`,
    '</ds:X509Data>',
    '</ds:KeyInfo>',
    '</ds:Signature>',
  ].join(eol);

  const { after, before } = anchorOf(root);
  // An existing signature already in the right place is replaced in place, keeping the surrounding layout.
  const [only] = existing;
  if (existing.length === 1 && only && previousElement(root, only) === after) {
    return xml.slice(0, only.start) + signature + xml.slice(only.end);
  }
  const at = after ? after.end : before ? before.start : root.contentStart;
  const cuts = existing.map((e) => [e.start, e.end] as const);
  const edits = [...cuts.map(([s, e]) => ({ s, e, text: '' })), { s: at, e: at, text: signature }].sort((a, b) => a.s - b.s || a.e - b.e);
  let out = '';
  let pos = 0;
  for (const edit of edits) {
    out += xml.slice(pos, edit.s) + edit.text;
    pos = edit.e;
  }
  return out + xml.slice(pos);
}

// A private key that does not belong to the certificate would yield messages customs rejects with an opaque
// signature error; checked once per (certificate, key) pair since deriving the public key costs a scalar multiplication.
const matchedKeys = new Map<string, string>();
function checkKeyMatchesCertificate(key: SigningKey, info: CertificateInfo): void {
  const keyHash = createHash('sha256').update(key.privateKey).digest('hex');
  if (matchedKeys.get(info.fingerprintSha256) === keyHash) return;
  const matches =
    info.algorithm === 'sm2'
      ? sm2PublicKeyOf(key.privateKey) === info.publicKey
      : createPublicKey(key.privateKey).export({ type: 'spki', format: 'der' }).equals(info.publicKey.export({ type: 'spki', format: 'der' }));
  if (!matches) throw new Error(`the private key does not belong to certificate ${info.fingerprintSha256}`);
  if (matchedKeys.size >= 256) matchedKeys.delete(matchedKeys.keys().next().value!);
  matchedKeys.set(info.fingerprintSha256, keyHash);
}

function previousElement(root: XmlElement, el: XmlElement): XmlElement | null {
  let prev: XmlElement | null = null;
  for (const c of root.children) {
    if (c === el) return prev;
    if (c.kind === 'element') prev = c;
  }
  return null;
}

// Certificates repeat across messages (one per operator key); parsing once per distinct certificate saves the
// ASN.1 work on every verify. Bounded, oldest evicted first.
const certificateCache = new Map<string, CertificateInfo>();
function certificateInfo(base64: string): CertificateInfo {
  let info = certificateCache.get(base64);
  if (!info) {
    info = parseCertificate(Buffer.from(base64, 'base64'));
    if (certificateCache.size >= 256) certificateCache.delete(certificateCache.keys().next().value!);
    certificateCache.set(base64, info);
  }
  return info;
}

class Failure extends Error {
  constructor(
    readonly reason: VerifyFailure,
    detail: string,
  ) {
    super(detail);
  }
}

function one(parent: XmlElement, local: string, required = true): XmlElement | undefined {
  const found = childElements(parent, DSIG_NS, local);
  if (found.length > 1) throw new Failure('malformed', `more than one ds:${local} in ds:${parent.local}`);
  if (required && !found[0]) throw new Failure('malformed', `ds:${parent.local} has no ds:${local}`);
  return found[0];
}

function algorithmOf(el: XmlElement): string {
  return el.attributes.find((a) => a.ns === '' && a.local === 'Algorithm')?.value ?? '';
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function base64Of(el: XmlElement, what: string, reason: VerifyFailure = 'malformed'): string {
  const text = textContent(el).replace(/[ \t\r\n]+/g, '');
  if (!text || text.length % 4 !== 0 || !BASE64.test(text)) throw new Failure(reason, `${what} is not Base64`);
  return text;
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Verifies the enveloped signature of a CEB message. Never throws: unreadable XML is reported as malformed.
 * Check order: structure and algorithms, certificate readable, digest, signature value, then trust and validity
 * period, so that certificate_untrusted / certificate_expired mean "cryptographically sound, but not acceptable".
 */
export function verifyMessage(xml: string, options: VerifyOptions = {}): VerifyResult {
  let doc: XmlDocument;
  try {
    doc = parseXml(xml);
  } catch (e) {
    // Whether an unreadable message carries a signature cannot be known; it is not a valid signed one either way.
    return { signed: true, valid: false, reason: 'malformed', detail: e instanceof XmlSyntaxError ? e.message : String(e) };
  }
  const signatures = childElements(doc.root).filter(isSignature);
  if (signatures.length === 0) return { signed: false };
  try {
    if (signatures.length > 1) throw new Failure('malformed', 'more than one ds:Signature in the root element');
    return verifySignature(doc, signatures[0]!, options);
  } catch (e) {
    if (e instanceof Failure) return { signed: true, valid: false, reason: e.reason, detail: e.message };
    return { signed: true, valid: false, reason: 'malformed', detail: e instanceof Error ? e.message : String(e) };
  }
}

function verifySignature(doc: XmlDocument, signature: XmlElement, options: VerifyOptions): VerifyResult {
  const signedInfo = one(signature, 'SignedInfo')!;
  const canonicalization = algorithmOf(one(signedInfo, 'CanonicalizationMethod')!);
  if (canonicalization !== C14N) throw new Failure('unsupported_algorithm', `CanonicalizationMethod ${canonicalization}`);
  const signatureMethod = algorithmOf(one(signedInfo, 'SignatureMethod')!);
  const algorithm = (Object.keys(ALGORITHMS) as SignatureAlgorithm[]).find((k) => ALGORITHMS[k].signature === signatureMethod);
  if (!algorithm) throw new Failure('unsupported_algorithm', `SignatureMethod ${signatureMethod}`);
  const alg = ALGORITHMS[algorithm];

  const references = childElements(signedInfo, DSIG_NS, 'Reference');
  if (references.length !== 1) throw new Failure('malformed', `expected one ds:Reference, found ${references.length}`);
  const reference = references[0]!;
  const uri = reference.attributes.find((a) => a.ns === '' && a.local === 'URI');
  if (!uri || uri.value !== '') throw new Failure('unsupported_algorithm', `Reference URI ${uri ? `"${uri.value}"` : 'absent'}; only URI="" is supported`);
  const transforms = one(reference, 'Transforms', false);
  const transformList = transforms ? childElements(transforms, DSIG_NS, 'Transform').map(algorithmOf) : [];
  // The profile has exactly the enveloped transform; an explicit inclusive C14N after it changes nothing.
  const acceptable = transformList[0] === ENVELOPED && transformList.slice(1).every((t) => t === C14N) && transformList.length <= 2;
  if (!acceptable) throw new Failure('unsupported_algorithm', `Transforms ${transformList.join(', ') || '(none)'}; expected the enveloped-signature transform`);
  const digestMethod = algorithmOf(one(reference, 'DigestMethod')!);
  if (digestMethod !== alg.digest) throw new Failure('unsupported_algorithm', `DigestMethod ${digestMethod} with SignatureMethod ${signatureMethod}`);
  const digestValue = Buffer.from(base64Of(one(reference, 'DigestValue')!, 'DigestValue'), 'base64');
  const signatureValue = Buffer.from(base64Of(one(signature, 'SignatureValue')!, 'SignatureValue'), 'base64');

  const keyInfo = one(signature, 'KeyInfo', false);
  const x509Data = keyInfo && childElements(keyInfo, DSIG_NS, 'X509Data')[0];
  const certElement = x509Data && childElements(x509Data, DSIG_NS, 'X509Certificate')[0];
  if (!certElement) throw new Failure('certificate_invalid', 'no ds:X509Certificate in ds:KeyInfo');
  const certBase64 = base64Of(certElement, 'X509Certificate', 'certificate_invalid');
  let certificate: CertificateInfo;
  try {
    certificate = certificateInfo(certBase64);
  } catch (e) {
    throw new Failure('certificate_invalid', `certificate unreadable: ${e instanceof Error ? e.message : String(e)}`);
  }
  if ((certificate.algorithm === 'sm2') !== (algorithm === 'sm2-sm3')) throw new Failure('certificate_invalid', `certificate holds an ${certificate.algorithm.toUpperCase()} key but SignatureMethod is ${signatureMethod}`);

  const digest = alg.hash(Buffer.from(canonicalizeDocument(doc, new Set([signature])), 'utf8'));
  if (!sameBytes(digest, digestValue)) throw new Failure('digest_mismatch', 'the message content does not match DigestValue');

  const input = Buffer.from(canonicalizeSubtree(signedInfo), 'utf8');
  let ok: boolean;
  try {
    ok = certificate.algorithm === 'sm2' ? sm2Verify(input, signatureValue, certificate.publicKey) : rsaVerify('sha1', input, certificate.publicKey, signatureValue);
  } catch {
    ok = false; // e.g. an RSA signature of the wrong length
  }
  if (!ok) throw new Failure('bad_signature', 'SignatureValue does not verify with the certificate key');

  const der = Buffer.from(certBase64, 'base64');
  if (options.trustedCertificates && !options.trustedCertificates.some((t) => sameBytes(t, der))) {
    throw new Failure('certificate_untrusted', `certificate ${certificate.fingerprintSha256} is not among the trusted certificates`);
  }
  const now = (options.now ?? new Date()).getTime();
  if (now < certificate.notBefore.getTime()) throw new Failure('certificate_expired', `certificate not valid before ${certificate.notBefore.toISOString()}`);
  if (now > certificate.notAfter.getTime()) throw new Failure('certificate_expired', `certificate expired ${certificate.notAfter.toISOString()}`);

  const keyName = one(keyInfo!, 'KeyName', false);
  const info: CertificateInfo = { ...certificate };
  if (keyName) info.keyName = textContent(keyName).trim();
  return { signed: true, valid: true, algorithm, certificate: info };
}
