import type { components, operations } from "@tessera/sdk";
import { requireScope } from "./access.js";
import type { Caller, ServiceContext } from "./context.js";
import { decodeCursor, page } from "./cursor.js";
import { DomainError } from "./errors.js";
import { iso } from "./views.js";

/** The organization's audit events, newest first (T16). Admins only. */
export function listAuditEvents(
  ctx: ServiceContext,
  caller: Caller,
  query: NonNullable<operations["listAuditEvents"]["parameters"]["query"]>,
): components["schemas"]["AuditEventPage"] {
  requireScope(caller, "tokens", "read");
  if (caller.role !== "admin")
    throw new DomainError(403, "forbidden", "Only organization admins can read audit events.");
  const limit = query.limit ?? 20;
  const below = decodeCursor("events", query.cursor);
  const events = ctx.store.auditEvents(
    caller.organization.id,
    (event) => event.seq < below && (!query.type || event.type === query.type),
    limit + 1,
  );
  const result = page("events", events, limit);
  return {
    data: result.data.map((e) => ({
      id: e.id,
      type: e.type,
      occurredAt: iso(e.occurredAt),
      organizationId: e.organizationId,
      actor: e.actor,
      token: e.token,
      // Q2: an email is sensitive data, hidden from a `hidden` credential here as in /v1/requester.
      email: caller.sensitiveData === "hidden" ? null : e.email,
      reason: e.reason ?? null,
    })),
    nextCursor: result.nextCursor,
  };
}
