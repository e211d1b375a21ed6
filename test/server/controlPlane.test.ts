/**
 * The local server against web pages and odd input (issue 13): the control plane cannot be driven
 * from a page (H5), the API can be called from one (CORS), control values stay in range and a
 * reset brings the seed's clock back (E7), and every answer the server gives itself is a problem
 * document with its request id (E2, E3).
 */
import { request as httpRequest } from "node:http";
import { DEMO } from "@tessera/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer } from "../support/httpTarget.js";
import { rawRequest } from "../support/rawHttp.js";

let server: Awaited<ReturnType<typeof startServer>>;
let listed: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
  listed = await startServer({ controlHosts: ["mock.internal"], corsOrigins: ["http://app.test:5173"] });
});
afterAll(async () => {
  await server.close();
  await listed.close();
});

const ada = `Bearer ${DEMO.tokens.ada.secret}`;

/** A request with any Host header (fetch cannot set one), answered with status, headers and body. */
function send(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Headers; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port, method: options.method ?? "GET", path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (typeof value === "string") headers.set(name, value);
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
        });
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const state = async (session: string) =>
  (await fetch(`${server.url}/__mock/state`, { headers: { "x-mock-session": session } })).text();
const corsHeaders = (headers: Headers) =>
  [...headers.keys()].filter((name) => name.startsWith("access-control-"));

