import { copyFileSync, rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { thirdPartyNotices } from "./scripts/thirdPartyNotices.js";

/** The licenses of what both builds bundle, shipped with them. */
const notices = thirdPartyNotices("dist/THIRD-PARTY-NOTICES.md");

/** Every entry point of the package (`exports` in package.json), by its file name in dist/. */
const ENTRIES = {
  index: "src/index.ts",
  node: "src/runtimes/node.ts",
  browser: "src/runtimes/browser.ts",
  server: "src/server.ts",
  contract: "src/contract.ts",
  vitest: "src/runtimes/vitest.ts",
  playwright: "src/runtimes/playwright.ts",
};

/**
 * The library: one ES module and one declaration file per entry point, shared code in chunks.
 * Peers stay imports of the app's own copies (msw above all: handlers must come from the app's
 * msw), and so does the SDK; the mock's own dependencies (@msw/data, Ajv, @noble/hashes) are
 * bundled, so `import("@tessera/mock")` reads a few files instead of hundreds.
 */
const library: Options = {
  entry: ENTRIES,
  format: ["esm"],
  platform: "neutral",
  target: "es2022",
  dts: true,
  splitting: true,
  sourcemap: false,
  clean: false,
  tsconfig: "tsconfig.build.json",
  // Keep `node:` on built-ins, so bundlers for the browser never mistake them for npm packages.
  removeNodeProtocol: false,
  external: [/^node:/, /^msw(\/|$)/, /^@tessera\/sdk$/, /^vitest(\/|$)/, /^@playwright\/test$/],
  noExternal: [/^(?!msw(\/|$)|@tessera\/sdk$|vitest(\/|$)|@playwright\/test$|node:)/],
  esbuildOptions: (options) => {
    // Bundled CommonJS packages (Ajv) name their entry in `main`.
    options.mainFields = ["module", "main"];
  },
  esbuildPlugins: [notices],
};

/**
 * The CLI (and the server it runs) for Node as one file with its dependencies bundled: loading
 * hundreds of small module files (es-toolkit, graphql through msw's main entry) was the largest part
 * of the cold start. Scalar is never imported: the docs page serves its browser bundle as a file,
 * found when /docs is asked for. Source maps are for `bench profile`; the package leaves them out.
 */
const cli: Options = {
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  sourcemap: true,
  clean: false,
  dts: false,
  noExternal: [/^(?!@scalar\/api-reference)/],
  // The CLI's own chunks (loaded after its arguments are parsed) apart from the library's.
  esbuildOptions: (options) => {
    options.chunkNames = "cli-[name]-[hash]";
  },
  esbuildPlugins: [notices],
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // /openapi.yaml is served from the package, beside the server's code.
  onSuccess: async () => copyFileSync("../spec/openapi.yaml", "dist/openapi.yaml"),
};

export default defineConfig(() => {
  // Both builds write to dist/ at once, so neither may clean it: it is emptied here, once.
  rmSync("dist", { recursive: true, force: true });
  return [library, cli];
});
