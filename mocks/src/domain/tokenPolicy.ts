/**
 * A token's IP allow-list (P1) and not-before (P2) as a create or edit gives them, the
 * organization's `requireAllowedIps` (P5), and the allow-list's check on each request.
 */
import type { OrganizationRecord, TokenRecord } from "../store/records.js";
import { LATEST_TIME } from "./clock.js";
import type { Caller } from "./context.js";
import { DomainError, invalidField } from "./errors.js";
import { addressInRanges, parseIpRange, rangeWithin } from "./ipRanges.js";

/**
 * P1: the blocks of an `allowedIps` field in canonical CIDR form (`undefined` when the field was
 * not given, null for any address). A block that is not one, or a duplicate once canonical, is
 * `400` at its index.
 */
export function checkAllowedIps(value: readonly string[] | null | undefined): string[] | null | undefined {
  if (value === undefined || value === null) return value;
  const seen = new Set<string>();
  return value.map((text, i) => {
    const parsed = parseIpRange(text);
    if ("error" in parsed) throw invalidField(`/body/allowedIps/${i}`, parsed.error);
    if (seen.has(parsed.range.text)) {
      throw invalidField(`/body/allowedIps/${i}`, `${parsed.range.text} is already in the list.`);
    }
    seen.add(parsed.range.text);
    return parsed.range.text;
  });
}

/** P5: under `requireAllowedIps`, a token created or edited must be left with an allow-list. */
export function requirePolicyAllowedIps(
  organization: OrganizationRecord,
  allowedIps: readonly string[] | null | undefined,
): void {
  if (organization.requireAllowedIps === true && (allowedIps === null || allowedIps === undefined)) {
    throw invalidField(
      "/body/allowedIps",
      "This organization's policy requires every token created or edited to carry allowedIps.",
    );
  }
}

/**
 * P2: a `notBefore` as epoch milliseconds (`undefined` when not given, null for at once); it must
 * be earlier than the token's expiry.
 */
export function checkNotBefore(
  notBefore: string | null | undefined,
  expiresAt: number | null,
): number | null | undefined {
  if (notBefore === undefined || notBefore === null) return notBefore;
  const at = Date.parse(notBefore);
  if (Number.isNaN(at)) throw invalidField("/body/notBefore", "Not a valid date-time.");
  if (at > LATEST_TIME) throw invalidField("/body/notBefore", "notBefore must be no later than 9999-12-31.");
  if (expiresAt !== null && at >= expiresAt) {
    throw invalidField("/body/notBefore", "notBefore must be earlier than the token's expiry.");
  }
  return at;
}

/** The blocks the calling credential may be used from; null for any (sessions, unrestricted tokens). */
export function callerAllowedIps(caller: Caller): readonly string[] | null {
  return caller.credential.type === "token" ? (caller.credential.record.allowedIps ?? null) : null;
}

/**
 * H1 for P1: what an allow-list would give beyond the caller's own: `allowedIps` when the caller is
 * restricted and the token would not be, `allowedIps[<block>]` for each block outside the caller's.
 */
export function allowedIpsEscalations(caller: Caller, given: readonly string[] | null): string[] {
  const own = callerAllowedIps(caller);
  if (own === null) return [];
  if (given === null) return ["allowedIps"];
  return given
    .filter((block) => !own.some((mine) => rangeWithin(block, mine)))
    .map((b) => `allowedIps[${b}]`);
}

/** Whether an allow-list gives anything `before` did not have: null (any address), or a block outside it. */
export function widensAllowedIps(after: readonly string[] | null, before: readonly string[] | null): boolean {
  if (before === null) return false;
  if (after === null) return true;
  return after.some((block) => !before.some((old) => rangeWithin(block, old)));
}

/**
 * P1: refuses a request from an address outside the token's allow-list with `403 ip_not_allowed`.
 * Checked right after the credential, so the request changes nothing and learns nothing more (E4).
 */
export function requireAllowedAddress(caller: Caller, address: string): void {
  const ranges = callerAllowedIps(caller);
  if (ranges === null || addressInRanges(address, ranges)) return;
  throw new DomainError(
    403,
    "ip_not_allowed",
    `This token may not be used from ${address}: it is restricted to other IP addresses.`,
  );
}

/** The allow-list a token record holds (null for any address). */
export const allowedIpsOf = (token: Pick<TokenRecord, "allowedIps">): string[] | null =>
  token.allowedIps ?? null;
