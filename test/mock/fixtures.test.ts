/**
 * Fixtures in-process (issue 19): every way a fixture can be wrong is refused whole, naming the
 * problem by JSON pointer, by `validateFixture`, `createMockApi({ seed })` and `api.seed()`; what
 * loads is served within the contract; the builders make realistic setups in a few lines.
 */
import {
  createFixture,
  createMockApi,
  DEMO,
  demoSeed,
  FixtureError,
  type FixtureProblem,
  validateFixture,
} from "@tessera/mock";
import { createClient } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { BAD_FIXTURES, team } from "../support/badFixtures.js";
import { guardContract } from "../support/contractGuard.js";

const NOW = "2026-11-22T10:00:00.000Z";
const BASE_URL = "https://api.tessera.dev";

/** The one problem a bad fixture must be refused for. */
const only = (pointer: string, detail: RegExp): FixtureProblem[] => [
  { pointer, detail: expect.stringMatching(detail) as unknown as string },
];

/** The error `action` threw or rejected with. */
async function refusal(action: () => unknown): Promise<FixtureError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(FixtureError);
    return error as FixtureError;
  }
  throw new Error("the fixture was accepted");
}

const clientOf = (api: ReturnType<typeof createMockApi>, token: string) =>
  createClient({ baseUrl: BASE_URL, token, retries: 0, fetch: guardContract((r) => api.fetch(r)) });

describe("a valid fixture", () => {
  test("the demo seed is built with the builders and passes the same validation", () => {
    expect(validateFixture(demoSeed, { now: NOW })).toEqual([]);
    expect(validateFixture(demoSeed, { now: "2099-01-01T00:00:00Z" })).toEqual([]);
  });

  test("team() loads on every entry point, so each refusal below is the broken part's", async () => {
    const fixture = team().fixture.build();
    expect(validateFixture(fixture, { now: NOW })).toEqual([]);
    const api = createMockApi({ seed: fixture, now: NOW, freezeClock: true });
    const [adminToken] = fixture.tokens ?? [];
    expect((await clientOf(api, adminToken?.secret ?? "").requester.get()).id).toBe("usr_bad1");
    const demo = createMockApi({ now: NOW, freezeClock: true });
    await demo.seed(fixture);
    expect((await clientOf(demo, adminToken?.secret ?? "").requester.get()).id).toBe("usr_bad1");
  });
});

