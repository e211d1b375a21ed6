import type { components } from "@tessera/sdk";
import { requireScope } from "./access.js";
import { authenticate } from "./authenticate.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { scopeString } from "./permissions.js";

type Introspection = components["schemas"]["Introspection"];

/**
 * RFC 7662 introspection (T12). Anything that is not a live credential of the caller's own
 * organization is exactly `{ active: false }`.
 */
export function introspectToken(ctx: ServiceContext, caller: Caller, secret: string): Introspection {
  requireScope(caller, "tokens", "read");
  let subject: Caller;
  try {
    subject = authenticate(ctx, secret);
  } catch (error) {
    if (error instanceof DomainError) return { active: false };
    throw error;
  }
  if (subject.organization.id !== caller.organization.id) return { active: false };
  const record = subject.credential.record;
  const notBefore = subject.credential.type === "token" ? subject.credential.record.notBefore : null;
  const showEmail = caller.sensitiveData === "visible" && subject.user !== null;
  return {
    active: true,
    scope: scopeString(subject.grants),
    client_id: subject.credentialId,
    ...(showEmail && subject.user ? { username: subject.user.email } : {}),
    token_type: "Bearer",
    ...(record.expiresAt !== null ? { exp: Math.floor(record.expiresAt / 1000) } : {}),
    iat: Math.floor(record.createdAt / 1000),
    ...(notBefore != null ? { nbf: Math.floor(notBefore / 1000) } : {}),
    sub: subject.principalId,
    kind: subject.kind,
    organization_id: subject.organization.id,
  };
}
