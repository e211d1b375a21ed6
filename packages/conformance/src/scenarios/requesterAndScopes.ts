import type { OrganizationRequester, UserRequester } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { withCast } from "../support/cast.js";
import { castOf, clientAs, clientWith, FULL, rawAs, rawWith, send, sessionFor } from "../support/clients.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";
import { Unavailable } from "../target/Unavailable.js";

export function requesterScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("requester", () => {
    test("Q1: a personal token describes its user, organization, role and credential", async () => {
      const t = await makeTarget();
      const { admin } = castOf(t);
      const ada = clientAs(t, "admin");
      // What other operations say of the same user, organization and token.
      const organization = await ada.organization.get();
      const current = await ada.tokens.current();
      const { createdBy } = await ada.tokens.get(admin.token.id);
      const me = (await ada.requester.get()) as UserRequester;
      expect(me).toMatchObject({
        kind: "user",
        id: createdBy.id,
        name: createdBy.name,
        emailIsVerified: expect.any(Boolean),
        firstName: expect.any(String),
        lastName: expect.any(String),
        organization: {
          id: organization.id,
          name: organization.name,
          plan: organization.plan,
          balance: organization.balance,
          role: "admin",
          createdAt: organization.createdAt,
        },
        credential: {
          id: current.id,
          kind: "personal",
          scopes: FULL,
          expiresAt: null,
          sensitiveData: "visible",
        },
        redacted: [],
      });
      if (admin.credentials) expect(me.email?.toLowerCase()).toBe(admin.credentials.email.toLowerCase());
      expect(me.organizations.map((o) => o.id)).toContain(organization.id);
    });

    test("Q1: sessions, organization tokens and legacy keys describe themselves too", async () => {
      const t = await makeTarget();
      const cast = castOf(t);
      const [orgToken, legacyKey] = [await cast.organizationToken(), await cast.legacyKey()];
      const session = (await clientWith(t, await sessionFor(t, "other")).requester.get()) as UserRequester;
      expect(session).toMatchObject({
        kind: "user",
        id: cast.other.userId,
        emailIsVerified: cast.other.emailIsVerified,
        credential: { kind: "session" },
      });
      const org = (await clientWith(t, orgToken.secret).requester.get()) as OrganizationRequester;
      expect(org).toMatchObject({
        kind: "organization",
        id: cast.organization.id,
        name: cast.organization.name,
        organization: { role: "developer" },
      });
      expect(org.credential).toMatchObject({ kind: "organization", id: orgToken.id });
      const legacy = await clientWith(t, legacyKey.secret).requester.get();
      expect(legacy).toMatchObject({ kind: "organization", credential: { kind: "legacy", role: "admin" } });
    });

    test("Q2: a credential with sensitiveData hidden gets email and balance as null, listed in redacted", async () => {
      const t = await makeTarget();
      const grace = (await clientAs(t, "developer").requester.get()) as UserRequester;
      expect(grace.email).toBeNull();
      expect(grace.organization.balance).toBeNull();
      expect(grace.organizations[0]?.balance).toBeNull();
      expect(grace.redacted).toEqual([
        "/email",
        "/organization/balance",
        ...grace.organizations.map((_, i) => `/organizations/${i}/balance`),
      ]);
      // Names are not sensitive: the same as an admin sees on the developer's token.
      const ada = clientAs(t, "admin");
      expect(grace.name).toBe((await ada.tokens.get(castOf(t).developer.token.id)).createdBy.name);
      expect(grace.firstName).toEqual(expect.any(String));
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

export function scopeScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("scopes", () => {
    test("S1/S2: the catalogue lists the six resource types, which are selectable, and the plan", async () => {
      const t = await makeTarget();
      const { organization, other } = castOf(t);
      const catalogue = await clientAs(t, "developer").scopes.list();
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
      expect(catalogue).toMatchObject({ plan: organization.plan, scopedTokensAllowed: true });
      expect(await clientAs(t, "other").scopes.list()).toMatchObject({
        plan: other.organization.plan,
        scopedTokensAllowed: other.organization.plan !== "solo",
      });
    });

    test("S2: selectable resources of the caller's organization, paginated, needing <resource>:read", async () => {
      const t = await makeTarget();
      const cast = castOf(t);
      const all = await cast.someResources("zones", 2);
      const zones = await clientAs(t, "admin").scopes.resources("zones", { limit: 100 });
      expect(zones.data).toEqual(all.slice(0, 100).map(({ id, name }) => ({ id, type: "zones", name })));
      // Pages of k: the first k, then the next k, and no cursor once the list is done.
      const k = Math.min(all.length - 1, 100);
      const first = await clientAs(t, "admin").scopes.resources("zones", { limit: k });
      expect(first.data.map((z) => z.id)).toEqual(all.slice(0, k).map((z) => z.id));
      const { data: rest } = await rawAs(t, "admin").GET("/v1/scopes/{resource}/resources", {
        params: { path: { resource: "zones" }, query: { limit: k, cursor: first.nextCursor ?? "" } },
      });
      expect(rest?.data.map((z) => z.id)).toEqual(all.slice(k, 2 * k).map((z) => z.id));
      if (2 * k >= all.length) expect(rest?.nextCursor).toBeNull();
      // The developer's token grants domains:read but nothing on certificates.
      const domains = (await cast.resources("domains")).slice(0, 100).map((d) => d.id);
      const seen = await clientAs(t, "developer").scopes.resources("domains", { limit: 100 });
      expect(seen.data.map((d) => d.id)).toEqual(domains);
      const { error, response } = await rawAs(t, "developer").GET("/v1/scopes/{resource}/resources", {
        params: { path: { resource: "certificates" } },
      });
      expect(response.status).toBe(403);
      expect(error).toMatchObject({ code: "insufficient_scope", scope: "certificates:read" });
    });

    test("S1/S2: a caller restricted to selected resources sees only those; billing is not selectable", async () => {
      const t = await makeTarget();
      const zone = (await castOf(t).someResources("zones", 2))[1]?.id ?? "";
      const { secret } = await clientAs(t, "admin").tokens.create({
        label: "one zone",
        type: "personal",
        scopes: [{ resource: "zones", access: "read", resourceIds: [zone] }],
        sensitiveData: "visible",
      });
      expect((await clientWith(t, secret).scopes.resources("zones")).data.map((z) => z.id)).toEqual([zone]);
      const billing = await breaches("path", () =>
        send(t, "/v1/scopes/billing/resources", { token: castOf(t).admin.token.secret }),
      );
      expect(billing.status).toBe(400);
      expect((await billing.json()).errors[0].pointer).toBe("/path/resource");
    });

    test("S1: restrictions only on zones, domains and certificates, to instances of the organization", async () => {
      const t = await makeTarget();
      const ada = rawAs(t, "admin");
      const cast = castOf(t);
      const [zone] = await cast.someResources("zones", 1);
      const [domain] = await cast.someResources("domains", 1);
      const [elsewhere] = await cast.someResources("zones", 1, "other");
      const [ownZone, ownDomain, otherZone] = [zone?.id ?? "", domain?.id ?? "", elsewhere?.id ?? ""];
      const base = { label: "x", type: "personal" as const, sensitiveData: "visible" as const };
      const cases = [
        {
          scopes: [{ resource: "tokens" as const, access: "read" as const, resourceIds: [ownZone] }],
          pointer: "/body/scopes/0/resourceIds",
        },
        {
          scopes: [{ resource: "zones" as const, access: "read" as const, resourceIds: [otherZone] }],
          pointer: "/body/scopes/0/resourceIds/0",
        },
        {
          scopes: [{ resource: "zones" as const, access: "read" as const, resourceIds: [ownDomain] }],
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
      const { plan } = castOf(t).other.organization;
      if (plan !== "solo")
        throw new Unavailable(
          `needs an organization on the solo plan (S3); the other organization is on ${plan}`,
        );
      const sol = rawAs(t, "other");
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
      const { secret } = await clientAs(t, "admin").tokens.create({
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
      const { secret: zonesOnly } = await clientAs(t, "admin").tokens.create({
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
