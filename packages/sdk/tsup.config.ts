import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  tsconfig: "tsconfig.build.json",
  // openapi-fetch is ESM with only a default export for its client; required from our CJS build,
  // esbuild's Node-mode interop hands back the module object instead of the function. Bundling it
  // avoids the interop altogether (it stays a dependency for the types in index.d.ts).
  noExternal: ["openapi-fetch"],
  // The only `process` in the bundle is openapi-fetch's probe for Node's `requestInitExt` support,
  // which matters only when a client is created with a `requestInitExt` option: createClient and
  // createRawClient never pass one (nor can a call), so the probe is dead code. Defining `process`
  // away folds it out (56 bytes gzipped), and keeps the bundle free of Node globals. Revisit this
  // on every openapi-fetch upgrade: `grep -n process node_modules/openapi-fetch/dist/index.mjs`.
  define: { process: "undefined" },
  esbuildOptions(options) {
    options.minifySyntax = true;
  },
});
