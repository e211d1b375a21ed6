// Bundle budget (DESIGN.md §5): the ESM entry, minified and bundled with its dependencies
// (openapi-fetch), must stay within 8 kB gzipped. Run after `tsup`; prints the measured size.
// This script runs on Node; the SDK itself uses no Node built-ins.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET_BYTES = 8 * 1024;
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
