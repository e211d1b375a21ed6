// A page that runs on the mock in MSW's service worker (`npx msw init web/public` put it there).
import { DEMO } from "@tessera/mock";
import { setupMockWorker } from "@tessera/mock/browser";
import { createClient } from "@tessera/sdk";

const who = document.querySelector("#who") as HTMLElement;
const { worker } = setupMockWorker({ baseUrl: "https://api.tessera.dev" });
worker
  .start({ onUnhandledRequest: "bypass", quiet: true })
  .then(() =>
    createClient({ baseUrl: "https://api.tessera.dev", token: DEMO.tokens.ada.secret }).requester.get(),
  )
  .then(
    (me) => {
      who.textContent = me.name;
    },
    (error: unknown) => {
      who.textContent = `failed: ${String(error)}`;
    },
  );
