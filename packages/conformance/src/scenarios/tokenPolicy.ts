/**
 * Token policy (P1, P2, P5): IP allow-lists, not-before, and the organization's policy, with the
 * no-escalation rule (H1) wherever a credential could give a token more than it holds.
 */
import { describe, expect, test } from "vitest";
import { withCast } from "../support/cast.js";
import { castOf, clientAs, clientWith, FULL, rawAs, rawWith, send } from "../support/clients.js";
import { requireControl } from "../support/clock.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

const full = (label: string, extra: Record<string, unknown> = {}) => ({
  label,
  type: "personal" as const,
  scopes: FULL,
  sensitiveData: "visible" as const,
  ...extra,
});
/**
 * Where the kit calls from, as the server sees it (support/cast.ts `address()`: in-process
 * 127.0.0.1, over loopback the connection's, on a staging server whatever its network shows):
 * the block of that one address, a wider block around it (its /24, or for IPv6 the address
 * alone), and a documentation block it is not in (RFC 5737).
 */
async function ranges(t: Target) {
  const here = await castOf(t).address();
  const v6 = here.includes(":");
  const away = here.startsWith("203.0.113.") ? "198.51.100.0/24" : "203.0.113.0/24";
  return {
    here,
    exactly: [`${here}/${v6 ? 128 : 32}`],
    around: [v6 ? `${here}/128` : `${here.replace(/\.\d+$/, ".0")}/24`],
    away,
  };
}

