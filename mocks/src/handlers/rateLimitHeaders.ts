import type { RateLimitState } from "../domain/rateLimits.js";

/**
 * A rate limit's state as the headers the contract declares (IETF RateLimit header fields, draft
 * form): `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds).
 */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "ratelimit-limit": String(state.limit),
    "ratelimit-remaining": String(state.remaining),
    "ratelimit-reset": String(state.resetSeconds),
  };
}
