/**
 * Ajv validators compiled from the contract, once per process and shared by every mock instance:
 * requests are checked before the domain sees them (E1), and responses can be checked against the
 * contract (the test suite's guard does so for every response).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { FieldError } from "../domain/errors.js";
import { openapiDocument } from "../generated/openapiDocument.js";
import type { Response as ResponseSpec } from "./openApiDocument.js";
import { type OperationSpec, resolveRef } from "./operations.js";

// ajv-formats is CommonJS; under some loaders its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

const DOCUMENT_ID = "tessera-openapi";

/**
 * A JSON Schema 2020-12 validator with the standard formats (date-time, email, uri, ...).
 * @param options.verbose Errors carry the failing schema (`parentSchema`), whose `title` can explain them.
 * @param options.strictRequired Off for schemas whose `oneOf` branches name required properties
 * defined beside them (strict mode would refuse those).
 */
export function createAjv(
  options: {
    coerceTypes?: boolean;
    strict?: boolean;
    validateSchema?: boolean;
    verbose?: boolean;
    strictRequired?: boolean;
  } = {},
) {
  const ajv = new Ajv2020({
    strict: options.strict ?? true,
    strictRequired: options.strictRequired ?? options.strict ?? true,
    allErrors: true,
    verbose: options.verbose ?? false,
    coerceTypes: options.coerceTypes ?? false,
    validateSchema: options.validateSchema ?? true,
  });
  addFormats(ajv);
  return ajv;
}

function contractAjv(coerceTypes: boolean) {
  // strict: false because OpenAPI adds keywords (example, discriminator) JSON Schema does not know.
  // validateSchema: false because checking the whole OpenAPI document against the meta-schema was
  // a tenth of the cold start, and `redocly lint` already validates it in every test run.
  const ajv = createAjv({ strict: false, coerceTypes, validateSchema: false });
  // Only the schemas: a schema's `$ref` can name nothing else, and Ajv walks all it is given.
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: openapiDocument.components.schemas } });
  return ajv;
}
let bodyAjv: ReturnType<typeof createAjv> | undefined;
let parameterAjv: ReturnType<typeof createAjv> | undefined;
/**
 * Made on first use, like the validators they compile: a server's first request (a GET) needs only
 * the parameters' instance, and a process that never validates needs neither.
 */
const bodies = () => (bodyAjv ??= contractAjv(false));
const parameters = () => (parameterAjv ??= contractAjv(true));

/** Points a schema's local `#/...` references at the registered document. */
function rebase(schema: unknown): unknown {
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

function toFieldErrors(location: string, errors: ErrorObject[] | null | undefined): FieldError[] {
  return (errors ?? [])
    .filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword) || (errors ?? []).length === 1)
    .map((e) => {
      let pointer = `/${location}${e.instancePath}`;
      let detail = e.message ?? "is not valid";
      if (e.keyword === "required") {
        pointer += `/${e.params.missingProperty}`;
        detail = "is required";
      } else if (e.keyword === "additionalProperties") {
        pointer += `/${e.params.additionalProperty}`;
        detail = "is not a known field";
      } else if (e.keyword === "enum") {
        detail = `must be one of: ${(e.params.allowedValues as unknown[]).join(", ")}`;
      }
      return { pointer, detail };
    });
}

interface RequestValidators {
  path: ValidateFunction;
  query: ValidateFunction;
  headers: ValidateFunction;
  body: ValidateFunction | null;
  /** The parameters whose schema is an integer, which Ajv alone would also coerce from `0x10` or `1e1`. */
  integers: ParameterAt[];
}

/** E5: an integer parameter is plain decimal digits, with an optional minus and no leading zero. */
const PLAIN_DECIMAL = /^(0|-?[1-9][0-9]*)$/;

/** A parameter by the part of `RequestParts` it is in (headers by their lower-case name). */
interface ParameterAt {
  location: "path" | "query" | "headers";
  name: string;
}

/** The operation's parameters whose schema (after `$ref`s) is an integer, possibly nullable. */
function integerParameters(operation: OperationSpec): ParameterAt[] {
  return operation.parameters
    .filter((p) => {
      const type = resolveRef<{ type?: string | string[] }>(p.schema ?? {}).type;
      return type === "integer" || (Array.isArray(type) && type.includes("integer"));
    })
    .map((p) =>
      p.in === "header"
        ? { location: "headers", name: p.name.toLowerCase() }
        : { location: p.in, name: p.name },
    );
}

