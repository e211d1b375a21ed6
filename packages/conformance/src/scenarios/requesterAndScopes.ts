import { DEMO } from "@tessera/mock";
import type { OrganizationRequester, UserRequester } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { clientAs, clientWith, FULL, rawAs, rawWith, send, sessionFor } from "../support/clients.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

export function requesterScenarios(makeTarget: () => Promise<Target> | Target) {
  describe("requester", () => {
    test("Q1: a personal token describes its user, organization, role and credential", async () => {
      const t = await makeTarget();
      const me = (await clientAs(t, "ada").requester.get()) as UserRequester;
      expect(me).toMatchObject({
        kind: "user",
        id: "usr_ada",
        name: "Ada Lovelace",
        email: "ada@acme.test",
        emailIsVerified: true,
        firstName: "Ada",
        lastName: "Lovelace",
        receiveReports: "weekly",
        organization: {
          id: "org_acme",
          name: "Acme",
          plan: "teams",
          balance: 1250.5,
          role: "admin",
          createdAt: "2024-03-01T09:00:00.000Z",
        },
        credential: {
          id: DEMO.tokens.ada.id,
          kind: "personal",
          scopes: FULL,
          expiresAt: null,
          sensitiveData: "visible",
        },
        redacted: [],
      });
      expect(me.organizations.map((o) => o.id)).toEqual(["org_acme"]);
    });

    test("Q1: sessions, organization tokens and legacy keys describe themselves too", async () => {
      const t = await makeTarget();
      const session = (await clientWith(
        t,
        await sessionFor(t, "sol@solo.test"),
      ).requester.get()) as UserRequester;
      expect(session).toMatchObject({
        kind: "user",
        id: "usr_sol",
        emailIsVerified: false,
        credential: { kind: "session" },
      });
      const org = (await clientAs(t, "acme").requester.get()) as OrganizationRequester;
      expect(org).toMatchObject({
        kind: "organization",
        id: "org_acme",
        name: "Acme",
        organization: { role: "developer" },
      });
      expect(org.credential).toMatchObject({ kind: "organization", id: DEMO.tokens.acme.id });
      const legacy = await clientAs(t, "acmeLegacy").requester.get();
      expect(legacy).toMatchObject({ kind: "organization", credential: { kind: "legacy", role: "admin" } });
    });

    test("Q2: a credential with sensitiveData hidden gets email and balance as null, listed in redacted", async () => {
      const t = await makeTarget();
      const grace = (await clientAs(t, "grace").requester.get()) as UserRequester;
      expect(grace.email).toBeNull();
      expect(grace.organization.balance).toBeNull();
      expect(grace.organizations[0]?.balance).toBeNull();
      expect(grace.redacted).toEqual(["/email", "/organization/balance", "/organizations/0/balance"]);
      expect(grace.firstName).toBe("Grace");
      const ada = clientAs(t, "ada");
      const { secret } = await ada.tokens.create({
        label: "hidden org",
        type: "organization",
        scopes: FULL,
        sensitiveData: "hidden",
      });
      const org = await clientWith(t, secret).requester.get();
      expect(org.organization.balance).toBeNull();
      expect(org.redacted).toEqual(["/organization/balance"]);
    });
  });
}

