import type { DomainError } from "../../domain/errors.js";
import { LEGACY_KEY_HEADERS } from "../legacyHeaders.js";
import type { OperationSpec } from "../operations.js";
import { MethodNotAllowed } from "../problem.js";
import { rateLimitHeaders } from "../rateLimitHeaders.js";

/**
 * The headers a refusal carries: RFC 6750 / RFC 7617 challenges for 401s and scope refusals
 * (A1, A3, S4), the legacy-key headers for a key past its sunset (P6), `Retry-After` for 429 and
 * 503, `RateLimit-*` for a request counted against a limit (A5, P4) and for every 429, `Allow`
 * for 405.
 */
export function refusalHeaders(
  error: DomainError,
  operation: OperationSpec | null,
): Record<string, string> | undefined {
  const challenge = challengeHeaders(error, operation);
  const limit = error.rateLimit
    ? rateLimitHeaders(error.rateLimit)
    : error.status === 429
      ? rateLimitHeaders({ limit: 0, remaining: 0, resetSeconds: error.extras.retryAfterSeconds ?? 1 })
      : undefined;
  return challenge || limit ? { ...challenge, ...limit } : undefined;
}

function challengeHeaders(
  error: DomainError,
  operation: OperationSpec | null,
): Record<string, string> | undefined {
  if (error instanceof MethodNotAllowed) return { allow: error.allowed.join(", ") };
  if (error.status === 401) {
    if (operation && !operation.tokenAuth)
      return { "www-authenticate": 'Basic realm="tessera", charset="UTF-8"' };
    if (error.code === "unauthenticated") return { "www-authenticate": 'Bearer realm="tessera"' };
    const description = DESCRIPTIONS[error.code] ? `, error_description="${DESCRIPTIONS[error.code]}"` : "";
    const challenge = { "www-authenticate": `Bearer realm="tessera", error="invalid_token"${description}` };
    return error.code === "legacy_key_sunset" ? { ...LEGACY_KEY_HEADERS, ...challenge } : challenge;
  }
  if (error.code === "insufficient_scope") {
    return {
      "www-authenticate": `Bearer realm="tessera", error="insufficient_scope", scope="${error.extras.scope}"`,
    };
  }
  if (error.status === 429 || error.status === 503) {
    const seconds = error.extras.retryAfterSeconds;
    return seconds !== undefined ? { "retry-after": String(seconds) } : undefined;
  }
  return undefined;
}

/** RFC 6750 `error_description`s of the 401s that say more than "invalid". */
const DESCRIPTIONS: Partial<Record<DomainError["code"], string>> = {
  token_expired: "The token expired",
  token_not_yet_valid: "The token is not valid yet",
  legacy_key_sunset: "Legacy keys reached their sunset",
};
