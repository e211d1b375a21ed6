/**
 * Responses checked against the contract (`validateResponse`, from `@tessera/mock/contract`: the
 * test suite's guard checks every response with it), by Ajv compiled from the contract on first use
 * and shared by every caller in the process.
 */
import type { ValidateFunction } from "ajv/dist/2020.js";
import { openapiDocument } from "../generated/openapiDocument.js";
import { createAjv } from "./createAjv.js";
import type { Response as ResponseSpec } from "./openApiDocument.js";
import { type OperationSpec, resolveRef } from "./operations.js";
import { DOCUMENT_ID, rebase } from "./requestSchemas.js";
import { toFieldErrors } from "./schemaValidation.js";

let ajv: ReturnType<typeof createAjv> | undefined;
/** Made on first use: a process that never checks a response never compiles the contract. */
function contractAjv() {
  // strict: false because OpenAPI adds keywords (example, discriminator) JSON Schema does not know.
  // validateSchema: false because checking the whole OpenAPI document against the meta-schema is
  // slow, and `redocly lint` already validates it in every test run.
  if (!ajv) {
    ajv = createAjv({ strict: false, validateSchema: false });
    // Only the schemas: a schema's `$ref` can name nothing else, and Ajv walks all it is given.
    ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: openapiDocument.components.schemas } });
  }
  return ajv;
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
    validate = contractAjv().compile(rebase(spec.content?.[mediaType]?.schema) as object);
    responseValidators.set(key, validate);
  }
  if (validate && !validate(body)) {
    problems.push(...toFieldErrors("body", validate.errors).map((e) => `${e.pointer} ${e.detail}`));
  }
  return problems;
}
