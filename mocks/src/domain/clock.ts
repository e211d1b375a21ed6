/** The domain's only source of time; injected so tests can move it. */
export interface Clock {
  /** Current time in epoch milliseconds. */
  now(): number;
}
