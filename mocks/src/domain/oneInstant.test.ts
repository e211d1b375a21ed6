import { describe, expect, test } from "vitest";
import { DEMO } from "../seed/demoSeed.js";
import type { Caller, ServiceContext } from "./context.js";
import { createToken } from "./createToken.js";
import { DomainError } from "./errors.js";
import { listTokens } from "./listTokens.js";
import { checkPassword, login } from "./login.js";
import { updateOrganizationPolicy } from "./organization.js";
import { reportLeakedCredentials } from "./reportLeakedCredentials.js";
import { revokeToken } from "./revokeToken.js";
import { rotateToken } from "./rotateToken.js";
import { adaToken, TEST_NOW as NOW, testService } from "./testService.js";
import { updateToken } from "./updateToken.js";

// Each operation answers as of one instant, read once: on a live clock two reads can fall in
// different milliseconds (or seconds), and then a token's createdAt, its events and its status
// would disagree. A clock that moves a millisecond on every read shows any second read.
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const ticking = (ctx: ServiceContext, from: number) => {
  let at = from;
  ctx.clock = { now: () => at++ };
};
const FULL = [{ resource: "*" as const, access: "write" as const }];
const ACME = DEMO.organizations.acme;

/** A full-access personal token of the caller's, with its secret. */
const personal = (ctx: ServiceContext, caller: Caller, label: string) =>
  createToken(ctx, caller, { label, type: "personal", scopes: FULL, sensitiveData: "visible" });

/** The audit events and notices about one token, as [type, occurredAt] pairs. */
function eventsOf(ctx: ServiceContext, tokenId: string) {
  const audit = ctx.store.auditEvents(ACME, (event) => event.token?.id === tokenId, 100);
  const notices = ctx.store.notifications.filter((notice) => notice.token.id === tokenId);
  return [...audit, ...notices].map((event) => [event.type, iso(event.occurredAt)]);
}

/** When the audit event and the notices of one type about one token say it happened. */
const timesOf = (ctx: ServiceContext, tokenId: string, type: string) =>
  eventsOf(ctx, tokenId)
    .filter(([kind]) => kind === type)
    .map(([, at]) => at);

