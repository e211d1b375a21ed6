#!/usr/bin/env node
/**
 * Generates everything that derives mechanically from spec/openapi.yaml:
 *   - packages/sdk/src/generated/openapi.ts      TypeScript types (openapi-typescript)
 *   - mocks/src/generated/openapiDocument.ts     the document as a module, for the mock's validators
 *                                                (importable in Node and in the browser alike)
 *   - mocks/src/generated/parameterValidators.ts the request validators (path, query, headers of each
 *     mocks/src/generated/bodyValidators.ts      operation; JSON bodies) as Ajv standalone code, so the
 *                                                mock neither loads Ajv nor compiles them at start
 * and from spec/fixture.schema.yaml (the mock's fixture format) with the parts of openapi.yaml it names:
 *   - mocks/fixture.schema.json                  the fixture format as one standalone JSON Schema
 *                                                (shipped as `@tessera/mock/fixture.schema.json`)
 *   - mocks/src/generated/fixtureSchema.ts       the same schema as a module (exported by the mock)
 *   - mocks/src/generated/fixtureValidator.ts    its validator as Ajv standalone code
 *   - mocks/src/generated/fixtureTypes.ts        its TypeScript types (openapi-typescript)
 *
 *   node scripts/generate.mjs          write both files
 *   node scripts/generate.mjs --check  exit 1 when a committed file is stale
 *
 * @note The output is deterministic (no timestamps) so that --check can compare bytes.
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
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

/** Ajv is the mock's dependency, resolved from there. */
const mockRequire = createRequire(join(root, "mocks/package.json"));
const interop = (module) => module.default ?? module;

/** Must equal DOCUMENT_ID in mocks/src/handlers/requestSchemas.ts. */
const DOCUMENT_ID = "tessera-openapi";
const METHODS = ["get", "post", "patch", "delete", "put"];

/**
 * The request schemas of every operation, keyed `<operationId>_path|query|header|body`, built as
 * mocks/src/handlers/requestSchemas.ts builds them (its test compares the digest written below).
 */
function requestSchemas(document) {
  const resolve = (node) => {
    let current = node;
    while (current && typeof current === "object" && typeof current.$ref === "string") {
      const path = current.$ref.replace(/^#\//, "").split("/");
      current = path.reduce((value, key) => value[key.replace(/~1/g, "/").replace(/~0/g, "~")], document);
    }
    return current;
  };
  const rebase = (schema) => {
    if (Array.isArray(schema)) return schema.map(rebase);
    if (!schema || typeof schema !== "object") return schema;
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
      out[key] =
        key === "$ref" && typeof value === "string" && value.startsWith("#")
          ? DOCUMENT_ID + value
          : rebase(value);
    }
    return out;
  };
  const schemas = {};
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
      for (const where of ["path", "query", "header"]) {
        const own = parameters.filter((p) => p.in === where);
        const name = (p) => (where === "header" ? p.name.toLowerCase() : p.name);
        schemas[`${operation.operationId}_${where}`] = {
          type: "object",
          properties: Object.fromEntries(own.map((p) => [name(p), rebase(p.schema)])),
          required: own.filter((p) => p.required).map(name),
          additionalProperties: where === "header",
        };
      }
      const body = operation.requestBody?.content["application/json"]?.schema;
      if (body) schemas[`${operation.operationId}_body`] = rebase(body);
    }
  }
  return schemas;
}

/** The digest of the request schemas (keys sorted), which requestSchemas.test.ts recomputes. */
const schemasDigest = (schemas) =>
  createHash("sha256")
    .update(
      JSON.stringify(
        Object.keys(schemas)
          .sort()
          .map((key) => [key, schemas[key]]),
      ),
    )
    .digest("hex");

/** Keywords that only annotate a schema: left out of the compiled code, which embeds schemas. */
const ANNOTATIONS = new Set(["description", "example", "examples", "title"]);
/** Keywords whose value is a map of schemas, and those whose value is a schema or a list of them. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
const SCHEMA_VALUES = new Set([
  "items",
  "prefixItems",
  "additionalProperties",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
]);
function withoutAnnotations(schema, dropped = ANNOTATIONS) {
  if (Array.isArray(schema)) return schema.map((item) => withoutAnnotations(item, dropped));
  if (!schema || typeof schema !== "object") return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (dropped.has(key)) continue;
    if (SCHEMA_MAPS.has(key))
      out[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v, dropped)]),
      );
    else if (SCHEMA_VALUES.has(key)) out[key] = withoutAnnotations(value, dropped);
    else out[key] = value;
  }
  return out;
}

/**
 * Ajv standalone code for some of the request validators, as mocks/src/handlers/schemaValidation.ts
 * configured Ajv to compile them (parameters coerced from strings, bodies not). The code's
 * require() calls become imports, so the module loads in Node and in browsers alike.
 */
