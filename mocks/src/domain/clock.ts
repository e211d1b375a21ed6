/** The domain's only source of time; injected so tests can move it. */
export interface Clock {
  /** Current time in epoch milliseconds. */
  now(): number;
}

/**
 * The latest instant an RFC 3339 timestamp of the contract (four-digit year) can name: no clock,
 * expiry or session may go past it (E7).
 */
export const LATEST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
