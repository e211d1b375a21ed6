/** First retry waits 0.5 s, then 1, 2, 4, capped at 8 s (the Stainless schedule). */
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;
/** Up to 25% is taken off each backoff so that many clients do not retry in lockstep. */
const MAX_JITTER = 0.25;
/**
 * A server asking for a longer wait than this is not waited for: the error is thrown at once with
 * its `retryAfter`, so that a 15-minute login lock (A5) does not hang the caller.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * How long the server asked us to wait: `retry-after-ms`, then `Retry-After` as seconds or as an
 * HTTP date. Undefined when neither header is present or parseable.
 */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const ms = parseFloat(headers.get("retry-after-ms") ?? "");
  if (ms >= 0 && ms < Infinity) return ms; // not NaN, negative or infinite
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter for the `retry`-th retry (0-based): min(0.5 * 2^n, 8) s minus up to 25%. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  return Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS) * (1 - random() * MAX_JITTER);
}

/**
 * The wait before the `retry`-th retry (0-based): what the server asked for when it asked (exactly,
 * without jitter), otherwise the backoff. Undefined when the server asked for more than a minute.
 */
export function retryDelay(retry: number, headers: Headers | undefined, now: number): number | undefined {
  const asked = headers && retryAfterMs(headers, now);
  if (asked === undefined) return backoffMs(retry);
  return asked <= MAX_RETRY_AFTER_MS ? asked : undefined;
}
