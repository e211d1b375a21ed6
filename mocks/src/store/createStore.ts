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
import { createExclusive, type Exclusive } from "./exclusive.js";
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
export function createStore(options: StoreOptions = {}): Store {
  return new Store(options);
}

/**
 * The store (see {@link createStore}). A class, so that its methods are shared by every store
 * rather than closures made for each: a request reads a session's store several times (the
 * caller's secret, token, organization, user and membership), and at 1,000 sessions in turn each
 * closure and its scope was one more object in memory no cache still held (issue 17).
 */
export class Store {
  /**
   * Last use per credential id (T14), kept apart from the records so that auth stays O(1). Read
   * with `lastUseOf`, changed only through `recordUse`, `restoreUse` and `clearUses`.
   */
  private readonly uses = new Map<string, UsageRecord>();
  /**
   * The credential whose use was recorded last, and its record (also in `uses`). A session's
   * requests nearly always come from one credential, and its record read from here reads nothing
   * more of this store's than the store: the map and its table were two more objects of the
   * session's for every request to reach, at 1,000 sessions in turn memory no cache still held
   * (issue 17). Reset with the map.
   */
  private lastUseId: string | undefined = undefined;
  private lastUse: UsageRecord | undefined = undefined;
  /** Failed logins per lowercased email (A5). */
  readonly loginThrottle = new Map<string, LoginThrottleRecord>();
  /** Leak reports per caller address (P4): the times of recent reports, oldest first. */
  readonly leakReports = new Map<string, number[]>();
  /**
   * Where the lifecycle sweep (P3, P5: domain/lifecycle.ts) stands: notices whose instant is at or
   * before `sweptUntil` are settled, nothing is due before `nextDue` (-Infinity: look again), and
   * `announcedUntil` is the latest instant of anything actually delivered.
   */
  readonly lifecycle = {
    sweptUntil: 0,
    nextDue: Number.NEGATIVE_INFINITY,
    announcedUntil: Number.NEGATIVE_INFINITY,
  };
  /** Idempotency records by `<secret hash> <operation> <key>` (T18, H2); answers in memory only. */
  readonly idempotency = new Map<string, IdempotencyRecord>();
  readonly notifications: NotificationRecord[] = [];
  /** Serializes state-changing operations; see {@link createExclusive}. With a log, commits each. */
  private readonly sections: Exclusive;

  private index: StoreIndexes = createIndexes();
  /**
   * Whether `index` is still the image's own indexes, read as they are (never written here). A
   * store that adopted an image reads them until its first change, and only then makes indexes of
   * its own (layers over the image's, see indexes.ts): reading a layer that holds nothing gives
   * what the image's index gives, but it is one more object of this store's to reach on every
   * lookup, which at 1,000 sessions in turn meant memory no cache still held (issue 17).
   */
  private indexShared = false;
  /**
   * The frozen seed image this store started from (see seedImage.ts), shared with other stores:
   * its records are read through the indexes and copied into this store's collections on their
   * first change, so a fresh session costs its indexes, not a copy of the seed.
   */
  private base: StoreImage | undefined;
  /**
   * This store's own audit events, oldest first (T16), at most `limits.auditEvents`. A plain list:
   * in @msw/data, dropping the oldest past the cap scanned the collection on every write (issue 17).
   */
  private readonly auditOrder: AuditEventRecord[] = [];
  private seq = 0;
  private readonly tables = createCollections();
  private readonly limits: typeof STORE_LIMITS;
  private readonly log: OperationLog | undefined;
  private readonly onChange: ((change: StoreChange) => void) | undefined;
  private readonly logState: LoggedState = { pending: null, fresh: true };
  private emit: (change: StoreChange) => void;
  /**
   * Whether anything receives the changes (a log, an `onChange`). Without either (the local
   * server without `--persist`, most tests), a change is not copied just to be dropped (issue 17).
   */
  private readonly listened: boolean;