async function validatorsModule(kind) {
  const document = parse(await readFile(specPath, "utf8"));
  const all = requestSchemas(document);
  const keys = Object.keys(all).filter((key) => (kind === "body") === key.endsWith("_body"));
  const ajv = standaloneAjv({
    strict: false,
    allErrors: true,
    coerceTypes: kind !== "body",
    validateSchema: false,
  });
  const components = Object.fromEntries(
    Object.entries(document.components.schemas).map(([name, schema]) => [name, withoutAnnotations(schema)]),
  );
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: components } });
  for (const key of keys) ajv.addSchema({ ...withoutAnnotations(all[key]), $id: key });
  const digest = `
/** The digest of the schemas these validators were compiled from (see requestSchemas.ts). */
export const SCHEMAS_DIGEST = "${schemasDigest(all)}";`;
  const exports = Object.fromEntries(keys.map((key) => [key, key]));
  return `${header(`Ajv standalone code of the request ${kind === "body" ? "body" : "parameter"} validators`)}// @ts-nocheck
${standaloneModule(ajv, exports, digest)}
`;
}

/**
 * Ajv (JSON Schema 2020-12, with the standard formats) set to emit standalone code whose formats
 * come from ajv-formats' module (see {@link standaloneModule}); `options` are Ajv's own.
 */
function standaloneAjv(options) {
  const Ajv2020 = interop(mockRequire("ajv/dist/2020"));
  const addFormats = interop(mockRequire("ajv-formats"));
  const { _ } = mockRequire("ajv");
  const ajv = new Ajv2020({
    ...options,
    code: { source: true, esm: true, lines: true, formats: _`formatsModule.fullFormats` },
  });
  addFormats(ajv);
  return ajv;
}

/**
 * Ajv's standalone code for the schemas `exports` names (export name -> schema id), as an ES module:
 * its require() calls become imports, so the module loads in Node and in browsers alike.
 * `preamble` goes between the imports and the code.
 */
function standaloneModule(ajv, exports, preamble = "") {
  const standaloneCode = interop(mockRequire("ajv/dist/standalone"));
  const runtime = {};
  const code = standaloneCode(ajv, exports)
    .replace(/^"use strict";/, "")
    .replace(/require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/g, (_match, name) => {
      runtime[name] = true;
      return `runtime(${name}Module)`;
    });
  const imports = Object.keys(runtime)
    .sort()
    .map((name) => `import * as ${name}Module from "ajv/dist/runtime/${name}.js";\n`)
    .join("");
  const formats = code.includes("formatsModule.")
    ? `import * as formatsModule from "ajv-formats/dist/formats.js";\n`
    : "";
  const helper = imports
    ? "/** A runtime function of Ajv's (CommonJS: its `default` export, however the loader wraps it). */\n" +
      'const runtime = (module: any) => (typeof module.default === "function" ? module.default : module.default.default);\n'
    : "";
  return `${imports}${formats}${helper}${preamble}
${code}`;
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

/**
 * The fixture format's validator as Ajv standalone code, compiled as mocks/src/seed/fixtureSchemaCheck.ts
 * reads its errors: all of them, each with the schema that failed (`verbose`: a `title` explains an
 * alternative). Compiling the schema at run time cost a `--seed` start over 100 ms, and loading Ajv
 * a tenth of every start. Titles stay in the embedded schemas; the other annotations are left out.
 */
async function fixtureValidatorModule() {
  const ajv = standaloneAjv({ strict: true, strictRequired: false, allErrors: true, verbose: true });
  const { $schema, $comment, ...schema } = await bundledFixtureSchema();
  ajv.addSchema(withoutAnnotations(schema, FIXTURE_ANNOTATIONS), "fixture");
  return `${header("Ajv standalone code of the fixture format's validator", "spec/fixture.schema.yaml and spec/openapi.yaml")}// @ts-nocheck
${standaloneModule(ajv, { validateFixtureSchema: "fixture" })}
`;
}
/** What the fixture validator's embedded schemas leave out: every annotation but `title`. */
const FIXTURE_ANNOTATIONS = new Set([...ANNOTATIONS, "$comment"].filter((key) => key !== "title"));

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
  {
    path: join(root, "mocks/src/generated/parameterValidators.ts"),
    render: () => validatorsModule("parameters"),
  },
  { path: join(root, "mocks/src/generated/bodyValidators.ts"), render: () => validatorsModule("body") },
  { path: join(root, "mocks/fixture.schema.json"), render: fixtureSchemaFile },
  { path: join(root, "mocks/src/generated/fixtureSchema.ts"), render: fixtureSchemaModule },
  { path: join(root, "mocks/src/generated/fixtureValidator.ts"), render: fixtureValidatorModule },
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
