import assert from 'node:assert/strict';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import smCrypto from 'sm-crypto';
import { generateRsaKeyPair, generateSm2KeyPair, issueCertificate, parseCertificate } from './certificate';

const notBefore = new Date('2025-01-01T00:00:00Z');
const notAfter = new Date('2027-01-01T00:00:00Z');

describe('SM2 certificates', () => {
  const keyPair = generateSm2KeyPair();
  const der = issueCertificate({
    subject: { commonName: '延吉测试企业 (2224960000)', organization: '延吉测试企业, 有限公司', serialNumber: '91222401MA0000000X' },
    keyPair,
    notBefore,
    notAfter,
    serialNumber: 'a1b2c3d4e5f60718',
  });

  it('reads back what was issued', () => {
    const info = parseCertificate(der);
    assert.equal(info.algorithm, 'sm2');
    assert.equal(info.publicKey, keyPair.publicKey);
    assert.equal(info.serialNumber, 'a1b2c3d4e5f60718');
    assert.equal(info.subject, 'serialNumber=91222401MA0000000X,CN=延吉测试企业 (2224960000),O=延吉测试企业\\, 有限公司');
    assert.equal(info.issuer, info.subject);
    assert.deepEqual([info.notBefore, info.notAfter], [notBefore, notAfter]);
    assert.match(info.fingerprintSha256, /^[0-9a-f]{64}$/);
  });

  it('is signed with SM3withSM2 over the TBSCertificate, verifiable by sm-crypto with the default user id', () => {
    const cert = AsnConvert.parse(der, Certificate);
    assert.equal(cert.signatureAlgorithm.algorithm, '1.2.156.10197.1.501');
    assert.equal(cert.tbsCertificate.subjectPublicKeyInfo.algorithm.algorithm, '1.2.840.10045.2.1');
    const tbs = Array.from(new Uint8Array(cert.tbsCertificateRaw!));
    const sig = Buffer.from(cert.signatureValue).toString('hex');
    assert.equal(smCrypto.sm2.doVerifySignature(tbs, sig, keyPair.publicKey, { hash: true, der: true }), true);
    assert.equal(smCrypto.sm2.doVerifySignature(tbs, sig, generateSm2KeyPair().publicKey, { hash: true, der: true }), false);
  });

  it('can be issued by a CA key, taking the issuer name from the CA certificate', () => {
    const ca = generateSm2KeyPair();
    const caDer = issueCertificate({ subject: { commonName: 'Tumen Test CA' }, keyPair: ca, notBefore, notAfter, serialNumber: '01', ca: true });
    const leaf = issueCertificate({ subject: { commonName: 'seller' }, keyPair, issuerKeyPair: { ...ca, certificate: caDer }, notBefore, notAfter, serialNumber: '02' });
    const info = parseCertificate(leaf);
    assert.equal(info.issuer, 'CN=Tumen Test CA');
    assert.equal(info.publicKey, keyPair.publicKey);
    const cert = AsnConvert.parse(leaf, Certificate);
    const sig = Buffer.from(cert.signatureValue).toString('hex');
    assert.equal(smCrypto.sm2.doVerifySignature(Array.from(new Uint8Array(cert.tbsCertificateRaw!)), sig, ca.publicKey, { hash: true, der: true }), true);
    assert.throws(() => issueCertificate({ subject: { commonName: 'x' }, keyPair, issuerKeyPair: ca, notBefore, notAfter, serialNumber: '03' }), /issuer name/);
  });
});

describe('RSA certificates', () => {
  const keyPair = generateRsaKeyPair();

  for (const rsaHash of ['sha256', 'sha1'] as const) {
    it(`issues a certificate OpenSSL accepts (${rsaHash}WithRSA)`, () => {
      const der = issueCertificate({ subject: { commonName: 'RSA operator', organization: 'Org' }, keyPair, notBefore, notAfter, serialNumber: 'ff', rsaHash });
      const x = new X509Certificate(der);
      assert.equal(x.verify(x.publicKey), true);
      assert.equal(x.subject, 'O=Org\nCN=RSA operator');
      assert.equal(x.serialNumber, 'FF');
      assert.equal(x.ca, false);
      assert.equal(x.publicKey.asymmetricKeyType, 'rsa');
      const info = parseCertificate(der);
      assert.equal(info.algorithm, 'rsa');
      assert.equal(info.serialNumber, 'ff');
      assert.equal(info.subject, 'CN=RSA operator,O=Org');
      assert.deepEqual(info.publicKey.export({ type: 'spki', format: 'pem' }), keyPair.publicKey);
    });
  }

  it('chains: a CA-issued certificate verifies with the CA key', () => {
    const ca = generateRsaKeyPair();
    const caDer = issueCertificate({ subject: { commonName: 'RSA CA' }, keyPair: ca, notBefore, notAfter, serialNumber: '10', ca: true });
    const leaf = new X509Certificate(issueCertificate({ subject: { commonName: 'leaf' }, keyPair, issuerKeyPair: { ...ca, certificate: caDer }, notBefore, notAfter, serialNumber: '11' }));
    const caCert = new X509Certificate(caDer);
    assert.equal(caCert.ca, true);
    assert.equal(leaf.checkIssued(caCert), true);
    assert.equal(leaf.verify(caCert.publicKey), true);
  });
});

describe('parseCertificate', () => {
  it('reads the certificate of the official samples (RSA-1024, BMPString names)', () => {
    const xml = readFileSync(new URL('../../../../test/fixtures/ceb/CEB621Message.sample2.xml', import.meta.url), 'utf8');
    const b64 = /<ds:X509Certificate>([\s\S]*?)<\/ds:X509Certificate>/.exec(xml)![1]!.replace(/\s+/g, '');
    const info = parseCertificate(Buffer.from(b64, 'base64'));
    assert.equal(info.algorithm, 'rsa');
    assert.equal(info.subject, 'CN=13号密钥测试服务器开发区');
    assert.equal(info.notAfter.toISOString(), '2049-12-08T00:00:00.000Z');
    assert.equal(info.serialNumber, '9927');
  });

  it('refuses garbage and keys that are neither RSA nor SM2', () => {
    assert.throws(() => parseCertificate(Buffer.from('not a certificate')));
    const der = issueCertificate({ subject: { commonName: 'p256' }, keyPair: generateSm2KeyPair(), notBefore, notAfter, serialNumber: '1' });
    const cert = AsnConvert.parse(der, Certificate);
    const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'der' });
    cert.tbsCertificate.subjectPublicKeyInfo = AsnConvert.parse(p256, SubjectPublicKeyInfo);
    assert.throws(() => parseCertificate(Buffer.from(AsnConvert.serialize(cert))), /unsupported certificate key algorithm/);
  });

  it('refuses serial numbers that are not positive hex', () => {
    const keyPair = generateSm2KeyPair();
    for (const serialNumber of ['0', 'xyz', '-1', 'f'.repeat(41)]) {
      assert.throws(() => issueCertificate({ subject: { commonName: 'x' }, keyPair, notBefore, notAfter, serialNumber }), /serial number/);
    }
  });
});
