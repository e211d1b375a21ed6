import { defineConfig } from "tsup";

/** Builds the CLI (and the server it runs) for Node; dependencies stay in node_modules. */
export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  clean: true,
  sourcemap: true,
  dts: false,
});
