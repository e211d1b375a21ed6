/**
 * @tessera/mock: the Tessera service in memory, for tests, browsers and a local server.
 *
 * Entry points: `@tessera/mock` (this: `createMockApi`, the demo data, the public types),
 * `@tessera/mock/node` (`setupMockServer`), `@tessera/mock/browser` (`setupMockWorker`),
 * `@tessera/mock/server` (`createMockServer`, a real port) and `@tessera/mock/contract` (the
 * contract as the mock reads it: operation matching and response validation, for test guards).
 * How the layers fit is in src/README.md.
 */
export type { ServiceConfig } from "./domain/context.js";
export type { FaultOptions, Faults, ForcedStatus, ResponseFaultOptions } from "./handlers/faults.js";
export type { JournalEntry } from "./handlers/journal.js";
export { createMockApi } from "./runtimes/createMockApi.js";
export type {
  MockApi,
  MockApiOptions,
  MockClock,
  MockJournal,
  MockMembers,
  MockOutbox,
  Notification,
} from "./runtimes/MockApi.js";
export type { ClockState, Duration } from "./runtimes/mockClock.js";
export { DEMO, demoSeed } from "./seed/demoSeed.js";
export type { Fixture } from "./seed/fixture.js";
export type { StoreChange, StoreSnapshot } from "./store/changeLog.js";
