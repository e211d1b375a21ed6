import { matchOperation, redactPath, redactSecrets, validateResponse } from "@tessera/mock/contract";
import type { ExchangeLog } from "./exchangeLog.js";

type Fetch = (request: Request) => Promise<Response>;

const TOKEN_ISSUED = /^\/v1\/tokens(\/[^/]+\/rotate)?$/;

/**
 * Wraps a fetch so that every response is checked against spec/openapi.yaml (status documented
 * for the operation, required headers, body schema) and every exchange is logged. A violation
 * fails the request that caused it, naming the request and what came back. What is logged (and so
 * printed in reports) shows a secret only as its 12-character prefix: a create or rotate answer
 * holds a full secret, and reports end up in CI logs.
 */
export function validatingFetch(fetch: Fetch, log: ExchangeLog): Fetch {
  return async (request) => {
    const url = new URL(request.url);
    const described = `${request.method} ${redactPath(url.pathname)}${redactSecrets(url.search)}`;
    const response = await fetch(request);
    const text = await response.clone().text();
    const shown = redactSecrets(text);
    log.exchanges.push({ request: described, status: response.status, body: shown.slice(0, 400) });
    const fail = (problem: string): never => {
      const violation = `${described} -> ${response.status}: ${redactSecrets(problem)} (came back: ${shown.slice(0, 200) || "no body"})`;
      log.violations.push(violation);
      throw new Error(`response outside spec/openapi.yaml: ${violation}`);
    };
    const match = matchOperation(request.method, url.pathname);
    if (!match || !("operation" in match)) {
      if (!response.headers.has("x-request-id")) fail("no X-Request-Id (E3)");
      return response;
    }
    let body: unknown;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch {
      fail("the body is not JSON");
    }
    // Recorded before the answer is checked: what the server made is cleaned up even when the
    // answer that made it is outside the contract.
    if (request.method === "POST" && response.status === 201 && TOKEN_ISSUED.test(url.pathname)) {
      const issued = body as { token?: { id?: string }; secret?: string } | undefined;
      if (issued?.token?.id && issued.secret)
        log.created.push({
          id: issued.token.id,
          secret: issued.secret,
          by: request.headers.get("authorization"),
        });
    }
    if (request.method === "PATCH" && url.pathname === "/v1/organization/policy" && response.status === 200) {
      log.policyChanges.push(request.headers.get("authorization") ?? "");
    }
    if (request.method === "POST" && url.pathname === "/v1/auth/login" && response.status === 201) {
      const value = (body as { value?: unknown } | undefined)?.value;
      if (typeof value === "string") log.sessions.push(value);
    }
    if (request.method === "POST" && url.pathname === "/v1/auth/logout" && response.status === 204) {
      const used = request.headers.get("authorization")?.replace(/^\S+\s+/, "");
      log.sessions = log.sessions.filter((secret) => secret !== used);
    }
    const problems = validateResponse(
      match.operation,
      response.status,
      response.headers.get("content-type"),
      response.headers,
      body,
    );
    if (problems.length > 0) fail(`${match.operation.operationId}: ${problems.join("; ")}`);
    return response;
  };
}
