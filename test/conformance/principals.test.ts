/**
 * Proof that the conformance kit (@tessera/conformance, built) takes its principals from the
 * principals file and discovers everything else through the API: against a mock seeded with a
 * fixture that shares nothing with the demo seed (other emails, passwords, ids, organization names
 * and plans, extra members and tokens), it passes every rule with users given by email and password,
 * and with users given as tokens only it passes every rule that needs no password login and skips
 * the others, saying why. A principals file that is wrong is refused with every problem named.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ConformanceReport,
  controlOf,
  type PrincipalsConfig,
  parsePrincipalsConfig,
  runConformance,
  SCENARIO_EPOCH,
} from "@tessera/conformance";
import { createMockApi, DEMO, type Fixture } from "@tessera/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "./kit/runCli.js";
import { teamFixture } from "./kit/teamFixture.js";

const ALL_RULES = [
  ...["A1", "A2", "A3", "A4", "A5", "A6", "A7", "Q1", "Q2", "S1", "S2", "S3", "S4"],
  ...Array.from({ length: 18 }, (_, i) => `T${i + 1}`),
  ...["H1", "H2", "H3", "H4", "E1", "E2", "E3", "E4", "E5", "E6", "E7"],
  ...["P1", "P2", "P3", "P4", "P5", "P6"],
];

const team = teamFixture();

/** Email and password for each, and the legacy key: the file a team writes for its own backend. */
const byPassword: PrincipalsConfig = {
  users: {
    admin: { email: team.users.olga.email, password: team.users.olga.password },
    developer: { email: team.users.devi.email, password: team.users.devi.password },
    otherOrganization: { email: team.users.tomas.email, password: team.users.tomas.password },
  },
  legacyKey: team.tokens.legacy.secret,
};
/** Tokens only: no one can log in, and no legacy key (the control API seeds one). */
const byToken: PrincipalsConfig = {
  users: {
    admin: { token: team.tokens.olga.secret },
    developer: { token: team.tokens.devi.secret },
    otherOrganization: { token: team.tokens.tomas.secret },
  },
};

const against = (seed: Fixture, principals?: PrincipalsConfig) => ({
  baseUrl: "https://api.tessera.dev",
  ...(principals ? { principals } : {}),
  newSession: () => {
    const api = createMockApi({ seed, freezeClock: true, now: SCENARIO_EPOCH });
    return { fetch: (request: Request) => api.fetch(request), control: controlOf(api) };
  },
});
const notPassed = (report: ConformanceReport) =>
  report.scenarios.filter((s) => s.outcome !== "passed").map((s) => `${s.outcome}: ${s.name}: ${s.message}`);

