/**
 * The store's indexes: maps that keep hot paths (secret hash -> credential, id -> record, an
 * owner's live tokens) from scanning the @msw/data collections, which query by scanning.
 * The store calls these on every write so they stay in step with the collections.
 */
import {
  type MembershipRecord,
  type OrganizationRecord,
  ownerKey,
  type ResourceRecord,
  type SecretRecord,
  type TokenRecord,
  type UserRecord,
} from "./records.js";

/** The maps behind the indexes. */
export interface IndexMaps<M, T, S> {
  byId: {
    organizations: Map<string, OrganizationRecord>;
    users: Map<string, UserRecord>;
    tokens: Map<string, T>;
    sessions: Map<string, S>;
    resources: Map<string, ResourceRecord>;
  };
  userByEmail: Map<string, UserRecord>;
  membershipsByUser: Map<string, M[]>;
  tokenIdsByOrganization: Map<string, string[]>;
  tokenIdsByOwner: Map<string, string[]>;
  liveTokenIdsByOwner: Map<string, Set<string>>;
  secretByHash: Map<string, SecretRecord>;
  /** Usually one or two hashes per credential: an array costs a fraction of a Set. */
  secretHashesByCredential: Map<string, string[]>;
}

/**
 * @typeParam M, T, S The stored membership, token and session shapes (@msw/data's records), so
 * that the objects the indexes hand out are the ones the collections hold.
 * @param parent The indexes of a shared, frozen seed image (see seedImage.ts): every map starts
 * as a shallow copy of the parent's, and the lists and sets inside are copied on their first
 * change, so the parent is never written.
 */
export function createIndexes<
  M extends MembershipRecord,
  T extends TokenRecord,
  S extends { id: string },
>(parent?: { maps: IndexMaps<M, T, S> }) {
  const from = parent?.maps;
  const byId = {
    organizations: new Map<string, OrganizationRecord>(from?.byId.organizations),
    users: new Map<string, UserRecord>(from?.byId.users),
    tokens: new Map<string, T>(from?.byId.tokens),
    sessions: new Map<string, S>(from?.byId.sessions),
    resources: new Map<string, ResourceRecord>(from?.byId.resources),
  };
  const userByEmail = new Map<string, UserRecord>(from?.userByEmail);
  const membershipsByUser = new Map<string, M[]>(from?.membershipsByUser);
  /** Token ids per organization and per owner key (`user:<id>` or `organization:<id>`), oldest first. */
  const tokenIdsByOrganization = new Map<string, string[]>(from?.tokenIdsByOrganization);
  const tokenIdsByOwner = new Map<string, string[]>(from?.tokenIdsByOwner);
  /** Ids of an owner's tokens that are not revoked (T4 counts the unexpired ones among them). */
  const liveTokenIdsByOwner = new Map<string, Set<string>>(from?.liveTokenIdsByOwner);
  const secretByHash = new Map<string, SecretRecord>(from?.secretByHash);
  const secretHashesByCredential = new Map<string, string[]>(from?.secretHashesByCredential);

  /** The maps themselves, for a child's copies. */
  const maps: IndexMaps<M, T, S> = {
    byId,
    userByEmail,
    membershipsByUser,
    tokenIdsByOrganization,
    tokenIdsByOwner,
    liveTokenIdsByOwner,
    secretByHash,
    secretHashesByCredential,
  };

  /** Lists and sets this instance made (the others are the parent's, copied before a change). */
  const owned = new WeakSet<object>();
  function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
    const list = map.get(key);
    if (list && owned.has(list)) list.push(value);
    else {
      const copy = list ? [...list, value] : [value];
      owned.add(copy);
      map.set(key, copy);
    }
  }
  /** The set under `key`, made this instance's own (copied from the parent's if need be). */
  function ownSet<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
    const set = map.get(key);
    if (set && owned.has(set)) return set;
    const copy = new Set<V>(set);
    owned.add(copy);
    map.set(key, copy);
    return copy;
  }
  const addToSet = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => ownSet(map, key).add(value);

  return {
    maps,
    byId,
    userByEmail,
    membershipsOf: (userId: string): readonly M[] => membershipsByUser.get(userId) ?? [],
    addMembership: (stored: M) => push(membershipsByUser, stored.userId, stored),
    removeMembership(stored: M) {
      const list = (membershipsByUser.get(stored.userId) ?? []).filter((m) => m !== stored);
      owned.add(list);
      membershipsByUser.set(stored.userId, list);
    },
    /** Puts `next` where `previous` was (a record copied out of the parent before a change). */
    replaceMembership(previous: M, next: M) {
      const list = (membershipsByUser.get(previous.userId) ?? []).map((m) => (m === previous ? next : m));
      owned.add(list);
      membershipsByUser.set(previous.userId, list);
    },
    tokenIdsOf: (organizationId: string): readonly string[] =>
      tokenIdsByOrganization.get(organizationId) ?? [],
    tokenIdsOwnedBy: (owner: string): readonly string[] => tokenIdsByOwner.get(owner) ?? [],
    liveTokenIdsOwnedBy: (owner: string): ReadonlySet<string> => liveTokenIdsByOwner.get(owner) ?? new Set(),
    addToken(stored: T) {
      byId.tokens.set(stored.id, stored);
      push(tokenIdsByOrganization, stored.organizationId, stored.id);
      push(tokenIdsByOwner, ownerKey(stored), stored.id);
      if (stored.revokedAt === null) addToSet(liveTokenIdsByOwner, ownerKey(stored), stored.id);
    },
    /** After a token changed in place: a revoked token leaves its owner's live set. */
    tokenChanged(stored: T) {
      byId.tokens.set(stored.id, stored);
      const key = ownerKey(stored);
      if (stored.revokedAt !== null && liveTokenIdsByOwner.get(key)?.has(stored.id))
        ownSet(liveTokenIdsByOwner, key).delete(stored.id);
    },
    secret: (hash: string) => secretByHash.get(hash),
    allSecrets: () => secretByHash.values(),
    /** Adds or replaces the secret with this hash. */
    putSecret(record: SecretRecord) {
      secretByHash.set(record.hash, record);
      if (!secretHashesByCredential.get(record.credentialId)?.includes(record.hash))
        push(secretHashesByCredential, record.credentialId, record.hash);
    },
    /** The secrets (current and rotated-out) of one token or session. */
    secretsOf(credentialId: string): SecretRecord[] {
      const hashes = secretHashesByCredential.get(credentialId) ?? [];
      return hashes.flatMap((hash) => secretByHash.get(hash) ?? []);
    },
  };
}

export type Indexes<M extends MembershipRecord, T extends TokenRecord, S extends { id: string }> = ReturnType<
  typeof createIndexes<M, T, S>
>;
