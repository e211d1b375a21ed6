import type { TesseraClient, Token } from "@tessera/sdk";
import { openDialog } from "./dialog.js";
import { h } from "./dom.js";
import { field, formActions, handleSubmit, textOf } from "./forms.js";

/**
 * Opens a confirmation for revoking a token: the user types its label, and the API checks it
 * (`tokens.revoke(id, { confirm })`, T10), answering a mismatch with a 409 that the form shows.
 * A revoked token stops working at once and cannot be restored.
 *
 * @example
 * openRevokeDialog(client, token, (revoked) => refreshList());
 */
export function openRevokeDialog(
  client: TesseraClient,
  token: Token,
  onRevoked: (revoked: Token) => void,
): HTMLDialogElement {
  const errorSlot = h("div");
  const form = h(
    "form",
    { class: "token-form" },
    h(
      "p",
      { class: "warning" },
      "Anything using this token loses access at once. Revoking cannot be undone.",
    ),
    field(
      `Type “${token.label}” to confirm`,
      h("input", { name: "confirm", required: true, autocomplete: "off" }),
    ),
    errorSlot,
    formActions("Revoke token", () => dialog.close(), "danger"),
  );
  handleSubmit(form, errorSlot, async (data) => {
    const revoked = await client.tokens.revoke(token.id, { confirm: textOf(data, "confirm") });
    dialog.close();
    onRevoked(revoked);
  });
  const dialog = openDialog(`Revoke “${token.label}”`, form);
  return dialog;
}
