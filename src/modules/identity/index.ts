// Organisations, users, sessions and API keys; enterprise registration and activation; demo data.
export * from './identity.contracts';
export {
  countOrganisations,
  createApiKey,
  createUser,
  insertOrganisation,
  insertUserRow,
  listOrganisationsForOperator,
  orgByCode,
  orgById,
  orgByUscc,
  resolveToken,
} from './identity.service';
export { identityRoutes } from './identity.routes';
export { DEMO_ORGS, DEMO_PASSWORD, type DemoOrg } from './demo-orgs';
export { demoLogins, seedDemoOrganisations } from './demo-seed';
export { makeUscc, residentIdCheckChar, USCC_ALPHABET, validateCustomsCode, validateResidentId, validateUscc } from './uscc';
