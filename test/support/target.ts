/**
 * The in-process target of the shared scenarios (packages/conformance/src/scenarios): the mock's
 * fetch behind the contract guard, and its controls called directly.
 */
import { createMockApi, type MockApiOptions } from "@tessera/mock";
import type { Target } from "../../packages/conformance/src/support/target.js";
import { controlOf } from "../../packages/conformance/src/target/controlOf.js";
import { guardContract } from "./contractGuard.js";

export type { MockControl, Target } from "../../packages/conformance/src/support/target.js";

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
    control: controlOf(api),
  };
}
