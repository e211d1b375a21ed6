// The browser entry's types (checked with the DOM library, under `bundler`).
import { type MockWorkerSetup, setupMockWorker } from "@tessera/mock/browser";

const { api, worker }: MockWorkerSetup = setupMockWorker({ baseUrl: "https://api.tessera.dev" });
await worker.start({ onUnhandledRequest: "bypass", quiet: true });
export const journal = api.journal.list();
