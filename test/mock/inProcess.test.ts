/** The scenario suite against an in-process mock (its `fetch`), one fresh instance per test. */
import { afterAll, expect } from "vitest";
import { authenticationScenarios } from "../scenarios/authentication.js";
import { requesterScenarios, scopeScenarios } from "../scenarios/requesterAndScopes.js";
import { requestScenarios } from "../scenarios/requests.js";
import { tokenLifecycleScenarios } from "../scenarios/tokenLifecycle.js";
import { tokenScenarios } from "../scenarios/tokens.js";
import { contractViolations } from "../support/contractGuard.js";
import { inProcessTarget } from "../support/target.js";

const target = () => inProcessTarget();

authenticationScenarios(target);
requesterScenarios(target);
scopeScenarios(target);
tokenScenarios(target);
tokenLifecycleScenarios(target);
requestScenarios(target);

afterAll(() => {
  expect(contractViolations).toEqual([]);
});
