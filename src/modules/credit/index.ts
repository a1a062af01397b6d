// Credit (plan 二.三.4, "one database, three systems"): the credit record of every enterprise built from the facts
// of all modules, an explainable evaluation (score → grade), classified supervision (the customs credit level and
// the grade drive clearance's inspection and review rates), the negative list with repair, and public disclosure.
export { installCreditModule, creditSupervisionPort, evaluate, supervise, recordFact, sellerOf, modelAt, factorWithFloor, type CreditEvaluation, type Supervision } from './credit.service';
export { creditRoutes } from './credit.routes';
export { runNegativeListMaintenance, publicNegativeList } from './negative-list';
export { loadCreditLevels, readLevelsFile, regimeAt, levelInForce, allLevels, LEVELS_FILE, type CreditLevel } from './levels';
export { DEFAULT_MODEL, CreditModelSchema, FACT_KINDS, GRADES, scoreFacts, type CreditModel, type FactKind, type Grade } from './model';
export { CAUSES, CAUSE_KEYS, type CauseKey } from './causes';
