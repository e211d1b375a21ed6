import type { ResourceType, TokenRecord } from "../store/records.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { type Access, allowsType } from "./permissions.js";

/** S4: refuse unless the caller's effective permissions include `resource:access`. */
export function requireScope(caller: Caller, resource: ResourceType, access: Access): void {
  if (!allowsType(caller.permissions, resource, access)) {
    const scope = `${resource}:${access}`;
    throw new DomainError(403, "insufficient_scope", `This operation needs the ${scope} scope.`, { scope });
  }
}

/** T7/T8: admins see every token of their organization; others only their own personal tokens. */
export function canSee(caller: Caller, token: TokenRecord): boolean {
  if (token.organizationId !== caller.organization.id) return false;
  if (caller.role === "admin") return true;
  return token.type === "personal" && caller.user !== null && token.ownerUserId === caller.user.id;
}

/** The token with this id if the caller may see it; 404 otherwise, never 403 (T8). */
export function visibleToken(ctx: ServiceContext, caller: Caller, id: string): TokenRecord {
  const token = ctx.store.token(id);
  if (!token || !canSee(caller, token)) throw new DomainError(404, "not_found", "No token with this id.");
  return token;
}

/** A token the caller may change: visible, and for non-admins their own personal token. */
export function manageableToken(ctx: ServiceContext, caller: Caller, id: string): TokenRecord {
  requireScope(caller, "tokens", "write");
  return visibleToken(ctx, caller, id);
}

export function requireActive(token: TokenRecord, now: number, action: string): void {
  if (token.revokedAt !== null || (token.expiresAt !== null && now >= token.expiresAt)) {
    throw new DomainError(
      409,
      "token_not_active",
      `A ${token.revokedAt !== null ? "revoked" : "expired"} token cannot be ${action}.`,
    );
  }
}
