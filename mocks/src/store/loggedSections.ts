/**
 * The store's sections with a log (the local server's `--persist`): the changes of each
 * `exclusive` section are committed as one record when the section ends, before its caller
 * answers. If the commit throws (disk full, EIO), the store rebuilds itself from the log's durable
 * state before the next section runs, and the section rejects with the commit's error: memory never
 * keeps an operation the file does not hold.
 *
 * @note Rebuilding (rather than buffering writes until the commit) keeps every write path of the
 * store as it is; it costs a re-read of the file, and only when the disk has already failed.
 */
import type { IdempotencyEntry, OperationLog, StoreChange, StoreSnapshot } from "./changeLog.js";
import type { Exclusive } from "./exclusive.js";
import type { IdempotencyRecord, UsageRecord } from "./records.js";

/** What the store and its sections share. */
export interface LoggedState {
  /** The changes of the running section; null between sections. */
  pending: StoreChange[] | null;
  /** Started from nothing (not restored) and not yet committed: the first record replaces. */
  fresh: boolean;
}

/** What a rebuild needs from the store. */
export interface Rebuildable {
  idempotency: Map<string, IdempotencyRecord>;
  usage: ReadonlyMap<string, UsageRecord>;
  /** Puts a credential's last use back. */
  restoreUse(credentialId: string, use: UsageRecord): void;
  /** Forgets every last use. */
  clearUses(): void;
  /** Empties every table, index and counter, last uses included. */
  clear(): void;
  /** Loads a snapshot into the emptied store without emitting changes. */
  restore(snapshot: StoreSnapshot, idempotent: IdempotencyEntry[]): Promise<void>;
}

/** Sections that commit their changes to `log` as one record, or roll memory back. */
export function loggedSections(
  serialize: Exclusive,
  log: OperationLog,
  state: LoggedState,
  store: Rebuildable,
): Exclusive {
  /** Back to what the log holds; last use and login throttles (never logged) are kept. */
  async function rebuild() {
    const saved = log.durable();
    const answers = new Map(store.idempotency);
    const lastUse = new Map(store.usage);
    store.clear();
    if (saved) {
      await store.restore(saved.store, saved.idempotency);
      // Answers still in memory stay replayable; the failed operation's own record is gone.
      for (const { key } of saved.idempotency) {
        const live = answers.get(key);
        if (live?.body !== undefined && live.createdAt === store.idempotency.get(key)?.createdAt)
          store.idempotency.set(key, live);
      }
    }
    state.fresh = !saved;
    store.clearUses();
    for (const [id, u] of lastUse) store.restoreUse(id, u);
  }

  return function exclusive<T>(section: () => Promise<T> | T): T | Promise<T> {
    return serialize(async () => {
      state.pending = [];
      let outcome: { value: T } | { error: unknown };
      try {
        outcome = { value: await section() };
      } catch (error) {
        outcome = { error };
      }
      const changes = state.pending;
      state.pending = null;
      if (changes.length > 0 || state.fresh) {
        try {
          log.commit(changes, state.fresh);
          state.fresh = false;
        } catch (error) {
          await rebuild();
          throw error;
        }
      }
      if ("error" in outcome) throw outcome.error;
      return outcome.value;
    });
  };
}