function objectSchema(operation: OperationSpec, where: "path" | "query" | "header") {
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

const requestValidators = new Map<string, RequestValidators>();

function validatorsFor(operation: OperationSpec): RequestValidators {
  let found = requestValidators.get(operation.operationId);
  if (!found) {
    const bodySchema = operation.definition.requestBody?.content["application/json"]?.schema;
    found = {
      path: parameters().compile(objectSchema(operation, "path")),
      query: parameters().compile(objectSchema(operation, "query")),
      headers: parameters().compile(objectSchema(operation, "header")),
      body: bodySchema ? bodies().compile(rebase(bodySchema) as object) : null,
      integers: integerParameters(operation),
    };
    requestValidators.set(operation.operationId, found);
  }
  return found;
}

export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  /** `undefined` when the request had no body. */
  body: unknown;
}

/**
 * Validates a request against its operation. Coerces query and path values to their schema types
 * in place (`limit=5` becomes 5), integers only from plain decimal (E5: `0x10`, `1e1`, `+5`, `05`,
 * ` 5` and `5.0` are refused, where Ajv's coercion alone would take them). Returns the field errors;
 * empty when the request is valid.
 */
export function validateRequest(operation: OperationSpec, parts: RequestParts): FieldError[] {
  const v = validatorsFor(operation);
  // Judged before Ajv coerces in place; Ajv's own word on the same parameter is then dropped.
  const notDecimal = new Set(
    v.integers
      .filter(({ location, name }) => {
        const value = parts[location][name];
        return typeof value === "string" && !PLAIN_DECIMAL.test(value);
      })
      .map(({ location, name }) => `/${location}/${name}`),
  );
  const errors: FieldError[] = [...notDecimal].map((pointer) => ({
    pointer,
    detail: "must be an integer in plain decimal digits",
  }));
  const judged = (found: FieldError[]) => found.filter((e) => !notDecimal.has(e.pointer));
  if (!v.path(parts.path)) errors.push(...judged(toFieldErrors("path", v.path.errors)));
  if (!v.query(parts.query)) errors.push(...judged(toFieldErrors("query", v.query.errors)));
  if (!v.headers(parts.headers)) errors.push(...judged(toFieldErrors("headers", v.headers.errors)));
  if (v.body && parts.body !== undefined && !v.body(parts.body))
    errors.push(...toFieldErrors("body", v.body.errors));
  return errors;
}

const responseValidators = new Map<string, ValidateFunction | null>();

/**
 * Checks a response body and headers against what the contract documents for its operation and
 * status (falling back to `default`). Returns a list of violations; empty when it conforms.
 */
export function validateResponse(
  operation: OperationSpec,
  status: number,
  contentType: string | null,
  headers: Headers,
  body: unknown,
): string[] {
  const responses = operation.definition.responses;
  const documented = responses[String(status)] ?? responses.default;
  if (!documented) return [`status ${status} is not documented for ${operation.operationId}`];
  const spec = resolveRef<ResponseSpec>(documented);
  const problems: string[] = [];
  for (const [name, header] of Object.entries(spec.headers ?? {})) {
    if (resolveRef<{ required?: boolean }>(header).required && !headers.has(name)) {
      problems.push(`header ${name} is required`);
    }
  }
  const mediaTypes = Object.keys(spec.content ?? {});
  if (mediaTypes.length === 0) {
    if (body !== undefined) problems.push(`status ${status} documents no body`);
    return problems;
  }
  const mediaType = contentType?.split(";")[0]?.trim() ?? "";
  if (!mediaTypes.includes(mediaType)) {
    return [...problems, `content type ${mediaType || "(none)"} is not one of ${mediaTypes.join(", ")}`];
  }
  const key = `${operation.operationId} ${status} ${mediaType}`;
  let validate = responseValidators.get(key);
  if (validate === undefined) {
    validate = bodies().compile(rebase(spec.content?.[mediaType]?.schema) as object);
    responseValidators.set(key, validate);
  }
  if (validate && !validate(body)) {
    problems.push(...toFieldErrors("body", validate.errors).map((e) => `${e.pointer} ${e.detail}`));
  }
  return problems;
}
