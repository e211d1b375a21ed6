import type { components } from "@tessera/sdk";
import type { TokenRecord } from "../store/records.js";
import { manageableToken, requireActive } from "./access.js";
import type { Caller, ServiceContext } from "./context.js";
import { invalidField } from "./errors.js";
import { auditTokenEvent } from "./events.js";
import {
  checkGrantShapes,
  checkLabel,
  checkNoEscalation,
  checkPlan,
  isLater,
  resolveExpiry,
} from "./grants.js";
import { scheduleLifecycle } from "./lifecycle.js";
import { checkDescription } from "./text.js";
import {
  allowedIpsOf,
  checkAllowedIps,
  checkNotBefore,
  requirePolicyAllowedIps,
  widensAllowedIps,
} from "./tokenPolicy.js";
import { tokenView } from "./views.js";

type Schemas = components["schemas"];

/**
 * Edits a token (T9). Scope and role changes obey S3 and T3 like creation, and no edit gives more
 * than the caller holds (H1): an edit that gives anything is measured on the whole token after it
 * (its scopes under its role, `visible` only from a `visible` caller, an expiry no later than the
 * caller's own, an allow-list within the caller's: P1), itself included. Under the organization's
 * `requireAllowedIps` every edit must leave the token with an allow-list (P5). The change applies to
 * the very next request because authentication reads the token afresh each time. Every check runs
 * before the write.
 */
export function updateToken(
  ctx: ServiceContext,
  caller: Caller,
  id: string,
  input: Schemas["TokenUpdateRequest"],
): Schemas["Token"] {
  const token = manageableToken(ctx, caller, id);
  const now = ctx.clock.now();
  requireActive(token, now, "edited");
  if (input.role !== undefined && token.type !== "organization") {
    throw invalidField("/body/role", "Only organization tokens carry a role.");
  }
  const change: Partial<TokenRecord> = {};
  if (input.label !== undefined) change.label = checkLabel(input.label);
  if (input.description !== undefined) change.description = checkDescription(input.description);
  if (input.sensitiveData !== undefined) change.sensitiveData = input.sensitiveData;
  if (input.role !== undefined) change.role = input.role;
  if (input.scopes !== undefined) {
    checkGrantShapes(ctx, caller, input.scopes);
    checkPlan(caller, input.scopes);
    change.scopes = input.scopes;
  }
  if (input.expiresAt !== undefined) change.expiresAt = resolveExpiry(caller, now, input.expiresAt);
  if (input.allowedIps !== undefined) change.allowedIps = checkAllowedIps(input.allowedIps) ?? null;
  const expiresAfter = change.expiresAt !== undefined ? change.expiresAt : token.expiresAt;
  if (input.notBefore !== undefined) change.notBefore = checkNotBefore(input.notBefore, expiresAfter) ?? null;
  const startsAfter = change.notBefore !== undefined ? change.notBefore : (token.notBefore ?? null);
  if (startsAfter !== null && expiresAfter !== null && startsAfter >= expiresAfter) {
    throw invalidField("/body/expiresAt", "The expiry must be later than the token's notBefore.");
  }
  requirePolicyAllowedIps(
    caller.organization,
    change.allowedIps !== undefined ? change.allowedIps : token.allowedIps,
  );
  // H1: what an edit gives (scopes, a role, `visible`, a later expiry) it gives to the token as a
  // whole, so the token after the edit is measured whole, as a rotation is. Otherwise two
  // credentials could combine into one neither is: a never-expiring narrow token extending a
  // full-access one that expires soon. Label, description, `hidden` and an earlier expiry give
  // nothing.
  // An allow-list widened (lifted, or a block outside it) and an earlier start (P1, P2) give too.
  const after = { ...token, ...change };
  const gives =
    input.scopes !== undefined ||
    input.role !== undefined ||
    input.sensitiveData === "visible" ||
    isLater(after.expiresAt, token.expiresAt) ||
    widensAllowedIps(allowedIpsOf(after), allowedIpsOf(token)) ||
    startsEarlier(after.notBefore ?? null, token.notBefore ?? null, now);
  if (gives) {
    const named = input.scopes !== undefined ? { named: input.scopes } : {};
    const whole = {
      access: after,
      sensitiveData: after.sensitiveData,
      expiresAt: after.expiresAt,
      allowedIps: allowedIpsOf(after),
    };
    checkNoEscalation(ctx, caller, { ...whole, ...named }, "edit");
  }

  const updated = ctx.store.updateToken(token.id, change);
  auditTokenEvent(ctx, caller, "token.updated", updated, { occurredAt: now });
  scheduleLifecycle(ctx, updated);
  return tokenView(ctx, updated, now);
}

/**
 * Whether start `a` makes a token that has not started yet (`b` after `now`) start earlier; null is
 * "at once", the earliest of all.
 */
function startsEarlier(a: number | null, b: number | null, now: number): boolean {
  return b !== null && b > now && (a === null || a < b);
}
