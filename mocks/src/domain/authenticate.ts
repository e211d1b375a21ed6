import type { TokenRecord } from "../store/records.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { effectivePermissions, FULL_ACCESS } from "./permissions.js";
import { hashSecret } from "./secrets.js";

const LEGACY_KEY = /^[0-9a-f]{32}$/;
const WELL_FORMED = /^tsr_(ses|pat|oat)_[0-9A-Za-z]{36}$/;

/** Unknown, revoked and malformed secrets all get this one answer (A3: byte-identical bodies). */
const invalidToken = () => new DomainError(401, "invalid_token", "The credential is not valid.");
const expired = () => new DomainError(401, "token_expired", "The credential has expired.");

/**
 * Resolves a presented secret to the caller it acts as (A3, A7, T11, T15, T17).
 *
 * @note Cost is independent of how many tokens exist: one SHA-256 and a handful of map lookups.
 */
export function authenticate(ctx: ServiceContext, secret: string): Caller {
  if (!WELL_FORMED.test(secret) && !LEGACY_KEY.test(secret)) throw invalidToken();
  const { store } = ctx;
  const entry = store.secret(hashSecret(secret));
  if (!entry) throw invalidToken();
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
    return {
      kind: "session",
      credential: { type: "session", record: session },
      credentialId: session.id,
      organization,
      user,
      role: membership.role,
      grants: FULL_ACCESS,
      permissions: effectivePermissions(FULL_ACCESS, membership.role),
      sensitiveData: "visible",
      principalId: user.id,
      principalName: `${user.firstName} ${user.lastName}`,
    };
  }

  const token = store.token(entry.credentialId);
  if (!token || token.revokedAt !== null) throw invalidToken();
  if (token.expiresAt !== null && now >= token.expiresAt) throw expired();
  const organization = store.organization(token.organizationId);
  if (!organization) throw invalidToken();
  return token.type === "personal"
    ? personalCaller(ctx, token, organization)
    : organizationCaller(token, organization);
}

function personalCaller(
  ctx: ServiceContext,
  token: TokenRecord,
  organization: Caller["organization"],
): Caller {
  const user = token.ownerUserId ? ctx.store.user(token.ownerUserId) : undefined;
  // T15: a personal token stops working in an organization its owner has left.
  const membership = user && ctx.store.membership(user.id, token.organizationId);
  if (!user || !membership) throw invalidToken();
  return {
    kind: "personal",
    credential: { type: "token", record: token },
    credentialId: token.id,
    organization,
    user,
    role: membership.role,
    grants: token.scopes,
    permissions: effectivePermissions(token.scopes, membership.role),
    sensitiveData: token.sensitiveData,
    principalId: user.id,
    principalName: `${user.firstName} ${user.lastName}`,
  };
}

function organizationCaller(token: TokenRecord, organization: Caller["organization"]): Caller {
  // T15: organization tokens keep working when their creator leaves.
  const role = token.role ?? "developer";
  return {
    kind: token.legacy ? "legacy" : "organization",
    credential: { type: "token", record: token },
    credentialId: token.id,
    organization,
    user: null,
    role,
    grants: token.scopes,
    permissions: effectivePermissions(token.scopes, role),
    sensitiveData: token.sensitiveData,
    principalId: organization.id,
    principalName: organization.name,
  };
}
