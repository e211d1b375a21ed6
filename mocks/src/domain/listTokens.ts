import type { components, operations } from "@tessera/sdk";
import type { TokenRecord } from "../store/records.js";
import { canSee, requireScope, visibleToken } from "./access.js";
import type { Caller, ServiceContext } from "./context.js";
import { decodeCursor, page } from "./cursor.js";
import { tokenStatus, tokenView } from "./views.js";

type Query = NonNullable<operations["listTokens"]["parameters"]["query"]>;

/**
 * Lists the tokens the caller may see, newest first, with filters (T7).
 * @note Walks the caller's organization from the newest token and stops after `limit + 1` matches,
 * so the first page costs the same however many tokens exist.
 */
export function listTokens(
  ctx: ServiceContext,
  caller: Caller,
  query: Query,
): components["schemas"]["TokenPage"] {
  requireScope(caller, "tokens", "read");
  const limit = query.limit ?? 20;
  const below = decodeCursor("tokens", query.cursor);
  const search = query.search?.toLowerCase();
  const now = ctx.clock.now();
  // Admins see the whole organization; anyone else only their own personal tokens (an organization
  // token without the admin role, none), so walk just those.
  const ids =
    caller.role === "admin"
      ? ctx.store.tokenIdsOf(caller.organization.id)
      : caller.user
        ? ctx.store.tokenIdsOwnedBy(`user:${caller.user.id}`)
        : [];
  const found: TokenRecord[] = [];
  for (let i = ids.length - 1; i >= 0 && found.length <= limit; i--) {
    const token = ctx.store.token(ids[i] as string);
    if (!token || token.seq >= below || !canSee(caller, token)) continue;
    if (query.type && token.type !== query.type) continue;
    if (query.status && tokenStatus(token, now) !== query.status) continue;
    if (search && !token.label.toLowerCase().includes(search)) continue;
    found.push(token);
  }
  const result = page("tokens", found, limit);
  // Shown with the instant the filter used: `?status=active` never lists an `expired` token.
  return { data: result.data.map((t) => tokenView(ctx, t, now)), nextCursor: result.nextCursor };
}

/** One token (T8): 404 when the caller may not see it. */
export function getToken(ctx: ServiceContext, caller: Caller, id: string): components["schemas"]["Token"] {
  requireScope(caller, "tokens", "read");
  return tokenView(ctx, visibleToken(ctx, caller, id));
}
