/**
 * The store's change log: every write as a plain event (`StoreChange`), what a snapshot holds, and
 * how a snapshot plus the changes after it are replayed into the state they describe. The local
 * server's `--persist` file is this log.
 */
import type {
  AuditEventRecord,
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

/** One write, as emitted to `onChange` (for persistence): a record put, a delete, or the sequence. */
export type StoreChange =
  | { [T in Table]: { op: "put"; table: T; record: Tables[T] } }[Table]
  | { op: "delete"; table: "memberships"; id: string }
  | { op: "seq"; value: number };

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
