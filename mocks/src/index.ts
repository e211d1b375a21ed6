/**
 * @tessera/mock: the Tessera service in memory.
 *
 * Layers, with dependencies pointing one way (DESIGN.md §1):
 *   runtimes (node, browser, fetch, http server, cli)
 *     -> handlers (HTTP <-> domain, validation, problem+json)
 *       -> domain (token rules, pure, clock-injected)
 *         -> store (@msw/data collections + indexes)
 */
export type { ServiceConfig } from "./domain/context.js";
export type { FaultOptions, ForcedStatus, ResponseFaultOptions } from "./handlers/faults.js";
export type { JournalEntry } from "./handlers/journal.js";
export { matchOperation, OPERATIONS, type OperationSpec } from "./handlers/operations.js";
export { validateResponse } from "./handlers/schemaValidation.js";
export {
  createMockApi,
  type MockApi,
  type MockApiOptions,
  type Notification,
} from "./runtimes/createMockApi.js";
export type { ClockState, Duration, MockClock } from "./runtimes/mockClock.js";
export { DEMO, demoSeed } from "./seed/demoSeed.js";
export type { Fixture } from "./seed/fixture.js";
export { applyChanges, type StoreChange, type StoreSnapshot } from "./store/createStore.js";
