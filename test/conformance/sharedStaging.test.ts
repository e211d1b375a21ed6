/**
 * Proof that the conformance kit (@tessera/conformance, built) holds against a backend like a
 * team's staging server, which offers no control API, runs on its own live clock, sees the kit at
 * an address that is not loopback, and is shared between runs: a real `tessera-mock` server
 * (createMockServer) seeded with a team's own fixture, behind a TLS-terminating proxy (simulated:
 * it appends the caller's address to `X-Forwarded-For` and its protocol to `X-Forwarded-Proto`,
 * which the server believes with `trustProxy`, H4), reached by the name `staging.northwind.test`,
 * which the control plane refuses (403, H5: not a loopback name), so the kit finds no control API.
 * Run twice in a row with no X-Mock-Session between them, both runs fail nothing; every scenario
 * that needs to move time or change memberships is skipped, with the reason; and the server is
 * left with the tokens and the live sessions it had. From the kit's machine only the staging name
 * reaches the server (a request to `localhost:4010` would reach the kit's own machine), so A4's
 * loopback exemption is skipped, saying why. With users given as tokens only, runs spend none of a
 * real user's failed logins (the admin can still log in after them); and an organization with more
 * than 100 policy changes does not confuse P5.
 */
import { type ConformanceReport, type PrincipalsConfig, runConformance } from "@tessera/conformance";
import { createMockServer, type MockServer } from "@tessera/mock/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { viaHost } from "../../packages/conformance/src/target/viaHost.js";
import { teamFixture } from "./kit/teamFixture.js";

const STAGING = "https://staging.northwind.test";
/** Where the server sees the kit (TEST-NET-1, RFC 5737): not loopback, not the one a scenario spoofs. */
const KIT_ADDRESS = "192.0.2.10";
/** A caller on another machine over plain HTTP (A4, H4). */
const ELSEWHERE_ADDRESS = "198.51.100.2";

const team = teamFixture();
/**
 * As a team writes it: the admin and the other organization's user by email and password, the
 * developer by email, password and a token of theirs (so the kit never needs to log in as them to
 * set up), and the legacy key.
 */
const principals: PrincipalsConfig = {
  users: {
    admin: { email: team.users.olga.email, password: team.users.olga.password },
    developer: {
      email: team.users.devi.email,
      password: team.users.devi.password,
      token: team.tokens.devi.secret,
    },
    otherOrganization: { email: team.users.tomas.email, password: team.users.tomas.password },
  },
  legacyKey: team.tokens.legacy.secret,
};

let server: MockServer;
let serverUrl: string;
beforeAll(async () => {
  // No freezeClock, no now: the server's clock is the wall clock, as a real one is.
  server = createMockServer({ port: 0, trustProxy: true, mock: { seed: team.fixture } });
  serverUrl = (await server.listen()).url;
});
afterAll(() => server.close());

const append = (headers: Headers, name: string, value: string) => {
  const given = headers.get(name);
  headers.set(name, given ? `${given}, ${value}` : value);
};

/** The proxy in front: forwards to the server what a caller at `address` sent, saying over what. */
const throughProxy = (address: string, protocol?: "http") => (request: Request) => {
  const headers = new Headers(request.headers);
  append(headers, "x-forwarded-for", address);
  append(headers, "x-forwarded-proto", protocol ?? new URL(request.url).protocol.replace(":", ""));
  return viaHost(serverUrl, new Request(request, { headers }));
};

/** Requests the kit sent to a host that is not the staging server's (none may be sent). */
const strays: string[] = [];

/**
 * The kit's requests: to the staging name through the proxy, from KIT_ADDRESS. Any other host
 * (`localhost:4010`, `[::1]:4010`: A4's loopback names) is the kit's own machine, not the server:
 * such a request is recorded and fails as a connection to nothing would.
 */
const kitFetch = (request: Request) => {
  const url = new URL(request.url);
  if (url.hostname === new URL(STAGING).hostname) return throughProxy(KIT_ADDRESS)(request);
  strays.push(`${request.method} ${url.origin}${url.pathname}`);
  return Promise.reject(
    new TypeError(`fetch failed: connect ECONNREFUSED ${url.host} (not the staging server)`),
  );
};

