/**
 * Who may do what (DESIGN.md §2, S1, S3, T3): a credential's effective permissions are its scope
 * grants intersected with the role it acts with right now.
 */
import type { ResourceType, Role, ScopeGrant } from "../store/records.js";

export type Access = "read" | "write";

export const RESOURCE_TYPES: readonly ResourceType[] = [
  "tokens",
  "members",
  "zones",
  "domains",
  "certificates",
  "billing",
];
export const SELECTABLE_TYPES: ReadonlySet<ResourceType> = new Set(["zones", "domains", "certificates"]);
export const FULL_ACCESS: readonly ScopeGrant[] = Object.freeze([
  Object.freeze({ resource: "*", access: "write" }),
]);

/** The most a role may do with each resource type; null is nothing. */
const ROLE_ACCESS: Record<Role, Record<ResourceType, Access | null>> = {
  admin: {
    tokens: "write",
    members: "write",
    zones: "write",
    domains: "write",
    certificates: "write",
    billing: "write",
  },
  developer: {
    // Developers write tokens only for their own personal tokens; the token rules enforce that.
    tokens: "write",
    members: "read",
    zones: "write",
    domains: "write",
    certificates: "write",
    billing: null,
  },
};

/** What one credential may do with one resource type. `write` implies `read`. */
export interface TypePermission {
  readAll: boolean;
  writeAll: boolean;
  readIds: ReadonlySet<string>;
  writeIds: ReadonlySet<string>;
}

/**
 * The ids of a type without selected instances (nearly all of them): one shared empty set, not
 * two new ones per type, twelve per permissions worked out (a create works out two; issue 17).
 */
const NO_IDS: ReadonlySet<string> = new Set();
export type Permissions = Record<ResourceType, TypePermission>;

const weaker = (a: Access, b: Access | null): Access | null =>
  b === null ? null : a === "write" ? b : "read";

/**
 * Permissions already worked out for frozen grants (a stored token's scopes are frozen and shared,
 * see store/tokenRecords.ts), by role: authentication needs them on every request (issue 17).
 */
const computed = new WeakMap<readonly ScopeGrant[], Partial<Record<Role, Permissions>>>();

/**
 * The effective permissions of grants held under a role. For frozen grants the same object is
 * returned each time: callers only read it.
 */
export function effectivePermissions(grants: readonly ScopeGrant[], role: Role): Permissions {
  if (!Object.isFrozen(grants)) return computePermissions(grants, role);
  let byRole = computed.get(grants);
  if (byRole === undefined) {
    byRole = {};
    computed.set(grants, byRole);
  }
  const known = byRole[role];
  if (known) return known;
  const permissions = computePermissions(grants, role);
  byRole[role] = permissions;
  return permissions;
}

function computePermissions(grants: readonly ScopeGrant[], role: Role): Permissions {
  const result = {} as Permissions;
  for (const type of RESOURCE_TYPES) {
    const permission: TypePermission = { readAll: false, writeAll: false, readIds: NO_IDS, writeIds: NO_IDS };
    for (const grant of grants) {
      if (grant.resource !== "*" && grant.resource !== type) continue;
      const access = weaker(grant.access, ROLE_ACCESS[role][type]);
      if (access === null) continue;
      if (grant.resourceIds) {
        const readIds =
          permission.readIds === NO_IDS ? new Set<string>() : (permission.readIds as Set<string>);
        const writeIds =
          permission.writeIds === NO_IDS ? new Set<string>() : (permission.writeIds as Set<string>);
        for (const id of grant.resourceIds) {
          readIds.add(id);
          if (access === "write") writeIds.add(id);
        }
        permission.readIds = readIds;
        if (writeIds.size > 0) permission.writeIds = writeIds;
      } else {
        permission.readAll = true;
        if (access === "write") permission.writeAll = true;
      }
    }
    result[type] = permission;
  }
  return result;
}

/** Whether the permissions allow `access` on the type, at least for some selected instances. */
export function allowsType(permissions: Permissions, type: ResourceType, access: Access): boolean {
  const p = permissions[type];
  return access === "write" ? p.writeAll || p.writeIds.size > 0 : p.readAll || p.readIds.size > 0;
}

/** Whether the permissions allow `access` on one instance. */
export function allowsInstance(
  permissions: Permissions,
  type: ResourceType,
  access: Access,
  id: string,
): boolean {
  const p = permissions[type];
  return access === "write" ? p.writeAll || p.writeIds.has(id) : p.readAll || p.readIds.has(id);
}

/**
 * What `wanted` has that `held` does not (T3), as `type:access` or `type:access[id]`.
 * An empty list means no escalation.
 */
export function escalations(held: Permissions, wanted: Permissions): string[] {
  const refused: string[] = [];
  for (const type of RESOURCE_TYPES) {
    const have = held[type];
    const want = wanted[type];
    if (want.writeAll && !have.writeAll) refused.push(`${type}:write`);
    else if (want.readAll && !have.readAll) refused.push(`${type}:read`);
    for (const id of want.writeIds)
      if (!have.writeAll && !have.writeIds.has(id)) refused.push(`${type}:write[${id}]`);
    for (const id of want.readIds) {
      if (!want.writeIds.has(id) && !have.readAll && !have.readIds.has(id))
        refused.push(`${type}:read[${id}]`);
    }
  }
  return refused;
}

/** Whether grants are exactly full access (S3). */
export function isFullAccess(grants: readonly ScopeGrant[]): boolean {
  return (
    grants.length === 1 &&
    grants[0]?.resource === "*" &&
    grants[0].access === "write" &&
    !grants[0].resourceIds
  );
}

/** Grants as RFC 7662 / RFC 6750 scope tokens: `tokens:read`, `zones:write:zone_x`, `*:write`. */
export function scopeString(grants: readonly ScopeGrant[]): string {
  return grants
    .flatMap((g) =>
      g.resourceIds
        ? g.resourceIds.map((id) => `${g.resource}:${g.access}:${id}`)
        : [`${g.resource}:${g.access}`],
    )
    .join(" ");
}
