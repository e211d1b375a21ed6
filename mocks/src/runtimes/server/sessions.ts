import type { JournalEntry } from "../../handlers/journal.js";
import type { IdempotencyEntry, OperationLog } from "../../store/changeLog.js";
import type { MockApi, MockApiOptions } from "../MockApi.js";
import { type LightResponder, lightResponderOf } from "../mockInstance.js";
import { DEFAULT_MAX_SESSIONS } from "./limits.js";
import type { Persistence, SavedSession } from "./persistence.js";

export const DEFAULT_SESSION = "default";
const SESSION_NAME = /^[A-Za-z0-9._:-]{1,64}$/;

export interface SessionsOptions {
  /** Makes a session's instance (`createMockApi`, or the CLI's instance without msw at start). */
  newApi: (options: MockApiOptions) => MockApi;
  /** Options for every session's mock (seed, config, ...). */
  mock: MockApiOptions;
  /** The state file (`--persist`): sessions start from what it holds and log every operation to it. */
  persistence?: Persistence;
  /**
   * Sessions kept in memory (default {@link DEFAULT_MAX_SESSIONS}); beyond it the least recently
   * used idle one is evicted. Without `persistence` an evicted session's state is gone (its next
   * request starts from the seed); with it, the session comes back from the file as it was.
   */
  maxSessions?: number;
  onRequest?: (session: string, entry: JournalEntry) => void;
}

/** The local server's mock instances, one per `X-Mock-Session` name. */
export interface Sessions {
  /** Whether a header value can name a session. */
  isValidName(name: string): boolean;
  /** The session's instance, created on first use; it counts as used now (for eviction). */
  get(name?: string): MockApi;
  /**
   * Runs `work` with the session's instance; the session is not evicted while it runs, so an
   * operation in flight always lands in the instance later requests see.
   */
  use<T>(name: string, work: (api: MockApi) => Promise<T>): Promise<T>;
  /** The names of the sessions in memory, least recently used first. */
  names(): string[];
  /**
   * Forgets a session (and, with `--persist`, removes it from the file); its next request starts
   * from the seed. False when there was nothing to drop.
   */
  drop(name: string): Promise<boolean>;
  /** Every session's state (and the saved state of sessions not in memory), for compaction. */
  saveAll(): Promise<Map<string, SavedSession>>;
}

/**
 * {@link Sessions} as the local server holds them: `use` also hands `work` the instance's light
 * responder (mockInstance.ts), looked up once per session. Not part of `MockServer.sessions`' type,
 * which keeps the pipeline's own objects out of the public API.
 */
export interface ServerSessions extends Sessions {
  use<T>(name: string, work: (api: MockApi, light: LightResponder | undefined) => Promise<T>): Promise<T>;
}

/**
 * A session in memory: its instance, when it was last used (a count of uses), its requests in
 * flight and who waits for it to be idle (a drop). Kept together, so that a request reaches one
 * object of the session's besides its instance, not entries in maps keyed by its name (issue 17).
 */
interface Session {
  api: MockApi;
  /** The instance's light responder, looked up once (see `lightResponderOf`). */
  light: LightResponder | undefined;
  used: number;
  busy: number;
  idle: (() => void)[] | null;
}

/**
 * Isolated mock instances by `X-Mock-Session` name, each created on first use from the same seed
 * (or from its saved state), so parallel CI jobs can share one server. Instances share the seed's
 * records (seedImage.ts), so a fresh session costs a few kilobytes; at most `maxSessions` are kept.
 */
