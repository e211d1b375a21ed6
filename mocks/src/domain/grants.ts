/**
 * Checks the scopes, role, label and expiry of a token being created or edited: shape rules the
 * schema cannot express (S1, T5, T13), the plan rule (S3) and no escalation by any path (T3, H1):
 * scopes, role, sensitive data and lifetime, on create, edit and rotate.
 */
import type { ScopeGrant, SensitiveData, TokenRecord } from "../store/records.js";
import { LATEST_TIME } from "./clock.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError, invalidField } from "./errors.js";
import { effectivePermissions, escalations, isFullAccess, SELECTABLE_TYPES } from "./permissions.js";
import { allowedIpsEscalations } from "./tokenPolicy.js";
import { iso } from "./views.js";

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

/** What a create, edit or rotate would give a token (H1); a part left out is not measured. */
export interface Given {
  /** The token's type, role, owner and scopes as they would be: what it could do must be covered. */
  access?: Pick<TokenRecord, "type" | "role" | "ownerUserId" | "organizationId" | "scopes">;
  /** The grants the request names (create, and an edit of scopes): each is measured on its own too. */
  named?: readonly ScopeGrant[];
  /** The token's sensitiveData as it would be: `visible` is refused to a `hidden` caller. */
  sensitiveData?: SensitiveData;
  /** The token's expiry as it would be (null for never): no later than the caller's own. */
  expiresAt?: number | null;
  /** The token's allow-list as it would be (null for any address): within the caller's own (P1). */
  allowedIps?: readonly string[] | null;
}

/** How a request gives, which only changes how the refusal reads. */
export type Giving = "create" | "edit" | "rotate";

const DETAIL: Record<Giving, string> = {
  create: "A token cannot be given more than the credential creating it holds",
  edit: "A token cannot be edited to hold more than the credential editing it holds",
  rotate: "A credential can rotate only itself or a token that can do no more than it can",
};

/** The earlier of two expiries, where null is never. */
const earliest = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

/** Whether expiry `a` is later than `b`, where null is never and so the latest of all. */
export const isLater = (a: number | null, b: number | null): boolean =>
  a === null ? b !== null : b !== null && a > b;

/**
 * H1: the latest expiry a credential may give a token, in epoch milliseconds; null when it may give
 * any (a session, or a token that never expires). A secret rotated out and still in its grace
 * period (T11) stops at the end of it, so that is its limit.
 */
export function lifetimeLimit(caller: Caller): number | null {
  if (caller.credential.type === "session") return null;
  return earliest(caller.credential.record.expiresAt, caller.secret.validUntil);
}

/**
 * T3 and H1: what `given` has that the caller does not, as `role:admin`, `type:access`,
 * `type:access[id]`, `sensitiveData:visible`, `expiresAt` and `allowedIps` (or
 * `allowedIps[<block>]`, P1), in that order. Empty when nothing escalates.
 *
 * Scopes: what the token would be able to do under its role (or its owner's current role) must be
 * within what the caller can do now, and so must every grant the request names. `*` therefore means
 * "everything the token's role allows", which a developer may grant within their own role. An
 * admin-role organization token needs an admin caller.
 */
export function escalationsOf(ctx: ServiceContext, caller: Caller, given: Given): string[] {
  const refused: string[] = [];
  const token = given.access;
  if (token) {
    const role =
      token.type === "organization"
        ? (token.role ?? "developer")
        : (ctx.store.membership(token.ownerUserId ?? "", token.organizationId)?.role ?? "developer");
    if (token.type === "organization" && token.role === "admin" && caller.role !== "admin")
      refused.push("role:admin");
    const named = (given.named ?? []).filter((grant) => grant.resource !== "*");
    const scopes = new Set([
      ...escalations(caller.permissions, effectivePermissions(named, "admin")),
      ...escalations(caller.permissions, effectivePermissions(token.scopes, role)),
    ]);
    refused.push(...scopes);
  }
  if (given.sensitiveData === "visible" && caller.sensitiveData === "hidden") {
    refused.push("sensitiveData:visible");
  }
  const limit = lifetimeLimit(caller);
  if (given.expiresAt !== undefined && limit !== null && isLater(given.expiresAt, limit)) {
    refused.push("expiresAt");
  }
  if (given.allowedIps !== undefined) refused.push(...allowedIpsEscalations(caller, given.allowedIps));
  return refused;
}

/**
 * T3 and H1: refuses with 403 `scope_escalation` naming everything in `given` beyond the caller
 * (see {@link escalationsOf}). Call it before the first write.
 *
 * @example checkNoEscalation(ctx, caller, { access: draft, named: draft.scopes, sensitiveData, expiresAt }, "create");
 */
export function checkNoEscalation(
  ctx: ServiceContext,
  caller: Caller,
  given: Given,
  giving: Giving = "create",
): void {
  const refused = escalationsOf(ctx, caller, given);
  if (refused.length === 0) return;
  const limit = lifetimeLimit(caller);
  const lifetime =
    refused.includes("expiresAt") && limit !== null
      ? ` No token can be given an expiry later than this credential's own (${iso(limit)}).`
      : "";
  throw new DomainError(403, "scope_escalation", `${DETAIL[giving]}: ${refused.join(", ")}.${lifetime}`, {
    refused,
  });
}

/** T5 and E5: the label's rule (clean text, 1-100 code points after trimming) lives in text.ts. */
export { checkLabel } from "./text.js";

/**
 * T13: in the future and within the organization's maximum lifetime. `undefined` (not given) means
 * the earliest of the organization's cap and, for a token that itself expires, the caller's own
 * expiry (H1), or never when neither applies; `null` means never and is refused under a cap.
 */
export function resolveExpiry(
  caller: Caller,
  now: number,
  expiresAt: string | null | undefined,
): number | null {
  const maxDays = caller.organization.maxTokenLifetimeDays;
  const cap = maxDays === null ? null : now + maxDays * DAY_MS;
  if (expiresAt === undefined) return earliest(cap, lifetimeLimit(caller));
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
  if (at > LATEST_TIME) throw invalidField("/body/expiresAt", "The expiry must be no later than 9999-12-31.");
  if (cap !== null && at > cap) {
    throw invalidField("/body/expiresAt", `Tokens in this organization must expire within ${maxDays} days.`);
  }
  return at;
}
