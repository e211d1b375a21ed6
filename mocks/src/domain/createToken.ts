import type { components } from "@tessera/sdk";
import type { TokenRecord } from "../store/records.js";
import { ownerKey } from "../store/records.js";
import { requireScope } from "./access.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError, invalidField } from "./errors.js";
import { auditTokenEvent, notifyTokenEvent } from "./events.js";
import { checkGrantShapes, checkLabel, checkNoEscalation, checkPlan, resolveExpiry } from "./grants.js";
import { scheduleLifecycle } from "./lifecycle.js";
import { newId } from "./randomIds.js";
import { generateSecret, hashSecret, secretPrefix } from "./secrets.js";
import { checkDescription } from "./text.js";
import { checkAllowedIps, checkNotBefore, requirePolicyAllowedIps } from "./tokenPolicy.js";
import { tokenStatus, tokenView } from "./views.js";

type Schemas = components["schemas"];

/** Active tokens of the owner of `token` at `now` (T4). */
export function activeTokenCount(ctx: ServiceContext, owner: string, now: number): number {
  let count = 0;
  for (const id of ctx.store.liveTokenIdsOwnedBy(owner)) {
    const token = ctx.store.token(id);
    if (token && tokenStatus(token, now) === "active") count++;
  }
  return count;
}

/**
 * Creates a personal or organization token and returns it with its secret (T1-T5, T13, S3, T16,
 * P1, P2, P5). Nothing beyond the caller (H1): not its scopes or role, not `visible` from a `hidden`
 * caller, not an expiry later than its own, not an address outside its own allow-list. Every check
 * runs before the first write, so a refused request changes nothing.
 */
export function createToken(
  ctx: ServiceContext,
  caller: Caller,
  input: Schemas["TokenCreateRequest"],
): Schemas["TokenWithSecret"] {
  // One instant for the whole request: the expiry the cap allows counts from the createdAt it
  // stores (T13), never from a second, later read of the clock; its events and status use it too.
  const now = ctx.clock.now();
  const { draft, label, description, expiresAt, allowedIps, notBefore } = authorizeCreateToken(
    ctx,
    caller,
    input,
    now,
  );

  const owner = ownerKey(draft);
  // T4 counts active tokens, and every active token is live (not revoked): an owner with fewer
  // live tokens than the limit is under it without a look at each one (issue 17).
  if (ctx.store.liveTokenIdsOwnedBy(owner).size >= ctx.config.tokenLimit) {
    const current = activeTokenCount(ctx, owner, now);
    if (current >= ctx.config.tokenLimit) {
      throw new DomainError(409, "token_limit_reached", `This owner already has ${current} active tokens.`, {
        limit: ctx.config.tokenLimit,
        current,
      });
    }
  }

  const secret = generateSecret(input.type === "personal" ? "pat" : "oat");
  // Every field named, in one literal: spreading `draft` and adding the rest one by one made V8
  // grow the object field by field, the single most expensive line of a create (issue 17).
  const token = ctx.store.insertToken({
    type: draft.type,
    role: draft.role,
    ownerUserId: draft.ownerUserId,
    organizationId: draft.organizationId,
    scopes: draft.scopes,
    id: newId("tok"),
    seq: ctx.store.nextSeq(),
    legacy: false,
    createdBy: {
      id: caller.user?.id ?? caller.credentialId,
      name: caller.user ? caller.principalName : [caller.principalName, "(organization token)"].join(" "),
    },
    label,
    description,
    sensitiveData: input.sensitiveData,
    prefix: secretPrefix(secret),
    createdAt: now,
    expiresAt,
    revokedAt: null,
    revocationReason: null,
    allowedIps,
    notBefore,
  });
  ctx.store.insertSecret({
    hash: hashSecret(secret),
    credentialType: "token",
    credentialId: token.id,
    validUntil: null,
  });
  const at = { occurredAt: now };
  auditTokenEvent(ctx, caller, "token.created", token, at);
  notifyTokenEvent(ctx, caller, "token.created", token, at);
  scheduleLifecycle(ctx, token);
  return { token: tokenView(ctx, token, now), secret };
}

/**
 * Whether the caller may create this token at all (T1-T3, T5, T13, S3, H1, P1, P2, P5), whatever the state
 * of the store: what an Idempotency-Key replay checks again before it answers (H2). Returns the
 * token's fields as they would be stored.
 */
export function authorizeCreateToken(
  ctx: ServiceContext,
  caller: Caller,
  input: Schemas["TokenCreateRequest"],
  now: number = ctx.clock.now(),
) {
  requireScope(caller, "tokens", "write");
  if (input.type === "organization" && caller.role !== "admin") {
    throw new DomainError(403, "forbidden", "Only organization admins can create organization tokens.");
  }
  if (input.type === "personal" && !caller.user) {
    throw new DomainError(
      403,
      "forbidden",
      "Personal tokens belong to a user; an organization token cannot create one.",
    );
  }
  if (input.type === "personal" && input.role !== undefined) {
    throw invalidField("/body/role", "Only organization tokens carry a role.");
  }
  const label = checkLabel(input.label);
  const description = checkDescription(input.description ?? null);
  checkGrantShapes(ctx, caller, input.scopes);
  checkPlan(caller, input.scopes);
  const draft = {
    type: input.type,
    role: input.type === "organization" ? (input.role ?? "developer") : null,
    ownerUserId: input.type === "personal" ? (caller.user?.id ?? null) : null,
    organizationId: caller.organization.id,
    scopes: input.scopes,
  } satisfies Partial<TokenRecord>;
  const allowedIps = checkAllowedIps(input.allowedIps) ?? null;
  requirePolicyAllowedIps(caller.organization, allowedIps);
  const expiresAt = resolveExpiry(caller, now, input.expiresAt);
  const notBefore = checkNotBefore(input.notBefore, expiresAt) ?? null;
  checkNoEscalation(
    ctx,
    caller,
    { access: draft, named: input.scopes, sensitiveData: input.sensitiveData, expiresAt, allowedIps },
    "create",
  );
  return { draft, label, description, expiresAt, allowedIps, notBefore };
}
