/** The request journal: what the mock remembers of each handled request, bounded. */

import { BASE62 } from "../domain/randomIds.js";

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

/** Slots one entry takes in a journal's list (see {@link createJournal}). */
const SLOTS = 11;
/** A number as `Array.prototype.slice` and `splice` read their arguments (ToIntegerOrInfinity). */
const integer = (n: number) => (Number.isNaN(n) ? 0 : Math.trunc(n));
/** The most a small integer (a V8 "Smi", held in the list itself rather than boxed) may be. */
const SMALL = 2 ** 30 - 1;

/** The request ids the pipeline makes (`newId("req")`): `req_` and 16 base62 characters. */
const ID_PREFIX = "req_";
const ID_LENGTH = ID_PREFIX.length + 16;
/** Each base62 character's value by its code (-1 for any other code below 128). */
const DIGITS = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE62.length; i++) DIGITS[BASE62.charCodeAt(i)] = i;

/** `count` (at most 5) base62 characters of `id` from `from` as one number (below 62^5 < 2^30), or -1. */
function packChars(id: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const code = id.charCodeAt(i);
    const digit = code < 128 ? (DIGITS[code] as number) : -1;
    if (digit < 0) return -1;
    n = n * 62 + digit;
  }
  return n;
}

/** The `count` base62 characters a number from {@link packChars} stands for. */
function unpackChars(n: number, count: number): string {
  const codes: number[] = [];
  for (let i = 0, rest = n; i < count; i++, rest = Math.floor(rest / 62))
    codes.unshift(BASE62.charCodeAt(rest % 62));
  return String.fromCharCode(...codes);
}

/** Entries in a journal's first chunk; each later chunk holds as many as the journal does, up to {@link CHUNK_MOST}. */
const CHUNK_LEAST = 4;
const CHUNK_MOST = 64;

/**
 * @param limit How many of the newest entries `list()` returns.
 * @note Trims in batches of 1000 so a long-running server neither grows without bound nor shifts
 * the array on every request. Times are formatted when listed, not for every request.
 *
 * Entries are kept as numbers and shared strings in chunks of slots, not as objects (issue 17).
 * The local server keeps up to `limit` entries for each of up to 1,000 sessions; an entry object
 * (with its request id, path and two boxed times) was five new objects per request that the
 * garbage collector found through a session's list, copied twice and then kept, and at 1,000
 * sessions in turn each of those lists was in memory no cache still held. Here a request id of
 * the pipeline's form is packed into four small integers, the times are small integers where they
 * round-trip exactly (the time as an offset from the journal's first, the duration in hundredths
 * of a millisecond, as the pipeline rounds it), and a path equal to the previous entry's shares its
 * string: an entry usually holds nothing new for the collector to find. Anything else (another
 * form of id, a time or duration that would not round-trip) is kept as it is. Chunks of a fixed
 * size, rather than one list, are never copied to grow.
 */
export function createJournal(limit: number): Journal {
  return new ChunkedJournal(limit);
}

class ChunkedJournal implements Journal {
  /** The entries, oldest first: {@link SLOTS} slots each (see `record`), in chunks. */
  private chunks: unknown[][] = [];
  /** Entries at the start of the first chunk that were trimmed. */
  private trimmed = 0;
  /** Entries held (not trimmed). */
  private count = 0;
  /** The last chunk (the one written), and how many of its slots are. */
  private current: unknown[] | undefined;
  private filled = 0;
  /** The time the stored offsets count from (the first entry's). */
  private base: number | undefined;
  private lastPath: string | undefined;

  constructor(private readonly limit: number) {}

