// Export clearance (9610 retail with summary declaration, 9710 B2B, 9810 overseas warehouse, 1210 bonded):
// the documents through the CEB interface, the list's state machine, summaries, overseas warehouses and stock,
// destination data, returns, and the tax evidence of retail exports.
export { registerExportHooks } from './hooks';
export { exportRoutes } from './export.routes';
export { startExportWorker } from './worker';
export { exportDocuments, arrivalDocument, departureDocument, type ExportSpec, type ExportLine, type ExportDocuments } from './documents';
export { EXPORT_STATES, type ExportState } from './export.table';
export { seedDemoExport, DEMO_WAREHOUSES } from './demo-seed';
export { isValidPccc, maskPccc } from './destination';
export { setExportRiskPort, type ExportRiskPort, type ExportDeclaration } from './flow';
export { exportStatisticsFacts, type ExportStatisticsFact } from './export.api';
