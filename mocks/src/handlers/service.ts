import type { ServiceContext } from "../domain/context.js";
import type { Connection } from "./connection.js";
import type { FaultTable } from "./faults.js";
import type { Journal, JournalEntry } from "./journal.js";

/** One mock instance's state as the request pipeline sees it. */
export interface MockService {
  /** The store, clock and configuration; replaced as a whole by a reset. */
  ctx: ServiceContext;
  faults: FaultTable;
  journal: Journal;
  /** The caller's address when the runtime has no connection to read it from (in-process). */
  clientAddress: string;
  /** Connections of requests the local server hands over, for msw's handlers to find (H4). */
  connections: WeakMap<Request, Connection>;
  /** Resolves once the initial seed is in the store; requests wait for it. */
  ready: Promise<void>;
  /**
   * The `ready` promise last seen resolved (the pipeline's note): a request compares it with
   * `ready` instead of awaiting or looking the promise up, so it reads nothing more of this
   * instance than the service itself (issue 17). A new `ready` (a reset, a clock move) differs.
   */
  settled?: Promise<void>;
  /** Called after each request with its journal entry (the CLI logs with it). */
  onRequest?: (entry: JournalEntry) => void;
  /** Called with errors no rule anticipated, before a 500 is answered. */
  onUnhandledError: (error: unknown) => void;
}
