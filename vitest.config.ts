import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources; the built package is checked by publint and attw.
    alias: {
      "@tessera/sdk": here("./packages/sdk/src/index.ts"),
      "@tessera/mock/node": here("./mocks/src/runtimes/node.ts"),
      "@tessera/mock/browser": here("./mocks/src/runtimes/browser.ts"),
      "@tessera/mock/server": here("./mocks/src/server.ts"),
      "@tessera/mock/contract": here("./mocks/src/contract.ts"),
      "@tessera/mock/vitest": here("./mocks/src/runtimes/vitest.ts"),
      "@tessera/mock/playwright": here("./mocks/src/runtimes/playwright.ts"),
      "@tessera/mock": here("./mocks/src/index.ts"),
      // The kit's scenarios are this suite's own; from its sources they would register with this
      // vitest, so the kit's proofs (test/conformance/conformanceKit.test.ts) run its build.
      "@tessera/conformance": here("./packages/conformance/dist/index.js"),
    },
  },
  test: {
    reporters: ["default", "./test/support/summaryReporter.ts"],
    include: ["test/**/*.test.ts", "packages/*/src/**/*.test.ts", "mocks/src/**/*.test.ts"],
    // The packed packages in an app outside the workspace: `pnpm test:consumer`, its own config.
    exclude: [...configDefaults.exclude, "test/consumer/**"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts", "mocks/src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
