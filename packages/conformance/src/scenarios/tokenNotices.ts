/**
 * What time and third parties do to tokens (P3, P4, P6): expiry notices driven by the clock, leak
 * reports, and legacy keys at their sunset; with the rate-limit headers of the operations that are
 * limited (A5, P4) and the bare API key the spec's `apiKeyAuth` describes (A2).
 */
import type { Notification } from "@tessera/mock";
import { describe, expect, test } from "vitest";
import { withCast } from "../support/cast.js";
import { basic, castOf, clientAs, clientWith, FULL, send } from "../support/clients.js";
import { requireControl } from "../support/clock.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

const DAY = 86_400_000;
const personal = (label: string, extra: Record<string, unknown> = {}) => ({
  label,
  type: "personal" as const,
  scopes: FULL,
  sensitiveData: "visible" as const,
  ...extra,
});
const expiryNotices = (notes: Notification[], tokenId: string) =>
  notes
    .filter((n) => n.token.id === tokenId && (n.type === "token.expiring" || n.type === "token.expired"))
    .map((n) => `${n.type} ${n.subject} ${n.occurredAt} -> ${n.recipient.userId}`);
const report = (t: Target, credentials: unknown, headers: Record<string, string> = {}) =>
  send(t, "/v1/credentials/revoke", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ credentials }),
  });

