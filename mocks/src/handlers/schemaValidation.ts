/**
 * Requests checked against the contract before the domain sees them (E1), by the validators Ajv
 * compiled from it beforehand (`pnpm generate`: generated/parameterValidators.ts and
 * generated/bodyValidators.ts, from the schemas requestSchemas.ts describes), so neither Ajv nor a
 * compile step is on a request's path (nor on the local server's start). Responses are checked
 * with Ajv itself (responseValidation.ts).
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import type { FieldError } from "../domain/errors.js";
import * as bodyValidators from "../generated/bodyValidators.js";
import * as parameterValidators from "../generated/parameterValidators.js";
import { type OperationSpec, resolveRef } from "./operations.js";

/** A validator Ajv generated: true when valid, else its `errors` say why. */
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** A generated validator by its key (`<operationId>_path|query|header|body`). */
const generated = (validators: object, key: string) =>
  (validators as Record<string, Validator | undefined>)[key];

/** Ajv's errors as field errors at `/<location>/...`, in the words of the mock's problems. */
export function toFieldErrors(location: string, errors: ErrorObject[] | null | undefined): FieldError[] {
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
  path: Validator;
  query: Validator;
  headers: Validator;
  body: Validator | null;
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

const requestValidators = new Map<string, RequestValidators>();

function validatorsFor(operation: OperationSpec): RequestValidators {
  let found = requestValidators.get(operation.operationId);
  if (!found) {
    const id = operation.operationId;
    const parameters = (where: string) => {
      const validate = generated(parameterValidators, `${id}_${where}`);
      if (!validate) throw new Error(`no generated ${where} validator for ${id}: run pnpm generate`);
      return validate;
    };
    const hasBody = operation.definition.requestBody?.content["application/json"]?.schema !== undefined;
    found = {
      path: parameters("path"),
      query: parameters("query"),
      headers: parameters("header"),
      body: hasBody ? (generated(bodyValidators, `${id}_body`) ?? null) : null,
      integers: integerParameters(operation),
    };
    if (hasBody && !found.body) throw new Error(`no generated body validator for ${id}: run pnpm generate`);
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
