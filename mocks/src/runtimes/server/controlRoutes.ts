/**
 * `/__mock/*`: the in-process controls over HTTP, per `X-Mock-Session`. Bodies are validated and
 * refused with a problem document naming the field, like the API itself.
 */
import { DomainError, type FieldError } from "../../domain/errors.js";
import { problemResponse } from "../../handlers/problem.js";
import { redactPath } from "../../handlers/redact.js";
import { FixtureError } from "../../seed/FixtureError.js";
import type { Fixture } from "../../seed/fixture.js";
import type { MockApi, MockClock } from "../MockApi.js";
import { type AdjustableClock, createMockClock, type Duration } from "../mockClock.js";
import { controlValidator, type FaultBody, type Validator } from "./controlSchemas.js";
import type { Persistence } from "./persistence.js";
import type { Sessions } from "./sessions.js";

/** A refused control request: 404 for an unknown control, 400 naming what is wrong otherwise. */
const problem = (status: 400 | 404, detail: string, errors?: FieldError[]) =>
  problemResponse(
    status === 404
      ? new DomainError(404, "not_found", detail)
      : new DomainError(400, "invalid_request", detail, errors ? { errors } : {}),
  );

/** The request's JSON body, checked by `validate` when given. */
async function body(
  request: Request,
  validate?: Validator,
): Promise<{ value: unknown } | { error: Response }> {
  let value: unknown;
  try {
    value = JSON.parse((await request.text()) || "null");
  } catch {
    return { error: problem(400, "The body is not valid JSON.") };
  }
  if (validate && !validate(value)) {
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
  "GET /__mock/sessions: the sessions in memory, least recently used first",
  "DELETE /__mock/sessions/<name>: forget a session (its next request starts from the seed)",
  "POST /__mock/reset: back to the seed (state, clock, outbox, journal, faults)",
  "POST /__mock/seed: add fixture data { organizations, users, resources, tokens } (schema: @tessera/mock/fixture.schema.json)",
  "GET /__mock/state: the session's state (secret hashes only)",
  "GET /__mock/clock, POST /__mock/clock { advance, set, freeze }",
  "GET|DELETE /__mock/outbox: notifications (T16)",
  "GET|DELETE /__mock/journal: handled requests",
  "POST /__mock/faults { kind: latency|status|network|rateLimit, ... }, DELETE /__mock/faults",
  "POST /__mock/members { userId, organizationId, role }, DELETE /__mock/members { userId, organizationId }",
];

const json = (value: unknown) =>
  new Response(JSON.stringify(value, null, 2), { headers: { "content-type": "application/json" } });

/**
 * The controls over the set of sessions, answered without looking a session up (so listing or
 * dropping sessions never creates one); null for any other path.
 */
export async function handleSessionsControl(
  request: Request,
  path: string,
  sessions: Sessions,
): Promise<Response | null> {
  const trimmed = path.replace(/\/+$/, "");
  if (request.method === "GET" && trimmed === "/__mock/sessions") return json({ sessions: sessions.names() });
  const named = /^\/__mock\/sessions\/([^/]+)$/.exec(trimmed);
  if (!named || request.method !== "DELETE") return null;
  let name: string;
  try {
    name = decodeURIComponent(named[1] as string);
  } catch {
    name = "";
  }
  if (!sessions.isValidName(name))
    return problem(400, "A session name is 1-64 characters of A-Z a-z 0-9 . _ : -", [
      { pointer: "/path/name", detail: "is not a session name" },
    ]);
  // With --persist the drop is logged first (503 if the disk refuses, and nothing changes).
  if (!(await sessions.drop(name))) return problem(404, `There is no session ${JSON.stringify(name)}.`);
  return json({ ok: true });
}

/** Answers a control request for one session, or null when the path is not a control. */
export async function handleControl(
  request: Request,
  path: string,
  api: MockApi,
  context: { session: string; persistence?: Persistence },
): Promise<Response | null> {
  const route = `${request.method} ${path.replace(/\/+$/, "")}`;
  // Pretty-printed: these answers are read at a terminal as often as by code.
  const ok = (value: unknown = { ok: true }) => json(value);
  const clockView = () => ({
    now: api.clock.now().toISOString(),
    frozen: api.clock.state().frozenAt !== null,
  });
  switch (route) {
    case "GET /__mock":
      return ok({ session: context.session, endpoints: CONTROL_ENDPOINTS });
    case "POST /__mock/reset":
      // With --persist, the reset and its seed are one logged operation (503 if the disk refuses).
      await api.reset();
      // The reset put the seed's clock back; a restart must find that one, not the moved one.
      context.persistence?.clock(context.session, api.clock.state());
      return ok();
    case "POST /__mock/seed": {
      // The fixture format (schema and rules) is checked by api.seed, the same check as in-process.
      const parsed = await body(request);
      if ("error" in parsed) return parsed.error;
      try {
        await api.seed(parsed.value as Fixture);
      } catch (error) {
        if (!(error instanceof FixtureError)) throw error;
        const { problems } = error;
        return problem(
          400,
          `The fixture was refused and nothing of it was loaded: ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}.`,
          problems.map(({ pointer, detail }) => ({ pointer: `/body${pointer}`, detail })),
        );
      }
      return ok();
    }
    case "GET /__mock/state":
      return ok(await api.snapshot());
    case "GET /__mock/clock":
      return ok(clockView());
    case "POST /__mock/clock": {
      const parsed = await body(request, await controlValidator("clock"));
      if ("error" in parsed) return parsed.error;
      const change = parsed.value as { advance?: Duration; set?: string; freeze?: boolean };
      const move = (clock: Pick<MockClock, "advance" | "set" | "freeze" | "unfreeze"> | AdjustableClock) => {
        if (change.freeze === true) clock.freeze();
        if (change.freeze === false) clock.unfreeze();
        if (change.set !== undefined) clock.set(change.set);
        if (change.advance !== undefined) clock.advance(change.advance);
      };
      const trial = createMockClock(undefined, false, api.clock.state());
      try {
        // Tried on a copy first, so a move out of range (E7) changes nothing.
        move(trial);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        return problem(400, "The clock can only move between 1970-01-01 and 9999-12-31.", [
          { pointer: "/body", detail: "moves the clock outside 1970-9999" },
        ]);
      }
      // Logged before it applies: a move the disk refuses (503) changes nothing.
      context.persistence?.clock(context.session, trial.state());
      move(api.clock);
      // P3, P5: what the clock reached (expiry notices, inactivity) is settled before the answer.
      await api.ready();
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
      const parsed = await body(request, await controlValidator("fault"));
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
      const parsed = await body(request, await controlValidator("member"));
      if ("error" in parsed) return parsed.error;
      const m = parsed.value as { userId: string; organizationId: string; role?: "admin" | "developer" };
      if (request.method === "DELETE") await api.members.remove(m.userId, m.organizationId);
      else if (m.role) await api.members.setRole(m.userId, m.organizationId, m.role);
      else return problem(400, "Give the new role.", [{ pointer: "/body/role", detail: "is required" }]);
      return ok();
    }
    default:
      return path.startsWith("/__mock")
        ? problem(404, `No control at ${request.method} ${redactPath(path)}.`)
        : null;
  }
}
