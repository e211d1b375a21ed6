/** Per-call options, accepted as the last argument of every resource method. */
export interface RequestOptions {
  /** Aborts the call, including retries and waits; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Time limit for each attempt in milliseconds (default: the client's `timeoutMs`). */
  timeoutMs?: number;
  /** How many times to retry this call (default: the client's `retries`). */
  retries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** Options for calls that create something and so honour `Idempotency-Key` (T18). */
export interface IdempotentRequestOptions extends RequestOptions {
  /** Idempotency-Key for this call (default: a random UUID, reused by every retry of the call). */
  idempotencyKey?: string;
}
