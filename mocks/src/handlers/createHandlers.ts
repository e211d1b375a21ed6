import { type HttpHandler, http } from "msw";
import { toFetchResponse } from "./answer.js";
import { OPERATIONS } from "./operations.js";
import { handleRequest } from "./pipeline/handleRequest.js";
import type { MockService } from "./service.js";

/**
 * MSW handlers for every operation of the contract, plus one for anything else under `/v1/`
 * (answered with a 404 or 405 problem). What they answer is what `answersFor` (answersFor.ts)
 * says, which must stay in step with this list.
 *
 * @param baseUrl Origin and path prefix to answer for, e.g. `https://api.tessera.dev`; default any origin.
 */
export function createHandlers(service: MockService, baseUrl?: string): HttpHandler[] {
  const prefix = baseUrl ? baseUrl.replace(/\/+$/, "") : "*";
  const resolver = async ({ request }: { request: Request }) =>
    toFetchResponse(await handleRequest(service, request, service.connections.get(request)));
  return [
    ...OPERATIONS.map((operation) => http[operation.method](prefix + operation.mswPath, resolver)),
    http.all(`${prefix}/v1/*`, resolver),
  ];
}