/** The same users as tokens only (the admin's and the other user's own tokens, the developer's), and the legacy key. */
const tokensOnly: PrincipalsConfig = {
  users: {
    admin: { token: team.tokens.olga.secret },
    developer: { token: team.tokens.devi.secret },
    otherOrganization: { token: team.tokens.tomas.secret },
  },
  legacyKey: team.tokens.legacy.secret,
};

const run = (given: PrincipalsConfig = principals, only?: string[]) =>
  runConformance({
    baseUrl: STAGING,
    fetch: kitFetch,
    elsewhere: throughProxy(ELSEWHERE_ADDRESS, "http"),
    principals: given,
    ...(only ? { only } : {}),
  });

/** The scenarios that cannot be checked here, and why: exactly these, in every run. */
const CONTROL = (what: string, purpose?: string) =>
  `needs the control API (${what}, spec/control.yaml)${purpose ? ` ${purpose}` : ""}, which ${STAGING} does not offer (GET /__mock is not a control list)`;
/** The matrix's columns that need the control API: exactly these three, each a scenario of its own. */
const MATRIX_CONTROL_COLUMNS = {
  expired: "a token whose expiry the clock has passed",
  ownerLeft: "a personal token of a member who left the organization (T15)",
  creatorLeft: "an organization token whose creator left the organization (T15)",
};
const EXPECTED_SKIPS: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(MATRIX_CONTROL_COLUMNS).map(([kind, what]) => [
      `authorization matrix > ${kind}: every operation gets its expected status`,
      CONTROL(
        "POST /__mock/clock, POST /__mock/seed, DELETE /__mock/members",
        `for the matrix's ${kind} cells (${what})`,
      ),
    ]),
  ),
  "authorization matrix > reportLeakedCredentials: every credential kind gets its expected status": CONTROL(
    "X-Mock-Session",
    "for a state of its own: on a shared server the row's 12 leak reports would use up the limit on leak reports from the kit's address (10 in 15 minutes, P4), for this run's P4 and later runs",
  ),
  "authentication > A4: loopback is exempt: plain http to 127.0.0.1, localhost and [::1] is served": `needs the server under test on this machine, to call it as 127.0.0.1:4010 over plain HTTP, and ${STAGING} is not on loopback (a request to 127.0.0.1:4010 from here would reach this machine, or another server, not it)`,
  "authentication > A3: an expired token is 401 token_expired": CONTROL(
    "POST /__mock/clock",
    "to move the clock past a token's expiry",
  ),
  "authentication > A5: failures spread over more than 15 minutes do not lock": CONTROL(
    "POST /__mock/clock",
    "to spread failed logins over more than 15 minutes",
  ),
  "authentication > A5: five failures in 15 minutes lock the email for 15 minutes (429 with Retry-After)":
    CONTROL("POST /__mock/clock", "to spread failed logins over minutes and wait out the lock"),
  "every request > E3: a rejected request changes no state": CONTROL("GET /__mock/outbox"),
  "every request > fault injection: forced statuses carry problems and Retry-After":
    CONTROL("POST /__mock/faults"),
  "every request > the journal records method, path, status and credential id, never a secret":
    CONTROL("GET /__mock/journal"),
  "hostile requests > E6: a secret pasted into a path is shown only as its prefix, in the problem and the journal":
    CONTROL("GET /__mock/journal"),
  "hostile requests > H2: an Idempotency-Key replay is only for the credential that sent it, while it may > H2: a demoted admin's replay is refused, and nothing is created":
    CONTROL("POST /__mock/members"),
  "hostile requests > H2: an Idempotency-Key replay is only for the credential that sent it, while it may > H2: a rotation's replay is refused once the token is beyond the caller":
    CONTROL("POST /__mock/members"),
  "hostile requests > found by attacking the first fix > E6: a secret used as a query name, a body field or glued to a path is never echoed whole":
    CONTROL("GET /__mock/journal"),
  "hostile requests > found by attacking the first fix > T17: a legacy key rotated out still says it is deprecated during its grace period":
    CONTROL(
      "X-Mock-Session",
      "to rotate a legacy key in a state of its own: on a shared server, rotating the configured legacyKey would end it for the other scenarios and for later runs (legacy keys cannot be created through the API, T17)",
    ),
  "hostile use: escalation and login probing > H1: a token that expires in an hour cannot outlive itself by edit, create or rotate":
    CONTROL("POST /__mock/clock"),
  "hostile use: escalation and login probing > H3: a removed member's right password gets the wrong-password 401 and counts toward the lock":
    CONTROL("DELETE /__mock/members", "to remove the developer from the organization"),
  "token lifecycle > T11: rotate issues a new secret; the old one works until the grace period ends":
    CONTROL("POST /__mock/clock"),
  "token lifecycle > T11: rotation rules: revoked tokens cannot rotate, legacy keys migrate, owners rotate personal tokens":
    CONTROL(
      "X-Mock-Session",
      "to rotate a legacy key in a state of its own: on a shared server, rotating the configured legacyKey would end it for the other scenarios and for later runs (legacy keys cannot be created through the API, T17)",
    ),
  "token lifecycle > T15: organization tokens survive their creator leaving; personal tokens stop in that organization":
    CONTROL("DELETE /__mock/members"),
  "token lifecycle > T16: creating, rotating and revoking notify the right people with the masked token":
    CONTROL("POST /__mock/seed"),
  "token lifecycle > T18: the same Idempotency-Key and body replay the first response; another body is 422":
    CONTROL("POST /__mock/clock"),
  "token lifecycle > §2: demoting a user narrows their tokens at once": CONTROL("POST /__mock/members"),
  "token notices > P3: one clock move across every horizon sends 7-day, 1-day and expiry notices once each, in time order":
    CONTROL("POST /__mock/clock"),
  "token notices > P3: organization tokens notify every admin; a token created to expire within 7 days gets no 7-day notice":
    CONTROL("POST /__mock/clock"),
  "token notices > P3: stepping the clock delivers each notice once, when its horizon is passed":
    CONTROL("POST /__mock/clock"),
  "token notices > P4: a leak report needs no credential, is always 202, and revokes the live tokens in it":
    CONTROL("GET /__mock/outbox"),
  "token notices > P4: leak reports are rate limited per address like logins; the refused report changes nothing":
    CONTROL("POST /__mock/clock", "to wait out the 15 minutes of a used-up limit"),
  "token notices > P6: legacy keys stop at the Sunset they announce, with 401 legacy_key_sunset and the Link":
    CONTROL("POST /__mock/clock"),
  "token policy > P2: a token is 401 token_not_yet_valid until its notBefore, then works":
    CONTROL("POST /__mock/clock"),
  "token policy > P5: revokeAfterInactiveDays revokes tokens unused that long, from the last use or the change":
    CONTROL("POST /__mock/clock", "to let 31 days of inactivity pass"),
  "tokens > T6: the secret appears in the create response only, never in list, get or the journal":
    CONTROL("GET /__mock/journal"),
  "tokens > T7: status filter and the expired and revoked statuses": CONTROL(
    "POST /__mock/clock",
    "to move the clock past a token's expiry",
  ),
};

