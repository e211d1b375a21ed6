import { setupWorker } from "msw/browser";
import { createMockApi, type MockApiOptions } from "./createMockApi.js";

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
export function setupMockWorker(options: MockApiOptions = {}) {
  const api = createMockApi(options);
  return { api, worker: setupWorker(...api.handlers) };
}
