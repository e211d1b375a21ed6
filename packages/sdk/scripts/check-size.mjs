// Bundle budget (DESIGN.md §5): the ESM entry, minified and bundled with its dependencies
// (openapi-fetch), must stay within 7.25 kB gzipped. Run after `tsup`; prints the measured size.
// This script runs on Node; the SDK itself uses no Node built-ins.
//
// The budget guards what was reached (7.15 kB), not issue 17's goal of 6.5 kB, which the bench
// reports as unmet: openapi-fetch alone is 2.5 kB of it and cannot be tree-shaken (its createClient
// reaches every serializer), so 6.5 kB would leave 4 kB for our own code, which is 4.6 kB with
// every feature kept. See bench/suites/bundleSize.mjs.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET_BYTES = 7.25 * 1024;
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
