/**
 * Reading a request's input (E1): the body's size before the credential is looked at, then its
 * content type, its JSON, the query string and the contract's schemas after it (E4 order).
 */
import { DomainError, invalidField } from "../../domain/errors.js";
import type { OperationSpec } from "../operations.js";
import type { AnyOperationInput } from "../operationTypes.js";
import { validateRequest } from "../schemaValidation.js";

export const MAX_BODY_BYTES = 64 * 1024;

/** The body as text; 413 when it is over 64 KiB. */
export async function readBoundedBody(request: Request): Promise<string> {
  const text = await request.text();
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so only long bodies need encoding to be measured.
  if (text.length * 3 > MAX_BODY_BYTES && new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw new DomainError(413, "payload_too_large", "The body is larger than 64 KiB.");
  }
  return text;
}

/** A validated input and the Idempotency-Key sent with it, if any. */
export interface RequestInput {
  input: AnyOperationInput;
  idempotencyKey: string | null;
}

/**
 * Parses and validates the body, query, path and headers against the operation (415 for a body
 * that is not JSON by its content type, 400 with field errors otherwise). Query values are
 * coerced to their schema types (`limit=5` becomes 5); path values stay strings (every path
 * parameter of the spec is one).
 */
export function readInput(
  operation: OperationSpec,
  request: Request,
  url: URL,
  path: Record<string, string>,
  text: string,
): RequestInput {
  const body = parseBody(operation, request.headers.get("content-type"), text);
  const query = queryObject(url.searchParams);
  const idempotencyKey = request.headers.get("idempotency-key");
  const headers = idempotencyKey === null ? {} : { "idempotency-key": idempotencyKey };
  const errors = validateRequest(operation, { path: { ...path }, query, headers, body });
  if (errors.length > 0) {
    throw new DomainError(400, "invalid_request", "The request does not match the contract.", { errors });
  }
  return { input: { path, query, body }, idempotencyKey };
}

function parseBody(operation: OperationSpec, contentType: string | null, text: string): unknown {
  if (text === "") {
    if (operation.bodyRequired) throw invalidField("/body", "A JSON body is required.");
    return undefined;
  }
  if (!operation.hasBody) throw invalidField("/body", "This operation takes no body.");
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    throw new DomainError(415, "unsupported_media_type", "Send the body as application/json.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw invalidField("/body", "The body is not valid JSON.");
  }
}

/** Query parameters as an object; a repeated name becomes an array (and fails a scalar schema). */
export function queryObject(params: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [key, value] of params) {
    const existing = query[key];
    query[key] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}
