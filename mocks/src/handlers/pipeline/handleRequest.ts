/**
 * The request pipeline shared by every runtime. One request passes these steps in the order of
 * DESIGN.md E4, and the first that refuses it answers:
 *
 *   faults -> route (404/405) -> transport (A4) -> size (413) -> credential header and secret
 *     (400/401) -> content type, JSON and contract (415/400) -> the rule (403/404/409/422)
 *
 * then the outcome becomes an answer (problem+json for refusals, E2) with its request id (E3)
 * and legacy-key headers (T17), and the journal records it.
 */
import { DomainError } from "../../domain/errors.js";
import { newId } from "../../domain/randomIds.js";
import { type Answer, DROPPED } from "../answer.js";
import type { Connection } from "../connection.js";
import { type JournalRecord, journalEntry } from "../journal.js";
import { LEGACY_KEY_HEADERS } from "../legacyHeaders.js";
import { matchOperation, type OperationMatch, type OperationSpec } from "../operations.js";
import type { OperationResult } from "../operationTypes.js";
import { internalError, problemAnswer } from "../problem.js";
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
 * The answer to one request; never throws. A runtime makes its own response of it (see answer.ts).
 * @param connection The connection it arrived on, when the runtime has one (the local server).
 * @param url `request.url`, when the caller has already parsed it.
 */
export async function handleRequest(
  service: MockService,
  request: PipelineRequest,
  connection?: Connection,
  url: URL = new URL(request.url),
): Promise<Answer> {
  const started = performance.now();
  await service.ready;
  const requestId = newId("req");
  const match = matchOperation(request.method, url.pathname);
  const operation = match && "operation" in match ? match.operation : null;

  const outcome = await withFaults(service.faults, operation?.operationId ?? null, () =>
    serve(service, request, url, match, connection),
  );
  const answer = toAnswer(service, outcome, { requestId, url, operation });
  const entry: JournalRecord = {
    requestId,
    atMs: service.ctx.clock.now(),
    method: redactSecrets(request.method),
    path: redactPath(url.pathname),
    operationId: operation?.operationId ?? null,
    status: answer.status,
    credentialId: outcome.caller?.credentialId ?? null,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
  service.journal.record(entry);
  if (service.onRequest) service.onRequest(journalEntry(entry));
  return answer;
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

function toAnswer(
  service: MockService,
  outcome: Outcome,
  context: { requestId: string; url: URL; operation: OperationSpec | null },
): Answer {
  if (outcome.kind === "dropped") return DROPPED;
  const extra: Record<string, string> =
    outcome.caller?.kind === "legacy"
      ? { "x-request-id": context.requestId, ...LEGACY_KEY_HEADERS }
      : { "x-request-id": context.requestId };
  return outcome.kind === "result"
    ? json(outcome.result, extra)
    : refusal(service, outcome.error, context, extra);
}

function refusal(
  service: MockService,
  error: unknown,
  context: { requestId: string; url: URL; operation: OperationSpec | null },
  extra: Record<string, string>,
): Answer {
  const problem = { requestId: context.requestId, instance: redactPath(context.url.pathname) };
  if (error instanceof DomainError) {
    return problemAnswer(error, {
      ...problem,
      headers: { ...refusalHeaders(error, context.operation), ...extra },
    });
  }
  service.onUnhandledError(error);
  return problemAnswer(internalError(), { ...problem, headers: extra });
}

function json(result: OperationResult, extra: Record<string, string>): Answer {
  if (result.body === undefined)
    return { status: result.status, headers: { ...result.headers, ...extra }, body: null };
  return {
    status: result.status,
    headers: { "content-type": "application/json", ...result.headers, ...extra },
    body: JSON.stringify(result.body),
  };
}
