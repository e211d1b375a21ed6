import type { ServiceContext } from "../domain/context.js";
import type { Faults } from "./faults.js";
import type { JournalEntry } from "./journal.js";

/** One mock instance's state as the HTTP layer sees it. */
export interface MockService {
  ctx: ServiceContext;
  faults: Faults;
  journal: JournalEntry[];
  /** The journal keeps the newest this many entries. */
  journalLimit: number;
  /** Resolves once the initial seed is in the store; requests wait for it. */
  ready: Promise<void>;
  /** Called after each request with its journal entry (the CLI logs with it). */
  onRequest?: (entry: JournalEntry) => void;
  /** Called with errors no rule anticipated, before a 500 is answered. */
  onUnhandledError: (error: unknown) => void;
}
