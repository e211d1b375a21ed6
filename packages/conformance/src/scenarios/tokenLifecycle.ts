import { parseToken } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { seedMember, withCast } from "../support/cast.js";
import { castOf, clientAs, clientWith, FULL, rawAs, send, sessionFor } from "../support/clients.js";
import { expectInstant, frozenClock, timed } from "../support/clock.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";
import { Unavailable } from "../target/Unavailable.js";

const personal = (label: string) => ({
  label,
  type: "personal" as const,
  scopes: [{ resource: "tokens" as const, access: "write" as const }],
  sensitiveData: "visible" as const,
});
const status = async (t: Target, secret: string) =>
  (await send(t, "/v1/tokens/current", { token: secret })).status;

export function tokenLifecycleScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("token lifecycle", () => {
    test("T11: rotate issues a new secret; the old one works until the grace period ends", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token, secret: old } = await ada.tokens.create(personal("rotating"));
      const rotated = await ada.tokens.rotate(token.id, { gracePeriodSeconds: 3600 });
      expect(rotated.token.id).toBe(token.id);
      expect(rotated.secret).not.toBe(old);
      expect(rotated.token.prefix).toBe(rotated.secret.slice(0, 12));
      expect(parseToken(rotated.secret).valid).toBe(true);
      expect(await status(t, old)).toBe(200);
      expect(await status(t, rotated.secret)).toBe(200);
      await t.control.advanceClock({ minutes: 59 });
      expect(await status(t, old)).toBe(200);
      await t.control.advanceClock({ minutes: 1 });
      expect(await status(t, old)).toBe(401);
      expect(await status(t, rotated.secret)).toBe(200);
    });

    test("T11: without a grace period the old secret stops at once; bounds are 0-86400", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token, secret: old } = await ada.tokens.create(personal("rotating"));
      const { secret } = await ada.tokens.rotate(token.id);
      expect(await status(t, old)).toBe(401);
      expect(await status(t, secret)).toBe(200);
      const tooLong = await breaches("body", () =>
        rawAs(t, "admin").POST("/v1/tokens/{id}/rotate", {
          params: { path: { id: token.id } },
          body: { gracePeriodSeconds: 86401 },
        }),
      );
      expect(tooLong.response.status).toBe(400);
      expect(tooLong.error?.errors?.[0]?.pointer).toBe("/body/gracePeriodSeconds");
    });

    test("T11: rotation rules: revoked tokens cannot rotate, legacy keys migrate, owners rotate personal tokens", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token } = await ada.tokens.create(personal("dead"));
      await ada.tokens.revoke(token.id);
      const dead = await rawAs(t, "admin").POST("/v1/tokens/{id}/rotate", {
        params: { path: { id: token.id } },
      });
      expect(dead.error?.code).toBe("token_not_active");
      const legacyKey = await castOf(t).legacyKeyToRotate();
      const migrated = await ada.tokens.rotate(legacyKey.id);
      expect(migrated.secret).toMatch(/^tsr_oat_/);
      expect(migrated.token.legacy).toBe(false);
      expect(await status(t, legacyKey.secret)).toBe(401);
      const foreign = await rawAs(t, "admin").POST("/v1/tokens/{id}/rotate", {
        params: { path: { id: castOf(t).developer.token.id } },
      });
      expect(foreign.error?.code).toBe("forbidden");
    });

    test("T12: tokens/current describes the calling credential", async () => {
      const t = await makeTarget();
      const { developer, organization } = castOf(t);
      // As an admin sees the developer's token.
      const seen = await clientAs(t, "admin").tokens.get(developer.token.id);
      expect(await clientAs(t, "developer").tokens.current()).toMatchObject({
        id: seen.id,
        kind: "personal",
        label: seen.label,
        prefix: seen.prefix,
        role: "developer",
        sensitiveData: "hidden",
        organizationId: organization.id,
      });
      const legacyKey = await castOf(t).legacyKey();
      expect(await clientWith(t, legacyKey.secret).tokens.current()).toMatchObject({
        kind: "legacy",
        role: "admin",
      });
    });

    test("T12: introspection answers per RFC 7662, and exactly { active: false } for dead tokens", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { admin, developer, other, organization } = castOf(t);
      const live = await ada.tokens.introspect(developer.token.secret);
      expect(live).toMatchObject({
        active: true,
        scope: "tokens:write zones:write domains:read",
        client_id: developer.token.id,
        username: expect.any(String),
        token_type: "Bearer",
        sub: developer.userId,
        kind: "personal",
        organization_id: organization.id,
      });
      // The username is the developer's email, where the kit knows it.
      if (developer.knownEmail && live.active)
        expect(live.username?.toLowerCase()).toBe(developer.knownEmail.toLowerCase());
      const { token, secret } = await ada.tokens.create(personal("to revoke"));
      await ada.tokens.revoke(token.id);
      for (const dead of [secret, "garbage", other.token.secret]) {
        const response = await send(t, "/v1/tokens/introspect", {
          method: "POST",
          token: admin.token.secret,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ token: dead }),
        });
        expect(await response.text()).toBe('{"active":false}');
      }
    });

    test("T13: expiresAt must be in the future and within the organization's lifetime cap", async () => {
      const t = await makeTarget();
      const cap = (await clientAs(t, "other").organization.get()).policy.maxTokenLifetimeDays;
      if (cap === null)
        throw new Unavailable(
          `needs an organization that caps token lifetimes (T13): the other organization, ${castOf(t).other.organization.id}, has no maxTokenLifetimeDays`,
        );
      const { token: probe } = await clientAs(t, "admin").tokens.create(personal("clock probe"));
      const now = Date.parse(probe.createdAt);
      const DAY = 86_400_000;
      const past = await rawAs(t, "admin").POST("/v1/tokens", {
        body: { ...personal("p"), expiresAt: new Date(now - DAY).toISOString() },
      });
      expect(past.error?.errors?.[0]).toMatchObject({ pointer: "/body/expiresAt" });
      // The other organization caps tokens at `cap` days: omitted means the cap, beyond is refused, null is refused.
      const sol = rawAs(t, "other");
      // An omitted expiry is also never later than the caller's own (H1): the other user's token.
      const own = (await clientAs(t, "other").tokens.current()).expiresAt;
      const ownMs = own === null ? Number.POSITIVE_INFINITY : Date.parse(own);
      const full = { label: "s", type: "personal" as const, scopes: FULL, sensitiveData: "visible" as const };
      const capped = await sol.POST("/v1/tokens", { body: full });
      // The cap counts from the request: on a live clock, after the probe and by its createdAt
      // (with the frozen clock, exactly the probe's instant plus the cap); and the caller's own
      // expiry, counted from its creation a little earlier, may come first.
      const createdAt = Date.parse(capped.data?.token.createdAt ?? "");
      const expiresAt = Date.parse(capped.data?.token.expiresAt ?? "");
      expect(capped.data?.token.expiresAt).toBe(new Date(expiresAt).toISOString());
      expect(expiresAt).toBeGreaterThanOrEqual(Math.min(now + cap * DAY, ownMs));
      expect(expiresAt).toBeLessThanOrEqual(Math.min(createdAt + cap * DAY, ownMs));
      const beyond = await sol.POST("/v1/tokens", {
        body: { ...full, expiresAt: new Date(now + cap * DAY + 14 * 3600_000).toISOString() },
      });
      expect(beyond.response.status).toBe(400);
      const never = await sol.POST("/v1/tokens", { body: { ...full, expiresAt: null } });
      expect(never.response.status).toBe(400);
      const inside = await sol.POST("/v1/tokens", {
        body: { ...full, expiresAt: new Date(now + (cap / 2) * DAY).toISOString() },
      });
      expect(inside.response.status).toBe(201);
    });

    test("T14: every accepted request updates lastUsedAt and lastUsedIp (the caller's own address, H4)", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token, secret } = await ada.tokens.create(personal("used"));
      expect((await ada.tokens.get(token.id)).lastUsedAt).toBeNull();
      // With the control API, five minutes on, so that the use is not stamped with the creation's time.
      const later = frozenClock(t) ? 5 * 60_000 : 0;
      if (later) await t.control.advanceClock({ minutes: 5 });
      const [, window] = await timed(() =>
        send(t, "/v1/requester", {
          token: secret,
          headers: { "x-forwarded-for": "203.0.113.7, 10.0.0.1" },
        }),
      );
      const used = await ada.tokens.get(token.id);
      expectInstant(t, used.lastUsedAt, window, later, "lastUsedAt");
      // The address the server saw for the kit's own first calls (in-process the mock's
      // clientAddress, 127.0.0.1; over HTTP the connection's, or a trusted proxy's report of it).
      const here = await castOf(t).address();
      expect(here).not.toBe("203.0.113.7");
      expect(used.lastUsedIp).toBe(here);
    });

    test("T15: organization tokens survive their creator leaving; personal tokens stop in that organization", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const org = await ada.tokens.create({
        label: "org",
        type: "organization",
        scopes: FULL,
        sensitiveData: "visible",
      });
      const { admin, organization } = castOf(t);
      await t.control.removeMember(admin.userId, organization.id);
      expect(await status(t, org.secret)).toBe(200);
      expect(await status(t, admin.token.secret)).toBe(401);
    });

    test("§2: demoting a user narrows their tokens at once", async () => {
      const t = await makeTarget();
      const session = clientWith(t, await sessionFor(t, "admin"));
      const { admin, organization } = castOf(t);
      expect((await rawAs(t, "admin").GET("/v1/audit-events")).response.status).toBe(200);
      await t.control.setRole(admin.userId, organization.id, "developer");
      expect((await rawAs(t, "admin").GET("/v1/audit-events")).response.status).toBe(403);
      expect((await session.tokens.current()).role).toBe("developer");
      const { error } = await rawAs(t, "admin").POST("/v1/tokens", {
        body: { label: "o", type: "organization", scopes: FULL, sensitiveData: "visible" },
      });
      expect(error?.code).toBe("forbidden");
    });

    test("T16: creating, rotating and revoking notify the right people with the masked token", async () => {
      const t = await makeTarget();
      const { admin, developer, organization } = castOf(t);
      // A second admin of the organization, seeded: organization tokens notify every admin.
      const ida = await seedMember(t, organization.id, "admin", "Ida Rhodes");
      const grace = clientAs(t, "developer");
      // The developer's token is `hidden`, so what it creates is hidden too (H1).
      const mine = await grace.tokens.create({ ...personal("grace's"), sensitiveData: "hidden" });
      const before = (await t.control.notifications()).length;
      const org = await clientAs(t, "admin").tokens.create({
        label: "shared",
        type: "organization",
        scopes: FULL,
        sensitiveData: "visible",
      });
      await clientAs(t, "admin").tokens.rotate(org.token.id);
      await grace.tokens.revoke(mine.token.id);
      // This scenario's tokens, to the people it knows (the organization may have other admins).
      const known = new Map([
        [admin.userId, "admin"],
        [developer.userId, "developer"],
        [ida.id, "second admin"],
      ]);
      const all = await t.control.notifications();
      const notes = all.filter(
        (n) => (n.token.id === mine.token.id || n.token.id === org.token.id) && known.has(n.recipient.userId),
      );
      const summary = notes.map((n) => `${n.type} ${n.token.label} -> ${known.get(n.recipient.userId)}`);
      expect(summary).toEqual([
        "token.created grace's -> developer",
        "token.created shared -> admin",
        "token.created shared -> second admin",
        "token.rotated shared -> admin",
        "token.rotated shared -> second admin",
        "token.revoked grace's -> developer",
      ]);
      expect(notes.find((n) => n.recipient.userId === ida.id)?.recipient.email).toBe(ida.email);
      const created = all.slice(before).find((n) => n.recipient.userId === admin.userId);
      expect(created).toMatchObject({
        type: "token.created",
        actor: { id: admin.userId, name: admin.name },
        occurredAt: "2026-11-22T10:00:00.000Z",
      });
      expect(created?.token.masked).toBe(`${org.token.prefix}${"*".repeat(32)}`);
      expect(JSON.stringify(notes)).not.toContain(org.secret);
      expect(JSON.stringify(notes)).not.toContain(mine.secret);
    });

    test("T16: admins read audit events: token.created/updated/rotated/revoked", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { admin, organization } = castOf(t);
      const seen = new Set((await ada.auditEvents.list({ limit: 100 })).data.map((e) => e.id));
      // Likewise for the type filter: a long-lived organization has more than 100 events.
      const seenCreated = new Set(
        (await ada.auditEvents.list({ type: "token.created", limit: 100 })).data.map((e) => e.id),
      );
      const { token, secret } = await ada.tokens.create(personal("audited"));
      await ada.tokens.update(token.id, { label: "audited 2" });
      await ada.tokens.rotate(token.id);
      await ada.tokens.revoke(token.id);
      // The events since this scenario began, newest first.
      const events = {
        data: (await ada.auditEvents.list({ limit: 100 })).data.filter((e) => !seen.has(e.id)),
      };
      expect(events.data.map((e) => e.type)).toEqual([
        "token.revoked",
        "token.rotated",
        "token.updated",
        "token.created",
      ]);
      expect(events.data[3]).toMatchObject({
        actor: { id: admin.userId, kind: "user", credentialId: admin.token.id },
        token: { id: token.id },
        organizationId: organization.id,
      });
      expect(JSON.stringify(events)).not.toContain(secret);
      const onlyCreated = await ada.auditEvents.list({ type: "token.created", limit: 100 });
      expect(onlyCreated.data.filter((e) => !seenCreated.has(e.id))).toHaveLength(1);
      expect(onlyCreated.data.every((e) => e.type === "token.created")).toBe(true);
      const { error } = await rawAs(t, "developer").GET("/v1/audit-events");
      expect(error?.code).toBe("forbidden");
    });

    test("T16: admins read audit events: login.failed, with the email tried and no actor", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { organization } = castOf(t);
      // A member's email: a failed login is audited in the organizations of the user it names.
      const { email, settle } = castOf(t).failingLogin(["admin", "developer"], "for the login.failed event");
      const seen = new Set(
        (await ada.auditEvents.list({ type: "login.failed", limit: 100 })).data.map((e) => e.id),
      );
      const { token } = await ada.tokens.create(personal("before the failed login"));
      await expect(clientWith(t).auth.login({ email, password: "nope" })).rejects.toMatchObject({
        status: 401,
      });
      await settle();
      const failed = (await ada.auditEvents.list({ type: "login.failed", limit: 100 })).data.filter(
        (e) => !seen.has(e.id) && e.email?.toLowerCase() === email.toLowerCase(),
      );
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({
        type: "login.failed",
        actor: null,
        token: null,
        organizationId: organization.id,
      });
      // Newest first: after the token created before it.
      const ids = (await ada.auditEvents.list({ limit: 100 })).data.map((e) => e.id);
      const created = (await ada.auditEvents.list({ type: "token.created", limit: 100 })).data.find(
        (e) => e.token?.id === token.id,
      );
      expect(ids.indexOf(failed[0]?.id ?? "")).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(failed[0]?.id ?? "")).toBeLessThan(ids.indexOf(created?.id ?? ""));
    });

    test("T17: legacy keys work with either scheme and every response carries deprecation headers", async () => {
      const t = await makeTarget();
      const legacyKey = await castOf(t).legacyKey();
      for (const scheme of ["Bearer", "ApiKey"]) {
        const response = await send(t, "/v1/requester", {
          headers: { authorization: `${scheme} ${legacyKey.secret}` },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get("deprecation")).toMatch(/^@\d+$/);
        expect(Date.parse(response.headers.get("sunset") ?? "")).toBeGreaterThan(Date.parse("2026-11-22"));
        expect(response.headers.get("link")).toContain('rel="deprecation"');
      }
      const refused = await send(t, "/v1/tokens/tok_0000000000000000", {
        token: legacyKey.secret,
      });
      expect(refused.status).toBe(404);
      expect(refused.headers.get("deprecation")).toMatch(/^@\d+$/);
      const modern = await send(t, "/v1/requester", { token: castOf(t).admin.token.secret });
      expect(modern.headers.get("deprecation")).toBeNull();
    });

    test("T17: legacy keys cannot be created", async () => {
      const t = await makeTarget();
      const response = await breaches("body", () =>
        send(t, "/v1/tokens", {
          method: "POST",
          token: castOf(t).admin.token.secret,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ ...personal("legacy"), legacy: true }),
        }),
      );
      expect(response.status).toBe(400);
      expect((await response.json()).errors[0].pointer).toBe("/body/legacy");
    });

    test("T18: the same Idempotency-Key and body replay the first response; another body is 422", async () => {
      const t = await makeTarget();
      const ada = rawAs(t, "admin");
      // A key of this run's own: a configured token may have sent another run's before (shared server).
      const headers = {
        "Idempotency-Key": `create-ci-token-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
      };
      const first = await ada.POST("/v1/tokens", { params: { header: headers }, body: personal("once") });
      const again = await ada.POST("/v1/tokens", { params: { header: headers }, body: personal("once") });
      expect(again.response.status).toBe(201);
      expect(again.data).toEqual(first.data);
      expect(again.response.headers.get("idempotent-replayed")).toBe("true");
      // Active only: a shared server keeps the revoked tokens of earlier runs, labels and all.
      const list = await clientAs(t, "admin").tokens.list({ search: "once", status: "active" });
      expect(list.data.filter((x) => x.label === "once")).toHaveLength(1);
      const other = await ada.POST("/v1/tokens", { params: { header: headers }, body: personal("twice") });
      expect(other.response.status).toBe(422);
      expect(other.error?.code).toBe("idempotency_key_reused");
      // Another principal may use the same key; after 24 hours the key is forgotten.
      const grace = await rawAs(t, "developer").POST("/v1/tokens", {
        params: { header: headers },
        body: { ...personal("once"), sensitiveData: "hidden" }, // the developer's token is hidden (H1)
      });
      expect(grace.response.status).toBe(201);
      await t.control.advanceClock({ hours: 24 });
      const later = await ada.POST("/v1/tokens", { params: { header: headers }, body: personal("twice") });
      expect(later.response.status).toBe(201);
    });

    test("T18: rotate honours Idempotency-Key, so a retried rotation yields one secret", async () => {
      const t = await makeTarget();
      const { token } = await clientAs(t, "admin").tokens.create(personal("r"));
      const ada = rawAs(t, "admin");
      const call = () =>
        ada.POST("/v1/tokens/{id}/rotate", {
          params: { path: { id: token.id }, header: { "Idempotency-Key": `rot-${token.id}` } },
          body: {},
        });
      const [a, b] = [await call(), await call()];
      expect(b.data?.secret).toBe(a.data?.secret);
      expect(await status(t, a.data?.secret ?? "")).toBe(200);
    });
  });
}
