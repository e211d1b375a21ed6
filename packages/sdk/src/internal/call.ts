import type { ClientPathsWithMethod, MaybeOptionalInit, MethodResponse } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import type { RawClient } from "../rawClient.js";
import { errorFromResponse } from "./errorFromResponse.js";
import type { Send, SendOptions } from "./transport.js";

type Method = "GET" | "POST" | "PATCH" | "DELETE";
type OptionalWhenUndefined<T> = undefined extends T ? [T?] : [T];

/**
 * Calls one operation through the raw client with one call's options (its signal and headers, and a
 * fetch that hands the timeout, retries, `idempotencyKey` and `anonymous` to the transport); resolves
 * to the data, or throws the typed error. Typed by the contract like the raw client's methods: the
 * path, its parameters and body, and the data.
 *
 * @example
 * call("GET", "/v1/tokens/{id}", options, { params: { path: { id } } });
 */
export type Call = <M extends Method, P extends ClientPathsWithMethod<RawClient, Lowercase<M>>>(
  method: M,
  path: P,
  options: SendOptions | undefined,
  // Required when the operation has required parameters or a required body, as in openapi-fetch.
  ...init: OptionalWhenUndefined<MaybeOptionalInit<paths[P], Lowercase<M>>>
) => Promise<MethodResponse<RawClient, Lowercase<M>, P>>;

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

/** The {@link Call} of a client: `raw` for the request and response, `send` for the transport. */
export function createCall(raw: RawClient, send: Send): Call {
  return (method, path, options = {}, init?: object) =>
    (raw[method] as (path: string, init: object) => Promise<ApiResult<never>>)(path, {
      ...init,
      signal: options.signal,
      headers: options.headers,
      fetch: (request: Request) => send(request, options),
    }).then(unwrap);
}
