/**
 * Time in the scenarios. Where the target offers the control API, each scenario's clock is frozen
 * at {@link SCENARIO_EPOCH} (the runner sets it; this repository's own targets are made so), so the
 * instants the server reports are checked exactly. Where it does not (a team's staging server),
 * the server runs its own live clock: an instant the server reports is checked against the
 * wall-clock window of the request that made it, widened by {@link CLOCK_TOLERANCE_MS} on each
 * side for the difference between the kit's clock and the server's; a future instant the scenario
 * sends is counted from the server's own `now` ({@link serverNow}).
 */
import { expect } from "vitest";
import { offersControlApi, requireControl } from "../target/controlClient.js";
import type { Target } from "./target.js";

export { requireControl };

/** The instant the scenarios' expected timestamps count from; set on targets with the control API. */
export const SCENARIO_EPOCH = "2026-11-22T10:00:00.000Z";

/** How far the server's clock may be from the kit's when the server runs its own clock: 2 minutes. */
export const CLOCK_TOLERANCE_MS = 2 * 60_000;

/** When a request was sent and when its answer came back, by the kit's clock (epoch ms). */
export interface Window {
  from: number;
  to: number;
}

/** Whether the scenario's clock is frozen at SCENARIO_EPOCH (the target offers the control API). */
export const frozenClock = (t: Target) => offersControlApi(t.control);

/** Runs `send` and returns its result with the wall-clock window around it. */
export async function timed<T>(send: () => Promise<T>): Promise<[T, Window]> {
  const from = Date.now();
  const result = await send();
  return [result, { from, to: Date.now() }];
}

/**
 * Asserts that `actual` is the instant the server stamped during `window`, plus `offsetMs` (a
 * session's lifetime, a grace period): with the frozen clock exactly SCENARIO_EPOCH + offsetMs,
 * otherwise inside the window + offsetMs, give or take CLOCK_TOLERANCE_MS.
 */
export function expectInstant(
  t: Target,
  actual: string | null | undefined,
  window: Window,
  offsetMs = 0,
  what = "the instant",
) {
  if (frozenClock(t)) {
    expect(actual, what).toBe(new Date(Date.parse(SCENARIO_EPOCH) + offsetMs).toISOString());
    return;
  }
  expect(actual, what).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  const at = Date.parse(actual ?? "");
  const earliest = new Date(window.from + offsetMs - CLOCK_TOLERANCE_MS).toISOString();
  const latest = new Date(window.to + offsetMs + CLOCK_TOLERANCE_MS).toISOString();
  expect(
    at >= window.from + offsetMs - CLOCK_TOLERANCE_MS && at <= window.to + offsetMs + CLOCK_TOLERANCE_MS,
    `${what} ${actual} is between ${earliest} and ${latest} (the request's wall-clock window${offsetMs ? ` + ${offsetMs} ms` : ""}, ± ${CLOCK_TOLERANCE_MS / 1000} s for the server's clock)`,
  ).toBe(true);
}

/**
 * The server's `now` (epoch ms), as it reports it: the `createdAt` of a token the admin creates
 * for the purpose (a clock probe, revoked after the scenario like every token it creates). With
 * the frozen clock it is SCENARIO_EPOCH.
 */
export async function serverNow(t: Target, secret: string): Promise<number> {
  const response = await t.fetch(
    new Request(`${t.baseUrl}/v1/tokens`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({
        label: "clock probe",
        type: "personal",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "hidden",
      }),
    }),
  );
  const body = (await response.json()) as { token?: { createdAt?: string } };
  const now = Date.parse(body.token?.createdAt ?? "");
  if (response.status !== 201 || Number.isNaN(now))
    throw new Error(`a clock probe (POST /v1/tokens) answered ${response.status}, without a createdAt`);
  return now;
}
