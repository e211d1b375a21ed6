import type { MockControl } from "../support/target.js";
import type { PrincipalsConfig } from "./principals.js";

type Fetch = (request: Request) => Promise<Response>;

/** What one scenario run gets when the caller gives it isolated state (in-process: a fresh mock). */
export interface IsolatedSession {
  /** Serves the API for this scenario only. */
  fetch: Fetch;
  /** The control contract for this scenario's state; without it, rules that need it are skipped. */
  control?: MockControl;
}

export interface ConformanceOptions {
  /** The implementation under test, e.g. `https://staging.example.com` (no trailing slash). */
  baseUrl: string;
  /**
   * Sends every request (default: `globalThis.fetch`, over the network). In-process: `api.fetch`.
   * With a `baseUrl` that is not loopback, the kit takes it for a server elsewhere and skips A4's
   * loopback exemption (in-process, `newSession` checks it).
   */
  fetch?: Fetch;
  /**
   * Called once per scenario for isolated state, instead of `fetch` (in-process: a fresh
   * `createMockApi()` with `controlOf(api)`). Without it the kit isolates by `X-Mock-Session` when
   * the target offers the control API, and otherwise revokes what each scenario created.
   */
  newSession?: () => IsolatedSession | Promise<IsolatedSession>;
  /**
   * Sends a request as a caller on another machine would (A4, H4), for a target on a loopback
   * address, where the kit itself cannot; without it those scenarios are skipped there.
   */
  elsewhere?: Fetch;
  /** The users the scenarios sign in as (default: the demo seed's). */
  principals?: PrincipalsConfig;
  /** Only the scenarios that check one of these rule ids (e.g. `["T4", "T11"]`); default: all. */
  only?: readonly string[];
  /** Per scenario, in milliseconds (default 30000). */
  timeoutMs?: number;
  /** Called after each scenario, e.g. to print progress. */
  onResult?: (result: ScenarioResult) => void;
}

export type Outcome = "passed" | "failed" | "skipped";

/** One scenario (one test of the shared suite). */
export interface ScenarioResult {
  /** `group > test`, as in the repository's suite. */
  name: string;
  rules: string[];
  outcome: Outcome;
  durationMs: number;
  /** Why it failed (rule id, request, expectation, what came back) or was skipped. */
  message?: string;
}

/** One rule: failed if any of its scenarios failed, skipped if all were skipped, passed otherwise. */
export interface RuleResult {
  rule: string;
  outcome: Outcome;
  scenarios: ScenarioResult[];
}

export interface ConformanceReport {
  baseUrl: string;
  /** Whether the target offered the control API (spec/control.yaml). */
  control: boolean;
  /** How scenarios were kept apart: `caller` (newSession), `session` (X-Mock-Session) or `cleanup`. */
  isolation: "caller" | "session" | "cleanup";
  startedAt: string;
  durationMs: number;
  rules: RuleResult[];
  scenarios: ScenarioResult[];
  totals: Record<Outcome, number>;
}
