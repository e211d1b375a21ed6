import { Collection } from "@msw/data";
import { createExclusive } from "./exclusive.js";
import { recordSchema } from "./recordSchema.js";
import type {
  AuditEventRecord,
  IdempotencyRecord,
  LoginThrottleRecord,
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

/** A record as @msw/data keeps it (the package does not export this type by name). */
type Stored<T extends object> = Awaited<ReturnType<Collection<ReturnType<typeof recordSchema<T>>>["create"]>>;

/**
 * The in-memory database: @msw/data collections plus the indexes that keep hot paths from
 * scanning. Every write goes through the methods here so the indexes stay in step.
 *
 * @note Updates change the stored record in place: the index and the collection hold the same
 * object, so both see the change at O(1). @msw/data's own `update()` finds the record by scanning
 * the collection and clones it, which made a revoke nine times slower with 50,000 tokens.
 *
 * Lookups by secret hash, token id, session id, user id and email are O(1); listing tokens walks only
 * the caller's organization, newest first. @msw/data queries (which scan) are used for cold paths.
 */
export function createStore(options: { onChange?: (change: StoreChange) => void } = {}) {
  let emit = options.onChange ?? (() => {});
  const organizations = new Collection({ schema: recordSchema<OrganizationRecord>() });
  const users = new Collection({ schema: recordSchema<UserRecord>() });
  const memberships = new Collection({ schema: recordSchema<MembershipRecord>() });
  const tokens = new Collection({ schema: recordSchema<TokenRecord>() });
  const sessions = new Collection({ schema: recordSchema<SessionRecord>() });
  const resources = new Collection({ schema: recordSchema<ResourceRecord>() });
  const auditEvents = new Collection({ schema: recordSchema<AuditEventRecord>() });

  const index = {
    organizationById: new Map<string, OrganizationRecord>(),
    userById: new Map<string, UserRecord>(),
    userByEmail: new Map<string, UserRecord>(),
    membershipsByUser: new Map<string, Stored<MembershipRecord>[]>(),
    tokenById: new Map<string, Stored<TokenRecord>>(),
    /** Token ids per organization in insertion order (oldest first). */
    tokenIdsByOrganization: new Map<string, string[]>(),
    /** Token ids per owner key (`user:<id>` or `organization:<id>`), oldest first. */
    tokenIdsByOwner: new Map<string, string[]>(),
    /** Ids of an owner's tokens that are not revoked (T4 counts the unexpired ones among them). */
    liveTokenIdsByOwner: new Map<string, Set<string>>(),
    sessionById: new Map<string, Stored<SessionRecord>>(),
    secretByHash: new Map<string, SecretRecord>(),
    resourceById: new Map<string, ResourceRecord>(),
    secretHashesByCredential: new Map<string, Set<string>>(),
  };

  /** Last use per credential id (T14), kept apart from the records so that auth stays O(1). */
  const usage = new Map<string, UsageRecord>();
  /** Failed logins per lowercased email (A5). */
  const loginThrottle = new Map<string, LoginThrottleRecord>();
  /** Idempotency records by `<principal> <operation> <key>` (T18); memory only. */
  const idempotency = new Map<string, IdempotencyRecord>();
  const notifications: NotificationRecord[] = [];
  let seq = 0;
  const put = <T extends Table>(table: T, record: TableRecord<T>) =>
    emit({ op: "put", table, record } as StoreChange);

  function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  return {
    collections: { organizations, users, memberships, tokens, sessions, resources, auditEvents },
    usage,
    loginThrottle,
    idempotency,
    notifications,
    /** Serializes state-changing operations; see {@link createExclusive}. */
    exclusive: createExclusive(),
    nextSeq: () => {
      seq++;
      emit({ op: "seq", value: seq });
      return seq;
    },

    organization: (id: string) => index.organizationById.get(id),
    user: (id: string) => index.userById.get(id),
    userByEmail: (email: string) => index.userByEmail.get(email.toLowerCase()),
    membershipsOf: (userId: string): readonly MembershipRecord[] => index.membershipsByUser.get(userId) ?? [],
    membership: (userId: string, organizationId: string) =>
      index.membershipsByUser.get(userId)?.find((m) => m.organizationId === organizationId),
    token: (id: string) => index.tokenById.get(id),
    session: (id: string) => index.sessionById.get(id),
    secret: (hash: string) => index.secretByHash.get(hash),
    resource: (id: string) => index.resourceById.get(id),
    /** Token ids of an organization, oldest first. */
    tokenIdsOf: (organizationId: string): readonly string[] =>
      index.tokenIdsByOrganization.get(organizationId) ?? [],
    /** Token ids owned by `user:<id>` or `organization:<id>`, oldest first. */
    tokenIdsOwnedBy: (ownerKey: string): readonly string[] => index.tokenIdsByOwner.get(ownerKey) ?? [],
    /** Ids of the owner's tokens that are not revoked (some may have expired). */
    liveTokenIdsOwnedBy: (ownerKey: string): ReadonlySet<string> =>
      index.liveTokenIdsByOwner.get(ownerKey) ?? new Set(),
    resourcesOf: (organizationId: string, type: ResourceRecord["type"]) =>
      resources.findMany((q) => q.where({ organizationId, type }), { orderBy: { seq: "asc" } }),
    allUsers: () => users.all(),

    async insertOrganization(record: OrganizationRecord) {
      index.organizationById.set(record.id, await organizations.create(record));
      put("organizations", record);
    },
    async insertUser(record: UserRecord) {
      const created = await users.create(record);
      index.userById.set(created.id, created);
      index.userByEmail.set(created.email, created);
      put("users", record);
    },
    async insertMembership(record: MembershipRecord) {
      push(index.membershipsByUser, record.userId, await memberships.create(record));
      put("memberships", record);
    },
    async updateMembership(
      userId: string,
      organizationId: string,
      change: Partial<Pick<MembershipRecord, "role">>,
    ) {
      const list = index.membershipsByUser.get(userId) ?? [];
      const at = list.findIndex((m) => m.organizationId === organizationId);
      const stored = list[at];
      if (!stored) return;
      Object.assign(stored, change);
      put("memberships", { ...stored });
    },
    deleteMembership(userId: string, organizationId: string) {
      const list = index.membershipsByUser.get(userId) ?? [];
      const stored = list.find((m) => m.organizationId === organizationId);
      if (!stored) return;
      memberships.delete(stored);
      index.membershipsByUser.set(
        userId,
        list.filter((m) => m !== stored),
      );
      emit({ op: "delete", table: "memberships", id: stored.id });
    },
    async insertToken(record: TokenRecord) {
      const created = await tokens.create(record);
      index.tokenById.set(created.id, created);
      push(index.tokenIdsByOrganization, created.organizationId, created.id);
      const owner = ownerKey(created);
      push(index.tokenIdsByOwner, owner, created.id);
      if (created.revokedAt === null) {
        const live = index.liveTokenIdsByOwner.get(owner) ?? new Set<string>();
        live.add(created.id);
        index.liveTokenIdsByOwner.set(owner, live);
      }
      put("tokens", record);
      return created;
    },
    async updateToken(id: string, change: Partial<TokenRecord>): Promise<TokenRecord> {
      const stored = index.tokenById.get(id);
      if (!stored) throw new Error(`token ${id} is not in the store`);
      Object.assign(stored, change);
      if (stored.revokedAt !== null) index.liveTokenIdsByOwner.get(ownerKey(stored))?.delete(id);
      put("tokens", { ...stored });
      return stored;
    },
    async insertSession(record: SessionRecord) {
      const created = await sessions.create(record);
      index.sessionById.set(created.id, created);
      put("sessions", record);
      return created;
    },
    async updateSession(id: string, change: Partial<SessionRecord>) {
      const stored = index.sessionById.get(id);
      if (!stored) return;
      Object.assign(stored, change);
      put("sessions", { ...stored });
    },
    insertSecret(record: SecretRecord) {
      index.secretByHash.set(record.hash, record);
      const hashes = index.secretHashesByCredential.get(record.credentialId) ?? new Set<string>();
      hashes.add(record.hash);
      index.secretHashesByCredential.set(record.credentialId, hashes);
      put("secrets", record);
    },
    updateSecret(hash: string, change: Partial<SecretRecord>) {
      const current = index.secretByHash.get(hash);
      if (current) {
        const next = { ...current, ...change };
        index.secretByHash.set(hash, next);
        put("secrets", next);
      }
    },
    /** The secrets (current and rotated-out) of one token or session. */
    secretsOf(credentialId: string): SecretRecord[] {
      const hashes = index.secretHashesByCredential.get(credentialId) ?? new Set<string>();
      return [...hashes].flatMap((hash) => index.secretByHash.get(hash) ?? []);
    },
    async insertResource(record: ResourceRecord) {
      index.resourceById.set(record.id, await resources.create(record));
      put("resources", record);
    },
    async insertAuditEvent(record: AuditEventRecord) {
      await auditEvents.create(record);
      put("auditEvents", record);
    },
    insertNotification(record: NotificationRecord) {
      notifications.push(record);
      put("notifications", record);
    },

    /**
     * Everything the store holds, as plain data: secret hashes, never secrets. Idempotency records
     * (which hold replayable secrets) and login throttles are memory-only and left out.
     */
    snapshot(): StoreSnapshot {
      const plain = <T extends object>(records: T[]) => records.map((r) => ({ ...r }));
      return {
        seq,
        organizations: plain(organizations.all()),
        users: plain(users.all()),
        memberships: plain(memberships.all()),
        tokens: plain(tokens.all()),
        sessions: plain(sessions.all()),
        secrets: plain([...index.secretByHash.values()]),
        resources: plain(resources.all()),
        auditEvents: plain(auditEvents.all()),
        notifications: plain(notifications),
        usage: [...usage.entries()].map(([id, u]) => ({ id, ...u })),
      };
    },

    /** Loads a snapshot into this (empty) store without emitting changes. */
    async restore(snapshot: StoreSnapshot) {
      const quiet = emit;
      emit = () => {};
      try {
        for (const r of snapshot.organizations) await this.insertOrganization(r);
        for (const r of snapshot.users) await this.insertUser(r);
        for (const r of snapshot.memberships) await this.insertMembership(r);
        for (const r of [...snapshot.tokens].sort((a, b) => a.seq - b.seq)) await this.insertToken(r);
        for (const r of snapshot.sessions) await this.insertSession(r);
        for (const r of snapshot.secrets) this.insertSecret(r);
        for (const r of snapshot.resources) await this.insertResource(r);
        for (const r of snapshot.auditEvents) await this.insertAuditEvent(r);
        for (const r of snapshot.notifications) notifications.push(r);
        for (const { id, ...u } of snapshot.usage) usage.set(id, u);
        seq = snapshot.seq;
      } finally {
        emit = quiet;
      }
    },
  };
}

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
type TableRecord<T extends Table> = Tables[T];

/** One write, as emitted to `onChange` (for persistence): a record put, a delete, or the sequence. */
export type StoreChange =
  | { [T in Table]: { op: "put"; table: T; record: Tables[T] } }[Table]
  | { op: "delete"; table: "memberships"; id: string }
  | { op: "seq"; value: number };

export type StoreSnapshot = { seq: number; usage: ({ id: string } & UsageRecord)[] } & {
  [T in Table]: Tables[T][];
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

/** The T4 owner of a token: its user for personal tokens, its organization otherwise. */
export function ownerKey(token: Pick<TokenRecord, "type" | "ownerUserId" | "organizationId">): string {
  return token.type === "personal" ? `user:${token.ownerUserId}` : `organization:${token.organizationId}`;
}

export type Store = ReturnType<typeof createStore>;
