/**
 * Reading a request's input (E1, E5): the body's size before the credential is looked at, then its
 * content type and charset, its UTF-8, its JSON, the query string and the contract's schemas after
 * it (E4 order).
 */
import { DomainError, invalidField } from "../../domain/errors.js";
import type { OperationSpec } from "../operations.js";
import type { AnyOperationInput } from "../operationTypes.js";
import { validateRequest } from "../schemaValidation.js";
import type { PipelineRequest } from "./pipelineRequest.js";

export const MAX_BODY_BYTES = 64 * 1024;
const NO_BYTES = new Uint8Array(0);
/** One decoder for every body: without `stream`, each `decode` stands alone. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body's bytes, exactly as sent; 413 when there are more than 64 KiB of them. Nothing is
 * decoded here: that (and its 400) waits for `readInput`, after the credential and the content
 * type (E4).
 * @note `arrayBuffer()` rather than `request.body`'s stream, which some browsers running the
 * worker (`setupMockWorker`) do not expose. The local server already holds the whole body by now.
 */
export function readBoundedBody(request: PipelineRequest): Uint8Array | Promise<Uint8Array> {
  // GET and HEAD carry no body (Fetch and the local server both refuse one).
  if (request.method === "GET" || request.method === "HEAD") return NO_BYTES;
  // A body the runtime already holds is measured at once, without a promise (issue 17).
  if (request.heldBody !== undefined) return bounded(request.heldBody);
  return readWhole(request).then(bounded);
}

async function readWhole(request: PipelineRequest): Promise<Uint8Array> {
  try {
    return new Uint8Array(await request.arrayBuffer());
  } catch {
    // A body already read, or a stream that failed while sending it (E7: never a 500).
    throw invalidField("/body", "The body could not be read.");
  }
}

function bounded(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength > MAX_BODY_BYTES) {
    throw new DomainError(413, "payload_too_large", "The body is larger than 64 KiB.");
  }
  return bytes;
}

/** A validated input and the Idempotency-Key sent with it, if any. */
export interface RequestInput {
  input: AnyOperationInput;
  idempotencyKey: string | null;
}

/**
 * Parses and validates the body, query, path and headers against the operation (415 for a body
 * that is not UTF-8 JSON by its content type, 400 with field errors otherwise). Query values are
 * coerced to their schema types (`limit=5` becomes 5; integers only from plain decimal, E5); path
 * values stay strings (every path parameter of the spec is one).
 */
export function readInput(
  operation: OperationSpec,
  request: PipelineRequest,
  url: URL,
  path: Record<string, string>,
  bytes: Uint8Array,
): RequestInput {
  const body = parseBody(operation, request.headers.get("content-type"), bytes);
  // No query string, no URLSearchParams to make (the common case for writes).
  const query = url.search === "" ? {} : queryObject(url.searchParams);
  const idempotencyKey = request.headers.get("idempotency-key");
  const headers = idempotencyKey === null ? {} : { "idempotency-key": idempotencyKey };
  const errors = validateRequest(operation, { path: { ...path }, query, headers, body });
  if (errors.length > 0) {
    throw new DomainError(400, "invalid_request", "The request does not match the contract.", { errors });
  }
  return { input: { path, query, body }, idempotencyKey };
}

function parseBody(operation: OperationSpec, contentType: string | null, bytes: Uint8Array): unknown {
  if (bytes.byteLength === 0) {
    if (operation.bodyRequired) throw invalidField("/body", "A JSON body is required.");
    return undefined;
  }
  if (!isUtf8Json(contentType)) {
    throw new DomainError(
      415,
      "unsupported_media_type",
      "Send the body as application/json in UTF-8 (no charset, or charset=utf-8).",
    );
  }
  // Content type before contract (E4): a text/plain body is 415 even where no body is expected.
  if (!operation.hasBody) throw invalidField("/body", "This operation takes no body.");
  let text: string;
  try {
    // fatal: invalid bytes are refused, not turned into U+FFFD. A leading byte order mark is
    // dropped (RFC 8259 section 8.1 lets a parser ignore it); one anywhere else stays, and a
    // label or description holding it is refused by E5's clean-text rule.
    text = UTF8.decode(bytes);
  } catch {
    throw invalidField("/body", "The body is not valid UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw invalidField("/body", "The body is not valid JSON.");
  }
}

/**
 * E1 and E5: `application/json` or a `+json` type, whose `charset` parameters, if any, all say
 * UTF-8 (case-insensitive, quoted or not). Any other charset is refused rather than guessed at.
 */
export function isUtf8Json(contentType: string | null): boolean {
  const [type = "", ...parameters] = (contentType ?? "").split(";");
  const essence = type.trim().toLowerCase();
  if (essence !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(essence)) return false;
  return parameters.every((parameter) => {
    const [name = "", ...value] = parameter.split("=");
    if (name.trim().toLowerCase() !== "charset") return true;
    return /^"?utf-8"?$/i.test(value.join("=").trim());
  });
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
