#!/usr/bin/env node
/**
 * Generates everything that derives mechanically from spec/openapi.yaml:
 *   - packages/sdk/src/generated/openapi.ts      TypeScript types (openapi-typescript)
 *   - mocks/src/generated/openapiDocument.ts     the document as a module, for the mock's validators
 *                                                (importable in Node and in the browser alike)
 *
 *   node scripts/generate.mjs          write both files
 *   node scripts/generate.mjs --check  exit 1 when a committed file is stale
 *
 * @note The output is deterministic (no timestamps) so that --check can compare bytes.
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const specPath = join(root, "spec/openapi.yaml");

const header = (what) => `/**
 * GENERATED FILE: DO NOT EDIT BY HAND.
 * ${what} from spec/openapi.yaml. Regenerate with \`pnpm generate\`; \`pnpm test\` fails when this file is stale.
 */

`;

async function sdkTypes() {
  const ast = await openapiTS(pathToFileURL(specPath), {
    alphabetize: false,
    exportType: true,
    immutable: false,
    enum: false,
    // A default makes a field optional for the sender; it is not a promise that the field is present.
    defaultNonNullable: false,
  });
  return header("TypeScript types") + astToString(ast);
}

async function mockDocument() {
  const document = parse(await readFile(specPath, "utf8"));
  return `${header("The OpenAPI document as data")}import type { OpenApiDocument } from "../handlers/openApiDocument.js";

export const openapiDocument: OpenApiDocument = ${JSON.stringify(document, null, 1)};
`;
}

const outputs = [
  { path: join(root, "packages/sdk/src/generated/openapi.ts"), render: sdkTypes },
  { path: join(root, "mocks/src/generated/openapiDocument.ts"), render: mockDocument },
];

const check = process.argv.includes("--check");
let stale = 0;
for (const { path, render } of outputs) {
  const fresh = await render();
  const name = relative(root, path);
  if (check) {
    const committed = await readFile(path, "utf8").catch(() => "");
    if (committed === fresh) console.log(`${name} is up to date with spec/openapi.yaml.`);
    else {
      console.error(`${name} is stale: it differs from a fresh generation of spec/openapi.yaml.`);
      stale++;
    }
  } else {
    await writeFile(path, fresh);
    console.log(`wrote ${name}`);
  }
}
if (stale) {
  console.error("Run `pnpm generate` and commit the result.");
  process.exit(1);
}
