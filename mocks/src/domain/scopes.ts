import type { components, operations } from "@tessera/sdk";
import type { SelectableResourceType } from "../store/records.js";
import { requireScope } from "./access.js";
import type { Caller, ServiceContext } from "./context.js";
import { decodeCursor, page } from "./cursor.js";
import { allowsInstance, FULL_ACCESS, RESOURCE_TYPES, SELECTABLE_TYPES } from "./permissions.js";

type Schemas = components["schemas"];

const DESCRIPTIONS: Record<(typeof RESOURCE_TYPES)[number], string> = {
  tokens: "API tokens: list and inspect them (read), create, edit, rotate and revoke them (write).",
  members: "Organization members and their roles.",
  zones: "DNS zones and their records.",
  domains: "Registered domains and their settings.",
  certificates: "TLS certificates: issue, renew and download.",
  billing: "Invoices, payment methods and the account balance.",
};

/** The scope catalogue (S2), with whether the caller's plan allows scoped tokens (S3). */
export function scopeCatalogue(caller: Caller): Schemas["ScopeCatalogue"] {
  return {
    resources: RESOURCE_TYPES.map((resource) => ({
      resource,
      description: DESCRIPTIONS[resource],
      accesses: ["read", "write"],
      selectable: SELECTABLE_TYPES.has(resource),
    })),
    fullAccess: { ...(FULL_ACCESS[0] as Schemas["ScopeGrant"]) },
    plan: caller.organization.plan,
    scopedTokensAllowed: caller.organization.plan !== "solo",
  };
}

/**
 * The instances of a selectable type the caller may grant (S2), newest first; needs
 * `<type>:read`, and a caller restricted to selected instances sees only those.
 */
export function listSelectableResources(
  ctx: ServiceContext,
  caller: Caller,
  type: SelectableResourceType,
  query: NonNullable<operations["listScopeResources"]["parameters"]["query"]>,
): Schemas["SelectableResourcePage"] {
  requireScope(caller, type, "read");
  const below = decodeCursor(type, query.cursor);
  const visible = ctx.store
    .resourcesOf(caller.organization.id, type)
    .filter((r) => r.seq < below && allowsInstance(caller.permissions, type, "read", r.id))
    .reverse();
  const result = page(type, visible, query.limit ?? 20);
  return { data: result.data.map(({ id, name }) => ({ id, type, name })), nextCursor: result.nextCursor };
}
