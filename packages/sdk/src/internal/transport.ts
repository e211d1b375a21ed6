import type { ClientOptions, Credentials } from "../ClientOptions.js";
import type { IdempotentRequestOptions, RequestOptions } from "../RequestOptions.js";
import { ConnectionError, TimeoutError } from "../TesseraError.js";
import type { Session } from "../types.js";
import { assertSecureUrl } from "./isSecureUrl.js";
import { raceAbort } from "./raceAbort.js";
import { randomUUID } from "./randomUUID.js";
import { redactBody, redactHeaders } from "./redact.js";
import { retryDelay } from "./retryDelay.js";
import { sleep } from "./sleep.js";

/** Options of one logical request as the resources pass them to the transport. */
export interface SendOptions extends IdempotentRequestOptions {
  /** Send no credential at all (an operation that takes none, P4); any Authorization is dropped. */
  anonymous?: boolean;
}

/** Sends one logical request (with retries and timeouts). */
export type Send = (request: Request, options?: SendOptions) => Promise<Response>;

/** The client's connection: its {@link Send}, and the session it logged in for. */
export type Transport = [
  /** The fetch that both the resource methods and `client.raw` go through. */
  send: Send,
  /** Logs in (A5) and, on success, uses the session for every later request. */
  login: (credentials: Credentials, options?: RequestOptions) => Promise<Response>,
  /** Whether there is no session to log out of: none yet, or only credentials waiting to log in. */
  loggedOut: () => boolean,
  /** Forgets the session (after logout); a configured token or credentials take over again. */
  forget: () => void,
];

/** Lets go of a response that will not be read (its connection can then be reused). */
const discard = (response: Response | undefined) => response?.body?.cancel().catch(() => {});

/**
 * The transport of one client. It holds the credential: a fixed token, or a session from logging in
 * at `loginUrl` (lazily with `credentials`, then again when the session expires; concurrent requests
 * that all need a login share one). For one logical request, `send` attaches the credential (logging
 * in when needed), refuses plain HTTP to remote hosts (A4), adds one Idempotency-Key to a POST for
 * all its attempts (T18), gives each attempt a fresh timeout signal combined with the caller's,
 * retries network errors, timeouts, 408, 429 and 5xx with backoff or as `Retry-After` asks, renews
 * an expired session once, and logs with credentials redacted.
 */
