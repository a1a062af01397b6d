/**
 * X.509 certificates for CEB signing: reading the RSA and SM2 certificates customs and E-port CAs issue, and issuing
 * our own (keyless signing: the platform holds an SM2 key for a small seller; tests).
 *
 * Node's X509Certificate cannot be used for reading because OpenSSL does not expose SM2 keys in a form the rest of
 * this module can use, so everything goes through @peculiar/asn1-x509 and both key types are handled alike.
 */
import { createHash, createPublicKey, generateKeyPairSync, sign as rsaSign, type KeyObject } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  Extension,
  Extensions,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_keyUsage,
  id_ce_subjectKeyIdentifier,
} from '@peculiar/asn1-x509';
import { generateSm2Keys, parseSm2PublicKey, sm2Sign } from './sm2';

export type SignatureAlgorithm = 'sm2-sm3' | 'rsa-sha1';

/** Key material; for SM2 both keys are hex (public key uncompressed `04…`), for RSA both are PEM (PKCS#8 / SPKI). */
export interface KeyPair {
  algorithm: SignatureAlgorithm;
  privateKey: string;
  publicKey: string;
}

interface CertificateInfoBase {
  /** Lower-case hex of the serial number, without sign padding. */
  serialNumber: string;
  /** KeyName of the signature the certificate came with, when read from a message. */
  keyName?: string;
  /** RFC 4514 string, e.g. `CN=…,O=…`. */
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  /** Lower-case hex SHA-256 of the DER. */
  fingerprintSha256: string;
}

export type CertificateInfo = CertificateInfoBase & ({ algorithm: 'sm2'; publicKey: string } | { algorithm: 'rsa'; publicKey: KeyObject });

const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha1WithRsa: '1.2.840.113549.1.1.5',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecPublicKey: '1.2.840.10045.2.1',
  sm2: '1.2.156.10197.1.301',
  sm3WithSm2: '1.2.156.10197.1.501',
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  organization: '2.5.4.10',
};

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
};

