import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TesseraError,
  TimeoutError,
  ValidationError,
} from "../TesseraError.js";
import type { Problem } from "../types.js";
import { retryAfterMs } from "./retryDelay.js";

const BY_STATUS: Record<number, typeof TesseraError> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  408: TimeoutError,
  409: ConflictError,
  413: ValidationError,
  415: ValidationError,
  422: ValidationError,
};

/**
 * The typed error for a failed response, built from its already-parsed body.
 * Unknown 4xx statuses give a plain {@link TesseraError}.
 */
export function errorFromResponse(response: Response, body: unknown): TesseraError {
  const { status, headers } = response;
  // A problem document (E2) has a numeric `status`; any other body is not one.
  const problem = typeof (body as Problem | null)?.status === "number" ? (body as Problem) : undefined;
  const what = problem ? `${problem.code}: ${problem.detail}` : response.statusText || "request failed";
  const requestId = problem?.requestId ?? headers.get("x-request-id");
  const message = `${status} ${what}${requestId ? ` (request ${requestId})` : ""}`;
  const init = { status, problem, headers };
  if (status === 429) {
    const ms = retryAfterMs(headers, Date.now());
    return new RateLimitError(message, { ...init, retryAfter: ms === undefined ? undefined : ms / 1000 });
  }
  const ErrorClass = status >= 500 ? ServerError : (BY_STATUS[status] ?? TesseraError);
  return new ErrorClass(message, init);
}

/**
 * Reads a failed response's body and returns its typed error. Only a problem document (E2) is used
 * from the body: anything that is not JSON (a proxy's HTML page, say) gives an error with the
 * status only.
 */
export async function readError(response: Response): Promise<TesseraError> {
  return errorFromResponse(response, await response.json().catch(() => undefined));
}
