/**
 * Where the client reports requests, retries and session renewals. `console` fits.
 * Credentials never reach it: Authorization values and secrets in bodies are redacted.
 */
export interface Logger {
  /** Every request and response, with redacted headers and bodies. */
  debug(message: string, details?: Record<string, unknown>): void;
  /** Retries and logins. */
  info(message: string, details?: Record<string, unknown>): void;
  /** Deprecated legacy keys (T17). */
  warn(message: string, details?: Record<string, unknown>): void;
  /** Requests that failed for good without a response (connection errors, timeouts). */
  error(message: string, details?: Record<string, unknown>): void;
}
