import { getResponse, type RequestHandler } from "msw";
import { DEFAULT_CONFIG, type ServiceConfig, type ServiceContext } from "../domain/context.js";
import { answersFor, createHandlers } from "../handlers/createHandlers.js";
import { createFaults } from "../handlers/faults.js";
import { handleRequest } from "../handlers/handleRequest.js";
import type { JournalEntry } from "../handlers/journal.js";
import type { MockService } from "../handlers/service.js";
import { demoSeed } from "../seed/demoSeed.js";
import { applyFixture, type Fixture } from "../seed/fixture.js";
import { createStore, type StoreChange, type StoreSnapshot } from "../store/createStore.js";
import type { NotificationRecord, Role } from "../store/records.js";
import { type ClockState, createMockClock, type Duration } from "./mockClock.js";

/** Options for {@link createMockApi}. */
export interface MockApiOptions {
  /** Initial data: `"demo"` (default), `"empty"`, or a fixture. `reset()` returns to it. */
  seed?: "demo" | "empty" | Fixture;
  /** Where the mock clock starts (default: the real time now). */
  now?: Date | string | number;
  /** Whether the clock stands still until advanced (default false: it follows real time). */
  freezeClock?: boolean;
  /** Origin and prefix the handlers answer for, e.g. `https://api.tessera.dev` (default: any origin). */
  baseUrl?: string;
  /** Limits and durations, e.g. `{ tokenLimit: 5 }` (defaults: DESIGN.md values). */
  config?: Partial<ServiceConfig>;
  /** How many of the newest requests the journal keeps (default 10000). */
  journalLimit?: number;
  /** Called after every request with its journal entry (never holds a secret). */
  onRequest?: (entry: JournalEntry) => void;
  /** Called with unexpected errors before a 500 is answered (default: console.error). */
  onUnhandledError?: (error: unknown) => void;
  /** Start from a saved state instead of the seed (the local server's `--persist`). */
  restore?: { store: StoreSnapshot; clock?: ClockState };
  /** Called synchronously with every store write, before the response is sent (for persistence). */
  onChange?: (change: StoreChange) => void;
}

/** A notification as read from the outbox, with times as RFC 3339 strings. */
export type Notification = Omit<NotificationRecord, "occurredAt"> & { occurredAt: string };

/**
 * Creates an isolated, in-memory Tessera service: its own store, clock, outbox, journal and faults.
 *
 * @example
 * const api = createMockApi();
 * const client = createRawClient({ baseUrl: "https://api.tessera.dev", token: DEMO.tokens.ada.secret, fetch: api.fetch });
 * const { data } = await client.GET("/v1/requester");
 *
 * @note `api.fetch` serves the handlers directly (via msw's `getResponse`) without patching any
 * global, so parallel tests never share state. Use `api.handlers` with `setupServer`/`setupWorker`.
 */
