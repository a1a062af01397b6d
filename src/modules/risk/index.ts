// Risk prevention (plan 二.三.7): facts from every module, detectors for the cross-border patterns, rules that
// regulators edit (versioned, back-tested), the risk port clearance calls, and alerts with disposal and review.
import { setRiskPort } from '../clearance';
import { setExportRiskPort } from '../export';
import { exportRiskPort, riskPort, type RiskOptions } from './port';

export { registerRiskFactCollection, recordRiskFact } from './facts';
export { DETECTORS, DETECTOR_NAMES, detectForDeclaration, importDeclarationKeys } from './detectors';
export { RuleBody, RuleDefinition, RuleVersionBody, evaluateDefinition, decide, type DeclarationView, type AggregateResolver } from './engine';
export { DEFAULT_RULES, ensureDefaultRules, rulesInForce, backtest } from './rules';
export { riskPort, exportRiskPort, assessImport, assessExport, importView, DEFAULT_DETECTOR_POLICY, DEFAULT_SCORE_THRESHOLD, type RiskOptions, type Assessment } from './port';
export { riskRoutes } from './risk.routes';
export { sweep, startRiskWorker, SWEPT_DETECTORS, type SweepResult } from './sweep';

/** Fills clearance's risk port with the rules in force and the detectors (call once at startup). */
export function installRiskModule(options: RiskOptions = {}): void {
  setRiskPort(riskPort(options));
  setExportRiskPort(exportRiskPort(options));
}
