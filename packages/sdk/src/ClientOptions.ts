import type { Logger } from "./Logger.js";

/** Email and password for logging in (A5). */
export interface Credentials {
  email: string;
  password: string;
}

interface CommonClientOptions {
  /** Base URL of the service, e.g. `https://api.tessera.dev`, or `http://127.0.0.1:4010` for the local mock. */
  baseUrl: string;
  /** Custom fetch (defaults to globalThis.fetch); inject the mock's `fetch` in tests. */
  fetch?: (input: Request) => Promise<Response>;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /** Retries after network errors, timeouts, 408, 429 and 5xx (default 2; 0 turns retrying off). */
  retries?: number;
  /** Time limit for each attempt in milliseconds (default 60000). */
  timeoutMs?: number;
  /** Allow sending credentials over plain `http://` to a non-loopback host (default false, A4). */
  allowInsecureHttp?: boolean;
  /** Receives request, retry and session logs with credentials redacted (default: no logging). */
  logger?: Logger;
  /** Waits between retries (default: a timer that stops when the signal aborts); tests can skip the wait. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Authenticate every request with one secret. */
interface TokenClientOptions extends CommonClientOptions {
  /** Secret sent with every request (session, personal, organization or legacy); checked offline first. */
  token?: string;
  /** Authorization scheme for `token` (default `"Bearer"`; the service also accepts `"ApiKey"`, A2). */
  scheme?: "Bearer" | "ApiKey";
  credentials?: never;
}

/** Log in with email and password on the first request, and again when the session expires. */
interface CredentialsClientOptions extends CommonClientOptions {
  /** Email and password; the client logs in lazily and renews an expired session once per request. */
  credentials: Credentials;
  token?: never;
  scheme?: never;
}

/** Options for {@link createClient}: a `token`, or `credentials`, or neither (then call `auth.login`). */
export type ClientOptions = TokenClientOptions | CredentialsClientOptions;
