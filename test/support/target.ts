/**
 * What a scenario runs against: a fetch, a base URL and the mock's controls. The same scenarios run
 * in-process (the mock's fetch) and over real HTTP (the local server), so neither copy can drift.
 */
import type { Duration, Fixture, ForcedStatus, JournalEntry, Notification } from "@tessera/mock";
import { createMockApi, type MockApiOptions } from "@tessera/mock";
import { guardContract } from "./contractGuard.js";

export interface MockControl {
  advanceClock(duration: Duration): Promise<void>;
  setRole(userId: string, organizationId: string, role: "admin" | "developer"): Promise<void>;
  removeMember(userId: string, organizationId: string): Promise<void>;
  notifications(): Promise<Notification[]>;
  journal(): Promise<JournalEntry[]>;
  failWith(
    status: ForcedStatus,
    options?: { operation?: string; times?: number; retryAfterSeconds?: number; afterHandling?: boolean },
  ): Promise<void>;
  seed(fixture: Fixture): Promise<void>;
}

export interface Target {
  /** e.g. `https://api.tessera.dev` in-process, `http://127.0.0.1:<port>` over HTTP. */
  baseUrl: string;
  /** A fetch guarded by the contract guard. */
  fetch: (request: Request) => Promise<Response>;
  control: MockControl;
  /**
   * Sends a request the way a caller on another machine would, over plain HTTP (A4, H4): over a
   * real port, from a non-loopback address (whatever Host header it names); in-process, where there
   * is no connection, to a non-loopback host named in the URL.
   */
  fromElsewhere: (request: Request) => Promise<Response>;
}

/** A fresh, isolated in-process mock per call. */
export function inProcessTarget(
  options: MockApiOptions = {},
): Target & { api: ReturnType<typeof createMockApi> } {
  const api = createMockApi({ freezeClock: true, now: "2026-11-22T10:00:00.000Z", ...options });
  return {
    api,
    baseUrl: "https://api.tessera.dev",
    fetch: guardContract((request) => api.fetch(request)),
    fromElsewhere: guardContract((request) => {
      const url = new URL(request.url);
      return api.fetch(new Request(`http://api.tessera.dev${url.pathname}${url.search}`, request));
    }),
    control: {
      advanceClock: async (duration) => api.clock.advance(duration),
      setRole: (userId, organizationId, role) => api.members.setRole(userId, organizationId, role),
      removeMember: (userId, organizationId) => api.members.remove(userId, organizationId),
      notifications: async () => api.notifications.list(),
      journal: async () => api.journal.list(),
      failWith: async (status, options) => api.faults.failWith(status, options),
      seed: (fixture) => api.seed(fixture),
    },
  };
}
