/** Records to the contract's response shapes. Secrets cannot appear: records do not hold them. */
import type { components } from "@tessera/sdk";
import type { MaskedTokenRecord, TokenRecord } from "../store/records.js";
import type { Caller, ServiceContext } from "./context.js";
import { maskSecretPrefix } from "./secrets.js";

type Schemas = components["schemas"];

/** RFC 3339 text of recently formatted instants: the same few (a token's creation, a frozen clock's now) recur in every answer. */
const formatted = new Map<number, string>();

/** An instant (epoch ms) as RFC 3339 text, e.g. `2026-01-01T00:00:00.000Z`. */
export function iso(ms: number): string {
  let text = formatted.get(ms);
  if (text === undefined) {
    text = new Date(ms).toISOString();
    // Bounded: forgotten all at once when full, which costs one formatting per instant again.
    if (formatted.size >= 4096) formatted.clear();
    formatted.set(ms, text);
  }
  return text;
}
const isoOrNull = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : iso(ms));

/** `active`, `expired` or `revoked` at `now` (T7). */
export function tokenStatus(
  token: Pick<TokenRecord, "revokedAt" | "expiresAt">,
  now: number,
): Schemas["TokenStatus"] {
  if (token.revokedAt !== null) return "revoked";
  if (token.expiresAt !== null && now >= token.expiresAt) return "expired";
  return "active";
}

/** The token as the contract shows it; `status` at `now`, the request's instant when the caller has one. */
export function tokenView(
  ctx: ServiceContext,
  token: TokenRecord,
  now: number = ctx.clock.now(),
): Schemas["Token"] {
  const usage = ctx.store.lastUseOf(token.id);
  return {
    id: token.id,
    label: token.label,
    description: token.description,
    type: token.type,
    role: token.role,
    scopes: token.scopes,
    sensitiveData: token.sensitiveData,
    prefix: token.prefix,
    organizationId: token.organizationId,
    createdAt: iso(token.createdAt),
    createdBy: token.createdBy,
    lastUsedAt: isoOrNull(usage?.lastUsedAt),
    lastUsedIp: usage?.lastUsedIp ?? null,
    expiresAt: isoOrNull(token.expiresAt),
    revokedAt: isoOrNull(token.revokedAt),
    revocationReason: token.revokedAt === null ? null : (token.revocationReason ?? "manual"),
    status: tokenStatus(token, now),
    legacy: token.legacy,
    allowedIps: token.allowedIps ?? null,
    notBefore: isoOrNull(token.notBefore),
  };
}

/** The calling credential (T12, Q1). */
export function credentialView(ctx: ServiceContext, caller: Caller): Schemas["Credential"] {
  const { credential } = caller;
  const usage = ctx.store.lastUseOf(caller.credentialId);
  const record = credential.record;
  return {
    id: caller.credentialId,
    kind: caller.kind,
    label: credential.type === "token" ? credential.record.label : null,
    prefix: record.prefix,
    role: caller.role,
    scopes: [...caller.grants],
    sensitiveData: caller.sensitiveData,
    organizationId: caller.organization.id,
    createdAt: iso(record.createdAt),
    expiresAt: isoOrNull(record.expiresAt),
    lastUsedAt: isoOrNull(usage?.lastUsedAt),
    allowedIps: credential.type === "token" ? (credential.record.allowedIps ?? null) : null,
    notBefore: credential.type === "token" ? isoOrNull(credential.record.notBefore) : null,
  };
}

export function maskedToken(token: TokenRecord): MaskedTokenRecord {
  return { id: token.id, label: token.label, type: token.type, masked: maskSecretPrefix(token.prefix) };
}
