import type { components } from "@tessera/sdk";
import type { TokenRecord } from "../store/records.js";
import { manageableToken, requireActive, requireScope } from "./access.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError, invalidField } from "./errors.js";
import { auditTokenEvent, notifyTokenEvent } from "./events.js";
import { checkNoEscalation, resolveExpiry } from "./grants.js";
import { scheduleLifecycle } from "./lifecycle.js";
import { generateSecret, hashSecret, secretPrefix } from "./secrets.js";
import { allowedIpsOf } from "./tokenPolicy.js";
import { tokenView } from "./views.js";

type Schemas = components["schemas"];

/**
 * Issues a new secret for a token (T11). Old secrets keep working for `gracePeriodSeconds`.
 * Rotating a legacy key migrates it to an organization token secret. Only the owner of a personal
 * token may rotate it: the new secret acts as the owner.
 *
 * H1: the new secret is the whole token, so a credential may rotate only itself or a token it
 * covers: what the token can do under its role (an admin-role organization token needs an admin
 * caller), `visible` only from a `visible` caller, a (resulting) expiry no later than the caller's
 * own, and an allow-list within the caller's (P1). Rotating itself is always allowed, but a new
 * `expiresAt` obeys the lifetime rule.
 */
export function rotateToken(
  ctx: ServiceContext,
  caller: Caller,
  id: string,
  input: Partial<Schemas["TokenRotateRequest"]> = {},
): Schemas["TokenWithSecret"] {
  // One instant for the whole request (T13): the new expiry and the old secret's grace count from it.
  const now = ctx.clock.now();
  const { token, change } = authorizeRotateToken(ctx, caller, id, input, now);
  requireActive(token, now, "rotated");

  const secret = generateSecret(token.type === "personal" ? "pat" : "oat");
  const validUntil = now + (input.gracePeriodSeconds ?? 0) * 1000;
  for (const old of ctx.store.secretsOf(token.id)) {
    if (old.validUntil === null || old.validUntil > validUntil)
      ctx.store.updateSecret(old.hash, { validUntil });
  }
  ctx.store.insertSecret({
    hash: hashSecret(secret),
    credentialType: "token",
    credentialId: token.id,
    validUntil: null,
  });
  const rotated = ctx.store.updateToken(token.id, {
    ...change,
    prefix: secretPrefix(secret),
    legacy: false,
  });
  const at = { occurredAt: now };
  auditTokenEvent(ctx, caller, "token.rotated", rotated, at);
  notifyTokenEvent(ctx, caller, "token.rotated", rotated, at);
  scheduleLifecycle(ctx, rotated);
  return { token: tokenView(ctx, rotated, now), secret };
}

/**
 * Whether the caller may rotate this token at all (T11, H1), whatever state it is in: what an
 * Idempotency-Key replay checks again before it answers (H2). Returns the token and the change a
 * new `expiresAt` makes.
 */
export function authorizeRotateToken(
  ctx: ServiceContext,
  caller: Caller,
  id: string,
  input: Partial<Schemas["TokenRotateRequest"]> = {},
  now: number = ctx.clock.now(),
) {
  const itself = caller.credential.type === "token" && caller.credentialId === id;
  // A credential may always rotate itself (H1), even one that cannot see organization tokens.
  const token = itself ? ownToken(caller) : manageableToken(ctx, caller, id);
  if (caller.secret.validUntil !== null) {
    // H1: a secret already rotated out must not mint a fresh one (nor cut off the current secret).
    throw new DomainError(
      403,
      "forbidden",
      "This secret was rotated out; rotate with the token's current secret.",
    );
  }
  if (token.type === "personal" && token.ownerUserId !== caller.user?.id) {
    throw new DomainError(403, "forbidden", "Only the owner of a personal token can rotate it.");
  }
  const change: Partial<TokenRecord> = {};
  if (input.expiresAt !== undefined) change.expiresAt = resolveExpiry(caller, now, input.expiresAt);
  const expiresAt = change.expiresAt !== undefined ? change.expiresAt : token.expiresAt;
  if (token.notBefore != null && expiresAt !== null && token.notBefore >= expiresAt) {
    throw invalidField("/body/expiresAt", "The expiry must be later than the token's notBefore.");
  }
  const whole = { access: token, sensitiveData: token.sensitiveData, allowedIps: allowedIpsOf(token) };
  checkNoEscalation(ctx, caller, itself ? { expiresAt } : { ...whole, expiresAt }, "rotate");
  return { token, change };
}

/** The calling token itself, once it holds `tokens:write`. */
function ownToken(caller: Caller): TokenRecord {
  requireScope(caller, "tokens", "write");
  if (caller.credential.type !== "token") throw new Error("a session is not a token");
  return caller.credential.record;
}
