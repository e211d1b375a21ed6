/**
 * Sliding-window rate limits (A5, P4): how many attempts a key has left, and when the window frees
 * the next one. The handlers send this as `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset`.
 */

/** Where a key stands against its limit. */
export interface RateLimitState {
  /** Attempts the window allows. */
  limit: number;
  /** Attempts left in the window now. */
  remaining: number;
  /** Seconds until the window frees its next attempt (0 when nothing is counted). */
  resetSeconds: number;
}

/** The attempts still inside the window at `now`, oldest first. */
export function recentHits(hits: readonly number[], windowMs: number, now: number): number[] {
  return hits.filter((at) => now - at < windowMs);
}

/** Where `hits` (inside the window, oldest first) leave a key with `limit` per `windowMs`. */
export function windowState(
  hits: readonly number[],
  limit: number,
  windowMs: number,
  now: number,
): RateLimitState {
  const oldest = hits[0];
  return {
    limit,
    remaining: Math.max(0, limit - hits.length),
    resetSeconds: oldest === undefined ? 0 : Math.max(0, Math.ceil((oldest + windowMs - now) / 1000)),
  };
}
