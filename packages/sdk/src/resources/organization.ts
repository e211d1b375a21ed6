import type { RequestOptions } from "../RequestOptions.js";
import type { Organization, OrganizationPolicyUpdate } from "../types.js";

/** The caller's organization and its token policy (P5). */
export interface OrganizationResource {
  /**
   * The organization the credential acts in, with its policy; the balance is null for a credential
   * that hides sensitive data (Q2).
   * @example
   * const { policy } = await client.organization.get();
   * console.log(policy.maxTokenLifetimeDays ?? "unlimited");
   */
  get(options?: RequestOptions): Promise<Organization>;
  /**
   * Changes the token policy (admins only): only the fields given change, for tokens created or
   * edited from now on. Returns the organization.
   * @example
   * await client.organization.updatePolicy({ revokeAfterInactiveDays: 90, requireAllowedIps: true });
   */
  updatePolicy(policy: OrganizationPolicyUpdate, options?: RequestOptions): Promise<Organization>;
}
