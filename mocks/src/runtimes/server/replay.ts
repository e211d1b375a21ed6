/** Replaying the records of a `--persist` file into the state of each session. */
import {
  applyChanges,
  EMPTY_SNAPSHOT,
  type IdempotencyEntry,
  type StoreChange,
  type StoreSnapshot,
} from "../../store/changeLog.js";
import type { ClockState } from "../mockClock.js";
import type { LogRecord } from "./operationLog.js";

/** One session as a file holds it: its store, clock and (answer-less) idempotency records. */
export interface SavedSession {
  store: StoreSnapshot;
  clock?: ClockState;
  idempotency?: IdempotencyEntry[];
}

/** Per-session state from records (the sessions of a file, or one session's durable state). */
export function replay(records: LogRecord[]): Map<string, SavedSession> {
  const sessions = new Map<
    string,
    {
      store: StoreSnapshot;
      changes: StoreChange[];
      clock?: ClockState;
      idempotency: Map<string, IdempotencyEntry>;
    }
  >();
  for (const record of records) {
    if (record.kind === "drop") {
      sessions.delete(record.session);
      continue;
    }
    let entry = sessions.get(record.session);
    if (!entry) {
      entry = { store: EMPTY_SNAPSHOT, changes: [], idempotency: new Map() };
      sessions.set(record.session, entry);
    }
    if (record.clock) entry.clock = record.clock;
    if (record.kind === "snapshot") {
      Object.assign(entry, { store: record.store, changes: [] });
      entry.idempotency = new Map(record.idempotency.map((e) => [e.key, e]));
    } else if (record.kind === "op") {
      if (record.fresh) Object.assign(entry, { store: EMPTY_SNAPSHOT, changes: [], idempotency: new Map() });
      for (const change of record.changes) {
        if (change.op === "idempotency")
          entry.idempotency.set(change.key, { key: change.key, record: change.record });
        else entry.changes.push(change);
      }
    }
  }
  const result = new Map<string, SavedSession>();
  for (const [name, { store, changes, clock, idempotency }] of sessions) {
    result.set(name, {
      store: applyChanges(store, changes),
      idempotency: [...idempotency.values()],
      ...(clock ? { clock } : {}),
    });
  }
  return result;
}
