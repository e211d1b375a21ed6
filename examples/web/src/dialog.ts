import { type Child, h, uniqueId } from "./dom.js";

/**
 * Opens a modal `<dialog>` with a heading. Escape or `dialog.close()` closes it, and a closed dialog
 * removes itself from the page, taking anything sensitive in it (such as a secret) along.
 *
 * @example
 * const dialog = openDialog("Rotate token", form);
 * // later: dialog.close();
 */
export function openDialog(title: string, ...content: Child[]): HTMLDialogElement {
  const titleId = uniqueId("dialog-title");
  const dialog = h("dialog", { "aria-labelledby": titleId }, h("h2", { id: titleId }, title), ...content);
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
