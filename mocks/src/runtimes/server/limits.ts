/**
 * The local server's default limits (each has a `tessera-mock` flag and a `MockServerOptions`
 * field). Kept free of imports, so the CLI can show them in `--help` before loading the server.
 */

/** X-Mock-Session states kept in memory (`--max-sessions`); the least recently used idle one goes. */
export const DEFAULT_MAX_SESSIONS = 1000;

export const SERVER_LIMITS = {
  /** Connections open at once (`--max-connections`); more are closed as they arrive. */
  maxConnections: 1000,
  /** Time to receive a request's headers (`--headers-timeout`), then 408. */
  headersTimeoutMs: 10_000,
  /** Time to receive a whole request, body included (`--request-timeout`), then 408. */
  requestTimeoutMs: 60_000,
  /** Requests each session's journal keeps (`GET /__mock/journal`). */
  journalLimit: 1000,
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: 5_000,
};