  record(entry: JournalRecord): void {
    let chunk = this.current;
    if (chunk === undefined || this.filled === chunk.length) {
      chunk = new Array(Math.min(CHUNK_MOST, Math.max(CHUNK_LEAST, this.count)) * SLOTS);
      this.chunks.push(chunk);
      this.current = chunk;
      this.filled = 0;
    }
    const at = this.filled;
    const id = entry.requestId;
    let a = -1;
    let b = -1;
    let c = -1;
    let d = -1;
    if (id.length === ID_LENGTH && id.startsWith(ID_PREFIX)) {
      a = packChars(id, 4, 5);
      b = packChars(id, 9, 5);
      c = packChars(id, 14, 5);
      d = packChars(id, 19, 1);
    }
    if (a >= 0 && b >= 0 && c >= 0 && d >= 0) {
      chunk[at] = a;
      chunk[at + 1] = b;
      chunk[at + 2] = c;
      chunk[at + 3] = d;
    } else {
      chunk[at] = id;
      chunk[at + 1] = 0;
      chunk[at + 2] = 0;
      chunk[at + 3] = 0;
    }
    chunk[at + 4] = this.storeTime(entry.atMs);
    chunk[at + 5] = entry.method;
    const path = entry.path === this.lastPath ? this.lastPath : entry.path;
    this.lastPath = path;
    chunk[at + 6] = path;
    chunk[at + 7] = entry.operationId;
    chunk[at + 8] = entry.status;
    chunk[at + 9] = entry.credentialId;
    chunk[at + 10] = storeDuration(entry.durationMs);
    this.filled = at + SLOTS;
    this.count++;
    // As `entries.splice(0, entries.length - limit)` on a list of entries would.
    if (this.count > this.limit + 1000)
      this.trim(Math.min(Math.max(integer(this.count - this.limit), 0), this.count));
  }

  list(): JournalEntry[] {
    // As `entries.slice(-limit)` on a list of entries would.
    const from = integer(-this.limit);
    let skip = this.trimmed + (from < 0 ? Math.max(this.count + from, 0) : Math.min(from, this.count));
    const entries: JournalEntry[] = [];
    for (let i = 0; i < this.chunks.length; i++) {
      const chunk = this.chunks[i] as unknown[];
      const end = i === this.chunks.length - 1 ? this.filled : chunk.length;
      for (let at = 0; at < end; at += SLOTS) {
        if (skip > 0) skip--;
        else entries.push(journalEntry(this.entryAt(chunk, at)));
      }
    }
    return entries;
  }

  clear(): void {
    this.chunks = [];
    this.current = undefined;
    this.trimmed = 0;
    this.count = 0;
    this.filled = 0;
    this.base = undefined;
    this.lastPath = undefined;
  }

  /** Forgets the `n` oldest entries (whole chunks once every entry of theirs is gone). */
  private trim(n: number): void {
    this.count -= n;
    let gone = this.trimmed + n;
    while (this.chunks.length > 0) {
      const last = this.chunks.length === 1;
      const held = (last ? this.filled : (this.chunks[0] as unknown[]).length) / SLOTS;
      if (gone < held) break;
      gone -= held;
      this.chunks.shift();
      if (last) {
        this.current = undefined;
        this.filled = 0;
      }
    }
    this.trimmed = gone;
  }

  /** A time as stored: an exact small offset from `base`, or the number itself in a box. */
  private storeTime(atMs: number): unknown {
    this.base ??= atMs;
    const offset = atMs - this.base;
    // `| 0` keeps the offset a small integer in every tier of the compiler (not a boxed number).
    return Number.isInteger(offset) && Math.abs(offset) <= SMALL && this.base + offset === atMs
      ? offset | 0
      : [atMs];
  }

  private entryAt(chunk: unknown[], at: number): JournalRecord {
    const id = chunk[at];
    const time = chunk[at + 4];
    const duration = chunk[at + 10];
    return {
      requestId:
        typeof id === "string"
          ? id
          : ID_PREFIX +
            unpackChars(id as number, 5) +
            unpackChars(chunk[at + 1] as number, 5) +
            unpackChars(chunk[at + 2] as number, 5) +
            unpackChars(chunk[at + 3] as number, 1),
      atMs: typeof time === "number" ? (this.base as number) + time : ((time as number[])[0] as number),
      method: chunk[at + 5] as string,
      path: chunk[at + 6] as string,
      operationId: chunk[at + 7] as string | null,
      status: chunk[at + 8] as number,
      credentialId: chunk[at + 9] as string | null,
      durationMs: typeof duration === "number" ? duration / 100 : ((duration as number[])[0] as number),
    };
  }
}

/** A duration as stored: exact hundredths as a small integer, or the number itself in a box. */
function storeDuration(ms: number): unknown {
  const hundredths = Math.round(ms * 100);
  return Math.abs(hundredths) <= SMALL && hundredths / 100 === ms && !Object.is(ms, -0)
    ? hundredths | 0
    : [ms];
}
