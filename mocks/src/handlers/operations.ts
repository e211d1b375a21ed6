/**
 * The operation table, derived from the contract: method, path template, matcher and the
 * resolved parameters and body of every operation in spec/openapi.yaml.
 */
import { openapiDocument } from "../generated/openapiDocument.js";
import type { Operation, Parameter, Reference } from "./openApiDocument.js";

export type HttpMethod = "get" | "post" | "patch" | "delete" | "put";
const METHODS: readonly HttpMethod[] = ["get", "post", "patch", "delete", "put"];

export interface OperationSpec {
  operationId: string;
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `/v1/tokens/{id}`. */
  path: string;
  /** The same path in MSW's syntax, e.g. `/v1/tokens/:id`. */
  mswPath: string;
  pattern: RegExp;
  pathParameterNames: string[];
  parameters: Parameter[];
  hasBody: boolean;
  bodyRequired: boolean;
  /** False only for login, which takes HTTP Basic instead of a token. */
  tokenAuth: boolean;
  definition: Operation;
}

/** Follows a local `$ref` in the OpenAPI document. */
export function resolveRef<T>(node: T | Reference): T {
  let current: unknown = node;
  while (current && typeof current === "object" && "$ref" in current && typeof current.$ref === "string") {
    const path = current.$ref.replace(/^#\//, "").split("/");
    current = path.reduce<unknown>(
      (value, key) => (value as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")],
      openapiDocument,
    );
  }
  return current as T;
}

function toOperation(
  path: string,
  method: HttpMethod,
  operation: Operation,
  shared: (Reference | Parameter)[],
) {
  const parameters = [...shared, ...(operation.parameters ?? [])].map((p) => resolveRef<Parameter>(p));
  const pathParameterNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "([^/]+)")}/?$`);
  return {
    operationId: operation.operationId,
    method,
    path,
    mswPath: path.replace(/\{([^}]+)\}/g, ":$1"),
    pattern,
    pathParameterNames,
    parameters,
    hasBody: operation.requestBody !== undefined,
    bodyRequired: operation.requestBody?.required === true,
    tokenAuth: !operation.security?.some((requirement) => "basicAuth" in requirement),
    definition: operation,
  } satisfies OperationSpec;
}

/** Every operation, static paths before templated ones so `/v1/tokens/current` wins over `{id}`. */
export const OPERATIONS: readonly OperationSpec[] = Object.entries(openapiDocument.paths)
  .flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [toOperation(path, method, operation, item.parameters ?? [])] : [];
    }),
  )
  .sort((a, b) => a.pathParameterNames.length - b.pathParameterNames.length);

export const OPERATIONS_BY_ID: ReadonlyMap<string, OperationSpec> = new Map(
  OPERATIONS.map((o) => [o.operationId, o]),
);

/** The operation a method and path name, with its path parameters; or why none matches. */
export function matchOperation(
  method: string,
  pathname: string,
): { operation: OperationSpec; params: Record<string, string> } | { allowed: HttpMethod[] } | null {
  const lower = method.toLowerCase();
  const allowed: HttpMethod[] = [];
  for (const operation of OPERATIONS) {
    const match = operation.pattern.exec(pathname);
    if (!match) continue;
    if (operation.method !== lower) {
      allowed.push(operation.method);
      continue;
    }
    const params: Record<string, string> = {};
    operation.pathParameterNames.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] as string);
    });
    return { operation, params };
  }
  return allowed.length > 0 ? { allowed } : null;
}
