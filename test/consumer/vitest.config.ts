import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The outside-consumer test (`pnpm test:consumer`): one file, its steps in order, against the built
 * and packed packages rather than the sources (no aliases here).
 */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/consumer/consumer.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
