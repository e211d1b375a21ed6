/**
 * The one builder of problem documents (E2) for the whole mock: the API pipeline, the local
 * server and its `/__mock` controls all answer refusals with {@link problemResponse}.
 */
import { DomainError, type ProblemCode } from "../domain/errors.js";
import { newId } from "../domain/randomIds.js";
import { type Answer, toFetchResponse } from "./answer.js";
import { redactSecrets } from "./redact.js";

const TITLES: Record<ProblemCode, string> = {
  invalid_request: "Invalid request",
  unauthenticated: "Authentication required",
  invalid_token: "Invalid token",
  token_expired: "Token expired",
  invalid_credentials: "Invalid credentials",
  https_required: "HTTPS required",
  insufficient_scope: "Insufficient scope",
  scope_escalation: "Scope escalation",
  plan_upgrade_required: "Plan upgrade required",
  forbidden: "Forbidden",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  token_limit_reached: "Token limit reached",
  confirmation_mismatch: "Confirmation mismatch",
  token_not_active: "Token not active",
  payload_too_large: "Payload too large",
  unsupported_media_type: "Unsupported media type",
  idempotency_key_reused: "Idempotency key reused",
  login_locked: "Too many failed logins",
  rate_limited: "Rate limited",
  request_timeout: "Request timeout",
  internal_error: "Internal error",
  service_unavailable: "Service unavailable",
  storage_unavailable: "Storage unavailable",
  idempotency_replay_unavailable: "Idempotent replay unavailable",
  ip_not_allowed: "IP address not allowed",
  token_not_yet_valid: "Token not yet valid",
  legacy_key_sunset: "Legacy key past its sunset",
};

export interface ProblemContext {
  /** The request's id (E3); a new one when the refusal happens before the API pipeline. */
  requestId?: string;
  /** The path the problem is about. */
  instance?: string;
  /** Extra response headers, such as a challenge or `Retry-After`. */
  headers?: Record<string, string>;
}

/**
 * An RFC 9457 `application/problem+json` response for a refusal, carrying `X-Request-Id`.
 *
 * @example
 * return problemResponse(new DomainError(404, "not_found", "No control at GET /__mock/x."));
 */
export function problemResponse(error: DomainError, context: ProblemContext = {}): Response {
  return toFetchResponse(problemAnswer(error, context));
}

/** The same problem document as an {@link Answer} (the API pipeline's, written by the local server as is). */
export function problemAnswer(error: DomainError, context: ProblemContext = {}): Answer {
  const requestId = context.requestId ?? newId("req");
  const body = {
    type: `https://docs.tessera.dev/problems/${error.code}`,
    title: TITLES[error.code],
    status: error.status,
    detail: error.detail,
    code: error.code,
    requestId,
    ...(context.instance === undefined ? {} : { instance: context.instance }),
    ...error.extras,
  };
  // E6: whatever a problem repeats from the request (a path, a field name, a method) shows a
  // secret only as its prefix.
  return {
    status: error.status,
    headers: { "content-type": "application/problem+json", "x-request-id": requestId, ...context.headers },
    body: redactSecrets(JSON.stringify(body)),
  };
}

/** The problem for an error no rule anticipated: a 500 that says nothing about its cause. */
export const internalError = (detail = "The mock hit an unexpected error.") =>
  new DomainError(500, "internal_error", detail);

/** `405 method_not_allowed`, naming the methods the path has (sent as `Allow`). */
export class MethodNotAllowed extends DomainError {
  constructor(
    method: string,
    readonly allowed: readonly string[],
  ) {
    super(405, "method_not_allowed", `${method} is not allowed here.`);
  }
}
