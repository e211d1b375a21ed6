/**
 * Fault injection: added latency, forced error statuses, network errors and rate limiting, each
 * for every operation or for one `operationId`. Faults act before validation and change no state,
 * except those marked `afterHandling`: the request is handled (and its changes kept), then the
 * response is lost, which is how a client's retry can repeat a write that already happened.
 */
import type { Clock } from "../domain/clock.js";
import type { RateLimitState } from "../domain/rateLimits.js";

export type ForcedStatus = 408 | 429 | 500 | 502 | 503 | 504;

export interface FaultOptions {
  /** Only for this operation (an operationId of the spec, e.g. `createToken`); default every operation. */
  operation?: string;
  /** How many requests the fault applies to before it clears itself; default unlimited. */
  times?: number;
}

/** Options for faults that replace a response. */
export interface ResponseFaultOptions extends FaultOptions {
  /** Handle the request first (keeping its changes), then fail; default false. */
  afterHandling?: boolean;
}

interface Fault {
  kind: "latency" | "status" | "network";
  operation: string | undefined;
  remaining: number;
  latencyMs?: number;
  status?: ForcedStatus;
  retryAfterSeconds?: number;
  afterHandling?: boolean;
}

interface RateLimit {
  operation: string | undefined;
  limit: number;
  windowMs: number;
  hits: number[];
}

export type FaultOutcome =
  | { kind: "none"; latencyMs: number; rateLimit?: RateLimitState }
  | {
      kind: "status";
      latencyMs: number;
      status: ForcedStatus;
      retryAfterSeconds?: number;
      afterHandling: boolean;
      /** For a 429 of a rate limit: the limit it is (sent as `RateLimit-*`). */
      rateLimit?: RateLimitState;
    }
  | { kind: "network"; latencyMs: number; afterHandling: boolean };

/** Fault injection for one mock instance (`api.faults`). */
export interface Faults {
  /** Adds `ms` milliseconds of real latency to matching requests. */
  latency(ms: number, options?: FaultOptions): void;
  /** Answers matching requests with this status as a problem (503 and 429 carry Retry-After). */
  failWith(status: ForcedStatus, options?: ResponseFaultOptions & { retryAfterSeconds?: number }): void;
  /** Makes matching requests fail as if the network dropped (fetch rejects). */
  networkError(options?: ResponseFaultOptions): void;
  /** Allows `limit` requests per `windowSeconds` (mock clock); more get 429 with Retry-After. */
  rateLimit(limit: number, windowSeconds: number, options?: Pick<FaultOptions, "operation">): void;
  /** Removes every fault and rate limit. */
  clear(): void;
  /** Decides what happens to a request for `operationId` (null for an unknown route); counts it. */
  take(operationId: string | null): FaultOutcome;
}

/** {@link Faults} as the pipeline holds them. */
export interface FaultTable extends Faults {
  /**
   * Whether any fault or rate limit is set. The pipeline reads it before anything else, so that
   * the common case (none) reads no more of this instance's than this object: not `take`, a
   * function of the instance's own, nor the scope it keeps its state in. At 1,000 sessions in turn
   * each object a request reaches is memory no cache still holds (issue 17).
   */
  readonly armed: boolean;
}

