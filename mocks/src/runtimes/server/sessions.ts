import type { JournalEntry } from "../../handlers/journal.js";
import { createMockApi } from "../createMockApi.js";
import type { MockApi, MockApiOptions } from "../MockApi.js";
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
    isValidName: (name: string) => SESSION_NAME.test(name),
    get(name: string = DEFAULT_SESSION): MockApi {
      return sessions.get(name) ?? create(name);
    },
    names: () => [...sessions.keys()],
    async saveAll(): Promise<Map<string, SavedSession>> {
      const result = new Map<string, SavedSession>(options.saved ?? []);
      for (const [name, api] of sessions)
        result.set(name, { store: await api.snapshot(), clock: api.clock.state() });
      return result;
    },
  };
}
