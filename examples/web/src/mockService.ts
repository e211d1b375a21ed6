import { setupMockWorker } from "@tessera/mock/browser";

/**
 * Starts the in-memory Tessera service in MSW's service worker, answering the API under this
 * page's origin, so the app runs with no server. The state lives in the page: a reload starts
 * again from the demo data.
 *
 * @example
 * if (import.meta.env.DEV) await startMockService();
 */
export async function startMockService() {
  const { api, worker } = setupMockWorker({ baseUrl: location.origin });
  // "bypass": the page's own files (scripts, styles) go to the dev server as usual.
  // msw 2 reads onUnhandledRequest, msw 3 onUnhandledFrame; each ignores the other's name.
  const options = { onUnhandledRequest: "bypass", onUnhandledFrame: "bypass", quiet: true } as const;
  await worker.start(options);
  return api;
}
