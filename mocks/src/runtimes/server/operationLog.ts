/**
 * The `--persist` file's format: one self-checking record per line, `<checksum> <json>\n`, where
 * the checksum is the first 16 hex digits of the SHA-256 of the JSON text. A record is one whole
 * operation (every change one write section made), a clock move, or a session's snapshot.
 *
 * @note A line without its final newline is a write cut short by a crash (never acknowledged, since
 * a record is fsynced before its response is sent): it is dropped. Any other line that fails its
 * checksum, is not JSON, or does not have a record's shape (`null`, `{}`) is damage, and the file
 * is refused rather than silently losing the acknowledged operations after it.
 */
import { createHash } from "node:crypto";
import {
  type IdempotencyEntry,
  type StoreChange,
  type StoreSnapshot,
  TABLES,
} from "../../store/changeLog.js";
import type { ClockState } from "../mockClock.js";

/** One line of the state file. */
export type LogRecord =
  | {
      kind: "op";
      session: string;
      /** The session started from nothing (created or reset): this record replaces what came before. */
      fresh?: true;
      changes: StoreChange[];
      clock?: ClockState;
    }
  | { kind: "clock"; session: string; clock: ClockState }
  /** The session was dropped (`DELETE /__mock/sessions/<name>`): what came before is gone. */
  | { kind: "drop"; session: string }
  | {
      kind: "snapshot";
      session: string;
      store: StoreSnapshot;
      clock?: ClockState;
      idempotency: IdempotencyEntry[];
    };

const checksum = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** The bytes of one record, newline included. */
export function encodeRecord(record: LogRecord): string {
  const json = JSON.stringify(record);
  return `${checksum(json)} ${json}\n`;
}

/** What a file's text holds: its good records, and where and why reading stopped, if it did. */
export interface ParsedLog {
  records: LogRecord[];
  /** Bytes (UTF-8) of the good records: where the next record goes, and where a repair cuts. */
  goodBytes: number;
  /** An incomplete last line was dropped. */
  tornTail: boolean;
  /** The first damaged record (1-based), when there is one before the end. */
  damaged?: { record: number; reason: string };
}

/** Reads a state file's text, stopping at the first damaged record. */
export function parseLog(text: string): ParsedLog {
  const records: LogRecord[] = [];
  let goodBytes = 0;
  let start = 0;
  let number = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    if (end === -1) return { records, goodBytes, tornTail: true };
    number++;
    const line = text.slice(start, end);
    const reason = damage(line);
    if (typeof reason === "string")
      return { records, goodBytes, tornTail: false, damaged: { record: number, reason } };
    records.push(reason);
    goodBytes += Buffer.byteLength(line) + 1;
    start = end + 1;
  }
  return { records, goodBytes, tornTail: false };
}

/** The record a line holds, or why it is damaged. */
function damage(line: string): LogRecord | string {
  const match = /^([0-9a-f]{16}) (.*)$/s.exec(line);
  if (!match) return "it is not a checksummed record";
  const [, sum, json] = match as unknown as [string, string, string];
  if (checksum(json) !== sum) return "its checksum does not match its content";
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return "it is not valid JSON";
  }
  return isRecord(value) ? value : "it does not have the shape of a record";
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isClock = (v: unknown) =>
  isObject(v) && typeof v.offsetMs === "number" && (v.frozenAt === null || typeof v.frozenAt === "number");

function isChange(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (v.op === "put") return (TABLES as readonly unknown[]).includes(v.table) && isObject(v.record);
  if (v.op === "delete") return v.table === "memberships" && typeof v.id === "string";
  if (v.op === "seq") return typeof v.value === "number";
  if (v.op === "idempotency") return isIdempotency(v);
  return false;
}

function isIdempotency(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.key === "string" &&
    isObject(v.record) &&
    typeof v.record.fingerprint === "string" &&
    typeof v.record.createdAt === "number" &&
    typeof v.record.status === "number"
  );
}

function isSnapshot(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.seq === "number" &&
    Array.isArray(v.usage) &&
    TABLES.every((t) => Array.isArray(v[t]) && (v[t] as unknown[]).every(isObject))
  );
}

function isRecord(v: unknown): v is LogRecord {
  if (!isObject(v) || typeof v.session !== "string" || v.session === "") return false;
  if (v.clock !== undefined && !isClock(v.clock)) return false;
  if (v.kind === "op")
    return (
      (v.fresh === undefined || v.fresh === true) && Array.isArray(v.changes) && v.changes.every(isChange)
    );
  if (v.kind === "clock") return isClock(v.clock);
  if (v.kind === "drop") return v.clock === undefined;
  if (v.kind === "snapshot")
    return isSnapshot(v.store) && Array.isArray(v.idempotency) && v.idempotency.every(isIdempotency);
  return false;
}