  constructor(options: StoreOptions = {}) {
    const { log, onChange } = options;
    this.log = log;
    this.onChange = onChange;
    this.limits = { ...STORE_LIMITS, ...options.limits };
    const logState = this.logState;
    const logged = (change: StoreChange) => {
      onChange?.(change);
      if (logState.pending) logState.pending.push(change);
      else log?.commit([change], false); // no write runs outside a section today; kept durable anyway
    };
    this.emit = log ? logged : (onChange ?? (() => {}));
    this.listened = log !== undefined || onChange !== undefined;
    const serialize = createExclusive();
    /** What a failed commit rebuilds from the log: the store emptied, then restored. */
    const rebuildable: Rebuildable = {
      idempotency: this.idempotency,
      usage: this.uses,
      restoreUse: (credentialId, use) => this.restoreUse(credentialId, use),
      clearUses: () => this.clearUses(),
      clear: () => {
        this.tables.clear();
        this.index = createIndexes();
        this.indexShared = false;
        this.base = undefined;
        this.auditOrder.length = 0;
        this.notifications.length = 0;
        this.idempotency.clear();
        this.clearUses();
        this.seq = 0;
      },
      restore: (snapshot, idempotent) => this.restore(snapshot, idempotent),
    };
    this.sections = log ? loggedSections(serialize, log, logState, rebuildable) : serialize;
  }

