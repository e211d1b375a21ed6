import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { DEFAULT_CONFIG } from "../../domain/context.js";
import { DomainError } from "../../domain/errors.js";
import { type Answer, answerOf, DROPPED } from "../../handlers/answer.js";
import { devUtils } from "../../handlers/devUtils.js";
import type { JournalEntry } from "../../handlers/journal.js";
import { internalError, problemAnswer } from "../../handlers/problem.js";
import { redactPath, redactSecrets } from "../../handlers/redact.js";
import { FixtureError } from "../../seed/FixtureError.js";
import { validateFixture } from "../../seed/validateFixture.js";
import type { MockApi, MockApiOptions } from "../MockApi.js";
import { respondLight, sealedFixture } from "../mockInstance.js";
import { answerClientError } from "./clientError.js";
import { refuseControl } from "./controlGuard.js";
import { handleControl, handleSessionsControl } from "./controlRoutes.js";
import { createCorsPolicy } from "./cors.js";
import { handleDocs } from "./docs.js";
import { normalizeHostname } from "./hostNames.js";
import { SERVER_LIMITS } from "./limits.js";
import {
  ClientGone,
  connectionOf,
  fetchRequestOf,
  isOversized,
  MalformedRequest,
  pipelineRequestOf,
  readRequest,
  writeAnswer,
} from "./nodeHttp.js";
import { openPersistence, type Persistence } from "./persistence.js";
import { createSessions, DEFAULT_SESSION, type Sessions } from "./sessions.js";

/** A call to the API itself (any method but a CORS preflight's, on `/v1/...`). */
const isApiCall = (method: string, path: string) => method !== "OPTIONS" && path.startsWith("/v1/");

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
  /** Start even if a record of the state file is damaged: keep the records before it (default false). */
  persistRepair?: boolean;
  /** Called after each request: API requests carry their journal entry. */
  onRequest?: (line: RequestLogLine) => void;
  /**
   * Believe one proxy in front (default false): the last address it appends to `X-Forwarded-For`
   * is the caller's, its last `X-Forwarded-Proto` says whether the client used TLS. Only for a
   * server reached solely through such a proxy. Without it the caller's address and whether plain
   * HTTP is allowed (A4) come from the connection alone (H4).
   */
  trustProxy?: boolean;
  /**
   * Host names `/__mock/*` answers besides loopback ones (`localhost`, `*.localhost`, `127.x.x.x`,
   * `[::1]`), with any port (default none). Other `Host` headers get 403 (H5: DNS rebinding).
   */
  controlHosts?: string[];
  /**
   * Origins a browser app may call `/v1` from, such as `http://localhost:5173`, or `*` for any
   * (default: any when `host` is a loopback address, none otherwise). `/__mock` never gets CORS.
   */
  corsOrigins?: string[];
  /** X-Mock-Session states kept in memory (default 1000); see {@link SessionsOptions.maxSessions}. */
  maxSessions?: number;
  /** Connections open at once (default 1000); more are closed as they arrive. */
  maxConnections?: number;
  /** Time a client has to send its request headers, in ms (default 10 s); then 408. */
  headersTimeoutMs?: number;
  /** Time a client has to send its whole request, in ms (default 60 s); then 408. */
  requestTimeoutMs?: number;
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

/** The mock service on a real port (`createMockServer`). */
export interface MockServer {
  /** The underlying node:http server. */
  readonly server: Server;
  /** The isolated mock instances, one per `X-Mock-Session` name. */
  readonly sessions: Sessions;
  /** Whether a torn last record (a write cut short by a crash, never acknowledged) was dropped on load. */
  readonly droppedTornLine: boolean;
  /** Starts listening; rejects with a clear error when the port is in use. */
  listen(): Promise<{ url: string; port: number }>;
  /** Stops accepting, finishes in-flight requests, compacts the state file and closes it. */
  close(): Promise<void>;
}

const BAD_SESSION = "X-Mock-Session must be 1-64 characters of A-Z a-z 0-9 . _ : -";
const MALFORMED = "The request line or the Host header cannot be read as a URL.";

/** The answer for a path nothing serves. */
const notFound = (path: string) =>
  problemAnswer(new DomainError(404, "not_found", `Nothing at ${redactPath(path)}; try /docs.`), {
    instance: redactPath(path),
  });

