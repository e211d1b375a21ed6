import { parseToken } from "@tessera/sdk";
import type { ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { auditTokenEvent, notifyTokenEvent } from "./events.js";
import { type RateLimitState, recentHits, windowState } from "./rateLimits.js";
import { hashSecret } from "./secrets.js";
import { tokenStatus } from "./views.js";

/**
 * P4: a report of leaked secrets, from anyone (no credential). Every live token among them is
 * revoked (`leaked`), notified to its owner or admins and audited as `token.leaked`; a live session
 * among them is ended. The caller learns nothing of which secrets were live: whatever the report
 * holds, the answer is the same. At most `leakReportLimit` reports per address per window (like
 * logins, A5); the report over it is refused with 429 and changes nothing.
 *
 * @returns Where the caller's address stands against the limit after this report.
 */
export async function reportLeakedCredentials(
  ctx: ServiceContext,
  clientAddress: string,
  secrets: readonly string[],
): Promise<RateLimitState> {
  const { store, config } = ctx;
  const now = ctx.clock.now();
  const recent = recentHits(store.leakReports.get(clientAddress) ?? [], config.leakReportWindowMs, now);
  if (recent.length >= config.leakReportLimit) {
    const state = windowState(recent, config.leakReportLimit, config.leakReportWindowMs, now);
    throw new DomainError(
      429,
      "rate_limited",
      "Too many leak reports from this address; try again later.",
      { retryAfterSeconds: Math.max(1, state.resetSeconds) },
      state,
    );
  }
  recent.push(now);
  store.leakReports.set(clientAddress, recent);
  forgetQuietAddresses(store.leakReports, config.leakReportWindowMs, now);

  for (const secret of new Set(secrets)) {
    // The SDK's offline check (format and CRC32) sets aside what cannot be a secret before hashing.
    if (!parseToken(secret).valid) continue;
    const entry = store.secret(hashSecret(secret));
    if (!entry || (entry.validUntil !== null && now >= entry.validUntil)) continue;
    if (entry.credentialType === "session") {
      const session = store.session(entry.credentialId);
      if (session && session.revokedAt === null && now < session.expiresAt) {
        await store.updateSession(session.id, { revokedAt: now });
      }
      continue;
    }
    const token = store.token(entry.credentialId);
    if (!token || tokenStatus(token, now) !== "active") continue;
    const revoked = store.updateToken(token.id, { revokedAt: now, revocationReason: "leaked" });
    const details = { occurredAt: now, reason: "leaked" } as const;
    auditTokenEvent(ctx, null, "token.leaked", revoked, details);
    notifyTokenEvent(ctx, null, "token.leaked", revoked, details);
  }
  return windowState(recent, config.leakReportLimit, config.leakReportWindowMs, now);
}

/** Addresses whose last report left the window are forgotten, so the map stays as small as the traffic. */
function forgetQuietAddresses(reports: Map<string, number[]>, windowMs: number, now: number): void {
  if (reports.size < 1000) return;
  for (const [address, hits] of reports) {
    const last = hits[hits.length - 1];
    if (last === undefined || now - last >= windowMs) reports.delete(address);
  }
}
