import type { components } from "@tessera/sdk";
import type { TokenRecord } from "../store/records.js";
import { manageableToken, requireActive } from "./access.js";
import type { Caller, ServiceContext } from "./context.js";
import { invalidField } from "./errors.js";
import { auditTokenEvent } from "./events.js";
import { checkGrantShapes, checkLabel, checkNoEscalation, checkPlan, resolveExpiry } from "./grants.js";
import { tokenView } from "./views.js";

type Schemas = components["schemas"];

/**
 * Edits a token (T9). Scope and role changes obey S3 and T3 like creation; the change applies to
 * the very next request because authentication reads the token afresh each time.
 */
export async function updateToken(
  ctx: ServiceContext,
  caller: Caller,
  id: string,
  input: Schemas["TokenUpdateRequest"],
): Promise<Schemas["Token"]> {
  const token = manageableToken(ctx, caller, id);
  const now = ctx.clock.now();
  requireActive(token, now, "edited");
  if (input.role !== undefined && token.type !== "organization") {
    throw invalidField("/body/role", "Only organization tokens carry a role.");
  }
  const change: Partial<TokenRecord> = {};
  if (input.label !== undefined) change.label = checkLabel(input.label);
  if (input.description !== undefined) change.description = input.description;
  if (input.sensitiveData !== undefined) change.sensitiveData = input.sensitiveData;
  if (input.role !== undefined) change.role = input.role;
  if (input.scopes !== undefined) {
    checkGrantShapes(ctx, caller, input.scopes);
    checkPlan(caller, input.scopes);
    change.scopes = input.scopes;
  }
  if (input.scopes !== undefined || input.role !== undefined)
    checkNoEscalation(ctx, caller, { ...token, ...change });
  if (input.expiresAt !== undefined) change.expiresAt = resolveExpiry(caller, now, input.expiresAt);

  const updated = await ctx.store.updateToken(token.id, change);
  await auditTokenEvent(ctx, caller, "token.updated", updated);
  return tokenView(ctx, updated);
}