export function tokenNoticeScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("token notices", () => {
    test("P3: one clock move across every horizon sends 7-day, 1-day and expiry notices once each, in time order", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token: probe } = await ada.tokens.create(personal("clock probe"));
      const now = Date.parse(probe.createdAt);
      const expiresAt = now + 10 * DAY;
      const { token } = await ada.tokens.create(
        personal("ten days", { expiresAt: new Date(expiresAt).toISOString() }),
      );
      await t.control.advanceClock({ days: 30 });
      const at = (ms: number) => new Date(ms).toISOString();
      const owner = castOf(t).admin.userId;
      const expected = [
        `token.expiring An API token expires in 7 days ${at(expiresAt - 7 * DAY)} -> ${owner}`,
        `token.expiring An API token expires in 1 day ${at(expiresAt - DAY)} -> ${owner}`,
        `token.expired An API token has expired ${at(expiresAt)} -> ${owner}`,
      ];
      expect(expiryNotices(await t.control.notifications(), token.id)).toEqual(expected);
      const expired = await ada.auditEvents.list({ type: "token.expired" });
      expect(expired.data.map((e) => [e.token?.id, e.actor, e.occurredAt])).toEqual([
        [token.id, null, at(expiresAt)],
      ]);
      // Nothing is sent twice: not by requests, not by moving on.
      await ada.requester.get();
      await t.control.advanceClock({ days: 30 });
      expect(expiryNotices(await t.control.notifications(), token.id)).toEqual(expected);
      expect((await ada.auditEvents.list({ type: "token.expired" })).data).toHaveLength(1);
    });

    test("P3: stepping the clock delivers each notice once, when its horizon is passed", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token: probe } = await ada.tokens.create(personal("clock probe"));
      const expiresAt = Date.parse(probe.createdAt) + 10 * DAY;
      const { token } = await ada.tokens.create(
        personal("ten days", { expiresAt: new Date(expiresAt).toISOString() }),
      );
      const seen = async () =>
        (await t.control.notifications()).filter((n) => n.token.id === token.id).map((n) => n.type);
      const steps: [number, string[]][] = [
        [2, ["token.created"]],
        [2, ["token.created", "token.expiring"]],
        [1, ["token.created", "token.expiring"]],
        [4.5, ["token.created", "token.expiring", "token.expiring"]],
        [1, ["token.created", "token.expiring", "token.expiring", "token.expired"]],
        [1, ["token.created", "token.expiring", "token.expiring", "token.expired"]],
      ];
      for (const [days, types] of steps) {
        await t.control.advanceClock({ hours: days * 24 });
        await ada.requester.get();
        expect(await seen(), `after ${days} more days`).toEqual(types);
      }
    });

    test("P3: organization tokens notify every admin; a token created to expire within 7 days gets no 7-day notice", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token: probe } = await ada.tokens.create(personal("clock probe"));
      const now = Date.parse(probe.createdAt);
      const { token } = await ada.tokens.create({
        ...personal("three days", { expiresAt: new Date(now + 3 * DAY).toISOString() }),
        type: "organization",
        role: "developer",
      });
      await t.control.advanceClock({ days: 4 });
      const { admin, developer } = castOf(t);
      const all = (await t.control.notifications()).filter((n) => n.token.id === token.id);
      // The admin the kit knows (the organization may have others); never a developer.
      expect(all.filter((n) => n.recipient.userId === developer.userId)).toEqual([]);
      const notes = all.filter((n) => n.recipient.userId === admin.userId);
      expect(notes.map((n) => n.type)).toEqual(["token.created", "token.expiring", "token.expired"]);
      expect(notes[2]?.expiresAt).toBe(new Date(now + 3 * DAY).toISOString());
    });

    test("P4: a leak report needs no credential, is always 202, and revokes the live tokens in it", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const leaked = await ada.tokens.create(personal("leaked"));
      const dead = await ada.tokens.create(personal("already revoked"));
      await ada.tokens.revoke(dead.token.id);
      const unknown = `${leaked.secret.slice(0, 9)}${"Z".repeat(29)}${leaked.secret.slice(-6)}`;
      const answer = await report(t, [leaked.secret, dead.secret, unknown, "not a secret", leaked.secret]);
      expect(answer.status).toBe(202);
      expect(await answer.text()).toBe("");
      expect((await send(t, "/v1/requester", { token: leaked.secret })).status).toBe(401);
      expect(await ada.tokens.get(leaked.token.id)).toMatchObject({
        status: "revoked",
        revocationReason: "leaked",
      });
      expect(await ada.tokens.get(dead.token.id)).toMatchObject({ revocationReason: "manual" });
      // This scenario's two tokens (a shared server keeps the events of earlier runs).
      const ours = (e: { token: { id: string } | null }) =>
        e.token?.id === leaked.token.id || e.token?.id === dead.token.id;
      const events = await ada.auditEvents.list({ type: "token.leaked" });
      expect(events.data.filter(ours).map((e) => [e.token?.id, e.actor, e.reason])).toEqual([
        [leaked.token.id, null, "leaked"],
      ]);
      expect(JSON.stringify(events)).not.toContain(leaked.secret);
      const notes = (await t.control.notifications()).filter((n) => n.type === "token.leaked");
      expect(notes.map((n) => [n.token.id, n.recipient.userId, n.actor])).toEqual([
        [leaked.token.id, castOf(t).admin.userId, null],
      ]);
      // The same answer for nothing live, and an Authorization header (even a broken one) is not read.
      const again = await report(t, [leaked.secret], { authorization: "Bearer two parts" });
      expect(again.status).toBe(202);
      expect((await ada.auditEvents.list({ type: "token.leaked" })).data.filter(ours)).toHaveLength(1);
      const empty = await breaches("body", () => report(t, []));
      expect(empty.status).toBe(400);
    });

    test("P4: leak reports are rate limited per address like logins; the refused report changes nothing", async () => {
      const t = await makeTarget();
      // Checked first: without it the ten reports would use up the kit's address on the server.
      requireControl(t.control, "POST /__mock/clock", "to wait out the 15 minutes of a used-up limit");
      const ada = clientAs(t, "admin");
      const remaining: string[] = [];
      for (let i = 0; i < 10; i++) {
        const answer = await report(t, ["tsr_pat_nothing"]);
        expect(answer.status).toBe(202);
        expect(answer.headers.get("ratelimit-limit")).toBe("10");
        remaining.push(answer.headers.get("ratelimit-remaining") ?? "");
      }
      expect(remaining).toEqual(["9", "8", "7", "6", "5", "4", "3", "2", "1", "0"]);
      const live = await ada.tokens.create(personal("live"));
      const refused = await report(t, [live.secret]);
      expect(refused.status).toBe(429);
      expect((await refused.json()).code).toBe("rate_limited");
      expect(Number(refused.headers.get("retry-after"))).toBe(900);
      expect(refused.headers.get("ratelimit-remaining")).toBe("0");
      expect((await send(t, "/v1/requester", { token: live.secret })).status).toBe(200);
      await t.control.advanceClock({ minutes: 15 });
      expect((await report(t, [live.secret])).status).toBe(202);
      expect((await send(t, "/v1/requester", { token: live.secret })).status).toBe(401);
    });

    test("A5: login answers say where the email stands against the lockout (RateLimit-*)", async () => {
      const t = await makeTarget();
      const grace = castOf(t).login("developer");
      const login = (password: string) =>
        send(t, "/v1/auth/login", {
          method: "POST",
          headers: { authorization: basic(grace.email, password) },
        });
      // A successful login clears the email's failures, wherever earlier runs left them.
      const fresh = await login(grace.password);
      expect(fresh.status).toBe(201);
      expect([fresh.headers.get("ratelimit-limit"), fresh.headers.get("ratelimit-remaining")]).toEqual([
        "5",
        "5",
      ]);
      const failed = await login("wrong");
      expect(failed.status).toBe(401);
      expect([failed.headers.get("ratelimit-limit"), failed.headers.get("ratelimit-remaining")]).toEqual([
        "5",
        "4",
      ]);
      expect(Number(failed.headers.get("ratelimit-reset"))).toBe(900);
      const ok = await login(grace.password);
      expect(ok.status).toBe(201);
      expect(ok.headers.get("ratelimit-remaining")).toBe("5");
    });

    test("P6: legacy keys stop at the Sunset they announce, with 401 legacy_key_sunset and the Link", async () => {
      const t = await makeTarget();
      const legacy = (await castOf(t).legacyKey()).secret;
      const working = await send(t, "/v1/requester", { token: legacy });
      expect(working.status).toBe(200);
      const sunset = working.headers.get("sunset") ?? "";
      const link = working.headers.get("link");
      expect(Date.parse(sunset)).toBeGreaterThan(Date.now() + 10 * 365 * DAY);
      const { token: probe } = await clientAs(t, "admin").tokens.create(personal("clock probe"));
      await t.control.advanceClock(Date.parse(sunset) - Date.parse(probe.createdAt) - 1000);
      expect((await send(t, "/v1/requester", { token: legacy })).status).toBe(200);
      await t.control.advanceClock(1000);
      const refused = await send(t, "/v1/requester", { token: legacy });
      expect(refused.status).toBe(401);
      expect((await refused.json()).code).toBe("legacy_key_sunset");
      expect(refused.headers.get("link")).toBe(link);
      expect(refused.headers.get("sunset")).toBe(sunset);
      expect(refused.headers.get("www-authenticate")).toContain('error="invalid_token"');
      expect((await clientAs(t, "admin").tokens.introspect(legacy)).active).toBe(false);
    });

    test("A2: a secret alone as the Authorization value, as apiKeyAuth describes, authenticates", async () => {
      const t = await makeTarget();
      const { admin } = castOf(t);
      const legacyKey = await castOf(t).legacyKeyIfAny();
      const bare = await send(t, "/v1/requester", { headers: { authorization: admin.token.secret } });
      expect(bare.status).toBe(200);
      expect((await bare.json()).id).toBe(admin.userId);
      // A legacy key's bare secret too, where there is one.
      if (legacyKey) {
        const legacy = await send(t, "/v1/tokens/current", {
          headers: { authorization: legacyKey.secret },
        });
        expect((await legacy.json()).kind).toBe("legacy");
      }
      const wrong = await send(t, "/v1/requester", { headers: { authorization: "tsr_pat_short" } });
      expect(wrong.status).toBe(401);
      expect(await clientWith(t, admin.token.secret, "ApiKey").requester.get()).toMatchObject({
        id: admin.userId,
      });
    });
  });
}
