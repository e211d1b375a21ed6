import type { Organization, OrganizationPolicy, TesseraClient } from "@tessera/sdk";
import { h } from "./dom.js";
import { errorBox } from "./errors.js";
import { field, handleSubmit, textOf } from "./forms.js";

/** A policy in words, e.g. `Tokens live at most 90 days`. */
function describePolicy(policy: OrganizationPolicy): string[] {
  return [
    policy.maxTokenLifetimeDays === null
      ? "Tokens may live without an expiry."
      : `Tokens live at most ${policy.maxTokenLifetimeDays} days.`,
    policy.revokeAfterInactiveDays === null
      ? "Unused tokens are kept."
      : `Tokens unused for ${policy.revokeAfterInactiveDays} days are revoked.`,
    policy.requireAllowedIps
      ? "New and edited tokens must carry an IP allow-list."
      : "Tokens may be used from any address.",
  ];
}

/** A number input's value as whole days, or null when it is empty (no limit). */
const daysOf = (data: FormData, name: string) => {
  const text = textOf(data, name).trim();
  return text === "" ? null : Number(text);
};

/**
 * The organization's token policy (`organization.get`, P5). Admins can change it
 * (`organization.updatePolicy`): the longest token lifetime, how many idle days revoke a token,
 * and whether tokens must carry an IP allow-list; the API's refusals are shown in the form. Others
 * see the policy in words.
 *
 * @example
 * page.append(policyCard(client, await client.organization.get(), requester.organization.role === "admin"));
 */
export function policyCard(client: TesseraClient, organization: Organization, admin: boolean): HTMLElement {
  const summary = h("ul", { class: "policy" });
  const notice = h("p", { class: "notice", role: "status" });
  const show = (policy: OrganizationPolicy) =>
    summary.replaceChildren(...describePolicy(policy).map((line) => h("li", {}, line)));
  show(organization.policy);
  const card = h(
    "section",
    { class: "card", "aria-labelledby": "policy-title" },
    h("h2", { id: "policy-title" }, "Token policy"),
    summary,
    notice,
  );
  if (!admin) return card;

  const { policy } = organization;
  const errorSlot = h("div");
  const days = (name: string, value: number | null, max: number) =>
    h("input", { name, type: "number", min: 1, max, step: 1, value: value ?? "", inputmode: "numeric" });
  const form = h(
    "form",
    { class: "token-form policy-form" },
    h(
      "div",
      { class: "form-grid" },
      field(
        "Longest token lifetime (days)",
        days("maxTokenLifetimeDays", policy.maxTokenLifetimeDays, 36525),
        "Empty: no limit. Applies to expiries set from now on.",
      ),
      field(
        "Revoke tokens unused for (days)",
        days("revokeAfterInactiveDays", policy.revokeAfterInactiveDays, 3650),
        "Empty: never. Counted from now at the earliest.",
      ),
    ),
    h(
      "label",
      { class: "choice" },
      h("input", { type: "checkbox", name: "requireAllowedIps", checked: policy.requireAllowedIps }),
      h("span", {}, "Require an IP allow-list on new and edited tokens"),
    ),
    errorSlot,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Save policy")),
  );
  handleSubmit(form, errorSlot, async (data) => {
    const updated = await client.organization.updatePolicy({
      maxTokenLifetimeDays: daysOf(data, "maxTokenLifetimeDays"),
      revokeAfterInactiveDays: daysOf(data, "revokeAfterInactiveDays"),
      requireAllowedIps: data.get("requireAllowedIps") === "on",
    });
    show(updated.policy);
    notice.textContent = "Saved the token policy.";
  });
  card.append(form);
  return card;
}

/** The policy card once the organization has loaded (or the error that kept it from loading). */
export function loadPolicyCard(client: TesseraClient, admin: boolean): HTMLElement {
  const slot = h("div", {}, h("p", { class: "hint" }, "Loading the token policy…"));
  client.organization
    .get()
    .then((organization) => slot.replaceChildren(policyCard(client, organization, admin)))
    .catch((error: unknown) => slot.replaceChildren(errorBox(error)));
  return slot;
}
