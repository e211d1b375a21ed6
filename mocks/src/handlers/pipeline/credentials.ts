/**
 * The credential step (A1, A2, A5): which credential a request presents, refused before the
 * contract is checked (E4).
 */
import { DomainError, invalidField } from "../../domain/errors.js";
import { parseAuthorization } from "../authorization.js";
import type { OperationSpec } from "../operations.js";
import type { BasicCredentials } from "../operationTypes.js";
import type { PipelineRequest } from "./pipelineRequest.js";

/**
 * A bearer secret for token operations, email and password for login, or nothing for an operation
 * that takes no credential (P4).
 */
export type PresentedCredential =
  | { kind: "token"; secret: string }
  | ({ kind: "basic" } & BasicCredentials)
  | { kind: "none" };

/** The credential the request presents, in the scheme the operation takes; 401 or 400 otherwise. */
export function readCredential(request: PipelineRequest, operation: OperationSpec): PresentedCredential {
  // P4: a report of leaked secrets takes none; whatever Authorization it carries is not read.
  if (operation.anonymous) return { kind: "none" };
  const authorization = parseAuthorization(request.headers.get("authorization"));
  if (authorization.kind === "missing") {
    throw new DomainError(401, "unauthenticated", "This operation needs a credential.");
  }
  if (authorization.kind === "malformed") throw invalidHeader(authorization.detail);
  if (authorization.kind === "token") {
    if (!operation.tokenAuth) throw invalidHeader("Log in with HTTP Basic.");
    return { kind: "token", secret: authorization.secret };
  }
  if (operation.tokenAuth) throw invalidHeader("Use the Bearer or ApiKey scheme.");
  return { kind: "basic", email: authorization.email, password: authorization.password };
}

const invalidHeader = (detail: string) => invalidField("/headers/authorization", detail);
