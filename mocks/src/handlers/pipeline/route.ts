/** The first checks of E4: an operation at this method and path (404/405), then HTTPS (A4, H4). */
import { DomainError } from "../../domain/errors.js";
import { isLoopback } from "../authorization.js";
import { type Connection, isLoopbackAddress } from "../connection.js";
import type { OperationMatch, OperationSpec } from "../operations.js";
import { MethodNotAllowed } from "../problem.js";
import { redactPath } from "../redact.js";

/** The matched operation and its path parameters; 404 or 405 when there is none. */
export function route(
  method: string,
  url: URL,
  match: OperationMatch,
): { operation: OperationSpec; params: Record<string, string> } {
  if (!match) throw new DomainError(404, "not_found", `No operation at ${redactPath(url.pathname)}.`);
  if ("allowed" in match)
    throw new MethodNotAllowed(
      method,
      match.allowed.map((m) => m.toUpperCase()),
    );
  return match;
}

/**
 * A4: plain HTTP only on loopback. With a connection (the local server), that is decided from the
 * connection, never from the Host header (H4); in-process, from the URL the request names.
 */
export function requireSecureTransport(url: URL, connection: Connection | undefined): void {
  const plainAndRemote = connection
    ? !connection.secure && !isLoopbackAddress(connection.clientAddress)
    : url.protocol === "http:" && !isLoopback(url.hostname);
  if (plainAndRemote) {
    throw new DomainError(403, "https_required", "Use HTTPS; plain HTTP is accepted on loopback only.");
  }
}
