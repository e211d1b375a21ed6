/**
 * The SDK's resilience against the mock's fault injection: retries, Retry-After, timeouts,
 * idempotent retries of writes whose response was lost (T18), and session renewal (A5).
 */
import { DEMO } from "@tessera/mock";
import { createClient, RateLimitError, ServerError, TimeoutError } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { inProcessTarget } from "../support/target.js";

function setup(options: { retries?: number; timeoutMs?: number } = {}) {
  const target = inProcessTarget();
  const { api } = target;
  const waits: number[] = [];
  const client = createClient({
    baseUrl: target.baseUrl,
    token: DEMO.tokens.ada.secret,
    fetch: target.fetch,
    retries: options.retries ?? 2,
    timeoutMs: options.timeoutMs ?? 5000,
    // Waiting moves the mock's clock instead of the real one, so rate limits and locks pass.
    sleep: async (ms) => {
      waits.push(ms);
      api.clock.advance(ms);
    },
  });
  const statuses = (operationId: string) =>
    api.journal
      .list()
      .filter((e) => e.operationId === operationId)
      .map((e) => e.status);
  return { api, client, waits, statuses };
}

const body = {
  label: "retried create",
  type: "personal" as const,
  scopes: [{ resource: "tokens" as const, access: "read" as const }],
  sensitiveData: "visible" as const,
};

describe("SDK against the mock's faults", () => {
  test("503s with Retry-After are retried after the advertised wait, then succeed", async () => {
    const { api, client, waits, statuses } = setup();
    api.faults.failWith(503, { operation: "getRequester", times: 2, retryAfterSeconds: 3 });
    expect((await client.requester.get()).id).toBe("usr_ada");
    expect(statuses("getRequester")).toEqual([503, 503, 200]);
    expect(waits).toEqual([3000, 3000]);
  });

  test("gives up after `retries` attempts with a typed ServerError", async () => {
    const { api, client, statuses } = setup({ retries: 2 });
    api.faults.failWith(500, { operation: "getRequester" });
    const error = await client.requester.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 500, code: "internal_error" });
    expect(statuses("getRequester")).toEqual([500, 500, 500]);
  });

  test("network errors are retried; 4xx are not", async () => {
    const { api, client, statuses } = setup();
    api.faults.networkError({ operation: "listScopes", times: 1 });
    expect((await client.scopes.list()).plan).toBe("teams");
    expect(statuses("listScopes")).toEqual([0, 200]);
    await expect(client.tokens.get("tok_0000000000000000")).rejects.toMatchObject({ status: 404 });
    expect(statuses("getToken")).toEqual([404]);
  });

  test("a 429 from the rate limiter is retried once the window has passed", async () => {
    const { api, client, waits, statuses } = setup();
    api.faults.rateLimit(1, 30, { operation: "getRequester" });
    await client.requester.get();
    expect((await client.requester.get()).id).toBe("usr_ada");
    expect(statuses("getRequester")).toEqual([200, 429, 200]);
    expect(waits).toEqual([30_000]);
  });

  test("A5: a locked login is not retried when Retry-After is long; the error says when to come back", async () => {
    const { api } = setup();
    const client = createClient({
      baseUrl: "https://api.tessera.dev",
      fetch: (r) => api.fetch(r),
      retries: 2,
    });
    for (let i = 0; i < 5; i++)
      await client.auth.login({ email: "grace@acme.test", password: "wrong" }).catch(() => undefined);
    const error = await client.auth
      .login({ email: "grace@acme.test", password: DEMO.password })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(900);
  });

  test("T18: a create whose response is lost is retried with one Idempotency-Key and makes one token", async () => {
    const { api, client, statuses } = setup();
    api.faults.networkError({ operation: "createToken", times: 1, afterHandling: true });
    const { token, secret } = await client.tokens.create(body);
    expect(statuses("createToken")).toEqual([0, 201]);
    const matching = await client.tokens.list({ search: "retried create" });
    expect(matching.data.map((t) => t.id)).toEqual([token.id]);
    expect(
      (
        await createClient({
          baseUrl: "https://api.tessera.dev",
          token: secret,
          fetch: (r) => api.fetch(r),
        }).tokens.current()
      ).id,
    ).toBe(token.id);
  });

  test("T18: without an Idempotency-Key the same lost response would have made two tokens", async () => {
    const { api } = setup();
    api.faults.failWith(502, { operation: "createToken", times: 1, afterHandling: true });
    const send = () =>
      api.fetch("https://api.tessera.dev/v1/tokens", {
        method: "POST",
        headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await send()).status).toBe(502);
    expect((await send()).status).toBe(201);
    const client = createClient({
      baseUrl: "https://api.tessera.dev",
      token: DEMO.tokens.ada.secret,
      fetch: (r) => api.fetch(r),
    });
    expect((await client.tokens.list({ search: "retried create" })).data).toHaveLength(2);
  });

  test("T11/T18: a rotation whose response is lost is replayed, so the secret returned works", async () => {
    const { api, client } = setup();
    const { token } = await client.tokens.create(body);
    api.faults.failWith(504, { operation: "rotateToken", times: 1, afterHandling: true });
    const { secret } = await client.tokens.rotate(token.id);
    const rotatedClient = createClient({
      baseUrl: "https://api.tessera.dev",
      token: secret,
      fetch: (r) => api.fetch(r),
    });
    expect((await rotatedClient.tokens.current()).id).toBe(token.id);
    // The retry was replayed, not executed again: one rotation happened.
    expect((await client.auditEvents.list({ type: "token.rotated" })).data).toHaveLength(1);
  });

  test("a slow attempt times out and the retry succeeds; a timeout on every attempt is a TimeoutError", async () => {
    const { api, client, statuses } = setup({ timeoutMs: 50, retries: 1 });
    api.faults.latency(400, { operation: "getRequester", times: 1 });
    expect((await client.requester.get()).id).toBe("usr_ada");
    api.faults.latency(400, { operation: "listScopes", times: 2 });
    await expect(client.scopes.list()).rejects.toBeInstanceOf(TimeoutError);
    expect(statuses("getRequester").at(-1)).toBe(200);
  });

  test("A5: a client with credentials logs in lazily and logs in again when the session expires", async () => {
    const { api } = setup();
    const client = createClient({
      baseUrl: "https://api.tessera.dev",
      credentials: { email: "grace@acme.test", password: DEMO.password },
      fetch: (r) => api.fetch(r),
    });
    expect((await client.requester.get()).id).toBe("usr_grace");
    api.clock.advance({ days: 31 });
    expect((await client.tokens.current()).kind).toBe("session");
    const calls = api.journal.list().map((e) => `${e.operationId} ${e.status}`);
    expect(calls).toEqual([
      "login 201",
      "getRequester 200",
      "getCurrentToken 401",
      "login 201",
      "getCurrentToken 200",
    ]);
  });
});
