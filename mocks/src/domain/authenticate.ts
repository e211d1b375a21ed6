import type { OrganizationRecord, Role, ScopeGrant, SensitiveData, UserRecord } from "../store/records.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { LEGACY_SUNSET_AT } from "./legacyKeys.js";
import { effectivePermissions, FULL_ACCESS } from "./permissions.js";
import { hashSecret } from "./secrets.js";

/** `tsr_<tag>_` + 30 random + 6 checksum characters (DESIGN.md §2). */
const SECRET_LENGTH = 44;
/** A legacy key: 32 hexadecimal characters. */
const LEGACY_LENGTH = 32;
/** Unknown, revoked and malformed secrets all get this one answer (A3: byte-identical bodies). */
const invalidToken = () => new DomainError(401, "invalid_token", "The credential is not valid.");
const expired = () => new DomainError(401, "token_expired", "The credential has expired.");
const notYetValid = (from: number) =>
  new DomainError(401, "token_not_yet_valid", `The token works from ${new Date(from).toISOString()} on.`);
const sunset = () =>
  new DomainError(
    401,
    "legacy_key_sunset",
    `Legacy API keys stopped working at their sunset, ${new Date(LEGACY_SUNSET_AT).toUTCString()}; see the Link header to migrate.`,
  );

/**
 * Resolves a presented secret to the caller it acts as (A3, A7, T11, T15, T17, P2, P6). The
 * caller's address (P1) is checked apart, by `requireAllowedAddress`: introspection (T12) asks
 * about a secret, not about where it is used from.
 *
 * @note Cost is independent of how many tokens exist: one SHA-256 and a handful of map lookups.
 */
export function authenticate(ctx: ServiceContext, secret: string): Caller {
  // Only something of a secret's length is hashed (44 characters, `tsr_` first, or a 32-character
  // legacy key). No checksum check is needed here: every stored secret is well formed (fixtures
  // are checked with parseToken when loaded), so a mistyped one simply matches no stored hash, and
  // the CRC-32 cost as much as the hash on every request (issue 17).
  if (!(secret.length === SECRET_LENGTH ? secret.startsWith("tsr_") : secret.length === LEGACY_LENGTH)) {
    throw invalidToken();
  }
  /** A legacy key was presented (it matched a stored hash only if it is one). */
  const presentedLegacy = secret.length === LEGACY_LENGTH;
  const { store } = ctx;
  const hash = hashSecret(secret);
  const entry = store.secret(hash);
  if (!entry) throw invalidToken();
  const presented = { hash, validUntil: entry.validUntil };
  const now = ctx.clock.now();
  if (entry.validUntil !== null && now >= entry.validUntil) throw invalidToken();

  if (entry.credentialType === "session") {
    const session = store.session(entry.credentialId);
    if (!session || session.revokedAt !== null) throw invalidToken();
    if (now >= session.expiresAt) throw expired();
    const user = store.user(session.userId);
    const membership = store.membership(session.userId, session.organizationId);
    const organization = store.organization(session.organizationId);
    if (!user || !membership || !organization) throw invalidToken();
    const credential = { type: "session", record: session } as const;
    return caller(
      "session",
      credential,
      organization,
      user,
      membership.role,
      FULL_ACCESS,
      "visible",
      presented,
    );
  }

  const token = store.token(entry.credentialId);
  if (!token || token.revokedAt !== null) throw invalidToken();
  // P6: a legacy key (or a rotated-out legacy secret in its grace period) ends at the sunset.
  if ((token.legacy || presentedLegacy) && now >= LEGACY_SUNSET_AT) throw sunset();
  if (token.expiresAt !== null && now >= token.expiresAt) throw expired();
  if (token.notBefore != null && now < token.notBefore) throw notYetValid(token.notBefore);
  const organization = store.organization(token.organizationId);
  if (!organization) throw invalidToken();
  const credential = { type: "token", record: token } as const;
  if (token.type === "organization") {
    // T15: organization tokens keep working when their creator leaves. T17: a legacy key is
    // deprecated by its format, so a rotated-out legacy secret in its grace period still says so.
    const kind = token.legacy || presentedLegacy ? "legacy" : "organization";
    return caller(
      kind,
      credential,
      organization,
      null,
      token.role ?? "developer",
      token.scopes,
      token.sensitiveData,
      presented,
    );
  }
  // T15: a personal token stops working in an organization its owner has left.
  const user = token.ownerUserId ? store.user(token.ownerUserId) : undefined;
  const membership = user && store.membership(user.id, token.organizationId);
  if (!user || !membership) throw invalidToken();
  return caller(
    "personal",
    credential,
    organization,
    user,
    membership.role,
    token.scopes,
    token.sensitiveData,
    presented,
  );
}

/** The caller a credential acts as: a user (with their role) or the organization (with the token's). */
function caller(
  kind: Caller["kind"],
  credential: Caller["credential"],
  organization: OrganizationRecord,
  user: UserRecord | null,
  role: Role,
  grants: readonly ScopeGrant[],
  sensitiveData: SensitiveData,
  secret: Caller["secret"],
): Caller {
  return {
    kind,
    credential,
    credentialId: credential.record.id,
    organization,
    user,
    role,
    grants,
    permissions: effectivePermissions(grants, role),
    sensitiveData,
    principalId: user?.id ?? organization.id,
    // Joined, not a template: a stored token keeps this name, and a template makes a rope.
    principalName: user ? [user.firstName, user.lastName].join(" ") : organization.name,
    secret,
  };
}
