/**
 * `@tessera/mock/vitest`: vitest's `test` with an isolated mock and a ready SDK client per test.
 *
 * @example
 * import { expect, test } from "@tessera/mock/vitest";
 * test("Ada is signed in", async ({ client }) => {
 *   expect((await client.requester.get()).name).toBe("Ada Lovelace");
 * });
 */
import { type ClientOptions, createClient, type TesseraClient } from "@tessera/sdk";
import { test as base } from "vitest";
import { DEMO } from "../seed/demoSeed.js";
import { createMockApi } from "./createMockApi.js";
import type { MockApi, MockApiOptions } from "./MockApi.js";

/** The base URL the `client` fixture calls; `api.fetch` answers any origin. */
export const FIXTURE_BASE_URL = "https://api.tessera.dev";

/** What `test` from `@tessera/mock/vitest` gives each test. */
export interface TesseraFixtures {
  /**
   * Options for this test's `api` (default `{}`: the demo seed, real time). Change them for a
   * group of tests with `test.override({ mockOptions: { seed: "empty" } })` (vitest 4.1+) or `test.scoped(...)`.
   */
  mockOptions: MockApiOptions;
  /**
   * Options for this test's `client` over the defaults: `baseUrl` {@link FIXTURE_BASE_URL}, `fetch`
   * `api.fetch`, `token` Ada's demo secret (full access, admin of Acme) unless `token` or
   * `credentials` is given here (default `{}`).
   */
  clientOptions: Partial<ClientOptions>;
  /** A fresh, isolated mock for this test: its own store, clock, outbox, journal and faults. */
  api: MockApi;
  /** An SDK client answered by this test's `api` (no global fetch is touched, so tests may run concurrently). */
  client: TesseraClient;
}

/**
 * vitest's `test` extended with an isolated `api` (`createMockApi(mockOptions)`) and a `client`
 * (`createClient`) that calls it, both made anew for every test that asks for them.
 *
 * @example
 * test("a developer cannot create an organization token", async ({ api, client }) => {
 *   await api.members.setRole(DEMO.users.ada.id, DEMO.organizations.acme, "developer");
 *   await expect(client.tokens.create({ label: "ci", type: "organization", ... })).rejects.toMatchObject({ status: 403 });
 * });
 */
export const test = base.extend<TesseraFixtures>({
  mockOptions: {},
  clientOptions: {},
  api: async ({ mockOptions }, use) => {
    const api = createMockApi(mockOptions);
    await api.ready();
    await use(api);
  },
  client: async ({ api, clientOptions }, use) => {
    const caller =
      "token" in clientOptions || "credentials" in clientOptions ? {} : { token: DEMO.tokens.ada.secret };
    const options = {
      baseUrl: FIXTURE_BASE_URL,
      fetch: api.fetch,
      ...caller,
      ...clientOptions,
    } as ClientOptions;
    await use(createClient(options));
  },
});

/** The same `test`, under the name `it`. */
export const it = test;

export { expect } from "vitest";
