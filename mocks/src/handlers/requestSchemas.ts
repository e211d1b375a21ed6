/**
 * The JSON Schemas a request is checked against (E1): per operation, one object schema for each
 * of its path, query and header parameters, and its JSON body's schema, with `$ref`s pointing into
 * the contract's components (registered under {@link DOCUMENT_ID}).
 *
 * `pnpm generate` (scripts/generate.mjs) builds the same schemas from spec/openapi.yaml and
 * compiles them with Ajv into generated/parameterValidators.ts and generated/bodyValidators.ts;
 * requestSchemas.test.ts checks that it built what this file describes.
 */
import { OPERATIONS, type OperationSpec } from "./operations.js";

/** The `$id` the contract's components are registered under. */
export const DOCUMENT_ID = "tessera-openapi";

/** Points a schema's local `#/...` references at the registered document. */
export function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? DOCUMENT_ID + value
        : rebase(value);
  }
  return out;
}

/** The schema of an operation's parameters in one place (header names in lower case). */
export function objectSchema(operation: OperationSpec, where: "path" | "query" | "header") {
  const own = operation.parameters.filter((p) => p.in === where);
  const properties = Object.fromEntries(
    own.map((p) => [where === "header" ? p.name.toLowerCase() : p.name, rebase(p.schema)]),
  );
  const required = own
    .filter((p) => p.required)
    .map((p) => (where === "header" ? p.name.toLowerCase() : p.name));
  // Unknown query parameters are refused (E1); unknown headers are simply not ours to judge.
  return { type: "object", properties, required, additionalProperties: where === "header" };
}

/** Every request schema, keyed as the generated validators are: `<operationId>_path|query|header|body`. */
export function requestSchemas(): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (const operation of OPERATIONS) {
    for (const where of ["path", "query", "header"] as const)
      schemas[`${operation.operationId}_${where}`] = objectSchema(operation, where);
    const body = operation.definition.requestBody?.content["application/json"]?.schema;
    if (body) schemas[`${operation.operationId}_body`] = rebase(body);
  }
  return schemas;
}