function encodeOid(oid: string): ArrayBuffer {
  const parts = oid.split('.').map(Number);
  const bytes = [40 * parts[0]! + parts[1]!];
  for (const v of parts.slice(2)) {
    const chunk = [v & 0x7f];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) chunk.unshift((x & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return new Uint8Array([0x06, bytes.length, ...bytes]).buffer;
}

function decodeOid(der: ArrayBuffer): string | null {
  const b = new Uint8Array(der);
  if (b[0] !== 0x06 || b[1] !== b.length - 2 || b.length < 3) return null;
  const first = b[2]!;
  const out = [Math.min(2, Math.floor(first / 40)), first - 40 * Math.min(2, Math.floor(first / 40))];
  let v = 0;
  for (const byte of b.subarray(3)) {
    v = v * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      out.push(v);
      v = 0;
    }
  }
  return out.join('.');
}

function escapeRdnValue(v: string): string {
  return v.replace(/[\\,+"<>;=]/g, '\\$&').replace(/^[ #]/, '\\$&').replace(/ $/, '\\ ');
}

/** RFC 4514: most significant RDN last, multi-valued RDNs joined with '+', unknown types as dotted OIDs. */
export function formatName(name: Name): string {
  return [...name]
    .reverse()
    .map((rdn) =>
      [...rdn]
        .map((atv) => {
          const type = SHORT_NAMES[atv.type] ?? atv.type;
          return atv.value.anyValue ? `${type}=#${Buffer.from(atv.value.anyValue).toString('hex')}` : `${type}=${escapeRdnValue(atv.value.toString())}`;
        })
        .join('+'),
    )
    .join(',');
}

const hex = (b: ArrayBuffer | Uint8Array): string => Buffer.from(b instanceof ArrayBuffer ? new Uint8Array(b) : b).toString('hex');

/** Reads an RSA or SM2 certificate. Throws on anything else (other key types, unreadable DER). */
export function parseCertificate(der: Buffer): CertificateInfo {
  const cert = AsnConvert.parse(der, Certificate);
  const tbs = cert.tbsCertificate;
  const spki = tbs.subjectPublicKeyInfo;
  let serial = hex(tbs.serialNumber).replace(/^(00)+(?=.)/, '');
  if (!serial) serial = '0';
  const base: CertificateInfoBase = {
    serialNumber: serial,
    subject: formatName(tbs.subject),
    issuer: formatName(tbs.issuer),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    fingerprintSha256: createHash('sha256').update(der).digest('hex'),
  };
  const keyAlg = spki.algorithm.algorithm;
  if (keyAlg === OID.rsaEncryption) {
    const publicKey = createPublicKey({ key: Buffer.from(AsnConvert.serialize(spki)), format: 'der', type: 'spki' });
    return { ...base, algorithm: 'rsa', publicKey };
  }
  const curve = spki.algorithm.parameters ? decodeOid(spki.algorithm.parameters) : null;
  if (keyAlg === OID.sm2 || (keyAlg === OID.ecPublicKey && curve === OID.sm2)) {
    const { x, y } = parseSm2PublicKey(hex(spki.subjectPublicKey));
    return { ...base, algorithm: 'sm2', publicKey: `04${x.toString(16).padStart(64, '0')}${y.toString(16).padStart(64, '0')}` };
  }
  throw new Error(`unsupported certificate key algorithm ${keyAlg}${curve ? ` (${curve})` : ''}`);
}

export function generateSm2KeyPair(): KeyPair {
  return { algorithm: 'sm2-sm3', ...generateSm2Keys() };
}

export function generateRsaKeyPair(modulusLength = 2048): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { algorithm: 'rsa-sha1', privateKey, publicKey };
}

export interface CertificateSubject {
  commonName: string;
  organization?: string;
  /** X.520 serialNumber attribute, e.g. the unified social credit code. */
  serialNumber?: string;
}

export interface IssueCertificateOptions {
  subject: CertificateSubject;
  /** The certified key; also the signer when no issuer is given (self-signed). */
  keyPair: KeyPair;
  /** Signs the certificate instead of keyPair. Its issuer name comes from `certificate` or `issuerSubject`. */
  issuerKeyPair?: KeyPair & { certificate?: Buffer };
  issuerSubject?: CertificateSubject;
  notBefore: Date;
  notAfter: Date;
  /** Hex string (or bigint); must be positive and at most 20 octets (RFC 5280). */
  serialNumber: string | bigint;
  /** Issue a CA certificate (keyCertSign) rather than a signing one. */
  ca?: boolean;
  /** Hash for an RSA issuer's signature; SM2 issuers always use SM3withSM2. */
  rsaHash?: 'sha256' | 'sha1';
}

function buildName(s: CertificateSubject): Name {
  const rdn = (type: string, value: AttributeValue) => new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })]);
  const rdns = [];
  if (s.organization) rdns.push(rdn(OID.organization, new AttributeValue({ utf8String: s.organization })));
  rdns.push(rdn(OID.commonName, new AttributeValue({ utf8String: s.commonName })));
  if (s.serialNumber) {
    // X.520 types serialNumber as PrintableString; fall back to UTF8String for anything it cannot hold.
    const printable = /^[A-Za-z0-9 '()+,\-./:=?]+$/.test(s.serialNumber);
    rdns.push(rdn(OID.serialNumber, new AttributeValue(printable ? { printableString: s.serialNumber } : { utf8String: s.serialNumber })));
  }
  return new Name(rdns);
}

