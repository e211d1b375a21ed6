import type { components } from "@tessera/sdk";
import type { OrganizationRecord } from "../store/records.js";
import { requireScope } from "./access.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { auditPolicyChange } from "./events.js";
import { rescheduleLifecycle } from "./lifecycle.js";
import { iso } from "./views.js";

type Schemas = components["schemas"];

/** An organization's token policy as the contract shows it (T13, P5). */
export function policyView(organization: OrganizationRecord): Schemas["OrganizationPolicy"] {
  return {
    maxTokenLifetimeDays: organization.maxTokenLifetimeDays,
    revokeAfterInactiveDays: organization.revokeAfterInactiveDays ?? null,
    requireAllowedIps: organization.requireAllowedIps ?? false,
  };
}

function organizationView(caller: Caller, organization: OrganizationRecord): Schemas["Organization"] {
  const hidden = caller.sensitiveData === "hidden";
  return {
    id: organization.id,
    name: organization.name,
    plan: organization.plan,
    // Q2: the balance is sensitive data.
    balance: hidden ? null : organization.balance,
    createdAt: iso(organization.createdAt),
    updatedAt: iso(organization.updatedAt),
    policy: policyView(organization),
    redacted: hidden ? ["/balance"] : [],
  };
}

/** The organization the caller acts in, with its policy (P5). Any valid credential may read it. */
export function getOrganization(ctx: ServiceContext, caller: Caller): Schemas["Organization"] {
  return organizationView(caller, ctx.store.organization(caller.organization.id) ?? caller.organization);
}

/**
 * Changes the organization's token policy (P5): admins only, with `tokens:write`. Only the fields
 * given change. The lifetime cap and `requireAllowedIps` bind tokens created or edited from now on;
 * inactivity counts from now at the earliest when `revokeAfterInactiveDays` changes. Audited.
 */
export async function updateOrganizationPolicy(
  ctx: ServiceContext,
  caller: Caller,
  input: Schemas["OrganizationPolicyUpdate"],
): Promise<Schemas["Organization"]> {
  requireScope(caller, "tokens", "write");
  if (caller.role !== "admin") {
    throw new DomainError(403, "forbidden", "Only organization admins can change the token policy.");
  }
  const now = ctx.clock.now();
  const current = ctx.store.organization(caller.organization.id) ?? caller.organization;
  const change: Partial<OrganizationRecord> = { updatedAt: now };
  if (input.maxTokenLifetimeDays !== undefined) change.maxTokenLifetimeDays = input.maxTokenLifetimeDays;
  if (input.requireAllowedIps !== undefined) change.requireAllowedIps = input.requireAllowedIps;
  if (
    input.revokeAfterInactiveDays !== undefined &&
    input.revokeAfterInactiveDays !== (current.revokeAfterInactiveDays ?? null)
  ) {
    change.revokeAfterInactiveDays = input.revokeAfterInactiveDays;
    change.inactivityCountedFrom = now;
  }
  const updated = await ctx.store.updateOrganization(current.id, change);
  auditPolicyChange(ctx, caller, now);
  rescheduleLifecycle(ctx);
  return organizationView(caller, updated);
}
