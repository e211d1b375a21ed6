#!/usr/bin/env node
/**
 * Generates the SDK's TypeScript types from spec/openapi.yaml with openapi-typescript.
 *
 *   node scripts/generate-sdk-types.mjs          write packages/sdk/src/generated/openapi.ts
 *   node scripts/generate-sdk-types.mjs --check  exit 1 when the committed file is stale
 *
 * @note The output is deterministic (no timestamps) so that --check can compare bytes.
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const specPath = join(root, "spec/openapi.yaml");
const outPath = join(root, "packages/sdk/src/generated/openapi.ts");

const HEADER = `/**
 * GENERATED FILE: DO NOT EDIT BY HAND.
 * Source: spec/openapi.yaml. Regenerate with \`pnpm generate\`; \`pnpm test\` fails when this file is stale.
 */

`;

async function render() {
  const ast = await openapiTS(pathToFileURL(specPath), {
    alphabetize: false,
    exportType: true,
    immutable: false,
    enum: false,
  });
  return HEADER + astToString(ast);
}

const fresh = await render();
if (process.argv.includes("--check")) {
  const committed = await readFile(outPath, "utf8").catch(() => "");
  if (committed !== fresh) {
    console.error(
      `${relative(root, outPath)} is stale: it differs from a fresh generation of spec/openapi.yaml.\n` +
        "Run `pnpm generate` and commit the result.",
    );
    process.exit(1);
  }
  console.log(`${relative(root, outPath)} is up to date with spec/openapi.yaml.`);
} else {
  await writeFile(outPath, fresh);
  console.log(`wrote ${relative(root, outPath)}`);
}