describe("against a backend seeded with a team's own data, not the demo seed", () => {
  test("the fixture shares nothing with the demo seed", () => {
    const text = JSON.stringify(team.fixture);
    for (const value of [
      DEMO.password,
      ...Object.values(DEMO.users).flatMap((u) => [u.id, u.email]),
      ...Object.values(DEMO.organizations),
      ...Object.values(DEMO.tokens).flatMap((t) => [t.id, t.secret]),
      "teams",
      "Acme",
    ])
      expect(text).not.toContain(value);
  });

  test("users by email and password: every rule passes, none skipped", async () => {
    const report = await runConformance(against(team.fixture, byPassword));
    expect(notPassed(report)).toEqual([]);
    expect(report.rules.map((r) => r.rule)).toEqual(expect.arrayContaining([...ALL_RULES, "matrix"]));
    expect(report.rules.filter((r) => r.rule === "principals")).toEqual([]);
  }, 180_000);

  test("users as tokens only: every rule that needs no login passes; the rest is skipped, saying why", async () => {
    const report = await runConformance(against(team.fixture, byToken));
    const failed = report.scenarios.filter((s) => s.outcome === "failed");
    expect(failed.map((s) => `${s.name}: ${s.message}`)).toEqual([]);
    const skipped = report.scenarios.filter((s) => s.outcome === "skipped");
    // Exactly the scenarios that log in as a configured user, each with the reason.
    expect(skipped.map((s) => s.name).sort()).toEqual(
      [
        "authentication > A5: login with HTTP Basic and no body returns a 30-day session",
        "authentication > A5: five failures in 15 minutes lock the email for 15 minutes (429 with Retry-After)",
        "authentication > A5: failures spread over more than 15 minutes do not lock",
        "authentication > A5: login refuses a body and Bearer credentials",
        "authentication > A6: logout revokes the session used, and only sessions can log out",
        "authentication > A7: a session acts as its user with the user's full role permissions",
        "requester > Q1: sessions, organization tokens and legacy keys describe themselves too",
        "tokens > T3: a developer's session is bounded by the developer role alone: a full-access personal token is no escalation",
        "token lifecycle > §2: demoting a user narrows their tokens at once",
        "hostile use: escalation and login probing > H1: an omitted expiry defaults to the caller's own; a session can still create long-lived tokens",
        "hostile use: escalation and login probing > H3: a removed member's right password gets the wrong-password 401 and counts toward the lock",
        "token notices > A5: login answers say where the email stands against the lockout (RateLimit-*)",
      ].sort(),
    );
    for (const s of skipped) {
      expect(s.message).toMatch(
        /^needs (to log in as the (admin|developer|user of the other organization) \(POST \/v1\/auth\/login\), and the principals file gives them as a token, without email and password \(users\.\w+\)|the email of the admin, which the principals file does not give)/,
      );
    }
    // The rules whose every scenario logs in are skipped; the others pass by their other scenarios.
    const outcome = Object.fromEntries(report.rules.map((r) => [r.rule, r.outcome]));
    expect(Object.keys(outcome).filter((rule) => outcome[rule] === "skipped")).toEqual([
      "§2",
      "A6",
      "A7",
      "H3",
    ]);
    expect(Object.keys(outcome).filter((rule) => outcome[rule] === "failed")).toEqual([]);
    expect(report.totals).toEqual({ passed: report.scenarios.length - 12, failed: 0, skipped: 12 });
    expect(report.totals.passed).toBeGreaterThan(100);
  }, 180_000);

  test("users as tokens only, on one shared mock without the control API: no real user's failed logins are spent, no session is left live", async () => {
    // One mock for every scenario and run, as a staging server is: no X-Mock-Session, no controls.
    const api = createMockApi({ seed: team.fixture });
    const shared = {
      baseUrl: "https://api.tessera.dev",
      fetch: (request: Request) => api.fetch(request),
      principals: { ...byToken, legacyKey: team.tokens.legacy.secret },
    };
    const live = async () =>
      (await api.snapshot()).sessions.filter((s) => s.revokedAt === null).map((s) => s.id);
    expect(await live()).toEqual([]);
    for (let i = 0; i < 2; i++) {
      const report = await runConformance(shared);
      expect(report).toMatchObject({ control: false, isolation: "cleanup" });
      const failed = report.scenarios.filter((s) => s.outcome === "failed");
      expect(failed.map((s) => `${s.name}: ${s.message}`)).toEqual([]);
      // The scenarios that fail a login as a real user are skipped, before they send anything.
      const skipped = Object.fromEntries(
        report.scenarios.filter((s) => s.outcome === "skipped").map((s) => [s.name, s.message]),
      );
      for (const name of [
        "authentication > A5: wrong email and wrong password give identical 401s",
        "hostile requests > found by attacking the first fix > Q2: a hidden credential reads audit events without the emails in them",
        "token lifecycle > T16: admins read audit events: login.failed, with the email tried and no actor",
      ])
        expect(skipped[name], name).toMatch(
          /^needs a login with a wrong password as the admin or the developer.* the failure would count toward locking a real user's email for 15 minutes \(A5\), with nothing to clear it$/,
        );
    }
    // Five failures in 15 minutes lock an email (A5); the admin's is not locked.
    const login = await api.fetch("https://api.tessera.dev/v1/auth/login", {
      method: "POST",
      headers: { authorization: `Basic ${btoa(`${team.users.olga.email}:${team.users.olga.password}`)}` },
    });
    expect(login.status).toBe(201);
    const { id } = (await login.json()) as { id: string };
    // Every session the runs logged in is logged out (A6): only this test's own is live.
    expect(await live()).toEqual([id]);
  }, 180_000);

  test("the demo seed's principals do not fit this backend: the principals row fails, naming each", async () => {
    const report = await runConformance({ ...against(team.fixture), only: ["A1"] });
    const row = report.scenarios.find((s) => s.rules.includes("principals"));
    expect(row?.outcome).toBe("failed");
    expect(row?.message).toContain(
      "admin ada@acme.test: POST /v1/auth/login answered 401, expected 201 (A5)",
    );
  }, 60_000);
});

describe("the principals file", () => {
  test("a wrong file is refused with every problem named", () => {
    const refuse = (value: unknown) => {
      try {
        parsePrincipalsConfig(value);
      } catch (error) {
        return (error as Error).message;
      }
      return "accepted";
    };
    expect(refuse([])).toMatch(/must hold a JSON object/);
    const message = refuse({
      users: {
        admin: "ops@example.com",
        boss: "b@example.com",
        developer: { email: "dev" },
        otherOrganization: {},
      },
      legacy: "x",
    });
    expect(message).toContain("legacy: unknown field (expected password, users, legacyKey)");
    expect(message).toContain('users.admin: an email alone needs the top-level "password"');
    expect(message).toContain("users.boss: unknown role (expected admin, developer, otherOrganization)");
    expect(message).toContain("users.developer.email: must be an email");
    expect(message).toContain(
      'users.otherOrganization: give a "token", or an "email" and a "password" (or both)',
    );
    expect(refuse(byPassword)).toBe("accepted");
    expect(refuse(byToken)).toBe("accepted");
    expect(refuse({ password: "p", users: { admin: "a@example.com" } })).toBe("accepted");
  });

  describe("from the CLI", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "tessera-principals-"));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("tessera-conformance --principals with a wrong file exits 2 and names the problem", async () => {
      const file = join(dir, "principals.json");
      writeFileSync(file, JSON.stringify({ users: { admin: { email: "ops@example.com" } } }));
      const { code, stderr } = await runCli(["--base-url", "http://127.0.0.1:9", "--principals", file]);
      expect(code).toBe(2);
      expect(stderr).toContain('users.admin: give a "token", or an "email" and a "password" (or both)');
    });
  });
});
