import type { components } from "@tessera/sdk";
import { LATEST_TIME } from "./clock.js";
import type { Caller, ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { auditFailedLogin } from "./events.js";
import { decoyPasswordHash, verifyPassword } from "./passwords.js";
import { newId } from "./randomIds.js";
import { type RateLimitState, recentHits, windowState } from "./rateLimits.js";
import { generateSecret, hashSecret, secretPrefix } from "./secrets.js";
import { iso } from "./views.js";

/** Wrong email, wrong password and a user with no organization left get this one answer (A5, H3). */
const invalidCredentials = (rateLimit: RateLimitState) =>
  new DomainError(401, "invalid_credentials", "The email or password is not correct.", {}, rateLimit);

/**
 * A5: where an email stands against the lockout: failures left before it locks, and when the
 * window frees one (or, while locked, when the lock ends).
 */
export function loginRateLimit(
  ctx: ServiceContext,
  email: string,
  now: number = ctx.clock.now(),
): RateLimitState {
  const { config } = ctx;
  const throttle = ctx.store.loginThrottle.get(email.toLowerCase());
  if (throttle?.lockedUntil != null && now < throttle.lockedUntil) {
    const resetSeconds = Math.ceil((throttle.lockedUntil - now) / 1000);
    return { limit: config.loginFailureLimit, remaining: 0, resetSeconds };
  }
  const failures = recentHits(throttle?.failures ?? [], config.loginLockMs, now);
  return windowState(failures, config.loginFailureLimit, config.loginLockMs, now);
}

/**
 * What {@link checkPassword} found: whose password was checked against what, and whether it
 * matched. It carries no verdict by itself; {@link login} decides, inside the write turn.
 */
export interface PasswordCheck {
  /** The email as given, lower-cased: the key of the lockout (A5). */
  email: string;
  /** The user the email named when the password was checked; null for an unknown email. */
  userId: string | null;
  /** The hash the password was checked against (a decoy's for an unknown email). */
  passwordHash: string;
  /** Whether the password matched that hash. */
  matches: boolean;
}

/**
 * The costly half of a login (A5): PBKDF2 against the user's hash, or a decoy's for an unknown
 * email (H3: both take one derivation). It reads the store and writes nothing, so it runs before
 * the write turn and 40 concurrent logins do not hold every other write while they hash.
 */
export async function checkPassword(
  ctx: ServiceContext,
  email: string,
  password: string,
): Promise<PasswordCheck> {
  const key = email.toLowerCase();
  const user = ctx.store.userByEmail(key);
  // Awaited in every case, so the decoy's one-time cost never tells an unknown email apart.
  const decoy = await decoyPasswordHash();
  const passwordHash = user?.passwordHash ?? decoy;
  const matches = await verifyPassword(password, passwordHash);
  return { email: key, userId: user?.id ?? null, passwordHash, matches };
}

/**
 * Exchanges a checked password for a session (A5), inside the write turn. Five failures for one
 * email within the window lock that email for the lock period, even for the right password; the
 * lock is read and written here, one login at a time, so it holds under concurrent attempts.
 *
 * H3: nothing tells which part was wrong. A user who belongs to no organization any more fails
 * exactly like a wrong password: the same 401 body, counted toward the lock. A check made against
 * a user that has changed since (removed, re-seeded) counts as a failure too.
 */
export async function login(
  ctx: ServiceContext,
  check: PasswordCheck,
): Promise<components["schemas"]["Session"]> {
  const { store, config } = ctx;
  const now = ctx.clock.now();
  const key = check.email;
  const throttle = store.loginThrottle.get(key) ?? { failures: [], lockedUntil: null };
  if (throttle.lockedUntil !== null && now < throttle.lockedUntil) {
    const retryAfterSeconds = Math.ceil((throttle.lockedUntil - now) / 1000);
    throw new DomainError(
      429,
      "login_locked",
      "Too many failed logins for this email; try again later.",
      { retryAfterSeconds },
      loginRateLimit(ctx, key, now),
    );
  }

  const user = store.userByEmail(key);
  const passwordOk =
    check.matches &&
    user !== undefined &&
    user.id === check.userId &&
    user.passwordHash === check.passwordHash;
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
      auditFailedLogin(ctx, each.organizationId, key, now);
    }
    throw invalidCredentials(loginRateLimit(ctx, key, now));
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
