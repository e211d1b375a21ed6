import { Collection } from "@msw/data";
import {
  type IdempotencyEntry,
  type OperationLog,
  type StoreChange,
  type StoreSnapshot,
  TABLES,
  type Table,
  type Tables,
} from "./changeLog.js";
import { createExclusive } from "./exclusive.js";
import { createIndexes, type Indexes } from "./indexes.js";
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
import { storedChange, storedToken } from "./tokenRecords.js";

const collection = <T extends object>() => new Collection({ schema: recordSchema<T>() });
/** A record as @msw/data keeps it (the package does not export this type by name). */
type Stored<T extends object> = Awaited<ReturnType<ReturnType<typeof collection<T>>["create"]>>;

let primaryKey: symbol | undefined;
/**
 * Flattens the primary key @msw/data gives a record: Node's `crypto.randomUUID()` builds it from
 * about twenty pieces, a rope of some 490 bytes that the record would keep for good. Reading one
 * character makes V8 store it as one 36-character string (about 70 bytes): a quarter of a stored
 * token's heap.
 */
function compact<T extends object>(record: T): T {
  primaryKey ??= Object.getOwnPropertySymbols(record).find((key) => key.description === "kPrimaryKey");
  const key = primaryKey === undefined ? undefined : (record as Record<symbol, unknown>)[primaryKey];
  if (typeof key === "string") key.charCodeAt(0);
  return record;
}

/**
 * The store's @msw/data collections, each made on its first use: a session that has changed
 * nothing of its seed image never pays for them (a collection costs about 4 KB empty). Tokens are
 * held by the indexes alone, in the shape tokenRecords.ts gives them (issue 17).
 */
