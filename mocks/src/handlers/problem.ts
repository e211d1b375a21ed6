import type { ProblemCode, ProblemExtras } from "../domain/errors.js";

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
};

export interface ProblemInit {
  status: number;
  code: ProblemCode;
  detail: string;
  requestId: string;
  instance: string;
  extras?: ProblemExtras;
  headers?: Record<string, string>;
}

/** An RFC 9457 `application/problem+json` response (E2). */
export function problemResponse(init: ProblemInit): Response {
  const body = {
    type: `https://docs.tessera.dev/problems/${init.code}`,
    title: TITLES[init.code],
    status: init.status,
    detail: init.detail,
    code: init.code,
    requestId: init.requestId,
    instance: init.instance,
    ...init.extras,
  };
  return new Response(JSON.stringify(body), {
    status: init.status,
    headers: { "content-type": "application/problem+json", ...init.headers },
  });
}
