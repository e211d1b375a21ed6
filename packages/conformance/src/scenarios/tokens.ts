import { NotFoundError, parseToken, type ScopeGrant } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { withCast } from "../support/cast.js";
import { castOf, clientAs, clientWith, FULL, rawAs, rawWith, send, sessionFor } from "../support/clients.js";
import { expectInstant, frozenClock, requireControl, timed } from "../support/clock.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

const personal = (label: string, scopes: ScopeGrant[] = [{ resource: "tokens", access: "read" }]) => ({
  label,
  type: "personal" as const,
  scopes,
  sensitiveData: "visible" as const,
});

/** How many active personal tokens the admin owns (T4 counts them per owner). */
async function ownActive(t: Target) {
  const { admin } = castOf(t);
  let count = 0;
  const list = clientAs(t, "admin").tokens.list({ type: "personal", status: "active", limit: 100 });
  for await (const token of list) if (token.createdBy.id === admin.userId) count++;
  return count;
}

export function tokenScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("tokens", () => {
    test("T1: create returns the token and its secret, with a Location header", async () => {
      const t = await makeTarget();
      const { admin, organization } = castOf(t);
      const [zone] = await castOf(t).someResources("zones", 1);
      // Forty days from now, to the second, as a client writes it (no milliseconds).
      const expiresAt = frozenClock(t)
        ? "2027-01-01T00:00:00.000Z"
        : new Date(Math.floor(Date.now() / 1000) * 1000 + 40 * 86_400_000).toISOString();
      const [{ data, response }, window] = await timed(() =>
        rawAs(t, "admin").POST("/v1/tokens", {
          body: {
            label: "  CI deploy  ",
            description: "Deploys main",
            type: "personal",
            scopes: [
              { resource: "tokens", access: "read" },
              { resource: "zones", access: "write", resourceIds: [zone?.id ?? ""] },
            ],
            sensitiveData: "hidden",
            expiresAt: expiresAt.replace(".000Z", "Z"),
          },
        }),
      );
      expect(response.status).toBe(201);
      const { token, secret } = data ?? { token: undefined, secret: "" };
      expect(parseToken(secret)).toMatchObject({ valid: true, kind: "personal" });
      expect(response.headers.get("location")).toBe(`/v1/tokens/${token?.id}`);
      expect(token).toMatchObject({
        label: "CI deploy",
        description: "Deploys main",
        type: "personal",
        role: null,
        sensitiveData: "hidden",
        prefix: secret.slice(0, 12),
        organizationId: organization.id,
        createdBy: { id: admin.userId, name: admin.name },
        lastUsedAt: null,
        expiresAt,
        status: "active",
        legacy: false,
      });
      expectInstant(t, token?.createdAt, window, 0, "createdAt");
      expect((await clientWith(t, secret).tokens.current()).id).toBe(token?.id);
    });

    test("T2: only admins create organization tokens; developers create personal ones", async () => {
      const t = await makeTarget();
      const grace = rawAs(t, "developer");
      const refused = await grace.POST("/v1/tokens", {
        body: { label: "org", type: "organization", scopes: FULL, sensitiveData: "visible" },
      });
      expect(refused.response.status).toBe(403);
      expect(refused.error?.code).toBe("forbidden");
      // The developer's token is `hidden`, so what it creates is hidden too (H1).
      const own = await grace.POST("/v1/tokens", { body: { ...personal("mine"), sensitiveData: "hidden" } });
      expect(own.response.status).toBe(201);
      const org = await clientAs(t, "admin").tokens.create({
        label: "org",
        type: "organization",
        scopes: FULL,
        sensitiveData: "visible",
      });
      expect(org.token).toMatchObject({ type: "organization", role: "developer" });
      expect(org.secret).toMatch(/^tsr_oat_/);
      // An organization token acting with the developer role is no admin either.
      const acme = await rawWith(t, org.secret).POST("/v1/tokens", {
        body: { label: "o", type: "organization", scopes: FULL, sensitiveData: "visible" },
      });
      expect(acme.error?.code).toBe("forbidden");
    });

    test("T3: no escalation beyond the creator's effective permissions, naming what was refused", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const [one, two] = (await castOf(t).someResources("zones", 2)).map((z) => z.id);
      const { secret: limited } = await ada.tokens.create(
        personal("limited", [
          { resource: "tokens", access: "write" },
          { resource: "zones", access: "read", resourceIds: [one ?? ""] },
        ]),
      );
      const asLimited = rawWith(t, limited);
      const attempts = [
        { scopes: [{ resource: "billing" as const, access: "read" as const }], refused: ["billing:read"] },
        { scopes: [{ resource: "zones" as const, access: "read" as const }], refused: ["zones:read"] },
        {
          scopes: [{ resource: "zones" as const, access: "write" as const, resourceIds: [one ?? ""] }],
          refused: [`zones:write[${one}]`],
        },
        {
          scopes: [{ resource: "zones" as const, access: "read" as const, resourceIds: [two ?? ""] }],
          refused: [`zones:read[${two}]`],
        },
      ];
      for (const { scopes, refused } of attempts) {
        const { error, response } = await asLimited.POST("/v1/tokens", { body: personal("x", scopes) });
        expect(response.status).toBe(403);
        expect(error).toMatchObject({ code: "scope_escalation", refused });
      }
      const allowed = await asLimited.POST("/v1/tokens", {
        body: personal("ok", [{ resource: "zones", access: "read", resourceIds: [one ?? ""] }]),
      });
      expect(allowed.response.status).toBe(201);
      const grace = await rawAs(t, "developer").POST("/v1/tokens", {
        body: { ...personal("dev full", FULL), sensitiveData: "hidden" },
      });
      expect(grace.error).toMatchObject({ code: "scope_escalation" });
      expect(grace.error?.refused).toEqual(["members:read", "domains:write", "certificates:write"]);
    });

    test("T3: a developer's session is bounded by the developer role alone: a full-access personal token is no escalation", async () => {
      const t = await makeTarget();
      const graceSession = rawWith(t, await sessionFor(t, "developer"));
      expect(
        (await graceSession.POST("/v1/tokens", { body: personal("dev full", FULL) })).response.status,
      ).toBe(201);
    });

    test("T3/T9: editing a token cannot escalate it either", async () => {
      const t = await makeTarget();
      const { token } = await clientAs(t, "developer").tokens.create({
        ...personal("g"),
        sensitiveData: "hidden",
      });
      const { error } = await rawAs(t, "developer").PATCH("/v1/tokens/{id}", {
        params: { path: { id: token.id } },
        body: { scopes: [{ resource: "billing", access: "read" }] },
      });
      expect(error).toMatchObject({ code: "scope_escalation", refused: ["billing:read"] });
      expect((await clientAs(t, "developer").tokens.get(token.id)).scopes).toEqual([
        { resource: "tokens", access: "read" },
      ]);
    });

    test("T4: the 51st active token of one owner is refused with limit and current", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      // The admin may already own active personal tokens (the one the scenarios act with, at least).
      const already = await ownActive(t);
      const created = [];
      for (let i = already; i < 50; i++) created.push(await ada.tokens.create(personal(`t${i}`)));
      const { error, response } = await rawAs(t, "admin").POST("/v1/tokens", { body: personal("51st") });
      expect(response.status).toBe(409);
      expect(error).toMatchObject({ code: "token_limit_reached", limit: 50, current: 50 });
      // Organization tokens have their own count; revoking frees a slot.
      expect(
        (
          await ada.tokens.create({
            label: "org",
            type: "organization",
            scopes: FULL,
            sensitiveData: "visible",
          })
        ).token.type,
      ).toBe("organization");
      await ada.tokens.revoke(created[0]?.token.id ?? "");
      expect((await ada.tokens.create(personal("after revoke"))).token.label).toBe("after revoke");
    });

    test("T4: the limit holds under concurrent creates", async () => {
      const t = await makeTarget();
      const ada = rawAs(t, "admin");
      const free = 50 - (await ownActive(t));
      const results = await Promise.all(
        Array.from({ length: 80 }, (_, i) => ada.POST("/v1/tokens", { body: personal(`c${i}`) })),
      );
      const statuses = results.map((r) => r.response.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(free);
      expect(statuses.filter((s) => s === 409)).toHaveLength(80 - free);
      expect(await ownActive(t)).toBe(50);
    });

    test("T5: labels are 1-100 characters after trimming; duplicates are allowed", async () => {
      const t = await makeTarget();
      const ada = rawAs(t, "admin");
      for (const label of ["   ", "", "x".repeat(101)]) {
        // Only "" breaks the schema (minLength 1); the others break T5's length after trimming.
        const create = () => ada.POST("/v1/tokens", { body: personal(label) });
        const { error, response } = await (label === "" ? breaches("body", create) : create());
        expect(response.status, JSON.stringify(label)).toBe(400);
        expect(error?.errors?.[0]?.pointer).toBe("/body/label");
      }
      const a = await ada.POST("/v1/tokens", { body: personal("same") });
      const b = await ada.POST("/v1/tokens", { body: personal("same") });
      expect([a.response.status, b.response.status]).toEqual([201, 201]);
      expect((await ada.POST("/v1/tokens", { body: personal(` ${"y".repeat(100)} `) })).response.status).toBe(
        201,
      );
    });

    test("T6: the secret appears in the create response only, never in list, get or the journal", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token, secret } = await ada.tokens.create(personal("secretive"));
      const seen = JSON.stringify([
        await ada.tokens.list(),
        await ada.tokens.get(token.id),
        await t.control.journal(),
      ]);
      expect(seen).not.toContain(secret);
      expect(seen).not.toContain(secret.slice(12));
      expect(seen).toContain(secret.slice(0, 12));
    });

    test("T7: newest first, cursor pagination, filters; developers see only their own tokens", async () => {
      const t = await makeTarget();
      const { developer, other } = castOf(t);
      const legacyKey = await castOf(t).legacyKeyIfAny();
      const ada = clientAs(t, "admin");
      let before = 0;
      for await (const _ of ada.tokens.list({ limit: 100 })) before++;
      for (let i = 0; i < 5; i++) {
        await ada.tokens.create(personal(`page ${i}`));
        // A second apart with the control API; on the server's own clock, a few milliseconds.
        if (frozenClock(t)) await t.control.advanceClock({ seconds: 1 });
        else await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const first = await ada.tokens.list({ limit: 2 });
      expect(first.data.map((x) => x.label)).toEqual(["page 4", "page 3"]);
      const all: string[] = [];
      for await (const token of ada.tokens.list({ limit: 3 })) all.push(token.label);
      expect(all.slice(0, 5)).toEqual(["page 4", "page 3", "page 2", "page 1", "page 0"]);
      expect(all).toHaveLength(5 + before); // and the tokens the organization had before
      // Active only: a shared server keeps the revoked tokens of earlier runs, labels and all.
      const search = await ada.tokens.list({ search: "PAGE 3", status: "active" });
      expect(search.data.map((x) => x.label)).toEqual(["page 3"]);
      expect(
        (await ada.tokens.list({ type: "organization" })).data.every((x) => x.type === "organization"),
      ).toBe(true);
      if (legacyKey) {
        // Active ones, page by page: a shared server keeps every run's revoked organization tokens.
        const organizationTokens = [];
        for await (const x of ada.tokens.list({ type: "organization", status: "active", limit: 100 }))
          organizationTokens.push(x);
        expect(organizationTokens.find((x) => x.id === legacyKey.id)).toMatchObject({
          legacy: true,
          prefix: legacyKey.secret.slice(0, 12),
        });
      }
      const graceSees = (await clientAs(t, "developer").tokens.list({ limit: 100 })).data;
      expect(graceSees.map((x) => x.id)).toContain(developer.token.id);
      expect(graceSees.filter((x) => x.type !== "personal" || x.createdBy.id !== developer.userId)).toEqual(
        [],
      );
      const solSees = (await clientAs(t, "other").tokens.list()).data;
      expect(solSees.every((x) => x.organizationId === other.organization.id)).toBe(true);
      const bad = await send(t, "/v1/tokens?cursor=bm9wZQ", { token: castOf(t).admin.token.secret });
      expect(bad.status).toBe(400);
      expect((await bad.json()).errors[0].pointer).toBe("/query/cursor");
    });

    test("T7: status filter and the expired and revoked statuses", async () => {
      const t = await makeTarget();
      requireControl(t.control, "POST /__mock/clock", "to move the clock past a token's expiry");
      const ada = clientAs(t, "admin");
      const soon = await ada.tokens.create({ ...personal("soon"), expiresAt: "2026-11-22T11:00:00Z" });
      const gone = await ada.tokens.create(personal("gone"));
      await ada.tokens.revoke(gone.token.id);
      await t.control.advanceClock({ hours: 2 });
      expect((await ada.tokens.get(soon.token.id)).status).toBe("expired");
      // Among this scenario's two tokens (the organization may have had revoked or expired ones before).
      const listed = async (status: "revoked" | "expired") => {
        const { data } = await ada.tokens.list({ status, limit: 100 });
        expect(data.every((x) => x.status === status)).toBe(true);
        return data.map((x) => x.id).filter((id) => id === soon.token.id || id === gone.token.id);
      };
      expect(await listed("revoked")).toEqual([gone.token.id]);
      expect(await listed("expired")).toEqual([soon.token.id]);
    });

    test("T8: a token the caller may not see is 404, never 403", async () => {
      const t = await makeTarget();
      const { admin, developer } = castOf(t);
      const orgToken = await castOf(t).organizationToken();
      const grace = clientAs(t, "developer");
      await expect(grace.tokens.get(admin.token.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(grace.tokens.get(orgToken.id)).rejects.toMatchObject({
        status: 404,
        code: "not_found",
      });
      await expect(clientAs(t, "other").tokens.get(admin.token.id)).rejects.toMatchObject({ status: 404 });
      await expect(grace.tokens.revoke(admin.token.id)).rejects.toMatchObject({ status: 404 });
      expect((await clientAs(t, "admin").tokens.get(developer.token.id)).label).toBe(developer.token.label);
      const malformed = await breaches("path", () =>
        send(t, "/v1/tokens/not-an-id", { token: admin.token.secret }),
      );
      expect(malformed.status).toBe(400);
    });

    test("T9: edits take effect on the next request", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token, secret } = await ada.tokens.create(
        personal("editable", [{ resource: "tokens", access: "write" }]),
      );
      const edited = await ada.tokens.update(token.id, {
        label: "renamed",
        description: "now read-only",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "hidden",
        expiresAt: "2027-06-01T00:00:00Z",
      });
      expect(edited).toMatchObject({
        label: "renamed",
        description: "now read-only",
        sensitiveData: "hidden",
        expiresAt: "2027-06-01T00:00:00.000Z",
      });
      const { error } = await rawWith(t, secret).POST("/v1/tokens", { body: personal("x") });
      expect(error?.code).toBe("insufficient_scope");
      const org = await ada.tokens.create({
        label: "org",
        type: "organization",
        scopes: FULL,
        sensitiveData: "visible",
      });
      expect((await ada.tokens.update(org.token.id, { role: "admin" })).role).toBe("admin");
      const roleOnPersonal = await rawAs(t, "admin").PATCH("/v1/tokens/{id}", {
        params: { path: { id: token.id } },
        body: { role: "admin" },
      });
      expect(roleOnPersonal.response.status).toBe(400);
      const empty = await breaches("body", () =>
        rawAs(t, "admin").PATCH("/v1/tokens/{id}", {
          params: { path: { id: token.id } },
          body: {},
        }),
      );
      expect(empty.response.status).toBe(400);
    });

    test("T10: revoke is immediate; confirm must equal the label", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token, secret } = await ada.tokens.create(personal("Prod deploy"));
      expect((await send(t, "/v1/requester", { token: secret })).status).toBe(200);
      const mismatch = await rawAs(t, "admin").DELETE("/v1/tokens/{id}", {
        params: { path: { id: token.id }, query: { confirm: "prod deploy" } },
      });
      expect(mismatch.response.status).toBe(409);
      expect(mismatch.error?.code).toBe("confirmation_mismatch");
      expect((await send(t, "/v1/requester", { token: secret })).status).toBe(200);
      const [revoked, window] = await timed(() => ada.tokens.revoke(token.id, { confirm: "Prod deploy" }));
      expect(revoked.status).toBe("revoked");
      expectInstant(t, revoked.revokedAt, window, 0, "revokedAt");
      expect((await send(t, "/v1/requester", { token: secret })).status).toBe(401);
      expect((await ada.tokens.revoke(token.id)).status).toBe("revoked");
      const edit = await rawAs(t, "admin").PATCH("/v1/tokens/{id}", {
        params: { path: { id: token.id } },
        body: { label: "again" },
      });
      expect(edit.error?.code).toBe("token_not_active");
    });

    test("T2/T10: developers cannot manage others' tokens; admins can manage members' tokens", async () => {
      const t = await makeTarget();
      const grace = clientAs(t, "developer");
      const orgToken = await castOf(t).organizationToken();
      const mine = await grace.tokens.create({ ...personal("grace's"), sensitiveData: "hidden" });
      expect((await clientAs(t, "admin").tokens.update(mine.token.id, { label: "by admin" })).label).toBe(
        "by admin",
      );
      expect((await clientAs(t, "admin").tokens.revoke(mine.token.id)).status).toBe("revoked");
      await expect(grace.tokens.update(orgToken.id, { label: "x" })).rejects.toMatchObject({
        status: 404,
      });
    });
  });
}
