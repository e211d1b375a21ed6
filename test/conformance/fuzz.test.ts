/**
 * Fuzzing (issue 6): 10,000+ generated malformed or hostile requests across every operation, against
 * one in-process mock. For each: no 5xx; every error is an RFC 9457 problem whose `status` is the
 * HTTP status; every response the contract documents conforms to it (contract guard); and a rejected
 * request changes no state (E3), compared with a full snapshot of the store.
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { OPERATIONS } from "@tessera/mock/contract";
import { secretChecksum } from "@tessera/sdk";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { guardContract } from "../support/contractGuard.js";

const BASE = "https://api.tessera.dev";
const TOKEN_IDS = Object.values(DEMO.tokens).map((t) => t.id);
/** A token that may only read one zone, so that scope refusals (S4) are reached by design, not by luck. */
const NARROW_BODY = "tsr_pat_FuzzNarrowScopeToken0000000001";
const NARROW = { id: "tok_FuzzNarrowScope1", secret: NARROW_BODY + secretChecksum(NARROW_BODY) };
const SECRETS = [...Object.values(DEMO.tokens).map((t) => t.secret), NARROW.secret];

const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u202e",
    "😀".repeat(30),
    "x".repeat(300),
    "../../etc/passwd",
    "%00",
    "null",
    "-1",
    "1e309",
    "<script>",
  ),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });

// Mostly valid credentials, so that most requests get past authentication to validation and the rules.
const authorization = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SECRETS).map((s) => `Bearer ${s}`) },
  { weight: 2, arbitrary: fc.constantFrom(...SECRETS).map((s) => `ApiKey ${s}`) },
  fc.constant(null),
  fc.constantFrom(...SECRETS).map((s) => `Bearer ${s.slice(0, -1)}x`),
  oddString.map((s) => `Bearer ${s}`),
  oddString.filter((s) => /^[\x20-\x7e]*$/.test(s)),
  fc
    .tuple(fc.constantFrom("ada@acme.test", "grace@acme.test", "nobody@x.test"), oddString)
    .map(([e, p]) => `Basic ${btoa(unescape(encodeURIComponent(`${e}:${p}`)))}`),
  fc.constantFrom("Basic", "Basic !!!", "Bearer", "Digest abc", "bearer  a", `Basic ${btoa("no-colon")}`),
);

const validCreate = {
  label: "fuzz",
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "visible",
};
/** Bodies: JSON objects near the valid shape with one mutation, or anything at all. */
const body = fc.oneof(
  fc.constant(undefined),
  anyJson.map((v) => JSON.stringify(v)),
  {
    weight: 4,
    arbitrary: fc
      .record({
        key: fc.constantFrom(
          "label",
          "type",
          "scopes",
          "sensitiveData",
          "expiresAt",
          "role",
          "extra",
          "gracePeriodSeconds",
          "token",
        ),
        value: fc.oneof(anyJson, oddString),
      })
      .map(({ key, value }) => JSON.stringify({ ...validCreate, [key]: value })),
  },
  fc.constantFrom(
    "{",
    '{"label":',
    "[]",
    "null",
    '"str"',
    "{}",
    "\u0000",
    `{"label":"${"y".repeat(70_000)}"}`,
  ),
  oddString,
);
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  fc.constantFrom(
    "application/json; charset=utf-8",
    "text/plain",
    "application/xml",
    "",
    "application/merge-patch+json",
    "multipart/form-data",
  ),
);
const tokenId = fc.oneof(
  fc.constantFrom(...TOKEN_IDS, "tok_0000000000000000", "current", "introspect"),
  oddString.map(encodeURIComponent),
);
const queryString = fc
  .array(
    fc.tuple(
      fc.constantFrom("limit", "cursor", "type", "status", "search", "confirm", "x", "limit"),
      fc.oneof(
        oddString,
        fc.integer().map(String),
        fc.constantFrom("0", "101", "20", "personal", "active", "dG9rZW5zOjk5OQ", "bm9wZQ"),
      ),
    ),
    { maxLength: 3 },
  )
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ""));

