import type { components } from "@tessera/sdk";
import type { OrganizationRecord, Role } from "../store/records.js";
import type { Caller, ServiceContext } from "./context.js";
import { policyView } from "./organization.js";
import { credentialView, iso } from "./views.js";

/** The most memberships a requester lists (the contract's `maxItems`). */
const MAX_ORGANIZATIONS = 100;

type Schemas = components["schemas"];

function membershipView(
  organization: OrganizationRecord,
  role: Role,
  hidden: boolean,
): Schemas["Membership"] {
  return {
    id: organization.id,
    name: organization.name,
    plan: organization.plan,
    balance: hidden ? null : organization.balance,
    role,
    createdAt: iso(organization.createdAt),
    updatedAt: iso(organization.updatedAt),
    policy: policyView(organization),
  };
}

/**
 * Who is calling (Q1). With `sensitiveData: hidden`, email and balances are null and their
 * pointers are listed in `redacted` (Q2).
 */
export function describeRequester(ctx: ServiceContext, caller: Caller): Schemas["Requester"] {
  const hidden = caller.sensitiveData === "hidden";
  const organization = membershipView(caller.organization, caller.role, hidden);
  const credential = credentialView(ctx, caller);
  const { user } = caller;
  if (!user) {
    return {
      kind: "organization",
      id: caller.organization.id,
      name: caller.organization.name,
      organization,
      credential,
      redacted: hidden ? ["/organization/balance"] : [],
    };
  }
  const organizations = ctx.store
    .membershipsOf(user.id)
    .slice(0, MAX_ORGANIZATIONS)
    .flatMap((m) => {
      const org = ctx.store.organization(m.organizationId);
      return org ? [membershipView(org, m.role, hidden)] : [];
    });
  return {
    kind: "user",
    id: user.id,
    name: `${user.firstName} ${user.lastName}`,
    email: hidden ? null : user.email,
    emailIsVerified: user.emailIsVerified,
    firstName: user.firstName,
    lastName: user.lastName,
    receiveReports: user.receiveReports,
    organization,
    organizations,
    credential,
    redacted: hidden
      ? ["/email", "/organization/balance", ...organizations.map((_, i) => `/organizations/${i}/balance`)]
      : [],
  };
}
