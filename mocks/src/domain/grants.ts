/**
 * Checks the scopes, role, label and expiry of a token being created or edited: shape rules the
 * schema cannot express (S1, T5, T13), the plan rule (S3) and no escalation (T3).
 */
import type { ScopeGrant, TokenRecord } from "../store/records.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError, invalidField } from "./errors.js";
import { effectivePermissions, escalations, isFullAccess, SELECTABLE_TYPES } from "./permissions.js";

const DAY_MS = 24 * 3600 * 1000;

/** S1: restrictions only on selectable types, to existing instances of the caller's organization. */
export function checkGrantShapes(ctx: ServiceContext, caller: Caller, scopes: readonly ScopeGrant[]): void {
  const seen = new Set<string>();
  scopes.forEach((grant, i) => {
    const at = `/body/scopes/${i}`;
    if (seen.has(grant.resource)) throw invalidField(at, `There is already a grant for ${grant.resource}.`);
    seen.add(grant.resource);
    if (!grant.resourceIds) return;
    if (grant.resource === "*" || !SELECTABLE_TYPES.has(grant.resource)) {
      throw invalidField(
        `${at}/resourceIds`,
        "Only zones, domains and certificates can be restricted to selected resources.",
      );
    }
    grant.resourceIds.forEach((id, j) => {
      const resource = ctx.store.resource(id);
      if (
        !resource ||
        resource.organizationId !== caller.organization.id ||
        resource.type !== grant.resource
      ) {
        throw invalidField(
          `${at}/resourceIds/${j}`,
          `No ${grant.resource.replace(/s$/, "")} ${id} in this organization.`,
        );
      }
    });
  });
}

/** S3: organizations on the solo plan can only hold full-access tokens. */
export function checkPlan(caller: Caller, scopes: readonly ScopeGrant[]): void {
  if (caller.organization.plan === "solo" && !isFullAccess(scopes)) {
    throw new DomainError(
      403,
      "plan_upgrade_required",
      "The solo plan allows full-access tokens only; upgrade to teams or enterprise for scoped tokens.",
    );
  }
}

/**
 * T3: every grant named explicitly must be within what the caller can do now, and so must what the
 * token would be able to do under its role (or its owner's current role). `*` therefore means
 * "everything the token's role allows", which a developer may grant within their own role.
 */
export function checkNoEscalation(
  ctx: ServiceContext,
  caller: Caller,
  token: Pick<TokenRecord, "type" | "role" | "ownerUserId" | "organizationId" | "scopes">,
): void {
  const role =
    token.type === "organization"
      ? (token.role ?? "developer")
      : (ctx.store.membership(token.ownerUserId ?? "", token.organizationId)?.role ?? "developer");
  const named = token.scopes.filter((grant) => grant.resource !== "*");
  const refused = [
    ...new Set([
      ...escalations(caller.permissions, effectivePermissions(named, "admin")),
      ...escalations(caller.permissions, effectivePermissions(token.scopes, role)),
    ]),
  ];
  if (token.type === "organization" && token.role === "admin" && caller.role !== "admin")
    refused.unshift("role:admin");
  if (refused.length > 0) {
    throw new DomainError(
      403,
      "scope_escalation",
      `A token cannot be given more than its creator holds: ${refused.join(", ")}.`,
      {
        refused,
      },
    );
  }
}

/** T5: 1-100 characters after trimming. Returns the trimmed label. */
export function checkLabel(label: string): string {
  const trimmed = label.trim();
  if (trimmed.length < 1 || trimmed.length > 100) {
    throw invalidField("/body/label", "The label must be 1 to 100 characters long after trimming spaces.");
  }
  return trimmed;
}

/**
 * T13: in the future and within the organization's maximum lifetime. `undefined` (not given) means
 * never, or the cap when there is one; `null` means never and is refused under a cap.
 */
export function resolveExpiry(
  caller: Caller,
  now: number,
  expiresAt: string | null | undefined,
): number | null {
  const maxDays = caller.organization.maxTokenLifetimeDays;
  const cap = maxDays === null ? null : now + maxDays * DAY_MS;
  if (expiresAt === undefined) return cap;
  if (expiresAt === null) {
    if (cap !== null) {
      throw invalidField(
        "/body/expiresAt",
        `Tokens in this organization must expire within ${maxDays} days.`,
      );
    }
    return null;
  }
  const at = Date.parse(expiresAt);
  if (Number.isNaN(at)) throw invalidField("/body/expiresAt", "Not a valid date-time.");
  if (at <= now) throw invalidField("/body/expiresAt", "The expiry must be in the future.");
  if (cap !== null && at > cap) {
    throw invalidField("/body/expiresAt", `Tokens in this organization must expire within ${maxDays} days.`);
  }
  return at;
}