export function scopeScenarios(makeTarget: () => Promise<Target> | Target) {
  describe("scopes", () => {
    test("S1/S2: the catalogue lists the six resource types, which are selectable, and the plan", async () => {
      const t = await makeTarget();
      const catalogue = await clientAs(t, "grace").scopes.list();
      expect(catalogue.resources.map((r) => [r.resource, r.selectable])).toEqual([
        ["tokens", false],
        ["members", false],
        ["zones", true],
        ["domains", true],
        ["certificates", true],
        ["billing", false],
      ]);
      for (const r of catalogue.resources) expect(r.description.length).toBeGreaterThan(10);
      expect(catalogue.fullAccess).toEqual({ resource: "*", access: "write" });
      expect(catalogue).toMatchObject({ plan: "teams", scopedTokensAllowed: true });
      expect(await clientAs(t, "sol").scopes.list()).toMatchObject({
        plan: "solo",
        scopedTokensAllowed: false,
      });
    });

    test("S2: selectable resources of the caller's organization, paginated, needing <resource>:read", async () => {
      const t = await makeTarget();
      const zones = await clientAs(t, "ada").scopes.resources("zones");
      expect(zones.data.map((z) => z.id)).toEqual(["zone_acme03", "zone_acme02", "zone_acme01"]);
      expect(zones.data[2]).toEqual({ id: "zone_acme01", type: "zones", name: "acme.test" });
      const first = await clientAs(t, "ada").scopes.resources("zones", { limit: 2 });
      expect(first.data).toHaveLength(2);
      const { data: rest } = await rawAs(t, "ada").GET("/v1/scopes/{resource}/resources", {
        params: { path: { resource: "zones" }, query: { limit: 2, cursor: first.nextCursor ?? "" } },
      });
      expect(rest?.data.map((z) => z.id)).toEqual(["zone_acme01"]);
      expect(rest?.nextCursor).toBeNull();
      // Grace's token grants domains:read but nothing on certificates.
      expect((await clientAs(t, "grace").scopes.resources("domains")).data).toHaveLength(2);
      const { error, response } = await rawAs(t, "grace").GET("/v1/scopes/{resource}/resources", {
        params: { path: { resource: "certificates" } },
      });
      expect(response.status).toBe(403);
      expect(error).toMatchObject({ code: "insufficient_scope", scope: "certificates:read" });
    });

    test("S1/S2: a caller restricted to selected resources sees only those; billing is not selectable", async () => {
      const t = await makeTarget();
      const { secret } = await clientAs(t, "ada").tokens.create({
        label: "one zone",
        type: "personal",
        scopes: [{ resource: "zones", access: "read", resourceIds: ["zone_acme02"] }],
        sensitiveData: "visible",
      });
      expect((await clientWith(t, secret).scopes.resources("zones")).data.map((z) => z.id)).toEqual([
        "zone_acme02",
      ]);
      const billing = await breaches("path", () =>
        send(t, "/v1/scopes/billing/resources", { token: DEMO.tokens.ada.secret }),
      );
      expect(billing.status).toBe(400);
      expect((await billing.json()).errors[0].pointer).toBe("/path/resource");
    });

    test("S1: restrictions only on zones, domains and certificates, to instances of the organization", async () => {
      const t = await makeTarget();
      const ada = rawAs(t, "ada");
      const base = { label: "x", type: "personal" as const, sensitiveData: "visible" as const };
      const cases = [
        {
          scopes: [{ resource: "tokens" as const, access: "read" as const, resourceIds: ["zone_acme01"] }],
          pointer: "/body/scopes/0/resourceIds",
        },
        {
          scopes: [{ resource: "zones" as const, access: "read" as const, resourceIds: ["zone_solo01"] }],
          pointer: "/body/scopes/0/resourceIds/0",
        },
        {
          scopes: [{ resource: "zones" as const, access: "read" as const, resourceIds: ["dom_acme01"] }],
          pointer: "/body/scopes/0/resourceIds/0",
        },
        {
          scopes: [
            { resource: "zones" as const, access: "read" as const },
            { resource: "zones" as const, access: "write" as const },
          ],
          pointer: "/body/scopes/1",
        },
      ];
      for (const { scopes, pointer } of cases) {
        const { error, response } = await ada.POST("/v1/tokens", { body: { ...base, scopes } });
        expect(response.status).toBe(400);
        expect(error?.errors?.[0]?.pointer).toBe(pointer);
      }
    });

    test("S3: full access is { resource: '*', access: 'write' }; the solo plan refuses scoped tokens", async () => {
      const t = await makeTarget();
      const sol = rawAs(t, "sol");
      const scoped = await sol.POST("/v1/tokens", {
        body: {
          label: "scoped",
          type: "personal",
          scopes: [{ resource: "tokens", access: "read" }],
          sensitiveData: "visible",
        },
      });
      expect(scoped.response.status).toBe(403);
      expect(scoped.error?.code).toBe("plan_upgrade_required");
      const full = await sol.POST("/v1/tokens", {
        body: { label: "full", type: "personal", scopes: FULL, sensitiveData: "visible" },
      });
      expect(full.response.status).toBe(201);
      const edit = await sol.PATCH("/v1/tokens/{id}", {
        params: { path: { id: full.data?.token.id ?? "" } },
        body: { scopes: [{ resource: "*", access: "read" }] },
      });
      expect(edit.error?.code).toBe("plan_upgrade_required");
      const fullToken = clientWith(t, full.data?.secret);
      expect((await fullToken.tokens.current()).scopes).toEqual(FULL);
    });

    test("S4: a missing scope is 403 insufficient_scope with an RFC 6750 challenge", async () => {
      const t = await makeTarget();
      const { secret } = await clientAs(t, "ada").tokens.create({
        label: "read only",
        type: "personal",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "visible",
      });
      expect((await clientWith(t, secret).tokens.list()).data.length).toBeGreaterThan(0);
      const response = await send(t, "/v1/tokens", {
        method: "POST",
        token: secret,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ label: "x", type: "personal", scopes: FULL, sensitiveData: "visible" }),
      });
      expect(response.status).toBe(403);
      expect(response.headers.get("www-authenticate")).toBe(
        'Bearer realm="tessera", error="insufficient_scope", scope="tokens:write"',
      );
      expect(await response.json()).toMatchObject({ code: "insufficient_scope", scope: "tokens:write" });
      const { secret: zonesOnly } = await clientAs(t, "ada").tokens.create({
        label: "zones",
        type: "personal",
        scopes: [{ resource: "zones", access: "write" }],
        sensitiveData: "visible",
      });
      const { error } = await rawWith(t, zonesOnly).GET("/v1/tokens");
      expect(error).toMatchObject({ code: "insufficient_scope", scope: "tokens:read" });
    });
  });
}
