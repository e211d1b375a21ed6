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

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V) {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

/**
 * @typeParam M, T, S The stored membership, token and session shapes (@msw/data's records), so
 * that the objects the indexes hand out are the ones the collections hold.
 */
export function createIndexes<M extends MembershipRecord, T extends TokenRecord, S extends { id: string }>() {
  const byId = {
    organizations: new Map<string, OrganizationRecord>(),
    users: new Map<string, UserRecord>(),
    tokens: new Map<string, T>(),
    sessions: new Map<string, S>(),
    resources: new Map<string, ResourceRecord>(),
  };
  const userByEmail = new Map<string, UserRecord>();
  const membershipsByUser = new Map<string, M[]>();
  /** Token ids per organization and per owner key (`user:<id>` or `organization:<id>`), oldest first. */
  const tokenIdsByOrganization = new Map<string, string[]>();
  const tokenIdsByOwner = new Map<string, string[]>();
  /** Ids of an owner's tokens that are not revoked (T4 counts the unexpired ones among them). */
  const liveTokenIdsByOwner = new Map<string, Set<string>>();
  const secretByHash = new Map<string, SecretRecord>();
  const secretHashesByCredential = new Map<string, Set<string>>();

  return {
    byId,
    userByEmail,
    membershipsOf: (userId: string): readonly M[] => membershipsByUser.get(userId) ?? [],
    addMembership: (stored: M) => push(membershipsByUser, stored.userId, stored),
    removeMembership(stored: M) {
      const list = membershipsByUser.get(stored.userId) ?? [];
      membershipsByUser.set(
        stored.userId,
        list.filter((m) => m !== stored),
      );
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
      if (stored.revokedAt !== null) liveTokenIdsByOwner.get(ownerKey(stored))?.delete(stored.id);
    },
    secret: (hash: string) => secretByHash.get(hash),
    allSecrets: () => secretByHash.values(),
    /** Adds or replaces the secret with this hash. */
    putSecret(record: SecretRecord) {
      secretByHash.set(record.hash, record);
      addToSet(secretHashesByCredential, record.credentialId, record.hash);
    },
    /** The secrets (current and rotated-out) of one token or session. */
    secretsOf(credentialId: string): SecretRecord[] {
      const hashes = secretHashesByCredential.get(credentialId) ?? new Set<string>();
      return [...hashes].flatMap((hash) => secretByHash.get(hash) ?? []);
    },
  };
}
