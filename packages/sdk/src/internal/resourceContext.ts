import type { RequestOptions } from "../RequestOptions.js";
import type { RawClient } from "../rawClient.js";
import { errorFromResponse } from "./errorFromResponse.js";
import type { Send, SendOptions, SessionManager } from "./sessionManager.js";

/** What every resource needs: the raw client, the transport and the credential state. */
export interface ResourceContext {
  raw: RawClient;
  send: Send;
  sessions: SessionManager;
}

/**
 * The openapi-fetch options that carry one call's {@link RequestOptions}: its signal and headers,
 * and a fetch that hands the per-call timeout and retries to the transport.
 */
export function callInit(context: ResourceContext, options: SendOptions = {}) {
  return {
    signal: options.signal,
    headers: options.headers,
    fetch: (request: Request) => context.send(request, options),
  };
}

/** What an openapi-fetch call resolves to: `data` on success, the parsed `error` body otherwise. */
export interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful openapi-fetch result; the typed error of a failed one. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.response.ok) throw errorFromResponse(result.response, result.error);
  return result.data as T;
}
