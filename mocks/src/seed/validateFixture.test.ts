import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../domain/context.js";
import { hashSecret } from "../domain/secrets.js";
import { createStore } from "../store/createStore.js";
import { createFixture } from "./createFixture.js";
import { DEMO, demoSeed } from "./demoSeed.js";
import { applyFixture } from "./fixture.js";
import { fixtureProblems, validateFixture } from "./validateFixture.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
const check = (fixture: unknown) => validateFixture(fixture, { now: NOW });

/** One organization with an admin: the start of most cases here. */
function small() {
  const fixture = createFixture({ namespace: "u" });
  const organization = fixture.organization();
  const admin = fixture.user({ role: "admin" });
  return { fixture, organization, admin };
}

describe("validateFixture", () => {
  test("the demo seed is valid; empty fixtures and an editor's $schema are too", () => {
    expect(check(demoSeed)).toEqual([]);
    expect(check({})).toEqual([]);
    expect(check({ $schema: "./node_modules/@tessera/mock/fixture.schema.json", tokens: [] })).toEqual([]);
  });

  test("E6: a secret pasted where a field name goes is named by its prefix only", () => {
    const fixture = { tokens: [], [DEMO.tokens.ada.secret]: true };
    expect(check(fixture)).toEqual([{ pointer: "/tsr_pat_AdaL…", detail: "is not a known field" }]);
  });

  test("a record that broke the schema is not also reported as a dangling reference", () => {
    const { fixture } = small();
    fixture.token();
    const built = JSON.parse(JSON.stringify(fixture.build())) as { organizations: { plan?: string }[] };
    delete built.organizations[0]?.plan;
    expect(check(built)).toEqual([{ pointer: "/organizations/0/plan", detail: "is required" }]);
  });

  test("problems come in the fixture's order, every one of them", () => {
    const { fixture } = small();
    fixture.token({ label: "" });
    fixture.token({ scopes: [{ resource: "members", access: "write" }] });
    const built = fixture.build();
    built.users?.push({ id: "usr_u1", email: "x@u.test", password: "p", firstName: "X", lastName: "Y" });
    built.organizations?.push({ id: "org_u2", name: "\u200b", plan: "teams" });
    expect(check(built).map((p) => p.pointer)).toEqual([
      "/organizations/1/name",
      "/users/1/id",
      "/tokens/0/label",
    ]);
  });

  test("T4: expired and revoked tokens do not count; the limit is the mock's tokenLimit", () => {
    const { fixture } = small();
    for (let i = 0; i < 50; i++) fixture.token();
    fixture.token({ expiresAt: "2026-11-22T10:00:00Z" }); // expired at now
    fixture.token({ revokedAt: "2026-01-01T00:00:00Z" });
    expect(check(fixture.build())).toEqual([]);
    expect(validateFixture(fixture.build(), { now: NOW, tokenLimit: 10 })).toEqual([
      { pointer: "/tokens/10", detail: "T4: user usr_u1 would hold 50 active tokens; at most 10 per owner" },
    ]);
    // Before those expiries, the 51st is active and over the limit.
    expect(validateFixture(fixture.build(), { now: Date.parse("2026-11-01T00:00:00Z") })).toEqual([
      { pointer: "/tokens/50", detail: "T4: user usr_u1 would hold 51 active tokens; at most 50 per owner" },
    ]);
  });

  test("T3: a developer-role organization token holds no billing, a developer no members:write", () => {
    const { fixture } = small();
    const developer = fixture.user({ role: "developer" });
    fixture.token({
      type: "organization",
      role: "developer",
      scopes: [{ resource: "billing", access: "read" }],
    });
    fixture.token({ owner: developer, scopes: [{ resource: "members", access: "write" }] });
    fixture.token({ owner: developer, scopes: [{ resource: "members", access: "read" }] });
    fixture.token({
      type: "organization",
      role: "admin",
      scopes: [{ resource: "billing", access: "write" }],
    });
    expect(check(fixture.build())).toEqual([
      { pointer: "/tokens/0/scopes", detail: "T3: beyond what its role (developer) allows: billing:read" },
      {
        pointer: "/tokens/1/scopes",
        detail: "T3: beyond what its owner's role (developer) allows: members:write",
      },
    ]);
  });

  test("S1: a grant selects zones, domains or certificates of its own type only, each grant once", () => {
    const { fixture } = small();
    const zone = fixture.resource({ type: "zones" });
    const domain = fixture.resource({ type: "domains" });
    fixture.token({
      scopes: [
        { resource: "zones", access: "read", resourceIds: [zone.id] },
        { resource: "domains", access: "read", resourceIds: [zone.id, domain.id] },
        { resource: "tokens", access: "read", resourceIds: [zone.id] },
        { resource: "zones", access: "write" },
      ],
    });
    expect(check(fixture.build())).toEqual([
      { pointer: "/tokens/0/scopes/1/resourceIds/0", detail: "S1: org_u1 has no domains zone_u1" },
      {
        pointer: "/tokens/0/scopes/2/resourceIds",
        detail: "S1: only zones, domains and certificates can be restricted to selected ones",
      },
      { pointer: "/tokens/0/scopes/3", detail: "there is already a grant for zones" },
    ]);
  });

  test("stored secrets: a prefix of the token's kind, each hash once, none the mock already holds", () => {
    const { fixture, organization, admin } = small();
    const stored = (id: string, prefix: string, hash: string, legacy = false) => ({
      id,
      type: "organization" as const,
      legacy,
      organizationId: organization.id,
      createdBy: admin.id,
      label: id,
      secretHash: hash,
      prefix,
    });
    const built = fixture.build();
    built.tokens = [
      stored("tok_u000000000000001", "tsr_oat_Ab12", "a".repeat(64)),
      stored("tok_u000000000000002", "0123456789ab", "b".repeat(64), true),
      stored("tok_u000000000000003", "tsr_oat_Cd34", "a".repeat(64)),
      stored("tok_u000000000000004", "ABCDEF012345", "c".repeat(64), true),
      stored("tok_u000000000000005", "tsr_oat_Ef56", hashSecret(DEMO.tokens.ada.secret)),
    ];
    const store = createStore();
    expect(
      fixtureProblems(built, { now: NOW, tokenLimit: 50, store: withDemoSecret(store) }).map((p) => [
        p.pointer,
        p.detail,
      ]),
    ).toEqual([
      ["/tokens/2/secretHash", "is the secret of /tokens/0 too; each token needs its own"],
      ["/tokens/3/prefix", "is not how a legacy secret starts: those are 32 lowercase hex characters"],
      ["/tokens/4/secretHash", "is the secret of a credential already in the mock"],
    ]);
  });

  test("a legacy key is an organization token with a 32-hex secret; times are bounded (E7)", () => {
    const { fixture } = small();
    fixture.token({ type: "organization", legacy: true, createdAt: "9999-12-31T23:59:59.999Z" });
    fixture.token({ type: "organization", legacy: true, secret: DEMO.tokens.acme.secret });
    expect(check(fixture.build())).toEqual([
      {
        pointer: "/tokens/1/secret",
        detail: "is not a legacy secret: those are 32 lowercase hex characters",
      },
    ]);
    const built = fixture.build();
    (built.tokens?.[0] as { type: string }).type = "personal";
    expect(check(built)[0]).toEqual({
      pointer: "/tokens/0/legacy",
      detail: "A personal token has no `role` and is never a legacy key.",
    });
  });
});

describe("applyFixture", () => {
  test("memberships whose ids would collide as text stay apart (a_b in c, a in b_c)", async () => {
    const store = createStore();
    const ctx = { store, clock: { now: () => NOW }, config: DEFAULT_CONFIG };
    const fixture = createFixture({ namespace: "m" });
    fixture.organization({ id: "c" });
    fixture.organization({ id: "b_c" });
    fixture.user({ id: "a_b", organization: "c" });
    fixture.user({ id: "a", organization: "b_c" });
    expect(check(fixture.build())).toEqual([]);
    await applyFixture(ctx, fixture.build());
    const ids = [...store.membershipsOf("a_b"), ...store.membershipsOf("a")].map((m) => m.id);
    expect(new Set(ids).size).toBe(2);
  });
});

/** The store with the demo's Ada token secret in it, as a store the fixture is added to. */
function withDemoSecret(store: ReturnType<typeof createStore>) {
  store.insertSecret({
    hash: hashSecret(DEMO.tokens.ada.secret),
    credentialType: "token",
    credentialId: DEMO.tokens.ada.id,
    validUntil: null,
  });
  return store;
}
