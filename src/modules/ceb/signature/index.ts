/** Pure signature library for CEB XML messages: XML-DSig (SM2/SM3, RSA/SHA-1), SM2, X.509. No I/O. */
export { signMessage, verifyMessage, DSIG_NS, type SigningKey, type VerifyFailure, type VerifyOptions, type VerifyResult } from './xmldsig';
export {
  generateRsaKeyPair,
  generateSm2KeyPair,
  issueCertificate,
  parseCertificate,
  type CertificateInfo,
  type CertificateSubject,
  type IssueCertificateOptions,
  type KeyPair,
  type SignatureAlgorithm,
} from './certificate';
export { sm2Sign, sm2Verify, sm2PublicKeyOf, SM2_DEFAULT_USER_ID } from './sm2';
export { XmlSyntaxError } from '../xml';
