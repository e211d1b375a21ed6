import { AuthenticationError, RateLimitError } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { withCast } from "../support/cast.js";
import { basic, castOf, clientAs, clientWith, rawAs, rawWith, send, sessionFor } from "../support/clients.js";
import { expectInstant, requireControl, timed } from "../support/clock.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

/** The same email with the case of its first letter and its domain's first letter flipped (A5: emails are case-insensitive). */
const otherCase = (email: string) =>
  email.replace(/^(.)(.*@)(.)/, (_, a: string, middle: string, b: string) => flip(a) + middle + flip(b));
const flip = (c: string) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase());

export function authenticationScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("authentication", () => {
    test("A1: every operation but login needs a credential: 401 unauthenticated with a Bearer challenge", async () => {
      const t = await makeTarget();
      for (const path of [
        "/v1/requester",
        "/v1/tokens",
        "/v1/scopes",
        "/v1/tokens/current",
        "/v1/audit-events",
      ]) {
        const response = await breaches("security", () => send(t, path));
        expect(response.status, path).toBe(401);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect(response.headers.get("www-authenticate")).toBe('Bearer realm="tessera"');
        expect((await response.json()).code).toBe("unauthenticated");
      }
      const anonymous = clientWith(t);
      await expect(breaches("security", () => anonymous.requester.get())).rejects.toMatchObject({
        status: 401,
        code: "unauthenticated",
      });
    });

    test("A2: Bearer and ApiKey schemes are both accepted, case-insensitively", async () => {
      const t = await makeTarget();
      const { admin } = castOf(t);
      const secret = admin.token.secret;
      expect((await clientWith(t, secret, "Bearer").requester.get()).id).toBe(admin.userId);
      expect((await clientWith(t, secret, "ApiKey").requester.get()).id).toBe(admin.userId);
      const lower = await send(t, "/v1/requester", { headers: { authorization: `apikey ${secret}` } });
      expect(lower.status).toBe(200);
    });

    test("A2: a malformed Authorization header is 400 invalid_request", async () => {
      const t = await makeTarget();
      for (const header of [
        "Bearer",
        "Bearer a b",
        "Token abc",
        "Bearer =abc",
        basic("someone@example.test", "x"),
      ]) {
        const response = await send(t, "/v1/requester", { headers: { authorization: header } });
        expect(response.status, header).toBe(400);
        const problem = await response.json();
        expect(problem.code).toBe("invalid_request");
        expect(problem.errors[0].pointer).toBe("/headers/authorization");
      }
    });

    test("A3: unknown, revoked and malformed secrets give byte-identical 401 invalid_token bodies", async () => {
      const t = await makeTarget();
      const { token, secret } = await clientAs(t, "admin").tokens.create({
        label: "doomed",
        type: "personal",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "visible",
      });
      await clientAs(t, "admin").tokens.revoke(token.id);
      const unknown = secret.slice(0, 8) + "Z".repeat(30) + secret.slice(-6);
      const bodies: string[] = [];
      for (const candidate of [secret, unknown, "not-a-token", "tsr_pat_short"]) {
        const response = await send(t, "/v1/requester", { token: candidate });
        expect(response.status).toBe(401);
        expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
        const body = await response.json();
        expect(body.code).toBe("invalid_token");
        bodies.push(JSON.stringify({ ...body, requestId: "", instance: "" }));
      }
      expect(new Set(bodies).size).toBe(1);
    });

    test("A3: an expired token is 401 token_expired", async () => {
      const t = await makeTarget();
      requireControl(t.control, "POST /__mock/clock", "to move the clock past a token's expiry");
      const ada = clientAs(t, "admin");
      const expiresAt = new Date(Date.parse("2026-11-22T10:00:00Z") + 3600_000).toISOString();
      const { secret } = await ada.tokens.create({
        label: "short",
        type: "personal",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "visible",
        expiresAt,
      });
      expect((await send(t, "/v1/tokens/current", { token: secret })).status).toBe(200);
      await t.control.advanceClock({ hours: 1 });
      const response = await send(t, "/v1/tokens/current", { token: secret });
      expect(response.status).toBe(401);
      expect((await response.json()).code).toBe("token_expired");
      expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    });

    test("A4: plain http to a non-loopback host is 403 https_required", async () => {
      const t = await makeTarget();
      const authorization = `Bearer ${castOf(t).admin.token.secret}`;
      const remote = await t.fromElsewhere(
        new Request(`${t.baseUrl}/v1/requester`, { headers: { authorization } }),
      );
      expect(remote.status).toBe(403);
      expect((await remote.json()).code).toBe("https_required");
    });

    test("A4: loopback is exempt: plain http to 127.0.0.1, localhost and [::1] is served", async () => {
      const t = await makeTarget();
      const authorization = `Bearer ${castOf(t).admin.token.secret}`;
      // Only where these names reach the server under test (in-process, or a server on loopback);
      // against a server on another machine the scenario is skipped before it sends anything.
      for (const host of ["127.0.0.1:4010", "localhost:4010", "[::1]:4010"]) {
        const local = await t.fetch(
          new Request(`http://${host}/v1/requester`, { headers: { authorization } }),
        );
        expect(local.status, host).toBe(200);
      }
    });

    test("H4: a caller elsewhere is not made local by naming a loopback Host, nor a client by X-Forwarded-For", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "admin");
      const { token, secret } = await ada.tokens.create({
        label: "h4",
        type: "personal",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "visible",
      });
      for (const host of ["localhost", "127.0.0.1", "[::1]"]) {
        const spoofed = await t.fromElsewhere(
          new Request(`http://${host}:4010/v1/requester`, {
            headers: {
              authorization: `Bearer ${secret}`,
              "x-forwarded-for": "127.0.0.1",
              "x-forwarded-proto": "https",
            },
          }),
        );
        expect(spoofed.status, host).toBe(403);
        expect((await spoofed.json()).code).toBe("https_required");
      }
      // Refused before authentication: the token was not used.
      expect((await ada.tokens.get(token.id)).lastUsedAt).toBeNull();
      // X-Forwarded-For from the caller does not change who the caller is: the kit stays at the
      // address the server saw for its first calls (loopback, or a trusted proxy's report of it).
      const here = await castOf(t).address();
      const spoof = here === "203.0.113.7" ? "198.51.100.7" : "203.0.113.7";
      await send(t, "/v1/requester", { token: secret, headers: { "x-forwarded-for": spoof } });
      expect((await ada.tokens.get(token.id)).lastUsedIp).toBe(here);
    });

    test("A5: login with HTTP Basic and no body returns a 30-day session", async () => {
      const t = await makeTarget();
      const { email, password } = castOf(t).login("admin");
      const [response, window] = await timed(() =>
        send(t, "/v1/auth/login", {
          method: "POST",
          headers: { authorization: basic(otherCase(email), password) },
        }),
      );
      expect(response.status).toBe(201);
      const session = await response.json();
      expect(session.user).toEqual({ id: castOf(t).admin.userId });
      expect(session.id).toMatch(/^ses_/);
      expect(session.value).toMatch(/^tsr_ses_[0-9A-Za-z]{36}$/);
      expectInstant(
        t,
        session.expiresAt,
        window,
        30 * 24 * 3600 * 1000,
        "expiresAt, 30 days after the login",
      );
    });

    test("A5: wrong email and wrong password give identical 401s", async () => {
      const t = await makeTarget();
      const { email, settle } = castOf(t).failingLogin(
        ["admin", "developer", "other"],
        "to compare its 401 with a wrong email's",
      );
      const wrongPassword = await send(t, "/v1/auth/login", {
        method: "POST",
        headers: { authorization: basic(email, "nope") },
      });
      await settle();
      const wrongEmail = await send(t, "/v1/auth/login", {
        method: "POST",
        headers: { authorization: basic(`nobody.${email}`, "nope") },
      });
      expect(wrongPassword.status).toBe(401);
      expect(wrongEmail.status).toBe(401);
      const strip = async (r: Response) => JSON.stringify({ ...(await r.json()), requestId: "" });
      expect(await strip(wrongPassword)).toBe(await strip(wrongEmail));
      expect(wrongPassword.headers.get("www-authenticate")).toBe(wrongEmail.headers.get("www-authenticate"));
    });

    test("A5: five failures in 15 minutes lock the email for 15 minutes (429 with Retry-After)", async () => {
      const t = await makeTarget();
      // Checked first: without it the failures would count against the developer's email on the server.
      requireControl(
        t.control,
        "POST /__mock/clock",
        "to spread failed logins over minutes and wait out the lock",
      );
      const { admin, developer } = castOf(t);
      const grace = castOf(t).login("developer");
      const ada = castOf(t).login("admin");
      const client = clientWith(t);
      for (let i = 0; i < 5; i++) {
        if (i > 0) await t.control.advanceClock({ minutes: 2 });
        await expect(client.auth.login({ email: grace.email, password: `wrong${i}` })).rejects.toBeInstanceOf(
          AuthenticationError,
        );
      }
      const locked = await send(t, "/v1/auth/login", {
        method: "POST",
        headers: { authorization: basic(grace.email, grace.password) },
      });
      expect(locked.status).toBe(429);
      expect(locked.headers.get("retry-after")).toBe("900");
      expect((await locked.json()).code).toBe("login_locked");
      await expect(client.auth.login(grace)).rejects.toBeInstanceOf(RateLimitError);
      // Other emails are not affected.
      expect((await client.auth.login(ada)).user.id).toBe(admin.userId);
      await t.control.advanceClock({ minutes: 15 });
      expect((await client.auth.login(grace)).user.id).toBe(developer.userId);
    });

    test("A5: failures spread over more than 15 minutes do not lock", async () => {
      const t = await makeTarget();
      requireControl(t.control, "POST /__mock/clock", "to spread failed logins over more than 15 minutes");
      const client = clientWith(t);
      const ada = castOf(t).login("admin");
      for (let i = 0; i < 6; i++) {
        await expect(client.auth.login({ email: ada.email, password: "wrong" })).rejects.toMatchObject({
          status: 401,
        });
        await t.control.advanceClock({ minutes: 4 });
      }
      expect((await client.auth.login(ada)).user.id).toBe(castOf(t).admin.userId);
    });

    test("A5: login refuses a body and Bearer credentials", async () => {
      const t = await makeTarget();
      const { email, password } = castOf(t).login("admin");
      const withBody = await breaches("body", () =>
        send(t, "/v1/auth/login", {
          method: "POST",
          headers: {
            authorization: basic(email, password),
            "content-type": "application/json",
          },
          body: "{}",
        }),
      );
      expect(withBody.status).toBe(400);
      const bearer = await breaches("security", () =>
        send(t, "/v1/auth/login", { method: "POST", token: castOf(t).admin.token.secret }),
      );
      expect(bearer.status).toBe(400);
      const none = await breaches("security", () => send(t, "/v1/auth/login", { method: "POST" }));
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toContain("Basic");
    });

    test("A6: logout revokes the session used, and only sessions can log out", async () => {
      const t = await makeTarget();
      const secret = await sessionFor(t, "admin");
      const session = clientWith(t, secret);
      expect((await session.requester.get()).id).toBe(castOf(t).admin.userId);
      const response = await send(t, "/v1/auth/logout", { method: "POST", token: secret });
      expect(response.status).toBe(204);
      await expect(session.requester.get()).rejects.toMatchObject({ status: 401, code: "invalid_token" });
      const { error } = await rawAs(t, "admin").POST("/v1/auth/logout");
      expect(error?.code).toBe("forbidden");
    });

    test("A7: a session acts as its user with the user's full role permissions", async () => {
      const t = await makeTarget();
      const admin = clientWith(t, await sessionFor(t, "admin"));
      const current = await admin.tokens.current();
      expect(current).toMatchObject({
        kind: "session",
        role: "admin",
        scopes: [{ resource: "*", access: "write" }],
      });
      const org = await admin.tokens.create({
        label: "from session",
        type: "organization",
        role: "admin",
        scopes: [{ resource: "*", access: "write" }],
        sensitiveData: "visible",
      });
      expect(org.token.role).toBe("admin");
      const developer = rawWith(t, await sessionFor(t, "developer"));
      const { error } = await developer.GET("/v1/audit-events");
      expect(error?.code).toBe("forbidden");
    });
  });
}
