import { type HttpHandler, http } from "msw";
import { toFetchResponse } from "./answer.js";
import { handleRequest } from "./pipeline/handleRequest.js";
import type { MockService } from "./service.js";

/**
 * The MSW handler for the contract: one for everything under `/v1/`, since the pipeline routes
 * every request itself (an operation, or a 404/405 problem). One handler instead of one per
 * operation spares msw matching a request against each in turn, which was most of what the mock
 * cost under `setupServer` (issue 17). What it answers is what `answersFor` (answersFor.ts) says.
 *
 * @param baseUrl Origin and path prefix to answer for, e.g. `https://api.tessera.dev`; default any origin.
 */
export function createHandlers(service: MockService, baseUrl?: string): HttpHandler[] {
  const prefix = baseUrl ? baseUrl.replace(/\/+$/, "") : "*";
  const resolver = async ({ request }: { request: Request }) =>
    toFetchResponse(await handleRequest(service, request, service.connections.get(request)));
  return [http.all(`${prefix}/v1/*`, resolver)];
}
