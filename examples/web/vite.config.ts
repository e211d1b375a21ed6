import { fileURLToPath } from "node:url";
import { defineConfig, loadEnv } from "vite";
import { mswWorker } from "./vite/mswWorker.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Without `VITE_TESSERA_API_URL` the page talks to the in-memory mock through MSW's service worker
 * (see src/mockService.ts); with it, to that API, and neither the mock nor the worker is shipped.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, here("."), "VITE_");
  return {
    root: here("."),
    // In this workspace the SDK and the mock are used from their sources; an app installs the
    // built packages instead (test/consumer builds such an app with Vite).
    resolve: {
      alias: {
        "@tessera/sdk": here("../../packages/sdk/src/index.ts"),
        "@tessera/mock/browser": here("../../mocks/src/runtimes/browser.ts"),
      },
    },
    plugins: env.VITE_TESSERA_API_URL ? [] : [mswWorker()],
    build: {
      target: "es2022",
      // The in-memory mock (MSW, Ajv and the contract) is a ~700 kB chunk, loaded only when no
      // VITE_TESSERA_API_URL is set; a build for a real API leaves it out.
      chunkSizeWarningLimit: 800,
    },
  };
});