export function createSessions(options: SessionsOptions): ServerSessions {
  /**
   * The sessions in memory, each with when it was last used (a count of uses). A use only updates
   * its entry: moving the session to the end of the map (deleting and setting it again) kept the
   * request's own copy of the name and rebuilt the map's table every so many uses, which cost every
   * request something at 1,000 sessions in turn (issue 17). Least recently used is the lowest count.
   */
  const sessions = new Map<string, Session>();
  let uses = 0;
  /** The names of the sessions in memory, least recently used first. */
  const byLastUse = () => [...sessions].sort((a, b) => a[1].used - b[1].used).map(([name]) => name);
  const { persistence } = options;
  const max = Math.max(1, options.maxSessions ?? DEFAULT_MAX_SESSIONS);
  /** Sessions the file holds that are not in memory (evicted, or not used since start). */
  const onFile = new Set(persistence?.saved.keys() ?? []);
  /** The idempotency records each session has logged (without answers), for compaction. */
  const logged = new Map<string, Map<string, IdempotencyEntry>>();

  function operationLog(name: string, clock: () => MockApi["clock"] | undefined): OperationLog {
    const p = persistence as Persistence;
    return {
      commit(changes, fresh) {
        p.operation(name, changes, fresh, fresh ? clock()?.state() : undefined);
        const entries = fresh ? new Map<string, IdempotencyEntry>() : (logged.get(name) ?? new Map());
        for (const c of changes)
          if (c.op === "idempotency") entries.set(c.key, { key: c.key, record: c.record });
        logged.set(name, entries);
      },
      durable() {
        const saved = p.durable(name);
        return saved && { store: saved.store, idempotency: saved.idempotency ?? [] };
      },
    };
  }

  /** Evicts least recently used idle sessions until there is room for one more. */
  function makeRoom() {
    while (sessions.size >= max) {
      let oldest: string | undefined;
      let oldestUse = Number.POSITIVE_INFINITY;
      for (const [name, entry] of sessions) {
        if (entry.used < oldestUse && entry.busy === 0) {
          oldest = name;
          oldestUse = entry.used;
        }
      }
      if (oldest === undefined) return;
      sessions.delete(oldest);
      if (persistence) {
        onFile.add(oldest);
        logged.delete(oldest);
      }
    }
  }

  /**
   * Runs `work` with the session marked busy (not evicted, a drop waits). The answer is the work's
   * own promise with the release chained on, not an async function's frame and its turns: every
   * request to the local server passes here (issue 17).
   */
  function hold<T>(session: Session, work: () => Promise<T>): Promise<T> {
    session.busy++;
    let running: Promise<T>;
    try {
      running = work();
    } catch (error) {
      release(session);
      return Promise.reject(error);
    }
    return running.then(
      (value) => {
        release(session);
        return value;
      },
      (error: unknown) => {
        release(session);
        throw error;
      },
    );
  }

  function release(session: Session): void {
    session.busy--;
    if (session.busy > 0 || session.idle === null) return;
    const waiters = session.idle;
    session.idle = null;
    for (const resolve of waiters) resolve();
  }

  function create(name: string): Session {
    makeRoom();
    // The state at start, once; a session evicted since comes back from the file as it is now.
    const saved = onFile.has(name) ? (persistence?.saved.get(name) ?? persistence?.durable(name)) : undefined;
    persistence?.saved.delete(name);
    onFile.delete(name);
    if (saved) logged.set(name, new Map((saved.idempotency ?? []).map((e) => [e.key, e])));
    const made: { api?: MockApi } = {};
    const api = options.newApi({
      ...options.mock,
      ...(saved ? { restore: saved } : {}),
      // Without a listener the pipeline builds no entry for it.
      ...(options.onRequest ? { onRequest: (entry: JournalEntry) => options.onRequest?.(name, entry) } : {}),
      ...(persistence ? { log: operationLog(name, () => made.api?.clock) } : {}),
    });
    made.api = api;
    const session: Session = { api, light: lightResponderOf(api), used: ++uses, busy: 0, idle: null };
    sessions.set(name, session);
    // Busy until its seed is in (and logged); a session whose seed could not be logged is
    // forgotten, so the next request tries again.
    hold(session, () => api.ready()).catch(() => {
      if (sessions.get(name) === session) sessions.delete(name);
      if (saved) onFile.add(name);
    });
    return session;
  }

  /** The session's entry, created on first use; it counts as used now (for eviction). */
  function entryOf(name: string): Session {
    const entry = sessions.get(name);
    if (!entry) return create(name);
    entry.used = ++uses;
    return entry;
  }

  return {
    isValidName: (name: string) => SESSION_NAME.test(name),
    get: (name = DEFAULT_SESSION) => entryOf(name).api,
    use(name, work) {
      // Not an async function: its promise would only adopt hold's, two more turns per request.
      let entry: Session;
      try {
        entry = entryOf(name);
      } catch (error) {
        return Promise.reject(error);
      }
      return hold(entry, () => work(entry.api, entry.light));
    },
    names: byLastUse,
    async drop(name) {
      // Operations in flight land first: a write logged after the drop would revive half a session.
      for (let entry = sessions.get(name); entry && entry.busy > 0; entry = sessions.get(name)) {
        const waiting = entry;
        await new Promise<void>((resolve) => {
          waiting.idle = [...(waiting.idle ?? []), resolve];
        });
      }
      if (!sessions.has(name) && !onFile.has(name)) return false;
      // Logged first: if the disk refuses (503), the session stays as it was.
      persistence?.drop(name);
      sessions.delete(name);
      onFile.delete(name);
      persistence?.saved.delete(name);
      logged.delete(name);
      return true;
    },
    async saveAll(): Promise<Map<string, SavedSession>> {
      // Sessions not in memory are saved as the file holds them; the others as memory does
      // (which adds what is never logged: last use, T14).
      const result = persistence ? persistence.durableAll() : new Map<string, SavedSession>();
      for (const name of byLastUse()) {
        const api = sessions.get(name)?.api;
        if (!api) continue;
        const idempotency = [...(logged.get(name)?.values() ?? [])];
        result.set(name, { store: await api.snapshot(), clock: api.clock.state(), idempotency });
      }
      return result;
    },
  };
}
