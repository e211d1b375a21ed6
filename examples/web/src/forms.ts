import { h, uniqueId } from "./dom.js";
import { errorBox } from "./errors.js";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A labelled form control with an optional hint that screen readers read with it.
 *
 * @example
 * form.append(field("Label", h("input", { name: "label", required: true }), "What the token is for"));
 */
export function field(label: string, control: Control, hint?: string): HTMLElement {
  control.id ||= uniqueId("field");
  const hintId = `${control.id}-hint`;
  if (hint) control.setAttribute("aria-describedby", hintId);
  return h(
    "div",
    { class: "field" },
    h("label", { for: control.id }, label),
    control,
    hint && h("p", { id: hintId, class: "hint" }, hint),
  );
}

/** One choice of a {@link radioGroup}. */
export interface RadioOption {
  value: string;
  label: string;
  /** Extra words after the label, e.g. what the choice means. */
  hint?: string;
  disabled?: boolean;
}

/**
 * Radio buttons sharing `name`, each in its label, with `checked` selected. Put them in a fieldset
 * whose legend names the choice, or use {@link radioGroup}.
 */
export function radioChoices(name: string, options: RadioOption[], checked: string): HTMLLabelElement[] {
  return options.map((option) =>
    h(
      "label",
      { class: "choice" },
      h("input", {
        type: "radio",
        name,
        value: option.value,
        checked: option.value === checked,
        disabled: option.disabled,
      }),
      h("span", {}, option.label, option.hint && h("span", { class: "hint" }, ` ${option.hint}`)),
    ),
  );
}

/**
 * A fieldset of radio buttons sharing `name`, with `checked` selected.
 *
 * @example
 * radioGroup("Type", "type", [{ value: "personal", label: "Personal" }, { value: "organization", label: "Organization" }], "personal");
 */
export function radioGroup(
  legend: string,
  name: string,
  options: RadioOption[],
  checked: string,
): HTMLFieldSetElement {
  return h(
    "fieldset",
    { class: "choices" },
    h("legend", {}, legend),
    ...radioChoices(name, options, checked),
  );
}

/** The text of a form field, or `""` when it is missing or a file. */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * Runs `action` when the form is submitted: no page reload, buttons disabled while it runs, and
 * anything it throws shown in `errorSlot` (see {@link errorBox}).
 *
 * @example
 * handleSubmit(form, errorSlot, async (data) => {
 *   await client.tokens.update(id, { label: textOf(data, "label") });
 * });
 */
export function handleSubmit(
  form: HTMLFormElement,
  errorSlot: HTMLElement,
  action: (data: FormData) => Promise<void>,
): void {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const buttons = [...form.querySelectorAll("button")];
    errorSlot.replaceChildren();
    form.setAttribute("aria-busy", "true");
    for (const button of buttons) button.disabled = true;
    try {
      await action(new FormData(form));
    } catch (error) {
      errorSlot.replaceChildren(errorBox(error));
    } finally {
      form.removeAttribute("aria-busy");
      for (const button of buttons) button.disabled = false;
    }
  });
}

/**
 * The buttons at the end of a form: Cancel, which runs `onCancel`, and the submit button, styled
 * `"primary"` or, for destructive actions, `"danger"`.
 */
export function formActions(
  submitLabel: string,
  onCancel: () => void,
  style: "primary" | "danger" = "primary",
): HTMLElement {
  return h(
    "div",
    { class: "actions" },
    h("button", { type: "button", onclick: onCancel }, "Cancel"),
    h("button", { type: "submit", class: style }, submitLabel),
  );
}
