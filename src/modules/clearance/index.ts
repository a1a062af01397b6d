// Import clearance (9610 direct purchase, 1210 bonded stock): the four documents, three-document matching, the
// buyer's quota, cross-border tax and guarantees, the inventory's state machine, cancellation and returns.
export { registerClearanceHooks } from './hooks';
export { clearanceRoutes } from './clearance.routes';
export { bondedRoutes } from './bonded.routes';
export { enforceDeadlines, startClearanceWorker, RETURN_APPLY_DAYS, RETURN_ARRIVAL_DAYS } from './aftercare';
export { setRiskPort, inspectionDraw, setSupervisionPort, supervisionRates, simpleRiskRules, type RiskPort, type RiskAssessment, type SupervisionPort, type SupervisionFactors, type Declaration as ImportDeclaration } from './declaration.service';
export { setGuarantee, quotaBalance } from './ledgers';
export { inventoryTax, lineTax, classifyTransaction, ratesFromTariffLine } from './tax';
export { matchDocuments } from './matching';
export { importStatisticsFacts, type ImportStatisticsFact } from './clearance.api';
export { DECLARATION_STATES, type DeclarationState } from './clearance.table';
export { seedDemoClearance, DEMO_BOOK } from './demo-seed';
export { importDocuments, cebGuid, type ImportSpec, type ImportLine, type ImportDocuments, type Party } from './documents';
// What the export side reuses: party checks and record helpers, the inventory number serial, the bonded book.
export { partyProblems, str, listOf, isoDate, type Rec } from './checks';
export { nextInventoryNumber } from './declaration.service';
export { reserveStock, unreserveStock, consumeReservation, type ReserveLine, type ReserveProblem } from './bonded';
export { findBook as bondedBookFor, openBook as openBondedBook, recordInbound as recordBondedInbound } from './bonded';