describe("one instant per request", () => {
  test("T16: a created token's audit event and its notices carry its createdAt", async () => {
    const { ctx, as } = await testService();
    const ada = await as("ada");
    ticking(ctx, NOW + MINUTE);
    for (const type of ["personal", "organization"] as const) {
      const { token } = createToken(ctx, ada, { label: type, type, scopes: FULL, sensitiveData: "visible" });
      const events = eventsOf(ctx, token.id);
      expect(events.length).toBeGreaterThanOrEqual(2);
      expect(events).toEqual(events.map(([kind]) => [kind, token.createdAt]));
    }
  });

  test("T10, T16: a revocation's revokedAt is the time of its audit event and notice", async () => {
    const { ctx, as } = await testService();
    const ada = await as("ada");
    const { token } = personal(ctx, ada, "r");
    ticking(ctx, NOW + MINUTE);
    const revoked = revokeToken(ctx, ada, token.id, undefined);
    expect(revoked.revokedAt).toBe(iso(NOW + MINUTE));
    expect(timesOf(ctx, token.id, "token.revoked")).toEqual([revoked.revokedAt, revoked.revokedAt]);
  });

  test("T11, T16: a rotation's events share the instant the old secret's grace counts from", async () => {
    const { ctx, as } = await testService();
    const ada = await as("ada");
    const { token } = personal(ctx, ada, "o");
    const [old] = ctx.store.secretsOf(token.id);
    ticking(ctx, NOW + MINUTE);
    rotateToken(ctx, ada, token.id, { gracePeriodSeconds: 0 });
    const graceEnds = ctx.store.secretsOf(token.id).find((secret) => secret.hash === old?.hash)?.validUntil;
    expect(graceEnds).toBe(NOW + MINUTE);
    expect(timesOf(ctx, token.id, "token.rotated")).toEqual([iso(NOW + MINUTE), iso(NOW + MINUTE)]);
  });

  test("T9, T16: an edit's audit event is at the instant the edit was checked", async () => {
    const { ctx, as } = await testService();
    const ada = await as("ada");
    const { token } = personal(ctx, ada, "e");
    ticking(ctx, NOW + MINUTE);
    updateToken(ctx, ada, token.id, { label: "edited" });
    expect(timesOf(ctx, token.id, "token.updated")).toEqual([iso(NOW + MINUTE)]);
  });

  test("T7: a token listed by ?status=active is shown active, at the instant the filter used", async () => {
    const { ctx, as } = await testService([
      adaToken("tok_AdaExpiring00000", { expiresAt: iso(NOW + MINUTE) }),
    ]);
    const ada = await as("ada");
    // The list reads the clock one millisecond before the expiry; a second read would be at it.
    ticking(ctx, NOW + MINUTE - 1);
    const { data } = listTokens(ctx, ada, { status: "active", search: "" });
    const listed = data.find((token) => token.id === "tok_AdaExpiring00000");
    expect(listed?.status).toBe("active");
    expect(data.every((token) => token.status === "active")).toBe(true);
  });

  test("P4, T16: a leak report's revocation and its events are at one instant", async () => {
    const { ctx, as } = await testService();
    const ada = await as("ada");
    const { token, secret } = personal(ctx, ada, "leaked");
    ticking(ctx, NOW + MINUTE);
    await ctx.store.exclusive(() => reportLeakedCredentials(ctx, "203.0.113.9", [secret]));
    expect(ctx.store.token(token.id)?.revokedAt).toBe(NOW + MINUTE);
    expect(timesOf(ctx, token.id, "token.leaked")).toEqual([iso(NOW + MINUTE), iso(NOW + MINUTE)]);
  });

  test("P5, T16: a policy change's audit event carries the organization's updatedAt", async () => {
    const { ctx, as } = await testService();
    const ada = await as("ada");
    ticking(ctx, NOW + MINUTE);
    const organization = await ctx.store.exclusive(() =>
      updateOrganizationPolicy(ctx, ada, { revokeAfterInactiveDays: 30 }),
    );
    const [event] = ctx.store.auditEvents(ACME, (each) => each.type === "organization.policy_updated", 1);
    expect(organization.updatedAt).toBe(iso(NOW + MINUTE));
    expect(iso(event?.occurredAt ?? 0)).toBe(organization.updatedAt);
  });

  test("A5, T16: a failed login's audit event is at the failure it counts", async () => {
    const { ctx } = await testService();
    const check = await checkPassword(ctx, "ada@acme.test", "wrong");
    ticking(ctx, NOW + MINUTE);
    await ctx.store.exclusive(() => login(ctx, check)).catch(() => undefined);
    const [event] = ctx.store.auditEvents(ACME, (each) => each.type === "login.failed", 1);
    expect(ctx.store.loginThrottle.get("ada@acme.test")?.failures).toEqual([NOW + MINUTE]);
    expect(event?.occurredAt).toBe(NOW + MINUTE);
  });

  test("A5: a locked login's Retry-After and its RateLimit-Reset name the same second", async () => {
    const { ctx } = await testService();
    const check = await checkPassword(ctx, "ada@acme.test", "wrong");
    for (let i = 0; i < ctx.config.loginFailureLimit; i++) {
      await ctx.store.exclusive(() => login(ctx, check)).catch(() => undefined);
    }
    const lockedUntil = ctx.store.loginThrottle.get("ada@acme.test")?.lockedUntil ?? 0;
    expect(lockedUntil).toBeGreaterThan(NOW);
    // 1,001 ms before the lock ends rounds up to 2 s; a read a millisecond later, to 1 s.
    ticking(ctx, lockedUntil - 1001);
    const right = await checkPassword(ctx, "ada@acme.test", DEMO.password);
    const error = await ctx.store.exclusive(() => login(ctx, right)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    const { code, extras, rateLimit } = error as DomainError;
    expect(code).toBe("login_locked");
    expect(extras).toMatchObject({ retryAfterSeconds: 2 });
    expect(rateLimit?.resetSeconds).toBe(2);
  });
});
