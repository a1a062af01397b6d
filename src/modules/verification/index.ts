// Identity verification: the port to the public-security service, its local register, and the check log.
export {
  addResidentIdentity,
  currentVerifier,
  listIdentityChecks,
  listResidentIdentities,
  localVerifier,
  maskIdNumber,
  NAME_MAX,
  normaliseName,
  registerResident,
  setVerifier,
  VERIFICATION_RESULTS,
  verifyIdentity,
  type IdentityCheckView,
  type IdentityQuery,
  type IdentityVerifier,
  type ResidentSource,
  type ResidentView,
  type VerificationResult,
} from './verification.service';
export { verificationRoutes } from './verification.routes';
export { DEMO_RESIDENTS, seedDemoResidents, type DemoResident } from './demo-residents';
