import { createMockApi } from "../createMockApi.js";
import { createMockServerWith, type MockServer, type MockServerOptions } from "./createMockServer.js";

/**
 * The mock service on a real port: the same MSW handlers (via `getResponse`, so overrides apply)
 * behind node:http, with `/__mock/*` controls, `/docs`, per-caller isolation by `X-Mock-Session`,
 * and optional persistence. Each session is a `createMockApi` instance (`server.sessions.get()`).
 *
 * @example
 * const server = await createMockServer({ port: 0 }).listen();
 * console.log(server.url); // http://127.0.0.1:<port>
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  return createMockServerWith(createMockApi, options);
}
