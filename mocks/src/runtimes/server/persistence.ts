/**
 * `--persist <file>`: a write-ahead log of operations (format: operationLog.ts).
 *
 * - The lock (fileLock.ts) is taken before the file is read; a second process refuses and touches
 *   nothing.
 * - Each operation (every change of one write section, a reset with its seed, a clock move) is one
 *   record, written at the end of the file and fsynced before its response is sent. When that
 *   throws, the file is cut back to its last good record and the operation answers 503
 *   `storage_unavailable`; the store rolls its memory back (createStore.ts).
 * - On start a torn last line is dropped; a damaged record before it refuses the file with one line
 *   naming it, unless `repair` (`--persist-repair`) cuts the file there (keeping a copy).
 * - The file is compacted (one snapshot per session, written beside it, fsynced and renamed) once the
 *   server listens and when it stops; a compaction that fails leaves the file as it was, and no
 *   temporary file.
 *
 * Only secret hashes reach the file: idempotency records are logged without their answers.
 */
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { DomainError } from "../../domain/errors.js";
import type { StoreChange } from "../../store/changeLog.js";
import type { ClockState } from "../mockClock.js";
import { lockFile } from "./fileLock.js";
import { encodeRecord, type LogRecord, parseLog } from "./operationLog.js";
import { replay, type SavedSession } from "./replay.js";

export type { SavedSession } from "./replay.js";

/** The file cannot be used; the message is one line for the operator. */
export class PersistFileRefused extends Error {
  override name = "PersistFileRefused";
}

/** The file calls that write; replaced in tests to make the disk fail. */
export interface FileWriter {
  write(fd: number, text: string, position: number): void;
  fsync(fd: number): void;
}
const diskWriter: FileWriter = {
  write(fd, text, position) {
    const bytes = Buffer.from(text);
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
  },
  fsync: (fd) => fsyncSync(fd),
};

/** 503 `storage_unavailable`: the operation was not applied. */
export const storageUnavailable = () =>
  new DomainError(
    503,
    "storage_unavailable",
    "The state file could not be written, so this operation was not applied; retry shortly.",
    { retryAfterSeconds: 1 },
  );

/** The state file of `--persist`: locked, loaded, and open for operations. */
export interface Persistence {
  /** The sessions the file held at start. */
  readonly saved: Map<string, SavedSession>;
  /** Whether a torn last line (a write cut short by a crash, never acknowledged) was dropped. */
  readonly droppedTornLine: boolean;
  /** Writes one operation of a session durably; throws 503 `storage_unavailable` when it cannot. */
  operation(session: string, changes: StoreChange[], fresh: boolean, clock?: ClockState): void;
  /** Writes a session's clock settings durably (before they apply); throws like `operation`. */
  clock(session: string, clock: ClockState): void;
  /** Removes a session from the file (durably, before it goes from memory); throws like `operation`. */
  drop(session: string): void;
  /** The session's state as the file holds it now. */
  durable(session: string): SavedSession | undefined;
  /** Every session's state as the file holds it now. */
  durableAll(): Map<string, SavedSession>;
  /**
   * Replaces the file with one snapshot per session (default: the sessions the file holds now);
   * on failure leaves it as it was.
   */
  compact(sessions?: Map<string, SavedSession>): void;
  /** Closes the file and releases the lock; later writes throw. */
  close(): void;
}

/**
 * Locks, reads and opens the state file. Throws {@link PersistFileRefused} (one line) when another
 * process holds it or a record before the end is damaged (unless `repair`).
 */
export function openPersistence(
  file: string,
  options: { repair?: boolean; writer?: FileWriter } = {},
): Persistence {
  const writer = options.writer ?? diskWriter;
  let release: () => void;
  try {
    release = lockFile(file);
  } catch (error) {
    throw new PersistFileRefused((error as Error).message);
  }
  let parsed: ReturnType<typeof parseLog>;
  try {
    parsed = parseLog(existsSync(file) ? readFileSync(file, "utf8") : "");
    if (parsed.damaged) {
      const { record, reason } = parsed.damaged;
      if (!options.repair) {
        throw new PersistFileRefused(
          `${file}: record ${record} is damaged (${reason}); refusing to start. Start once with --persist-repair to keep records 1-${record - 1} (a copy of the file is kept as ${file}.damaged), or use another file.`,
        );
      }
      copyFileSync(file, `${file}.damaged`);
      truncateSync(file, parsed.goodBytes);
    }
  } catch (error) {
    release();
    if (error instanceof PersistFileRefused) throw error;
    throw new PersistFileRefused(`${file} cannot be read: ${(error as Error).message}`);
  }
  const saved = replay(parsed.records);
  /** End of the last durable record: where the next one goes. */
  let size = parsed.goodBytes;
  /** Opened at the first write, so a server that never listens never touches the file. */
  let fd: number | null = null;
  let closed = false;

  const durableRecords = () =>
    existsSync(file) ? parseLog(readFileSync(file).subarray(0, size).toString("utf8")).records : [];
  const open = () => {
    if (fd === null) {
      fd = openSync(file, constants.O_RDWR | constants.O_CREAT, 0o644);
      // Drops a torn tail (or bytes a failed write left) before writing after the good records.
      if (fstatSync(fd).size !== size) ftruncateSync(fd, size);
    }
    return fd;
  };
  const append = (record: LogRecord) => {
    if (closed) throw storageUnavailable();
    const text = encodeRecord(record);
    try {
      const handle = open();
      writer.write(handle, text, size);
      writer.fsync(handle);
      size += Buffer.byteLength(text);
    } catch {
      // Whatever part of the record reached the file is cut off, so the file still ends at a
      // record boundary; if even that fails, the next open truncates (fd reset).
      try {
        if (fd !== null) ftruncateSync(fd, size);
      } catch {
        if (fd !== null) closeSync(fd);
        fd = null;
      }
      throw storageUnavailable();
    }
  };

  return {
    saved,
    droppedTornLine: parsed.tornTail,
    operation(session, changes, fresh, clock) {
      append({
        kind: "op",
        session,
        changes,
        ...(fresh ? { fresh: true as const } : {}),
        ...(clock ? { clock } : {}),
      });
    },
    clock: (session, clock) => append({ kind: "clock", session, clock }),
    drop: (session) => append({ kind: "drop", session }),
    durableAll: () => replay(durableRecords()),
    durable(session) {
      return replay(durableRecords().filter((r) => r.session === session)).get(session);
    },
    compact(sessions) {
      if (closed) return;
      const temp = `${file}.tmp`;
      try {
        sessions ??= replay(durableRecords());
        const out = openSync(temp, "w");
        try {
          let text = "";
          for (const [session, s] of sessions) {
            text += encodeRecord({
              kind: "snapshot",
              session,
              store: s.store,
              ...(s.clock ? { clock: s.clock } : {}),
              idempotency: s.idempotency ?? [],
            });
          }
          writer.write(out, text, 0);
          writer.fsync(out);
          renameSync(temp, file);
          if (fd !== null) closeSync(fd);
          fd = null;
          size = Buffer.byteLength(text);
        } finally {
          closeSync(out);
        }
        const dir = openSync(dirname(file), "r");
        try {
          fsyncSync(dir);
        } finally {
          closeSync(dir);
        }
      } catch {
        // The old file is intact and still appended to; only the temporary file goes.
        rmSync(temp, { force: true });
      }
    },
    close() {
      if (closed) return;
      closed = true;
      if (fd !== null) {
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
          fd = null;
          release();
        }
      } else release();
    },
  };
}
