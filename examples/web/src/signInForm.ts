import { createClient, type Requester, type TesseraClient } from "@tessera/sdk";
import { h } from "./dom.js";
import { field, handleSubmit, textOf } from "./forms.js";
import { openReportLeakDialog } from "./reportLeakDialog.js";

/** A signed-in client and who it acts as. */
export interface SignedIn {
  client: TesseraClient;
  requester: Requester;
}

/** Options for {@link signInForm}. */
export interface SignInOptions {
  /** Where the API is, e.g. `location.origin` when the mock answers in a service worker. */
  baseUrl: string;
  /** Show the mock's demo accounts under the form (only where the demo data exists). */
  showDemoAccounts: boolean;
  onSignedIn(signedIn: SignedIn): void;
}

function demoAccounts(): HTMLElement {
  return h(
    "aside",
    { class: "hint demo" },
    h(
      "p",
      {},
      "This page runs on the in-memory mock. Demo accounts, all with the password ",
      h("code", {}, "correct-horse-battery-staple"),
      ":",
    ),
    h(
      "ul",
      {},
      h("li", {}, h("code", {}, "ada@acme.test"), " — admin of Acme (teams plan)"),
      h("li", {}, h("code", {}, "grace@acme.test"), " — developer at Acme"),
      h(
        "li",
        {},
        h("code", {}, "sol@solo.test"),
        " — admin of Solo Ltd (solo plan: full-access tokens only)",
      ),
    ),
    h("p", {}, "Reloading the page resets the mock's data."),
  );
}

/**
 * The sign-in form: logs in with email and password (`auth.login`, A5) and asks who that is
 * (`requester.get`). Wrong credentials and the lockout after repeated failures show the API's message.
 *
 * @example
 * root.replaceChildren(signInForm({ baseUrl: location.origin, showDemoAccounts: true, onSignedIn }));
 *
 * @note `createClient({ baseUrl, credentials })` would log in lazily and again when the session
 * expires, but keeps the password in memory; here the client holds only the session.
 */
export function signInForm(options: SignInOptions): HTMLElement {
  const errorSlot = h("div");
  const form = h(
    "form",
    { class: "card sign-in", "aria-labelledby": "sign-in-title" },
    h("h2", { id: "sign-in-title" }, "Sign in"),
    field("Email", h("input", { name: "email", type: "email", required: true, autocomplete: "username" })),
    field(
      "Password",
      h("input", { name: "password", type: "password", required: true, autocomplete: "current-password" }),
    ),
    errorSlot,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Sign in")),
  );
  handleSubmit(form, errorSlot, async (data) => {
    const client = createClient({ baseUrl: options.baseUrl });
    await client.auth.login({ email: textOf(data, "email"), password: textOf(data, "password") });
    options.onSignedIn({ client, requester: await client.requester.get() });
  });
  const report = h(
    "p",
    { class: "hint" },
    "Found a Tessera secret where it should not be? ",
    h(
      "button",
      { type: "button", class: "link", onclick: () => openReportLeakDialog(options.baseUrl) },
      "Report it",
    ),
    " (no sign-in needed).",
  );
  return h("div", { class: "sign-in-page" }, form, report, options.showDemoAccounts && demoAccounts());
}
