import { createClient } from "@tessera/sdk";
import { openDialog } from "./dialog.js";
import { h } from "./dom.js";
import { field, formActions, handleSubmit, textOf } from "./forms.js";

/**
 * Opens a form for reporting secrets found where they should not be (`credentials.reportLeaked`,
 * P4). No sign-in is needed and none is sent: the API revokes every live token among them and
 * tells its owner, and answers the same whatever the secrets were, so the page can only say thanks.
 *
 * @example
 * openReportLeakDialog(location.origin);
 */
export function openReportLeakDialog(baseUrl: string): HTMLDialogElement {
  const errorSlot = h("div");
  const thanks = h("p", { class: "notice", role: "status" });
  const form = h(
    "form",
    { class: "token-form" },
    h("p", {}, "Paste each Tessera secret you found, one per line. Live ones stop working at once."),
    field(
      "Secrets found",
      h("textarea", { name: "secrets", rows: 3, required: true, autocomplete: "off", spellcheck: false }),
    ),
    thanks,
    errorSlot,
    formActions("Report", () => dialog.close(), "danger"),
  );
  handleSubmit(form, errorSlot, async (data) => {
    const secrets = textOf(data, "secrets")
      .split(/\s+/)
      .filter((secret) => secret !== "");
    if (secrets.length === 0) return;
    await createClient({ baseUrl }).credentials.reportLeaked(secrets);
    form.reset();
    thanks.textContent = "Thank you. Any live token among them has been revoked and its owner told.";
  });
  const dialog = openDialog("Report leaked secrets", form);
  return dialog;
}