export function tokenPolicyScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("token policy", () => {
    test("P1: a request from outside the token's allowedIps is 403 ip_not_allowed and changes nothing", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { exactly, away: elsewhere } = await ranges(t);
      const away = await ada.tokens.create(full("elsewhere only", { allowedIps: [elsewhere] }));
      expect(away.token.allowedIps).toEqual([elsewhere]);
      const refused = await send(t, "/v1/requester", { token: away.secret });
      expect(refused.status).toBe(403);
      expect((await refused.json()).code).toBe("ip_not_allowed");
      // E4: the address is the credential's second half, decided before the contract is read.
      const badBody = await breaches("body", () =>
        send(t, "/v1/tokens", {
          method: "POST",
          token: away.secret,
          headers: { "content-type": "application/json" },
          body: "{}",
        }),
      );
      expect(badBody.status).toBe(403);
      expect((await ada.tokens.get(away.token.id)).lastUsedAt).toBeNull();

      const here = await ada.tokens.create(full("here", { allowedIps: exactly }));
      expect((await send(t, "/v1/requester", { token: here.secret })).status).toBe(200);
      expect((await ada.tokens.get(here.token.id)).lastUsedAt).not.toBeNull();
      expect((await clientWith(t, here.secret).tokens.current()).allowedIps).toEqual(exactly);
    });

    test("P1: allowedIps take IPv4 and IPv6 blocks, stored canonical; anything else is 400", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token } = await ada.tokens.create(
        full("canonical", { allowedIps: ["2001:DB8::/32", "198.51.100.7", "2001:db8:0:0::7"] }),
      );
      expect(token.allowedIps).toEqual(["2001:db8::/32", "198.51.100.7/32", "2001:db8::7/128"]);
      for (const [allowedIps, pointer, detail] of [
        [["10.1.2.3/8"], "/body/allowedIps/0", /10\.0\.0\.0\/8/],
        [["10.1"], "/body/allowedIps/0", /not an IPv4 or IPv6/],
        [["10.0.0.0/33"], "/body/allowedIps/0", /at most \/32/],
        [["fe80::1%eth0"], "/body/allowedIps/0", /not an IPv4 or IPv6/],
        [["10.0.0.0/8", "10.0.0.0/8 "], "/body/allowedIps/1", /not an IPv4 or IPv6/],
        [["10.0.0.1", "10.0.0.1/32"], "/body/allowedIps/1", /already in the list/],
      ] as const) {
        const refused = await rawAs(t, "admin").POST("/v1/tokens", {
          body: full("bad", { allowedIps: [...allowedIps] }),
        });
        expect(refused.response.status, allowedIps.join()).toBe(400);
        expect(refused.error?.errors?.[0]?.pointer).toBe(pointer);
        expect(refused.error?.errors?.[0]?.detail).toMatch(detail);
      }
      const tooMany = await breaches("body", () =>
        rawAs(t, "admin").POST("/v1/tokens", {
          body: full("too many", { allowedIps: Array.from({ length: 21 }, (_, i) => `10.0.${i}.0/24`) }),
        }),
      );
      expect(tooMany.response.status).toBe(400);
    });

    test("P1/H1: a restricted credential creates, edits and rotates only tokens within its own ranges", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { here, exactly, around, away } = await ranges(t);
      const narrow = await ada.tokens.create(full("around here only", { allowedIps: around }));
      const asNarrow = rawWith(t, narrow.secret);
      const wide = await asNarrow.POST("/v1/tokens", { body: full("anywhere") });
      expect(wide.response.status).toBe(403);
      expect(wide.error).toMatchObject({ code: "scope_escalation", refused: ["allowedIps"] });
      const outside = await asNarrow.POST("/v1/tokens", {
        body: full("elsewhere", { allowedIps: [...exactly, away] }),
      });
      expect(outside.error?.refused).toEqual([`allowedIps[${away}]`]);
      const within = await asNarrow.POST("/v1/tokens", {
        body: full("one address", { allowedIps: [here] }),
      });
      expect(within.response.status).toBe(201);
      const id = within.data?.token.id as string;

      const lift = await asNarrow.PATCH("/v1/tokens/{id}", {
        params: { path: { id } },
        body: { allowedIps: null },
      });
      expect(lift.error).toMatchObject({ code: "scope_escalation", refused: ["allowedIps"] });
      const rename = await asNarrow.PATCH("/v1/tokens/{id}", {
        params: { path: { id } },
        body: { label: "renamed" },
      });
      expect(rename.response.status).toBe(200);
      // Rotating an unrestricted token would hand out a secret that works from anywhere.
      const other = await ada.tokens.create(full("unrestricted"));
      const rotate = await asNarrow.POST("/v1/tokens/{id}/rotate", {
        params: { path: { id: other.token.id } },
      });
      expect(rotate.error).toMatchObject({ code: "scope_escalation", refused: ["allowedIps"] });
      expect((await send(t, "/v1/requester", { token: other.secret })).status).toBe(200);
    });

    test("P2: a token is 401 token_not_yet_valid until its notBefore, then works", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token: probe } = await ada.tokens.create(full("clock probe"));
      const now = Date.parse(probe.createdAt);
      const notBefore = new Date(now + 3600_000).toISOString();
      const { token, secret } = await ada.tokens.create(full("later", { notBefore }));
      expect(token.notBefore).toBe(notBefore);
      expect(token.status).toBe("active");
      const early = await send(t, "/v1/requester", { token: secret });
      expect(early.status).toBe(401);
      expect((await early.json()).code).toBe("token_not_yet_valid");
      expect(early.headers.get("www-authenticate")).toContain('error="invalid_token"');
      expect((await ada.tokens.introspect(secret)).active).toBe(false);
      const backwards = await rawAs(t, "admin").POST("/v1/tokens", {
        body: full("inverted", { notBefore, expiresAt: new Date(now + 1800_000).toISOString() }),
      });
      expect(backwards.error?.errors?.[0]?.pointer).toBe("/body/notBefore");
      await t.control.advanceClock({ hours: 1 });
      expect((await send(t, "/v1/requester", { token: secret })).status).toBe(200);
    });

    test("P5: GET /v1/organization shows the policy; the balance is hidden from hidden credentials", async () => {
      const t = await makeTarget();
      // As GET /v1/requester describes the same organizations.
      const { organization, other } = castOf(t);
      expect(await clientAs(t, "admin").organization.get()).toMatchObject({
        id: organization.id,
        name: organization.name,
        balance: organization.balance,
        policy: { maxTokenLifetimeDays: null, revokeAfterInactiveDays: null, requireAllowedIps: false },
        redacted: [],
      });
      expect(await clientAs(t, "developer").organization.get()).toMatchObject({
        balance: null,
        redacted: ["/balance"],
      });
      expect((await clientAs(t, "other").organization.get()).policy).toEqual(other.organization.policy);
    });

    test("P5: only admins change the policy; a lifetime cap binds expiries set after it", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const forbidden = await rawAs(t, "developer").PATCH("/v1/organization/policy", {
        body: { maxTokenLifetimeDays: 1 },
      });
      expect(forbidden.error?.code).toBe("forbidden");
      // Newest first: the newest 100 before the change, and after it only what is not among them
      // (a long-lived organization, with every run's changes and their undoing, has many more).
      const policyEvents = async () =>
        (await ada.auditEvents.list({ type: "organization.policy_updated", limit: 100 })).data;
      const earlier = new Set((await policyEvents()).map((e) => e.id));
      const before = await ada.tokens.create(full("before the cap"));
      const updated = await ada.organization.updatePolicy({ maxTokenLifetimeDays: 30 });
      expect(updated.policy).toEqual({
        maxTokenLifetimeDays: 30,
        revokeAfterInactiveDays: null,
        requireAllowedIps: false,
      });
      const now = Date.parse(before.token.createdAt);
      const long = await rawAs(t, "admin").POST("/v1/tokens", {
        body: full("too long", { expiresAt: new Date(now + 60 * 86_400_000).toISOString() }),
      });
      expect(long.error?.errors?.[0]?.pointer).toBe("/body/expiresAt");
      // The cap counts from the request: on a live clock, after the first token and by this one's
      // createdAt (with the frozen clock, exactly the first token's instant plus 30 days).
      const defaulted = (await ada.tokens.create(full("defaulted"))).token;
      const expiresAt = Date.parse(defaulted.expiresAt ?? "");
      expect(defaulted.expiresAt).toBe(new Date(expiresAt).toISOString());
      expect(expiresAt).toBeGreaterThanOrEqual(now + 30 * 86_400_000);
      expect(expiresAt).toBeLessThanOrEqual(Date.parse(defaulted.createdAt) + 30 * 86_400_000);
      expect((await ada.tokens.get(before.token.id)).expiresAt).toBeNull();
      const events = (await policyEvents()).filter((e) => !earlier.has(e.id));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actor: { id: castOf(t).admin.userId, credentialId: castOf(t).admin.token.id },
        token: null,
      });
    });

    test("P5: under requireAllowedIps new and edited tokens need allowedIps; others keep working", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const old = await ada.tokens.create(full("from before"));
      const { exactly } = await ranges(t);
      await ada.organization.updatePolicy({ requireAllowedIps: true });
      const bare = await rawAs(t, "admin").POST("/v1/tokens", { body: full("no list") });
      expect(bare.error?.errors?.[0]?.pointer).toBe("/body/allowedIps");
      expect((await ada.tokens.create(full("listed", { allowedIps: exactly }))).token.allowedIps).toEqual(
        exactly,
      );
      expect((await send(t, "/v1/requester", { token: old.secret })).status).toBe(200);
      const rename = await rawAs(t, "admin").PATCH("/v1/tokens/{id}", {
        params: { path: { id: old.token.id } },
        body: { label: "renamed" },
      });
      expect(rename.error?.errors?.[0]?.pointer).toBe("/body/allowedIps");
      const fixed = await ada.tokens.update(old.token.id, { label: "renamed", allowedIps: exactly });
      expect(fixed).toMatchObject({ label: "renamed", allowedIps: exactly });
    });

    test("P5: revokeAfterInactiveDays revokes tokens unused that long, from the last use or the change", async () => {
      const t = await makeTarget();
      requireControl(t.control, "POST /__mock/clock", "to let 31 days of inactivity pass");
      const ada = clientAs(t, "admin");
      const used = await ada.tokens.create(full("used"));
      const idle = await ada.tokens.create(full("idle"));
      await ada.organization.updatePolicy({ revokeAfterInactiveDays: 30 });
      await t.control.advanceClock({ days: 20 });
      expect((await send(t, "/v1/requester", { token: used.secret })).status).toBe(200);
      await ada.requester.get(); // Ada's own token is a token too: used now, it lives to day 50
      await t.control.advanceClock({ days: 11 });
      expect((await send(t, "/v1/requester", { token: idle.secret })).status).toBe(401);
      expect(await ada.tokens.get(idle.token.id)).toMatchObject({
        status: "revoked",
        revocationReason: "inactive",
      });
      expect((await send(t, "/v1/requester", { token: used.secret })).status).toBe(200);
      const revoked = await ada.auditEvents.list({ type: "token.revoked" });
      expect(revoked.data.find((e) => e.token?.id === idle.token.id)).toMatchObject({
        actor: null,
        reason: "inactive",
      });
      const notes = (await t.control.notifications()).filter((n) => n.token.id === idle.token.id);
      expect(notes.map((n) => [n.type, n.reason])).toEqual([
        ["token.created", undefined],
        ["token.revoked", "inactive"],
      ]);
      // The developer never called in those 31 days: their token went the same way.
      expect((await send(t, "/v1/requester", { token: castOf(t).developer.token.secret })).status).toBe(401);
    });
  });
}
