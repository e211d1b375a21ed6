/**
 * The contract's operations as the pipeline reads them: method, path template, matcher, resolved
 * parameters and body, and what the spec says about each (authentication scheme, whether it may
 * write, whether it honours `Idempotency-Key`). Everything here is derived from spec/openapi.yaml;
 * the rule each operation runs is in operationTable.ts.
 */
import type { operations } from "@tessera/sdk";
import { openapiDocument } from "../generated/openapiDocument.js";
import type { Operation, Parameter, Reference } from "./openApiDocument.js";

export type HttpMethod = "get" | "post" | "patch" | "delete" | "put";
const METHODS: readonly HttpMethod[] = ["get", "post", "patch", "delete", "put"];

/** An operationId of the contract (the generated `operations` type's keys). */
export type OperationId = keyof operations;

export interface OperationSpec {
  operationId: OperationId;
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
  /**
   * Whether the operation takes no credential at all (`security: []`, leak reports: P4). Its
   * `Authorization` header, if any, is not read.
   */
  anonymous: boolean;
  /**
   * Whether the operation may change state, so that it runs alone (see `store.exclusive`): every
   * method but GET (RFC 9110 safe methods read). Introspection is a POST that only reads; running
   * it in turn costs one microtask.
   */
  writes: boolean;
  /** Whether the spec lists the `Idempotency-Key` header for it (T18). */
  idempotent: boolean;
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
    operationId: operation.operationId as OperationId,
    method,
    path,
    mswPath: path.replace(/\{([^}]+)\}/g, ":$1"),
    pattern,
    pathParameterNames,
    parameters,
    hasBody: operation.requestBody !== undefined,
    bodyRequired: operation.requestBody?.required === true,
    tokenAuth: !operation.security?.some((requirement) => "basicAuth" in requirement),
    anonymous: operation.security !== undefined && operation.security.length === 0,
    writes: method !== "get",
    idempotent: parameters.some((p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key"),
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

/**
 * What a method and path name: an operation with its (percent-decoded) path parameters, the
 * methods the path does have (a 405), or null (no such path, a 404).
 */
export type OperationMatch =
  | { operation: OperationSpec; params: Record<string, string> }
  | { allowed: HttpMethod[] }
  | null;

/**
 * What a path must have for an operation's pattern to match it: the template's text before its
 * first parameter (or any character a pattern reads specially), and its number of `/` (a
 * parameter holds none; a trailing `/` is allowed). Checked before the pattern, they spare most of
 * the regular expressions each request ran (issue 17); they never refuse a path the pattern takes.
 */
const SHAPES = OPERATIONS.map((operation) => ({
  prefix: /^[^{.*+?^$()[\]|\\]*/.exec(operation.path)?.[0] ?? "",
  slashes: slashesOf(operation.path),
}));

function slashesOf(path: string): number {
  let count = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) count++;
  return count;
}

/** The operation a method and path name, with its path parameters; or why none matches. */
export function matchOperation(method: string, pathname: string): OperationMatch {
  const lower = method.toLowerCase();
  const allowed: HttpMethod[] = [];
  const slashes = slashesOf(pathname) - (pathname.length > 1 && pathname.endsWith("/") ? 1 : 0);
  for (let i = 0; i < OPERATIONS.length; i++) {
    const operation = OPERATIONS[i] as OperationSpec;
    const shape = SHAPES[i] as (typeof SHAPES)[number];
    if (shape.slashes !== slashes || !pathname.startsWith(shape.prefix)) continue;
    const match = operation.pattern.exec(pathname);
    if (!match) continue;
    if (operation.method !== lower) {
      allowed.push(operation.method);
      continue;
    }
    const params: Record<string, string> = {};
    operation.pathParameterNames.forEach((name, i) => {
      params[name] = decodePathSegment(match[i + 1] as string);
    });
    return { operation, params };
  }
  return allowed.length > 0 ? { allowed } : null;
}

/**
 * A percent-decoded path segment; a malformed encoding (`%ff`, `%E0%A4%A`) stays as sent, so the
 * contract's schema refuses it as a 400 instead of the decoder throwing (E7).
 */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