function spkiOf(key: Pick<KeyPair, 'algorithm' | 'publicKey'>): SubjectPublicKeyInfo {
  if (key.algorithm === 'sm2-sm3') {
    const { x, y } = parseSm2PublicKey(key.publicKey);
    const point = Buffer.from(`04${x.toString(16).padStart(64, '0')}${y.toString(16).padStart(64, '0')}`, 'hex');
    return new SubjectPublicKeyInfo({
      algorithm: new AlgorithmIdentifier({ algorithm: OID.ecPublicKey, parameters: encodeOid(OID.sm2) }),
      subjectPublicKey: new Uint8Array(point).buffer,
    });
  }
  const der = createPublicKey(key.publicKey).export({ type: 'spki', format: 'der' });
  return AsnConvert.parse(der, SubjectPublicKeyInfo);
}

function serialBytes(serial: string | bigint): ArrayBuffer {
  const value = typeof serial === 'bigint' ? serial : /^(0x)?[0-9a-fA-F]+$/.test(serial) ? BigInt(`0x${serial.replace(/^0x/, '')}`) : -1n;
  if (value <= 0n) throw new Error('certificate serial number must be a positive hex number');
  let h = value.toString(16);
  if (h.length % 2) h = `0${h}`;
  if (parseInt(h.slice(0, 2), 16) & 0x80) h = `00${h}`;
  if (h.length > 40) throw new Error('certificate serial number longer than 20 octets');
  return new Uint8Array(Buffer.from(h, 'hex')).buffer;
}

const keyId = (spki: SubjectPublicKeyInfo): Buffer => createHash('sha1').update(new Uint8Array(spki.subjectPublicKey)).digest();

const extension = (extnID: string, critical: boolean, value: unknown) => new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });

/** Builds a DER X.509 v3 certificate for an SM2 or RSA key, self-signed or signed by an issuer key. */
export function issueCertificate(options: IssueCertificateOptions): Buffer {
  const { keyPair, issuerKeyPair } = options;
  const signer = issuerKeyPair ?? keyPair;
  if (options.notAfter.getTime() <= options.notBefore.getTime()) throw new Error('notAfter must be later than notBefore');
  const subject = buildName(options.subject);
  let issuer = subject;
  if (issuerKeyPair) {
    if (issuerKeyPair.certificate) issuer = AsnConvert.parse(issuerKeyPair.certificate, Certificate).tbsCertificate.subject;
    else if (options.issuerSubject) issuer = buildName(options.issuerSubject);
    else throw new Error('an issuer key needs the issuer certificate or issuerSubject for the issuer name');
  }
  const spki = spkiOf(keyPair);
  const signerSpki = issuerKeyPair ? spkiOf(issuerKeyPair) : spki;
  const usage = options.ca ? KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign | KeyUsageFlags.digitalSignature : KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation;
  const extensions = new Extensions([
    extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: options.ca ?? false })),
    extension(id_ce_keyUsage, true, new KeyUsage(usage)),
    extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId(spki))),
    extension(id_ce_authorityKeyIdentifier, false, new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(keyId(signerSpki)) })),
  ]);
  const rsaHash = options.rsaHash ?? 'sha256';
  const signatureAlgorithm =
    signer.algorithm === 'sm2-sm3'
      ? new AlgorithmIdentifier({ algorithm: OID.sm3WithSm2 })
      : new AlgorithmIdentifier({ algorithm: rsaHash === 'sha1' ? OID.sha1WithRsa : OID.sha256WithRsa, parameters: null });
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: serialBytes(options.serialNumber),
    signature: signatureAlgorithm,
    issuer,
    validity: new Validity({ notBefore: options.notBefore, notAfter: options.notAfter }),
    subject,
    subjectPublicKeyInfo: spki,
    extensions,
  });
  const tbs = Buffer.from(AsnConvert.serialize(tbsCertificate));
  const signature = signer.algorithm === 'sm2-sm3' ? sm2Sign(tbs, signer.privateKey, signer.publicKey) : rsaSign(rsaHash, tbs, signer.privateKey);
  const cert = new Certificate({ tbsCertificate, signatureAlgorithm, signatureValue: new Uint8Array(signature).buffer });
  return Buffer.from(AsnConvert.serialize(cert));
}
