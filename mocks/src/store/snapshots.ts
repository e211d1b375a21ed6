/**
 * Snapshots of a store: everything it holds as plain data (secret hashes, never secrets), and
 * filling an empty store from one (a restart with `--persist`, or a rebuild after a failed write).
 */
import type { IdempotencyEntry, StoreSnapshot, Table, Tables } from "./changeLog.js";
import type { Store } from "./createStore.js";
import type { UsageRecord } from "./records.js";

/** What a snapshot is taken of. */
export type SnapshotSource = { seq: number; usage: ReadonlyMap<string, UsageRecord> } & {
  [T in Table]: Iterable<Tables[T]>;
};

/**
 * Everything the store holds, as plain copies. Idempotency records (which hold replayable
 * secrets) and login throttles are left out.
 */
export function snapshotOf(source: SnapshotSource): StoreSnapshot {
  const plain = <T extends object>(records: Iterable<T>) => [...records].map((r) => ({ ...r }));
  return {
    seq: source.seq,
    organizations: plain(source.organizations),
    users: plain(source.users),
    memberships: plain(source.memberships),
    tokens: plain(source.tokens),
    sessions: plain(source.sessions),
    secrets: plain(source.secrets),
    resources: plain(source.resources),
    auditEvents: plain(source.auditEvents),
    notifications: plain(source.notifications),
    usage: [...source.usage.entries()].map(([id, u]) => ({ id, ...u })),
  };
}

/**
 * Inserts every record of `snapshot` (and the logged idempotency records) through the store's own
 * methods, so its indexes are built as for any write; tokens in `seq` order, so lists keep theirs.
 * The caller silences change events and sets the sequence.
 */
export async function loadSnapshot(
  store: Store,
  snapshot: StoreSnapshot,
  idempotent: IdempotencyEntry[],
): Promise<void> {
  for (const r of snapshot.organizations) await store.insertOrganization(r);
  for (const r of snapshot.users) await store.insertUser(r);
  for (const r of snapshot.memberships) await store.insertMembership(r);
  for (const r of [...snapshot.tokens].sort((a, b) => a.seq - b.seq)) store.insertToken(r);
  for (const r of snapshot.sessions) await store.insertSession(r);
  for (const r of snapshot.secrets) store.insertSecret(r);
  for (const r of snapshot.resources) await store.insertResource(r);
  // A copy: the store keeps the records it is given (it copies only for a listener), and the
  // snapshot stays its caller's to change.
  for (const r of snapshot.auditEvents) store.insertAuditEvent({ ...r });
  for (const r of snapshot.notifications) store.insertNotification(r);
  for (const { id, ...u } of snapshot.usage) store.restoreUse(id, u);
  for (const { key, record } of idempotent) store.idempotency.set(key, record);
}
