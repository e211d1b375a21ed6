import type { MockControl } from "../support/target.js";
import { Unavailable } from "./Unavailable.js";

type Fetch = (request: Request) => Promise<Response>;

/**
 * Whether the target offers the control contract (spec/control.yaml): `GET /__mock` answers 200
 * with its list of controls.
 */
export async function offersControl(baseUrl: string, fetch: Fetch): Promise<boolean> {
  try {
    const response = await fetch(new Request(`${baseUrl}/__mock`));
    if (response.status !== 200) return false;
    const body = (await response.json()) as { endpoints?: unknown };
    return Array.isArray(body.endpoints);
  } catch {
    return false;
  }
}

/** The control contract over HTTP for one `X-Mock-Session`. */
export function controlClient(baseUrl: string, fetch: Fetch, session: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(
      new Request(`${baseUrl}/__mock${path}`, {
        method,
        headers: {
          "x-mock-session": session,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} /__mock${path} answered ${response.status}: ${text}`);
    return JSON.parse(text || "null");
  };
  const control: MockControl = {
    advanceClock: async (duration) => void (await call("POST", "/clock", { advance: duration })),
    setRole: async (userId, organizationId, role) =>
      void (await call("POST", "/members", { userId, organizationId, role })),
    removeMember: async (userId, organizationId) =>
      void (await call("DELETE", "/members", { userId, organizationId })),
    notifications: async () => (await call("GET", "/outbox")).notifications,
    journal: async () => (await call("GET", "/journal")).entries,
    failWith: async (status, options) =>
      void (await call("POST", "/faults", { kind: "status", status, ...options })),
    seed: async (fixture) => void (await call("POST", "/seed", fixture)),
  };
  return {
    control,
    /** Puts the session's clock at `now`, frozen, so timestamps the scenarios expect are exact. */
    setClock: async (now: string) => void (await call("POST", "/clock", { set: now, freeze: true })),
    /** Forgets the session (its state goes with it). */
    drop: async () => void (await call("DELETE", `/sessions/${encodeURIComponent(session)}`)),
  };
}

/** The controls made by {@link noControl}, with the base URL of the target that does not offer them. */
const absent = new WeakMap<MockControl, string>();

/** Why a scenario is skipped without the control API: `what` it calls, and what for. */
const missingControl = (baseUrl: string, what: string, purpose?: string) =>
  new Unavailable(
    `needs the control API (${what}, spec/control.yaml)${purpose ? ` ${purpose}` : ""}, which ${baseUrl} does not offer (GET /__mock is not a control list)`,
  );

/**
 * Whether `control` is the target's control API. Where it is, the scenario's clock is frozen at
 * SCENARIO_EPOCH (support/clock.ts); where it is not, the server runs its own clock.
 */
export const offersControlApi = (control: MockControl) => !absent.has(control);

/**
 * Skips the scenario, before it changes anything, when the target does not offer the control API:
 * for a scenario that cannot be checked without it, and whose first steps would otherwise use up
 * what a shared server keeps counting (failed logins toward a lockout, leak reports per address).
 */
export function requireControl(control: MockControl, what: string, purpose: string): void {
  const baseUrl = absent.get(control);
  if (baseUrl !== undefined) throw missingControl(baseUrl, what, purpose);
}

/** The controls of a target without the control API: every one is reported as a skip, with the reason. */
export function noControl(baseUrl: string): MockControl {
  const missing = (what: string) => async (): Promise<never> => {
    throw missingControl(baseUrl, what);
  };
  const control: MockControl = {
    advanceClock: missing("POST /__mock/clock"),
    setRole: missing("POST /__mock/members"),
    removeMember: missing("DELETE /__mock/members"),
    notifications: missing("GET /__mock/outbox"),
    journal: missing("GET /__mock/journal"),
    failWith: missing("POST /__mock/faults"),
    seed: missing("POST /__mock/seed"),
  };
  absent.set(control, baseUrl);
  return control;
}
