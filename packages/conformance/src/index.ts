/**
 * @tessera/conformance: the rules of the Tessera contract (DESIGN.md §3) as a runnable kit against
 * any server that claims to implement spec/openapi.yaml.
 */

export { toJUnit } from "./report/junit.js";
export { formatTable } from "./report/table.js";
export {
  DEFAULT_PRINCIPALS,
  type PrincipalConfig,
  type PrincipalsConfig,
  PrincipalsConfigError,
  parsePrincipalsConfig,
} from "./runner/principals.js";
export { ConformanceSetupError, runConformance, SCENARIO_EPOCH } from "./runner/runConformance.js";
export type {
  ConformanceOptions,
  ConformanceReport,
  IsolatedSession,
  Outcome,
  RuleResult,
  ScenarioResult,
} from "./runner/types.js";
export type { MockControl } from "./support/target.js";
export { controlOf } from "./target/controlOf.js";
