import type { ClientOptions } from "../ClientOptions.js";
import { ConnectionError, TimeoutError } from "../TesseraError.js";
import { assertSecureUrl } from "./isSecureUrl.js";
import { raceAbort } from "./raceAbort.js";
import { randomUUID } from "./randomUUID.js";
import { redactBody, redactHeaders } from "./redact.js";
import { backoffMs, retryDelay } from "./retryDelay.js";
import type { Authorization, Send, SendOptions, SessionManager } from "./sessionManager.js";
import { sleep } from "./sleep.js";

const DEFAULT_RETRIES = 2;
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_TIMER_MS = 2 ** 31;

const isRetryable = (status: number) => status === 408 || status === 429 || status >= 500;

/** The problem code of a response, read from a copy so the response stays readable. */
async function problemCode(response: Response): Promise<unknown> {
  return response
    .clone()
    .json()
    .then((body: { code?: unknown } | null) => body?.code)
    .catch(() => undefined);
}

/** Lets go of a response that will not be read (its connection can then be reused). */
function discard(response: Response | undefined): void {
  response?.body?.cancel().catch(() => {});
}

/**
 * The fetch that both the resource methods and `client.raw` go through. For one logical request it
 * attaches the credential (logging in when needed), refuses plain HTTP to remote hosts (A4), adds one
 * Idempotency-Key to a POST for all its attempts (T18), gives each attempt a fresh timeout signal
 * combined with the caller's, retries network errors, timeouts, 408, 429 and 5xx with backoff or as
 * `Retry-After` asks, renews an expired session once, and logs with credentials redacted.
 */
export function createTransport(config: ClientOptions, sessions: SessionManager): Send {
  const { logger } = config;
  const fetch = config.fetch ?? ((request: Request) => globalThis.fetch(request));
  let warnedDeprecation = false;

  const log = (response: Response, label: string, started: number) => {
    if (!logger) return;
    const { headers, status } = response;
    if (!warnedDeprecation && headers.has("deprecation")) {
      warnedDeprecation = true;
      logger.warn("this credential is a deprecated legacy key (T17): rotate it to get a tsr_ secret", {
        sunset: headers.get("sunset"),
        link: headers.get("link"),
      });
    }
    const details = { requestId: headers.get("x-request-id"), ms: Date.now() - started };
    response
      .clone()
      .text()
      .then(
        (text) => logger.debug(`← ${status} ${label}`, { ...details, body: redactBody(text) }),
        () => logger.debug(`← ${status} ${label}`, details),
      );
  };

  return async function send(request: Request, options: SendOptions = {}): Promise<Response> {
    const retries = options.retries ?? config.retries ?? DEFAULT_RETRIES;
    const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const caller = options.signal ?? request.signal;
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const headers = new Headers(request.headers);
    if (request.method === "POST" && !headers.has("idempotency-key")) {
      headers.set("idempotency-key", randomUUID());
    }
    // An operation that takes no credential (leak reports, P4) is sent without one: never log in for
    // it, and never hand a secret to an endpoint that does not need it.
    if (options.anonymous) headers.delete("authorization");
    const explicitAuthorization = options.anonymous || headers.has("authorization");
    const label = `${request.method} ${request.url}`;
    let retried = 0;
    let renewed = false;

    /**
     * Waits `delay` ms before the next attempt, letting go of the failed `response`; resolves false,
     * at once, when the retries are used up or the server asked for too long a wait (no delay).
     */
    const retry = async (delay: number | undefined, reason: string, response?: Response) => {
      if (retried >= retries || delay === undefined) return false;
      discard(response);
      logger?.info(
        `retrying ${label} in ${Math.round(delay)} ms (${retried + 1} of ${retries}) after ${reason}`,
      );
      await (config.sleep ?? sleep)(delay, caller);
      retried++;
      return true;
    };

    for (;;) {
      if (caller.aborted) throw caller.reason;
      const attemptHeaders = new Headers(headers);
      let authorization: Authorization | undefined;
      if (!explicitAuthorization) {
        const result = await sessions.authorize();
        if (result instanceof Response) return result; // the lazy login failed: surface its problem
        authorization = result;
        if (authorization) attemptHeaders.set("authorization", authorization.header);
      }
      if (attemptHeaders.has("authorization")) assertSecureUrl(request.url, config.allowInsecureHttp);

      // A fresh signal per attempt: the caller's abort, or this attempt's own time limit.
      const timeout = new AbortController();
      // setTimeout fires at once for delays past 2^31-1 ms, so a longer limit (Infinity) means none.
      const timer = timeoutMs < MAX_TIMER_MS ? setTimeout(() => timeout.abort(), timeoutMs) : undefined;
      const signal = AbortSignal.any([caller, timeout.signal]);
      const attempt = new Request(request, { headers: attemptHeaders, body, signal });
      const started = Date.now();
      logger?.debug(`→ ${label}`, {
        headers: redactHeaders(attemptHeaders),
        body: body && redactBody(new TextDecoder().decode(body)),
      });

      let response: Response;
      try {
        response = await raceAbort(fetch(attempt), signal);
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
        if (await retry(backoffMs(retried), failure.name)) continue;
        logger?.error(failure.message);
        throw failure;
      } finally {
        clearTimeout(timer);
      }
      // The signal stays linked to the caller's so that aborting still stops reading the body.
      log(response, label, started);

      const { status } = response;
      if (
        status === 401 &&
        authorization?.renewable &&
        !renewed &&
        (await problemCode(response)) === "token_expired"
      ) {
        renewed = true; // once per call: a second 401 is returned, never looped on
        sessions.expire(authorization.secret);
        logger?.info("the session expired; logging in again");
        discard(response);
        continue;
      }
      const delay = retryDelay(retried, response.headers, Date.now());
      if (isRetryable(status) && (await retry(delay, String(status), response))) continue;
      return response;
    }
  };
}
