import { Collection } from "@msw/data";
import type {
  IdempotencyEntry,
  OperationLog,
  StoreChange,
  StoreSnapshot,
  Table,
  Tables,
} from "./changeLog.js";
import { createExclusive } from "./exclusive.js";
import { createIndexes } from "./indexes.js";
import { type LoggedState, loggedSections, type Rebuildable } from "./loggedSections.js";
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
import { loadSnapshot, snapshotOf } from "./snapshots.js";

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
 * With a `log` (the local server's `--persist`), each `exclusive` section is committed as one
 * record or rolled back: see loggedSections.ts.
 *
 * Lookups by secret hash, token id, session id, user id and email are O(1); listing tokens walks only
 * the caller's organization, newest first. @msw/data queries (which scan) are used for cold paths.
 */
export function createStore(options: { onChange?: (change: StoreChange) => void; log?: OperationLog } = {}) {
  const { log, onChange } = options;
  const logState: LoggedState = { pending: null, fresh: true };
  const logged = (change: StoreChange) => {
    onChange?.(change);
    if (logState.pending) logState.pending.push(change);
    else log?.commit([change], false); // no write runs outside a section today; kept durable anyway
  };
  let emit = log ? logged : (onChange ?? (() => {}));
  const organizations = new Collection({ schema: recordSchema<OrganizationRecord>() });
  const users = new Collection({ schema: recordSchema<UserRecord>() });
  const memberships = new Collection({ schema: recordSchema<MembershipRecord>() });
  const tokens = new Collection({ schema: recordSchema<TokenRecord>() });
  const sessions = new Collection({ schema: recordSchema<SessionRecord>() });
  const resources = new Collection({ schema: recordSchema<ResourceRecord>() });
  const auditEvents = new Collection({ schema: recordSchema<AuditEventRecord>() });

  let index = createIndexes<Stored<MembershipRecord>, Stored<TokenRecord>, Stored<SessionRecord>>();

  /** Last use per credential id (T14), kept apart from the records so that auth stays O(1). */
  const usage = new Map<string, UsageRecord>();
  /** Failed logins per lowercased email (A5). */
  const loginThrottle = new Map<string, LoginThrottleRecord>();
  /** Idempotency records by `<secret hash> <operation> <key>` (T18, H2); answers in memory only. */
  const idempotency = new Map<string, IdempotencyRecord>();
  const notifications: NotificationRecord[] = [];
  let seq = 0;
  const put = <T extends Table>(table: T, record: Tables[T]) =>
    emit({ op: "put", table, record } as StoreChange);
  const serialize = createExclusive();

  /** What a failed commit rebuilds from the log: the store emptied, then restored. */
  const rebuildable: Rebuildable = {
    idempotency,
    usage,
    clear() {
      for (const collection of Object.values(store.collections)) collection.clear();
      index = createIndexes();
      notifications.length = 0;
      idempotency.clear();
      usage.clear();
      seq = 0;
    },
    restore: (snapshot, idempotent) => store.restore(snapshot, idempotent),
  };

  const store = {
    collections: { organizations, users, memberships, tokens, sessions, resources, auditEvents },
    usage,
    loginThrottle,
    idempotency,
    notifications,
    /** Serializes state-changing operations; see {@link createExclusive}. With a log, commits each. */
    exclusive: log ? loggedSections(serialize, log, logState, rebuildable) : serialize,
    nextSeq: () => {
      seq++;
      emit({ op: "seq", value: seq });
      return seq;
    },

    organization: (id: string) => index.byId.organizations.get(id),
    user: (id: string) => index.byId.users.get(id),
    userByEmail: (email: string) => index.userByEmail.get(email.toLowerCase()),
    membershipsOf: (userId: string): readonly MembershipRecord[] => index.membershipsOf(userId),
    membership: (userId: string, organizationId: string) =>
      index.membershipsOf(userId).find((m) => m.organizationId === organizationId),
    token: (id: string) => index.byId.tokens.get(id),
    session: (id: string) => index.byId.sessions.get(id),
    secret: (hash: string) => index.secret(hash),
    resource: (id: string) => index.byId.resources.get(id),
    /** Token ids of an organization, oldest first. */
    tokenIdsOf: (organizationId: string) => index.tokenIdsOf(organizationId),
    /** Token ids owned by `user:<id>` or `organization:<id>`, oldest first. */
    tokenIdsOwnedBy: (owner: string) => index.tokenIdsOwnedBy(owner),
    /** Ids of the owner's tokens that are not revoked (some may have expired). */
    liveTokenIdsOwnedBy: (owner: string) => index.liveTokenIdsOwnedBy(owner),
    resourcesOf: (organizationId: string, type: ResourceRecord["type"]) =>
      resources.findMany((q) => q.where({ organizationId, type }), { orderBy: { seq: "asc" } }),
    allUsers: () => users.all(),

    async insertOrganization(record: OrganizationRecord) {
      index.byId.organizations.set(record.id, await organizations.create(record));
      put("organizations", record);
    },
    async insertUser(record: UserRecord) {
      const created = await users.create(record);
      index.byId.users.set(created.id, created);
      index.userByEmail.set(created.email, created);
      put("users", record);
    },
    async insertMembership(record: MembershipRecord) {
      index.addMembership(await memberships.create(record));
      put("memberships", record);
    },
    async updateMembership(
      userId: string,
      organizationId: string,
      change: Partial<Pick<MembershipRecord, "role">>,
    ) {
      const stored = index.membershipsOf(userId).find((m) => m.organizationId === organizationId);
      if (!stored) return;
      Object.assign(stored, change);
      put("memberships", { ...stored });
    },
    deleteMembership(userId: string, organizationId: string) {
      const stored = index.membershipsOf(userId).find((m) => m.organizationId === organizationId);
      if (!stored) return;
      memberships.delete(stored);
      index.removeMembership(stored);
      emit({ op: "delete", table: "memberships", id: stored.id });
    },
    async insertToken(record: TokenRecord) {
      const created = await tokens.create(record);
      index.addToken(created);
      put("tokens", record);
      return created;
    },
    async updateToken(id: string, change: Partial<TokenRecord>): Promise<TokenRecord> {
      const stored = index.byId.tokens.get(id);
      if (!stored) throw new Error(`token ${id} is not in the store`);
      Object.assign(stored, change);
      index.tokenChanged(stored);
      put("tokens", { ...stored });
      return stored;
    },
    async insertSession(record: SessionRecord) {
      const created = await sessions.create(record);
      index.byId.sessions.set(created.id, created);
      put("sessions", record);
      return created;
    },
    async updateSession(id: string, change: Partial<SessionRecord>) {
      const stored = index.byId.sessions.get(id);
      if (!stored) return;
      Object.assign(stored, change);
      put("sessions", { ...stored });
    },
    insertSecret(record: SecretRecord) {
      index.putSecret(record);
      put("secrets", record);
    },
    updateSecret(hash: string, change: Partial<SecretRecord>) {
      const current = index.secret(hash);
      if (current) {
        const next = { ...current, ...change };
        index.putSecret(next);
        put("secrets", next);
      }
    },
    /** The secrets (current and rotated-out) of one token or session. */
    secretsOf: (credentialId: string) => index.secretsOf(credentialId),
    async insertResource(record: ResourceRecord) {
      index.byId.resources.set(record.id, await resources.create(record));
      put("resources", record);
    },
    async insertAuditEvent(record: AuditEventRecord) {
      await auditEvents.create(record);
      put("auditEvents", record);
    },
    /** Stores an idempotency record; the log gets it without its answer (which may hold a secret). */
    putIdempotency(key: string, record: IdempotencyRecord) {
      idempotency.set(key, record);
      const { body: _body, headers: _headers, ...logged } = record;
      emit({ op: "idempotency", key, record: logged });
    },
    /** Idempotency records without their answers, as a snapshot for the log holds them. */
    idempotencyEntries(): IdempotencyEntry[] {
      return [...idempotency].map(([key, { body: _b, headers: _h, ...record }]) => ({ key, record }));
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
      return snapshotOf({ seq, ...store.collections, secrets: index.allSecrets(), notifications, usage });
    },

    /** Loads a snapshot (and logged idempotency records) into this (empty) store without emitting changes. */
    async restore(snapshot: StoreSnapshot, idempotent: IdempotencyEntry[] = []) {
      const quiet = emit;
      emit = () => {};
      logState.fresh = false;
      try {
        await loadSnapshot(this, snapshot, idempotent);
        seq = snapshot.seq;
      } finally {
        emit = quiet;
      }
    },
  };
  return store;
}

export type Store = ReturnType<typeof createStore>;