export function createMockApi(options: MockApiOptions = {}) {
  const clock = createMockClock(options.now, options.freezeClock, options.restore?.clock);
  const config: ServiceConfig = { ...DEFAULT_CONFIG, ...options.config };
  const initial = options.seed ?? "demo";
  const newStore = () => createStore({ onChange: options.onChange });
  let ctx: ServiceContext = { store: newStore(), clock, config };
  let restoring = options.restore?.store;
  const load = async () => {
    if (restoring) {
      await ctx.store.restore(restoring);
      restoring = undefined;
    } else if (initial !== "empty") await applyFixture(ctx, initial === "demo" ? demoSeed : initial);
  };
  const faults = createFaults(clock);
  const service: MockService = {
    ctx,
    faults,
    journal: [],
    journalLimit: options.journalLimit ?? 10_000,
    ready: load(),
    onRequest: options.onRequest,
    onUnhandledError: options.onUnhandledError ?? ((error) => console.error("[tessera-mock]", error)),
  };
  const handlers: RequestHandler[] = createHandlers(service, options.baseUrl);
  const answers = answersFor(options.baseUrl);
  let overrides: RequestHandler[] = [];
  /**
   * The handlers' answer. Without overrides, a request goes straight to the one pipeline every
   * handler would call, instead of asking each MSW handler to match it in turn (the same answer,
   * several times cheaper); with overrides, msw's `getResponse` decides, so they take precedence.
   */
  const respond = (request: Request): Promise<Response | undefined> =>
    overrides.length > 0
      ? getResponse([...overrides, ...handlers], request)
      : answers(new URL(request.url))
        ? handleRequest(service, request)
        : Promise.resolve(undefined);

  return {
    /** MSW request handlers for every operation; pass them to `setupServer` or `setupWorker`. */
    handlers,
    /** Resolves when the initial seed is loaded (requests wait for it on their own). */
    ready: () => service.ready,
    /**
     * A `fetch` answered by this instance's handlers (and any `use()` overrides), without touching
     * globals. A network-error fault makes it reject with a TypeError, like a real fetch.
     */
    async fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const response = await respond(request);
      if (!response) throw new TypeError(`@tessera/mock: no handler for ${request.method} ${request.url}`);
      if (response.type === "error") throw new TypeError("Failed to fetch (injected network error)");
      return response;
    },
    /**
     * The handlers' answer as MSW gives it: `undefined` when no handler matches, and a response of
     * type `"error"` for an injected network error (servers drop the connection for it).
     */
    respond,
    /** Prepends handlers that take precedence in `fetch` (like `server.use`). */
    use(...extra: RequestHandler[]) {
      overrides = [...extra, ...overrides];
    },
    /** Removes the handlers added with `use()`. */
    resetHandlers() {
      overrides = [];
    },
    /** Adds fixture data to the current state. */
    async seed(fixture: Fixture) {
      await service.ready;
      await applyFixture(ctx, fixture);
    },
    /** Back to the initial seed: clears all state, the outbox, the journal and faults. */
    async reset() {
      await service.ready;
      ctx = { store: newStore(), clock, config };
      service.ctx = ctx;
      service.journal.length = 0;
      faults.clear();
      service.ready = load();
      await service.ready;
    },
    clock: {
      /** The mock's current time. */
      now: () => new Date(clock.now()),
      advance: (duration: Duration) => clock.advance(duration),
      set: (to: Date | string | number) => clock.set(to),
      freeze: (at?: Date | string | number) => clock.freeze(at),
      unfreeze: () => clock.unfreeze(),
      /** The clock's settings, for saving and restoring. */
      state: () => clock.state(),
    },
    /** Everything the instance holds, as plain data with secret hashes only (never secrets). */
    async snapshot(): Promise<StoreSnapshot> {
      await service.ready;
      return ctx.store.snapshot();
    },
    /** The notification outbox (T16): what the service would have e-mailed. */
    notifications: {
      list: (): Notification[] =>
        ctx.store.notifications.map((n) => ({ ...n, occurredAt: new Date(n.occurredAt).toISOString() })),
      clear: () => {
        ctx.store.notifications.length = 0;
      },
    },
    /** The request journal: method, path, status, credential id; never a secret. */
    journal: {
      list: (): JournalEntry[] => [...service.journal],
      clear: () => {
        service.journal.length = 0;
      },
    },
    /** Fault injection: latency, forced statuses, network errors, rate limits. */
    faults,
    /** Membership changes that have no API: demote, promote or remove a member (T15, §2). */
    members: {
      async setRole(userId: string, organizationId: string, role: Role) {
        await service.ready;
        await ctx.store.exclusive(() => ctx.store.updateMembership(userId, organizationId, { role }));
      },
      async remove(userId: string, organizationId: string) {
        await service.ready;
        await ctx.store.exclusive(() => ctx.store.deleteMembership(userId, organizationId));
      },
    },
  };
}

export type MockApi = ReturnType<typeof createMockApi>;