/** Faults read the mock clock for rate-limit windows. */
export function createFaults(clock: Clock): FaultTable {
  let faults: Fault[] = [];
  let rateLimits: RateLimit[] = [];
  const applies = (operation: string | undefined, operationId: string | null) =>
    operation === undefined || operation === operationId;

  const table = {
    armed: false,
    latency(ms: number, options: FaultOptions = {}) {
      table.armed = true;
      faults.push({
        kind: "latency",
        operation: options.operation,
        remaining: options.times ?? Infinity,
        latencyMs: ms,
      });
    },
    failWith(status: ForcedStatus, options: ResponseFaultOptions & { retryAfterSeconds?: number } = {}) {
      table.armed = true;
      faults.push({
        kind: "status",
        operation: options.operation,
        remaining: options.times ?? Infinity,
        status,
        retryAfterSeconds: options.retryAfterSeconds,
        afterHandling: options.afterHandling,
      });
    },
    networkError(options: ResponseFaultOptions = {}) {
      table.armed = true;
      faults.push({
        kind: "network",
        operation: options.operation,
        remaining: options.times ?? Infinity,
        afterHandling: options.afterHandling,
      });
    },
    rateLimit(limit: number, windowSeconds: number, options: Pick<FaultOptions, "operation"> = {}) {
      table.armed = true;
      rateLimits.push({ operation: options.operation, limit, windowMs: windowSeconds * 1000, hits: [] });
    },
    clear() {
      faults = [];
      rateLimits = [];
      table.armed = false;
    },
    take(operationId: string | null): FaultOutcome {
      if (!table.armed) return NO_FAULT;
      let latencyMs = 0;
      let outcome: FaultOutcome | null = null;
      for (const fault of faults) {
        if (!applies(fault.operation, operationId) || fault.remaining <= 0) continue;
        if (fault.kind === "latency") {
          latencyMs += fault.latencyMs ?? 0;
          fault.remaining--;
        } else if (!outcome) {
          fault.remaining--;
          outcome =
            fault.kind === "network"
              ? { kind: "network", latencyMs: 0, afterHandling: fault.afterHandling === true }
              : {
                  kind: "status",
                  latencyMs: 0,
                  status: fault.status as ForcedStatus,
                  retryAfterSeconds: fault.retryAfterSeconds,
                  afterHandling: fault.afterHandling === true,
                };
        }
      }
      // Only when there is something to drop: a new list for every request (kept by this instance
      // until its next one) was garbage the collector copied at 1,000 sessions in turn (issue 17).
      if (faults.length > 0) faults = faults.filter((f) => f.remaining > 0);
      table.armed = faults.length > 0 || rateLimits.length > 0;
      if (!outcome && rateLimits.length > 0) {
        const now = clock.now();
        const matching = rateLimits.filter((limit) => applies(limit.operation, operationId));
        for (const limit of matching) limit.hits = limit.hits.filter((at) => now - at < limit.windowMs);
        // A request refused by one limit counts against none, whatever order the limits were added in.
        const full = matching.find((limit) => limit.hits.length >= limit.limit);
        if (full) {
          const oldest = full.hits[0] ?? now;
          const retryAfterSeconds = Math.max(1, Math.ceil((oldest + full.windowMs - now) / 1000));
          const rateLimit = { limit: full.limit, remaining: 0, resetSeconds: retryAfterSeconds };
          outcome = {
            kind: "status",
            latencyMs: 0,
            status: 429,
            retryAfterSeconds,
            afterHandling: false,
            rateLimit,
          };
        } else {
          for (const limit of matching) limit.hits.push(now);
          const tightest = stateOf(matching, now);
          if (tightest) return { kind: "none", latencyMs, rateLimit: tightest };
        }
      }
      return outcome ? { ...outcome, latencyMs } : { kind: "none", latencyMs };
    },
  };
  return table;
}

/** What `take` answers when no fault or rate limit is set: one object for every such request. */
const NO_FAULT: FaultOutcome = Object.freeze({ kind: "none", latencyMs: 0 });

/** Where a request stands against the tightest of the rate limits it was counted against. */
function stateOf(limits: readonly RateLimit[], now: number): RateLimitState | undefined {
  let tightest: RateLimitState | undefined;
  for (const limit of limits) {
    const oldest = limit.hits[0] ?? now;
    const state = {
      limit: limit.limit,
      remaining: Math.max(0, limit.limit - limit.hits.length),
      resetSeconds: Math.max(0, Math.ceil((oldest + limit.windowMs - now) / 1000)),
    };
    if (!tightest || state.remaining < tightest.remaining) tightest = state;
  }
  return tightest;
}
