import type { TesseraClient, Token, TokenWithSecret } from "@tessera/sdk";
import { openDialog } from "./dialog.js";
import { h } from "./dom.js";
import { field, formActions, handleSubmit, textOf } from "./forms.js";
import { showSecretOnce } from "./secretDialog.js";

const GRACE_PERIODS = [
  { seconds: 0, label: "Stop at once" },
  { seconds: 3600, label: "Keep working for 1 hour" },
  { seconds: 86_400, label: "Keep working for 24 hours" },
];

/**
 * Opens a confirmation for rotating a token (`tokens.rotate`, T11): a new secret, shown once, while
 * the old one keeps working for the chosen grace period so deployments can switch over.
 *
 * @example
 * openRotateDialog(client, token, (rotated) => refreshList());
 */
export function openRotateDialog(
  client: TesseraClient,
  token: Token,
  onRotated: (rotated: TokenWithSecret) => void,
): HTMLDialogElement {
  const errorSlot = h("div");
  const form = h(
    "form",
    { class: "token-form" },
    h("p", {}, `“${token.label}” gets a new secret. Update everything that uses the current one.`),
    field(
      "The current secret",
      h(
        "select",
        { name: "gracePeriodSeconds" },
        ...GRACE_PERIODS.map(({ seconds, label }) => h("option", { value: seconds }, label)),
      ),
    ),
    errorSlot,
    formActions("Rotate token", () => dialog.close()),
  );
  handleSubmit(form, errorSlot, async (data) => {
    const rotated = await client.tokens.rotate(token.id, {
      gracePeriodSeconds: Number(textOf(data, "gracePeriodSeconds")),
    });
    dialog.close();
    showSecretOnce("Token rotated", rotated.token, rotated.secret);
    onRotated(rotated);
  });
  const dialog = openDialog(`Rotate “${token.label}”`, form);
  return dialog;
}