/** Logs in as Olga (the admin) through the proxy, as a team member would: the answer, and the session if any. */
async function logInAsAdmin() {
  const response = await kitFetch(
    new Request(`${STAGING}/v1/auth/login`, {
      method: "POST",
      headers: { authorization: `Basic ${btoa(`${team.users.olga.email}:${team.users.olga.password}`)}` },
    }),
  );
  const body = (await response.json()) as { value?: string; expiresAt?: string; code?: string };
  return { status: response.status, body };
}

async function logOut(session: string) {
  const response = await kitFetch(
    new Request(`${STAGING}/v1/auth/logout`, {
      method: "POST",
      headers: { authorization: `Bearer ${session}` },
    }),
  );
  expect(response.status).toBe(204);
}

/** As the admin, in a session of the test's own that is logged out afterwards. */
async function asAdmin<T>(use: (session: string) => Promise<T>): Promise<T> {
  const { status, body } = await logInAsAdmin();
  expect(status, JSON.stringify(body)).toBe(201);
  try {
    return await use(body.value ?? "");
  } finally {
    await logOut(body.value ?? "");
  }
}

/** The ids of the active tokens the admin can see (their own, members' personal and organization tokens). */
const activeTokens = () =>
  asAdmin(async (value) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const page = await kitFetch(
        new Request(`${STAGING}/v1/tokens?status=active&limit=100${query}`, {
          headers: { authorization: `Bearer ${value}` },
        }),
      );
      const body = (await page.json()) as { data: { id: string }[]; nextCursor: string | null };
      ids.push(...body.data.map((token) => token.id));
      cursor = body.nextCursor;
    } while (cursor);
    return ids.sort();
  });

