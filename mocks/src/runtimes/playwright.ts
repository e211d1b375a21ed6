/**
 * `@tessera/mock/playwright`: Playwright's `test` with one mock server per worker and one
 * `X-Mock-Session` per test, so tests running side by side never see each other's data.
 *
 * @example
 * import { expect, test } from "@tessera/mock/playwright";
 * test.use({ mockApiUrl: "https://api.tessera.dev" }); // the API URL your app calls (the default)
 * test("shows the signed-in user", async ({ page }) => {
 *   await page.goto("/");
 *   await expect(page.getByText("Ada Lovelace")).toBeVisible();
 * });
 */
import { test as base, type Route } from "@playwright/test";
import { devUtils } from "../handlers/devUtils.js";
import { mockTarget } from "./mockTarget.js";
import type { MockServerOptions } from "./server/createMockServer.js";
import { createMockServer } from "./server/mockServer.js";

/** This test's own state on the worker's mock server. */
export interface MockSession {
  /** The worker's mock server, e.g. `http://127.0.0.1:41234`. */
  readonly serverUrl: string;
  /** This test's `X-Mock-Session` name: its own store, clock, outbox and journal on that server. */
  readonly session: string;
  /**
   * Sends a request to the worker's server as this test's session: the API (`/v1/...`) or the
   * controls (`/__mock/journal`, ...).
   */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /**
   * Calls a control with a JSON body, e.g. `control("clock", { advance: { days: 31 } })`; throws
   * when the server refuses it.
   */
  control(name: string, body?: unknown): Promise<unknown>;
}

/** What `test` from `@tessera/mock/playwright` gives each test. */
export interface TesseraTestFixtures {
  /**
   * The API base URL the app under test calls (default `https://api.tessera.dev`); the page's
   * requests under it are answered by this test's session on the worker's mock server. Set it
   * with `test.use({ mockApiUrl })` or in the config's `use`.
   */
  mockApiUrl: string;
  /** This test's session on the worker's mock server. */
  mock: MockSession;
}

/** What `test` from `@tessera/mock/playwright` keeps for each worker. */
export interface TesseraWorkerFixtures {
  /** Options for the worker's server (default `{}`: the demo seed on a free loopback port). */
  mockServerOptions: MockServerOptions;
  /** The worker's running mock server. */
  mockServer: { readonly url: string };
}

let sessions = 0;

/**
 * Playwright's `test` extended with a `tessera-mock` server per worker (`mockServer`) and a session
 * per test (`mock`); every page's requests to `mockApiUrl` are answered by that session.
 *
 * @note Requests are forwarded with `route.fetch`, so the app keeps its own API URL and needs no
 * test build; Playwright answers CORS preflights of routed requests itself.
 */
export const test = base.extend<TesseraTestFixtures, TesseraWorkerFixtures>({
  mockServerOptions: [{}, { scope: "worker", option: true }],
  mockServer: [
    async ({ mockServerOptions }, use) => {
      const server = createMockServer({ port: 0, ...mockServerOptions });
      const { url } = await server.listen();
      await use({ url });
      await server.close();
    },
    { scope: "worker" },
  ],
  mockApiUrl: ["https://api.tessera.dev", { option: true }],
  mock: async ({ mockServer }, use, testInfo) => {
    const session = `pw-${testInfo.workerIndex}-${++sessions}`;
    const send = (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set("x-mock-session", session);
      return fetch(`${mockServer.url}${path}`, { ...init, headers });
    };
    await use({
      serverUrl: mockServer.url,
      session,
      fetch: send,
      async control(name, body) {
        const response = await send(`/__mock/${name}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body ?? {}),
        });
        const answer: unknown = await response.json().catch(() => null);
        if (!response.ok)
          throw new Error(
            devUtils.formatMessage(`control ${name}: ${response.status} ${JSON.stringify(answer)}`),
          );
        return answer;
      },
    });
  },
  context: async ({ context, mock, mockApiUrl }, use) => {
    const forward = async (route: Route) => {
      const request = route.request();
      const url = mockTarget(request.url(), mockApiUrl, mock.serverUrl);
      if (url === null) return route.fallback();
      try {
        const headers = { ...request.headers(), "x-mock-session": mock.session };
        await route.fulfill({ response: await route.fetch({ url, headers, maxRedirects: 0 }) });
      } catch {
        await route.abort("connectionfailed").catch(() => undefined);
      }
    };
    await context.route((url) => mockTarget(url.href, mockApiUrl, mock.serverUrl) !== null, forward);
    await use(context);
  },
});

export { expect } from "@playwright/test";
