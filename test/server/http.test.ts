/**
 * The same scenario suite as test/mock/inProcess.test.ts, over real loopback HTTP: the SDK against
 * the local server, one X-Mock-Session per test on one shared server.
 */
import { afterAll, beforeAll, expect } from "vitest";
import { allScenarios } from "../../packages/conformance/src/scenarios/index.js";
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

allScenarios(target);