  /** Runs `section` alone, after the sections before it (see exclusive.ts); resolves with its result. */
  exclusive<T>(section: () => Promise<T> | T): Promise<T> {
    try {
      return Promise.resolve(this.sections(section));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * {@link exclusive} for the request pipeline: when no section runs or waits, a synchronous
   * section's result is returned (and its error thrown) at once, not through a promise (issue 17).
   */
  exclusiveNow<T>(section: () => Promise<T> | T): T | Promise<T> {
    return this.sections(section);
  }

  /** This store's indexes, made its own before its first change (see `indexShared`). */
  private own(): StoreIndexes {
    if (this.indexShared && this.base) {
      this.index = createIndexes(this.base.indexes());
      this.indexShared = false;
    }
    return this.index;
  }

  private put<T extends Table>(table: T, record: Tables[T]): void {
    this.emit({ op: "put", table, record } as StoreChange);
  }

  /**
   * Records an accepted use of a credential (T14). A credential used before keeps its record,
   * changed in place: a new record per request was garbage the collector copied twice and kept
   * whenever the session was not used again at once (1,000 sessions in turn; issue 17).
   */
  recordUse(credentialId: string, lastUsedAt: number, lastUsedIp: string): void {
    let known = this.lastUseOf(credentialId);
    if (known) {
      known.lastUsedAt = lastUsedAt;
      // The same address as a new string (one per request) would be kept for nothing.
      if (known.lastUsedIp !== lastUsedIp) known.lastUsedIp = lastUsedIp;
    } else {
      known = { lastUsedAt, lastUsedIp };
      this.uses.set(credentialId, known);
    }
    this.lastUseId = credentialId;
    this.lastUse = known;
  }

  /** The credential's last use (T14), if it was ever used. */
  lastUseOf(credentialId: string): UsageRecord | undefined {
    return credentialId === this.lastUseId ? this.lastUse : this.uses.get(credentialId);
  }

  /** Every credential's last use, by credential id. */
  get usage(): ReadonlyMap<string, UsageRecord> {
    return this.uses;
  }

  /** Puts a credential's last use back as it was (a snapshot loaded, a rebuild after a failed commit). */
  restoreUse(credentialId: string, use: UsageRecord): void {
    this.uses.set(credentialId, use);
    if (credentialId === this.lastUseId) this.lastUse = use;
  }

  /** Forgets every last use. */
  clearUses(): void {
    this.uses.clear();
    this.lastUseId = undefined;
    this.lastUse = undefined;
  }

  nextSeq(): number {
    this.seq++;
    this.emit({ op: "seq", value: this.seq });
    return this.seq;
  }

  organization(id: string): OrganizationRecord | undefined {
    return this.index.byId.organizations.get(id);
  }
  user(id: string): UserRecord | undefined {
    return this.index.byId.users.get(id);
  }
  userByEmail(email: string): UserRecord | undefined {
    return this.index.userByEmail.get(email.toLowerCase());
  }
  membershipsOf(userId: string): readonly MembershipRecord[] {
    return this.index.membershipsOf(userId);
  }
  membership(userId: string, organizationId: string): MembershipRecord | undefined {
    return this.index.membershipsOf(userId).find((m) => m.organizationId === organizationId);
  }
  token(id: string): TokenRecord | undefined {
    return this.index.byId.tokens.get(id);
  }
  session(id: string): SessionRecord | undefined {
    return this.index.byId.sessions.get(id);
  }
  secret(hash: string): SecretRecord | undefined {
    return this.index.secret(hash);
  }
  resource(id: string): ResourceRecord | undefined {
    return this.index.byId.resources.get(id);
  }
  /** Token ids of an organization, oldest first. */
  tokenIdsOf(organizationId: string): readonly string[] {
    return this.index.tokenIdsOf(organizationId);
  }
  /** Token ids owned by `user:<id>` or `organization:<id>`, oldest first. */
  tokenIdsOwnedBy(owner: string): readonly string[] {
    return this.index.tokenIdsOwnedBy(owner);
  }
  /** Ids of the owner's tokens that are not revoked (some may have expired). */
  liveTokenIdsOwnedBy(owner: string): ReadonlySet<string> {
    return this.index.liveTokenIdsOwnedBy(owner);
  }
  resourcesOf(organizationId: string, type: ResourceRecord["type"]): ResourceRecord[] {
    const own = this.tables.resources.findMany((q) => q.where({ organizationId, type }), {
      orderBy: { seq: "asc" },
    });
    const { base } = this;
    return base ? [...base.resourcesOf(organizationId, type), ...own].sort((a, b) => a.seq - b.seq) : own;
  }
  allUsers(): UserRecord[] {
    return [...this.index.byId.users.values()];
  }
  /** Every token of every organization (the lifecycle sweep's walk, P3, P5). */
  allTokens(): Iterable<TokenRecord> {
    return this.index.byId.tokens.values();
  }
  /** The organization's audit events matching `where`, newest first, at most `take`. */
  auditEvents(
    organizationId: string,
    where: (event: AuditEventRecord) => boolean,
    take: number,
  ): AuditEventRecord[] {
    // Newest first: the list is in the order the events happened (their `seq`).
    const own: AuditEventRecord[] = [];
    const { auditOrder, base } = this;
    for (let i = auditOrder.length - 1; i >= 0 && own.length < take; i--) {
      const event = auditOrder[i] as AuditEventRecord;
      if (event.organizationId === organizationId && where(event)) own.push(event);
    }
    if (!base) return own;
    return [...own, ...base.auditEvents(organizationId, where, take)]
      .sort((a, b) => b.seq - a.seq)
      .slice(0, take);
  }

  async insertOrganization(record: OrganizationRecord): Promise<void> {
    this.own().byId.organizations.set(record.id, compact(await this.tables.organizations.create(record)));
    this.put("organizations", record);
  }
  /** Changes an organization (its policy, P5); a frozen seed record is copied first. */
  async updateOrganization(id: string, change: Partial<OrganizationRecord>): Promise<OrganizationRecord> {
    const stored = this.index.byId.organizations.get(id);
    if (!stored) throw new Error(`organization ${id} is not in the store`);
    const changed = Object.isFrozen(stored)
      ? compact(await this.tables.organizations.create({ ...stored, ...change }))
      : Object.assign(stored, change);
    this.own().byId.organizations.set(id, changed);
    this.put("organizations", { ...changed });
    return changed;
  }
  async insertUser(record: UserRecord): Promise<void> {
    const created = compact(await this.tables.users.create(record));
    this.own().byId.users.set(created.id, created);
    this.own().userByEmail.set(created.email, created);
    this.put("users", record);
  }
  async insertMembership(record: MembershipRecord): Promise<void> {
    this.own().addMembership(compact(await this.tables.memberships.create(record)));
    this.put("memberships", record);
  }
  async updateMembership(
    userId: string,
    organizationId: string,
    change: Partial<Pick<MembershipRecord, "role">>,
  ): Promise<void> {
    const stored = this.index.membershipsOf(userId).find((m) => m.organizationId === organizationId);
    if (!stored) return;
    if (Object.isFrozen(stored)) {
      const copy = compact(await this.tables.memberships.create({ ...stored, ...change }));
      this.own().replaceMembership(stored, copy);
      this.put("memberships", { ...copy });
      return;
    }
    Object.assign(stored, change);
    this.put("memberships", { ...stored });
  }
  deleteMembership(userId: string, organizationId: string): void {
    const stored = this.index.membershipsOf(userId).find((m) => m.organizationId === organizationId);
    if (!stored) return;
    // The index holds the collection's own record (a Stored<MembershipRecord>).
    if (!Object.isFrozen(stored)) this.tables.memberships.delete(stored as Stored<MembershipRecord>);
    this.own().removeMembership(stored);
    this.emit({ op: "delete", table: "memberships", id: stored.id });
  }
  /**
   * Tokens, secrets and audit events are held by this store alone (no @msw/data collection), so
   * their writes are synchronous: a create or a revoke runs whole, without a promise turn per
   * write (issue 17).
   */
  insertToken(record: TokenRecord): TokenRecord {
    const created = storedToken(record, this.own().tokenValues);
    this.own().addToken(created);
    this.put("tokens", record);
    return created;
  }
  updateToken(id: string, change: Partial<TokenRecord>): TokenRecord {
    const stored = this.index.byId.tokens.get(id);
    if (!stored) throw new Error(`token ${id} is not in the store`);
    const changed = Object.isFrozen(stored)
      ? storedToken({ ...stored, ...change }, this.own().tokenValues)
      : Object.assign(stored, storedChange(change, this.own().tokenValues));
    this.own().tokenChanged(changed);
    // A copy, as the record is changed in place later; only when something receives it.
    if (this.listened) this.put("tokens", { ...changed });
    return changed;
  }
  async insertSession(record: SessionRecord): Promise<SessionRecord> {
    const created = compact(await this.tables.sessions.create(record));
    this.own().byId.sessions.set(created.id, created);
    this.put("sessions", record);
    return created;
  }
  async updateSession(id: string, change: Partial<SessionRecord>): Promise<void> {
    const stored = this.index.byId.sessions.get(id);
    if (!stored) return;
    const changed = Object.isFrozen(stored)
      ? compact(await this.tables.sessions.create({ ...stored, ...change }))
      : Object.assign(stored, change);
    this.own().byId.sessions.set(id, changed);
    this.put("sessions", { ...changed });
  }
  insertSecret(record: SecretRecord): void {
    this.own().putSecret(record);
    this.put("secrets", record);
  }
  updateSecret(hash: string, change: Partial<SecretRecord>): void {
    const current = this.index.secret(hash);
    if (current) {
      const next = { ...current, ...change };
      this.own().putSecret(next);
      this.put("secrets", next);
    }
  }
  /** The secrets (current and rotated-out) of one token or session. */
  secretsOf(credentialId: string): SecretRecord[] {
    return this.index.secretsOf(credentialId);
  }
  async insertResource(record: ResourceRecord): Promise<void> {
    this.own().byId.resources.set(record.id, compact(await this.tables.resources.create(record)));
    this.put("resources", record);
  }
  /**
   * Adds an audit event; beyond `limits.auditEvents` of this store's own, the oldest goes. The
   * store keeps its own copy when the record also goes to a listener, which may keep it.
   */
  insertAuditEvent(record: AuditEventRecord): void {
    this.auditOrder.push(this.listened ? { ...record } : record);
    if (this.auditOrder.length > this.limits.auditEvents) this.auditOrder.shift();
    this.put("auditEvents", record);
  }
  /**
   * Stores an idempotency record; the log gets it without its answer (which may hold a secret).
   * Records created before `expiredBefore` (past their TTL, never replayed) are dropped from the
   * oldest on, so a long-running server does not keep them.
   */
  putIdempotency(key: string, record: IdempotencyRecord, expiredBefore = Number.NEGATIVE_INFINITY): void {
    const { idempotency } = this;
    for (const [oldKey, old] of idempotency) {
      if (old.createdAt >= expiredBefore) break;
      idempotency.delete(oldKey);
    }
    idempotency.delete(key); // a key used again goes to the end, in creation order
    idempotency.set(key, record);
    const { body: _body, headers: _headers, ...logged } = record;
    this.emit({ op: "idempotency", key, record: logged });
  }
  /** Idempotency records without their answers, as a snapshot for the log holds them. */
  idempotencyEntries(): IdempotencyEntry[] {
    return [...this.idempotency].map(([key, { body: _b, headers: _h, ...record }]) => ({ key, record }));
  }
  /** Adds a notification to the outbox; beyond `limits.notifications`, the oldest goes. */
  insertNotification(record: NotificationRecord): void {
    this.notifications.push(record);
    if (this.notifications.length > this.limits.notifications) this.notifications.shift();
    this.put("notifications", record);
  }

  /**
   * Everything the store holds, as plain data: secret hashes, never secrets. Idempotency records
   * (which hold replayable secrets) and login throttles are memory-only and left out.
   */
  snapshot(): StoreSnapshot {
    const { index } = this;
    const { byId, membershipsByUser } = index.maps;
    return snapshotOf({
      seq: this.seq,
      organizations: byId.organizations.values(),
      users: byId.users.values(),
      memberships: [...membershipsByUser.values()].flat(),
      tokens: byId.tokens.values(),
      sessions: byId.sessions.values(),
      secrets: index.allSecrets(),
      resources: byId.resources.values(),
      auditEvents: [...(this.base?.allAuditEvents() ?? []), ...this.auditOrder],
      notifications: this.notifications,
      usage: this.usage,
    });
  }

  /**
   * Starts this (empty) store from a frozen seed image shared with other stores, emitting the
   * image's records as changes (so a log holds the seed as it would after inserts).
   */
  adopt(image: StoreImage): void {
    this.base = image;
    // Read as the image has them until this store's first change (see `indexShared`).
    this.index = image.indexes();
    this.indexShared = true;
    this.seq = image.sequence();
    this.notifications.push(...image.notifications);
    if (!this.log && !this.onChange) return;
    const records = image.snapshot();
    for (const table of TABLES) for (const record of records[table]) this.put(table, record as never);
    this.emit({ op: "seq", value: this.seq });
  }
  /** The last sequence number handed out. */
  sequence(): number {
    return this.seq;
  }
  /** This store's indexes, for a store adopting it as its seed image. */
  indexes(): StoreIndexes {
    return this.index;
  }
  allAuditEvents(): Iterable<AuditEventRecord> {
    return this.auditOrder;
  }
  /**
   * Freezes every record, so this store can serve as a seed image: a store that adopts it
   * copies a record before changing it, and a stray write in place throws.
   */
  freeze(): StoreImage {
    for (const collection of this.tables.made()) for (const record of collection.all()) Object.freeze(record);
    for (const record of this.index.byId.tokens.values()) Object.freeze(record);
    for (const record of this.index.allSecrets()) Object.freeze(record);
    for (const record of this.notifications) Object.freeze(record);
    for (const record of this.auditOrder) Object.freeze(record);
    return this;
  }

  /** Loads a snapshot (and logged idempotency records) into this (empty) store without emitting changes. */
  async restore(snapshot: StoreSnapshot, idempotent: IdempotencyEntry[] = []): Promise<void> {
    const quiet = this.emit;
    this.emit = () => {};
    this.logState.fresh = false;
    try {
      await loadSnapshot(this, snapshot, idempotent);
      this.seq = snapshot.seq;
    } finally {
      this.emit = quiet;
    }
  }
}

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