const request = fc
  .record({
    operation: fc.constantFrom(...OPERATIONS),
    // The operation's own method nine times in ten; otherwise another one.
    method: fc.oneof(
      { weight: 9, arbitrary: fc.constant(null) },
      fc.constantFrom("GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS"),
    ),
    id: tokenId,
    resource: fc.oneof(
      fc.constantFrom("zones", "domains", "certificates", "billing", "tokens"),
      oddString.map(encodeURIComponent),
    ),
    query: queryString,
    authorization,
    contentType,
    body,
    idempotencyKey: fc.option(oddString.filter((s) => /^[\x20-\x7e]*$/.test(s))),
  })
  .map((r) => {
    const path = r.operation.path.replace("{id}", r.id || "x").replace("{resource}", r.resource || "x");
    const method = r.method ?? r.operation.method.toUpperCase();
    const headers: Record<string, string> = {};
    if (r.authorization !== null) headers.authorization = r.authorization;
    if (r.body !== undefined && r.contentType) headers["content-type"] = r.contentType;
    if (r.idempotencyKey !== null) headers["idempotency-key"] = r.idempotencyKey;
    const hasBody = r.body !== undefined && method !== "GET";
    return {
      label: `${method} ${path}${r.query}`,
      method,
      url: `${BASE}${path}${r.query}`,
      headers,
      body: hasBody ? r.body : undefined,
    };
  });

describe("fuzzing", () => {
  test("10,000 hostile requests: no 5xx, problem+json errors, no state change on rejection", async () => {
    const api = createMockApi({ freezeClock: true, now: "2026-11-22T10:00:00.000Z" });
    await api.seed({
      tokens: [
        {
          id: NARROW.id,
          type: "personal",
          organizationId: "org_acme",
          createdBy: "usr_ada",
          label: "one zone, read only",
          scopes: [{ resource: "zones", access: "read", resourceIds: ["zone_acme01"] }],
          secret: NARROW.secret,
        },
      ],
    });
    const fetch = guardContract((r) => api.fetch(r));
    let requests = 0;
    let rejected = 0;
    const codes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const before = JSON.stringify(await api.snapshot());
        let response: Response;
        try {
          response = await fetch(new Request(r.url, { method: r.method, headers: r.headers, body: r.body }));
        } catch (error) {
          // Requests fetch itself refuses to build (e.g. a body on GET) never reach the mock.
          if (error instanceof TypeError && !String(error.message).includes("contract")) return;
          throw error;
        }
        requests++;
        expect(response.status, r.label).toBeLessThan(500);
        expect(response.headers.get("x-request-id"), r.label).toMatch(/^req_/);
        if (response.status < 400) return;
        rejected++;
        expect(response.headers.get("content-type"), r.label).toBe("application/problem+json");
        const problem = await response.json();
        codes[`${response.status} ${problem.code}`] = (codes[`${response.status} ${problem.code}`] ?? 0) + 1;
        expect(problem, r.label).toMatchObject({
          status: response.status,
          requestId: response.headers.get("x-request-id"),
        });
        for (const field of ["type", "title", "detail", "code"])
          expect(typeof problem[field], `${r.label} ${field}`).toBe("string");
        const after = JSON.stringify(await api.snapshot());
        if (problem.code === "invalid_credentials") {
          // The one rejection that leaves a trace (A5): failed logins of members are audited.
          const strip = (s: string) => JSON.stringify({ ...JSON.parse(s), auditEvents: [], seq: 0 });
          expect(strip(after), r.label).toBe(strip(before));
        } else {
          expect(after, `${r.label} -> ${response.status} ${problem.code} changed state`).toBe(before);
        }
      }),
      { numRuns: 10_000, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    console.log(`fuzz: ${requests} requests, ${rejected} rejected:`, JSON.stringify(codes));
    expect(requests).toBeGreaterThan(9_000);
    expect(rejected).toBeGreaterThan(6_000);
    // The mix reaches the rules, not only routing and authentication.
    for (const code of [
      "invalid_request",
      "invalid_token",
      "unauthenticated",
      "not_found",
      "insufficient_scope",
      "unsupported_media_type",
    ]) {
      expect(
        Object.keys(codes).some((c) => c.endsWith(` ${code}`)),
        code,
      ).toBe(true);
    }
    expect(requests - rejected).toBeGreaterThan(200);
  }, 300_000);
});