export function createTransport(config: ClientOptions, loginUrl: string): Transport {
  const { logger, token, scheme = "Bearer", credentials } = config;
  // The global fetch is looked up at each call, so that one installed later is used.
  const fetchAttempt = config.fetch ?? ((request: Request) => fetch(request));
  let warnedDeprecation = false;
  /** The session in use, as its Authorization value, and when it expires. */
  let session: string | undefined;
  let sessionExpiresAt = 0;
  /** The login under way, which every request that needs one waits for. */
  let pending: Promise<Response> | undefined;

  const login = async (account: Credentials, options?: RequestOptions) => {
    // HTTP Basic, UTF-8 encoded so non-Latin-1 passwords work: `btoa` alone throws on characters
    // above U+00FF, and Buffer would tie the SDK to Node.
    let binary = "";
    for (const byte of new TextEncoder().encode(`${account.email}:${account.password}`)) {
      binary += String.fromCharCode(byte);
    }
    const headers = { ...config.headers, authorization: `Basic ${btoa(binary)}` };
    logger?.info("logging in with email and password");
    const response = await send(new Request(loginUrl, { method: "POST", headers }), options);
    if (response.ok) {
      const { value, expiresAt } = (await response.clone().json()) as Session;
      const expires = Date.parse(expiresAt);
      // A session that looks expired on arrival means our clock disagrees with the server's; trust
      // the server then, which answers token_expired when it is.
      session = `Bearer ${value}`;
      sessionExpiresAt = expires > Date.now() ? expires : Infinity;
    }
    return response;
  };

  const send: Send = async (request, options = {}) => {
    const retries = options.retries ?? config.retries ?? 2;
    const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? 60_000;
    const caller = options.signal ?? request.signal;
    const body = request.body ? await request.arrayBuffer() : undefined;
    const headers = new Headers(request.headers);
    // The caller's Idempotency-Key, or a new one for a POST that has none.
    const { idempotencyKey } = options;
    if (idempotencyKey !== undefined || (request.method === "POST" && !headers.has("idempotency-key"))) {
      headers.set("idempotency-key", idempotencyKey ?? randomUUID());
    }
    // An operation that takes no credential (leak reports, P4) is sent without one: never log in for
    // it, and never hand a secret to an endpoint that does not need it.
    if (options.anonymous) headers.delete("authorization");
    const explicitAuthorization = options.anonymous || headers.has("authorization");
    const label = `${request.method} ${request.url}`;
    let retried = 0;
    let renewed = false;

    /**
     * Waits before the next attempt (as the failed `response` asks, or the backoff), letting go of
     * the response; resolves false, at once, when the retries are used up or the server asked for
     * too long a wait.
     */
    const retry = async (reason: string | number, response?: Response) => {
      const delay = retryDelay(retried, response?.headers, Date.now());
      if (retried >= retries || delay === undefined) return false;
      discard(response);
      retried++;
      logger?.info(`retrying ${label} in ${Math.round(delay)} ms (${retried} of ${retries}) after ${reason}`);
      await (config.sleep ?? sleep)(delay, caller);
      return true;
    };

    for (;;) {
      if (caller.aborted) throw caller.reason;
      const attemptHeaders = new Headers(headers);
      // The credential of this attempt, unless the request brought its own or takes none: the
      // configured token, or the session, logging in first when there is no live one.
      let authorization: string | undefined;
      if (!explicitAuthorization) {
        if (credentials && (!session || sessionExpiresAt <= Date.now())) {
          session = undefined;
          pending ??= login(credentials).finally(() => {
            pending = undefined;
          });
          const response = await pending;
          // The lazy login failed: surface its problem, each waiter with its own copy.
          if (!response.ok) return response.clone();
        }
        authorization = session ?? (token === undefined ? undefined : `${scheme} ${token}`);
        if (authorization) attemptHeaders.set("authorization", authorization);
      }
      if (attemptHeaders.has("authorization")) assertSecureUrl(request.url, config.allowInsecureHttp);

      // A fresh signal per attempt: the caller's abort, or this attempt's own time limit.
      const timeout = new AbortController();
      // setTimeout fires at once for delays past 2^31-1 ms, so a longer limit (Infinity) means none.
      const timer = timeoutMs < 2 ** 31 ? setTimeout(() => timeout.abort(), timeoutMs) : undefined;
      const signal = AbortSignal.any([caller, timeout.signal]);
      const started = Date.now();
      logger?.debug(`→ ${label}`, {
        headers: redactHeaders(attemptHeaders),
        body: body && redactBody(new TextDecoder().decode(body)),
      });

      let response: Response;
      try {
        response = await raceAbort(
          fetchAttempt(new Request(request, { headers: attemptHeaders, body, signal })),
          signal,
        );
      } catch (error) {
        if (caller.aborted) throw caller.reason; // the caller's abort wins over retrying
        const failure = timeout.signal.aborted
          ? new TimeoutError(`${label} timed out after ${timeoutMs} ms`)
          : new ConnectionError(
              `${label} failed: ${error instanceof Error ? error.message : String(error)}`,
              {
                cause: error,
              },
            );
        if (await retry(failure.name)) continue;
        logger?.error(failure.message);
        throw failure;
      } finally {
        clearTimeout(timer);
      }
      // The signal stays linked to the caller's so that aborting still stops reading the body.
      const { status, headers: responseHeaders } = response;
      if (logger) {
        if (!warnedDeprecation && responseHeaders.has("deprecation")) {
          warnedDeprecation = true;
          logger.warn("this credential is a deprecated legacy key (T17): rotate it to get a tsr_ secret", {
            sunset: responseHeaders.get("sunset"),
            link: responseHeaders.get("link"),
          });
        }
        const details = { requestId: responseHeaders.get("x-request-id"), ms: Date.now() - started };
        const message = `← ${status} ${label}`;
        response
          .clone()
          .text()
          .then(
            (text) => logger.debug(message, { ...details, body: redactBody(text) }),
            () => logger.debug(message, details),
          );
      }

      // With credentials, the credential is always a session's, which logging in again renews.
      if (
        status === 401 &&
        credentials &&
        authorization &&
        !renewed &&
        (await response
          .clone()
          .json()
          .then((problem: { code?: unknown } | null) => problem?.code === "token_expired")
          .catch(() => false))
      ) {
        renewed = true; // once per call: a second 401 is returned, never looped on
        // Forget the session unless a concurrent request already replaced it.
        if (session === authorization) session = undefined;
        logger?.info("the session expired; logging in again");
        discard(response);
        continue;
      }
      if ((status === 408 || status === 429 || status >= 500) && (await retry(status, response))) {
        continue;
      }
      return response;
    }
  };

  return [
    send,
    login,
    () => !session && token === undefined,
    () => {
      session = undefined;
    },
  ];
}
