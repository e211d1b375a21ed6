/**
 * Targets on a real loopback port: one server per test file, one `X-Mock-Session` per test, so the
 * shared scenarios run over HTTP exactly as in-process.
 */
import type { Socket } from "node:net";
import { createMockServer, type MockServerOptions } from "@tessera/mock/server";
import { viaHost } from "../../packages/conformance/src/target/viaHost.js";
import { guardContract } from "./contractGuard.js";
import type { MockControl, Target } from "./target.js";

let counter = 0;

/** Where `fromElsewhere` connects from: a loopback address the test server is told is remote. */
export const ELSEWHERE_LOCAL = "127.0.0.2";
/** The address the server sees for those connections (TEST-NET-2, RFC 5737: never a real host). */
export const ELSEWHERE_ADDRESS = "198.51.100.2";

/**
 * Starts a mock server on a free port with the suite's frozen clock. Connections from 127.0.0.2
 * reach it as if from 198.51.100.2, another machine: the kernel's answer for a remote peer is
 * stood in for, everything after it (H4, A4, lastUsedIp) is the server's own.
 */
export async function startServer(options: MockServerOptions = {}) {
  const server = createMockServer({
    port: 0,
    ...options,
    mock: { freezeClock: true, now: "2026-11-22T10:00:00.000Z", ...options.mock },
  });
  server.server.prependListener("connection", (socket: Socket) => {
    if (socket.remoteAddress?.replace(/^::ffff:/, "") === ELSEWHERE_LOCAL) {
      Object.defineProperty(socket, "remoteAddress", { value: ELSEWHERE_ADDRESS, configurable: true });
    }
  });
  const { url } = await server.listen();
  return { url, close: () => server.close(), server };
}

/** A fresh session on the server at `serverUrl` (or the named `session`, to share one with another client). */
export function httpTarget(serverUrl: string, session = `test-${process.pid}-${++counter}`): Target {
  const send = (request: Request) => {
    const headers = new Headers(request.headers);
    headers.set("x-mock-session", session);
    const withSession = new Request(request, { headers });
    return new URL(request.url).origin === serverUrl ? fetch(withSession) : viaHost(serverUrl, withSession);
  };
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${serverUrl}/__mock/${path}`, {
      method,
      headers: {
        "x-mock-session": session,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`/__mock/${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  const controls: MockControl = {
    advanceClock: async (duration) => void (await control("POST", "clock", { advance: duration })),
    setRole: async (userId, organizationId, role) =>
      void (await control("POST", "members", { userId, organizationId, role })),
    removeMember: async (userId, organizationId) =>
      void (await control("DELETE", "members", { userId, organizationId })),
    notifications: async () => (await control("GET", "outbox")).notifications,
    journal: async () => (await control("GET", "journal")).entries,
    failWith: async (status, options) =>
      void (await control("POST", "faults", { kind: "status", status, ...options })),
    seed: async (fixture) => void (await control("POST", "seed", fixture)),
  };
  const fromElsewhere = (request: Request) => {
    const headers = new Headers(request.headers);
    headers.set("x-mock-session", session);
    return viaHost(serverUrl, new Request(request, { headers }), ELSEWHERE_LOCAL);
  };
  return {
    baseUrl: serverUrl,
    fetch: guardContract(send),
    control: controls,
    fromElsewhere: guardContract(fromElsewhere),
  };
}
