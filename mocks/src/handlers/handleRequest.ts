/**
 * The request pipeline shared by every runtime: faults, routing, HTTPS (A4), size (E1), credentials
 * (A1-A3, A5), content type and JSON (E1), contract validation (E1), the rule itself, idempotency
 * (T18), last use (T14), legacy headers (T17), problem responses (E2) and the request id (E3).
 */
import { authenticate } from "../domain/authenticate.js";
import type { Caller } from "../domain/context.js";
import { DomainError } from "../domain/errors.js";
import { login } from "../domain/login.js";
import { newId } from "../domain/randomIds.js";
import { iso } from "../domain/views.js";
import { isLoopback, parseAuthorization } from "./authorization.js";
import { BINDINGS, IDEMPOTENT, type OperationResult, WRITES } from "./bindings.js";
import type { ForcedStatus } from "./faults.js";
import { LEGACY_KEY_HEADERS } from "./legacyHeaders.js";
import { matchOperation, type OperationSpec } from "./operations.js";
import { problemResponse } from "./problem.js";
import { validateRequest } from "./schemaValidation.js";
import type { MockService } from "./service.js";

const MAX_BODY_BYTES = 64 * 1024;
const FORCED_CODES = {
  408: "request_timeout",
  429: "rate_limited",
  500: "internal_error",
  502: "service_unavailable",
  503: "service_unavailable",
  504: "service_unavailable",
} as const satisfies Record<ForcedStatus, string>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A response for one request; never throws. */
export async function handleRequest(service: MockService, request: Request): Promise<Response> {
  const started = performance.now();
  await service.ready;
  const url = new URL(request.url);
  const requestId = newId("req");
  const match = matchOperation(request.method, url.pathname);
  const operation = match && "operation" in match ? match.operation : null;
  const params = match && "params" in match ? match.params : {};
  const state: { caller: Caller | null } = { caller: null };
  const problem = (error: DomainError, headers?: Record<string, string>) =>
    problemResponse({
      status: error.status,
      code: error.code,
      detail: error.detail,
      extras: error.extras,
      requestId,
      instance: url.pathname,
      headers,
    });

  let response: Response;
  try {
    response = await respond();
  } catch (error) {
    if (error instanceof DomainError) {
      response = problem(error, challengeFor(error, operation));
    } else {
      service.onUnhandledError(error);
      response = problem(new DomainError(500, "internal_error", "The mock hit an unexpected error."));
    }
  }
  if (response.type !== "error") {
    response.headers.set("x-request-id", requestId);
    if (state.caller?.kind === "legacy")
      for (const [k, v] of Object.entries(LEGACY_KEY_HEADERS)) response.headers.set(k, v);
  }
  const entry = {
    requestId,
    at: iso(service.ctx.clock.now()),
    method: request.method,
    path: url.pathname,
    operationId: operation?.operationId ?? null,
    status: response.type === "error" ? 0 : response.status,
    credentialId: state.caller?.credentialId ?? null,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
  service.journal.push(entry);
  // Trim in batches so a long-running server neither grows without bound nor shifts on every request.
  if (service.journal.length > service.journalLimit + 1000) {
    service.journal.splice(0, service.journal.length - service.journalLimit);
  }
  service.onRequest?.(entry);
  return response;

  async function respond(): Promise<Response> {
    const fault = service.faults.take(operation?.operationId ?? null);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.kind === "none") return handle();
    // The request is handled (its changes and its journal entry's credential stay), then the answer is lost.
    if (fault.afterHandling) await handle();
    if (fault.kind === "network") return Response.error();
    const retryAfter = fault.retryAfterSeconds ?? (fault.status === 429 ? 1 : undefined);
    throw new DomainError(fault.status, FORCED_CODES[fault.status], "Injected fault.", {
      ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
    });
  }

  async function handle(): Promise<Response> {
    if (!match) throw new DomainError(404, "not_found", `No operation at ${url.pathname}.`);
    if (!operation) {
      const allowed = "allowed" in match ? match.allowed : [];
      return problem(new DomainError(405, "method_not_allowed", `${request.method} is not allowed here.`), {
        allow: allowed.map((m) => m.toUpperCase()).join(", "),
      });
    }
    if (url.protocol === "http:" && !isLoopback(url.hostname)) {
      throw new DomainError(403, "https_required", "Use HTTPS; plain HTTP is accepted on loopback only.");
    }
    const text = await request.text();
    // A UTF-16 code unit is at most 3 UTF-8 bytes, so only long bodies need encoding to be measured.
    if (text.length * 3 > MAX_BODY_BYTES && new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
      throw new DomainError(413, "payload_too_large", "The body is larger than 64 KiB.");
    }

    const authorization = parseAuthorization(request.headers.get("authorization"));
    if (authorization.kind === "missing") {
      throw new DomainError(401, "unauthenticated", "This operation needs a credential.");
    }
    if (authorization.kind === "malformed") throw invalidHeader(authorization.detail);
    if (operation.tokenAuth !== (authorization.kind === "token")) {
      throw invalidHeader(
        operation.tokenAuth ? "Use the Bearer or ApiKey scheme." : "Log in with HTTP Basic.",
      );
    }

    const body = parseBody(operation, request, text);
    const query = queryObject(url.searchParams);
    const headers: Record<string, unknown> = {};
    const idempotencyKey = request.headers.get("idempotency-key");
    if (idempotencyKey !== null) headers["idempotency-key"] = idempotencyKey;
    const errors = validateRequest(operation, { path: { ...params }, query, headers, body });
    if (errors.length > 0) {
      throw new DomainError(400, "invalid_request", "The request does not match the contract.", { errors });
    }

    const { ctx } = service;
    if (authorization.kind === "basic") {
      const session = await ctx.store.exclusive(() =>
        login(ctx, authorization.email, authorization.password),
      );
      return json({ status: 201, body: session });
    }
    const run = async (): Promise<OperationResult> => {
      const caller = authenticate(ctx, authorization.secret);
      state.caller = caller;
      const input = { path: params, query, body };
      const bind = BINDINGS[operation.operationId];
      if (!bind) throw new Error(`no binding for ${operation.operationId}`);
      if (!(IDEMPOTENT.has(operation.operationId) && idempotencyKey)) return bind(ctx, caller, input);
      return idempotent(
        service,
        caller,
        operation,
        idempotencyKey,
        `${url.pathname} ${canonicalJson(body)}`,
        () => bind(ctx, caller, input),
      );
    };
    const result = WRITES.has(operation.operationId) ? await ctx.store.exclusive(run) : await run();
    if (state.caller) {
      const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
      ctx.store.usage.set(state.caller.credentialId, { lastUsedAt: ctx.clock.now(), lastUsedIp: forwarded });
    }
    return json(result);
  }
}

