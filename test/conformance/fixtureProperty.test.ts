/**
 * Fixtures, property-based (issue 19): no fixture the mock accepts can make it answer outside the
 * contract. Fixtures are generated at random within the fixture format (organizations on every plan,
 * members in several organizations, selected resources, scoped, expired, revoked, organization and
 * legacy tokens, text in any script), some of them broken on purpose (S3, T2, T3, dangling
 * references, duplicates, bad secrets, bad times). Each one is either refused whole with a
 * FixtureError (and changes nothing), or seeded; then every principal it holds (each token, and a
 * session for each user) calls every operation, and every response must satisfy the contract guard
 * (status documented, headers, body schema) and be no 5xx (E7).
 */
import {
  createFixture,
  createMockApi,
  type Fixture,
  FixtureError,
  type FixtureToken,
  validateFixture,
} from "@tessera/mock";
import type { OperationId } from "@tessera/mock/contract";
import fc from "fast-check";
import { expect, test } from "vitest";
import { basic } from "../../packages/conformance/src/support/clients.js";
import { guardContract } from "../support/contractGuard.js";

const BASE = "https://api.tessera.dev";
const NOW = "2026-11-22T10:00:00.000Z";
const PLANS = ["solo", "teams", "enterprise"] as const;
const ROLES = ["admin", "developer"] as const;
const TYPES = ["tokens", "members", "zones", "domains", "certificates", "billing"] as const;
const SELECTABLE = ["zones", "domains", "certificates"] as const;

/** Text a person could type in any script: no control or format characters (E5), not blank. */
const text = (maxLength: number) =>
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength })
    .filter((s) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u.test(s) && s.trim().length > 0);
/** Times around the suite's now, from 1970 to 9999 (E7), so tokens are active, expired or not yet. */
const time = fc.oneof(
  fc.date({
    min: new Date("2025-01-01T00:00:00Z"),
    max: new Date("2028-01-01T00:00:00Z"),
    noInvalidDate: true,
  }),
  fc.constantFrom(new Date(0), new Date("9999-12-31T23:59:59.999Z")),
);

/** Ways to break a valid fixture: each must get it refused (when the fixture has the part it breaks). */
const BREAKAGES = {
  soloScoped: (f: Fixture) => {
    const token = f.tokens?.find(
      (t) => f.organizations?.find((o) => o.id === t.organizationId)?.plan === "solo",
    );
    if (token) token.scopes = [{ resource: "tokens", access: "read" }];
  },
  developerBilling: (f: Fixture) => {
    const token = f.tokens?.find((t) => t.type === "organization" && !t.legacy && t.role === "developer");
    if (token) token.scopes = [{ resource: "billing", access: "read" }];
  },
  danglingOrganization: (f: Fixture) =>
    f.users?.[0]?.memberships?.push({ organizationId: "org_ghost", role: "admin" }),
  duplicateEmail: (f: Fixture) => {
    const [first, second] = f.users ?? [];
    if (first && second) second.email = first.email.toUpperCase();
  },
  duplicateSecret: (f: Fixture) => {
    const [first, second] = f.tokens ?? [];
    if (first && second && first.type === second.type && !first.legacy && !second.legacy)
      second.secret = first.secret;
  },
  badChecksum: (f: Fixture) => {
    const token = f.tokens?.find((t) => !t.legacy);
    if (token?.secret) token.secret = `${token.secret.slice(0, -1)}${token.secret.endsWith("0") ? "1" : "0"}`;
  },
  leapSecond: (f: Fixture) => {
    const [organization] = f.organizations ?? [];
    if (organization) organization.createdAt = "2016-12-31T23:59:60Z";
  },
  missingName: (f: Fixture) => {
    delete (f.organizations?.[0] as { name?: string } | undefined)?.name;
  },
  developerCreatesOrganizationToken: (f: Fixture) => {
    const token = f.tokens?.find((t) => t.type === "organization");
    const developer = f.users?.find((u) =>
      u.memberships?.some((m) => m.organizationId === token?.organizationId && m.role === "developer"),
    );
    if (token && developer) token.createdBy = developer.id;
  },
};

