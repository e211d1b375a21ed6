import type { Logger } from "../Logger.js";
import { ConnectionError, TesseraError, TimeoutError } from "../TesseraError.js";
import { anySignal, raceAbort } from "./anySignal.js";
import { isSecureUrl } from "./isSecureUrl.js";
import { randomUUID } from "./randomUUID.js";
import { redactBody, redactHeaders } from "./redact.js";
import { backoffMs, retryDelay } from "./retryDelay.js";
import type { Authorization, Send, SendOptions, SessionManager } from "./sessionManager.js";

export interface TransportConfig {
  fetch: (request: Request) => Promise<Response>;
  retries: number;
  timeoutMs: number;
  allowInsecureHttp: boolean;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  logger: Logger | undefined;
  /** Resolved on first use: the session manager logs in through this transport. */
  sessions: () => SessionManager;
  now: () => number;
}

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

function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}

/**
 * The fetch that both the resource methods and `client.raw` go through. For one logical request it
 * attaches the credential (logging in when needed), refuses plain HTTP to remote hosts (A4), adds one
 * Idempotency-Key to a POST for all its attempts (T18), gives each attempt a fresh timeout signal
 * combined with the caller's, retries network errors, timeouts, 408, 429 and 5xx with backoff or as
 * `Retry-After` asks, renews an expired session once, and logs with credentials redacted.
 */
export function createTransport(config: TransportConfig): Send {
  const { logger } = config;
  let warnedDeprecation = false;

  const log = (response: Response, label: string, started: number) => {
    if (!logger) return;
    if (!warnedDeprecation && response.headers.has("deprecation")) {
      warnedDeprecation = true;
      logger.warn("this credential is a deprecated legacy key (T17): rotate it to get a tsr_ secret", {
        sunset: response.headers.get("sunset"),
        link: response.headers.get("link"),
      });
    }
    const details = {
      requestId: response.headers.get("x-request-id"),
      ms: config.now() - started,
    };
    response
      .clone()
      .text()
      .then(
        (text) => logger.debug(`← ${response.status} ${label}`, { ...details, body: redactBody(text) }),
        () => logger.debug(`← ${response.status} ${label}`, details),
      );
  };

  return async function send(request: Request, options: SendOptions = {}): Promise<Response> {
    const retries = options.retries ?? config.retries;
    const timeoutMs = options.timeoutMs ?? config.timeoutMs;
    const caller = options.signal ?? request.signal;
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const headers = new Headers(request.headers);
    if (request.method === "POST" && !headers.has("idempotency-key")) {
      headers.set("idempotency-key", randomUUID());
    }
    // An operation that takes no credential (leak reports, P4) is sent without one: never log in for
    // it, and never hand a secret to an endpoint that does not need it.
    if (options.anonymous) headers.delete("authorization");
    const explicitAuthorization = options.anonymous === true || headers.has("authorization");
    const label = `${request.method} ${request.url}`;
    let retried = 0;
    let renewed = false;

    const wait = async (delay: number, reason: string) => {
      logger?.info(
        `retrying ${label} in ${Math.round(delay)} ms (${retried + 1} of ${retries}) after ${reason}`,
      );
      await config.sleep(delay, caller);
      retried++;
    };

    for (;;) {
      if (caller.aborted) throw caller.reason;
      const attemptHeaders = new Headers(headers);
      let authorization: Authorization | undefined;
      if (!explicitAuthorization) {
        const result = await config.sessions().authorize();
        if (result instanceof Response) return result; // the lazy login failed: surface its problem
        authorization = result;
        if (authorization) attemptHeaders.set("authorization", authorization.header);
      }
      if (attemptHeaders.has("authorization") && !config.allowInsecureHttp && !isSecureUrl(request.url)) {
        throw new TesseraError(
          `Refusing to send a credential over plain HTTP to ${new URL(request.url).host} (A4): ` +
            "use https://, or set allowInsecureHttp: true",
        );
      }

      // A fresh signal per attempt: the caller's abort, or this attempt's own time limit.
      const timeout = new AbortController();
      // setTimeout fires at once for delays past 2^31-1 ms, so a longer limit (Infinity) means none.
      const timer = timeoutMs < MAX_TIMER_MS ? setTimeout(() => timeout.abort(), timeoutMs) : undefined;
      const signal = anySignal([caller, timeout.signal]);
      const attempt = new Request(request, { headers: attemptHeaders, body, signal: signal.signal });
      const started = config.now();
      logger?.debug(`→ ${label}`, {
        headers: redactHeaders(attemptHeaders),
        body: body && redactBody(new TextDecoder().decode(body)),
      });

      let response: Response;
      try {
        response = await raceAbort(config.fetch(attempt), signal.signal);
      } catch (error) {
        signal.dispose();
        if (caller.aborted) throw caller.reason; // the caller's abort wins over retrying
        const failure = timeout.signal.aborted
          ? new TimeoutError(`${label} timed out after ${timeoutMs} ms`)
          : new ConnectionError(
              `${label} failed: ${error instanceof Error ? error.message : String(error)}`,
              {
                cause: error,
              },
            );
        if (retried < retries) {
          await wait(backoffMs(retried), failure.name);
          continue;
        }
        logger?.error(failure.message);
        throw failure;
      } finally {
        clearTimeout(timer);
      }
      // The signal stays linked to the caller's so that aborting still stops reading the body.
      log(response, label, started);

      if (
        response.status === 401 &&
        authorization?.renewable &&
        !renewed &&
        (await problemCode(response)) === "token_expired"
      ) {
        renewed = true; // once per call: a second 401 is returned, never looped on
        config.sessions().expire(authorization.secret);
        logger?.info("the session expired; logging in again");
        discard(response);
        continue;
      }
      if (isRetryable(response.status) && retried < retries) {
        const delay = retryDelay(retried, response.headers, config.now());
        if (delay !== undefined) {
          discard(response);
          await wait(delay, String(response.status));
          continue;
        }
      }
      return response;
    }
  };
}
