import { DEMO } from "@tessera/mock";
import { parseToken } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { clientAs, clientWith, FULL, rawAs, send, sessionFor } from "../support/clients.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

const personal = (label: string) => ({
  label,
  type: "personal" as const,
  scopes: [{ resource: "tokens" as const, access: "write" as const }],
  sensitiveData: "visible" as const,
});
const status = async (t: Target, secret: string) =>
  (await send(t, "/v1/tokens/current", { token: secret })).status;

export function tokenLifecycleScenarios(makeTarget: () => Promise<Target> | Target) {
  describe("token lifecycle", () => {
    test("T11: rotate issues a new secret; the old one works until the grace period ends", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
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
      const ada = clientAs(t, "ada");
      const { token, secret: old } = await ada.tokens.create(personal("rotating"));
      const { secret } = await ada.tokens.rotate(token.id);
      expect(await status(t, old)).toBe(401);
      expect(await status(t, secret)).toBe(200);
      const tooLong = await breaches("body", () =>
        rawAs(t, "ada").POST("/v1/tokens/{id}/rotate", {
          params: { path: { id: token.id } },
          body: { gracePeriodSeconds: 86401 },
        }),
      );
      expect(tooLong.response.status).toBe(400);
      expect(tooLong.error?.errors?.[0]?.pointer).toBe("/body/gracePeriodSeconds");
    });

    test("T11: rotation rules: revoked tokens cannot rotate, legacy keys migrate, owners rotate personal tokens", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
      const { token } = await ada.tokens.create(personal("dead"));
      await ada.tokens.revoke(token.id);
      const dead = await rawAs(t, "ada").POST("/v1/tokens/{id}/rotate", {
        params: { path: { id: token.id } },
      });
      expect(dead.error?.code).toBe("token_not_active");
      const migrated = await ada.tokens.rotate(DEMO.tokens.acmeLegacy.id);
      expect(migrated.secret).toMatch(/^tsr_oat_/);
      expect(migrated.token.legacy).toBe(false);
      expect(await status(t, DEMO.tokens.acmeLegacy.secret)).toBe(401);
      const foreign = await rawAs(t, "ada").POST("/v1/tokens/{id}/rotate", {
        params: { path: { id: DEMO.tokens.grace.id } },
      });
      expect(foreign.error?.code).toBe("forbidden");
    });

    test("T12: tokens/current describes the calling credential", async () => {
      const t = await makeTarget();
      expect(await clientAs(t, "grace").tokens.current()).toMatchObject({
        id: DEMO.tokens.grace.id,
        kind: "personal",
        label: "Grace's DNS scripts",
        role: "developer",
        sensitiveData: "hidden",
        organizationId: "org_acme",
      });
      expect(await clientAs(t, "soloLegacy").tokens.current()).toMatchObject({
        kind: "legacy",
        role: "admin",
      });
    });

    test("T12: introspection answers per RFC 7662, and exactly { active: false } for dead tokens", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
      const live = await ada.tokens.introspect(DEMO.tokens.grace.secret);
      expect(live).toMatchObject({
        active: true,
        scope: "tokens:write zones:write domains:read",
        client_id: DEMO.tokens.grace.id,
        username: "grace@acme.test",
        token_type: "Bearer",
        sub: "usr_grace",
        kind: "personal",
        organization_id: "org_acme",
      });
      const { token, secret } = await ada.tokens.create(personal("to revoke"));
      await ada.tokens.revoke(token.id);
      for (const dead of [secret, "garbage", DEMO.tokens.sol.secret]) {
        const response = await send(t, "/v1/tokens/introspect", {
          method: "POST",
          token: DEMO.tokens.ada.secret,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ token: dead }),
        });
        expect(await response.text()).toBe('{"active":false}');
      }
    });

    test("T13: expiresAt must be in the future and within the organization's lifetime cap", async () => {
      const t = await makeTarget();
      const past = await rawAs(t, "ada").POST("/v1/tokens", {
        body: { ...personal("p"), expiresAt: "2026-11-21T00:00:00Z" },
      });
      expect(past.error?.errors?.[0]).toMatchObject({ pointer: "/body/expiresAt" });
      // Solo Ltd caps tokens at 365 days: omitted means the cap, beyond is refused, null is refused.
      const sol = rawAs(t, "sol");
      const full = { label: "s", type: "personal" as const, scopes: FULL, sensitiveData: "visible" as const };
      const capped = await sol.POST("/v1/tokens", { body: full });
      expect(capped.data?.token.expiresAt).toBe("2027-11-22T10:00:00.000Z");
      const beyond = await sol.POST("/v1/tokens", { body: { ...full, expiresAt: "2027-11-23T00:00:00Z" } });
      expect(beyond.response.status).toBe(400);
      const never = await sol.POST("/v1/tokens", { body: { ...full, expiresAt: null } });
      expect(never.response.status).toBe(400);
      const inside = await sol.POST("/v1/tokens", { body: { ...full, expiresAt: "2027-05-01T00:00:00Z" } });
      expect(inside.response.status).toBe(201);
    });

    test("T14: every accepted request updates lastUsedAt and lastUsedIp (the caller's own address, H4)", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
      const { token, secret } = await ada.tokens.create(personal("used"));
      expect((await ada.tokens.get(token.id)).lastUsedAt).toBeNull();
      await t.control.advanceClock({ minutes: 5 });
      await send(t, "/v1/requester", {
        token: secret,
        headers: { "x-forwarded-for": "203.0.113.7, 10.0.0.1" },
      });
      const used = await ada.tokens.get(token.id);
      expect(used.lastUsedAt).toBe("2026-11-22T10:05:00.000Z");
      // In-process the mock's clientAddress (default 127.0.0.1); over HTTP the loopback connection.
      expect(used.lastUsedIp).toBe("127.0.0.1");
    });

    test("T15: organization tokens survive their creator leaving; personal tokens stop in that organization", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
      const org = await ada.tokens.create({
        label: "org",
        type: "organization",
        scopes: FULL,
        sensitiveData: "visible",
      });
      await t.control.removeMember("usr_ada", "org_acme");
      expect(await status(t, org.secret)).toBe(200);
      expect(await status(t, DEMO.tokens.ada.secret)).toBe(401);
    });

    test("§2: demoting a user narrows their tokens at once", async () => {
      const t = await makeTarget();
      const session = clientWith(t, await sessionFor(t, "ada@acme.test"));
      expect((await rawAs(t, "ada").GET("/v1/audit-events")).response.status).toBe(200);
      await t.control.setRole("usr_ada", "org_acme", "developer");
      expect((await rawAs(t, "ada").GET("/v1/audit-events")).response.status).toBe(403);
      expect((await session.tokens.current()).role).toBe("developer");
      const { error } = await rawAs(t, "ada").POST("/v1/tokens", {
        body: { label: "o", type: "organization", scopes: FULL, sensitiveData: "visible" },
      });
      expect(error?.code).toBe("forbidden");
    });

    test("T16: creating, rotating and revoking notify the right people with the masked token", async () => {
      const t = await makeTarget();
      await t.control.seed({
        users: [
          {
            id: "usr_ida",
            email: "ida@acme.test",
            password: DEMO.password,
            firstName: "Ida",
            lastName: "Rhodes",
            memberships: [{ organizationId: "org_acme", role: "admin" }],
          },
        ],
      });
      const grace = clientAs(t, "grace");
      // Grace's demo token is `hidden`, so what it creates is hidden too (H1).
      const mine = await grace.tokens.create({ ...personal("grace's"), sensitiveData: "hidden" });
      const org = await clientAs(t, "ada").tokens.create({
        label: "shared",
        type: "organization",
        scopes: FULL,
        sensitiveData: "visible",
      });
      await clientAs(t, "ada").tokens.rotate(org.token.id);
      await grace.tokens.revoke(mine.token.id);
      const notes = await t.control.notifications();
      const summary = notes.map((n) => `${n.type} ${n.token.label} -> ${n.recipient.email}`);
      expect(summary).toEqual([
        "token.created grace's -> grace@acme.test",
        "token.created shared -> ada@acme.test",
        "token.created shared -> ida@acme.test",
        "token.rotated shared -> ada@acme.test",
        "token.rotated shared -> ida@acme.test",
        "token.revoked grace's -> grace@acme.test",
      ]);
      expect(notes[1]).toMatchObject({
        actor: { id: "usr_ada", name: "Ada Lovelace" },
        occurredAt: "2026-11-22T10:00:00.000Z",
      });
      expect(notes[1]?.token.masked).toBe(`${org.token.prefix}${"*".repeat(32)}`);
      expect(JSON.stringify(notes)).not.toContain(org.secret);
      expect(JSON.stringify(notes)).not.toContain(mine.secret);
    });

    test("T16: admins read audit events: token.created/updated/rotated/revoked and login.failed", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
      const { token, secret } = await ada.tokens.create(personal("audited"));
      await ada.tokens.update(token.id, { label: "audited 2" });
      await ada.tokens.rotate(token.id);
      await ada.tokens.revoke(token.id);
      await expect(
        clientWith(t).auth.login({ email: "grace@acme.test", password: "nope" }),
      ).rejects.toMatchObject({ status: 401 });
      const events = await ada.auditEvents.list();
      expect(events.data.map((e) => e.type)).toEqual([
        "login.failed",
        "token.revoked",
        "token.rotated",
        "token.updated",
        "token.created",
      ]);
      expect(events.data[0]).toMatchObject({
        actor: null,
        token: null,
        email: "grace@acme.test",
        organizationId: "org_acme",
      });
      expect(events.data[4]).toMatchObject({
        actor: { id: "usr_ada", kind: "user", credentialId: DEMO.tokens.ada.id },
        token: { id: token.id },
      });
      expect(JSON.stringify(events)).not.toContain(secret);
      const onlyCreated = await ada.auditEvents.list({ type: "token.created" });
      expect(onlyCreated.data).toHaveLength(1);
      const { error } = await rawAs(t, "grace").GET("/v1/audit-events");
      expect(error?.code).toBe("forbidden");
    });

    test("T17: legacy keys work with either scheme and every response carries deprecation headers", async () => {
      const t = await makeTarget();
      for (const scheme of ["Bearer", "ApiKey"]) {
        const response = await send(t, "/v1/requester", {
          headers: { authorization: `${scheme} ${DEMO.tokens.acmeLegacy.secret}` },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get("deprecation")).toMatch(/^@\d+$/);
        expect(Date.parse(response.headers.get("sunset") ?? "")).toBeGreaterThan(Date.parse("2026-11-22"));
        expect(response.headers.get("link")).toContain('rel="deprecation"');
      }
      const refused = await send(t, "/v1/tokens/tok_0000000000000000", {
        token: DEMO.tokens.acmeLegacy.secret,
      });
      expect(refused.status).toBe(404);
      expect(refused.headers.get("deprecation")).toMatch(/^@\d+$/);
      const modern = await send(t, "/v1/requester", { token: DEMO.tokens.ada.secret });
      expect(modern.headers.get("deprecation")).toBeNull();
    });

    test("T17: legacy keys cannot be created", async () => {
      const t = await makeTarget();
      const response = await breaches("body", () =>
        send(t, "/v1/tokens", {
          method: "POST",
          token: DEMO.tokens.ada.secret,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ ...personal("legacy"), legacy: true }),
        }),
      );
      expect(response.status).toBe(400);
      expect((await response.json()).errors[0].pointer).toBe("/body/legacy");
    });

    test("T18: the same Idempotency-Key and body replay the first response; another body is 422", async () => {
      const t = await makeTarget();
      const ada = rawAs(t, "ada");
      const headers = { "Idempotency-Key": "create-ci-token-1" };
      const first = await ada.POST("/v1/tokens", { params: { header: headers }, body: personal("once") });
      const again = await ada.POST("/v1/tokens", { params: { header: headers }, body: personal("once") });
      expect(again.response.status).toBe(201);
      expect(again.data).toEqual(first.data);
      expect(again.response.headers.get("idempotent-replayed")).toBe("true");
      const list = await clientAs(t, "ada").tokens.list({ search: "once" });
      expect(list.data).toHaveLength(1);
      const other = await ada.POST("/v1/tokens", { params: { header: headers }, body: personal("twice") });
      expect(other.response.status).toBe(422);
      expect(other.error?.code).toBe("idempotency_key_reused");
      // Another principal may use the same key; after 24 hours the key is forgotten.
      const grace = await rawAs(t, "grace").POST("/v1/tokens", {
        params: { header: headers },
        body: { ...personal("once"), sensitiveData: "hidden" }, // Grace's token is hidden (H1)
      });
      expect(grace.response.status).toBe(201);
      await t.control.advanceClock({ hours: 24 });
      const later = await ada.POST("/v1/tokens", { params: { header: headers }, body: personal("twice") });
      expect(later.response.status).toBe(201);
    });

    test("T18: rotate honours Idempotency-Key, so a retried rotation yields one secret", async () => {
      const t = await makeTarget();
      const { token } = await clientAs(t, "ada").tokens.create(personal("r"));
      const ada = rawAs(t, "ada");
      const call = () =>
        ada.POST("/v1/tokens/{id}/rotate", {
          params: { path: { id: token.id }, header: { "Idempotency-Key": "rot-1" } },
          body: {},
        });
      const [a, b] = [await call(), await call()];
      expect(b.data?.secret).toBe(a.data?.secret);
      expect(await status(t, a.data?.secret ?? "")).toBe(200);
    });
  });
}