/** What a fixture is made of, by index; `realize` turns it into a fixture that is valid by construction. */
const shape = fc.record({
  organizations: fc.array(
    fc.record({
      plan: fc.constantFrom(...PLANS),
      name: text(40),
      balance: fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      maxTokenLifetimeDays: fc.option(fc.integer({ min: 1, max: 36_525 }), { nil: null }),
      createdAt: fc.option(time, { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  users: fc.array(
    fc.record({
      firstName: text(20),
      lastName: text(20),
      upperEmail: fc.boolean(),
      emailIsVerified: fc.boolean(),
      receiveReports: fc.constantFrom("never", "daily", "weekly", "monthly" as const),
      memberships: fc.array(fc.record({ organization: fc.nat(), role: fc.constantFrom(...ROLES) }), {
        maxLength: 3,
      }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  resources: fc.array(
    fc.record({ organization: fc.nat(), type: fc.constantFrom(...SELECTABLE), name: text(30) }),
    { maxLength: 6 },
  ),
  tokens: fc.array(
    fc.record({
      kind: fc.constantFrom("personal", "personal", "organization", "legacy" as const),
      holder: fc.nat(),
      role: fc.constantFrom(...ROLES),
      grants: fc.array(
        fc.record({
          resource: fc.constantFrom("*", ...TYPES),
          access: fc.constantFrom("read", "write" as const),
          select: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
      label: text(100),
      description: fc.option(text(100), { nil: undefined }),
      sensitiveData: fc.constantFrom("hidden", "visible" as const),
      createdAt: fc.option(time, { nil: undefined }),
      expiresAt: fc.option(time, { nil: null }),
      revokedAt: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: time }),
    }),
    { maxLength: 10 },
  ),
  /** Most fixtures stay valid; some are broken one way, which must get them refused whole. */
  breakage: fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...(Object.keys(BREAKAGES) as (keyof typeof BREAKAGES)[])) },
  ),
});
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

/** A valid fixture from a shape: out-of-range indices wrap, and what would break a rule is left out. */
function realize(s: Shape): Fixture {
  const fixture = createFixture({ namespace: "prop" });
  const organizations = s.organizations.map((o) =>
    fixture.organization({ ...o, createdAt: o.createdAt?.toISOString() }),
  );
  const users = s.users.map((u, i) => {
    const joined = new Map<string, (typeof ROLES)[number]>();
    for (const m of u.memberships)
      joined.set(organizations[m.organization % organizations.length]?.id ?? "", m.role);
    const email = `member${i + 1}@prop.test`;
    return fixture.user({
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.upperEmail ? email.toUpperCase() : email,
      emailIsVerified: u.emailIsVerified,
      receiveReports: u.receiveReports,
      memberships: [...joined].map(([organizationId, role]) => ({ organizationId, role })),
    });
  });
  const resources = s.resources.map((r) =>
    fixture.resource({
      type: r.type,
      name: r.name,
      organization: organizations[r.organization % organizations.length],
    }),
  );
  for (const t of s.tokens) {
    let organizationId: string;
    let role: (typeof ROLES)[number];
    const times = {
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      revokedAt: t.revokedAt,
      label: t.label,
      description: t.description,
      sensitiveData: t.sensitiveData,
    };
    let input: Parameters<typeof fixture.token>[0];
    if (t.kind === "personal") {
      const owner = users[t.holder % users.length];
      const membership = owner?.memberships?.[t.holder % Math.max(1, owner.memberships.length)];
      if (!owner || !membership) continue; // T15: a personal token needs its owner in its organization
      organizationId = membership.organizationId;
      role = membership.role;
      input = { owner, organization: organizationId, ...times };
    } else {
      organizationId = organizations[t.holder % organizations.length]?.id ?? "";
      const admin = users.find((u) =>
        u.memberships?.some((m) => m.organizationId === organizationId && m.role === "admin"),
      );
      if (!admin) continue; // T2: an organization token needs an admin to create it
      role = t.kind === "legacy" ? "admin" : t.role;
      input = {
        type: "organization",
        legacy: t.kind === "legacy",
        organization: organizationId,
        role,
        createdBy: admin.id,
        ...times,
      };
    }
    const plan = s.organizations[organizations.findIndex((o) => o.id === organizationId)]?.plan;
    const grants: NonNullable<FixtureToken["scopes"]> = [];
    for (const g of t.grants) {
      if (grants.some((held) => held.resource === g.resource)) continue; // one grant per type (S1)
      if (
        role === "developer" &&
        (g.resource === "billing" || (g.resource === "members" && g.access === "write"))
      )
        continue; // T3: nothing beyond the role
      const selectable = resources.filter(
        (r) => r.organizationId === organizationId && r.type === g.resource,
      );
      const resourceIds = g.select && selectable.length > 0 ? selectable.map((r) => r.id) : undefined;
      grants.push({ resource: g.resource, access: g.access, ...(resourceIds ? { resourceIds } : {}) });
    }
    // S3: the solo plan holds full-access tokens only.
    fixture.token({ ...input, ...(plan !== "solo" && grants.length > 0 ? { scopes: grants } : {}) });
  }
  return fixture.build();
}

type Call = { method: string; path: string; body?: unknown };
const idOf = (tokens: FixtureToken[], n: number) =>
  tokens[n % Math.max(1, tokens.length)]?.id ?? "tok_0000000000000000";

/** One request per operation (every operationId, or this does not compile), in an order that reads before it writes. */
const CALLS: Record<Exclude<OperationId, "login">, (tokens: FixtureToken[], n: number) => Call> = {
  getRequester: () => ({ method: "GET", path: "/v1/requester" }),
  listScopes: () => ({ method: "GET", path: "/v1/scopes" }),
  listScopeResources: (_, n) => ({ method: "GET", path: `/v1/scopes/${SELECTABLE[n % 3]}/resources` }),
  listTokens: () => ({ method: "GET", path: "/v1/tokens?limit=100" }),
  getCurrentToken: () => ({ method: "GET", path: "/v1/tokens/current" }),
  introspectToken: (tokens, n) => ({
    method: "POST",
    path: "/v1/tokens/introspect",
    body: { token: tokens[n % Math.max(1, tokens.length)]?.secret ?? "tsr_pat_none" },
  }),
  getToken: (tokens, n) => ({ method: "GET", path: `/v1/tokens/${idOf(tokens, n)}` }),
  listAuditEvents: () => ({ method: "GET", path: "/v1/audit-events" }),
  getOrganization: () => ({ method: "GET", path: "/v1/organization" }),
  createToken: (_, n) => ({
    method: "POST",
    path: "/v1/tokens",
    body: {
      label: `property ${n}`,
      type: n % 2 ? "organization" : "personal",
      scopes: n % 3 ? [{ resource: "*", access: "write" }] : [{ resource: "zones", access: "read" }],
      sensitiveData: n % 5 ? "hidden" : "visible",
    },
  }),
  updateToken: (tokens, n) => ({
    method: "PATCH",
    path: `/v1/tokens/${idOf(tokens, n + 1)}`,
    body: { label: "edited" },
  }),
  rotateToken: (tokens, n) => ({
    method: "POST",
    path: `/v1/tokens/${idOf(tokens, n + 2)}/rotate`,
    body: {},
  }),
  revokeToken: (tokens, n) => ({ method: "DELETE", path: `/v1/tokens/${idOf(tokens, n + 3)}` }),
  updateOrganizationPolicy: () => ({
    method: "PATCH",
    path: "/v1/organization/policy",
    body: { revokeAfterInactiveDays: null },
  }),
  reportLeakedCredentials: () => ({
    method: "POST",
    path: "/v1/credentials/revoke",
    body: { credentials: ["tsr_pat_none"] },
  }),
  logout: () => ({ method: "POST", path: "/v1/auth/logout" }),
};

test("a fixture is refused whole, or every operation by every principal it holds answers within the contract", async () => {
  await fc.assert(
    fc.asyncProperty(shape, fc.nat(), async (s, n) => {
      const fixture = realize(s);
      if (s.breakage) BREAKAGES[s.breakage](fixture);
      const problems = validateFixture(fixture, { now: NOW });
      if (s.breakage === null) expect(problems).toEqual([]); // the generator and the rules agree

      const empty = createMockApi({ seed: "empty", now: NOW, freezeClock: true });
      const before = await empty.snapshot();
      if (problems.length > 0) {
        expect(() => createMockApi({ seed: fixture, now: NOW })).toThrow(FixtureError);
        await expect(empty.seed(fixture)).rejects.toMatchObject({ problems });
        expect(await empty.snapshot()).toEqual(before);
        return;
      }
      const api = createMockApi({ seed: fixture, now: NOW, freezeClock: true });
      const fetch = guardContract((request) => api.fetch(request));
      const send = async (call: Call, authorization: string) => {
        const response = await fetch(
          new Request(`${BASE}${call.path}`, {
            method: call.method,
            headers: { authorization, ...(call.body ? { "content-type": "application/json" } : {}) },
            body: call.body === undefined ? undefined : JSON.stringify(call.body),
          }),
        );
        expect(response.status, `${call.method} ${call.path}`).toBeLessThan(500);
        return response;
      };
      const tokens = fixture.tokens ?? [];
      const principals = tokens.map((t) => `Bearer ${t.secret}`);
      for (const user of fixture.users ?? []) {
        const login = await send(
          { method: "POST", path: "/v1/auth/login" },
          basic(user.email, user.password ?? ""),
        );
        if (login.status === 201) principals.push(`Bearer ${(await login.json()).value}`);
      }
      for (const [i, principal] of principals.entries()) {
        for (const call of Object.values(CALLS)) await send(call(tokens, n + i), principal);
      }
    }),
    { numRuns: 100, seed: Number(process.env.FIXTURE_SEED ?? Date.now() % 2 ** 31) },
  );
}, 240_000);
