/**
 * spec/openapi.yaml as third-party tools read it (issue 15): what generators (hey-api, orval),
 * linters (Spectral's OWASP rules) and example runners (newman, Prism, the /docs page's "try it")
 * found, kept found. test/contract/generatedClient.test.ts generates and compiles a client;
 * test/contract/examples.test.ts replays the examples against the mock ten years on.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { LEGACY_KEY_HEADERS } from "../../mocks/src/handlers/legacyHeaders.js";

// biome-ignore lint/suspicious/noExplicitAny: walking an arbitrary YAML document
type Json = Record<string, any>;
const spec: Json = parse(readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8"));
const TEN_YEARS_ON = Date.now() + 3653 * 86_400_000;
const METHODS = ["get", "post", "put", "patch", "delete"];

const deref = (node: Json): Json => {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = current.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((value: Json, key: string) => value?.[key], spec);
  }
  return current;
};
const operations = Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({
    where: `${method.toUpperCase()} ${path}`,
    op: item[method],
  })),
);
const responses = operations.flatMap(({ where, op }) =>
  Object.entries<Json>(op.responses).map(([status, response]) => ({
    where: `${where} ${status}`,
    status,
    response: deref(response),
  })),
);

/** Every schema node in the document, with where it is and whether it is a component's root. */
function schemaNodes(): { at: string; node: Json; root: boolean }[] {
  const found: { at: string; node: Json; root: boolean }[] = [];
  const walk = (node: unknown, at: string, root: boolean) => {
    if (!node || typeof node !== "object" || Array.isArray(node)) return;
    const schema = node as Json;
    found.push({ at, node: schema, root });
    for (const [name, child] of Object.entries<Json>(schema.properties ?? {}))
      walk(child, `${at}.${name}`, false);
    if (schema.items) walk(schema.items, `${at}[]`, false);
    for (const key of ["oneOf", "anyOf", "allOf"]) {
      for (const [i, child] of (schema[key] ?? []).entries()) walk(child, `${at}.${key}[${i}]`, false);
    }
  };
  for (const [name, schema] of Object.entries<Json>(spec.components.schemas)) walk(schema, name, true);
  const media = (content: Json | undefined, at: string) => {
    for (const [type, body] of Object.entries<Json>(content ?? {})) walk(body.schema, `${at} ${type}`, false);
  };
  for (const { where, op } of operations) {
    if (op.requestBody) media(deref(op.requestBody).content, `${where} body`);
    for (const [status, response] of Object.entries<Json>(op.responses))
      media(deref(response).content, `${where} ${status}`);
  }
  for (const [name, parameter] of Object.entries<Json>(spec.components.parameters))
    walk(parameter.schema, name, false);
  return found;
}

/** Every value of `example` and `examples[*].value` under `node`, following references. */
function examplesUnder(node: unknown, seen = new Set<unknown>()): unknown[] {
  if (!node || typeof node !== "object" || seen.has(node)) return [];
  seen.add(node);
  const here = node as Json;
  if (typeof here.$ref === "string") return examplesUnder(deref(here), seen);
  const found: unknown[] = [];
  if ("example" in here) found.push(here.example);
  if (here.examples && !Array.isArray(here.examples)) {
    for (const example of Object.values<Json>(here.examples)) found.push(example.value);
  }
  for (const [key, child] of Object.entries(here)) {
    if (key !== "example" && key !== "examples") found.push(...examplesUnder(child, seen));
  }
  return found;
}

const dateTimesIn = (value: unknown): string[] =>
  JSON.stringify(value)?.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g) ?? [];

describe("spec/openapi.yaml as other tools read it", () => {
  test("P6/T17: the Sunset example is what the server sends, far in the future", () => {
    const sunset = spec.components.headers.Sunset.schema.example;
    expect(sunset).toBe(LEGACY_KEY_HEADERS.sunset);
    expect(Date.parse(sunset)).toBeGreaterThan(TEN_YEARS_ON);
    expect(spec.components.headers.Deprecation.schema.example).toBe(LEGACY_KEY_HEADERS.deprecation);
    expect(spec.components.headers.Link.schema.example).toBe(LEGACY_KEY_HEADERS.link);
  });

  test("examples never go stale: every time a request example sends is more than ten years ahead", () => {
    const sent = operations.flatMap(({ where, op }) =>
      op.requestBody
        ? examplesUnder(op.requestBody).flatMap((v) => dateTimesIn(v).map((t) => `${where}: ${t}`))
        : [],
    );
    expect(sent.length).toBeGreaterThan(0);
    const stale = sent.filter((entry) => Date.parse(entry.slice(entry.lastIndexOf(" ") + 1)) <= TEN_YEARS_ON);
    expect(stale).toEqual([]);
    // A token's example is what a docs page shows as "a token": it must not read as expired either.
    expect(Date.parse(spec.components.schemas.Token.example.expiresAt)).toBeGreaterThan(TEN_YEARS_ON);
  });

  test("every name is given once: no schema shares its name with a parameter, response or header", () => {
    const sections = ["schemas", "parameters", "responses", "headers", "securitySchemes"];
    const owners = new Map<string, string[]>();
    for (const section of sections) {
      for (const name of Object.keys(spec.components[section] ?? {})) {
        owners.set(name, [...(owners.get(name) ?? []), section]);
      }
    }
    expect([...owners].filter(([, where]) => where.length > 1)).toEqual([]);
  });

  test("a value-or-null is a named schema, never an inline oneOf", () => {
    const inline = schemaNodes().filter(
      ({ node, root }) =>
        !root &&
        ["oneOf", "anyOf"].some((key) => (node[key] ?? []).some((branch: Json) => branch.type === "null")),
    );
    expect(inline.map(({ at }) => at)).toEqual([]);
  });

  test("every object the API sends or takes is a named schema (Session.user is SessionUser)", () => {
    const inline = schemaNodes().filter(
      ({ node, root }) => !root && node.type === "object" && node.properties,
    );
    expect(inline.map(({ at }) => at)).toEqual([]);
    expect(spec.components.schemas.Session.properties.user.$ref).toBe("#/components/schemas/SessionUser");
  });

  test("every array is bounded (maxItems)", () => {
    const unbounded = schemaNodes().filter(
      ({ node }) =>
        (node.type === "array" || (Array.isArray(node.type) && node.type.includes("array"))) &&
        node.maxItems === undefined,
    );
    expect(unbounded.map(({ at }) => at)).toEqual([]);
  });

  test("A5/P4: every 2xx and 4xx response declares the rate-limit headers; every 429 Retry-After", () => {
    for (const { where, status, response } of responses) {
      if (!/^[24]/.test(status)) continue;
      for (const header of ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"])
        expect(response.headers, where).toHaveProperty(header);
      if (status === "429") expect(deref(response.headers["Retry-After"]).required, where).toBe(true);
    }
  });

  test("E4: every operation declares 405 with Allow", () => {
    for (const { where, op } of operations) {
      const refusal = deref(op.responses["405"] ?? {});
      expect(deref(refusal.headers?.Allow ?? {}).required, where).toBe(true);
    }
  });

  test("A2: apiKeyAuth is the whole Authorization value, as the server takes it", () => {
    const scheme = spec.components.securitySchemes.apiKeyAuth;
    expect(scheme).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
    expect(scheme.description).toContain("`Authorization: <secret>`");
  });
});
