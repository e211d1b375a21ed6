import type { JournalEntry } from "../../handlers/journal.js";
import { createMockApi, type MockApi, type MockApiOptions } from "../createMockApi.js";
import type { Persistence, SavedSession } from "./persistence.js";

export const DEFAULT_SESSION = "default";
const SESSION_NAME = /^[A-Za-z0-9._:-]{1,64}$/;

export interface SessionsOptions {
  /** Options for every session's mock (seed, config, ...). */
  mock: MockApiOptions;
  /** Saved state to start sessions from (from `--persist`). */
  saved?: Map<string, SavedSession>;
  persistence?: Persistence;
  onRequest?: (session: string, entry: JournalEntry) => void;
}

/**
 * Isolated mock instances by `X-Mock-Session` name, each created on first use from the same seed
 * (or from its saved state), so parallel CI jobs can share one server.
 */
export function createSessions(options: SessionsOptions) {
  const sessions = new Map<string, MockApi>();

  function create(name: string): MockApi {
    const saved = options.saved?.get(name);
    const api = createMockApi({
      ...options.mock,
      ...(saved ? { restore: saved } : {}),
      onRequest: (entry) => options.onRequest?.(name, entry),
      onChange: options.persistence ? (change) => options.persistence?.change(name, change) : undefined,
    });
    sessions.set(name, api);
    return api;
  }

  return {
    /** Whether a header value can name a session. */
    isValidName: (name: string) => SESSION_NAME.test(name),
    /** The session's instance, created on first use. */
    get(name: string = DEFAULT_SESSION): MockApi {
      return sessions.get(name) ?? create(name);
    },
    names: () => [...sessions.keys()],
    /** Every session's state, for compaction and shutdown. */
    async saveAll(): Promise<Map<string, SavedSession>> {
      const result = new Map<string, SavedSession>(options.saved ?? []);
      for (const [name, api] of sessions)
        result.set(name, { store: await api.snapshot(), clock: api.clock.state() });
      return result;
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