function invalidHeader(detail: string): DomainError {
  return new DomainError(400, "invalid_request", detail, {
    errors: [{ pointer: "/headers/authorization", detail }],
  });
}

/** RFC 6750 / RFC 7617 challenges for 401s and scope refusals (A1, A3, S4). */
function challengeFor(
  error: DomainError,
  operation: OperationSpec | null,
): Record<string, string> | undefined {
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

function parseBody(operation: OperationSpec, request: Request, text: string): unknown {
  if (text === "") {
    if (operation.bodyRequired) throw bodyError("/body", "A JSON body is required.");
    return undefined;
  }
  if (!operation.hasBody) throw bodyError("/body", "This operation takes no body.");
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    throw new DomainError(415, "unsupported_media_type", "Send the body as application/json.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw bodyError("/body", "The body is not valid JSON.");
  }
}

const bodyError = (pointer: string, detail: string) =>
  new DomainError(400, "invalid_request", detail, { errors: [{ pointer, detail }] });

function queryObject(params: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [key, value] of params) {
    const existing = query[key];
    query[key] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

/** JSON with object keys sorted, so equal bodies compare equal whatever their key order (T18). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * T18: the same key and body from the same principal within the TTL replays the first successful
 * response; the same key with another body is 422.
 */
async function idempotent(
  service: MockService,
  caller: Caller,
  operation: OperationSpec,
  key: string,
  fingerprint: string,
  execute: () => Promise<OperationResult> | OperationResult,
): Promise<OperationResult> {
  const { store, clock, config } = service.ctx;
  const now = clock.now();
  const storeKey = `${caller.principalId} ${operation.operationId} ${key}`;
  const existing = store.idempotency.get(storeKey);
  if (existing && now - existing.createdAt < config.idempotencyTtlMs) {
    if (existing.fingerprint !== fingerprint) {
      throw new DomainError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was used with a different request.",
      );
    }
    return {
      status: existing.status,
      body: existing.body,
      headers: { ...existing.headers, "idempotent-replayed": "true" },
    };
  }
  const result = await execute();
  if (result.status < 300) {
    store.idempotency.set(storeKey, {
      fingerprint,
      createdAt: now,
      status: result.status,
      body: result.body,
      headers: result.headers ?? {},
    });
  }
  return result;
}

function json(result: OperationResult): Response {
  if (result.body === undefined)
    return new Response(null, { status: result.status, headers: result.headers });
  return new Response(JSON.stringify(result.body), {
    status: result.status,
    headers: { "content-type": "application/json", ...result.headers },
  });
}
