import type { Requester } from "@tessera/sdk";
import { h } from "./dom.js";
import { formatDate } from "./format.js";

/** A term and its description, grouped for a `<dl>`. */
function entry(term: string, description: string | Node): HTMLElement {
  return h("div", {}, h("dt", {}, term), h("dd", {}, description));
}

/**
 * Who is signed in (`requester.get`, Q1): the user or organization, the organization with its plan
 * and the caller's role, and the credential in use. Sensitive fields the credential may not see
 * (Q2) come back as null and are listed in `redacted`.
 *
 * @example
 * header.append(requesterCard(await client.requester.get()));
 */
export function requesterCard(requester: Requester): HTMLElement {
  const { organization, credential } = requester;
  const email =
    requester.kind === "user" && requester.email !== null
      ? requester.email
      : h("span", { class: "muted" }, "hidden");
  return h(
    "section",
    { class: "card requester", "aria-labelledby": "requester-name" },
    h("h2", { id: "requester-name" }, requester.name),
    h(
      "dl",
      {},
      requester.kind === "user" && entry("Email", email),
      entry("Organization", `${organization.name} (${organization.plan} plan)`),
      entry("Role", organization.role),
      entry(
        "Signed in with",
        credential.expiresAt
          ? `${credential.kind}, until ${formatDate(credential.expiresAt)}`
          : credential.kind,
      ),
    ),
  );
}
