/** The Node-only entry: the mock on a real port (`@tessera/mock/server`). */
export type {
  MockServer,
  MockServerOptions,
  RequestLogLine,
} from "./runtimes/server/createMockServer.js";
export { createMockServer } from "./runtimes/server/mockServer.js";
