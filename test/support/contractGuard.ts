import { matchOperation, validateResponse } from "@tessera/mock/contract";

/** Every violation the guard has seen in this test file. */
export const contractViolations: string[] = [];

/**
 * Wraps a fetch so that every response is checked against the contract: the status must be
 * documented for the operation, required headers present (X-Request-Id everywhere, E3), and the
 * body valid against the documented schema. A violation fails the request that caused it.
 */
export function guardContract(fetch: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const method = request.method;
    const url = new URL(request.url);
    const response = await fetch(request);
    const match = matchOperation(method, url.pathname);
    if (!match || !("operation" in match)) {
      if (!response.headers.has("x-request-id")) record(`${method} ${url.pathname}: no X-Request-Id`);
      return response;
    }
    const text = await response.clone().text();
    let body: unknown;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch {
      record(`${method} ${url.pathname} ${response.status}: body is not JSON`);
    }
    const problems = validateResponse(
      match.operation,
      response.status,
      response.headers.get("content-type"),
      response.headers,
      body,
    );
    for (const problem of problems) record(`${match.operation.operationId} ${response.status}: ${problem}`);
    return response;
  };
}

function record(violation: string): never {
  contractViolations.push(violation);
  throw new Error(`contract violation: ${violation}`);
}
