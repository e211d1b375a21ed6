/**
 * The authorization matrix (packages/conformance/src/scenarios/authorizationMatrix.ts, shared with
 * the conformance kit) against a fresh in-process mock per cell, and the checks of the table itself.
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { OPERATIONS } from "@tessera/mock/contract";
import { afterAll, describe, expect, test } from "vitest";
import {
  authorizationMatrixScenarios,
  CREDENTIALS,
  MATRIX,
  REQUESTS,
} from "../../packages/conformance/src/scenarios/authorizationMatrix.js";
import { basic } from "../../packages/conformance/src/support/clients.js";
import { contractViolations } from "../support/contractGuard.js";
import { inProcessTarget } from "../support/target.js";

const BASE = "https://api.tessera.dev";

authorizationMatrixScenarios(() => inProcessTarget());

afterAll(() => {
  expect(contractViolations).toEqual([]);
});

describe("authorization matrix", () => {
  test("the table covers every operation of the spec and at least 150 cells", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(OPERATIONS.map((o) => o.operationId).sort());
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(REQUESTS).sort());
    for (const row of Object.values(MATRIX)) expect(row).toHaveLength(CREDENTIALS.length);
    expect(Object.keys(MATRIX).length * CREDENTIALS.length).toBeGreaterThanOrEqual(150);
  });
  test("login with HTTP Basic succeeds for a member and fails identically otherwise", async () => {
    const api = createMockApi();
    const login = (authorization: string) =>
      api.fetch(`${BASE}/v1/auth/login`, { method: "POST", headers: { authorization } });
    expect((await login(basic("ada@acme.test", DEMO.password))).status).toBe(201);
    expect((await login(basic("ada@acme.test", "wrong"))).status).toBe(401);
  });
});
