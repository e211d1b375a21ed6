/**
 * The public shapes of an in-process mock instance (`createMockApi`), declared here so that
 * editors and the docs show what each member is, not how it is built.
 */
import type { RequestHandler } from "msw";
import type { ServiceConfig } from "../domain/context.js";
import type { Connection } from "../handlers/connection.js";
import type { Faults } from "../handlers/faults.js";
import type { JournalEntry } from "../handlers/journal.js";
import type { Fixture } from "../seed/fixture.js";
import type { IdempotencyEntry, OperationLog, StoreChange, StoreSnapshot } from "../store/changeLog.js";
import type { NotificationRecord, Role } from "../store/records.js";
import type { AdjustableClock, ClockState, Duration } from "./mockClock.js";

/** Options for `createMockApi`. */
export interface MockApiOptions {
  /**
   * Initial data: `"demo"` (default), `"empty"`, or a fixture (`createFixture()`). `reset()`
   * returns to it. A fixture the mock could not serve within the contract throws a `FixtureError`.
   */
  seed?: "demo" | "empty" | Fixture;
  /** Where the mock clock starts (default: the real time now). */
  now?: Date | string | number;
  /** Whether the clock stands still until advanced (default false: it follows real time). */
  freezeClock?: boolean;
  /** Origin and prefix the handlers answer for, e.g. `https://api.tessera.dev` (default: any origin). */
  baseUrl?: string;
  /** Limits and durations, e.g. `{ tokenLimit: 5 }` (defaults: DESIGN.md values). */
  config?: Partial<ServiceConfig>;
  /**
   * The caller's address in-process, where there is no connection to read it from (default
   * `127.0.0.1`): what `lastUsedIp` records (T14). `X-Forwarded-For` is never believed in-process.
   */
  clientAddress?: string;
  /** How many of the newest requests the journal keeps (default 10000). */
  journalLimit?: number;
  /** How many of the newest notifications the outbox keeps (default 1000). */
  outboxLimit?: number;
  /** How many of the newest audit events the store keeps (default 10000). */
  auditLogLimit?: number;
  /** Called after every request with its journal entry (never holds a secret). */
  onRequest?: (entry: JournalEntry) => void;
  /** Called with unexpected errors before a 500 is answered (default: logged with the mock's prefix). */
  onUnhandledError?: (error: unknown) => void;
  /** Start from a saved state instead of the seed (the local server's `--persist`). */
  restore?: { store: StoreSnapshot; clock?: ClockState; idempotency?: IdempotencyEntry[] };
  /**
   * Called synchronously with every record the store writes, before the response is sent (for
   * persistence). Last use (T14) is not a change event; it is part of `snapshot()`.
   */
  onChange?: (change: StoreChange) => void;
  /**
   * Makes each state-changing operation durable as one record before it is answered, and rolls
   * memory back when that fails (the local server's `--persist`; default none: memory only).
   */
  log?: OperationLog;
}

/** A notification as read from the outbox, with times as RFC 3339 strings. */
export type Notification = Omit<NotificationRecord, "occurredAt" | "expiresAt"> & {
  occurredAt: string;
  /** The token's expiry, for `token.expiring` and `token.expired` (P3). */
  expiresAt?: string;
};

/**
 * The mock's clock as tests move it (`api.clock`): sessions, expiries, lockouts and rate limits
 * follow it. Each move returns a promise that resolves once what the clock reached has happened:
 * expiry notices (P3) and revocations for inactivity (P5) are in the outbox and the audit log
 * (`await api.clock.advance({ days: 7 })`). Requests made after a move wait for it on their own.
 */
export interface MockClock extends Pick<AdjustableClock, "state"> {
  /** The mock's current time. */
  now(): Date;
  /** Moves time forward. Throws a RangeError, moving nothing, beyond 1970-9999 (E7). */
  advance(duration: Duration): Promise<void>;
  /** Jumps to a point in time (moving back settles nothing again: notices are sent once). */
  set(to: Date | string | number): Promise<void>;
  /** Stops the clock where it is (or at `at`). */
  freeze(at?: Date | string | number): Promise<void>;
  /** Lets the clock follow real time again from where it stands. */
  unfreeze(): Promise<void>;
}

/** The notification outbox (T16): what the service would have e-mailed. */
export interface MockOutbox {
  /** Every notification so far, oldest first; tokens appear masked. */
  list(): Notification[];
  /** Empties the outbox. */
  clear(): void;
}

/** The request journal: method, path, status, credential id; never a secret. */
export interface MockJournal {
  /** The newest requests (at most `journalLimit`), oldest first. */
  list(): JournalEntry[];
  /** Forgets every entry. */
  clear(): void;
}

/** Membership changes that have no API (T15, §2). */
export interface MockMembers {
  /** Promotes or demotes a member; their tokens narrow or widen at once. */
  setRole(userId: string, organizationId: string, role: Role): Promise<void>;
  /** Removes a member from an organization; their personal tokens stop working there. */
  remove(userId: string, organizationId: string): Promise<void>;
}

/** An isolated, in-memory Tessera service: its own store, clock, outbox, journal and faults. */
export interface MockApi {
  /** MSW request handlers for every operation; pass them to `setupServer` or `setupWorker`. */
  readonly handlers: RequestHandler[];
  /** Resolves when the initial seed is loaded (requests wait for it on their own). */
  ready(): Promise<void>;
  /**
   * A `fetch` answered by this instance's handlers (and any `use()` overrides), without touching
   * globals. A network-error fault makes it reject with a TypeError, like a real fetch.
   */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /**
   * The handlers' answer as MSW gives it: `undefined` when no handler matches, and a response of
   * type `"error"` for an injected network error (servers drop the connection for it).
   * @param connection The connection the request arrived on, for a server built on this
   * instance: its address is the caller's, and A4 is decided from it rather than from the URL.
   */
  respond(request: Request, connection?: Connection): Promise<Response | undefined>;
  /** Prepends handlers that take precedence in `fetch` and `respond` (like `server.use`). */
  use(...handlers: RequestHandler[]): void;
  /** Removes the handlers added with `use()`. */
  resetHandlers(): void;
  /**
   * Adds fixture data to the current state; ids, emails and secrets must be new to it. A bad
   * fixture rejects with a `FixtureError` listing every problem, and adds nothing.
   */
  seed(fixture: Fixture): Promise<void>;
  /** Back to the initial seed and clock (`now`, `freezeClock`): clears all state, the outbox, the journal and faults. */
  reset(): Promise<void>;
  /** Moves the mock's time. */
  readonly clock: MockClock;
  /** Everything the instance holds, as plain data with secret hashes only (never secrets). */
  snapshot(): Promise<StoreSnapshot>;
  /** The notification outbox (T16). */
  readonly notifications: MockOutbox;
  /** The request journal. */
  readonly journal: MockJournal;
  /** Fault injection: latency, forced statuses, network errors, rate limits. */
  readonly faults: Faults;
  /** Membership changes that have no API. */
  readonly members: MockMembers;
}
