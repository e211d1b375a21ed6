import type { ScopeCatalogue, Token } from "@tessera/sdk";
import { openCreateTokenDialog } from "./createTokenDialog.js";
import { h } from "./dom.js";
import { openEditScopesDialog } from "./editScopesDialog.js";
import { errorBox } from "./errors.js";
import { loadPolicyCard } from "./policyCard.js";
import { requesterCard } from "./requesterCard.js";
import { openRevokeDialog } from "./revokeDialog.js";
import { openRotateDialog } from "./rotateDialog.js";
import type { SignedIn } from "./signInForm.js";
import { type TokenActions, tokenTable } from "./tokenTable.js";

/**
 * The signed-in page: who you are, your tokens, and buttons to create, edit, rotate and revoke
 * them, then the organization's token policy (editable by admins, P5). Every change reloads the
 * list from the API rather than patching it locally, so the page always shows what the service
 * decided (status, expiry, last use).
 *
 * @example
 * root.replaceChildren(tokenPage(signedIn, () => showSignIn()));
 */
export function tokenPage({ client, requester }: SignedIn, onSignedOut: () => void): HTMLElement {
  const notice = h("p", { class: "notice", role: "status" });
  const problems = h("div");
  const list = h("div", { class: "token-list" }, h("p", { class: "hint" }, "Loading tokens…"));
  let catalogue: ScopeCatalogue | undefined;

  const refresh = async () => {
    const tokens: Token[] = [];
    for await (const token of client.tokens.list()) tokens.push(token);
    list.replaceChildren(tokenTable(tokens, actions));
  };
  /** Shows what happened, then reloads the list (showing any error from that). */
  const changed = (message: string) => {
    notice.textContent = message;
    problems.replaceChildren();
    refresh().catch((error: unknown) => problems.replaceChildren(errorBox(error)));
  };
  // The list is shown only after the catalogue has loaded, so its edit buttons always find it.
  const actions: TokenActions = {
    editScopes(token) {
      if (!catalogue) return;
      openEditScopesDialog(client, catalogue, token, (updated) =>
        changed(`Saved the scopes of “${updated.label}”.`),
      );
    },
    rotate(token) {
      openRotateDialog(client, token, ({ token: rotated }) => changed(`Rotated “${rotated.label}”.`));
    },
    revoke(token) {
      openRevokeDialog(client, token, (revoked) => changed(`Revoked “${revoked.label}”.`));
    },
  };
  const createToken = () => {
    if (!catalogue) return;
    openCreateTokenDialog(client, catalogue, ({ token }) => changed(`Created “${token.label}”.`));
  };
  const newToken = h(
    "button",
    { type: "button", class: "primary", disabled: true, onclick: createToken },
    "New token",
  );
  const signOut = async () => {
    // Revokes the session on the server (A6). Should that fail, the session still expires on its
    // own, and this page forgets it either way.
    await client.auth.logout().catch(() => {});
    onSignedOut();
  };

  (async () => {
    catalogue = await client.scopes.list();
    newToken.disabled = false;
    await refresh();
  })().catch((error: unknown) => problems.replaceChildren(errorBox(error)));

  return h(
    "div",
    { class: "token-page" },
    h(
      "div",
      { class: "account" },
      requesterCard(requester),
      h("button", { type: "button", onclick: signOut }, "Sign out"),
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "tokens-title" },
      h("div", { class: "section-head" }, h("h2", { id: "tokens-title" }, "API tokens"), newToken),
      notice,
      problems,
      list,
    ),
    loadPolicyCard(client, requester.organization.role === "admin"),
  );
}
