/**
 * Entry point of the in-process cell: a slice of the rule scenarios (packages/conformance/src/scenarios,
 * unchanged) against the packed mock's `createMockApi()`, a fresh instance per test with the contract
 * guard on every response (test/support/target.ts, as test/mock/inProcess.test.ts runs them under
 * vitest), on whatever runtime runs it. The matrix bundles it with `vitest` resolved to the
 * conformance kit's harness. Prints one JSON line `{ runtime, tests, failed, contractViolations }`
 * and fails (an uncaught error: exit code 1 on every runtime) if anything failed; with `--list`,
 * prints `{ tests }` without running them.
 */
import { collectTests } from "../../packages/conformance/src/harness/registry.js";
import { authenticationScenarios } from "../../packages/conformance/src/scenarios/authentication.js";
import { escalationScenarios } from "../../packages/conformance/src/scenarios/escalation.js";
import { tokenLifecycleScenarios } from "../../packages/conformance/src/scenarios/tokenLifecycle.js";
import { tokenScenarios } from "../../packages/conformance/src/scenarios/tokens.js";
import { contractViolations } from "../support/contractGuard.js";
import { inProcessTarget } from "../support/target.js";
import { runTests } from "./runTests.js";
import { finish, runtimeIdentity, scriptArguments } from "./runtime.js";

/** The scenario groups in the slice: sign-in, the token rules and their lifecycle, and escalation. */
const SLICE = [authenticationScenarios, tokenScenarios, tokenLifecycleScenarios, escalationScenarios];

const tests = collectTests(() => {
  for (const group of SLICE) group(() => inProcessTarget());
});
if (scriptArguments()[0] === "--list") {
  console.log(JSON.stringify({ tests: tests.map(({ name }) => name) }));
} else {
  const report = await runTests(tests);
  console.log(JSON.stringify({ runtime: runtimeIdentity(), ...report, contractViolations }));
  if (report.failed.length > 0 || contractViolations.length > 0) {
    throw new Error(`${report.failed.length} of ${report.tests.length} scenarios failed`);
  }
}
finish();
