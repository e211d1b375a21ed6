import { describe, expect, test } from "vitest";
import type { NotificationRecord } from "../store/records.js";
import {
  clockMoved,
  lifecycleDue,
  scheduleLifecycle,
  startLifecycle,
  sweepLifecycle,
  sweepLifecycleIfDue,
} from "./lifecycle.js";
import { adaToken, TEST_NOW, testService } from "./testService.js";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The demo data plus Ada's token expiring in 10 days, on a clock the test moves. */
async function setup(fields: Parameters<typeof adaToken>[1] = { expiresAt: iso(TEST_NOW + 10 * DAY) }) {
  const service = await testService([adaToken("tok_Expiring10Days00", fields)]);
  let now = TEST_NOW;
  service.ctx.clock = { now: () => now };
  startLifecycle(service.ctx);
  const moveTo = async (ms: number) => {
    now = ms;
    await sweepLifecycleIfDue(service.ctx);
  };
  const notices = () =>
    service.ctx.store.notifications
      .filter((n: NotificationRecord) => n.token.id === "tok_Expiring10Days00")
      .map((n) => `${n.type} ${iso(n.occurredAt)}`);
  return { ...service, moveTo, notices };
}

describe("sweepLifecycle", () => {
  test("P3: each horizon once, at its own instant, however the clock gets there", async () => {
    const { moveTo, notices } = await setup();
    const expected = [
      `token.expiring ${iso(TEST_NOW + 3 * DAY)}`,
      `token.expiring ${iso(TEST_NOW + 9 * DAY)}`,
      `token.expired ${iso(TEST_NOW + 10 * DAY)}`,
    ];
    await moveTo(TEST_NOW + 3 * DAY - 1);
    expect(notices()).toEqual([]);
    await moveTo(TEST_NOW + 3 * DAY);
    expect(notices()).toEqual(expected.slice(0, 1));
    await moveTo(TEST_NOW + 20 * DAY);
    expect(notices()).toEqual(expected);
    await moveTo(TEST_NOW + 20 * DAY);
    expect(notices()).toEqual(expected);
  });

  test("P3: moving the clock back and forth again sends nothing twice", async () => {
    const { moveTo, notices } = await setup();
    await moveTo(TEST_NOW + 4 * DAY);
    await moveTo(TEST_NOW);
    await moveTo(TEST_NOW + 5 * DAY);
    expect(notices()).toEqual([`token.expiring ${iso(TEST_NOW + 3 * DAY)}`]);
  });

  test("P3: a clock set back before anything was announced re-arms the instants ahead again", async () => {
    const { ctx, notices } = await setup();
    let now = TEST_NOW + 20 * DAY;
    ctx.clock = { now: () => now };
    // Watching starts late (a session created after the token's instants): all count as passed.
    startLifecycle(ctx);
    await sweepLifecycleIfDue(ctx);
    expect(notices()).toEqual([]);
    now = TEST_NOW; // set back, as the conformance kit does to a new session
    clockMoved(ctx);
    now = TEST_NOW + 20 * DAY;
    await sweepLifecycleIfDue(ctx);
    expect(notices()).toEqual([
      `token.expiring ${iso(TEST_NOW + 3 * DAY)}`,
      `token.expiring ${iso(TEST_NOW + 9 * DAY)}`,
      `token.expired ${iso(TEST_NOW + 10 * DAY)}`,
    ]);
  });

  test("P3: set back after announcing, the clock re-arms only what was never sent", async () => {
    const { ctx, moveTo, notices } = await setup();
    await moveTo(TEST_NOW + 4 * DAY); // the 7-day notice (day 3) goes out
    await moveTo(TEST_NOW);
    clockMoved(ctx);
    await moveTo(TEST_NOW + 20 * DAY);
    expect(notices()).toEqual([
      `token.expiring ${iso(TEST_NOW + 3 * DAY)}`,
      `token.expiring ${iso(TEST_NOW + 9 * DAY)}`,
      `token.expired ${iso(TEST_NOW + 10 * DAY)}`,
    ]);
  });

  test("P3: instants that passed before the sweep started watching are never announced", async () => {
    const { moveTo, notices } = await setup({ expiresAt: iso(TEST_NOW + 2 * DAY) });
    await moveTo(TEST_NOW + 3 * DAY);
    expect(notices()).toEqual([
      `token.expiring ${iso(TEST_NOW + DAY)}`,
      `token.expired ${iso(TEST_NOW + 2 * DAY)}`,
    ]);
  });

  test("P3: a revoked token gets no more notices; a new expiry starts its own", async () => {
    const { ctx, moveTo, notices } = await setup();
    await moveTo(TEST_NOW + 3 * DAY);
    const extended = await ctx.store.updateToken("tok_Expiring10Days00", { expiresAt: TEST_NOW + 30 * DAY });
    scheduleLifecycle(ctx, extended);
    await moveTo(TEST_NOW + 23 * DAY);
    expect(notices()).toEqual([
      `token.expiring ${iso(TEST_NOW + 3 * DAY)}`,
      `token.expiring ${iso(TEST_NOW + 23 * DAY)}`,
    ]);
    await ctx.store.updateToken("tok_Expiring10Days00", { revokedAt: TEST_NOW + 23 * DAY });
    await moveTo(TEST_NOW + 40 * DAY);
    expect(notices()).toHaveLength(2);
  });

  test("E3: a sweep that is not due writes nothing, and one with nothing to settle writes nothing", async () => {
    const { ctx, changes, moveTo } = await setup();
    await moveTo(TEST_NOW + DAY);
    expect(changes).toEqual([]);
    expect(lifecycleDue(ctx)).toBe(false);
    await sweepLifecycle(ctx);
    expect(changes).toEqual([]);
  });

  test("P5: inactivity revokes at its instant, from the last use or the policy change; not a token that expires first", async () => {
    const { ctx, moveTo } = await setup({ expiresAt: iso(TEST_NOW + 20 * DAY) });
    await ctx.store.updateOrganization("org_acme", {
      revokeAfterInactiveDays: 30,
      inactivityCountedFrom: TEST_NOW,
    });
    ctx.store.restoreUse("tok_AdaPersonal00001", { lastUsedAt: TEST_NOW + 10 * DAY, lastUsedIp: null });
    startLifecycle(ctx);
    await moveTo(TEST_NOW + 31 * DAY);
    const token = (id: string) => ctx.store.token(id);
    expect(token("tok_GracePersonal001")).toMatchObject({
      revokedAt: TEST_NOW + 30 * DAY,
      revocationReason: "inactive",
    });
    expect(token("tok_AdaPersonal00001")?.revokedAt).toBeNull();
    expect(token("tok_Expiring10Days00")).toMatchObject({ revokedAt: null, expiresAt: TEST_NOW + 20 * DAY });
    await moveTo(TEST_NOW + 40 * DAY);
    expect(token("tok_AdaPersonal00001")?.revocationReason).toBe("inactive");
    const revoked = ctx.store.notifications.filter(
      (n) => n.type === "token.revoked" && n.reason === "inactive",
    );
    expect(revoked.every((n) => n.actor === null)).toBe(true);
  });
});