function createCollections() {
  const makers = {
    organizations: collection<OrganizationRecord>,
    users: collection<UserRecord>,
    memberships: collection<MembershipRecord>,
    sessions: collection<SessionRecord>,
    resources: collection<ResourceRecord>,
  };
  type Made = { [K in keyof typeof makers]: ReturnType<(typeof makers)[K]> };
  const made: Partial<Made> = {};
  function lazy<K extends keyof Made>(name: K): Made[K] {
    const existing = made[name];
    if (existing) return existing as Made[K];
    const created = makers[name]() as Made[K];
    made[name] = created;
    return created;
  }
  return {
    get organizations() {
      return lazy("organizations");
    },
    get users() {
      return lazy("users");
    },
    get memberships() {
      return lazy("memberships");
    },
    get sessions() {
      return lazy("sessions");
    },
    get resources() {
      return lazy("resources");
    },
    /** The collections made so far. */
    made: () => Object.values(made),
    clear() {
      for (const c of Object.values(made)) c.clear();
    },
  };
}

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
export function createStore(options: StoreOptions = {}) {
  const { log, onChange } = options;
  const limits = { ...STORE_LIMITS, ...options.limits };
  const logState: LoggedState = { pending: null, fresh: true };
  const logged = (change: StoreChange) => {
    onChange?.(change);
    if (logState.pending) logState.pending.push(change);
    else log?.commit([change], false); // no write runs outside a section today; kept durable anyway
  };
  let emit = log ? logged : (onChange ?? (() => {}));
  const tables = createCollections();

  let index: StoreIndexes = createIndexes();
  /**
   * The frozen seed image this store started from (see seedImage.ts), shared with other stores:
   * its records are read through the indexes and copied into this store's collections on their
   * first change, so a fresh session costs its indexes, not a copy of the seed.
   */
  let base: StoreImage | undefined;

  /** Last use per credential id (T14), kept apart from the records so that auth stays O(1). */
  const usage = new Map<string, UsageRecord>();
  /** Failed logins per lowercased email (A5). */
  const loginThrottle = new Map<string, LoginThrottleRecord>();
  /** Leak reports per caller address (P4): the times of recent reports, oldest first. */
  const leakReports = new Map<string, number[]>();
  /**
   * Where the lifecycle sweep (P3, P5: domain/lifecycle.ts) stands: notices whose instant is at or
   * before `sweptUntil` are settled, nothing is due before `nextDue` (-Infinity: look again), and
   * `announcedUntil` is the latest instant of anything actually delivered.
   */
  const lifecycle = {
    sweptUntil: 0,
    nextDue: Number.NEGATIVE_INFINITY,
    announcedUntil: Number.NEGATIVE_INFINITY,
  };
  /** Idempotency records by `<secret hash> <operation> <key>` (T18, H2); answers in memory only. */
  const idempotency = new Map<string, IdempotencyRecord>();
  const notifications: NotificationRecord[] = [];
  /**
   * This store's own audit events, oldest first (T16), at most `limits.auditEvents`. A plain list:
   * in @msw/data, dropping the oldest past the cap scanned the collection on every write (issue 17).
   */
  const auditOrder: AuditEventRecord[] = [];
  let seq = 0;
  const put = <T extends Table>(table: T, record: Tables[T]) =>
    emit({ op: "put", table, record } as StoreChange);
  const serialize = createExclusive();

  /** What a failed commit rebuilds from the log: the store emptied, then restored. */
  const rebuildable: Rebuildable = {
    idempotency,
    usage,
    clear() {
      tables.clear();
      index = createIndexes();
      base = undefined;
      auditOrder.length = 0;
      notifications.length = 0;
      idempotency.clear();
      usage.clear();
      seq = 0;
    },
    restore: (snapshot, idempotent) => store.restore(snapshot, idempotent),
  };

  const store = {
    usage,
    loginThrottle,
    leakReports,
    lifecycle,
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
    resourcesOf(organizationId: string, type: ResourceRecord["type"]): ResourceRecord[] {
      const own = tables.resources.findMany((q) => q.where({ organizationId, type }), {
        orderBy: { seq: "asc" },
      });
      return base ? [...base.resourcesOf(organizationId, type), ...own].sort((a, b) => a.seq - b.seq) : own;
    },
    allUsers: (): UserRecord[] => [...index.byId.users.values()],
    /** Every token of every organization (the lifecycle sweep's walk, P3, P5). */
    allTokens: (): Iterable<TokenRecord> => index.byId.tokens.values(),
    /** The organization's audit events matching `where`, newest first, at most `take`. */
    auditEvents(
      organizationId: string,
      where: (event: AuditEventRecord) => boolean,
      take: number,
    ): AuditEventRecord[] {
      // Newest first: the list is in the order the events happened (their `seq`).
      const own: AuditEventRecord[] = [];
      for (let i = auditOrder.length - 1; i >= 0 && own.length < take; i--) {
        const event = auditOrder[i] as AuditEventRecord;
        if (event.organizationId === organizationId && where(event)) own.push(event);
      }
      if (!base) return own;
      return [...own, ...base.auditEvents(organizationId, where, take)]
        .sort((a, b) => b.seq - a.seq)
        .slice(0, take);
    },

    async insertOrganization(record: OrganizationRecord) {
      index.byId.organizations.set(record.id, compact(await tables.organizations.create(record)));
      put("organizations", record);
    },
    /** Changes an organization (its policy, P5); a frozen seed record is copied first. */
    async updateOrganization(id: string, change: Partial<OrganizationRecord>): Promise<OrganizationRecord> {
      const stored = index.byId.organizations.get(id);
      if (!stored) throw new Error(`organization ${id} is not in the store`);
      const changed = Object.isFrozen(stored)
        ? compact(await tables.organizations.create({ ...stored, ...change }))
        : Object.assign(stored, change);
      index.byId.organizations.set(id, changed);
      put("organizations", { ...changed });
      return changed;
    },
    async insertUser(record: UserRecord) {
      const created = compact(await tables.users.create(record));
      index.byId.users.set(created.id, created);
      index.userByEmail.set(created.email, created);
      put("users", record);
    },
    async insertMembership(record: MembershipRecord) {
      index.addMembership(compact(await tables.memberships.create(record)));
      put("memberships", record);
    },
    async updateMembership(
      userId: string,
      organizationId: string,
      change: Partial<Pick<MembershipRecord, "role">>,
    ) {
      const stored = index.membershipsOf(userId).find((m) => m.organizationId === organizationId);
      if (!stored) return;
      if (Object.isFrozen(stored)) {
        const copy = compact(await tables.memberships.create({ ...stored, ...change }));
        index.replaceMembership(stored, copy);
        put("memberships", { ...copy });
        return;
      }
      Object.assign(stored, change);
      put("memberships", { ...stored });
    },
    deleteMembership(userId: string, organizationId: string) {
      const stored = index.membershipsOf(userId).find((m) => m.organizationId === organizationId);
      if (!stored) return;
      // The index holds the collection's own record (a Stored<MembershipRecord>).
      if (!Object.isFrozen(stored)) tables.memberships.delete(stored as Stored<MembershipRecord>);
      index.removeMembership(stored);
      emit({ op: "delete", table: "memberships", id: stored.id });
    },
    async insertToken(record: TokenRecord): Promise<TokenRecord> {
      const created = storedToken(record, index.tokenValues);
      index.addToken(created);
      put("tokens", record);
      return created;
    },
    async updateToken(id: string, change: Partial<TokenRecord>): Promise<TokenRecord> {
      const stored = index.byId.tokens.get(id);
      if (!stored) throw new Error(`token ${id} is not in the store`);
      const changed = Object.isFrozen(stored)
        ? storedToken({ ...stored, ...change }, index.tokenValues)
        : Object.assign(stored, storedChange(change, index.tokenValues));
      index.tokenChanged(changed);
      put("tokens", { ...changed });
      return changed;
    },
    async insertSession(record: SessionRecord): Promise<SessionRecord> {
      const created = compact(await tables.sessions.create(record));
      index.byId.sessions.set(created.id, created);
      put("sessions", record);
      return created;
    },
    async updateSession(id: string, change: Partial<SessionRecord>) {
      const stored = index.byId.sessions.get(id);
      if (!stored) return;
      const changed = Object.isFrozen(stored)
        ? compact(await tables.sessions.create({ ...stored, ...change }))
        : Object.assign(stored, change);
      index.byId.sessions.set(id, changed);
      put("sessions", { ...changed });
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
      index.byId.resources.set(record.id, compact(await tables.resources.create(record)));
      put("resources", record);
    },
    /** Adds an audit event; beyond `limits.auditEvents` of this store's own, the oldest goes. */
    async insertAuditEvent(record: AuditEventRecord) {
      auditOrder.push({ ...record });
      if (auditOrder.length > limits.auditEvents) auditOrder.shift();
      put("auditEvents", record);
    },
    /**
     * Stores an idempotency record; the log gets it without its answer (which may hold a secret).
     * Records created before `expiredBefore` (past their TTL, never replayed) are dropped from the
     * oldest on, so a long-running server does not keep them.
     */
    putIdempotency(key: string, record: IdempotencyRecord, expiredBefore = Number.NEGATIVE_INFINITY) {
      for (const [oldKey, old] of idempotency) {
        if (old.createdAt >= expiredBefore) break;
        idempotency.delete(oldKey);
      }
      idempotency.delete(key); // a key used again goes to the end, in creation order
      idempotency.set(key, record);
      const { body: _body, headers: _headers, ...logged } = record;
      emit({ op: "idempotency", key, record: logged });
    },
    /** Idempotency records without their answers, as a snapshot for the log holds them. */
    idempotencyEntries(): IdempotencyEntry[] {
      return [...idempotency].map(([key, { body: _b, headers: _h, ...record }]) => ({ key, record }));
    },
    /** Adds a notification to the outbox; beyond `limits.notifications`, the oldest goes. */
    insertNotification(record: NotificationRecord) {
      notifications.push(record);
      if (notifications.length > limits.notifications) notifications.shift();
      put("notifications", record);
    },

    /**
     * Everything the store holds, as plain data: secret hashes, never secrets. Idempotency records
     * (which hold replayable secrets) and login throttles are memory-only and left out.
     */
    snapshot(): StoreSnapshot {
      const { byId, membershipsByUser } = index.maps;
      return snapshotOf({
        seq,
        organizations: byId.organizations.values(),
        users: byId.users.values(),
        memberships: [...membershipsByUser.values()].flat(),
        tokens: byId.tokens.values(),
        sessions: byId.sessions.values(),
        secrets: index.allSecrets(),
        resources: byId.resources.values(),
        auditEvents: [...(base?.allAuditEvents() ?? []), ...auditOrder],
        notifications,
        usage,
      });
    },

    /**
     * Starts this (empty) store from a frozen seed image shared with other stores, emitting the
     * image's records as changes (so a log holds the seed as it would after inserts).
     */
    adopt(image: StoreImage) {
      base = image;
      index = createIndexes(image.indexes());
      seq = image.sequence();
      notifications.push(...image.notifications);
      if (!log && !onChange) return;
      const records = image.snapshot();
      for (const table of TABLES) for (const record of records[table]) put(table, record as never);
      emit({ op: "seq", value: seq });
    },
    /** The last sequence number handed out. */
    sequence: () => seq,
    /** This store's indexes, for a store adopting it as its seed image. */
    indexes: (): StoreIndexes => index,
    allAuditEvents: (): Iterable<AuditEventRecord> => auditOrder,
    /**
     * Freezes every record, so this store can serve as a seed image: a store that adopts it
     * copies a record before changing it, and a stray write in place throws.
     */
    freeze(): StoreImage {
      for (const collection of tables.made()) for (const record of collection.all()) Object.freeze(record);
      for (const record of index.byId.tokens.values()) Object.freeze(record);
      for (const record of index.allSecrets()) Object.freeze(record);
      for (const record of notifications) Object.freeze(record);
      for (const record of auditOrder) Object.freeze(record);
      return store;
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

/** How much of its history one store keeps (per session on the local server). */
export const STORE_LIMITS = {
  /** Audit events (T16) kept per store: the oldest beyond this are forgotten. */
  auditEvents: 10_000,
  /** Notifications in the outbox (T16): the oldest beyond this are forgotten. */
  notifications: 1_000,
};

export interface StoreOptions {
  /** Called with every change (tests, and the change log). */
  onChange?: (change: StoreChange) => void;
  /** Where each write section is made durable (the local server's `--persist`). */
  log?: OperationLog;
  /** History limits; default {@link STORE_LIMITS}. */
  limits?: Partial<typeof STORE_LIMITS>;
}

/** The store's indexes. They hold the very objects the collections do (@msw/data's records). */
type StoreIndexes = Indexes<MembershipRecord, TokenRecord, SessionRecord>;

/** A frozen store that other stores start from (`adopt`), sharing its records until they change. */
export interface StoreImage {
  resourcesOf(organizationId: string, type: ResourceRecord["type"]): ResourceRecord[];
  auditEvents(
    organizationId: string,
    where: (event: AuditEventRecord) => boolean,
    take: number,
  ): AuditEventRecord[];
  allAuditEvents(): Iterable<AuditEventRecord>;
  indexes(): StoreIndexes;
  sequence(): number;
  readonly notifications: readonly NotificationRecord[];
  /** Where its lifecycle sweep stood when it was frozen (its first instant ahead: domain/lifecycle.ts). */
  readonly lifecycle: { readonly nextDue: number };
  snapshot(): StoreSnapshot;
}
