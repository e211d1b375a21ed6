/**
 * The fault step: injected latency, forced statuses and dropped connections (see faults.ts).
 * A fault marked `afterHandling` lets the request be served first (its changes and its caller
 * stay), then loses a successful answer; a request the service refused is answered as usual.
 */
import type { Caller } from "../../domain/context.js";
import { DomainError } from "../../domain/errors.js";
import type { RateLimitState } from "../../domain/rateLimits.js";
import type { FaultOutcome, FaultTable, ForcedStatus } from "../faults.js";
import { rateLimitHeaders } from "../rateLimitHeaders.js";
import type { Outcome } from "./outcome.js";

const FORCED_CODES = {
  408: "request_timeout",
  429: "rate_limited",
  500: "internal_error",
  502: "service_unavailable",
  503: "service_unavailable",
  504: "service_unavailable",
} as const satisfies Record<ForcedStatus, string>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serves the request through whatever fault applies to its operation (null for an unknown route).
 * Without one (nearly every request), `serve` is called at once and its outcome returned as it is,
 * so a request served at once is answered without a promise (issue 17).
 */
export function withFaults(
  faults: FaultTable,
  operationId: string | null,
  serve: () => Outcome | Promise<Outcome>,
): Outcome | Promise<Outcome> {
  if (!faults.armed) return serve();
  const fault = faults.take(operationId);
  if (fault.kind === "none" && fault.latencyMs <= 0 && !fault.rateLimit) return serve();
  return withFault(fault, serve);
}

async function withFault(fault: FaultOutcome, serve: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  if (fault.latencyMs > 0) await sleep(fault.latencyMs);
  if (fault.kind === "none") {
    const served = await serve();
    return fault.rateLimit ? withRateLimit(served, fault.rateLimit) : served;
  }
  let caller: Caller | null = null;
  if (fault.afterHandling) {
    const served = await serve();
    // Only an answer that went through is lost; a refusal (or a crash) is answered as it was.
    if (served.kind !== "result") return served;
    caller = served.caller;
  }
  if (fault.kind === "network") return { caller, kind: "dropped" };
  const retryAfterSeconds = fault.retryAfterSeconds ?? (fault.status === 429 ? 1 : undefined);
  const error = new DomainError(
    fault.status,
    FORCED_CODES[fault.status],
    "Injected fault.",
    { ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) },
    fault.rateLimit,
  );
  return { caller, kind: "error", error };
}

/**
 * A request counted against an injected rate limit says where it stands (`RateLimit-*`), whether
 * it was answered or refused by the service; a refusal that already names a limit keeps its own.
 */
function withRateLimit(outcome: Outcome, rateLimit: RateLimitState): Outcome {
  if (outcome.kind === "result") {
    const headers = { ...rateLimitHeaders(rateLimit), ...outcome.result.headers };
    return { ...outcome, result: { ...outcome.result, headers } };
  }
  if (outcome.kind === "error" && outcome.error instanceof DomainError && !outcome.error.rateLimit) {
    const error = Object.assign(Object.create(Object.getPrototypeOf(outcome.error)), outcome.error, {
      rateLimit,
    }) as DomainError;
    return { ...outcome, error };
  }
  return outcome;
}
