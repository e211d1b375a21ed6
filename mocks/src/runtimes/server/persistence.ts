/**
 * `--persist <file>`: every acknowledged write survives a crash.
 *
 * The file is JSON Lines. Each store write is appended (one `write` call per line, synchronously,
 * inside the request, before its response is sent), so a 2xx means the write is in the file even if
 * the process is killed the next instant. On start the file is replayed, a torn last line (a write
 * cut short by a crash, never acknowledged) is dropped, and the result is compacted into a fresh
 * file written beside it and renamed over it, so the file is never half-written.
 *
 * Only secret hashes reach the file: records never hold secrets, and idempotency records (which
 * must keep replayable secrets) are memory-only by design.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { applyChanges, EMPTY_SNAPSHOT, type StoreChange, type StoreSnapshot } from "../../store/changeLog.js";
import type { ClockState } from "../mockClock.js";

type Line =
  | { t: "snapshot"; session: string; store: StoreSnapshot; clock?: ClockState }
  | { t: "reset"; session: string }
  | { t: "change"; session: string; change: StoreChange }
  | { t: "clock"; session: string; clock: ClockState };

export interface SavedSession {
  store: StoreSnapshot;
  clock?: ClockState;
}

/** Reads a persisted file into per-session state. Throws on corruption before the last line. */
export function loadPersisted(file: string): {
  sessions: Map<string, SavedSession>;
  droppedTornLine: boolean;
} {
  const sessions = new Map<string, { store: StoreSnapshot; changes: StoreChange[]; clock?: ClockState }>();
  let droppedTornLine = false;
  if (existsSync(file)) {
    const lines = readFileSync(file, "utf8").split("\n");
    const last = lines.length - 1;
    lines.forEach((text, i) => {
      if (text.trim() === "") return;
      let line: Line;
      try {
        line = JSON.parse(text);
      } catch {
        // Only the final segment, with no newline after it, can be a write cut short by a crash.
        if (i === last) {
          droppedTornLine = true;
          return;
        }
        throw new Error(`${file}:${i + 1} is not valid JSON; refusing to start on a corrupted state file.`);
      }
      const entry = sessions.get(line.session) ?? { store: EMPTY_SNAPSHOT, changes: [] };
      if (line.t === "snapshot")
        Object.assign(entry, { store: line.store, changes: [], clock: line.clock ?? entry.clock });
      else if (line.t === "reset") Object.assign(entry, { store: EMPTY_SNAPSHOT, changes: [] });
      else if (line.t === "change") entry.changes.push(line.change);
      else if (line.t === "clock") entry.clock = line.clock;
      sessions.set(line.session, entry);
    });
  }
  const result = new Map<string, SavedSession>();
  for (const [name, { store, changes, clock }] of sessions) {
    result.set(name, { store: applyChanges(store, changes), ...(clock ? { clock } : {}) });
  }
  return { sessions: result, droppedTornLine };
}

/** The state file of `--persist`, open for appending. */
export interface Persistence {
  /** Appends one store write of a session (before the request that made it is answered). */
  change(session: string, change: StoreChange): void;
  /** Records that a session went back to its seed. */
  reset(session: string): void;
  /** Records a session's clock settings. */
  clock(session: string, clock: ClockState): void;
  /** Replaces the file with one snapshot line per session (write beside it, fsync, rename). */
  compact(sessions: Map<string, SavedSession>): void;
  /** Flushes and closes the file; later writes are ignored. */
  close(): void;
}

/** Appends lines to the state file; `compact` rewrites it atomically from full snapshots. */
export function openPersistence(file: string): Persistence {
  let fd: number | null = openSync(file, "a");
  const append = (line: Line) => {
    if (fd === null) return;
    writeSync(fd, `${JSON.stringify(line)}\n`);
  };
  return {
    change: (session: string, change: StoreChange) => append({ t: "change", session, change }),
    reset: (session: string) => append({ t: "reset", session }),
    clock: (session: string, clock: ClockState) => append({ t: "clock", session, clock }),
    compact(sessions: Map<string, SavedSession>) {
      const temp = `${file}.${process.pid}.tmp`;
      const out = openSync(temp, "w");
      for (const [session, saved] of sessions) {
        writeSync(
          out,
          `${JSON.stringify({ t: "snapshot", session, store: saved.store, clock: saved.clock } satisfies Line)}\n`,
        );
      }
      fsyncSync(out);
      closeSync(out);
      if (fd !== null) closeSync(fd);
      renameSync(temp, file);
      fd = openSync(file, "a");
    },
    close() {
      if (fd !== null) {
        fsyncSync(fd);
        closeSync(fd);
        fd = null;
      }
    },
  };
}
