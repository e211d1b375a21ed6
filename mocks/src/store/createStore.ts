import { Collection } from "@msw/data";
import type { StoreChange, StoreSnapshot, Table, Tables } from "./changeLog.js";
import { createExclusive } from "./exclusive.js";
import { createIndexes } from "./indexes.js";
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

  const index = createIndexes<Stored<MembershipRecord>, Stored<TokenRecord>, Stored<SessionRecord>>();

  /** Last use per credential id (T14), kept apart from the records so that auth stays O(1). */
  const usage = new Map<string, UsageRecord>();
  /** Failed logins per lowercased email (A5). */
  const loginThrottle = new Map<string, LoginThrottleRecord>();
  /** Idempotency records by `<secret hash> <operation> <key>` (T18, H2); memory only. */
  const idempotency = new Map<string, IdempotencyRecord>();
  const notifications: NotificationRecord[] = [];
  let seq = 0;
  const put = <T extends Table>(table: T, record: Tables[T]) =>
    emit({ op: "put", table, record } as StoreChange);

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

    organization: (id: string) => index.byId.organizations.get(id),
    user: (id: string) => index.byId.users.get(id),
    userByEmail: (email: string) => index.userByEmail.get(email.toLowerCase()),
    membershipsOf: (userId: string): readonly MembershipRecord[] => index.membershipsOf(userId),
    membership: (userId: string, organizationId: string) =>
      index.membershipsOf(userId).find((m) => m.organizationId === organizationId),
    token: (id: string) => index.byId.tokens.get(id),
    session: (id: string) => index.byId.sessions.get(id),
    secret: index.secret,
    resource: (id: string) => index.byId.resources.get(id),
    /** Token ids of an organization, oldest first. */
    tokenIdsOf: index.tokenIdsOf,
    /** Token ids owned by `user:<id>` or `organization:<id>`, oldest first. */
    tokenIdsOwnedBy: index.tokenIdsOwnedBy,
    /** Ids of the owner's tokens that are not revoked (some may have expired). */
    liveTokenIdsOwnedBy: index.liveTokenIdsOwnedBy,
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
    secretsOf: index.secretsOf,
    async insertResource(record: ResourceRecord) {
      index.byId.resources.set(record.id, await resources.create(record));
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
        secrets: plain([...index.allSecrets()]),
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

export type Store = ReturnType<typeof createStore>;
