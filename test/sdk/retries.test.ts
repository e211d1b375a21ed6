import {
  ConnectionError,
  createClient,
  NotFoundError,
  RateLimitError,
  ServerError,
  type TokenCreateRequest,
} from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import {
  BASE_URL,
  fakeFetch,
  json,
  problem,
  type Reply,
  recordingSleep,
  TOKEN,
  TOKEN_ID,
  tokenJson,
} from "./fakeFetch.js";

const CREATE_BODY: TokenCreateRequest = {
  label: "CI deploy",
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "hidden",
};

function setup(replies: Reply[], options: { retries?: number } = {}) {
  const fake = fakeFetch(...replies);
  const { sleep, waits } = recordingSleep();
  const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch: fake.fetch, sleep, ...options });
  return { client, requests: fake.requests, waits };
}

describe("retries", () => {
  test.each([408, 429, 500, 502, 503, 504])("retries %i, then succeeds", async (status) => {
    const { client, requests } = setup([problem(status, "internal_error"), json(tokenJson())]);
    await expect(client.tokens.get(TOKEN_ID)).resolves.toMatchObject({ id: TOKEN_ID });
    expect(requests).toHaveLength(2);
  });

  test("retries a network error, then succeeds", async () => {
    const { client, requests } = setup([new TypeError("fetch failed"), json(tokenJson())]);
    await expect(client.tokens.get(TOKEN_ID)).resolves.toMatchObject({ id: TOKEN_ID });
    expect(requests).toHaveLength(2);
  });

  test.each([
    [400, "invalid_request"],
    [401, "invalid_token"],
    [403, "insufficient_scope"],
    [404, "not_found"],
    [409, "token_limit_reached"],
    [422, "idempotency_key_reused"],
  ] as const)("does not retry %i %s", async (status, code) => {
    const { client, requests, waits } = setup([problem(status, code), json(tokenJson())]);
    await expect(client.tokens.get(TOKEN_ID)).rejects.toMatchObject({ status, code });
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  test("gives up after `retries` retries (default 2) and throws the last error", async () => {
    const { client, requests } = setup([problem(503, "service_unavailable")]);
    await expect(client.tokens.get(TOKEN_ID)).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(3);
  });

  test("retries: 0 turns retrying off; a per-call `retries` overrides the client's", async () => {
    const off = setup([new TypeError("offline")], { retries: 0 });
    await expect(off.client.tokens.get(TOKEN_ID)).rejects.toBeInstanceOf(ConnectionError);
    expect(off.requests).toHaveLength(1);

    const perCall = setup([problem(500, "internal_error")], { retries: 0 });
    await expect(perCall.client.tokens.get(TOKEN_ID, { retries: 4 })).rejects.toBeInstanceOf(ServerError);
    expect(perCall.requests).toHaveLength(5);
  });

  test("backs off exponentially, min(0.5 * 2^n, 8) s minus up to 25% jitter", async () => {
    const { client, waits } = setup([new TypeError("offline")], { retries: 6 });
    await expect(client.tokens.get(TOKEN_ID)).rejects.toBeInstanceOf(ConnectionError);
    const nominal = [500, 1000, 2000, 4000, 8000, 8000];
    expect(waits).toHaveLength(nominal.length);
    waits.forEach((wait, n) => {
      expect(wait).toBeLessThanOrEqual(nominal[n] as number);
      expect(wait).toBeGreaterThanOrEqual((nominal[n] as number) * 0.75);
    });
  });

  test("honours Retry-After in seconds, exactly", async () => {
    const { client, waits } = setup([
      problem(429, "rate_limited", {}, { "retry-after": "3" }),
      problem(503, "service_unavailable", {}, { "retry-after": "0" }),
      json(tokenJson()),
    ]);
    await client.tokens.get(TOKEN_ID);
    expect(waits).toEqual([3000, 0]);
  });

  test("honours Retry-After as an HTTP date", async () => {
    const { client, waits } = setup([
      () =>
        problem(
          503,
          "service_unavailable",
          {},
          { "retry-after": new Date(Date.now() + 10_000).toUTCString() },
        ),
      json(tokenJson()),
    ]);
    await client.tokens.get(TOKEN_ID);
    expect(waits).toHaveLength(1);
    // HTTP dates have whole seconds: 9 to 10 s from now.
    expect(waits[0]).toBeGreaterThan(8_000);
    expect(waits[0]).toBeLessThanOrEqual(10_000);
  });

  test("prefers retry-after-ms over Retry-After", async () => {
    const { client, waits } = setup([
      problem(429, "rate_limited", {}, { "retry-after-ms": "250", "retry-after": "5" }),
      json(tokenJson()),
    ]);
    await client.tokens.get(TOKEN_ID);
    expect(waits).toEqual([250]);
  });

  test("A5: does not wait out a Retry-After over a minute (a login lock): throws with retryAfter", async () => {
    const { client, requests, waits } = setup([problem(429, "login_locked", {}, { "retry-after": "900" })]);
    const error = await client.tokens.get(TOKEN_ID).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(900);
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  test("the raw client retries too", async () => {
    const { client, requests } = setup([problem(502, "service_unavailable"), json(tokenJson())]);
    const { data, error } = await client.raw.GET("/v1/tokens/{id}", { params: { path: { id: TOKEN_ID } } });
    expect(error).toBeUndefined();
    expect(data?.id).toBe(TOKEN_ID);
    expect(requests).toHaveLength(2);
  });

  test("the raw client returns the last failed response once retries are spent", async () => {
    const { client, requests } = setup([problem(500, "internal_error")], { retries: 1 });
    const { error, response } = await client.raw.GET("/v1/requester");
    expect(response.status).toBe(500);
    expect(error?.code).toBe("internal_error");
    expect(requests).toHaveLength(2);
  });

  test("a retried request sends the same method, URL, headers and body", async () => {
    const { client, requests } = setup([
      problem(500, "internal_error"),
      json({ token: tokenJson(), secret: TOKEN }),
    ]);
    await client.tokens.create(CREATE_BODY, { headers: { "x-trace": "t1" } });
    const [first, second] = requests;
    expect(second?.method).toBe("POST");
    expect(second?.url).toBe(first?.url);
    expect(second?.headers.get("x-trace")).toBe("t1");
    expect(second?.headers.get("content-type")).toBe("application/json");
    expect(await second?.json()).toEqual(CREATE_BODY);
    expect(await first?.json()).toEqual(CREATE_BODY);
  });
});

describe("T18: one Idempotency-Key per logical POST", () => {
  test("T18: a retried create reuses one Idempotency-Key", async () => {
    const { client, requests } = setup([
      new TypeError("connection reset"),
      problem(503, "service_unavailable"),
      json({ token: tokenJson(), secret: TOKEN }, 201),
    ]);
    await client.tokens.create(CREATE_BODY);
    const keys = requests.map((request) => request.headers.get("idempotency-key"));
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
  });

  test("T18: a retried rotate reuses one Idempotency-Key", async () => {
    const { client, requests } = setup([
      problem(500, "internal_error"),
      json({ token: tokenJson(), secret: TOKEN }),
    ]);
    await client.tokens.rotate(TOKEN_ID, { gracePeriodSeconds: 60 });
    const keys = requests.map((request) => request.headers.get("idempotency-key"));
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });

  test("T18: two logical creates get two different keys", async () => {
    const { client, requests } = setup([json({ token: tokenJson(), secret: TOKEN }, 201)]);
    await client.tokens.create(CREATE_BODY);
    await client.tokens.create(CREATE_BODY);
    const [a, b] = requests.map((request) => request.headers.get("idempotency-key"));
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(a).not.toBe(b);
  });

  test("T18: a caller-supplied key wins, on every attempt", async () => {
    const { client, requests } = setup([
      problem(500, "internal_error"),
      json({ token: tokenJson(), secret: TOKEN }, 201),
    ]);
    await client.tokens.create(CREATE_BODY, { idempotencyKey: "my-key-1" });
    expect(requests.map((request) => request.headers.get("idempotency-key"))).toEqual([
      "my-key-1",
      "my-key-1",
    ]);
  });

  test("T18: the raw client honours a key in params.header, and adds one otherwise", async () => {
    const { client, requests } = setup([json({ token: tokenJson(), secret: TOKEN }, 201)]);
    await client.raw.POST("/v1/tokens", {
      params: { header: { "Idempotency-Key": "raw-key" } },
      body: CREATE_BODY,
    });
    await client.raw.POST("/v1/tokens", { body: CREATE_BODY });
    expect(requests[0]?.headers.get("idempotency-key")).toBe("raw-key");
    expect(requests[1]?.headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("GET, PATCH and DELETE carry no Idempotency-Key", async () => {
    const { client, requests } = setup([json(tokenJson())]);
    await client.tokens.get(TOKEN_ID);
    await client.tokens.update(TOKEN_ID, { label: "x" });
    await client.tokens.revoke(TOKEN_ID);
    expect(requests.map((request) => request.headers.has("idempotency-key"))).toEqual([false, false, false]);
  });

  test("a 404 after a retried create is thrown as NotFoundError, not retried", async () => {
    const { client, requests } = setup([problem(500, "internal_error"), problem(404, "not_found")]);
    await expect(client.tokens.rotate(TOKEN_ID)).rejects.toBeInstanceOf(NotFoundError);
    expect(requests).toHaveLength(2);
  });
});
