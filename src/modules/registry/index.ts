// The registry: enterprise and product filings shared by every party, and the zone's code tables.
export { enterpriseFilingInForce, requireEffectiveEnterpriseFiling, seedDemoEnterpriseFilings } from './enterprise-filing.service';
export { filingRoutes } from './filing.routes';
export { productRoutes } from './product.routes';
export { referenceRoutes } from './reference.routes';
export { cebCodeSets, codeAsOf, countriesByCebNumeric, tariffLineAsOf, type RefCode, type TariffLine } from './reference.repository';
export { loadReferenceData, positiveListDecision, type PositiveListDecision } from './reference.service';
export { findEffectiveProduct, listProducts, shareProducts, toProductFilingView } from './product.service';
export { importProducts } from './product-import';
export type { ImportResult, ProductFilingView } from './product.contracts';
export { seedDemoProducts } from './demo-products';
// Spreadsheet and CSV reading shared with other modules (destination rules, report downloads).
export { XLSX_MIME, decodeText, parseCsv } from './sheet';
