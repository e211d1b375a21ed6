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
});
