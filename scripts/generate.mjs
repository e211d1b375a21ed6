#!/usr/bin/env node
/**
 * Generates everything that derives mechanically from spec/openapi.yaml:
 *   - packages/sdk/src/generated/openapi.ts      TypeScript types (openapi-typescript)
 *   - mocks/src/generated/openapiDocument.ts     the document as a module, for the mock's validators
 *                                                (importable in Node and in the browser alike)
 * and from spec/fixture.schema.yaml (the mock's fixture format) with the parts of openapi.yaml it names:
 *   - mocks/fixture.schema.json                  the fixture format as one standalone JSON Schema
 *                                                (shipped as `@tessera/mock/fixture.schema.json`)
 *   - mocks/src/generated/fixtureSchema.ts       the same schema as a module, for the mock's validator
 *   - mocks/src/generated/fixtureTypes.ts        its TypeScript types (openapi-typescript)
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
const fixtureSpecPath = join(root, "spec/fixture.schema.yaml");

const header = (what, from = "spec/openapi.yaml") => `/**
 * GENERATED FILE: DO NOT EDIT BY HAND.
 * ${what} from ${from}. Regenerate with \`pnpm generate\`; \`pnpm test\` fails when this file is stale.
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

const CONTRACT_SCHEMAS = "openapi.yaml#/components/schemas/";
const LOCAL_SCHEMAS = "#/components/schemas/";

/**
 * spec/fixture.schema.yaml with every schema of openapi.yaml it names (and those they name) copied
 * into its `$defs`, so that the fixture format is one document that needs nothing else. OpenAPI's
 * `example` becomes JSON Schema's `examples`.
 */
async function bundledFixtureSchema() {
  const contract = parse(await readFile(specPath, "utf8")).components.schemas;
  const fixture = parse(await readFile(fixtureSpecPath, "utf8"));
  const copied = {};
  const include = (name) => {
    if (name in copied) return;
    if (!(name in contract))
      throw new Error(`spec/fixture.schema.yaml names ${name}, which openapi.yaml lacks`);
    if (name in fixture.$defs)
      throw new Error(`spec/fixture.schema.yaml defines ${name}, a name openapi.yaml has`);
    copied[name] = null; // reserved first: schemas may name each other
    copied[name] = rewrite(contract[name], true);
  };
  const rewrite = (node, fromContract) => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, fromContract));
    if (!node || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      const prefix = fromContract ? LOCAL_SCHEMAS : CONTRACT_SCHEMAS;
      if (key === "$ref" && typeof value === "string" && value.startsWith(prefix)) {
        const name = value.slice(prefix.length);
        include(name);
        out.$ref = `#/$defs/${name}`;
      } else if (fromContract && key === "example") out.examples = [value];
      else out[key] = rewrite(value, fromContract);
    }
    return out;
  };
  const { $schema, ...rest } = rewrite(fixture, false);
  const $defs = {
    ...rest.$defs,
    ...Object.fromEntries(Object.entries(copied).sort(([a], [b]) => a.localeCompare(b))),
  };
  return {
    $schema,
    $comment:
      "GENERATED from spec/fixture.schema.yaml and spec/openapi.yaml by `pnpm generate`: do not edit by hand.",
    ...rest,
    $defs,
  };
}

async function fixtureSchemaFile() {
  return `${JSON.stringify(await bundledFixtureSchema(), null, 2)}\n`;
}

async function fixtureSchemaModule() {
  const schema = await bundledFixtureSchema();
  return `${header("The fixture format as a JSON Schema", "spec/fixture.schema.yaml and spec/openapi.yaml")}export const fixtureSchema: Record<string, unknown> = ${JSON.stringify(schema, null, 1)};
`;
}

/** The fixture's types, by openapi-typescript from the bundled schema posing as an OpenAPI document. */
async function fixtureTypes() {
  const { $schema: _schema, $comment: _comment, $defs, ...root } = await bundledFixtureSchema();
  const asComponents = (node) =>
    JSON.parse(JSON.stringify(node).replaceAll('"#/$defs/', `"${LOCAL_SCHEMAS}`));
  const document = {
    openapi: "3.1.0",
    info: { title: "Tessera mock fixture", version: "1.0.0" },
    paths: {},
    components: { schemas: asComponents({ Fixture: root, ...$defs }) },
  };
  const ast = await openapiTS(document, {
    alphabetize: false,
    exportType: true,
    immutable: false,
    enum: false,
    defaultNonNullable: false,
  });
  return (
    header("TypeScript types of the fixture format", "spec/fixture.schema.yaml and spec/openapi.yaml") +
    astToString(ast)
  );
}

const outputs = [
  { path: join(root, "packages/sdk/src/generated/openapi.ts"), render: sdkTypes },
  { path: join(root, "mocks/src/generated/openapiDocument.ts"), render: mockDocument },
  { path: join(root, "mocks/fixture.schema.json"), render: fixtureSchemaFile },
  { path: join(root, "mocks/src/generated/fixtureSchema.ts"), render: fixtureSchemaModule },
  { path: join(root, "mocks/src/generated/fixtureTypes.ts"), render: fixtureTypes },
];

const check = process.argv.includes("--check");
let stale = 0;
for (const { path, render } of outputs) {
  const fresh = await render();
  const name = relative(root, path);
  if (check) {
    const committed = await readFile(path, "utf8").catch(() => "");
    if (committed === fresh) console.log(`${name} is up to date with spec/.`);
    else {
      console.error(`${name} is stale: it differs from a fresh generation of spec/.`);
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
