/**
 * The request pipeline shared by every runtime. One request passes these steps in the order of
 * DESIGN.md E4, and the first that refuses it answers:
 *
 *   faults -> route (404/405) -> transport (A4) -> size (413) -> credential header and secret
 *     (400/401) -> content type, JSON and contract (415/400) -> the rule (403/404/409/422)
 *
 * then the outcome becomes a response (problem+json for refusals, E2) with its request id (E3)
 * and legacy-key headers (T17), and the journal records it.
 */
import { DomainError } from "../../domain/errors.js";
import { newId } from "../../domain/randomIds.js";
import { iso } from "../../domain/views.js";
import type { Connection } from "../connection.js";
import { textResponse } from "../knownBody.js";
import { LEGACY_KEY_HEADERS } from "../legacyHeaders.js";
import { matchOperation, type OperationMatch, type OperationSpec } from "../operations.js";
import type { OperationResult } from "../operationTypes.js";
import { internalError, problemResponse } from "../problem.js";
import { redactPath, redactSecrets } from "../redact.js";
import type { MockService } from "../service.js";
import { readCredential } from "./credentials.js";
import { dispatch } from "./dispatch.js";
import type { Outcome } from "./outcome.js";
import type { PipelineRequest } from "./pipelineRequest.js";
import { refusalHeaders } from "./refusalHeaders.js";
import { readBoundedBody, readInput } from "./requestInput.js";
import { requireSecureTransport, route } from "./route.js";
import { withFaults } from "./withFaults.js";

/**
 * A response for one request; never throws.
 * @param connection The connection it arrived on, when the runtime has one (the local server).
 */
export async function handleRequest(
  service: MockService,
  request: PipelineRequest,
  connection?: Connection,
): Promise<Response> {
  const started = performance.now();
  await service.ready;
  const url = new URL(request.url);
  const requestId = newId("req");
  const match = matchOperation(request.method, url.pathname);
  const operation = match && "operation" in match ? match.operation : null;

  const outcome = await withFaults(service.faults, operation?.operationId ?? null, () =>
    serve(service, request, url, match, connection),
  );
  const response = toResponse(service, outcome, { requestId, url, operation });
  const entry = {
    requestId,
    at: iso(service.ctx.clock.now()),
    method: redactSecrets(request.method),
    path: redactPath(url.pathname),
    operationId: operation?.operationId ?? null,
    status: response.type === "error" ? 0 : response.status,
    credentialId: outcome.caller?.credentialId ?? null,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
  service.journal.record(entry);
  service.onRequest?.(entry);
  return response;
}

/** Every step from the route to the rule; a refusal before authentication settles with no caller. */
async function serve(
  service: MockService,
  request: PipelineRequest,
  url: URL,
  match: OperationMatch,
  connection: Connection | undefined,
): Promise<Outcome> {
  try {
    const { operation, params } = route(request.method, url, match);
    requireSecureTransport(url, connection);
    const text = await readBoundedBody(request);
    const credential = readCredential(request, operation);
    return await dispatch(service, {
      operation,
      credential,
      readInput: () => readInput(operation, request, url, params, text),
      path: url.pathname,
      clientAddress: connection?.clientAddress ?? service.clientAddress,
    });
  } catch (error) {
    return { caller: null, kind: "error", error };
  }
}

function toResponse(
  service: MockService,
  outcome: Outcome,
  context: { requestId: string; url: URL; operation: OperationSpec | null },
): Response {
  if (outcome.kind === "dropped") return Response.error();
  // Every header goes in at construction: setting them on the Response after costs a Headers
  // validation each.
  const extra: Record<string, string> = {
    "x-request-id": context.requestId,
    ...(outcome.caller?.kind === "legacy" ? LEGACY_KEY_HEADERS : {}),
  };
  return outcome.kind === "result"
    ? json(outcome.result, extra)
    : refusal(service, outcome.error, context, extra);
}

function refusal(
  service: MockService,
  error: unknown,
  context: { requestId: string; url: URL; operation: OperationSpec | null },
  extra: Record<string, string>,
): Response {
  const problem = { requestId: context.requestId, instance: redactPath(context.url.pathname) };
  if (error instanceof DomainError) {
    return problemResponse(error, {
      ...problem,
      headers: { ...refusalHeaders(error, context.operation), ...extra },
    });
  }
  service.onUnhandledError(error);
  return problemResponse(internalError(), { ...problem, headers: extra });
}

function json(result: OperationResult, extra: Record<string, string>): Response {
  if (result.body === undefined)
    return new Response(null, { status: result.status, headers: { ...result.headers, ...extra } });
  return textResponse(JSON.stringify(result.body), {
    status: result.status,
    headers: { "content-type": "application/json", ...result.headers, ...extra },
  });
}
