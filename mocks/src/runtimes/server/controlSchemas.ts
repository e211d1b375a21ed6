/**
 * The bodies `/__mock/*` controls accept, as JSON Schemas compiled once; refused bodies get a
 * problem naming the field, like the API itself.
 */
import type { ForcedStatus } from "../../handlers/faults.js";
import { createAjv } from "../../handlers/schemaValidation.js";

const ajv = createAjv();
const duration = {
  oneOf: [
    { type: "integer", minimum: 0 },
    {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: Object.fromEntries(
        ["days", "hours", "minutes", "seconds", "ms"].map((k) => [k, { type: "number", minimum: 0 }]),
      ),
    },
  ],
};
const faultTarget = { operation: { type: "string", minLength: 1 }, times: { type: "integer", minimum: 1 } };
export const validators = {
  clock: ajv.compile({
    type: "object",
    additionalProperties: false,
    minProperties: 1,
    properties: {
      advance: duration,
      set: { type: "string", format: "date-time" },
      freeze: { type: "boolean" },
    },
  }),
  fault: ajv.compile({
    oneOf: [
      {
        type: "object",
        additionalProperties: false,
        required: ["kind", "ms"],
        properties: {
          kind: { const: "latency" },
          ms: { type: "integer", minimum: 1, maximum: 60000 },
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
          retryAfterSeconds: { type: "integer", minimum: 0 },
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
          limit: { type: "integer", minimum: 1 },
          windowSeconds: { type: "integer", minimum: 1 },
          operation: faultTarget.operation,
        },
      },
    ],
  }),
  member: ajv.compile({
    type: "object",
    additionalProperties: false,
    required: ["userId", "organizationId"],
    properties: {
      userId: { type: "string" },
      organizationId: { type: "string" },
      role: { enum: ["admin", "developer"] },
    },
  }),
  seed: ajv.compile({
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(
      ["organizations", "users", "resources", "tokens"].map((k) => [k, { type: "array" }]),
    ),
  }),
};

export type Validator = (typeof validators)[keyof typeof validators];
type Target = { operation?: string; times?: number };
export type FaultBody =
  | ({ kind: "latency"; ms: number } & Target)
  | ({ kind: "status"; status: ForcedStatus; retryAfterSeconds?: number; afterHandling?: boolean } & Target)
  | ({ kind: "network"; afterHandling?: boolean } & Target)
  | { kind: "rateLimit"; limit: number; windowSeconds: number; operation?: string };