describe("a bad fixture is refused whole, every problem named by JSON pointer", () => {
  for (const bad of BAD_FIXTURES) {
    if (!bad.onTop) {
      test(`validateFixture and createMockApi({ seed }): ${bad.name}`, async () => {
        expect(validateFixture(bad.fixture(), { now: NOW })).toEqual(only(bad.pointer, bad.detail));
        const error = await refusal(() =>
          createMockApi({ seed: bad.fixture() as never, now: NOW, freezeClock: true }),
        );
        expect(error.problems).toEqual(only(bad.pointer, bad.detail));
        expect(error.message).toContain(`${bad.pointer || "/"}: `);
      });
    }

    test(`api.seed() on top of the demo data, which it leaves as it was: ${bad.name}`, async () => {
      const api = createMockApi({ now: NOW, freezeClock: true });
      const before = await api.snapshot();
      const error = await refusal(() => api.seed(bad.fixture() as never));
      expect(error.problems).toEqual(only(bad.pointer, bad.detail));
      expect(await api.snapshot()).toEqual(before);
    });
  }

  test("the issue's example: every problem at once, and none of its valid parts is kept", async () => {
    const api = createMockApi({ seed: "empty", now: NOW, freezeClock: true });
    const error = await refusal(() =>
      api.seed({
        organizations: [{ id: "org_ok", name: "Fine", plan: "teams" }, { id: "org_bad" } as never],
        users: [
          {
            id: "usr_x",
            email: "x@bad.test",
            password: "...",
            memberships: [{ organizationId: "org_bad", role: "admin" }],
          } as never,
        ],
      }),
    );
    expect(error.problems).toEqual([
      { pointer: "/organizations/1/name", detail: "is required" },
      { pointer: "/organizations/1/plan", detail: "is required" },
      { pointer: "/users/0/firstName", detail: "is required" },
      { pointer: "/users/0/lastName", detail: "is required" },
    ]);
    expect((await api.snapshot()).organizations).toEqual([]);
  });

  test("a refusal names each problem with its rule, and never a secret", async () => {
    const { fixture, developer } = team();
    fixture.token({ owner: developer, scopes: [{ resource: "billing", access: "write" }] });
    const leaked = fixture.token({ owner: developer });
    const built = fixture.build();
    const copy = built.tokens?.find((t) => t.id === leaked.id);
    built.tokens?.push({ ...(copy as typeof leaked), id: "tok_bad0000000000099" });
    const error = await refusal(() => createMockApi({ seed: built, now: NOW }));
    expect(error.problems.map((p) => p.pointer)).toEqual(["/tokens/2/scopes", "/tokens/4/secret"]);
    expect(error.message).toMatch(/T3: beyond what its owner's role \(developer\) allows: billing:write/);
    expect(error.message).not.toContain(leaked.secret);
  });
});

describe("builders", () => {
  test("same calls, same ids, emails and secrets, with checksums the SDK accepts", () => {
    const one = team("same").fixture.build();
    const two = team("same").fixture.build();
    expect(two).toEqual(one);
    const other = team("other").fixture.build();
    expect(other.tokens?.map((t) => t.secret)).not.toEqual(one.tokens?.map((t) => t.secret));
    // createClient refuses a secret whose checksum is wrong (parseToken)
    for (const token of one.tokens ?? [])
      expect(() => createClient({ baseUrl: BASE_URL, token: token.secret })).not.toThrow();
  });

  test("the README example, T4 and S3: a solo organization with a developer who already has 50 tokens", async () => {
    const fixture = createFixture();
    fixture.organization({ plan: "solo" });
    fixture.user({ role: "developer" });
    const tokens = Array.from({ length: 50 }, () => fixture.token());
    const api = createMockApi({ seed: fixture.build(), now: NOW, freezeClock: true });

    const developer = clientOf(api, tokens[0]?.secret ?? "");
    expect(await developer.requester.get()).toMatchObject({ id: "usr_fx1", organization: { plan: "solo" } });
    const create = {
      label: "one more",
      type: "personal" as const,
      scopes: [{ resource: "*" as const, access: "write" as const }],
      sensitiveData: "visible" as const,
    };
    await expect(developer.tokens.create(create)).rejects.toMatchObject({
      status: 409,
      code: "token_limit_reached",
    });
    await developer.tokens.revoke(tokens[1]?.id ?? "");
    await expect(
      developer.tokens.create({ ...create, scopes: [{ resource: "tokens", access: "read" }] }),
    ).rejects.toMatchObject({ status: 403, code: "plan_upgrade_required" });
    expect((await developer.tokens.create(create)).secret).toMatch(/^tsr_pat_/);
  });

  test("expiries, revocations and organization tokens as a test needs them", async () => {
    const fixture = createFixture({ namespace: "life" });
    const organization = fixture.organization();
    fixture.user({ role: "admin" });
    const expired = fixture.token({ expiresAt: new Date("2026-11-01T00:00:00Z") });
    const revoked = fixture.token({ revokedAt: "2026-11-20T00:00:00Z" });
    const ci = fixture.token({ type: "organization", role: "developer", label: "CI" });
    const legacy = fixture.token({ type: "organization", legacy: true });
    const api = createMockApi({ seed: fixture.build(), now: NOW, freezeClock: true });

    await expect(clientOf(api, expired.secret).requester.get()).rejects.toMatchObject({
      code: "token_expired",
    });
    await expect(clientOf(api, revoked.secret).requester.get()).rejects.toMatchObject({
      code: "invalid_token",
    });
    expect(await clientOf(api, ci.secret).requester.get()).toMatchObject({
      kind: "organization",
      id: organization.id,
    });
    expect(legacy.secret).toMatch(/^[0-9a-f]{32}$/);
    expect((await clientOf(api, legacy.secret).tokens.get(ci.id)).label).toBe("CI");
  });

  test("the demo credentials are byte-identical to the documented ones", () => {
    expect(DEMO.tokens.ada.secret).toBe("tsr_pat_AdaLovelaceDemoPersonalToken013v7KbY");
    const demoTokens = new Map((demoSeed.tokens ?? []).map((t) => [t.id, t.secret]));
    for (const { id, secret } of Object.values(DEMO.tokens)) expect(demoTokens.get(id)).toBe(secret);
  });
});
