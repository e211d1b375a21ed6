/**
 * The local server stays bounded when left running (issue 13, DESIGN.md §4): sessions are capped
 * with the least recently used idle one evicted (and brought back from the file with --persist), a
 * session can be dropped, 2,000 sessions keep the cap, slow clients are timed out with a problem
 * document, connections are capped, and a body over the limit gets 413 whatever its size.
 */

import { rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMockApi, DEMO } from "@tessera/mock";
import type { MockServerOptions } from "@tessera/mock/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { type RunningCli, startCli } from "../support/cliProcess.js";
import { startServer } from "../support/httpTarget.js";
import { rawRequest } from "../support/rawHttp.js";

vi.setConfig({ testTimeout: 120_000 });

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});
const start = async (options: MockServerOptions) => {
  const server = await startServer(options);
  open.push(server);
  return server;
};

const ada = (session: string) => ({
  authorization: `Bearer ${DEMO.tokens.ada.secret}`,
  "content-type": "application/json",
  "x-mock-session": session,
});
const createToken = async (url: string, session: string, label: string) => {
  const response = await fetch(`${url}/v1/tokens`, {
    method: "POST",
    headers: ada(session),
    body: JSON.stringify({
      label,
      type: "personal",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "visible",
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: { id: string } }).token;
};
const tokenStatus = async (url: string, session: string, id: string) =>
  (await fetch(`${url}/v1/tokens/${id}`, { headers: ada(session) })).status;
const touch = async (url: string, session: string) =>
  expect((await fetch(`${url}/v1/requester`, { headers: ada(session) })).status).toBe(200);
const sessionNames = async (url: string) =>
  ((await (await fetch(`${url}/__mock/sessions`)).json()) as { sessions: string[] }).sessions;

describe("sessions are capped; the least recently used idle one is evicted", () => {
  test("--max-sessions 3: a fourth session evicts the one used longest ago, whose state is gone", async () => {
    const { url } = await start({ maxSessions: 3 });
    const token = await createToken(url, "a", "kept until evicted");
    await touch(url, "b");
    await touch(url, "c");
    await touch(url, "a"); // a is now the most recently used: b goes next
    await touch(url, "d");
    expect(await sessionNames(url)).toEqual(["c", "a", "d"]);
    expect(await tokenStatus(url, "a", token.id)).toBe(200); // a used again: c, d, a
    await touch(url, "e"); // evicts c
    await touch(url, "b"); // comes back from the seed, evicting d
    await touch(url, "f"); // evicts a
    expect(await sessionNames(url)).toEqual(["e", "b", "f"]);
    // Without --persist an evicted session starts again from the seed.
    expect(await tokenStatus(url, "a", token.id)).toBe(404);
  });

  test("listing sessions creates none", async () => {
    const { url } = await start({ maxSessions: 3 });
    await fetch(`${url}/__mock/sessions`, { headers: { "x-mock-session": "lister" } });
    expect(await sessionNames(url)).toEqual([]);
  });

  test("2,000 sessions through one server keep at most --max-sessions in memory, and each answers", async () => {
    const { url, server } = await start({ maxSessions: 500 });
    for (let batch = 0; batch < 2000; batch += 100) {
      const statuses = await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const response = await fetch(`${url}/v1/requester`, { headers: ada(`s-${batch + i}`) });
          await response.arrayBuffer();
          return response.status;
        }),
      );
      expect(statuses.every((status) => status === 200)).toBe(true);
      expect(server.sessions.names().length).toBeLessThanOrEqual(500);
    }
    const names = server.sessions.names();
    expect(names).toHaveLength(500);
    // The newest 500 are the ones kept.
    expect(names).toContain("s-1999");
    expect(names).not.toContain("s-0");
  });

  test("a session with a request in flight is never evicted (its write lands where later requests look)", async () => {
    const { createSessions } = await import("../../mocks/src/runtimes/server/sessions.js");
    const sessions = createSessions({ newApi: createMockApi, mock: { seed: "empty" }, maxSessions: 2 });
    let finish = () => {};
    const inFlight = sessions.use("busy", () => new Promise<void>((resolve) => (finish = resolve)));
    await sessions.use("x", async () => undefined);
    await sessions.use("y", async () => undefined);
    expect(sessions.names()).toContain("busy");
    finish();
    await inFlight;
    await sessions.use("z", async () => undefined);
    expect(sessions.names()).not.toContain("busy");
  });

  test("with --persist an evicted session comes back from the file as it was, across a restart too", async () => {
    const file = join(tmpdir(), `tessera-evict-${process.pid}-${Date.now()}.jsonl`);
    rmSync(file, { force: true });
    try {
      const first = await startServer({ maxSessions: 2, persist: file });
      const token = await createToken(first.url, "a", "survives eviction");
      await touch(first.url, "b");
      await touch(first.url, "c"); // evicts a
      expect(first.server.sessions.names()).not.toContain("a");
      expect(await tokenStatus(first.url, "a", token.id)).toBe(200);
      const other = await createToken(first.url, "b", "evicted at close");
      await touch(first.url, "d");
      await touch(first.url, "e"); // b is on file only when the server stops and compacts
      await first.close();
      const second = await start({ maxSessions: 2, persist: file });
      expect(await tokenStatus(second.url, "a", token.id)).toBe(200);
      expect(await tokenStatus(second.url, "b", other.id)).toBe(200);
    } finally {
      rmSync(file, { force: true });
      rmSync(`${file}.lock`, { force: true });
    }
  });
});

