/**
 * The bodies `/__mock/*` controls accept, as JSON Schemas compiled once; refused bodies get a
 * problem naming the field, like the API itself. `/__mock/seed` takes a fixture, which has its own
 * schema and rules (seed/validateFixture.ts), the same as `api.seed()`.
 */
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { createAjv } from "../../handlers/createAjv.js";
import type { ForcedStatus } from "../../handlers/faults.js";

/**
 * Ranges of every number a control takes (E7): wide enough for any test, narrow enough that no
 * value overflows a date, a timer or a counter. A clock moves at most 100 years in one step (the
 * clock itself also stays within 1970-9999); faults and rate limits last at most a day.
 */
export const CONTROL_LIMITS = {
  /** One clock move, in each unit (100 years of 365.25 days). */
  clockMove: {
    days: 36_525,
    hours: 876_600,
    minutes: 52_596_000,
    seconds: 3_155_760_000,
    ms: 3_155_760_000_000,
  },
  /** A latency fault, in milliseconds (a minute). */
  latencyMs: 60_000,
  /** `Retry-After` of a status fault and a rate limit's window, in seconds (a day). */
  seconds: 86_400,
  /** A fault's `times`, and a rate limit's `limit`. */
  count: 1_000_000,
} as const;

const { clockMove } = CONTROL_LIMITS;
const duration = {
  oneOf: [
    { type: "integer", minimum: 0, maximum: clockMove.ms },
    {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: Object.fromEntries(
        Object.entries(clockMove).map(([unit, maximum]) => [unit, { type: "number", minimum: 0, maximum }]),
      ),
    },
  ],
};
const name = { type: "string", minLength: 1, maxLength: 200 };
const faultTarget = {
  operation: name,
  times: { type: "integer", minimum: 1, maximum: CONTROL_LIMITS.count },
};
/** The control bodies' JSON Schemas (2020-12; controlSchemas.test.ts checks them against the meta-schema). */
export const CONTROL_SCHEMAS = {
  clock: {
    type: "object",
    additionalProperties: false,
    minProperties: 1,
    properties: {
      advance: duration,
      set: { type: "string", format: "date-time" },
      freeze: { type: "boolean" },
    },
  },
  fault: {
    oneOf: [
      {
        type: "object",
        additionalProperties: false,
        required: ["kind", "ms"],
        properties: {
          kind: { const: "latency" },
          ms: { type: "integer", minimum: 1, maximum: CONTROL_LIMITS.latencyMs },
          ...faultTarget,
        },
      },
      {
        type: "object",
        additionalProperties: false,
        required: ["kind", "status"],
        properties: {
          kind: { const: "status" },
          status: { enum: [408, 429, 500, 502, 503, 504] },
          retryAfterSeconds: { type: "integer", minimum: 0, maximum: CONTROL_LIMITS.seconds },
          afterHandling: { type: "boolean" },
          ...faultTarget,
        },
      },
      {
        type: "object",
        additionalProperties: false,
        required: ["kind"],
        properties: { kind: { const: "network" }, afterHandling: { type: "boolean" }, ...faultTarget },
      },
      {
        type: "object",
        additionalProperties: false,
        required: ["kind", "limit", "windowSeconds"],
        properties: {
          kind: { const: "rateLimit" },
          limit: { type: "integer", minimum: 1, maximum: CONTROL_LIMITS.count },
          windowSeconds: { type: "integer", minimum: 1, maximum: CONTROL_LIMITS.seconds },
          operation: faultTarget.operation,
        },
      },
    ],
  },
  member: {
    type: "object",
    additionalProperties: false,
    required: ["userId", "organizationId"],
    properties: {
      userId: name,
      organizationId: name,
      role: { enum: ["admin", "developer"] },
    },
  },
};

export type Validator = ValidateFunction;

let ajv: Promise<ReturnType<typeof createAjv>> | undefined;
const compiled = new Map<keyof typeof CONTROL_SCHEMAS, Validator>();

/**
 * A control body's validator, compiled on first use and kept.
 *
 * @note Not at import: compiling these with Ajv's check of each schema against the 2020-12
 * meta-schema (which compiles the meta-schema itself) was a fifth of the server's cold start, for
 * requests most runs never make. The schemas are constants, so the test checks them once instead.
 * Ajv itself is loaded with the first control that takes a body: loading it was a tenth of every
 * start (issue 17).
 */
export async function controlValidator(name: keyof typeof CONTROL_SCHEMAS): Promise<Validator> {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= import("../../handlers/createAjv.js").then((module) =>
      module.createAjv({ validateSchema: false }),
    );
    const loaded = await ajv;
    validate = compiled.get(name) ?? loaded.compile(CONTROL_SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}
type Target = { operation?: string; times?: number };
export type FaultBody =
  | ({ kind: "latency"; ms: number } & Target)
  | ({ kind: "status"; status: ForcedStatus; retryAfterSeconds?: number; afterHandling?: boolean } & Target)
  | ({ kind: "network"; afterHandling?: boolean } & Target)
  | { kind: "rateLimit"; limit: number; windowSeconds: number; operation?: string };
