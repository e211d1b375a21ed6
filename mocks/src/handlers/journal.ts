/** The request journal: what the mock remembers of each handled request, bounded. */

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
  /** The status answered; 0 when the connection was dropped (an injected network fault). */
  status: number;
  /** The token or session id that authenticated the request, if any. */
  credentialId: string | null;
  /** Wall-clock handling time in milliseconds. */
  durationMs: number;
}

/** An entry as the journal keeps it: its time as a number, made text only when it is read. */
export type JournalRecord = Omit<JournalEntry, "at"> & { atMs: number };

/** The entry a record stands for. */
export function journalEntry({ atMs, requestId, ...rest }: JournalRecord): JournalEntry {
  return { requestId, at: new Date(atMs).toISOString(), ...rest };
}

/** The newest requests of one mock instance. */
export interface Journal {
  /** Remembers a request; the oldest entries beyond the limit are forgotten. */
  record(entry: JournalRecord): void;
  /** The newest entries (at most the limit), oldest first. */
  list(): JournalEntry[];
  /** Forgets every entry. */
  clear(): void;
}

/**
 * @param limit How many of the newest entries `list()` returns.
 * @note Trims in batches of 1000 so a long-running server neither grows without bound nor shifts
 * the array on every request. Times are formatted when listed, not for every request.
 */
export function createJournal(limit: number): Journal {
  const entries: JournalRecord[] = [];
  return {
    record(entry) {
      entries.push(entry);
      if (entries.length > limit + 1000) entries.splice(0, entries.length - limit);
    },
    list: () => entries.slice(-limit).map(journalEntry),
    clear() {
      entries.length = 0;
    },
  };
}
