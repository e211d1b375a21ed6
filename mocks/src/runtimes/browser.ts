import { type SetupWorker, setupWorker } from "msw/browser";
import { createMockApi } from "./createMockApi.js";
import type { MockApi, MockApiOptions } from "./MockApi.js";

/** A mock instance and the MSW service worker that serves it in the browser. */
export interface MockWorkerSetup {
  /** The mock instance: state, clock, outbox, journal, faults. */
  api: MockApi;
  /** msw's worker over the instance's handlers: `start()`, `use()`, `stop()`. */
  worker: SetupWorker;
}

/**
 * Creates a mock instance served by the MSW service worker, so a browser app runs against it with
 * no server. Run `npx msw init <public dir>` once to install the worker script.
 *
 * @example
 * const { api, worker } = setupMockWorker();
 * // msw 2 reads onUnhandledRequest, msw 3 onUnhandledFrame.
 * const bypass = { onUnhandledRequest: "bypass", onUnhandledFrame: "bypass" } as const;
 * await worker.start(bypass);
 */
export function setupMockWorker(options: MockApiOptions = {}): MockWorkerSetup {
  const api = createMockApi(options);
  return { api, worker: setupWorker(...api.handlers) };
}
