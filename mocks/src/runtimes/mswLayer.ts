import type { getResponse, RequestHandler } from "msw";
import type { MockService } from "../handlers/service.js";

/** What a mock instance needs from msw: its handlers, and msw's matching for `use()` overrides. */
export interface MswLayer {
  /** The instance's handlers (`handlers/createHandlers.ts`). */
  createHandlers(service: MockService, baseUrl?: string): RequestHandler[];
  /** msw's `getResponse`: the first handler that answers a request. */
  getResponse: typeof getResponse;
}

/**
 * msw for a mock instance (mockInstance.ts): `createMockApi` has it at once (msw is imported with
 * it); the CLI's sessions load it on first use (mswOnDemand.ts), since nothing in that process
 * installs an override.
 */
export interface Msw {
  /** The layer if it is loaded, else `undefined`. */
  now(): MswLayer | undefined;
  /** The layer, loaded if need be. */
  load(): Promise<MswLayer>;
}
