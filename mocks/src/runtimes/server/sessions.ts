import type { JournalEntry } from "../../handlers/journal.js";
import type { IdempotencyEntry, OperationLog } from "../../store/changeLog.js";
import { createMockApi } from "../createMockApi.js";
import type { MockApi, MockApiOptions } from "../MockApi.js";
import type { Persistence, SavedSession } from "./persistence.js";

export const DEFAULT_SESSION = "default";
const SESSION_NAME = /^[A-Za-z0-9._:-]{1,64}$/;

export interface SessionsOptions {
  /** Options for every session's mock (seed, config, ...). */
  mock: MockApiOptions;
  /** The state file (`--persist`): sessions start from what it holds and log every operation to it. */
  persistence?: Persistence;
  onRequest?: (session: string, entry: JournalEntry) => void;
}

/** The local server's mock instances, one per `X-Mock-Session` name. */
export interface Sessions {
  /** Whether a header value can name a session. */
  isValidName(name: string): boolean;
  /** The session's instance, created on first use. */
  get(name?: string): MockApi;
  /** The names of the sessions created so far. */
  names(): string[];
  /** Every session's state (and the saved state of sessions not used since start), for compaction. */
  saveAll(): Promise<Map<string, SavedSession>>;
}

/**
 * Isolated mock instances by `X-Mock-Session` name, each created on first use from the same seed
 * (or from its saved state), so parallel CI jobs can share one server.
 */
export function createSessions(options: SessionsOptions): Sessions {
  const sessions = new Map<string, MockApi>();
  const { persistence } = options;
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

  function create(name: string): MockApi {
    const saved = persistence?.saved.get(name);
    if (saved) logged.set(name, new Map((saved.idempotency ?? []).map((e) => [e.key, e])));
    const made: { api?: MockApi } = {};
    const api = createMockApi({
      ...options.mock,
      ...(saved ? { restore: saved } : {}),
      onRequest: (entry) => options.onRequest?.(name, entry),
      ...(persistence ? { log: operationLog(name, () => made.api?.clock) } : {}),
    });
    made.api = api;
    sessions.set(name, api);
    // A session whose seed could not be logged is forgotten, so the next request tries again.
    api.ready().catch(() => {
      if (sessions.get(name) === api) sessions.delete(name);
    });
    return api;
  }

  return {
    isValidName: (name: string) => SESSION_NAME.test(name),
    get(name: string = DEFAULT_SESSION): MockApi {
      return sessions.get(name) ?? create(name);
    },
    names: () => [...sessions.keys()],
    async saveAll(): Promise<Map<string, SavedSession>> {
      const result = new Map<string, SavedSession>(persistence?.saved ?? []);
      for (const [name, api] of sessions) {
        const idempotency = [...(logged.get(name)?.values() ?? [])];
        result.set(name, { store: await api.snapshot(), clock: api.clock.state(), idempotency });
      }
      return result;
    },
  };
}