/**
 * The sessions that are live on the server (not logged out, not expired), by id. The API lists no
 * sessions, so the test reads the server's state on loopback, where its control plane answers (the
 * kit, on the staging name, cannot).
 */
async function liveSessions(): Promise<string[]> {
  const state = (await (await fetch(`${serverUrl}/__mock/state`)).json()) as {
    sessions: { id: string; revokedAt: number | null; expiresAt: number }[];
  };
  const now = Date.now();
  return state.sessions
    .filter((s) => s.revokedAt === null && s.expiresAt > now)
    .map((s) => s.id)
    .sort();
}

const outcomes = (report: ConformanceReport, outcome: "failed" | "skipped") =>
  Object.fromEntries(
    report.scenarios.filter((s) => s.outcome === outcome).map((s) => [s.name, s.message ?? ""]),
  );

describe("a shared staging server: no control API, a live clock, the kit not on loopback", () => {
  test("the target is what it claims: /__mock refused on the staging name, the clock live", async () => {
    const control = await kitFetch(new Request(`${STAGING}/__mock`));
    expect(control.status).toBe(403);
    // The same server does offer it on loopback: only the name the kit uses keeps it out.
    expect((await fetch(`${serverUrl}/__mock`)).status).toBe(200);
    // Its clock is today's, not the scenarios' epoch: a session ends 30 days from now (A5).
    const before = Date.now();
    const login = await logInAsAdmin();
    const startedAt = Date.parse(login.body.expiresAt ?? "") - 30 * 86_400_000;
    expect(startedAt).toBeGreaterThanOrEqual(before);
    expect(startedAt).toBeLessThanOrEqual(Date.now());
    await logOut(login.body.value ?? "");
  });

  test("two runs in a row: no failure in either, the same scenarios skipped with their reasons", async () => {
    const before = await activeTokens();
    const sessions = await liveSessions();
    const reports: ConformanceReport[] = [];
    for (let i = 0; i < 2; i++) {
      const report = await run();
      reports.push(report);
      expect(report).toMatchObject({ control: false, isolation: "cleanup" });
      const which = `run ${i + 1}: ${JSON.stringify(report.totals)}`;
      expect(outcomes(report, "failed"), which).toEqual({});
      expect(outcomes(report, "skipped"), which).toEqual(EXPECTED_SKIPS);
      const skipped = Object.keys(EXPECTED_SKIPS).length;
      expect(report.totals).toEqual({ passed: report.scenarios.length - skipped, failed: 0, skipped });
      expect(report.totals.passed).toBeGreaterThanOrEqual(95);
      // The authorization matrix: every row but the leak reports' is checked, in the 12 columns
      // that need no control API; the three that do are skipped, each by name.
      const matrix = report.scenarios.filter((s) => s.rules.includes("matrix"));
      expect(matrix.filter((s) => s.outcome === "passed")).toHaveLength(16);
      expect(
        matrix
          .filter((s) => s.outcome === "skipped")
          .map((s) => s.name.replace("authorization matrix > ", "")),
      ).toEqual([
        "reportLeakedCredentials: every credential kind gets its expected status",
        "expired: every operation gets its expected status",
        "ownerLeft: every operation gets its expected status",
        "creatorLeft: every operation gets its expected status",
      ]);
      // A4 is checked by its half that a server elsewhere can be checked by.
      expect(report.rules.find((r) => r.rule === "A4")?.outcome).toBe("passed");
    }
    // Nothing was sent anywhere but to the staging server (A4's loopback names included).
    expect(strays).toEqual([]);
    // A shared server is left as it was found: every token a run created is revoked, and every
    // session it logged in is logged out (a session lives 30 days).
    expect(await activeTokens()).toEqual(before);
    expect(await liveSessions()).toEqual(sessions);
    expect(reports[1]?.totals).toEqual(reports[0]?.totals);
  }, 600_000);

  test("users as tokens only: runs spend no real user's failed logins, and leave no session live", async () => {
    const before = await activeTokens();
    const sessions = await liveSessions();
    // Each run, on the kit without this care, failed three logins of the admin's (A5, Q2, T16)
    // that nothing cleared: five failures in 15 minutes lock the email (A5).
    for (let i = 0; i < 2; i++) {
      const report = await run(tokensOnly);
      const which = `tokens only, run ${i + 1}: ${JSON.stringify(report.totals)}`;
      expect(outcomes(report, "failed"), which).toEqual({});
      const skipped = outcomes(report, "skipped");
      const failingLogin = (purpose: string, whom: string, passwords: string) =>
        `needs a login with a wrong password as ${whom} ${purpose}, and one with the right password afterwards to clear the failure; the principals file gives no password for them (${passwords}), and without the control API (X-Mock-Session, spec/control.yaml) ${STAGING} keeps counting: the failure would count toward locking a real user's email for 15 minutes (A5), with nothing to clear it`;
      const members = "the admin or the developer";
      const memberPasswords = "users.admin.password, users.developer.password";
      expect(skipped).toMatchObject({
        "authentication > A5: wrong email and wrong password give identical 401s": failingLogin(
          "to compare its 401 with a wrong email's",
          `${members} or the user of the other organization`,
          `${memberPasswords}, users.otherOrganization.password`,
        ),
        "hostile requests > found by attacking the first fix > Q2: a hidden credential reads audit events without the emails in them":
          failingLogin("for a login.failed event with their email in it", members, memberPasswords),
        "token lifecycle > T16: admins read audit events: login.failed, with the email tried and no actor":
          failingLogin("for the login.failed event", members, memberPasswords),
      });
      // Every other skip is one the users with passwords have too, or one that logs in as them.
      for (const [name, reason] of Object.entries(skipped)) {
        if (reason !== EXPECTED_SKIPS[name])
          expect(reason, name).toMatch(
            /^(needs a login with a wrong password|needs to log in as the (admin|developer|user of the other organization) \(POST \/v1\/auth\/login\)|the session cell needs an admin's session)/,
          );
      }
      expect(report.totals.passed).toBeGreaterThanOrEqual(70);
    }
    // The admin's email is not locked: they log in at once (A5: 201, not 429 login_locked).
    const login = await logInAsAdmin();
    expect(login.status, JSON.stringify(login.body)).toBe(201);
    await logOut(login.body.value ?? "");
    expect(strays).toEqual([]);
    expect(await activeTokens()).toEqual(before);
    expect(await liveSessions()).toEqual(sessions);
  }, 600_000);

  test("P5 reads its own run's policy changes, past the first 100 of a long-lived organization", async () => {
    // More than a page (100) of organization.policy_updated events, as about 30 runs leave them.
    await asAdmin(async (session) => {
      for (let i = 0; i < 102; i++) {
        const response = await kitFetch(
          new Request(`${STAGING}/v1/organization/policy`, {
            method: "PATCH",
            headers: { authorization: `Bearer ${session}`, "content-type": "application/json" },
            body: JSON.stringify({ maxTokenLifetimeDays: i === 101 ? null : 365 - (i % 2) }),
          }),
        );
        expect(response.status).toBe(200);
      }
    });
    const report = await run(principals, ["P5"]);
    expect(outcomes(report, "failed")).toEqual({});
    expect(report.rules.find((r) => r.rule === "P5")?.outcome).toBe("passed");
  }, 120_000);
});