describe("DELETE /__mock/sessions/<name> drops a session", () => {
  test("its state is gone, its next request starts from the seed; unknown -> 404, bad name -> 400", async () => {
    const { url } = await start({});
    const token = await createToken(url, "ci-job-7", "dropped with its session");
    const drop = (name: string) => fetch(`${url}/__mock/sessions/${name}`, { method: "DELETE" });
    const dropped = await drop("ci-job-7");
    expect(dropped.status).toBe(200);
    expect(await sessionNames(url)).not.toContain("ci-job-7");
    expect(await tokenStatus(url, "ci-job-7", token.id)).toBe(404);
    const unknown = await drop("never-seen");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toContain("application/problem+json");
    const bad = await drop("%20bad%20name");
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].pointer).toBe("/path/name");
  });

  test("with --persist the drop is durable: after kill -9 the session does not come back", async () => {
    const file = join(tmpdir(), `tessera-drop-${process.pid}-${Date.now()}.jsonl`);
    rmSync(file, { force: true });
    const started: RunningCli[] = [];
    try {
      const first = await startCli(["--persist", file, "--log", "silent"]);
      started.push(first);
      const token = await createToken(first.url, "gone", "dropped");
      const kept = await createToken(first.url, "kept", "kept");
      expect((await fetch(`${first.url}/__mock/sessions/gone`, { method: "DELETE" })).status).toBe(200);
      // A crash, not a clean stop (which compacts): only the log's own record says it was dropped.
      first.process.kill("SIGKILL");
      await first.exited;
      const second = await startCli(["--persist", file, "--log", "silent"]);
      started.push(second);
      expect(await tokenStatus(second.url, "gone", token.id)).toBe(404);
      expect(await tokenStatus(second.url, "kept", kept.id)).toBe(200);
    } finally {
      for (const cli of started) cli.process.kill("SIGKILL");
      rmSync(file, { force: true });
      rmSync(`${file}.lock`, { force: true });
    }
  });
});

