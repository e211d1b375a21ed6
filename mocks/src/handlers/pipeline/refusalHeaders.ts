import type { DomainError } from "../../domain/errors.js";
import type { OperationSpec } from "../operations.js";
import { MethodNotAllowed } from "../problem.js";

/**
 * The headers a refusal carries: RFC 6750 / RFC 7617 challenges for 401s and scope refusals
 * (A1, A3, S4), `Retry-After` for 429 and 503, `Allow` for 405.
 */
export function refusalHeaders(
  error: DomainError,
  operation: OperationSpec | null,
): Record<string, string> | undefined {
  if (error instanceof MethodNotAllowed) return { allow: error.allowed.join(", ") };
  if (error.status === 401) {
    if (operation && !operation.tokenAuth)
      return { "www-authenticate": 'Basic realm="tessera", charset="UTF-8"' };
    if (error.code === "unauthenticated") return { "www-authenticate": 'Bearer realm="tessera"' };
    const description = error.code === "token_expired" ? ', error_description="The token expired"' : "";
    return { "www-authenticate": `Bearer realm="tessera", error="invalid_token"${description}` };
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
