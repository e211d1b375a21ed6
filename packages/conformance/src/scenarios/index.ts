/**
 * Every scenario group, registered in one place so that each runtime (in-process, HTTP, Prism,
 * msw 3) runs the same suite and a new group cannot be left out of one of them. The conformance
 * kit runs them, and the authorization matrix, against any server (`allRules`).
 */
import type { Target } from "../support/target.js";
import { authenticationScenarios } from "./authentication.js";
import { authorizationMatrixScenarios } from "./authorizationMatrix.js";
import { escalationScenarios } from "./escalation.js";
import { hostileInputScenarios } from "./hostileInput.js";
import { hostileRequestScenarios } from "./hostileRequests.js";
import { requesterScenarios, scopeScenarios } from "./requesterAndScopes.js";
import { requestScenarios } from "./requests.js";
import { tokenLifecycleScenarios } from "./tokenLifecycle.js";
import { tokenNoticeScenarios } from "./tokenNotices.js";
import { tokenPolicyScenarios } from "./tokenPolicy.js";
import { tokenScenarios } from "./tokens.js";

export function allScenarios(makeTarget: () => Promise<Target> | Target): void {
  authenticationScenarios(makeTarget);
  requesterScenarios(makeTarget);
  scopeScenarios(makeTarget);
  tokenScenarios(makeTarget);
  tokenLifecycleScenarios(makeTarget);
  requestScenarios(makeTarget);
  hostileInputScenarios(makeTarget);
  hostileRequestScenarios(makeTarget);
  escalationScenarios(makeTarget);
  tokenPolicyScenarios(makeTarget);
  tokenNoticeScenarios(makeTarget);
}

/** What the conformance kit runs: every scenario group and the authorization matrix. */
export function allRules(makeTarget: () => Promise<Target> | Target): void {
  allScenarios(makeTarget);
  authorizationMatrixScenarios(makeTarget);
}
