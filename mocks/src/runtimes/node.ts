import { setupServer } from "msw/node";
import { createMockApi, type MockApiOptions } from "./createMockApi.js";

/**
 * Creates a mock instance and an msw/node server intercepting requests to it process-wide.
 *
 * @example
 * const { api, server } = setupMockServer({ baseUrl: "https://api.tessera.dev" });
 * beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
 * afterEach(() => api.reset());
 * afterAll(() => server.close());
 *
 * @note Patches the global fetch while listening: prefer `api.fetch` for tests that run in parallel.
 */
export function setupMockServer(options: MockApiOptions = {}) {
  const api = createMockApi(options);
  return { api, server: setupServer(...api.handlers) };
}
