import { describe, expect, test } from "vitest";
import { openapiDocument } from "../generated/openapiDocument.js";
import { matchOperation, OPERATIONS } from "./operations.js";
import { OPERATION_TABLE } from "./operationTable.js";

describe("the operation table agrees with the spec", () => {
  test("every operation of the spec has an entry, and every entry an operation", () => {
    expect(Object.keys(OPERATION_TABLE).sort()).toEqual(OPERATIONS.map((o) => o.operationId).sort());
  });

  test.each(OPERATIONS.map((o) => [o.operationId, o] as const))(
    "A1/A5/P4: %s authenticates the way the spec's security says",
    (id, operation) => {
      expect(OPERATION_TABLE[id].auth).toBe(
        operation.anonymous ? "none" : operation.tokenAuth ? "token" : "basic",
      );
    },
  );
});

describe("what the spec says about each operation is derived, not listed", () => {
  test("T18: exactly the operations that list Idempotency-Key honour it", () => {
    const idempotent = OPERATIONS.filter((o) => o.idempotent).map((o) => o.operationId);
    expect(idempotent.sort()).toEqual(["createToken", "rotateToken"]);
  });

  test("only GET operations read without taking a turn", () => {
    for (const operation of OPERATIONS) expect(operation.writes).toBe(operation.method !== "get");
  });

  test("A5: login is the only operation that takes HTTP Basic", () => {
    expect(OPERATIONS.filter((o) => !o.tokenAuth).map((o) => o.operationId)).toEqual(["login"]);
  });

  test("P4: leak reports are the only operation that takes no credential", () => {
    expect(OPERATIONS.filter((o) => o.anonymous).map((o) => o.operationId)).toEqual([
      "reportLeakedCredentials",
    ]);
  });

  test("every path and method of the document is an operation", () => {
    const documented = Object.values(openapiDocument.paths).flatMap((item) =>
      ["get", "post", "patch", "delete", "put"].filter((m) => m in item),
    );
    expect(OPERATIONS).toHaveLength(documented.length);
  });
});

describe("matchOperation", () => {
  test.each([
    ["GET", "/v1/tokens", "listTokens", {}],
    ["POST", "/v1/tokens", "createToken", {}],
    ["get", "/v1/tokens/", "listTokens", {}],
    // A static path wins over a template that would also match it.
    ["GET", "/v1/tokens/current", "getCurrentToken", {}],
    ["POST", "/v1/tokens/introspect", "introspectToken", {}],
    ["GET", "/v1/tokens/tok_8fK2mQ9xLp4Rt7Vw", "getToken", { id: "tok_8fK2mQ9xLp4Rt7Vw" }],
    ["POST", "/v1/tokens/tok_8fK2mQ9xLp4Rt7Vw/rotate", "rotateToken", { id: "tok_8fK2mQ9xLp4Rt7Vw" }],
    ["GET", "/v1/scopes/zones/resources", "listScopeResources", { resource: "zones" }],
    // Path parameters are percent-decoded.
    ["GET", "/v1/tokens/a%20b", "getToken", { id: "a b" }],
  ])("%s %s -> %s", (method, path, operationId, params) => {
    const match = matchOperation(method, path);
    expect(match && "operation" in match && match.operation.operationId).toBe(operationId);
    expect(match && "params" in match && match.params).toEqual(params);
  });

  test.each([
    ["DELETE", "/v1/requester", ["get"]],
    ["PUT", "/v1/tokens/tok_8fK2mQ9xLp4Rt7Vw", ["get", "patch", "delete"]],
  ])("E4: %s %s is 405 with the allowed methods", (method, path, allowed) => {
    expect(matchOperation(method, path)).toEqual({ allowed });
  });

  test.each(["/v1/widgets", "/v1/tokens/x/y/z", "/tokens", "/v1"])("E4: GET %s is no route", (path) => {
    expect(matchOperation("GET", path)).toBeNull();
  });
});
