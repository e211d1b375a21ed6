import type { components } from "@tessera/sdk";
import { LATEST_TIME } from "./clock.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { auditFailedLogin } from "./events.js";
import { decoyPasswordHash, verifyPassword } from "./passwords.js";
import { newId } from "./randomIds.js";
import { generateSecret, hashSecret, secretPrefix } from "./secrets.js";
import { iso } from "./views.js";

/** Wrong email, wrong password and a user with no organization left get this one answer (A5, H3). */
const invalidCredentials = () =>
  new DomainError(401, "invalid_credentials", "The email or password is not correct.");

/**
 * Exchanges email and password for a session (A5). Five failures for one email within the window
 * lock that email for the lock period, even for the right password.
 *
 * H3: nothing tells which part was wrong. The password is checked in every case (a decoy hash for
 * an unknown email), and a user who belongs to no organization any more fails after that check
 * exactly like a wrong password: the same 401 body, counted toward the lock.
 */
export async function login(
  ctx: ServiceContext,
  email: string,
  password: string,
): Promise<components["schemas"]["Session"]> {
  const { store, config } = ctx;
  const now = ctx.clock.now();
  const key = email.toLowerCase();
  const throttle = store.loginThrottle.get(key) ?? { failures: [], lockedUntil: null };
  if (throttle.lockedUntil !== null && now < throttle.lockedUntil) {
    const retryAfterSeconds = Math.ceil((throttle.lockedUntil - now) / 1000);
    throw new DomainError(429, "login_locked", "Too many failed logins for this email; try again later.", {
      retryAfterSeconds,
    });
  }

  const user = store.userByEmail(key);
  // Check a password even for an unknown email so both failures take the same time.
  const passwordOk = verifyPassword(password, user?.passwordHash ?? decoyPasswordHash());
  const membership =
    user && passwordOk
      ? [...store.membershipsOf(user.id)].sort((a, b) => a.createdAt - b.createdAt)[0]
      : undefined;
  if (!user || !membership) {
    const recent = throttle.failures.filter((at) => now - at < config.loginLockMs);
    recent.push(now);
    const locked = recent.length >= config.loginFailureLimit;
    store.loginThrottle.set(key, {
      failures: locked ? [] : recent,
      lockedUntil: locked ? now + config.loginLockMs : null,
    });
    for (const each of user ? store.membershipsOf(user.id) : []) {
      await auditFailedLogin(ctx, each.organizationId, key);
    }
    throw invalidCredentials();
  }

  store.loginThrottle.delete(key);
  const secret = generateSecret("ses");
  const session = await store.insertSession({
    id: newId("ses"),
    userId: user.id,
    organizationId: membership.organizationId,
    prefix: secretPrefix(secret),
    createdAt: now,
    expiresAt: Math.min(now + config.sessionLifetimeMs, LATEST_TIME),
    revokedAt: null,
  });
  store.insertSecret({
    hash: hashSecret(secret),
    credentialType: "session",
    credentialId: session.id,
    validUntil: null,
  });
  return { id: session.id, value: secret, expiresAt: iso(session.expiresAt), user: { id: user.id } };
}

/** Revokes the session that made the request (A6). Tokens are revoked with revokeToken instead. */
export async function logout(ctx: ServiceContext, caller: Caller): Promise<void> {
  if (caller.credential.type !== "session") {
    throw new DomainError(
      403,
      "forbidden",
      "Only a session can log out; revoke tokens with DELETE /v1/tokens/{id}.",
    );
  }
  await ctx.store.updateSession(caller.credentialId, { revokedAt: ctx.clock.now() });
}
