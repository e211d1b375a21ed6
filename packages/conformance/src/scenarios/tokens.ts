import { DEMO } from "@tessera/mock";
import { NotFoundError, parseToken, type ScopeGrant } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { clientAs, clientWith, FULL, rawAs, rawWith, send, sessionFor } from "../support/clients.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

const personal = (label: string, scopes: ScopeGrant[] = [{ resource: "tokens", access: "read" }]) => ({
  label,
  type: "personal" as const,
  scopes,
  sensitiveData: "visible" as const,
});

export function tokenScenarios(makeTarget: () => Promise<Target> | Target) {
  describe("tokens", () => {
    test("T1: create returns the token and its secret, with a Location header", async () => {
      const t = await makeTarget();
      const { data, response } = await rawAs(t, "ada").POST("/v1/tokens", {
        body: {
          label: "  CI deploy  ",
          description: "Deploys main",
          type: "personal",
          scopes: [
            { resource: "tokens", access: "read" },
            { resource: "zones", access: "write", resourceIds: ["zone_acme01"] },
          ],
          sensitiveData: "hidden",
          expiresAt: "2027-01-01T00:00:00Z",
        },
      });
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
        organizationId: "org_acme",
        createdAt: "2026-11-22T10:00:00.000Z",
        createdBy: { id: "usr_ada", name: "Ada Lovelace" },
        lastUsedAt: null,
        expiresAt: "2027-01-01T00:00:00.000Z",
        status: "active",
        legacy: false,
      });
      expect((await clientWith(t, secret).tokens.current()).id).toBe(token?.id);
    });

    test("T2: only admins create organization tokens; developers create personal ones", async () => {
      const t = await makeTarget();
      const grace = rawAs(t, "grace");
      const refused = await grace.POST("/v1/tokens", {
        body: { label: "org", type: "organization", scopes: FULL, sensitiveData: "visible" },
      });
      expect(refused.response.status).toBe(403);
      expect(refused.error?.code).toBe("forbidden");
      // Grace's demo token is `hidden`, so what it creates is hidden too (H1).
      const own = await grace.POST("/v1/tokens", { body: { ...personal("mine"), sensitiveData: "hidden" } });
      expect(own.response.status).toBe(201);
      const org = await clientAs(t, "ada").tokens.create({
        label: "org",
        type: "organization",
        scopes: FULL,
        sensitiveData: "visible",
      });
      expect(org.token).toMatchObject({ type: "organization", role: "developer" });
      expect(org.secret).toMatch(/^tsr_oat_/);
      // An organization token acting with the developer role is no admin either.
      const acme = await rawAs(t, "acme").POST("/v1/tokens", {
        body: { label: "o", type: "organization", scopes: FULL, sensitiveData: "visible" },
      });
      expect(acme.error?.code).toBe("forbidden");
    });

    test("T3: no escalation beyond the creator's effective permissions, naming what was refused", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
      const { secret: limited } = await ada.tokens.create(
        personal("limited", [
          { resource: "tokens", access: "write" },
          { resource: "zones", access: "read", resourceIds: ["zone_acme01"] },
        ]),
      );
      const asLimited = rawWith(t, limited);
      const attempts = [
        { scopes: [{ resource: "billing" as const, access: "read" as const }], refused: ["billing:read"] },
        { scopes: [{ resource: "zones" as const, access: "read" as const }], refused: ["zones:read"] },
        {
          scopes: [{ resource: "zones" as const, access: "write" as const, resourceIds: ["zone_acme01"] }],
          refused: ["zones:write[zone_acme01]"],
        },
        {
          scopes: [{ resource: "zones" as const, access: "read" as const, resourceIds: ["zone_acme02"] }],
          refused: ["zones:read[zone_acme02]"],
        },
      ];
      for (const { scopes, refused } of attempts) {
        const { error, response } = await asLimited.POST("/v1/tokens", { body: personal("x", scopes) });
        expect(response.status).toBe(403);
        expect(error).toMatchObject({ code: "scope_escalation", refused });
      }
      const allowed = await asLimited.POST("/v1/tokens", {
        body: personal("ok", [{ resource: "zones", access: "read", resourceIds: ["zone_acme01"] }]),
      });
      expect(allowed.response.status).toBe(201);
      // A developer's full-access personal token is bounded by the developer role, so it is no escalation.
      const grace = await rawAs(t, "grace").POST("/v1/tokens", {
        body: { ...personal("dev full", FULL), sensitiveData: "hidden" },
      });
      expect(grace.error).toMatchObject({ code: "scope_escalation" });
      expect(grace.error?.refused).toEqual(["members:read", "domains:write", "certificates:write"]);
      const graceSession = rawWith(t, await sessionFor(t, "grace@acme.test"));
      expect(
        (await graceSession.POST("/v1/tokens", { body: personal("dev full", FULL) })).response.status,
      ).toBe(201);
    });

    test("T3/T9: editing a token cannot escalate it either", async () => {
      const t = await makeTarget();
      const { token } = await clientAs(t, "grace").tokens.create({
        ...personal("g"),
        sensitiveData: "hidden",
      });
      const { error } = await rawAs(t, "grace").PATCH("/v1/tokens/{id}", {
        params: { path: { id: token.id } },
        body: { scopes: [{ resource: "billing", access: "read" }] },
      });
      expect(error).toMatchObject({ code: "scope_escalation", refused: ["billing:read"] });
      expect((await clientAs(t, "grace").tokens.get(token.id)).scopes).toEqual([
        { resource: "tokens", access: "read" },
      ]);
    });

    test("T4: the 51st active token of one owner is refused with limit and current", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
      // Ada already owns one personal token from the demo seed.
      const created = [];
      for (let i = 1; i < 50; i++) created.push(await ada.tokens.create(personal(`t${i}`)));
      const { error, response } = await rawAs(t, "ada").POST("/v1/tokens", { body: personal("51st") });
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
      const ada = rawAs(t, "ada");
      const results = await Promise.all(
        Array.from({ length: 80 }, (_, i) => ada.POST("/v1/tokens", { body: personal(`c${i}`) })),
      );
      const statuses = results.map((r) => r.response.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(49);
      expect(statuses.filter((s) => s === 409)).toHaveLength(31);
      const active = await clientAs(t, "ada").tokens.list({ type: "personal", status: "active", limit: 100 });
      expect(active.data.filter((tok) => tok.createdBy.id === "usr_ada")).toHaveLength(50);
    });

    test("T5: labels are 1-100 characters after trimming; duplicates are allowed", async () => {
      const t = await makeTarget();
      const ada = rawAs(t, "ada");
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
      const ada = clientAs(t, "ada");
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
      const ada = clientAs(t, "ada");
      for (let i = 0; i < 5; i++) {
        await ada.tokens.create(personal(`page ${i}`));
        await t.control.advanceClock({ seconds: 1 });
      }
      const first = await ada.tokens.list({ limit: 2 });
      expect(first.data.map((x) => x.label)).toEqual(["page 4", "page 3"]);
      const all: string[] = [];
      for await (const token of ada.tokens.list({ limit: 3 })) all.push(token.label);
      expect(all.slice(0, 5)).toEqual(["page 4", "page 3", "page 2", "page 1", "page 0"]);
      expect(all).toHaveLength(5 + 4); // and Acme's four seeded tokens
      expect((await ada.tokens.list({ search: "PAGE 3" })).data.map((x) => x.label)).toEqual(["page 3"]);
      expect(
        (await ada.tokens.list({ type: "organization" })).data.every((x) => x.type === "organization"),
      ).toBe(true);
      const legacy = (await ada.tokens.list({ type: "organization" })).data.find((x) => x.legacy);
      expect(legacy).toMatchObject({ id: DEMO.tokens.acmeLegacy.id, prefix: "ac3e00000000" });
      const graceSees = (await clientAs(t, "grace").tokens.list()).data;
      expect(graceSees.map((x) => x.id)).toEqual([DEMO.tokens.grace.id]);
      const solSees = (await clientAs(t, "sol").tokens.list()).data;
      expect(solSees.every((x) => x.organizationId === "org_solo")).toBe(true);
      const bad = await send(t, "/v1/tokens?cursor=bm9wZQ", { token: DEMO.tokens.ada.secret });
      expect(bad.status).toBe(400);
      expect((await bad.json()).errors[0].pointer).toBe("/query/cursor");
    });

    test("T7: status filter and the expired and revoked statuses", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
      const soon = await ada.tokens.create({ ...personal("soon"), expiresAt: "2026-11-22T11:00:00Z" });
      const gone = await ada.tokens.create(personal("gone"));
      await ada.tokens.revoke(gone.token.id);
      await t.control.advanceClock({ hours: 2 });
      expect((await ada.tokens.get(soon.token.id)).status).toBe("expired");
      expect((await ada.tokens.list({ status: "revoked" })).data.map((x) => x.id)).toEqual([gone.token.id]);
      expect((await ada.tokens.list({ status: "expired" })).data.map((x) => x.id)).toEqual([soon.token.id]);
    });

    test("T8: a token the caller may not see is 404, never 403", async () => {
      const t = await makeTarget();
      const grace = clientAs(t, "grace");
      await expect(grace.tokens.get(DEMO.tokens.ada.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(grace.tokens.get(DEMO.tokens.acme.id)).rejects.toMatchObject({
        status: 404,
        code: "not_found",
      });
      await expect(clientAs(t, "sol").tokens.get(DEMO.tokens.ada.id)).rejects.toMatchObject({ status: 404 });
      await expect(grace.tokens.revoke(DEMO.tokens.ada.id)).rejects.toMatchObject({ status: 404 });
      expect((await clientAs(t, "ada").tokens.get(DEMO.tokens.grace.id)).label).toBe("Grace's DNS scripts");
      const malformed = await breaches("path", () =>
        send(t, "/v1/tokens/not-an-id", { token: DEMO.tokens.ada.secret }),
      );
      expect(malformed.status).toBe(400);
    });

    test("T9: edits take effect on the next request", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
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
      const roleOnPersonal = await rawAs(t, "ada").PATCH("/v1/tokens/{id}", {
        params: { path: { id: token.id } },
        body: { role: "admin" },
      });
      expect(roleOnPersonal.response.status).toBe(400);
      const empty = await breaches("body", () =>
        rawAs(t, "ada").PATCH("/v1/tokens/{id}", {
          params: { path: { id: token.id } },
          body: {},
        }),
      );
      expect(empty.response.status).toBe(400);
    });

    test("T10: revoke is immediate; confirm must equal the label", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
      const { token, secret } = await ada.tokens.create(personal("Prod deploy"));
      expect((await send(t, "/v1/requester", { token: secret })).status).toBe(200);
      const mismatch = await rawAs(t, "ada").DELETE("/v1/tokens/{id}", {
        params: { path: { id: token.id }, query: { confirm: "prod deploy" } },
      });
      expect(mismatch.response.status).toBe(409);
      expect(mismatch.error?.code).toBe("confirmation_mismatch");
      expect((await send(t, "/v1/requester", { token: secret })).status).toBe(200);
      const revoked = await ada.tokens.revoke(token.id, { confirm: "Prod deploy" });
      expect(revoked).toMatchObject({ status: "revoked", revokedAt: "2026-11-22T10:00:00.000Z" });
      expect((await send(t, "/v1/requester", { token: secret })).status).toBe(401);
      expect((await ada.tokens.revoke(token.id)).status).toBe("revoked");
      const edit = await rawAs(t, "ada").PATCH("/v1/tokens/{id}", {
        params: { path: { id: token.id } },
        body: { label: "again" },
      });
      expect(edit.error?.code).toBe("token_not_active");
    });

    test("T2/T10: developers cannot manage others' tokens; admins can manage members' tokens", async () => {
      const t = await makeTarget();
      const grace = clientAs(t, "grace");
      const mine = await grace.tokens.create({ ...personal("grace's"), sensitiveData: "hidden" });
      expect((await clientAs(t, "ada").tokens.update(mine.token.id, { label: "by admin" })).label).toBe(
        "by admin",
      );
      expect((await clientAs(t, "ada").tokens.revoke(mine.token.id)).status).toBe("revoked");
      await expect(grace.tokens.update(DEMO.tokens.acme.id, { label: "x" })).rejects.toMatchObject({
        status: 404,
      });
    });
  });
}
