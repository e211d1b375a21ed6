/**
 * `/__mock/*`: the in-process controls over HTTP, per `X-Mock-Session`. Bodies are validated and
 * refused with a problem document naming the field, like the API itself.
 */
import { DomainError, type FieldError } from "../../domain/errors.js";
import type { ForcedStatus } from "../../handlers/faults.js";
import { problemResponse } from "../../handlers/problem.js";
import { createAjv } from "../../handlers/schemaValidation.js";
import type { MockApi } from "../MockApi.js";
import type { Persistence } from "./persistence.js";
import type { Sessions } from "./sessions.js";

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
const validators = {
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

type Validator = (typeof validators)[keyof typeof validators];
type Target = { operation?: string; times?: number };
type FaultBody =
  | ({ kind: "latency"; ms: number } & Target)
  | ({ kind: "status"; status: ForcedStatus; retryAfterSeconds?: number; afterHandling?: boolean } & Target)
  | ({ kind: "network"; afterHandling?: boolean } & Target)
  | { kind: "rateLimit"; limit: number; windowSeconds: number; operation?: string };

/** A refused control request: 404 for an unknown control, 400 naming what is wrong otherwise. */
const problem = (status: 400 | 404, detail: string, errors?: FieldError[]) =>
  problemResponse(
    status === 404
      ? new DomainError(404, "not_found", detail)
      : new DomainError(400, "invalid_request", detail, errors ? { errors } : {}),
  );

async function body(
  request: Request,
  validate: Validator,
): Promise<{ value: unknown } | { error: Response }> {
  let value: unknown;
  try {
    value = JSON.parse((await request.text()) || "null");
  } catch {
    return { error: problem(400, "The body is not valid JSON.") };
  }
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e) => ({
      pointer: `/body${e.instancePath}`,
      detail: e.message ?? "is not valid",
    }));
    return { error: problem(400, "The body does not match what this control takes.", errors) };
  }
  return { value };
}

export const CONTROL_ENDPOINTS = [
  "GET /__mock: this list",
  "GET /__mock/sessions: the sessions created so far",
  "POST /__mock/reset: back to the seed (state, outbox, journal, faults)",
  "POST /__mock/seed: add fixture data { organizations, users, resources, tokens }",
  "GET /__mock/state: the session's state (secret hashes only)",
  "GET /__mock/clock, POST /__mock/clock { advance, set, freeze }",
  "GET|DELETE /__mock/outbox: notifications (T16)",
  "GET|DELETE /__mock/journal: handled requests",
  "POST /__mock/faults { kind: latency|status|network|rateLimit, ... }, DELETE /__mock/faults",
  "POST /__mock/members { userId, organizationId, role }, DELETE /__mock/members { userId, organizationId }",
];

/** Answers a control request for one session, or null when the path is not a control. */
export async function handleControl(
  request: Request,
  path: string,
  api: MockApi,
  context: { session: string; sessions: Sessions; persistence?: Persistence },
): Promise<Response | null> {
  const route = `${request.method} ${path.replace(/\/+$/, "")}`;
  // Pretty-printed: these answers are read at a terminal as often as by code.
  const ok = (value: unknown = { ok: true }) =>
    new Response(JSON.stringify(value, null, 2), { headers: { "content-type": "application/json" } });
  const clockView = () => ({
    now: api.clock.now().toISOString(),
    frozen: api.clock.state().frozenAt !== null,
  });
  switch (route) {
    case "GET /__mock":
      return ok({ session: context.session, endpoints: CONTROL_ENDPOINTS });
    case "GET /__mock/sessions":
      return ok({ sessions: context.sessions.names() });
    case "POST /__mock/reset":
      context.persistence?.reset(context.session);
      await api.reset();
      return ok();
    case "POST /__mock/seed": {
      const parsed = await body(request, validators.seed);
      if ("error" in parsed) return parsed.error;
      try {
        await api.seed(parsed.value as Parameters<MockApi["seed"]>[0]);
      } catch (error) {
        return problem(400, `The fixture could not be loaded: ${(error as Error).message}`);
      }
      return ok();
    }
    case "GET /__mock/state":
      return ok(await api.snapshot());
    case "GET /__mock/clock":
      return ok(clockView());
    case "POST /__mock/clock": {
      const parsed = await body(request, validators.clock);
      if ("error" in parsed) return parsed.error;
      const change = parsed.value as { advance?: number | object; set?: string; freeze?: boolean };
      if (change.freeze === true) api.clock.freeze();
      if (change.freeze === false) api.clock.unfreeze();
      if (change.set !== undefined) api.clock.set(change.set);
      if (change.advance !== undefined) api.clock.advance(change.advance as number);
      context.persistence?.clock(context.session, api.clock.state());
      return ok(clockView());
    }
    case "GET /__mock/outbox":
      return ok({ notifications: api.notifications.list() });
    case "DELETE /__mock/outbox":
      api.notifications.clear();
      return ok();
    case "GET /__mock/journal":
      return ok({ entries: api.journal.list() });
    case "DELETE /__mock/journal":
      api.journal.clear();
      return ok();
    case "POST /__mock/faults": {
      const parsed = await body(request, validators.fault);
      if ("error" in parsed) return parsed.error;
      const f = parsed.value as FaultBody;
      if (f.kind === "latency") api.faults.latency(f.ms, f);
      else if (f.kind === "status") api.faults.failWith(f.status, f);
      else if (f.kind === "network") api.faults.networkError(f);
      else api.faults.rateLimit(f.limit, f.windowSeconds, f);
      return ok();
    }
    case "DELETE /__mock/faults":
      api.faults.clear();
      return ok();
    case "POST /__mock/members":
    case "DELETE /__mock/members": {
      const parsed = await body(request, validators.member);
      if ("error" in parsed) return parsed.error;
      const m = parsed.value as { userId: string; organizationId: string; role?: "admin" | "developer" };
      if (request.method === "DELETE") await api.members.remove(m.userId, m.organizationId);
      else if (m.role) await api.members.setRole(m.userId, m.organizationId, m.role);
      else return problem(400, "Give the new role.", [{ pointer: "/body/role", detail: "is required" }]);
      return ok();
    }
    default:
      return path.startsWith("/__mock") ? problem(404, `No control at ${request.method} ${path}.`) : null;
  }
}
