import type { MockApi } from "@tessera/mock";
import type { MockControl } from "../support/target.js";

/**
 * The control contract of an in-process mock, for `newSession`.
 * @example
 * await runConformance({
 *   baseUrl: "https://api.tessera.dev",
 *   newSession: () => {
 *     const api = createMockApi({ freezeClock: true, now: SCENARIO_EPOCH });
 *     return { fetch: api.fetch, control: controlOf(api) };
 *   },
 * });
 */
export function controlOf(api: MockApi): MockControl {
  return {
    advanceClock: async (duration) => api.clock.advance(duration),
    setRole: (userId, organizationId, role) => api.members.setRole(userId, organizationId, role),
    removeMember: (userId, organizationId) => api.members.remove(userId, organizationId),
    notifications: async () => api.notifications.list(),
    journal: async () => api.journal.list(),
    failWith: async (status, options) => api.faults.failWith(status, options),
    seed: (fixture) => api.seed(fixture),
  };
}
