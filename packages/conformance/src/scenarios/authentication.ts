import { DEMO } from "@tessera/mock";
import { AuthenticationError, RateLimitError } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { basic, clientAs, clientWith, rawAs, rawWith, send, sessionFor } from "../support/clients.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

export function authenticationScenarios(makeTarget: () => Promise<Target> | Target) {
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
      const secret = DEMO.tokens.ada.secret;
      expect((await clientWith(t, secret, "Bearer").requester.get()).id).toBe("usr_ada");
      expect((await clientWith(t, secret, "ApiKey").requester.get()).id).toBe("usr_ada");
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
        basic("ada@acme.test", "x"),
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
      const { token, secret } = await clientWith(t, DEMO.tokens.ada.secret).tokens.create({
        label: "doomed",
        type: "personal",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "visible",
      });
      await clientWith(t, DEMO.tokens.ada.secret).tokens.revoke(token.id);
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
      const ada = clientWith(t, DEMO.tokens.ada.secret);
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

    test("A4: plain http to a non-loopback host is 403 https_required; loopback is exempt", async () => {
      const t = await makeTarget();
      const authorization = `Bearer ${DEMO.tokens.ada.secret}`;
      const remote = await t.fromElsewhere(
        new Request(`${t.baseUrl}/v1/requester`, { headers: { authorization } }),
      );
      expect(remote.status).toBe(403);
      expect((await remote.json()).code).toBe("https_required");
      for (const host of ["127.0.0.1:4010", "localhost:4010", "[::1]:4010"]) {
        const local = await t.fetch(
          new Request(`http://${host}/v1/requester`, { headers: { authorization } }),
        );
        expect(local.status, host).toBe(200);
      }
    });

    test("H4: a caller elsewhere is not made local by naming a loopback Host, nor a client by X-Forwarded-For", async () => {
      const t = await makeTarget();
      const ada = clientAs(t, "ada");
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
      // From loopback, X-Forwarded-For does not change who the caller is (no trusted proxy).
      await send(t, "/v1/requester", { token: secret, headers: { "x-forwarded-for": "203.0.113.7" } });
      expect((await ada.tokens.get(token.id)).lastUsedIp).toBe("127.0.0.1");
    });

    test("A5: login with HTTP Basic and no body returns a 30-day session", async () => {
      const t = await makeTarget();
      const response = await send(t, "/v1/auth/login", {
        method: "POST",
        headers: { authorization: basic("Ada@Acme.test", DEMO.password) },
      });
      expect(response.status).toBe(201);
      const session = await response.json();
      expect(session.user).toEqual({ id: "usr_ada" });
      expect(session.id).toMatch(/^ses_/);
      expect(session.value).toMatch(/^tsr_ses_[0-9A-Za-z]{36}$/);
      expect(Date.parse(session.expiresAt) - Date.parse("2026-11-22T10:00:00Z")).toBe(30 * 24 * 3600 * 1000);
    });

    test("A5: wrong email and wrong password give identical 401s", async () => {
      const t = await makeTarget();
      const wrongPassword = await send(t, "/v1/auth/login", {
        method: "POST",
        headers: { authorization: basic("ada@acme.test", "nope") },
      });
      const wrongEmail = await send(t, "/v1/auth/login", {
        method: "POST",
        headers: { authorization: basic("nobody@acme.test", "nope") },
      });
      expect(wrongPassword.status).toBe(401);
      expect(wrongEmail.status).toBe(401);
      const strip = async (r: Response) => JSON.stringify({ ...(await r.json()), requestId: "" });
      expect(await strip(wrongPassword)).toBe(await strip(wrongEmail));
      expect(wrongPassword.headers.get("www-authenticate")).toBe(wrongEmail.headers.get("www-authenticate"));
    });

    test("A5: five failures in 15 minutes lock the email for 15 minutes (429 with Retry-After)", async () => {
      const t = await makeTarget();
      const client = clientWith(t);
      for (let i = 0; i < 5; i++) {
        if (i > 0) await t.control.advanceClock({ minutes: 2 });
        await expect(
          client.auth.login({ email: "grace@acme.test", password: `wrong${i}` }),
        ).rejects.toBeInstanceOf(AuthenticationError);
      }
      const locked = await send(t, "/v1/auth/login", {
        method: "POST",
        headers: { authorization: basic("grace@acme.test", DEMO.password) },
      });
      expect(locked.status).toBe(429);
      expect(locked.headers.get("retry-after")).toBe("900");
      expect((await locked.json()).code).toBe("login_locked");
      await expect(
        client.auth.login({ email: "grace@acme.test", password: DEMO.password }),
      ).rejects.toBeInstanceOf(RateLimitError);
      // Other emails are not affected.
      expect((await client.auth.login({ email: "ada@acme.test", password: DEMO.password })).user.id).toBe(
        "usr_ada",
      );
      await t.control.advanceClock({ minutes: 15 });
      expect((await client.auth.login({ email: "grace@acme.test", password: DEMO.password })).user.id).toBe(
        "usr_grace",
      );
    });

    test("A5: failures spread over more than 15 minutes do not lock", async () => {
      const t = await makeTarget();
      const client = clientWith(t);
      for (let i = 0; i < 6; i++) {
        await expect(client.auth.login({ email: "ada@acme.test", password: "wrong" })).rejects.toMatchObject({
          status: 401,
        });
        await t.control.advanceClock({ minutes: 4 });
      }
      expect((await client.auth.login({ email: "ada@acme.test", password: DEMO.password })).user.id).toBe(
        "usr_ada",
      );
    });

    test("A5: login refuses a body and Bearer credentials", async () => {
      const t = await makeTarget();
      const withBody = await breaches("body", () =>
        send(t, "/v1/auth/login", {
          method: "POST",
          headers: {
            authorization: basic("ada@acme.test", DEMO.password),
            "content-type": "application/json",
          },
          body: "{}",
        }),
      );
      expect(withBody.status).toBe(400);
      const bearer = await breaches("security", () =>
        send(t, "/v1/auth/login", { method: "POST", token: DEMO.tokens.ada.secret }),
      );
      expect(bearer.status).toBe(400);
      const none = await breaches("security", () => send(t, "/v1/auth/login", { method: "POST" }));
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toContain("Basic");
    });

    test("A6: logout revokes the session used, and only sessions can log out", async () => {
      const t = await makeTarget();
      const secret = await sessionFor(t, "ada@acme.test");
      const session = clientWith(t, secret);
      expect((await session.requester.get()).id).toBe("usr_ada");
      const response = await send(t, "/v1/auth/logout", { method: "POST", token: secret });
      expect(response.status).toBe(204);
      await expect(session.requester.get()).rejects.toMatchObject({ status: 401, code: "invalid_token" });
      const { error } = await rawAs(t, "ada").POST("/v1/auth/logout");
      expect(error?.code).toBe("forbidden");
    });

    test("A7: a session acts as its user with the user's full role permissions", async () => {
      const t = await makeTarget();
      const admin = clientWith(t, await sessionFor(t, "ada@acme.test"));
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
      const developer = rawWith(t, await sessionFor(t, "grace@acme.test"));
      const { error } = await developer.GET("/v1/audit-events");
      expect(error?.code).toBe("forbidden");
    });
  });
}
