/**
 * Vitest config for the msw 3 run. scripts/msw3-compat.sh copies it into an overlay beside copies
 * of mocks/src, packages/sdk/src and test/, so every path here is relative to that overlay, and
 * bare imports (`msw`, `msw/node`, `@msw/data`, ...) from the copied sources resolve to this
 * folder's node_modules: msw 3, never the workspace's msw 2.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // The same aliases as the workspace's vitest.config.ts: tests run against the sources.
    alias: {
      "@tessera/sdk": here("./packages/sdk/src/index.ts"),
      "@tessera/mock/node": here("./mocks/src/runtimes/node.ts"),
      "@tessera/mock/browser": here("./mocks/src/runtimes/browser.ts"),
      "@tessera/mock/server": here("./mocks/src/server.ts"),
      "@tessera/mock/contract": here("./mocks/src/contract.ts"),
      "@tessera/mock/vitest": here("./mocks/src/runtimes/vitest.ts"),
      "@tessera/mock/playwright": here("./mocks/src/runtimes/playwright.ts"),
      "@tessera/mock": here("./mocks/src/index.ts"),
    },
  },
  test: {
    globalSetup: [here("./globalSetup.mjs")],
    // Everything that runs the mock's own code in this process. Left out: tests that start the
    // built CLI (mocks/dist bundles the workspace's msw 2), Chromium tests, Prism, type tests.
    include: [
      "mocks/src/**/*.test.ts",
      "packages/sdk/src/**/*.test.ts",
      "test/mock/*.test.ts",
      "test/msw3/*.test.ts",
      "test/sdk/*.test.ts",
      "test/server/http.test.ts",
      "test/server/controls.test.ts",
      "test/conformance/authorizationMatrix.test.ts",
      "test/conformance/concurrency.test.ts",
      "test/conformance/fuzz.test.ts",
    ],
  },
});
