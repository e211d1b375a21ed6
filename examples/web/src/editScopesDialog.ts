import type { ScopeCatalogue, TesseraClient, Token } from "@tessera/sdk";
import { openDialog } from "./dialog.js";
import { h } from "./dom.js";
import { formActions, handleSubmit } from "./forms.js";
import { scopePicker } from "./scopePicker.js";

/**
 * Opens a form for changing a token's scopes (`tokens.update`, T9). The change applies from the
 * token's next request; the secret stays the same. Scopes beyond the editor's own are refused (T3).
 *
 * @example
 * openEditScopesDialog(client, catalogue, token, (updated) => refreshList());
 */
export function openEditScopesDialog(
  client: TesseraClient,
  catalogue: ScopeCatalogue,
  token: Token,
  onSaved: (updated: Token) => void,
): HTMLDialogElement {
  const picker = scopePicker(client, catalogue, token.scopes);
  const errorSlot = h("div");
  const form = h(
    "form",
    { class: "token-form" },
    h("p", {}, "The new scopes apply from the token's next request; its secret does not change."),
    picker.element,
    errorSlot,
    formActions("Save scopes", () => dialog.close()),
  );
  handleSubmit(form, errorSlot, async () => {
    const updated = await client.tokens.update(token.id, { scopes: picker.scopes() });
    dialog.close();
    onSaved(updated);
  });
  const dialog = openDialog(`Edit scopes of “${token.label}”`, form);
  return dialog;
}
