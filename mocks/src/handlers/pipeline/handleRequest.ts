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
  // Awaited until it has resolved once: every later request goes on at once (issue 17).
  const { ready } = service;
  if (service.settled !== ready) {
    await ready;
    service.settled = ready;
  }
  const requestId = newId("req");
  // Read once: each read of a URL's pathname makes a new string.
  const pathname = url.pathname;
  const match = matchOperation(request.method, pathname);
  const operation = match && "operation" in match ? match.operation : null;

  const served = withFaults(service.faults, operation?.operationId ?? null, () =>
    serve(service, request, url, match, connection),
  );
  // Awaited only when it is a promise: a request served at once (a token write the local server
  // has read whole) takes no promise turn between its rule and its answer (issue 17).
  const outcome = served instanceof Promise ? await served : served;
  const answer = toAnswer(service, outcome, { requestId, url, operation });
  const entry: JournalRecord = {
    requestId,
    atMs: service.ctx.clock.now(),
    method: redactSecrets(request.method),
    path: redactPath(pathname),
    operationId: operation?.operationId ?? null,
    status: answer.status,
    credentialId: outcome.caller?.credentialId ?? null,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
  service.journal.record(entry);
  if (service.onRequest) service.onRequest(journalEntry(entry));
  return answer;
}

/**
 * Every step from the route to the rule; a refusal before authentication settles with no caller.
 * At once when every step is (a body already held, a rule that answers at once), else a promise.
 */
function serve(
  service: MockService,
  request: PipelineRequest,
  url: URL,
  match: OperationMatch,
  connection: Connection | undefined,
): Outcome | Promise<Outcome> {
  try {
    const { operation, params } = route(request.method, url, match);
    requireSecureTransport(url, connection);
    const body = readBoundedBody(request);
    if (body instanceof Promise) {
      return body.then(
        (text) => authorized(service, request, url, operation, params, connection, text),
        unserved,
      );
    }
    return authorized(service, request, url, operation, params, connection, body);
  } catch (error) {
    return unserved(error);
  }
}

/** The credential step and the rule (see dispatch.ts), once the body is read. */
function authorized(
  service: MockService,
  request: PipelineRequest,
  url: URL,
  operation: OperationSpec,
  params: Record<string, string>,
  connection: Connection | undefined,
  text: Uint8Array,
): Outcome | Promise<Outcome> {
  try {
    const credential = readCredential(request, operation);
    const outcome = dispatch(service, {
      operation,
      credential,
      readInput: () => readInput(operation, request, url, params, text),
      path: url.pathname,
      clientAddress: connection?.clientAddress ?? service.clientAddress,
    });
    return outcome instanceof Promise ? outcome.catch(unserved) : outcome;
  } catch (error) {
    return unserved(error);
  }
}

/** A request refused (or failed) before a caller was known. */
const unserved = (error: unknown): Outcome => ({ caller: null, kind: "error", error });

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
