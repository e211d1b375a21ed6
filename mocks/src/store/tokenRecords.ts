/**
 * Tokens as the store holds them. A store may hold tens of thousands (issue 17: at most 1 kB of heap
 * each), so a stored token is a plain object of one fixed shape, and the values many tokens repeat
 * (who created them, their scopes, their organization's and owner's ids) are shared.
 *
 * @note Tokens are held by the store's indexes alone, not in an @msw/data collection: the store
 * reads them only through its indexes (id, organization, owner), and @msw/data gives each record a
 * relation Map and a UUID primary key, some 250 bytes that nothing here uses.
 */
import type { ScopeGrant, TokenRecord } from "./records.js";

/** Where the store finds the strings it already holds for an id. */
export interface HeldIds {
  users: ReadonlyMap<string, { id: string }>;
  organizations: ReadonlyMap<string, { id: string }>;
  tokens: ReadonlyMap<string, { id: string }>;
}

/**
 * Canonical, frozen copies of the values tokens repeat, for one store's indexes. Indexes started
 * from a seed image's read the image's copies and keep their own for values the image does not
 * have; that map is made on the first such value, so a fresh session pays one small object.
 */
export class TokenValues {
  private own: Map<string, object> | undefined;

  /**
   * @param image The seed image's values (never written here).
   * @param ids The indexes' records by id, whose id strings `same` hands out.
   */
  constructor(
    private readonly image: TokenValues | undefined,
    private readonly ids: HeldIds,
  ) {}

  /** The value under `key` here or in the image, without making one. */
  find(key: string): object | undefined {
    return this.own?.get(key) ?? this.image?.find(key);
  }

  /** The canonical value under `key`, made with `make` (and frozen) if there is none yet. */
  canonical<T extends object>(key: string, make: () => T): T {
    const found = this.find(key);
    if (found !== undefined) return found as T;
    const made = deepFreeze(make());
    this.own ??= new Map();
    this.own.set(key, made);
    return made;
  }

  /** The very string the store already holds for this id (a user's, organization's or token's). */
  same(id: string): string {
    const { users, organizations, tokens } = this.ids;
    return users.get(id)?.id ?? organizations.get(id)?.id ?? tokens.get(id)?.id ?? id;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The record to store for `record`: every field in one order, so that V8 gives all stored tokens
 * one hidden class with their fields inside the object (a record built key by key keeps most of
 * them in a separate property array), and repeated values shared.
 *
 * @note The optional fields (P1, P2, P4/P5) are kept as the record gives them: absent when it has
 * none of them (fixtures, records written before they existed), so a snapshot reads as before.
 * The in-object fields are written in place on an update (`Object.assign`), which keeps the shape.
 */
export function storedToken(record: TokenRecord, values: TokenValues): TokenRecord {
  const id = record.id;
  const type = record.type === "personal" ? "personal" : "organization";
  const organizationId = values.same(record.organizationId);
  const ownerUserId = record.ownerUserId === null ? null : values.same(record.ownerUserId);
  const createdBy = sharedCreator(record.createdBy, values);
  const role = record.role === null ? null : record.role === "admin" ? "admin" : "developer";
  const scopes = sharedScopes(record.scopes, values);
  const sensitiveData = record.sensitiveData === "hidden" ? "hidden" : "visible";
  if (!("revocationReason" in record) && !("allowedIps" in record) && !("notBefore" in record)) {
    return {
      id,
      seq: record.seq,
      type,
      legacy: record.legacy,
      organizationId,
      ownerUserId,
      createdBy,
      label: record.label,
      description: record.description,
      role,
      scopes,
      sensitiveData,
      prefix: record.prefix,
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
      revokedAt: record.revokedAt,
    };
  }
  return {
    id,
    seq: record.seq,
    type,
    legacy: record.legacy,
    organizationId,
    ownerUserId,
    createdBy,
    label: record.label,
    description: record.description,
    role,
    scopes,
    sensitiveData,
    prefix: record.prefix,
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
    revokedAt: record.revokedAt,
    revocationReason: record.revocationReason,
    allowedIps:
      record.allowedIps === undefined || record.allowedIps === null
        ? record.allowedIps
        : sharedList(record.allowedIps, values),
    notBefore: record.notBefore,
  };
}

/** The fields of `change` as the store keeps them (shared values), for an update in place. */
export function storedChange(change: Partial<TokenRecord>, values: TokenValues): Partial<TokenRecord> {
  const shared = { ...change };
  if (change.scopes) shared.scopes = sharedScopes(change.scopes, values);
  if (change.createdBy) shared.createdBy = sharedCreator(change.createdBy, values);
  if (change.allowedIps) shared.allowedIps = sharedList(change.allowedIps, values);
  return shared;
}

function sharedCreator(creator: TokenRecord["createdBy"], values: TokenValues): TokenRecord["createdBy"] {
  return values.canonical(`createdBy\u0000${creator.id}\u0000${creator.name}`, () => ({
    id: values.same(creator.id),
    name: creator.name,
  }));
}

function sharedScopes(scopes: ScopeGrant[], values: TokenValues): ScopeGrant[] {
  const key = `scopes\u0000${JSON.stringify(scopes)}`;
  return values.canonical(key, () => JSON.parse(key.slice(key.indexOf("\u0000") + 1)) as ScopeGrant[]);
}

function sharedList(list: string[], values: TokenValues): string[] {
  const key = `list\u0000${JSON.stringify(list)}`;
  return values.canonical(key, () => [...list]);
}
