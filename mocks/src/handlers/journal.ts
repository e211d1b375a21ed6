/** One handled request, as the mock remembers it. Never a secret, a body or a header value. */
export interface JournalEntry {
  requestId: string;
  /** RFC 3339 time on the mock's clock. */
  at: string;
  method: string;
  /** Path without the query string. */
  path: string;
  /** The spec's operationId, or null for an unknown route. */
  operationId: string | null;
  status: number;
  /** The token or session id that authenticated the request, if any. */
  credentialId: string | null;
  /** Wall-clock handling time in milliseconds. */
  durationMs: number;
}
