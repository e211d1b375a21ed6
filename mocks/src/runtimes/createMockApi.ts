import { getResponse } from "msw";
import { createHandlers } from "../handlers/createHandlers.js";
import type { MockApi, MockApiOptions } from "./MockApi.js";
import { createMockInstance } from "./mockInstance.js";
import type { Msw } from "./mswLayer.js";

/** msw as imported with this module: `api.handlers` is there at once. */
const layer = { createHandlers, getResponse };
const msw: Msw = { now: () => layer, load: async () => layer };

/**
 * Creates an isolated, in-memory Tessera service: its own store, clock, outbox, journal and faults.
 *
 * @example
 * const api = createMockApi();
 * const client = createClient({ baseUrl: "https://api.tessera.dev", token: DEMO.tokens.ada.secret, fetch: api.fetch });
 * const me = await client.requester.get();
 *
 * @note `api.fetch` serves the handlers directly without patching any global, so parallel tests
 * never share state. Use `api.handlers` with `setupServer`/`setupWorker` to intercept globally.
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  return createMockInstance(options, msw);
}
