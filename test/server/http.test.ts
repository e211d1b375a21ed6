/**
 * The same scenario suite as test/mock/inProcess.test.ts, over real loopback HTTP: the SDK against
 * the local server, one X-Mock-Session per test on one shared server.
 */
import { afterAll, beforeAll, expect } from "vitest";
import { authenticationScenarios } from "../scenarios/authentication.js";
import { requesterScenarios, scopeScenarios } from "../scenarios/requesterAndScopes.js";
import { requestScenarios } from "../scenarios/requests.js";
import { tokenLifecycleScenarios } from "../scenarios/tokenLifecycle.js";
import { tokenScenarios } from "../scenarios/tokens.js";
import { contractViolations } from "../support/contractGuard.js";
import { httpTarget, startServer } from "../support/httpTarget.js";

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  expect(contractViolations).toEqual([]);
});

const target = () => httpTarget(server.url);

authenticationScenarios(target);
requesterScenarios(target);
scopeScenarios(target);
tokenScenarios(target);
tokenLifecycleScenarios(target);
requestScenarios(target);
