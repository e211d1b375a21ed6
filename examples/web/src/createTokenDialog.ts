import type { ScopeCatalogue, TesseraClient, TokenCreateRequest, TokenWithSecret } from "@tessera/sdk";
import { openDialog } from "./dialog.js";
import { h } from "./dom.js";
import { field, formActions, handleSubmit, radioGroup, textOf } from "./forms.js";
import { scopePicker } from "./scopePicker.js";
import { showSecretOnce } from "./secretDialog.js";

/** A date input's `2026-12-31` as the end of that day in the reader's time zone, in RFC 3339. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

/** A date input's `2026-12-31` as the start of that day in the reader's time zone, in RFC 3339. */
function startOfDay(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

/** `203.0.113.0/24, 2001:db8::/32` (commas or spaces) as a list; empty text is no list at all. */
export function ipList(text: string): string[] | undefined {
  const blocks = text.split(/[\s,]+/).filter((block) => block !== "");
  return blocks.length > 0 ? blocks : undefined;
}

/** Tomorrow as `YYYY-MM-DD`, the earliest expiry the date input offers (T13: it must be in the future). */
function tomorrow(): string {
  const date = new Date(Date.now() + 24 * 3600 * 1000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/**
 * Opens the "New token" form: label, description, type (with a role for organization tokens),
 * scopes, sensitive data, an optional expiry, start date (P2) and IP allow-list (P1). On success it
 * closes, shows the secret once and calls `onCreated`; the API's refusals (a developer asking for
 * an organization token, a scope the caller does not hold, a solo-plan scoped token, an address
 * block it cannot read, a policy that requires an allow-list) are shown in the form.
 *
 * @example
 * openCreateTokenDialog(client, await client.scopes.list(), (created) => refreshList());
 */
export function openCreateTokenDialog(
  client: TesseraClient,
  catalogue: ScopeCatalogue,
  onCreated: (created: TokenWithSecret) => void,
): HTMLDialogElement {
  const type = radioGroup(
    "Type",
    "type",
    [
      { value: "personal", label: "Personal", hint: "— acts as you, with at most your permissions." },
      {
        value: "organization",
        label: "Organization",
        hint: "— belongs to the organization and keeps working if you leave (admins only).",
      },
    ],
    "personal",
  );
  const role = field(
    "Role",
    h(
      "select",
      { name: "role" },
      h("option", { value: "developer" }, "Developer"),
      h("option", { value: "admin" }, "Admin"),
    ),
    "An organization token acts with this role's permissions.",
  );
  const showRole = () => {
    role.hidden = textOf(new FormData(form), "type") !== "organization";
  };
  type.addEventListener("change", showRole);
  const picker = scopePicker(client, catalogue);
  const errorSlot = h("div");
  const form = h(
    "form",
    { class: "token-form" },
    h(
      "div",
      { class: "form-grid" },
      field("Label", h("input", { name: "label", required: true, maxlength: 100, autocomplete: "off" })),
      field(
        "Expires on (optional)",
        h("input", { name: "expiresOn", type: "date", min: tomorrow() }),
        "Empty: no expiry, or your organization's longest allowed lifetime.",
      ),
      field(
        "Valid from (optional)",
        h("input", { name: "validFrom", type: "date", min: tomorrow() }),
        "Empty: at once. Before that day the token is refused.",
      ),
      field(
        "Allowed IP addresses (optional)",
        h("input", { name: "allowedIps", autocomplete: "off", placeholder: "203.0.113.0/24, 2001:db8::/32" }),
        "Addresses or CIDR blocks, separated by commas. Empty: any address.",
      ),
      field(
        "Description (optional)",
        h("textarea", { name: "description", rows: 2 }),
        "What the token is for, for whoever finds it later.",
      ),
      radioGroup(
        "Sensitive data",
        "sensitiveData",
        [
          { value: "hidden", label: "Hidden", hint: "— emails and balances come back empty." },
          { value: "visible", label: "Visible" },
        ],
        "hidden",
      ),
      type,
      role,
    ),
    picker.element,
    errorSlot,
    formActions("Create token", () => dialog.close()),
  );
  showRole();

  handleSubmit(form, errorSlot, async (data) => {
    const tokenType = textOf(data, "type") === "organization" ? "organization" : "personal";
    const body: TokenCreateRequest = {
      label: textOf(data, "label"),
      description: textOf(data, "description") || null,
      type: tokenType,
      scopes: picker.scopes(),
      sensitiveData: textOf(data, "sensitiveData") === "visible" ? "visible" : "hidden",
    };
    if (tokenType === "organization") body.role = textOf(data, "role") === "admin" ? "admin" : "developer";
    const expiresOn = textOf(data, "expiresOn");
    if (expiresOn) body.expiresAt = endOfDay(expiresOn);
    const validFrom = textOf(data, "validFrom");
    if (validFrom) body.notBefore = startOfDay(validFrom);
    const allowedIps = ipList(textOf(data, "allowedIps"));
    if (allowedIps) body.allowedIps = allowedIps;

    const created = await client.tokens.create(body);
    dialog.close();
    showSecretOnce("Token created", created.token, created.secret);
    onCreated(created);
  });
  const dialog = openDialog("New token", form);
  return dialog;
}
