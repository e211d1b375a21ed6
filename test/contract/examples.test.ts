/**
 * Examples never go stale (issue 15): every request example of spec/openapi.yaml (the named
 * examples of a request body, and the example of its schema) is sent to a fresh mock whose clock
 * has been moved ten years on, as Ada (admin, full access), the way newman, Prism or the /docs
 * page's "try it" would replay it. Each must be accepted.
 */
import { readFileSync } from "node:fs";
import { createMockApi, DEMO } from "@tessera/mock";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { guardContract } from "../support/contractGuard.js";

// biome-ignore lint/suspicious/noExplicitAny: walking an arbitrary YAML document
type Json = Record<string, any>;
const spec: Json = parse(readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8"));
const BASE = "https://api.tessera.dev";
const deref = (node: Json): Json =>
  typeof node?.$ref === "string"
    ? deref(
        node.$ref
          .replace(/^#\//, "")
          .split("/")
          .reduce((v: Json, k: string) => v?.[k], spec),
      )
    : node;

/** Every request example: `[where, method, path template, body]`. */
const EXAMPLES = Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
  ["post", "put", "patch"].flatMap((method) => {
    const op = item[method];
    const media = op?.requestBody && deref(op.requestBody).content?.["application/json"];
    if (!media) return [];
    const named = Object.entries<Json>(media.examples ?? {}).map(([name, e]) => [name, e.value] as const);
    const ofSchema = deref(media.schema).example;
    const all = [...named, ...(ofSchema === undefined ? [] : [["schema example", ofSchema] as const])];
    return all.map(
      ([name, body]) => [`${op.operationId} (${name})`, method.toUpperCase(), path, body] as const,
    );
  }),
);

test("the spec has request examples for every operation that takes a body", () => {
  const withBody = Object.values<Json>(spec.paths).flatMap((item) =>
    ["post", "put", "patch"].filter((m) => item[m]?.requestBody).map((m) => item[m].operationId),
  );
  const covered = new Set(EXAMPLES.map(([where]) => where.split(" ")[0]));
  expect(withBody.filter((id) => !covered.has(id))).toEqual([]);
});

test.each(EXAMPLES)("%s is accepted by the mock ten years from now", async (_where, method, path, body) => {
  const api = createMockApi();
  await api.clock.advance({ days: 3653 });
  const fetch = guardContract((request) => api.fetch(request));
  const send = (verb: string, to: string, payload?: unknown) =>
    fetch(
      new Request(`${BASE}${to}`, {
        method: verb,
        headers: {
          authorization: `Bearer ${DEMO.tokens.ada.secret}`,
          ...(payload === undefined ? {} : { "content-type": "application/json" }),
        },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      }),
    );
  // A path's token is one made now, as a replaying tool would make one first.
  const made = await send("POST", "/v1/tokens", {
    label: "example target",
    type: "personal",
    scopes: [{ resource: "*", access: "write" }],
    sensitiveData: "visible",
  });
  const { token } = (await made.json()) as { token: { id: string } };
  const response = await send(method, path.replace("{id}", token.id).replace("{resource}", "zones"), body);
  expect(response.status, await response.clone().text()).toBeLessThan(300);
});