/** The path of a request target, before any URL is made of it (the target itself when it has no query). */
function pathOf(target = "/"): string {
  const query = target.indexOf("?");
  return query < 0 ? target : target.slice(0, query);
}

/**
 * The mock service on a real port (`createMockServer`, mockServer.ts), with each session's instance
 * made by `newApi`: `createMockApi` for the library, an instance that loads msw only when asked
 * for the CLI (whose start then never loads msw).
 */
export function createMockServerWith(
  newApi: (options: MockApiOptions) => MockApi,
  given: MockServerOptions = {},
): MockServer {
  // A bad seed throws a FixtureError here, rather than failing each session's first request.
  let mock = given.mock;
  const seed = mock?.seed;
  if (typeof seed === "object") {
    const now = new Date(mock?.now ?? Date.now()).getTime();
    const { tokenLimit } = { ...DEFAULT_CONFIG, ...mock?.config };
    const problems = validateFixture(seed, { now, tokenLimit });
    if (problems.length > 0) throw new FixtureError(problems);
    // Checked once here; the sessions share a frozen copy, never checked or copied again.
    mock = { ...mock, seed: sealedFixture(seed, now, tokenLimit) };
  }
  // What the server keeps (its handlers read these options on every request) holds the checked
  // copy, not the caller's fixture: the CLI's --seed as parsed is then garbage once it started,
  // not a second copy of the seed beside the first (48 MB at 50,000 tokens, which every full
  // garbage collection marked again; issue 17).
  const options: MockServerOptions = { ...given, mock };
  // Locks the file before anything reads it; throws PersistFileRefused (one line) when it cannot.
  const persistence: Persistence | undefined = options.persist
    ? openPersistence(options.persist, { repair: options.persistRepair === true })
    : undefined;
  /** Journal entries of requests in flight, by request id, so each log line gets its own. */
  const pending = new Map<string, JournalEntry>();
  const sessions = createSessions({
    newApi,
    // Each of up to maxSessions sessions keeps its journal: 1000 entries each unless asked.
    mock: { journalLimit: SERVER_LIMITS.journalLimit, ...mock },
    persistence,
    maxSessions: options.maxSessions,
    // Only a request log needs the entry (for its credential id).
    onRequest: options.onRequest
      ? (_session, entry) => {
          if (entry.status !== 0) pending.set(entry.requestId, entry);
        }
      : undefined,
  });

  const controlHosts = new Set(
    (options.controlHosts ?? []).map((name) => {
      const hostname = normalizeHostname(name);
      if (!hostname)
        throw new TypeError(devUtils.formatMessage(`${JSON.stringify(name)} is not a host name.`));
      return hostname;
    }),
  );
  const cors = createCorsPolicy(options.corsOrigins, options.host ?? "127.0.0.1");

  let closing = false;
  // Without Node's own Host check, a request missing one gets a problem document from readRequest.
  const requestTimeout = options.requestTimeoutMs ?? SERVER_LIMITS.requestTimeoutMs;
  /** One request, answered (see `answerInOrder`). */
  async function answerRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const started = performance.now();
      const session = String(req.headers["x-mock-session"] ?? DEFAULT_SESSION);
      let answer: Answer;
      try {
        if (!sessions.isValidName(session)) {
          answer = problemAnswer(new DomainError(400, "invalid_request", BAD_SESSION));
        } else {
          const reading = readRequest(req);
          const read = reading instanceof Promise ? await reading : reading;
          const path = read.parsedUrl.pathname;
          const connection = () => connectionOf(req, options.trustProxy);
          if (isApiCall(read.method, path)) {
            // The API's own calls skip the controls and the docs (none of them answers under
            // /v1 but a preflight), the Fetch Request (see pipelineRequest.ts) and the Fetch
            // Response (see answer.ts).
            answer =
              (await sessions.use(session, (api, light) =>
                respondLight(api, light, pipelineRequestOf(read), connection(), () => fetchRequestOf(read)),
              )) ?? notFound(path);
          } else {
            const request = fetchRequestOf(read);
            // Refused before the session is looked up: a refused request creates no session either.
            const response =
              cors.preflight(request, path) ??
              (path.startsWith("/__mock")
                ? refuseControl(request, controlHosts, isOversized(request))
                : null) ??
              (await handleDocs(path)) ??
              (await handleSessionsControl(request, path, sessions)) ??
              (await sessions.use(
                session,
                async (api) =>
                  (await handleControl(request, path, api, { session, persistence })) ??
                  (await api.respond(request, connection())),
              ));
            answer = response ? await answerOf(response) : notFound(path);
          }
        }
      } catch (error) {
        if (error instanceof ClientGone) {
          res.destroy();
          return;
        }
        if (error instanceof MalformedRequest) {
          answer = problemAnswer(new DomainError(400, "invalid_request", MALFORMED));
        } else if (error instanceof DomainError && error.code === "storage_unavailable") {
          // A control or a session's seed that the state file refused: nothing was applied.
          answer = problemAnswer(error, {
            headers: { "retry-after": String(error.extras.retryAfterSeconds ?? 1) },
          });
        } else {
          devUtils.error("unexpected error:", error);
          answer = problemAnswer(internalError("The mock server hit an unexpected error."));
        }
      }
      const requestId = answer.headers["x-request-id"] ?? null;
      // Entries are kept only for a request log (see `onRequest` above).
      const entry = requestId && options.onRequest ? pending.get(requestId) : undefined;
      if (entry) pending.delete(requestId as string);
      if (answer === DROPPED) {
        // An injected network error: drop the connection without an answer.
        res.destroy();
      } else {
        // While stopping, ask the client to close its connection so shutdown need not wait for keep-alive.
        if (closing) res.setHeader("connection", "close");
        writeAnswer(res, answer, cors.headersFor(answer.headers.vary, req.headers.origin, pathOf(req.url)));
      }
      options.onRequest?.({
        method: redactSecrets(req.method ?? "GET"),
        path: redactPath(pathOf(req.url)),
        status: answer.status,
        ms: Math.round((performance.now() - started) * 100) / 100,
        credentialId: entry?.credentialId ?? null,
        session,
        requestId,
      });
    } finally {
      nextOnConnection(req.socket);
    }
  }

  /**
   * Requests of one connection (pipelined: sent before the previous answer) are handled in the
   * order they were sent, each after the one before it is answered (RFC 9112 §9.3.2): a request
   * with no body is handled as soon as it is read, and must not overtake a write sent before it
   * whose body is still arriving. The connections with a request being handled, each with the
   * requests waiting behind it.
   */
  const handling = new WeakMap<Socket, (() => void)[]>();
  const answerInOrder = (req: IncomingMessage, res: ServerResponse) => {
    const waiting = handling.get(req.socket);
    if (waiting) waiting.push(() => void answerRequest(req, res));
    else {
      handling.set(req.socket, []);
      void answerRequest(req, res);
    }
  };
  const nextOnConnection = (socket: Socket) => {
    const next = handling.get(socket)?.shift();
    if (next) next();
    else handling.delete(socket);
  };

  const server: Server = createServer(
    {
      requireHostHeader: false,
      headersTimeout: Math.min(options.headersTimeoutMs ?? SERVER_LIMITS.headersTimeoutMs, requestTimeout),
      requestTimeout,
      keepAliveTimeout: SERVER_LIMITS.keepAliveTimeoutMs,
      // How often Node checks those two timeouts (its default, 30 s, would let them run late).
      connectionsCheckingInterval: Math.min(1000, requestTimeout),
    },
    answerInOrder,
  );
  server.maxConnections = options.maxConnections ?? SERVER_LIMITS.maxConnections;
  server.on("clientError", answerClientError);

  return {
    server,
    sessions,
    droppedTornLine: persistence?.droppedTornLine ?? false,
    async listen(): Promise<{ url: string; port: number }> {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          // A server that never listened leaves the state file as it found it, and unlocked.
          persistence?.close();
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
          // Synchronous, so no request is served before the file is compacted.
          persistence?.compact();
          resolve();
        });
      });
      const { port } = server.address() as AddressInfo;
      const host = options.host ?? "127.0.0.1";
      const shown =
        host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
      return { url: `http://${shown}:${port}`, port };
    },
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
