/**
 * @tessera/mock: the Tessera service in memory, for tests, browsers and a local server.
 *
 * Entry points: `@tessera/mock` (this: `createMockApi`, the demo data, fixtures: `createFixture`,
 * `validateFixture`, `FixtureError`, `fixtureSchema`; the public types),
 * `@tessera/mock/node` (`setupMockServer`), `@tessera/mock/browser` (`setupMockWorker`),
 * `@tessera/mock/server` (`createMockServer`, a real port) and `@tessera/mock/contract` (the
 * contract as the mock reads it: operation matching and response validation, for test guards).
 * How the layers fit is in src/README.md.
 */
export type { ServiceConfig } from "./domain/context.js";
export { fixtureSchema } from "./generated/fixtureSchema.js";
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
export {
  type BuiltToken,
  type BuiltUser,
  createFixture,
  FIXTURE_PASSWORD,
  type FixtureBuilder,
  type FixtureBuilderOptions,
  type FixtureTime,
  type OrganizationInput,
  type ResourceInput,
  type TokenInput,
  type UserInput,
} from "./seed/createFixture.js";
export { DEMO, demoSeed } from "./seed/demoSeed.js";
export { FixtureError, type FixtureProblem } from "./seed/FixtureError.js";
export type {
  Fixture,
  FixtureMembership,
  FixtureOrganization,
  FixtureResource,
  FixtureToken,
  FixtureUser,
} from "./seed/fixture.js";
export { type ValidateFixtureOptions, validateFixture } from "./seed/validateFixture.js";
export type { StoreChange, StoreSnapshot } from "./store/changeLog.js";
