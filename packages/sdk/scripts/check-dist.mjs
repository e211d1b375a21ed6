// Smoke test of the built package (run after `tsup`): the ESM build is self-contained, and in both
// the ESM and the CJS build a failed call throws an error that is `instanceof` its family class and
// TesseraError, with its real name.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// No Node built-ins and no imports left in the ESM build: it must run on browsers, Deno, Bun and edge.
const source = readFileSync(new URL("../dist/index.js", import.meta.url), "utf8");
assert.doesNotMatch(
  source,
  /\bfrom\s*["']|\bimport\(|\brequire\(|["']node:|\bBuffer\b/,
  "dist/index.js imports something",
);

const esm = await import("../dist/index.js");
const cjs = createRequire(import.meta.url)("../dist/index.cjs");

const problem = {
  type: "https://docs.tessera.dev/problems/not_found",
  title: "Not found",
  status: 404,
  detail: "No token with this id.",
  code: "not_found",
  requestId: "req_check",
};
const fetch = async () =>
  new Response(JSON.stringify(problem), {
    status: 404,
    headers: { "content-type": "application/problem+json" },
  });

for (const [format, sdk] of [
  ["ESM", esm],
  ["CJS", cjs],
]) {
  const client = sdk.createClient({ baseUrl: "http://127.0.0.1:4010", fetch });
  const error = await client.tokens.get("tok_0000000000000000").catch((caught) => caught);
  assert.ok(error instanceof sdk.NotFoundError, `${format}: instanceof NotFoundError`);
  assert.ok(error instanceof sdk.TesseraError, `${format}: instanceof TesseraError`);
  assert.ok(error instanceof Error, `${format}: instanceof Error`);
  assert.ok(!(error instanceof sdk.ConflictError), `${format}: not instanceof ConflictError`);
  assert.equal(error.name, "NotFoundError");
  assert.equal(error.code, "not_found");
  assert.equal(error.requestId, "req_check");
  console.log(`${format} build: errors are instanceof their classes`);
}
