// Bundle budget (DESIGN.md §5): the ESM entry, minified and bundled with its dependencies
// (openapi-fetch), must stay within 6.5 kB gzipped, issue 17's goal. Run after `tsup`; prints the
// measured size. This script runs on Node; the SDK itself uses no Node built-ins.
//
// 6.49 kB was reached (from 7.15 kB) with every feature kept: openapi-fetch is still 2.5 kB of it
// and cannot be tree-shaken (`client.raw` exposes all of it), so our own code was cut. The resource
// methods are one typed table in createClient.ts over one `call` helper through `raw` (internal/
// call.ts) instead of seven factories; the session state lives in the transport's closure; the
// transport sends `idempotencyKey`; log redaction is a JSON.parse reviver; smaller UUID, secret and
// URL checks. tsup folds openapi-fetch's dead `process` probe (`define`) and inlines constants
// (`minifySyntax`), as the bundle's top-level `var`s could not be inlined later. See
// bench/suites/bundleSize.mjs.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET_BYTES = 6.5 * 1024;
const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));

const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  write: false,
  logLevel: "silent",
});
const code = result.outputFiles[0].contents;
const gzipped = gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

console.log(
  `@tessera/sdk ESM bundle: ${kb(code.length)} minified, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)})`,
);
if (gzipped > BUDGET_BYTES) {
  console.error(`Over budget by ${kb(gzipped - BUDGET_BYTES)}`);
  process.exit(1);
}
