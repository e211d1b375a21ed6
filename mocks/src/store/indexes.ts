/**
 * The store's indexes: maps that keep hot paths (secret hash -> credential, id -> record, an
 * owner's live tokens) from scanning the @msw/data collections, which query by scanning.
 * The store calls these on every write so they stay in step with the collections.
 */

import { LayeredMap } from "./layeredMap.js";
import {
  type MembershipRecord,
  type OrganizationRecord,
  ownerKey,
  type ResourceRecord,
  type SecretRecord,
  type TokenRecord,
  type UserRecord,
} from "./records.js";
import { TokenValues } from "./tokenRecords.js";

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
  /**
   * The hashes of each credential's secrets: its one hash as a string (almost every credential has
   * only one), or an array once it has been rotated.
   */
  secretHashesByCredential: Map<string, string | readonly string[]>;
}

/**
 * @typeParam M, T, S The stored membership, token and session shapes (@msw/data's records), so
 * that the objects the indexes hand out are the ones the collections hold.
 * @param parent The indexes of a shared, frozen seed image (see seedImage.ts): every map starts
 * as a layer over the parent's (layeredMap.ts: nothing copied), and the lists and sets inside are
 * copied on their first change, so the parent is never written; the values its tokens share are read through, not copied.
 */
export function createIndexes<
  M extends MembershipRecord,
  T extends TokenRecord,
  S extends { id: string },
>(parent?: { maps: IndexMaps<M, T, S>; tokenValues: TokenValues }) {
  const from = parent?.maps;
  const byId = {
    organizations: LayeredMap.over<string, OrganizationRecord>(from?.byId.organizations),
    users: LayeredMap.over<string, UserRecord>(from?.byId.users),
    tokens: LayeredMap.over<string, T>(from?.byId.tokens),
    sessions: LayeredMap.over<string, S>(from?.byId.sessions),
    resources: LayeredMap.over<string, ResourceRecord>(from?.byId.resources),
  };
  const userByEmail = LayeredMap.over<string, UserRecord>(from?.userByEmail);
  const membershipsByUser = LayeredMap.over<string, M[]>(from?.membershipsByUser);
  /** Token ids per organization and per owner key (`user:<id>` or `organization:<id>`), oldest first. */
  const tokenIdsByOrganization = LayeredMap.over<string, string[]>(from?.tokenIdsByOrganization);
  const tokenIdsByOwner = LayeredMap.over<string, string[]>(from?.tokenIdsByOwner);
  /** Ids of an owner's tokens that are not revoked (T4 counts the unexpired ones among them). */
  const liveTokenIdsByOwner = LayeredMap.over<string, Set<string>>(from?.liveTokenIdsByOwner);
  const secretByHash = LayeredMap.over<string, SecretRecord>(from?.secretByHash);
  const secretHashesByCredential = LayeredMap.over<string, string | readonly string[]>(
    from?.secretHashesByCredential,
  );

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
    /** The values stored tokens share (see tokenRecords.ts), read through to the parent's. */
    tokenValues: new TokenValues(parent?.tokenValues, byId),
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
      // A token changed in place is already there; one copied out of the parent is not.
      if (byId.tokens.get(stored.id) !== stored) byId.tokens.set(stored.id, stored);
      const key = ownerKey(stored);
      if (stored.revokedAt !== null && liveTokenIdsByOwner.get(key)?.has(stored.id))
        ownSet(liveTokenIdsByOwner, key).delete(stored.id);
    },
    secret: (hash: string) => secretByHash.get(hash),
    allSecrets: () => secretByHash.values(),
    /** Adds or replaces the secret with this hash. */
    putSecret(record: SecretRecord) {
      secretByHash.set(record.hash, record);
      const { credentialId, hash } = record;
      const hashes = secretHashesByCredential.get(credentialId);
      if (hashes === undefined) secretHashesByCredential.set(credentialId, hash);
      else if (typeof hashes === "string") {
        if (hashes !== hash) secretHashesByCredential.set(credentialId, [hashes, hash]);
      } else if (!hashes.includes(hash)) secretHashesByCredential.set(credentialId, [...hashes, hash]);
    },
    /** The secrets (current and rotated-out) of one token or session, oldest first. */
    secretsOf(credentialId: string): SecretRecord[] {
      const hashes = secretHashesByCredential.get(credentialId) ?? [];
      return (typeof hashes === "string" ? [hashes] : hashes).flatMap((hash) => secretByHash.get(hash) ?? []);
    },
  };
}

export type Indexes<M extends MembershipRecord, T extends TokenRecord, S extends { id: string }> = ReturnType<
  typeof createIndexes<M, T, S>
>;
