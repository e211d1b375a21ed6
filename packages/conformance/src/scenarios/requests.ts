import { describe, expect, test } from "vitest";
import { withCast } from "../support/cast.js";
import { castOf, clientAs, send } from "../support/clients.js";
import { type BreachedPart, breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

const json = (t: Target, body: unknown) => ({
  method: "POST",
  token: castOf(t).admin.token.secret,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
const valid = {
  label: "x",
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "visible",
};

export function requestScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("every request", () => {
    test("E1: bodies are validated against the spec, unknown fields rejected, with pointers", async () => {
      const t = await makeTarget();
      const cases: [unknown, string][] = [
        [{ ...valid, colour: "red" }, "/body/colour"],
        [{ ...valid, type: "team" }, "/body/type"],
        [{ ...valid, scopes: [] }, "/body/scopes"],
        [{ ...valid, scopes: [{ resource: "tokens", access: "read", extra: 1 }] }, "/body/scopes/0/extra"],
        [{ label: "x", scopes: [], sensitiveData: "visible" }, "/body/type"],
        [{ ...valid, expiresAt: "tomorrow" }, "/body/expiresAt"],
        [[valid], "/body"],
      ];
      for (const [body, pointer] of cases) {
        const response = await breaches("body", () => send(t, "/v1/tokens", json(t, body)));
        expect(response.status, JSON.stringify(body)).toBe(400);
        const problem = await response.json();
        expect(problem.code).toBe("invalid_request");
        expect(
          problem.errors.map((e: { pointer: string }) => e.pointer),
          JSON.stringify(body),
        ).toContain(pointer);
      }
    });

    test("E1: query and path parameters are validated; unknown query parameters are rejected", async () => {
      const t = await makeTarget();
      // The third column is the part that breaks the contract. An unknown query parameter does not:
      // OpenAPI allows extra parameters, and refusing them is E1's own rule.
      const cases: [string, string, BreachedPart | null][] = [
        ["/v1/tokens?limit=0", "/query/limit", "query"],
        ["/v1/tokens?limit=101", "/query/limit", "query"],
        ["/v1/tokens?limit=ten", "/query/limit", "query"],
        ["/v1/tokens?status=deleted", "/query/status", "query"],
        ["/v1/tokens?sort=label", "/query/sort", null],
        ["/v1/tokens?limit=1&limit=2", "/query/limit", "query"],
        ["/v1/tokens/tok_short", "/path/id", "path"],
      ];
      for (const [path, pointer, part] of cases) {
        const request = () => send(t, path, { token: castOf(t).admin.token.secret });
        const response = await (part ? breaches(part, request) : request());
        expect(response.status, path).toBe(400);
        expect(
          (await response.json()).errors.map((e: { pointer: string }) => e.pointer),
          path,
        ).toContain(pointer);
      }
      const header = await breaches("header", () =>
        send(t, "/v1/tokens", {
          ...json(t, valid),
          headers: { "content-type": "application/json", "idempotency-key": "x".repeat(256) },
        }),
      );
      expect((await header.json()).errors[0].pointer).toBe("/headers/idempotency-key");
    });

    test("E1: non-JSON is 415, bad JSON is 400, a body over 64 KiB is 413", async () => {
      const t = await makeTarget();
      const text = await breaches("body", () =>
        send(t, "/v1/tokens", {
          method: "POST",
          token: castOf(t).admin.token.secret,
          headers: { "content-type": "text/plain" },
          body: JSON.stringify(valid),
        }),
      );
      expect(text.status).toBe(415);
      expect((await text.json()).code).toBe("unsupported_media_type");
      const broken = await breaches("body", () =>
        send(t, "/v1/tokens", { ...json(t, valid), body: '{"label": ' }),
      );
      expect(broken.status).toBe(400);
      const huge = await breaches("body", () =>
        send(t, "/v1/tokens", json(t, { ...valid, description: "x".repeat(70_000) })),
      );
      expect(huge.status).toBe(413);
      expect((await huge.json()).code).toBe("payload_too_large");
      const missing = await breaches("body", () =>
        send(t, "/v1/tokens", { method: "POST", token: castOf(t).admin.token.secret }),
      );
      expect(missing.status).toBe(400);
    });

    test("E2: errors are RFC 9457 problem documents with a stable code and the request id", async () => {
      const t = await makeTarget();
      const response = await send(t, "/v1/tokens/tok_0000000000000000", {
        token: castOf(t).admin.token.secret,
      });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = await response.json();
      expect(problem).toEqual({
        type: "https://docs.tessera.dev/problems/not_found",
        title: "Not found",
        status: 404,
        detail: "No token with this id.",
        code: "not_found",
        requestId: response.headers.get("x-request-id"),
        instance: "/v1/tokens/tok_0000000000000000",
      });
      const unknownRoute = await breaches("route", () =>
        send(t, "/v1/widgets", { token: castOf(t).admin.token.secret }),
      );
      expect(unknownRoute.status).toBe(404);
      const wrongMethod = await breaches("route", () =>
        send(t, "/v1/requester", { method: "DELETE", token: castOf(t).admin.token.secret }),
      );
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get("allow")).toBe("GET");
    });

    test("E3: every response carries a unique X-Request-Id", async () => {
      const t = await makeTarget();
      const ids = new Set<string>();
      const breached: Record<string, BreachedPart> = {
        "/v1/nowhere": "route",
        "/v1/tokens?limit=0": "query",
      };
      for (const path of ["/v1/requester", "/v1/requester", "/v1/nowhere", "/v1/tokens?limit=0"]) {
        const request = () => send(t, path, { token: castOf(t).admin.token.secret });
        const part = breached[path];
        const id = (await (part ? breaches(part, request) : request())).headers.get("x-request-id");
        expect(id).toMatch(/^req_[0-9A-Za-z]{16}$/);
        ids.add(id ?? "");
      }
      expect(ids.size).toBe(4);
    });

    test("E3: a rejected request changes no state", async () => {
      const t = await makeTarget();
      const { admin, developer, other } = castOf(t);
      const ada = clientAs(t, "admin");
      await ada.tokens.list(); // records the admin's own lastUsedAt (T14), so the snapshots below compare state only
      const before = JSON.stringify(await ada.tokens.list({ limit: 100 }));
      const notifications = (await t.control.notifications()).length;
      const audit = JSON.stringify((await ada.auditEvents.list({ limit: 100 })).data);
      const [elsewhere] = await castOf(t).someResources("zones", 1, "other");
      const rejected = [
        send(t, "/v1/tokens", json(t, { ...valid, label: "   " })),
        send(
          t,
          "/v1/tokens",
          json(t, {
            ...valid,
            scopes: [{ resource: "zones", access: "read", resourceIds: [elsewhere?.id ?? ""] }],
          }),
        ),
        send(t, "/v1/tokens", {
          ...json(t, valid),
          token: other.token.secret.replace(/.$/, (c) => (c === "x" ? "y" : "x")),
        }),
        send(t, `/v1/tokens/${developer.token.id}?confirm=wrong`, {
          method: "DELETE",
          token: admin.token.secret,
        }),
        send(t, `/v1/tokens/${developer.token.id}`, {
          ...json(t, { scopes: [{ resource: "billing", access: "write" }] }),
          method: "PATCH",
          token: developer.token.secret,
        }),
      ];
      for (const response of await Promise.all(rejected)) expect(response.status).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(await ada.tokens.list({ limit: 100 }))).toBe(before);
      expect(await t.control.notifications()).toHaveLength(notifications);
      expect(JSON.stringify((await ada.auditEvents.list({ limit: 100 })).data)).toBe(audit);
    });

    test("fault injection: forced statuses carry problems and Retry-After", async () => {
      const t = await makeTarget();
      await t.control.failWith(503, { operation: "getRequester", times: 1, retryAfterSeconds: 7 });
      const failed = await send(t, "/v1/requester", { token: castOf(t).admin.token.secret });
      expect(failed.status).toBe(503);
      expect(failed.headers.get("retry-after")).toBe("7");
      expect((await failed.json()).code).toBe("service_unavailable");
      expect((await send(t, "/v1/requester", { token: castOf(t).admin.token.secret })).status).toBe(200);
    });

    test("the journal records method, path, status and credential id, never a secret", async () => {
      const t = await makeTarget();
      const { developer } = castOf(t);
      const earlier = (await t.control.journal()).length;
      await send(t, "/v1/requester", { token: developer.token.secret });
      await breaches("query", () => send(t, "/v1/tokens?limit=0", { token: developer.token.secret }));
      const journal = await t.control.journal();
      const entries = journal.slice(earlier);
      expect(entries.map((e) => [e.method, e.path, e.operationId, e.status, e.credentialId])).toEqual([
        ["GET", "/v1/requester", "getRequester", 200, developer.token.id],
        // Authenticated before the contract was checked (E4), so the refusal names its credential.
        ["GET", "/v1/tokens", "listTokens", 400, developer.token.id],
      ]);
      expect(JSON.stringify(journal)).not.toContain(developer.token.secret);
    });
  });
}
