import type { ScopeGrant, Token } from "@tessera/sdk";

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** `2026-03-01T08:00:00Z` -> `1 Mar 2026, 09:00` in the reader's locale and time zone. */
export function formatDate(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** How long ago (or how far ahead) a time is, e.g. `3 minutes ago`, `in 2 days`, `now`. */
export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

/** A grant in the API's `resource:access` words, e.g. `zones:write (2 selected)` or `full access`. */
export function describeGrant(grant: ScopeGrant): string {
  if (grant.resource === "*") return "full access";
  const selected = grant.resourceIds?.length ? ` (${grant.resourceIds.length} selected)` : "";
  return `${grant.resource}:${grant.access}${selected}`;
}

/** `Personal`, or `Organization (developer)` for an organization token with its role. */
export function describeType(token: Token): string {
  const type = token.type === "personal" ? "Personal" : "Organization";
  return token.role ? `${type} (${token.role})` : type;
}

/** `zones` -> `Zones`. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
