/**
 * Hostile use of the local server that only a real socket can send (issue 12): Host headers and
 * request lines no URL can be made of, methods Fetch refuses, repeated credentials, forwarded
 * headers from an untrusted peer (H4), and control values out of range (E7).
 */

import { connect } from "node:net";
import { createMockApi, DEMO } from "@tessera/mock";
import type { RequestLogLine } from "@tessera/mock/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ELSEWHERE_ADDRESS, startServer } from "../support/httpTarget.js";
import { rawRequest } from "../support/rawHttp.js";

let server: Awaited<ReturnType<typeof startServer>>;
let proxied: Awaited<ReturnType<typeof startServer>>;
const logged: RequestLogLine[] = [];
beforeAll(async () => {
  server = await startServer({ onRequest: (line) => logged.push(line) });
  proxied = await startServer({ trustProxy: true });
});
afterAll(async () => {
  await server.close();
  await proxied.close();
});

const ada = `Bearer ${DEMO.tokens.ada.secret}`;
const close = "connection: close\r\n";

describe("E7: what no URL or Fetch request can be made of is a 4xx problem", () => {
  test.each([
    ["a Host header with a space", `GET /v1/requester HTTP/1.1\r\nhost: exa mple.test\r\n${close}\r\n`],
    ["a Host header with an open bracket", `GET /v1/requester HTTP/1.1\r\nhost: [::1\r\n${close}\r\n`],
    ["a method Fetch refuses", `TRACE /v1/requester HTTP/1.1\r\nhost: 127.0.0.1\r\n${close}\r\n`],
    ["a request line that is not HTTP", "HELLO THERE\r\n\r\n"],
    [
      "a header line with no colon",
      `GET /v1/requester HTTP/1.1\r\nhost: 127.0.0.1\r\nbroken\r\n${close}\r\n`,
    ],
  ])("%s", async (_name, request) => {
    const response = await rawRequest(server.url, request);
    expect(response.status).toBe(400);
    expect(response.head).toContain("content-type: application/problem+json");
    expect(JSON.parse(response.body)).toMatchObject({ status: 400, code: "invalid_request" });
  });
});

describe("E5: a repeated Authorization header is refused, not silently narrowed to one", () => {
  test("two Authorization headers over HTTP -> 400", async () => {
    const response = await rawRequest(
      server.url,
      `GET /v1/requester HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: ${ada}\r\nauthorization: Bearer ${DEMO.tokens.grace.secret}\r\n${close}\r\n`,
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).errors).toEqual([
      { pointer: "/headers/authorization", detail: expect.any(String) },
    ]);
  });
});

describe("H4: forwarded headers are believed only with trustProxy", () => {
  const lastUsedIp = async (url: string) => {
    const response = await fetch(`${url}/v1/tokens/${DEMO.tokens.grace.id}`, {
      headers: { authorization: ada, "x-mock-session": "h4" },
    });
    return (await response.json()).lastUsedIp;
  };
  const asGrace = (forwarded: string) =>
    `GET /v1/requester HTTP/1.1\r\nhost: api.tessera.dev\r\nx-mock-session: h4\r\nauthorization: Bearer ${DEMO.tokens.grace.secret}\r\n${forwarded}${close}\r\n`;

  test("without trustProxy, X-Forwarded-For and X-Forwarded-Proto change nothing", async () => {
    const local = await rawRequest(server.url, asGrace("x-forwarded-for: 203.0.113.9\r\n"));
    expect(local.status).toBe(200);
    expect(await lastUsedIp(server.url)).toBe("127.0.0.1");
    const remote = await rawRequest(
      server.url,
      asGrace("x-forwarded-proto: https\r\nx-forwarded-for: 127.0.0.1\r\n"),
      "127.0.0.2",
    );
    expect(remote.status).toBe(403);
    expect(JSON.parse(remote.body).code).toBe("https_required");
  });

  test("with trustProxy, the address the proxy appended last is the caller and its protocol decides A4", async () => {
    const viaProxy = (headers: string) => rawRequest(proxied.url, asGrace(headers), "127.0.0.2");
    expect((await viaProxy("x-forwarded-for: 203.0.113.9\r\nx-forwarded-proto: https\r\n")).status).toBe(200);
    expect(await lastUsedIp(proxied.url)).toBe("203.0.113.9");
    // The proxy says the client used plain HTTP from elsewhere: A4 refuses it.
    expect((await viaProxy("x-forwarded-for: 203.0.113.9\r\nx-forwarded-proto: http\r\n")).status).toBe(403);
    // What the client put in front of the proxy's own entries proves nothing (an appending proxy).
    for (const spoofed of [
      "x-forwarded-for: 127.0.0.1, 203.0.113.9\r\nx-forwarded-proto: http\r\n",
      "x-forwarded-for: 203.0.113.9\r\nx-forwarded-proto: https, http\r\n",
      "x-forwarded-for: 203.0.113.9\r\nx-forwarded-proto: https\r\nx-forwarded-proto: http\r\n",
    ]) {
      expect((await viaProxy(spoofed)).status, spoofed).toBe(403);
    }
    expect(
      (await viaProxy("x-forwarded-for: 198.51.100.77, 203.0.113.9\r\nx-forwarded-proto: https\r\n")).status,
    ).toBe(200);
    expect(await lastUsedIp(proxied.url)).toBe("203.0.113.9");
    // Without forwarded headers the peer itself (198.51.100.2, another machine) is the caller.
    expect((await viaProxy("")).status).toBe(403);
    // A forwarded address that is not an address is ignored.
    expect((await viaProxy("x-forwarded-for: <script>\r\nx-forwarded-proto: https\r\n")).status).toBe(200);
    expect(await lastUsedIp(proxied.url)).toBe(ELSEWHERE_ADDRESS);
  });
});

