/**
 * Structural checks of spec/openapi.yaml: the design rules that the contract itself must express.
 * Behaviour is checked against the mock elsewhere; these keep the document honest.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";

// biome-ignore lint/suspicious/noExplicitAny: walking an arbitrary YAML document
type Json = Record<string, any>;
const spec: Json = parse(readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8"));

/** Follows a local `$ref` (`#/components/...`) until it reaches a value. */
function deref(node: Json): Json {
  let current = node;
  while (current && typeof current.$ref === "string") {
    const path = current.$ref.replace(/^#\//, "").split("/");
    current = path.reduce<Json>((value, key) => value?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return current;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const operations = Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => ({
    path,
    method,
    operation: item[method] as Json,
    parameters: [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map(deref),
  })),
);
const responses = operations.flatMap(({ path, method, operation }) =>
  Object.entries<Json>(operation.responses).map(([status, response]) => ({
    where: `${method.toUpperCase()} ${path} ${status}`,
    operationId: operation.operationId as string,
    status,
    response: deref(response),
  })),
);

/** Every object schema reachable from `schema`, with the JSON path that leads to it. */
function objectSchemas(schema: Json, at: string, seen = new Set<Json>()): { at: string; schema: Json }[] {
  const resolved = deref(schema);
  if (!resolved || seen.has(resolved)) return [];
  seen.add(resolved);
  const found: { at: string; schema: Json }[] = [];
  if (resolved.type === "object") found.push({ at, schema: resolved });
  for (const [name, child] of Object.entries<Json>(resolved.properties ?? {})) {
    found.push(...objectSchemas(child, `${at}.${name}`, seen));
  }
  for (const key of ["items"] as const) {
    if (resolved[key]) found.push(...objectSchemas(resolved[key], `${at}[]`, seen));
  }
  for (const key of ["oneOf", "anyOf", "allOf"] as const) {
    for (const child of resolved[key] ?? []) found.push(...objectSchemas(child, at, seen));
  }
  return found;
}

describe("spec/openapi.yaml", () => {
  test("is OpenAPI 3.1 with every operation named for the SDK", () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+[A-Za-z]*$/);
    expect(ids.sort()).toEqual(
      [
        "createToken",
        "getCurrentToken",
        "getOrganization",
        "getRequester",
        "getToken",
        "introspectToken",
        "listAuditEvents",
        "listScopeResources",
        "listScopes",
        "listTokens",
        "login",
        "logout",
        "reportLeakedCredentials",
        "revokeToken",
        "rotateToken",
        "updateOrganizationPolicy",
        "updateToken",
      ].sort(),
    );
  });

  test("A1/A2/A5/P4: login takes HTTP Basic, leak reports nothing; every other operation Bearer or ApiKey", () => {
    expect(spec.security).toEqual([{ bearerAuth: [] }, { apiKeyAuth: [] }]);
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(spec.components.securitySchemes.apiKeyAuth).toMatchObject({
      type: "apiKey",
      in: "header",
      name: "Authorization",
    });
    expect(spec.components.securitySchemes.basicAuth).toMatchObject({ type: "http", scheme: "basic" });
    for (const { operation } of operations) {
      if (operation.operationId === "login") expect(operation.security).toEqual([{ basicAuth: [] }]);
      else if (operation.operationId === "reportLeakedCredentials") expect(operation.security).toEqual([]);
      else expect(operation.security).toBeUndefined();
    }
  });

  test("A1/A3: every authenticated operation documents 401 with WWW-Authenticate", () => {
    for (const { where, status, response } of responses) {
      if (status === "401") expect(response.headers, where).toHaveProperty("WWW-Authenticate");
    }
    for (const { operation } of operations) {
      if (operation.security?.length === 0) expect(operation.responses).not.toHaveProperty("401");
      else expect(operation.responses).toHaveProperty("401");
    }
  });

  test("S4: 403 responses can carry a WWW-Authenticate challenge", () => {
    for (const { where, status, response } of responses) {
      if (status === "403") expect(response.headers, where).toHaveProperty("WWW-Authenticate");
    }
  });

  test("E1: every request body schema rejects unknown fields", () => {
    const bodies = operations.filter((o) => o.operation.requestBody);
    expect(bodies.length).toBeGreaterThanOrEqual(4);
    for (const { path, method, operation } of bodies) {
      const schema = deref(operation.requestBody).content["application/json"].schema;
      const objects = objectSchemas(schema, `${method} ${path}`);
      expect(objects.length).toBeGreaterThan(0);
      for (const { at, schema: object } of objects) expect(object.additionalProperties, at).toBe(false);
    }
  });

  test("E1: every operation with a body documents 413 and 415", () => {
    for (const { operation } of operations.filter((o) => o.operation.requestBody)) {
      expect(operation.responses).toHaveProperty("413");
      expect(operation.responses).toHaveProperty("415");
    }
  });

  test("E2: every error response is application/problem+json with the Problem schema", () => {
    const errors = responses.filter(({ status }) => status === "default" || Number(status) >= 400);
    expect(errors.length).toBeGreaterThan(50);
    for (const { where, response } of errors) {
      expect(Object.keys(response.content ?? {}), where).toEqual(["application/problem+json"]);
      expect(response.content["application/problem+json"].schema.$ref, where).toBe(
        "#/components/schemas/Problem",
      );
    }
    const problem = spec.components.schemas.Problem;
    expect(problem.required).toEqual(["type", "title", "status", "detail", "code", "requestId"]);
  });

  test("E3: every response declares X-Request-Id", () => {
    for (const { where, response } of responses) {
      expect(response.headers, where).toHaveProperty("X-Request-Id");
      expect(deref(response.headers["X-Request-Id"]).required, where).toBe(true);
    }
  });

  test("T17: every response that can follow a credential, except login's, can carry Deprecation, Sunset and Link", () => {
    for (const { where, operationId, status, response } of responses) {
      if (operationId === "login" && (status === "201" || status === "401")) continue;
      // 405 is decided before any credential (E4); leak reports read none (P4).
      if (status === "405" || (operationId === "reportLeakedCredentials" && status === "202")) continue;
      for (const header of ["Deprecation", "Sunset", "Link"])
        expect(response.headers, where).toHaveProperty(header);
    }
  });

  test("T18: create and rotate accept Idempotency-Key and document 422", () => {
    for (const { operation, parameters } of operations) {
      if (!["createToken", "rotateToken"].includes(operation.operationId)) continue;
      expect(parameters.map((p) => `${p.in}:${p.name}`)).toContain("header:Idempotency-Key");
      expect(operation.responses).toHaveProperty("422");
    }
  });

  test("A5/T4: login documents 429 with Retry-After; create documents 409", () => {
    const login = responses.find((r) => r.operationId === "login" && r.status === "429");
    expect(login?.response.headers).toHaveProperty("Retry-After");
    const create = operations.find((o) => o.operation.operationId === "createToken");
    expect(create?.operation.responses).toHaveProperty("409");
  });

  test("T6: the secret is a member only of the create and rotate responses", () => {
    const withSecret = responses.filter(({ response }) => {
      const schema = response.content?.["application/json"]?.schema;
      return schema && JSON.stringify(deref(schema)).includes('"secret"');
    });
    expect(withSecret.map((r) => `${r.operationId} ${r.status}`).sort()).toEqual([
      "createToken 201",
      "rotateToken 200",
    ]);
    expect(spec.components.schemas.Token.properties).not.toHaveProperty("secret");
  });

  test("T7: list operations paginate with limit 1-100 (default 20) and a cursor", () => {
    const lists = operations.filter(
      (o) => o.operation.operationId.startsWith("list") && o.operation.operationId !== "listScopes",
    );
    expect(lists.length).toBe(3);
    for (const { parameters, operation } of lists) {
      const limit = parameters.find((p) => p.name === "limit");
      expect(limit?.schema).toEqual({ type: "integer", minimum: 1, maximum: 100, default: 20 });
      expect(parameters.some((p) => p.name === "cursor")).toBe(true);
      const schema = deref(deref(operation.responses["200"]).content["application/json"].schema);
      expect(schema.required).toEqual(["data", "nextCursor"]);
    }
  });
});
