import type { components } from "@tessera/sdk";
import type { RateLimitState } from "./rateLimits.js";

export type ProblemCode = components["schemas"]["ProblemCode"];
export type FieldError = components["schemas"]["FieldError"];

/** Extension members a problem may carry (spec: components.schemas.Problem). */
export interface ProblemExtras {
  errors?: FieldError[];
  scope?: string;
  refused?: string[];
  limit?: number;
  current?: number;
  retryAfterSeconds?: number;
}

/**
 * A rule said no. The handlers turn it into an RFC 9457 problem (E2) with this status and code.
 * A problem lists at most {@link MAX_FIELD_ERRORS} field errors (the contract's `maxItems`).
 *
 * @example
 * throw new DomainError(409, "token_limit_reached", "This owner already has 50 active tokens.", { limit: 50, current: 50 });
 */
export class DomainError extends Error {
  readonly extras: ProblemExtras;
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    extras: ProblemExtras = {},
    /** The rate limit the request was counted against, sent as `RateLimit-*` headers, not in the body. */
    readonly rateLimit?: RateLimitState,
  ) {
    super(detail);
    this.name = "DomainError";
    this.extras =
      extras.errors && extras.errors.length > MAX_FIELD_ERRORS
        ? { ...extras, errors: extras.errors.slice(0, MAX_FIELD_ERRORS) }
        : extras;
  }
}

/** The most field errors one problem lists. */
export const MAX_FIELD_ERRORS = 100;

/** `400 invalid_request` with one field error. */
export function invalidField(pointer: string, detail: string): DomainError {
  return new DomainError(400, "invalid_request", detail, { errors: [{ pointer, detail }] });
}
