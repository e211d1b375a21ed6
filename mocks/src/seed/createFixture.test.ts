import { parseToken } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { createFixture, FIXTURE_PASSWORD } from "./createFixture.js";
import { validateFixture } from "./validateFixture.js";

describe("createFixture", () => {
  test("defaults: readable ids, one password, a full-access personal token of the last user", () => {
    const fixture = createFixture();
    const organization = fixture.organization();
    const user = fixture.user();
    const token = fixture.token();
    expect(organization).toEqual({ id: "org_fx1", name: "Organization 1", plan: "teams" });
    expect(user).toEqual({
      id: "usr_fx1",
      email: "user1@fx.fixture.test",
      password: FIXTURE_PASSWORD,
      firstName: "User",
      lastName: "1",
      memberships: [{ organizationId: "org_fx1", role: "developer" }],
    });
    expect(token).toMatchObject({
      id: "tok_fx00000000000001",
      type: "personal",
      organizationId: "org_fx1",
      createdBy: "usr_fx1",
      label: "Token 1",
    });
    expect(token.scopes).toBeUndefined(); // full access, the format's default
    expect(validateFixture(fixture.build())).toEqual([]);
  });

  test("deterministic: the same calls give the same secrets; another namespace, others", () => {
    const secrets = (namespace?: string) => {
      const fixture = createFixture({ namespace });
      fixture.organization();
      fixture.user({ role: "admin" });
      return [
        fixture.token(),
        fixture.token({ type: "organization" }),
        fixture.token({ type: "organization", legacy: true }),
      ].map((t) => t.secret);
    };
    expect(secrets()).toEqual(secrets());
    expect(secrets("b")).not.toEqual(secrets());
    const [personal, organization, legacy] = secrets();
    expect(parseToken(personal ?? "")).toMatchObject({ valid: true, kind: "personal" });
    expect(parseToken(organization ?? "")).toMatchObject({ valid: true, kind: "organization" });
    expect(parseToken(legacy ?? "")).toMatchObject({ valid: true, kind: "legacy" });
  });

  test("times as Dates or strings; a field given as undefined keeps its default", () => {
    const fixture = createFixture();
    fixture.organization();
    fixture.user();
    const token = fixture.token({
      expiresAt: new Date("2027-01-01T00:00:00Z"),
      label: undefined,
      revokedAt: null,
    });
    expect(token).toMatchObject({ expiresAt: "2027-01-01T00:00:00.000Z", label: "Token 1", revokedAt: null });
  });

  test("says what is missing instead of building a fixture that would be refused", () => {
    expect(() => createFixture({ namespace: "no spaces" })).toThrow(/namespace must be 1 to 8 letters/);
    expect(() => createFixture().user({ role: "admin" })).toThrow(
      /add one with fixture.organization\(\) first/,
    );
    expect(() => createFixture().token()).toThrow(/a personal token needs an owner/);
    const fixture = createFixture();
    fixture.organization();
    fixture.user({ role: "developer" });
    expect(() => fixture.token({ type: "organization" })).toThrow(/needs an admin of org_fx1 \(T2\)/);
  });
});
