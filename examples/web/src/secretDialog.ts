import type { Token } from "@tessera/sdk";
import { openDialog } from "./dialog.js";
import { h } from "./dom.js";
import { field } from "./forms.js";

/**
 * Shows a new secret (from `tokens.create` or `tokens.rotate`) once, with a copy button and a
 * warning. The API never returns the secret again, and closing the dialog removes it from the page,
 * so nothing else in the app should keep it.
 *
 * @example
 * const { token, secret } = await client.tokens.create(body);
 * showSecretOnce("Token created", token, secret);
 */
export function showSecretOnce(title: string, token: Token, secret: string): HTMLDialogElement {
  const secretInput = h("input", {
    class: "secret",
    readonly: true,
    value: secret,
    spellcheck: "false",
    autocomplete: "off",
  });
  secretInput.addEventListener("focus", () => secretInput.select());
  const copyStatus = h("p", { class: "copy-status", role: "status" });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      copyStatus.textContent = "Copied to the clipboard.";
    } catch {
      secretInput.select();
      copyStatus.textContent = "Could not copy automatically: the secret is selected, press Ctrl+C (⌘C).";
    }
  };
  return openDialog(
    title,
    h(
      "p",
      { class: "warning" },
      h("strong", {}, "Copy this secret now: it will not be shown again. "),
      "Tessera stores only a hash of it. If you lose it, rotate the token to get a new one.",
    ),
    h(
      "div",
      { class: "secret-row" },
      field(`Secret of “${token.label}”`, secretInput),
      h("button", { type: "button", class: "primary", onclick: copy }, "Copy secret"),
    ),
    copyStatus,
    // A form with method="dialog" closes the dialog when submitted: no script needed.
    h(
      "form",
      { method: "dialog", class: "actions" },
      h("button", { type: "submit" }, "Done, I have stored it"),
    ),
  );
}