describe("slow and greedy clients", () => {
  test("headers not sent in time -> 408 problem document, and the connection closes", async () => {
    const { url } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 300 });
    // Never finishes its headers (a slowloris client).
    const answer = await rawRequest(url, "GET /v1/requester HTTP/1.1\r\nhost: 127.0.0.1\r\nx-slow: ");
    expect(answer.status).toBe(408);
    expect(answer.head).toContain("x-request-id:");
    expect(JSON.parse(answer.body).code).toBe("request_timeout");
  });

  test("a body not sent in time -> 408, and the connection closes", async () => {
    const { url } = await start({ requestTimeoutMs: 500 });
    const answer = await rawRequest(
      url,
      `POST /v1/tokens HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: ${ada("x").authorization}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"label":`,
    );
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body).status).toBe(408);
  });

  test("connections beyond --max-connections are closed at once; a freed slot is usable again", async () => {
    const { url } = await start({ maxConnections: 2 });
    const { port } = new URL(url);
    const held = await Promise.all(
      [1, 2].map(
        () =>
          new Promise<ReturnType<typeof connect>>((resolve) => {
            const socket = connect({ host: "127.0.0.1", port: Number(port) }, () => resolve(socket));
          }),
      ),
    );
    const refused = await rawRequest(url, "GET /v1/requester HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n").catch(
      (error: NodeJS.ErrnoException) => ({ status: 0, code: error.code }),
    );
    // Closed without an HTTP answer: either no bytes at all (NaN) or a reset (0).
    expect(Number.isNaN(refused.status) || refused.status === 0).toBe(true);
    for (const socket of held) socket.destroy();
    await vi.waitFor(async () =>
      expect((await fetch(`${url}/v1/requester`, { headers: ada("x") })).status).toBe(200),
    );
  });

  test("answers carry their Content-Length, never a chunked body (the length is known)", async () => {
    const { url } = await start({});
    for (const path of ["/v1/requester", "/v1/nope", "/__mock/journal"]) {
      const answer = await rawRequest(
        url,
        `GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: ${ada("len").authorization}\r\nconnection: close\r\n\r\n`,
      );
      expect(answer.head).not.toContain("transfer-encoding");
      expect(answer.head).toContain(`content-length: ${Buffer.byteLength(answer.body, "latin1")}`);
    }
  });

  test("a client gone halfway through its body: nothing is written, and the server goes on", async () => {
    const { url } = await start({});
    const labels = async () =>
      (
        (await (await fetch(`${url}/v1/tokens?limit=100`, { headers: ada("gone") })).json()) as {
          data: { label: string }[];
        }
      ).data.map((token) => token.label);
    expect(await labels()).not.toContain("never");
    const { hostname, port } = new URL(url);
    const body = JSON.stringify({
      label: "never",
      type: "personal",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "visible",
    });
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          `POST /v1/tokens HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: ${ada("gone").authorization}\r\n` +
            `content-type: application/json\r\ncontent-length: ${body.length + 10}\r\n\r\n${body}`,
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 100);
      });
      socket.on("error", reject);
    });
    await touch(url, "gone");
    expect(await labels()).not.toContain("never");
  });

  test("MSW overrides installed on a session (sessions.get(name).use) answer over HTTP too", async () => {
    const { http, HttpResponse } = await import("msw");
    const { url, server } = await start({});
    server.sessions
      .get("overridden")
      .use(http.get("*/v1/requester", () => HttpResponse.json({ over: true })));
    const response = await fetch(`${url}/v1/requester`, { headers: ada("overridden") });
    expect(await response.json()).toEqual({ over: true });
    expect((await fetch(`${url}/v1/requester`, { headers: ada("plain") })).status).toBe(200);
  });

  test.each([4, 32])("E4: a %i MiB body gets 413 and a problem document, never a reset", async (mib) => {
    const { url } = await start({});
    const body = Buffer.alloc(mib * 1024 * 1024, "x");
    const response = await fetch(`${url}/v1/tokens`, {
      method: "POST",
      headers: ada("big"),
      body,
    });
    expect(response.status).toBe(413);
    expect((await response.json()).status).toBe(413);
  });
});
