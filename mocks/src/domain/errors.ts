import type { components } from "@tessera/sdk";

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
 *
 * @example
 * throw new DomainError(409, "token_limit_reached", "This owner already has 50 active tokens.", { limit: 50, current: 50 });
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(detail);
    this.name = "DomainError";
  }
}

/** `400 invalid_request` with one field error. */
export function invalidField(pointer: string, detail: string): DomainError {
  return new DomainError(400, "invalid_request", detail, { errors: [{ pointer, detail }] });
}
