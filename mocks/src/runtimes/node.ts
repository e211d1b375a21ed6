import { type SetupServer, setupServer } from "msw/node";
import { createMockApi } from "./createMockApi.js";
import type { MockApi, MockApiOptions } from "./MockApi.js";

/** A mock instance and the msw/node server that intercepts requests to it. */
export interface MockServerSetup {
  /** The mock instance: state, clock, outbox, journal, faults. */
  api: MockApi;
  /** msw's server over the instance's handlers: `listen()`, `use()`, `resetHandlers()`, `close()`. */
  server: SetupServer;
}

/**
 * Creates a mock instance and an msw/node server intercepting requests to it process-wide.
 *
 * @example
 * const { api, server } = setupMockServer({ baseUrl: "https://api.tessera.dev" });
 * // msw 2 reads onUnhandledRequest, msw 3 onUnhandledFrame: pass both to be strict on either.
 * const strict = { onUnhandledRequest: "error", onUnhandledFrame: "error" } as const;
 * beforeAll(() => server.listen(strict));
 * afterEach(() => api.reset());
 * afterAll(() => server.close());
 *
 * @note Patches the global fetch while listening: prefer `api.fetch` for tests that run in parallel.
 */
export function setupMockServer(options: MockApiOptions = {}): MockServerSetup {
  const api = createMockApi(options);
  return { api, server: setupServer(...api.handlers) };
}
