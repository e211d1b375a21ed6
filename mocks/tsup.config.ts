import { defineConfig } from "tsup";

/**
 * Builds the CLI (and the server it runs) for Node as one file with its dependencies bundled:
 * loading hundreds of small module files (es-toolkit, graphql through msw's main entry) was the
 * largest part of the cold start. Scalar stays outside: the docs page serves its browser bundle
 * as a file.
 */
export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  clean: true,
  sourcemap: true,
  dts: false,
  noExternal: [/^(?!@scalar\/api-reference)/],
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
