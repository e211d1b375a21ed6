import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "node",
  tsconfig: "tsconfig.build.json",
  // The scenarios are the repository's own suite, written against vitest's `describe`/`test`/`expect`;
  // in the kit, `vitest` is its registry and vitest's matchers (src/harness), never vitest itself.
  esbuildOptions(options) {
    options.alias = { vitest: fileURLToPath(new URL("./src/harness/vitest.ts", import.meta.url)) };
  },
});
