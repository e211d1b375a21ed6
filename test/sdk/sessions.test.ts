import { AuthenticationError, createClient } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import {
  BASE_URL,
  fakeFetch,
  json,
  problem,
  type Reply,
  recordingSleep,
  secret,
  sessionJson,
  TOKEN,
  TOKEN_ID,
  tokenJson,
} from "./fakeFetch.js";

const credentials = { email: "ada@acme.test", password: "correct horse" };
const SESSION_1 = secret("ses", "FirstSession");
const SESSION_2 = secret("ses", "SecondSession");

/** A fetch that answers logins with `sessions` in turn and every other request with `answer`. */
function service(sessions: (Response | (() => Response))[], answer: Reply) {
  let logins = 0;
  const answers = fakeFetch(answer);
  const all = fakeFetch(async (request) => {
    if (new URL(request.url).pathname === "/v1/auth/login") {
      const next = sessions[Math.min(logins++, sessions.length - 1)];
      if (next === undefined) throw new Error("no login scripted");
      return typeof next === "function" ? next() : next.clone();
    }
    return answers.fetch(request);
  });
  const paths = () => all.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`);
  const authorizations = () => all.requests.map((request) => request.headers.get("authorization"));
  return { fetch: all.fetch, requests: all.requests, paths, authorizations };
}

const LOGIN = "POST /v1/auth/login";
const GET = `GET /v1/tokens/${TOKEN_ID}`;

describe("A5: logging in with email and password", () => {
  test("logs in lazily with HTTP Basic and no body, then sends the session as Bearer", async () => {
    const api = service([json(sessionJson(SESSION_1), 201)], json(tokenJson()));
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch });
    expect(api.requests).toHaveLength(0);
    await client.tokens.get(TOKEN_ID);
    expect(api.paths()).toEqual([LOGIN, GET]);
    const login = api.requests[0];
    expect(login?.headers.get("authorization")).toBe(`Basic ${btoa("ada@acme.test:correct horse")}`);
    expect(await login?.text()).toBe("");
    expect(api.authorizations()[1]).toBe(`Bearer ${SESSION_1}`);
  });

  test("logs in once for many requests, and once for concurrent ones", async () => {
    const api = service([json(sessionJson(SESSION_1), 201)], json(tokenJson()));
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch });
    await Promise.all([
      client.tokens.get(TOKEN_ID),
      client.tokens.get(TOKEN_ID),
      client.tokens.get(TOKEN_ID),
    ]);
    await client.tokens.get(TOKEN_ID);
    expect(api.paths().filter((path) => path === LOGIN)).toHaveLength(1);
    expect(api.requests).toHaveLength(5);
  });

  test("encodes non-ASCII passwords as UTF-8", async () => {
    const api = service([json(sessionJson(SESSION_1), 201)], json(tokenJson()));
    const client = createClient({
      baseUrl: BASE_URL,
      credentials: { email: "é@x.test", password: "pässwörd✓" },
      fetch: api.fetch,
    });
    await client.tokens.get(TOKEN_ID);
    const encoded = api.authorizations()[0]?.slice("Basic ".length) ?? "";
    const bytes = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe("é@x.test:pässwörd✓");
  });

  test("A3: on 401 token_expired logs in again once and replays the request", async () => {
    const api = service([json(sessionJson(SESSION_1), 201), json(sessionJson(SESSION_2), 201)], (request) =>
      request.headers.get("authorization") === `Bearer ${SESSION_1}`
        ? problem(401, "token_expired")
        : json(tokenJson()),
    );
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch });
    await expect(client.tokens.get(TOKEN_ID)).resolves.toMatchObject({ id: TOKEN_ID });
    expect(api.paths()).toEqual([LOGIN, GET, LOGIN, GET]);
    expect(api.authorizations()[3]).toBe(`Bearer ${SESSION_2}`);
    // The new session is kept for later requests.
    await client.tokens.get(TOKEN_ID);
    expect(api.paths()).toHaveLength(5);
  });

  test("A3: a second token_expired after logging in again is thrown, not looped on", async () => {
    const api = service(
      [json(sessionJson(SESSION_1), 201), json(sessionJson(SESSION_2), 201)],
      problem(401, "token_expired"),
    );
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch });
    const error = await client.tokens.get(TOKEN_ID).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("token_expired");
    expect(api.paths()).toEqual([LOGIN, GET, LOGIN, GET]);
  });

  test("A3: invalid_token does not trigger a login", async () => {
    const api = service([json(sessionJson(SESSION_1), 201)], problem(401, "invalid_token"));
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch });
    await expect(client.tokens.get(TOKEN_ID)).rejects.toMatchObject({ code: "invalid_token" });
    expect(api.paths()).toEqual([LOGIN, GET]);
  });

  test("a fixed token that expired is not renewed (there is nothing to log in with)", async () => {
    const api = service([json(sessionJson(SESSION_1), 201)], problem(401, "token_expired"));
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch: api.fetch });
    await expect(client.tokens.get(TOKEN_ID)).rejects.toBeInstanceOf(AuthenticationError);
    expect(api.paths()).toEqual([GET]);
  });

  test("logs in again before a request when the session's expiresAt has passed", async () => {
    const api = service(
      [() => json(sessionJson(SESSION_1, 100), 201), () => json(sessionJson(SESSION_2), 201)],
      json(tokenJson()),
    );
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch });
    await client.tokens.get(TOKEN_ID);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await client.tokens.get(TOKEN_ID);
    expect(api.paths()).toEqual([LOGIN, GET, LOGIN, GET]);
    expect(api.authorizations()[3]).toBe(`Bearer ${SESSION_2}`);
  });

  test("a failed lazy login throws its AuthenticationError; the raw client returns it as `error`", async () => {
    const api = service([problem(401, "invalid_credentials")], json(tokenJson()));
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch });
    await expect(client.tokens.get(TOKEN_ID)).rejects.toMatchObject({
      name: "AuthenticationError",
      code: "invalid_credentials",
    });
    const { data, error, response } = await client.raw.GET("/v1/requester");
    expect(data).toBeUndefined();
    expect(error?.code).toBe("invalid_credentials");
    expect(response.status).toBe(401);
    expect(api.paths()).toEqual([LOGIN, LOGIN]);
  });

  test("A5: a locked login (429, Retry-After 900) is not retried", async () => {
    const api = service([problem(429, "login_locked", {}, { "retry-after": "900" })], json(tokenJson()));
    const { sleep, waits } = recordingSleep();
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch, sleep });
    await expect(client.tokens.get(TOKEN_ID)).rejects.toMatchObject({
      name: "RateLimitError",
      retryAfter: 900,
    });
    expect(api.paths()).toEqual([LOGIN]);
    expect(waits).toEqual([]);
  });
});

describe("auth.login and auth.logout", () => {
  test("A5: auth.login returns the session and the client uses it from then on", async () => {
    const api = service([json(sessionJson(SESSION_1), 201)], json(tokenJson()));
    const client = createClient({ baseUrl: BASE_URL, fetch: api.fetch });
    const session = await client.auth.login(credentials);
    expect(session.value).toBe(SESSION_1);
    await client.tokens.get(TOKEN_ID);
    expect(api.authorizations()).toEqual([
      `Basic ${btoa("ada@acme.test:correct horse")}`,
      `Bearer ${SESSION_1}`,
    ]);
  });

  test("A5: auth.login with a wrong password throws AuthenticationError", async () => {
    const api = service([problem(401, "invalid_credentials")], json(tokenJson()));
    const client = createClient({ baseUrl: BASE_URL, fetch: api.fetch });
    await expect(client.auth.login(credentials)).rejects.toBeInstanceOf(AuthenticationError);
  });

  test("A6: logout revokes the session; the next request logs in again", async () => {
    const api = service([json(sessionJson(SESSION_1), 201), json(sessionJson(SESSION_2), 201)], (request) =>
      new URL(request.url).pathname === "/v1/auth/logout"
        ? new Response(null, { status: 204 })
        : json(tokenJson()),
    );
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch });
    await client.tokens.get(TOKEN_ID);
    await expect(client.auth.logout()).resolves.toBeUndefined();
    await client.tokens.get(TOKEN_ID);
    expect(api.paths()).toEqual([LOGIN, GET, "POST /v1/auth/logout", LOGIN, GET]);
    expect(api.authorizations()[2]).toBe(`Bearer ${SESSION_1}`);
    expect(api.authorizations()[4]).toBe(`Bearer ${SESSION_2}`);
  });

  test("A6: logout before any login sends nothing", async () => {
    const api = service([json(sessionJson(SESSION_1), 201)], new Response(null, { status: 204 }));
    const client = createClient({ baseUrl: BASE_URL, credentials, fetch: api.fetch });
    await client.auth.logout();
    expect(api.requests).toHaveLength(0);
  });

  test("A6: logout with a fixed session token revokes it", async () => {
    const api = service([], new Response(null, { status: 204 }));
    const client = createClient({ baseUrl: BASE_URL, token: SESSION_1, fetch: api.fetch });
    await client.auth.logout();
    expect(api.paths()).toEqual(["POST /v1/auth/logout"]);
    expect(api.authorizations()).toEqual([`Bearer ${SESSION_1}`]);
  });
});
