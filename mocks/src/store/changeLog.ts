/**
 * The store's change log: every write as a plain event (`StoreChange`), what a snapshot holds, and
 * how a snapshot plus the changes after it are replayed into the state they describe. The local
 * server's `--persist` file is this log.
 */
import type {
  AuditEventRecord,
  IdempotencyRecord,
  MembershipRecord,
  NotificationRecord,
  OrganizationRecord,
  ResourceRecord,
  SecretRecord,
  SessionRecord,
  TokenRecord,
  UsageRecord,
  UserRecord,
} from "./records.js";

/** Tables that change events and snapshots name. */
export interface Tables {
  organizations: OrganizationRecord;
  users: UserRecord;
  memberships: MembershipRecord;
  tokens: TokenRecord;
  sessions: SessionRecord;
  secrets: SecretRecord;
  resources: ResourceRecord;
  auditEvents: AuditEventRecord;
  notifications: NotificationRecord;
}
export type Table = keyof Tables;

/** Every table, in the order snapshots list them. */
export const TABLES = [
  "organizations",
  "users",
  "memberships",
  "tokens",
  "sessions",
  "secrets",
  "resources",
  "auditEvents",
  "notifications",
] as const satisfies readonly Table[];

/** An idempotency record as logged: its key (`<secret hash> <operation> <key>`), never its answer. */
export interface IdempotencyEntry {
  key: string;
  record: Omit<IdempotencyRecord, "body" | "headers">;
}

/**
 * One write, as emitted to `onChange` (for persistence): a record put, a delete, the sequence, or
 * an idempotency record (without the answer it replays, which may hold a secret).
 */
export type StoreChange =
  | { [T in Table]: { op: "put"; table: T; record: Tables[T] } }[Table]
  | { op: "delete"; table: "memberships"; id: string }
  | { op: "seq"; value: number }
  | ({ op: "idempotency" } & IdempotencyEntry);

/**
 * Where a store makes each operation durable (the local server's `--persist`). Without one, the
 * store emits changes to `onChange` and nothing else happens.
 */
export interface OperationLog {
  /**
   * Writes every change of one write section as one durable record, before the section's caller
   * answers; throws when it cannot, and the store then rebuilds itself from {@link durable}.
   * @param fresh The store started from nothing (a new session or a reset): the record replaces
   * whatever the log held for it.
   */
  commit(changes: StoreChange[], fresh: boolean): void;
  /** What the log holds for this store (undefined: nothing yet), as memory must be after a failed commit. */
  durable(): { store: StoreSnapshot; idempotency: IdempotencyEntry[] } | undefined;
}

export type StoreSnapshot = { seq: number; usage: ({ id: string } & UsageRecord)[] } & {
  [T in Table]: Tables[T][];
};

/** A store with nothing in it. */
export const EMPTY_SNAPSHOT: StoreSnapshot = {
  seq: 0,
  organizations: [],
  users: [],
  memberships: [],
  tokens: [],
  sessions: [],
  secrets: [],
  resources: [],
  auditEvents: [],
  notifications: [],
  usage: [],
};

/**
 * Applies change events to a snapshot (pure data), as a persisted log is replayed on start.
 * Records are keyed by `id`, secrets by `hash`.
 */
export function applyChanges(snapshot: StoreSnapshot, changes: Iterable<StoreChange>): StoreSnapshot {
  const tables = new Map<Table, Map<string, unknown>>();
  const keyOf = (table: Table, record: Record<string, unknown>) =>
    String(table === "secrets" ? record.hash : record.id);
  const tableMap = (table: Table) => {
    let map = tables.get(table);
    if (!map) {
      map = new Map(
        (snapshot[table] as unknown as Record<string, unknown>[]).map((r) => [keyOf(table, r), r]),
      );
      tables.set(table, map);
    }
    return map;
  };
  let seq = snapshot.seq;
  for (const change of changes) {
    if (change.op === "idempotency") continue;
    if (change.op === "seq") seq = Math.max(seq, change.value);
    else if (change.op === "delete") tableMap(change.table).delete(change.id);
    else
      tableMap(change.table).set(
        keyOf(change.table, change.record as unknown as Record<string, unknown>),
        change.record,
      );
  }
  const result = { ...snapshot, seq } as StoreSnapshot;
  for (const [table, map] of tables)
    (result as unknown as Record<Table, unknown[]>)[table] = [...map.values()];
  return result;
}
