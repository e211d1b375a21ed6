import type { FieldError, Problem, ProblemCode } from "./types.js";

/** What an error was made from: the HTTP status, the RFC 9457 problem and the response headers. */
export interface TesseraErrorInit {
  /** HTTP status of the response; undefined when no response arrived. */
  status?: number | undefined;
  /** The problem+json body (E2), when the response had one. */
  problem?: Problem | undefined;
  /** Response headers, e.g. `retry-after` or `www-authenticate`. */
  headers?: Headers | undefined;
  /** The underlying error, e.g. the network failure. */
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws. API errors carry the problem document (E2); connection
 * failures and timeouts carry no status.
 *
 * @example
 * try {
 *   await client.tokens.get(id);
 * } catch (error) {
 *   if (error instanceof NotFoundError) return null;
 *   if (error instanceof TesseraError) console.error(error.code, error.requestId);
 *   throw error;
 * }
 */
export class TesseraError extends Error {
  override name = "TesseraError";
  // The fields are `declare`d: the constructor sets every one, so no field definitions are emitted.
  /** HTTP status; undefined for connection failures and client-side timeouts. */
  declare readonly status: number | undefined;
  /** Stable machine-readable code from the problem document, e.g. `token_limit_reached`. */
  declare readonly code: ProblemCode | undefined;
  /** Human-readable explanation from the problem document. */
  declare readonly detail: string | undefined;
  /** Field errors for `invalid_request` (E1); empty otherwise. */
  declare readonly errors: FieldError[];
  /** The `X-Request-Id` of the failed request (E3); quote it when reporting a problem. */
  declare readonly requestId: string | undefined;
  /** The whole RFC 9457 problem document, with extension members such as `refused` or `limit`. */
  declare readonly problem: Problem | undefined;
  /** Response headers; undefined when no response arrived. */
  declare readonly headers: Headers | undefined;

  constructor(message: string, init: TesseraErrorInit = {}) {
    super(message, init);
    this.status = init.status;
    this.problem = init.problem;
    this.code = init.problem?.code;
    this.detail = init.problem?.detail;
    this.errors = init.problem?.errors ?? [];
    this.requestId = init.problem?.requestId ?? init.headers?.get("x-request-id") ?? undefined;
    this.headers = init.headers;
  }
}

/** 401: no credential (A1), an unknown, revoked or expired one (A3), or wrong email/password (A5). */
export class AuthenticationError extends TesseraError {
  override name = "AuthenticationError";
  declare readonly status: 401;
}

/** 403: missing scope (S4), escalation (T3), plan limits (S3), role, or plain HTTP refused (A4). */
export class PermissionDeniedError extends TesseraError {
  override name = "PermissionDeniedError";
  declare readonly status: 403;
}

/** 404: no such resource, or one the caller may not see (T8). */
export class NotFoundError extends TesseraError {
  override name = "NotFoundError";
  declare readonly status: 404;
}

/** 409: token limit reached (T4), confirmation mismatch (T10) or token not active. */
export class ConflictError extends TesseraError {
  override name = "ConflictError";
  declare readonly status: 409;
}

/** 400, 413, 415 or 422: the request broke the contract (E1) or reused an idempotency key (T18). */
export class ValidationError extends TesseraError {
  override name = "ValidationError";
  declare readonly status: 400 | 413 | 415 | 422;
}

/** 429: rate limited, or the email is locked after failed logins (A5). */
export class RateLimitError extends TesseraError {
  override name = "RateLimitError";
  declare readonly status: 429;
  /** Seconds to wait before trying again, from `Retry-After` or the problem; undefined when not given. */
  declare readonly retryAfter: number | undefined;

  constructor(message: string, init: TesseraErrorInit & { retryAfter?: number | undefined } = {}) {
    super(message, init);
    this.retryAfter = init.retryAfter ?? init.problem?.retryAfterSeconds;
  }
}

/** 5xx: the service failed; retried automatically before this is thrown. */
export class ServerError extends TesseraError {
  override name = "ServerError";
}

/** No response arrived: DNS, TCP or TLS failure, or the connection dropped. Retried before thrown. */
export class ConnectionError extends TesseraError {
  override name = "ConnectionError";
  declare readonly status: undefined;
}

/** The request took longer than `timeoutMs` (status undefined), or the server answered 408. */
export class TimeoutError extends TesseraError {
  override name = "TimeoutError";
  declare readonly status: 408 | undefined;
}
