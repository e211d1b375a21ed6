import { type HttpHandler, http } from "msw";
import { toFetchResponse } from "./answer.js";
import { OPERATIONS } from "./operations.js";
import { handleRequest } from "./pipeline/handleRequest.js";
import type { MockService } from "./service.js";

/**
 * MSW handlers for every operation of the contract, plus one for anything else under `/v1/`
 * (answered with a 404 or 405 problem).
 *
 * @param baseUrl Origin and path prefix to answer for, e.g. `https://api.tessera.dev`; default any origin.
 */
/**
 * Whether the handlers from {@link createHandlers} answer this URL: everything under `/v1/`
 * (below `baseUrl` when one is given). Used to route straight to the pipeline without asking
 * every MSW handler in turn; it must stay in step with the handler list below.
 */
export function answersFor(baseUrl?: string): (url: URL) => boolean {
  if (!baseUrl) return (url) => url.pathname.startsWith("/v1/");
  const base = new URL(baseUrl.replace(/\/+$/, ""));
  const prefix = `${base.pathname.replace(/\/+$/, "")}/v1/`;
  return (url) => url.origin === base.origin && url.pathname.startsWith(prefix);
}

export function createHandlers(service: MockService, baseUrl?: string): HttpHandler[] {
  const prefix = baseUrl ? baseUrl.replace(/\/+$/, "") : "*";
  const resolver = async ({ request }: { request: Request }) =>
    toFetchResponse(await handleRequest(service, request, service.connections.get(request)));
  return [
    ...OPERATIONS.map((operation) => http[operation.method](prefix + operation.mswPath, resolver)),
    http.all(`${prefix}/v1/*`, resolver),
  ];
}
