import createFetchClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";

/** Options for {@link createRawClient}. */
export interface RawClientOptions {
  /** Base URL of the service, e.g. `http://127.0.0.1:4010` for the local mock. */
  baseUrl: string;
  /** Secret sent with every request (session, personal, organization or legacy). */
  token?: string;
  /** Authorization scheme for `token` (default `"Bearer"`; the service also accepts `"ApiKey"`). */
  scheme?: "Bearer" | "ApiKey";
  /** Custom fetch (defaults to globalThis.fetch); inject the mock's `fetch` in tests. */
  fetch?: (input: Request) => Promise<Response>;
  /** Headers added to every request. */
  headers?: Record<string, string>;
}

/** The openapi-fetch client typed by the contract's `paths`. */
export type RawClient = Client<paths>;

/**
 * Creates a client for the Tessera API, typed by the OpenAPI contract.
 *
 * @example
 * const client = createRawClient({ baseUrl: "http://127.0.0.1:4010", token: process.env.TESSERA_TOKEN });
 * const { data, error } = await client.GET("/v1/tokens/{id}", { params: { path: { id } } });
 *
 * @note Like openapi-fetch, it returns `{ data, error, response }` and never throws on 4xx/5xx. It has
 * no retries, timeouts or logins: `createClient(options).raw` is the same client with all of them.
 */
export function createRawClient(options: RawClientOptions): RawClient {
  const { baseUrl, token, scheme = "Bearer", fetch, headers } = options;
  // openapi-fetch falls back to globalThis.fetch when `fetch` is undefined.
  const client = createFetchClient<paths>({ baseUrl, headers, fetch });
  if (token !== undefined) {
    const value = `${scheme} ${token}`;
    client.use({
      onRequest({ request }) {
        if (!request.headers.has("authorization")) request.headers.set("authorization", value);
        return request;
      },
    });
  }
  return client;
}
