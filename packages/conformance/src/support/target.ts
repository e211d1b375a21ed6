/**
 * What a scenario runs against: a fetch, a base URL and the controls of a test double. The same
 * scenarios run in this repository's suite (in-process, over HTTP, through Prism, under msw 3) and
 * in the conformance kit against any server, so no copy of them can drift.
 */
import type { Duration, Fixture, ForcedStatus, JournalEntry, Notification } from "@tessera/mock";
import type { PrincipalsConfig } from "../runner/principals.js";

/** The control contract (spec/control.yaml) as the scenarios use it. */
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
  /** A fetch whose every response is checked against spec/openapi.yaml. */
  fetch: (request: Request) => Promise<Response>;
  control: MockControl;
  /**
   * Sends a request the way a caller on another machine would, over plain HTTP (A4, H4): over a
   * real port, from a non-loopback address (whatever Host header it names); in-process, where there
   * is no connection, to a non-loopback host named in the URL.
   */
  fromElsewhere: (request: Request) => Promise<Response>;
  /**
   * Who the scenarios act as (default: the demo seed's users); the scenarios discover the rest
   * through the API (support/cast.ts).
   */
  principals?: PrincipalsConfig;
}