describe("E4: a body over every limit is still answered in E4's order, and answered", () => {
  const big = "x".repeat(1.5 * 1024 * 1024);
  const upload = (method: string, path: string, localAddress?: string) =>
    rawRequest(
      server.url,
      `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: ${ada}\r\ncontent-type: application/json\r\ncontent-length: ${big.length}\r\n${close}\r\n${big}`,
      localAddress,
    );
  test.each([
    ["POST", "/v1/nope", undefined, 404],
    ["PUT", "/v1/requester", undefined, 405],
    ["POST", "/v1/tokens", "127.0.0.2", 403],
    ["POST", "/v1/tokens", undefined, 413],
    ["POST", "/__mock/seed", undefined, 413],
  ])("%s %s (1.5 MiB) from %s -> %i", async (method, path, from, status) => {
    const response = await upload(method, path, from);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body).status).toBe(status);
  });
});

describe("E6: the server's log never carries a secret pasted into a path", () => {
  test("the log line shows the prefix only", async () => {
    const secret = DEMO.tokens.grace.secret;
    await fetch(`${server.url}/v1/tokens/${secret}`, { headers: { authorization: ada } });
    await fetch(`${server.url}/elsewhere/${secret}`);
    const lines = JSON.stringify(logged);
    expect(lines).not.toContain(secret.slice(12));
    expect(lines).toContain(`/v1/tokens/${secret.slice(0, 12)}…`);
  });
});

describe("E7: the clock cannot be moved outside 1970-9999", () => {
  test.each([
    { advance: { days: 1e9 } },
    { advance: 8.64e15 },
    { set: "1969-12-31T23:59:59Z" },
    { freeze: true, advance: { days: 3_000_000 } },
  ])("POST /__mock/clock %j -> 400, the clock unchanged", async (body) => {
    const clock = (init?: RequestInit) =>
      fetch(`${server.url}/__mock/clock`, {
        ...init,
        headers: { "x-mock-session": "clock-range", "content-type": "application/json" },
      });
    const before = await (await clock()).json();
    const response = await clock({ method: "POST", body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe("invalid_request");
    expect(await (await clock()).json()).toEqual(before);
    const api = await fetch(`${server.url}/v1/requester`, {
      headers: { authorization: ada, "x-mock-session": "clock-range" },
    });
    expect(api.status).toBe(200);
  });

  test("in-process, api.clock refuses the move with a RangeError and keeps its time", () => {
    const api = createMockApi({ seed: "empty", now: "2026-11-22T10:00:00Z", freezeClock: true });
    expect(() => api.clock.advance({ days: 1e9 })).toThrow(RangeError);
    expect(() => api.clock.set("+300000-01-01T00:00:00Z")).toThrow(/between 1970-01-01 and 9999-12-31/);
    expect(() => api.clock.set("not a date")).toThrow(RangeError);
    expect(api.clock.now().toISOString()).toBe("2026-11-22T10:00:00.000Z");
  });
});

test("requests pipelined on one connection run in the order they were sent (RFC 9112 §9.3.2): a revoke with no body does not overtake a rotate whose body is still read", async () => {
  const { url, close } = await startServer();
  try {
    const { hostname, port } = new URL(url);
    /** Every status the server answers `text` with, in order, read to the connection's close. */
    const statuses = (text: string) =>
      new Promise<number[]>((resolve, reject) => {
        const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(text));
        let out = "";
        socket.setEncoding("latin1");
        socket.on("data", (chunk) => {
          out += chunk;
        });
        socket.on("error", reject);
        socket.on("close", () => resolve([...out.matchAll(/HTTP\/1\.1 (\d+)/g)].map((m) => Number(m[1]))));
      });
    const head = (secret: string) =>
      `host: 127.0.0.1\r\nx-mock-session: pipelined\r\nauthorization: Bearer ${secret}\r\n`;
    const ada = DEMO.tokens.ada.secret;
    const grace = DEMO.tokens.grace;
    expect(await statuses(`GET /v1/requester HTTP/1.1\r\n${head(ada)}connection: close\r\n\r\n`)).toEqual([
      200,
    ]);
    const answered = await statuses(
      `POST /v1/tokens/${grace.id}/rotate HTTP/1.1\r\n${head(grace.secret)}content-type: application/json\r\ncontent-length: 2\r\n\r\n{}` +
        `DELETE /v1/tokens/${grace.id} HTTP/1.1\r\n${head(ada)}connection: close\r\n\r\n`,
    );
    // Grace rotates her token first (200), then Ada revokes it (200); the other order would refuse the rotate.
    expect(answered).toEqual([200, 200]);
  } finally {
    await close();
  }
});
