import type { components } from "@tessera/sdk";
import { manageableToken } from "./access.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { auditTokenEvent, notifyTokenEvent } from "./events.js";
import { tokenView } from "./views.js";

/**
 * Revokes a token at once (T10): the next request with any of its secrets is 401. `confirm`, when
 * given, must equal the label exactly. Revoking a revoked token returns it unchanged.
 */
export function revokeToken(
  ctx: ServiceContext,
  caller: Caller,
  id: string,
  confirm: string | undefined,
): components["schemas"]["Token"] {
  const token = manageableToken(ctx, caller, id);
  if (confirm !== undefined && confirm !== token.label) {
    throw new DomainError(409, "confirmation_mismatch", "The confirmation does not match the token's label.");
  }
  // One instant for the revocation, its events and the answer.
  const now = ctx.clock.now();
  if (token.revokedAt !== null) return tokenView(ctx, token, now);
  const revoked = ctx.store.updateToken(token.id, { revokedAt: now, revocationReason: "manual" });
  const details = { occurredAt: now, reason: "manual" } as const;
  auditTokenEvent(ctx, caller, "token.revoked", revoked, details);
  notifyTokenEvent(ctx, caller, "token.revoked", revoked, details);
  return tokenView(ctx, revoked, now);
}
