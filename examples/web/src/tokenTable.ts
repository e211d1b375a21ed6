import type { Token } from "@tessera/sdk";
import { h } from "./dom.js";
import { describeGrant, describeType, formatDate, formatRelative } from "./format.js";

/** What the buttons in a token's row do. */
export interface TokenActions {
  editScopes(token: Token): void;
  rotate(token: Token): void;
  revoke(token: Token): void;
}

/** A `<time>` with the exact moment in its tooltip, or `fallback` when there is no time. */
function time(iso: string | null, fallback: string, show: (iso: string) => string = formatDate): HTMLElement {
  if (iso === null) return h("span", { class: "muted" }, fallback);
  return h("time", { datetime: iso, title: formatDate(iso) }, show(iso));
}

/** A button whose accessible name includes the token, e.g. "Revoke CI deploy", while showing "Revoke". */
function rowButton(text: string, token: Token, onClick: (token: Token) => void, style = ""): HTMLElement {
  return h(
    "button",
    { type: "button", class: style, onclick: () => onClick(token) },
    text,
    h("span", { class: "visually-hidden" }, ` ${token.label}`),
  );
}

/** `revoked`, or why when something other than a person revoked it: `revoked (leaked)` (P4, P5). */
function statusText(token: Token): string {
  const reason = token.revocationReason;
  return token.status === "revoked" && reason && reason !== "manual" ? `revoked (${reason})` : token.status;
}

function tokenRow(token: Token, actions: TokenActions): HTMLTableRowElement {
  const active = token.status === "active";
  const startsLater = token.notBefore !== null && Date.parse(token.notBefore) > Date.now();
  return h(
    "tr",
    { class: active ? "" : "inactive" },
    h(
      "th",
      { scope: "row" },
      token.label,
      token.legacy && h("span", { class: "badge legacy" }, "legacy"),
      token.description && h("p", { class: "hint" }, token.description),
      token.allowedIps && h("p", { class: "hint" }, `Only from ${token.allowedIps.join(", ")}`),
      startsLater &&
        token.notBefore &&
        h("p", { class: "hint" }, `Valid from ${formatDate(token.notBefore)}`),
    ),
    h("td", {}, h("code", {}, `${token.prefix}…`)),
    h("td", {}, describeType(token)),
    h(
      "td",
      {},
      h("ul", { class: "grants" }, ...token.scopes.map((grant) => h("li", {}, describeGrant(grant)))),
    ),
    h("td", {}, token.createdBy.name, h("br"), h("span", { class: "hint" }, time(token.createdAt, ""))),
    h("td", {}, time(token.lastUsedAt, "Never", formatRelative)),
    h("td", {}, time(token.expiresAt, "Never")),
    h("td", {}, h("span", { class: `badge ${token.status}` }, statusText(token))),
    h(
      "td",
      { class: "row-actions" },
      active && rowButton("Edit scopes", token, actions.editScopes),
      active && rowButton("Rotate", token, actions.rotate),
      active && rowButton("Revoke", token, actions.revoke, "danger"),
    ),
  );
}

/**
 * The token list (`tokens.list`, T7) as a table: label (with its IP allow-list and start date, P1,
 * P2), secret prefix, type, scopes, creator, last use, expiry, status (and why it was revoked, when
 * a leak report or inactivity did it: P4, P5), and buttons for the active ones. Only the prefix is
 * ever shown: the API never returns a secret after it was created.
 *
 * @example
 * const tokens = [];
 * for await (const token of client.tokens.list()) tokens.push(token);
 * container.replaceChildren(tokenTable(tokens, actions));
 */
export function tokenTable(tokens: Token[], actions: TokenActions): HTMLElement {
  if (tokens.length === 0) return h("p", { class: "empty" }, "No tokens yet. Create one to call the API.");
  const headings = [
    "Label",
    "Prefix",
    "Type",
    "Scopes",
    "Created by",
    "Last used",
    "Expires",
    "Status",
    "Actions",
  ];
  return h(
    "div",
    { class: "table-scroll" },
    h(
      "table",
      { class: "tokens" },
      h("caption", { class: "visually-hidden" }, "Your tokens"),
      h("thead", {}, h("tr", {}, ...headings.map((heading) => h("th", { scope: "col" }, heading)))),
      h("tbody", {}, ...tokens.map((token) => tokenRow(token, actions))),
    ),
  );
}
