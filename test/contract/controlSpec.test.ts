/**
 * spec/control.yaml against what the mock implements: every control route of
 * mocks/src/runtimes/server/controlRoutes.ts is documented and every documented operation is
 * implemented, and each request body schema is the one controlSchemas.ts compiles. The document is
 * linted by Redocly in `pnpm lint`, like spec/openapi.yaml.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { CONTROL_SCHEMAS } from "../../mocks/src/runtimes/server/controlSchemas.js";

type Json = Record<string, unknown>;
const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const spec: Json = parse(read("../../spec/control.yaml"));
const routesSource = read("../../mocks/src/runtimes/server/controlRoutes.ts");
const sessionsSource = read("../../mocks/src/runtimes/server/sessions.ts");
const METHODS = ["get", "post", "put", "patch", "delete"];

/** The schema with every local `$ref` replaced by its target and descriptions dropped. */
function resolve(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(resolve);
  if (typeof schema !== "object" || schema === null) return schema;
  const ref = (schema as Json).$ref;
  if (typeof ref === "string") {
    const target = ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, key) => (node as Json)[key], spec);
    return resolve(target);
  }
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== "description")
      .map(([key, value]) => [key, resolve(value)]),
  );
}

const documented = Object.entries(spec.paths as Record<string, Json>).flatMap(([path, item]) =>
  METHODS.filter((method) => method in item).map((method) => `${method.toUpperCase()} ${path}`),
);

/** The routes controlRoutes.ts answers, read from its source (`case "POST /__mock/clock":`, ...). */
function implemented(): string[] {
  const cases = [...routesSource.matchAll(/case "(GET|POST|PUT|PATCH|DELETE) (\/__mock[^"]*)"/g)].map(
    ([, method, path]) => `${method} ${path}`,
  );
  const sessions: string[] = [];
  if (/request\.method === "GET" && trimmed === "\/__mock\/sessions"/.test(routesSource)) {
    sessions.push("GET /__mock/sessions");
  }
  if (/\\\/__mock\\\/sessions\\\/\(\[\^\/\]\+\)\$/.test(routesSource) && /!== "DELETE"/.test(routesSource)) {
    sessions.push("DELETE /__mock/sessions/{name}");
  }
  return [...sessions, ...cases];
}

test("control.yaml documents exactly the routes controlRoutes.ts implements", () => {
  expect(implemented().length).toBeGreaterThan(10);
  expect([...documented].sort()).toEqual([...implemented()].sort());
});

test("each control's request body schema is the one controlSchemas.ts compiles", () => {
  type Operation = { requestBody: { content: { "application/json": { schema: unknown } } } };
  const paths = spec.paths as Record<string, Record<string, Operation>>;
  const body = (path: string, method: string) => {
    const operation = paths[path]?.[method];
    if (!operation) throw new Error(`control.yaml has no ${method.toUpperCase()} ${path}`);
    return resolve(operation.requestBody.content["application/json"].schema);
  };
  expect(body("/__mock/clock", "post")).toEqual(CONTROL_SCHEMAS.clock);
  expect(body("/__mock/faults", "post")).toEqual(CONTROL_SCHEMAS.fault);
  expect(body("/__mock/members", "post")).toEqual(CONTROL_SCHEMAS.member);
  expect(body("/__mock/members", "delete")).toEqual(CONTROL_SCHEMAS.member);
});

test("session names in control.yaml are the ones sessions.ts accepts", () => {
  const pattern = /const SESSION_NAME = \/(.+)\/;/.exec(sessionsSource)?.[1];
  const schemas = (spec.components as { schemas: Record<string, { pattern?: string }> }).schemas;
  expect(schemas.SessionName?.pattern).toBe(pattern);
});
