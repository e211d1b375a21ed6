/** The Node-only entry: the mock on a real port (`@tessera/mock/server`). */
export {
  createMockServer,
  type MockServer,
  type MockServerOptions,
  type RequestLogLine,
} from "./runtimes/server/createMockServer.js";
