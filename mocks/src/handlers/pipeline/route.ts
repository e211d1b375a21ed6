/** The first checks of E4: an operation at this method and path (404/405), then HTTPS (A4). */
import { DomainError } from "../../domain/errors.js";
import { isLoopback } from "../authorization.js";
import type { OperationMatch, OperationSpec } from "../operations.js";
import { MethodNotAllowed } from "../problem.js";

/** The matched operation and its path parameters; 404 or 405 when there is none. */
export function route(
  method: string,
  url: URL,
  match: OperationMatch,
): { operation: OperationSpec; params: Record<string, string> } {
  if (!match) throw new DomainError(404, "not_found", `No operation at ${url.pathname}.`);
  if ("allowed" in match)
    throw new MethodNotAllowed(
      method,
      match.allowed.map((m) => m.toUpperCase()),
    );
  return match;
}

/** A4: plain HTTP only to loopback hosts. */
export function requireSecureTransport(url: URL): void {
  if (url.protocol === "http:" && !isLoopback(url.hostname)) {
    throw new DomainError(403, "https_required", "Use HTTPS; plain HTTP is accepted on loopback only.");
  }
}
