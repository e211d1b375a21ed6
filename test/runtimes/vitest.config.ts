import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The runtime matrix (`pnpm test:runtimes`, through scripts/runtime-matrix.sh, which installs the
 * runtimes first): one file, its cells in order, against the packed packages (no aliases here).
 */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/runtimes/runtimeMatrix.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