describe("H5: the control plane cannot be driven from a web page", () => {
  test("H5: a cross-site text/plain POST to /__mock/members (a form post promoting a member) is refused; nothing changes", async () => {
    const before = await state("h5-members");
    const body = JSON.stringify({ userId: DEMO.users.grace.id, organizationId: "org_acme", role: "admin" });
    const formPost = await fetch(`${server.url}/__mock/members`, {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", "x-mock-session": "h5-members" },
      body,
    });
    expect(formPost.status).toBe(415);
    expect(await formPost.json()).toMatchObject({ status: 415, code: "unsupported_media_type" });
    const fromPage = await fetch(`${server.url}/__mock/members`, {
      method: "POST",
      headers: {
        "content-type": "text/plain",
        origin: "http://evil.example",
        "x-mock-session": "h5-members",
      },
      body,
    });
    expect(fromPage.status).toBe(403);
    expect(await fromPage.json()).toMatchObject({ status: 403, code: "forbidden" });
    expect(await state("h5-members")).toBe(before);
    const grace = await fetch(`${server.url}/v1/requester`, {
      headers: { authorization: `Bearer ${DEMO.tokens.grace.secret}`, "x-mock-session": "h5-members" },
    });
    expect((await grace.json()).organizations[0].role).toBe("developer");
  });

  test("H5: a cross-site text/plain POST to /__mock/seed (an admin with a secret of the page's choosing) is refused; nothing changes", async () => {
    const before = await state("h5-seed");
    const secret = DEMO.tokens.ada.secret.replace("AdaLovelace", "EvilPageXyz");
    const fixture = {
      tokens: [
        {
          id: "tok_evilpage0000000000000001",
          type: "organization",
          organizationId: "org_acme",
          createdBy: DEMO.users.ada.id,
          label: "planted",
          role: "admin",
          secret,
        },
      ],
    };
    // The three types a page may send cross-site without a preflight.
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const response = await fetch(`${server.url}/__mock/seed`, {
        method: "POST",
        headers: { "content-type": type, "x-mock-session": "h5-seed" },
        body: JSON.stringify(fixture),
      });
      expect(response.status).toBe(415);
    }
    expect(await state("h5-seed")).toBe(before);
  });

  test("H5: a POST without a body and without application/json (a no-cors fetch to /__mock/reset) is refused", async () => {
    const response = await send(server.url, { method: "POST", path: "/__mock/reset" });
    expect(response.status).toBe(415);
    const json = await send(server.url, {
      method: "POST",
      path: "/__mock/reset",
      headers: { "content-type": "application/json" },
    });
    expect(json.status).toBe(200);
  });

  test("H5: DNS rebinding: GET /__mock/state with Host: evil.example is refused, naming why, with no emails or hashes", async () => {
    const port = new URL(server.url).port;
    for (const host of [
      `evil.example:${port}`,
      "evil.example",
      `localhost.evil.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
    ]) {
      const response = await send(server.url, { path: "/__mock/state", headers: { host } });
      expect(response.status, host).toBe(403);
      const problem = JSON.parse(response.body);
      expect(problem).toMatchObject({ status: 403, code: "forbidden" });
      expect(problem.detail).toContain("loopback");
      expect(response.body).not.toContain("@acme.test");
      expect(response.body).not.toContain("pbkdf2");
      expect(response.headers.get("x-request-id")).toBe(problem.requestId);
    }
  });

  test("H5: loopback Host names are answered with any port: localhost, *.localhost, 127.x.x.x, [::1]", async () => {
    const port = new URL(server.url).port;
    for (const host of [
      `localhost:${port}`,
      "LOCALHOST",
      `tessera.localhost:${port}`,
      `127.0.0.1:${port}`,
      "127.1.2.3",
      `[::1]:${port}`,
    ]) {
      const response = await send(server.url, { path: "/__mock/clock", headers: { host } });
      expect(response.status, host).toBe(200);
    }
  });

  test("H5: a host the operator lists (controlHosts / --control-host) is answered too; the API answers any Host", async () => {
    const port = new URL(listed.url).port;
    expect(
      (await send(listed.url, { path: "/__mock/clock", headers: { host: `mock.internal:${port}` } })).status,
    ).toBe(200);
    expect(
      (await send(listed.url, { path: "/__mock/clock", headers: { host: "other.internal" } })).status,
    ).toBe(403);
    const api = await send(server.url, {
      path: "/v1/requester",
      headers: { host: "api.tessera.dev", authorization: ada },
    });
    expect(api.status).toBe(200);
  });

  test("H5: a preflight to /__mock gets 403 and no CORS headers; no /__mock answer ever carries them", async () => {
    const preflight = await fetch(`${server.url}/__mock/members`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBe(403);
    expect(await preflight.json()).toMatchObject({ code: "forbidden" });
    expect(corsHeaders(preflight.headers)).toEqual([]);
    // A page on a loopback origin may read nothing either: its answers carry no CORS headers.
    const fromLocalPage = await fetch(`${server.url}/__mock/state`, {
      headers: { origin: "http://localhost:5173" },
    });
    expect(fromLocalPage.status).toBe(200);
    expect(corsHeaders(fromLocalPage.headers)).toEqual([]);
    const fromOtherSite = await fetch(`${server.url}/__mock/state`, {
      headers: { origin: "https://evil.example" },
    });
    expect(fromOtherSite.status).toBe(403);
    expect(corsHeaders(fromOtherSite.headers)).toEqual([]);
  });
});

describe("CORS: browser apps on another origin can call the API", () => {
  const preflight = (url: string, origin: string, path = "/v1/tokens") =>
    fetch(`${url}${path}`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type, idempotency-key, x-mock-session",
      },
    });

  test("CORS: a preflight to /v1 from another origin gets 204 with the methods and headers the API takes", async () => {
    const response = await preflight(server.url, "http://localhost:5173");
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const methods = response.headers.get("access-control-allow-methods")?.split(/,\s*/);
    expect(methods).toEqual(expect.arrayContaining(["GET", "POST", "PATCH", "DELETE"]));
    const headers = response.headers.get("access-control-allow-headers")?.split(/,\s*/);
    expect(headers).toEqual(
      expect.arrayContaining(["authorization", "content-type", "idempotency-key", "x-mock-session"]),
    );
    expect(Number(response.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    expect(response.headers.get("vary")).toContain("Origin");
  });

  test("CORS: API answers, refusals included, carry the origin and expose the headers a page must read", async () => {
    for (const authorization of [ada, "Bearer nope"]) {
      const response = await fetch(`${server.url}/v1/requester`, {
        headers: { origin: "http://localhost:5173", authorization },
      });
      expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      const exposed = response.headers.get("access-control-expose-headers")?.split(/,\s*/);
      expect(exposed).toEqual(
        expect.arrayContaining([
          "x-request-id",
          "retry-after",
          "location",
          "www-authenticate",
          "idempotent-replayed",
          "deprecation",
          "sunset",
          "link",
          "ratelimit-limit",
          "ratelimit-remaining",
          "ratelimit-reset",
        ]),
      );
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    }
  });

  test("CORS: with corsOrigins, only those origins get CORS; another origin's preflight is 403 without CORS headers", async () => {
    const allowed = await preflight(listed.url, "http://app.test:5173");
    expect(allowed.status).toBe(204);
    const other = await preflight(listed.url, "http://localhost:5173");
    expect(other.status).toBe(403);
    expect(other.headers.get("x-request-id")).toMatch(/^req_/);
    expect(corsHeaders(other.headers)).toEqual([]);
    const call = await fetch(`${listed.url}/v1/requester`, {
      headers: { origin: "http://localhost:5173", authorization: ada },
    });
    expect(call.status).toBe(200);
    expect(corsHeaders(call.headers)).toEqual([]);
  });

  test("CORS: an OPTIONS that is not a preflight is the API's own 405", async () => {
    const response = await fetch(`${server.url}/v1/tokens`, { method: "OPTIONS" });
    expect(response.status).toBe(405);
    expect((await response.json()).code).toBe("method_not_allowed");
  });
});

describe("E7: control values have ranges; a reset brings the seed's clock back", () => {
  const control = (path: string, body: unknown, session = "e7-ranges") =>
    fetch(`${server.url}/__mock/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-mock-session": session },
      body: JSON.stringify(body),
    });

  test.each([
    ["clock", { advance: { days: 1e20 } }, "/body/advance/days"],
    ["clock", { advance: { days: 36_526 } }, "/body/advance/days"],
    ["clock", { advance: 1e15 }, "/body/advance"],
    ["faults", { kind: "latency", ms: 1e9 }, "/body/ms"],
    ["faults", { kind: "status", status: 503, retryAfterSeconds: 1e12 }, "/body/retryAfterSeconds"],
    ["faults", { kind: "status", status: 503, times: 1e12 }, "/body/times"],
    ["faults", { kind: "rateLimit", limit: 1e300, windowSeconds: 60 }, "/body/limit"],
    ["faults", { kind: "rateLimit", limit: 10, windowSeconds: 1e15 }, "/body/windowSeconds"],
  ])("E7: POST /__mock/%s %j -> 400 naming %s", async (path, body, pointer) => {
    const response = await control(path, body);
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.code).toBe("invalid_request");
    expect(problem.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });

  test("E7: the largest values in range are taken: 100 years of clock, a day of Retry-After", async () => {
    expect((await control("clock", { advance: { days: 36_525 } }, "e7-max")).status).toBe(200);
    expect(
      (await control("faults", { kind: "status", status: 503, retryAfterSeconds: 86_400 }, "e7-max")).status,
    ).toBe(200);
  });

  test("E7: POST /__mock/reset restores the seed's clock, not only its data", async () => {
    const session = "e7-reset-clock";
    const clock = async () =>
      (await fetch(`${server.url}/__mock/clock`, { headers: { "x-mock-session": session } })).json();
    const seeded = await clock();
    expect((await control("clock", { advance: { days: 400 }, freeze: false }, session)).status).toBe(200);
    expect((await clock()).now).not.toBe(seeded.now);
    expect((await control("reset", {}, session)).status).toBe(200);
    expect(await clock()).toEqual(seeded);
  });
});

describe("E2, E3: every answer the server gives itself is a problem document with X-Request-Id", () => {
  const problemWithId = (status: number, head: string, body: string) => {
    const problem = JSON.parse(body);
    expect(problem).toMatchObject({ status });
    expect(head).toContain("content-type: application/problem+json");
    expect(head).toContain(`x-request-id: ${problem.requestId.toLowerCase()}`);
  };

  test.each([
    ["a path outside the API", "GET /nowhere HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n", 404],
    [
      "an unknown control",
      "GET /__mock/nothing HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n",
      404,
    ],
    [
      "a Host no URL can be made of",
      "GET /v1/requester HTTP/1.1\r\nhost: exa mple\r\nconnection: close\r\n\r\n",
      400,
    ],
    ["HTTP/1.1 without a Host", "GET /v1/requester HTTP/1.1\r\nconnection: close\r\n\r\n", 400],
    [
      "a bad X-Mock-Session",
      "GET /v1/requester HTTP/1.1\r\nhost: 127.0.0.1\r\nx-mock-session: a b\r\nconnection: close\r\n\r\n",
      400,
    ],
    ["a request line that is not HTTP", "HELLO THERE\r\n\r\n", 400],
    ["a header line with no colon", "GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nbroken\r\n\r\n", 400],
    [
      "headers over Node's limit",
      `GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nx-big: ${"a".repeat(20_000)}\r\n\r\n`,
      431,
    ],
    [
      "a control body over 1 MiB",
      `POST /__mock/seed HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${1.5 * 1024 * 1024}\r\nconnection: close\r\n\r\n${"x".repeat(1.5 * 1024 * 1024)}`,
      413,
    ],
  ])("E3: %s -> a problem+json with X-Request-Id", async (_name, request, status) => {
    const response = await rawRequest(server.url, request);
    expect(response.status).toBe(status);
    problemWithId(status, response.head, response.body);
  });
});
