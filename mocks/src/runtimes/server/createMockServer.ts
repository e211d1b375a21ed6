import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { JournalEntry } from "../../handlers/journal.js";
import type { MockApiOptions } from "../createMockApi.js";
import { handleControl } from "./controlRoutes.js";
import { handleDocs } from "./docs.js";
import { BodyTooLarge, jsonResponse, toFetchRequest, writeFetchResponse } from "./nodeHttp.js";
import { loadPersisted, openPersistence, type Persistence } from "./persistence.js";
import { createSessions, DEFAULT_SESSION } from "./sessions.js";

/** Options for {@link createMockServer}. */
export interface MockServerOptions {
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Port (default 4010; 0 picks a free one). */
  port?: number;
  /** Options for every session's mock: seed, config, clock. */
  mock?: MockApiOptions;
  /** State file: every acknowledged write survives a crash (see persistence.ts). */
  persist?: string;
  /** Called after each request: API requests carry their journal entry. */
  onRequest?: (line: RequestLogLine) => void;
}

/** What the CLI logs for one request; never a secret. */
export interface RequestLogLine {
  method: string;
  path: string;
  status: number;
  ms: number;
  credentialId: string | null;
  session: string;
  requestId: string | null;
}

/**
 * The mock service on a real port: the same MSW handlers (via `getResponse`, so overrides apply)
 * behind node:http, with `/__mock/*` controls, `/docs`, per-caller isolation by `X-Mock-Session`,
 * and optional persistence.
 *
 * @example
 * const server = await createMockServer({ port: 0 }).listen();
 * console.log(server.url); // http://127.0.0.1:<port>
 */
export function createMockServer(options: MockServerOptions = {}) {
  const loaded = options.persist ? loadPersisted(options.persist) : undefined;
  const persistence: Persistence | undefined = options.persist ? openPersistence(options.persist) : undefined;
  /** Journal entries of requests in flight, by request id, so each log line gets its own. */
  const pending = new Map<string, JournalEntry>();
  const sessions = createSessions({
    mock: options.mock ?? {},
    saved: loaded?.sessions,
    persistence,
    onRequest: (_session, entry) => {
      if (entry.status !== 0) pending.set(entry.requestId, entry);
    },
  });

  let closing = false;
  const server: Server = createServer(async (req, res) => {
    const started = performance.now();
    const session = String(req.headers["x-mock-session"] ?? DEFAULT_SESSION);
    let response: Response | undefined;
    try {
      if (!sessions.isValidName(session)) {
        response = jsonResponse(400, {
          type: "https://docs.tessera.dev/problems/invalid_request",
          title: "Invalid request",
          status: 400,
          detail: "X-Mock-Session must be 1-64 characters of A-Z a-z 0-9 . _ : -",
          code: "invalid_request",
        });
      } else {
        const request = await toFetchRequest(req);
        const path = new URL(request.url).pathname;
        const api = sessions.get(session);
        response =
          (await handleDocs(path)) ??
          (await handleControl(request, path, api, { session, sessions, persistence })) ??
          (await api.respond(request)) ??
          jsonResponse(404, {
            type: "https://docs.tessera.dev/problems/not_found",
            title: "Not found",
            status: 404,
            detail: `Nothing at ${path}; try /docs.`,
            code: "not_found",
          });
      }
    } catch (error) {
      response =
        error instanceof BodyTooLarge
          ? jsonResponse(413, {
              type: "https://docs.tessera.dev/problems/payload_too_large",
              title: "Payload too large",
              status: 413,
              detail: "The body is larger than 64 KiB.",
              code: "payload_too_large",
            })
          : jsonResponse(500, {
              type: "https://docs.tessera.dev/problems/internal_error",
              title: "Internal error",
              status: 500,
              detail: "The mock server hit an unexpected error.",
              code: "internal_error",
            });
      if (!(error instanceof BodyTooLarge)) console.error("[tessera-mock]", error);
    }
    const requestId = response.type === "error" ? null : response.headers.get("x-request-id");
    const entry = requestId ? pending.get(requestId) : undefined;
    if (requestId) pending.delete(requestId);
    if (response.type === "error") {
      // An injected network error: drop the connection without an answer.
      res.destroy();
    } else {
      // While stopping, ask the client to close its connection so shutdown need not wait for keep-alive.
      if (closing) res.setHeader("connection", "close");
      await writeFetchResponse(res, response);
    }
    options.onRequest?.({
      method: req.method ?? "GET",
      path: (req.url ?? "/").split("?")[0] ?? "/",
      status: response.type === "error" ? 0 : response.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
      credentialId: entry?.credentialId ?? null,
      session,
      requestId,
    });
  });
  server.keepAliveTimeout = 5000;

  return {
    server,
    sessions,
    /** Whether a torn last line (a write cut short by a crash, never acknowledged) was dropped on load. */
    droppedTornLine: loaded?.droppedTornLine ?? false,
    /** Starts listening; rejects with a clear error when the port is in use. */
    async listen(): Promise<{ url: string; port: number }> {
      if (persistence && loaded) persistence.compact(loaded.sessions);
      await new Promise<void>((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          reject(
            error.code === "EADDRINUSE"
              ? new Error(
                  `Port ${options.port ?? 4010} on ${options.host ?? "127.0.0.1"} is already in use; pick another with --port.`,
                )
              : error,
          );
        };
        server.once("error", onError);
        server.listen(options.port ?? 4010, options.host ?? "127.0.0.1", () => {
          server.off("error", onError);
          resolve();
        });
      });
      const { port } = server.address() as AddressInfo;
      const host = options.host ?? "127.0.0.1";
      const shown =
        host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
      return { url: `http://${shown}:${port}`, port };
    },
    /** Stops accepting, finishes in-flight requests, compacts the state file and closes it. */
    async close(): Promise<void> {
      closing = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      if (persistence) {
        persistence.compact(await sessions.saveAll());
        persistence.close();
      }
    },
  };
}

export type MockServer = ReturnType<typeof createMockServer>;
