/**
 * Hostile requests against the pipeline (issue 12): the order of checks (E4), secrets pasted where
 * they do not belong (E6) and inputs no decoder expects (E7), each sent as an attacker would and
 * checked for both the refusal and the absence of any change.
 */
import { describe, expect, test } from "vitest";
import { withCast } from "../support/cast.js";
import { castOf, clientAs, clientWith, send } from "../support/clients.js";
import { expectInstant, serverNow, timed } from "../support/clock.js";
import { breaches } from "../support/contractBreach.js";
import type { Target } from "../support/target.js";

/** Tokens the admin can see, to prove a refused request created nothing. */
const tokenIds = async (t: Target) => {
  const ids: string[] = [];
  for await (const token of clientAs(t, "admin").tokens.list({ limit: 100 })) ids.push(token.id);
  return ids.sort();
};
const UNKNOWN = "tsr_pat_000000000000000000000000000000000000";

export function hostileRequestScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("hostile requests", () => {
    test.each([
      ["an unknown secret", UNKNOWN, "invalid_token"],
      ["no credential at all", undefined, "unauthenticated"],
    ])("E4: %s with a broken body is 401, not the contract's 400 or 415", async (_name, token, code) => {
      const t = await makeTarget();
      const before = await tokenIds(t);
      for (const [type, body] of [
        ["application/json", JSON.stringify({ label: 7, colour: "red" })],
        ["application/json", "{"],
        ["text/plain", "label=x"],
      ] as const) {
        const response = await breaches("body", () =>
          send(t, "/v1/tokens", { method: "POST", token, headers: { "content-type": type }, body }),
        );
        expect(response.status, `${type} ${body}`).toBe(401);
        const problem = await response.json();
        expect(problem.code).toBe(code);
        // Nothing about the contract leaks to a caller who may not call it.
        expect(problem).not.toHaveProperty("errors");
      }
      expect(await tokenIds(t)).toEqual(before);
    });

    test("E4: a refused legacy key still hears that it is deprecated (T17)", async () => {
      const t = await makeTarget();
      const legacyKey = await castOf(t).legacyKey();
      const response = await breaches("body", () =>
        send(t, "/v1/tokens", {
          method: "POST",
          token: legacyKey.secret,
          headers: { "content-type": "application/json" },
          body: "{}",
        }),
      );
      expect(response.status).toBe(400);
      expect(response.headers.get("deprecation")).toMatch(/^@\d+$/);
    });

    test("E6: a secret pasted into a path is shown only as its prefix, in the problem and the journal", async () => {
      const t = await makeTarget();
      const secret = castOf(t).developer.token.secret;
      const prefix = secret.slice(0, 12);
      for (const [part, method, path] of [
        ["path", "GET", `/v1/tokens/${secret}`],
        ["path", "DELETE", `/v1/tokens/${encodeURIComponent(secret).replace(/_/g, "%5F")}`],
        ["route", "GET", `/v1/nowhere/${secret}`],
        ["route", "GET", `/v1/${secret.slice(0, -1)}x`],
      ] as const) {
        const response = await breaches(part, () =>
          send(t, path, { method, token: castOf(t).admin.token.secret }),
        );
        expect(response.status, path).toBeGreaterThanOrEqual(400);
        expect(response.status, path).toBeLessThan(500);
        const text = await response.text();
        expect(text, path).not.toContain(secret.slice(12, 30));
        expect(JSON.parse(text).instance, path).toContain(`${prefix}…`);
      }
      const journal = JSON.stringify(await t.control.journal());
      expect(journal).not.toContain(secret.slice(12, 30));
      expect(journal).toContain(`${prefix}…`);
    });

    test.each([
      ["path", "/v1/tokens/%ff"],
      ["path", "/v1/tokens/%E0%A4%A"],
      ["path", "/v1/tokens/%"],
      ["path", "/v1/scopes/%zz/resources"],
      ["route", "/v1/%ff/tokens"],
    ] as const)(
      "E7: a malformed percent-encoding (%s %s) is a 4xx problem, not a 5xx",
      async (part, path) => {
        const t = await makeTarget();
        const response = await breaches(part, () => send(t, path, { token: castOf(t).admin.token.secret }));
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
      },
    );

    describe("H2: an Idempotency-Key replay is only for the credential that sent it, while it may", () => {
      const orgToken = {
        label: "deploy bot",
        type: "organization",
        role: "admin",
        scopes: [{ resource: "*", access: "write" }],
        sensitiveData: "visible",
      };
      const create = (t: Target, token: string, key: string, body: unknown = orgToken) =>
        send(t, "/v1/tokens", {
          method: "POST",
          token,
          headers: { "content-type": "application/json", "idempotency-key": key },
          body: JSON.stringify(body),
        });

      test("H2: other credentials of the same organization or user never receive the stored secret", async () => {
        const t = await makeTarget();
        const session = castOf(t).admin.token.secret;
        const orgToken = await castOf(t).organizationToken();
        const legacyKey = await castOf(t).legacyKeyIfAny();
        // A key of this scenario's own: the configured legacy key may have sent another run's (shared server).
        const key = `deploy-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
        const first = await create(t, session, key);
        expect(first.status).toBe(201);
        const { secret } = await first.json();
        const before = await tokenIds(t);
        // The developer-role organization token: refused as a fresh request, no replay.
        const developer = await create(t, orgToken.secret, key);
        expect(developer.status).toBe(403);
        expect(await developer.text()).not.toContain(secret);
        expect(await tokenIds(t)).toEqual(before);
        // A narrower token of the same user: refused as a fresh request, no replay.
        const { secret: readOnly } = await clientWith(t, session).tokens.create({
          label: "read only",
          type: "personal",
          scopes: [{ resource: "zones", access: "read" }],
          sensitiveData: "visible",
        });
        const narrowed = await create(t, readOnly, key);
        expect(narrowed.status).toBe(403);
        expect((await narrowed.json()).code).toBe("insufficient_scope");
        // The legacy key (admin) may create, but gets its own token, not a replay of the admin's.
        if (legacyKey) {
          const legacy = await create(t, legacyKey.secret, key);
          expect(legacy.status).toBe(201);
          expect(legacy.headers.get("idempotent-replayed")).toBeNull();
          expect((await legacy.json()).secret).not.toBe(secret);
        }
      });

      test("H2: a demoted admin's replay is refused, and nothing is created", async () => {
        const t = await makeTarget();
        const { admin, organization } = castOf(t);
        const session = admin.token.secret;
        const first = await create(t, session, "deploy-2");
        expect(first.status).toBe(201);
        const { secret } = await first.json();
        const replay = await create(t, session, "deploy-2");
        expect(replay.headers.get("idempotent-replayed")).toBe("true");
        await t.control.setRole(admin.userId, organization.id, "developer");
        const before = await tokenIds(t);
        const demoted = await create(t, session, "deploy-2");
        expect(demoted.status).toBe(403);
        expect(await demoted.text()).not.toContain(secret);
        expect(await tokenIds(t)).toEqual(before);
      });

      test("H2: a rotation's replay is refused once the token is beyond the caller", async () => {
        const t = await makeTarget();
        const { admin, organization } = castOf(t);
        const session = admin.token.secret;
        const ada = clientWith(t, session);
        const { token } = await ada.tokens.create({
          label: "deploy bot",
          type: "organization",
          role: "admin",
          scopes: [{ resource: "*", access: "write" }],
          sensitiveData: "visible",
        });
        // A key of this scenario's own: a configured token keeps the keys of earlier runs (shared server).
        const key = `rotate-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
        const rotate = () =>
          send(t, `/v1/tokens/${token.id}/rotate`, {
            method: "POST",
            token: session,
            headers: { "content-type": "application/json", "idempotency-key": key },
            body: "{}",
          });
        const first = await rotate();
        expect(first.status).toBe(200);
        const { secret } = await first.json();
        await t.control.setRole(admin.userId, organization.id, "developer");
        const refused = await rotate();
        // A developer cannot see organization tokens at all (T8), so the refusal is a 404.
        expect(refused.status).toBe(404);
        expect(await refused.text()).not.toContain(secret);
      });
    });

    describe("found by attacking the first fix", () => {
      const personalBody = (fields: Record<string, unknown> = {}) => ({
        label: "leaky",
        type: "personal" as const,
        scopes: [{ resource: "tokens" as const, access: "write" as const }],
        sensitiveData: "visible" as const,
        ...fields,
      });

      test("H1: a secret rotated out cannot rotate its token, nor give anything beyond its grace period", async () => {
        const t = await makeTarget();
        const ada = clientAs(t, "admin");
        const now = await serverNow(t, castOf(t).admin.token.secret);
        const inDays = (days: number) => new Date(now + days * 86_400_000).toISOString();
        const leaked = await ada.tokens.create(personalBody({ expiresAt: inDays(39) }));
        const [current, rotatedAt] = await timed(() =>
          ada.tokens.rotate(leaked.token.id, { gracePeriodSeconds: 3600 }),
        );
        const attacker = clientWith(t, leaked.secret);
        await expect(
          attacker.tokens.rotate(leaked.token.id, { gracePeriodSeconds: 0 }),
        ).rejects.toMatchObject({
          status: 403,
        });
        // The owner's new secret still works; the leaked one still stops at the end of the grace period.
        expect((await send(t, "/v1/tokens/current", { token: current.secret })).status).toBe(200);
        await expect(
          attacker.tokens.create(personalBody({ label: "later", expiresAt: inDays(8) })),
        ).rejects.toMatchObject({
          status: 403,
          code: "scope_escalation",
          problem: { refused: ["expiresAt"] },
        });
        // Without an expiry, what it creates stops when the leaked secret does.
        const child = await attacker.tokens.create(personalBody({ label: "child" }));
        expectInstant(t, child.token.expiresAt, rotatedAt, 3600_000, "the end of the grace period");
      });

      test("H1: a credential may rotate itself even when it cannot see tokens of its kind", async () => {
        const t = await makeTarget();
        // A developer-role organization token sees no organization tokens (T7), itself included.
        const orgToken = await castOf(t).organizationToken();
        const self = await clientWith(t, orgToken.secret).tokens.rotate(orgToken.id);
        expect((await send(t, "/v1/tokens/current", { token: self.secret })).status).toBe(200);
      });

      test("H2: whoever rotates a token does not inherit the answers stored for its old secret", async () => {
        const t = await makeTarget();
        const session = castOf(t).admin.token.secret;
        const bot = await clientWith(t, session).tokens.create({
          label: "bot",
          type: "organization",
          role: "admin",
          scopes: [{ resource: "*", access: "write" }],
          sensitiveData: "visible",
        });
        const key = `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
        const create = (token: string) =>
          send(t, "/v1/tokens", {
            method: "POST",
            token,
            headers: { "content-type": "application/json", "idempotency-key": key },
            body: JSON.stringify(personalBody({ type: "organization", label: "job" })),
          });
        const first = await create(bot.secret);
        expect(first.status).toBe(201);
        const { secret } = await first.json();
        const rotated = await clientWith(t, session).tokens.rotate(bot.token.id);
        const again = await create(rotated.secret);
        expect(again.headers.get("idempotent-replayed")).toBeNull();
        expect(await again.text()).not.toContain(secret);
      });

      test("Q2: a hidden credential reads audit events without the emails in them", async () => {
        const t = await makeTarget();
        // A member's email: failed logins are audited in their organizations.
        const { email, settle } = castOf(t).failingLogin(
          ["admin", "developer"],
          "for a login.failed event with their email in it",
        );
        const failed = await send(t, "/v1/auth/login", {
          method: "POST",
          headers: { authorization: `Basic ${btoa(`${email}:wrong`)}` },
        });
        expect(failed.status).toBe(401);
        await settle();
        const ada = clientAs(t, "admin");
        const { secret } = await ada.tokens.create(
          personalBody({
            label: "hidden",
            scopes: [{ resource: "tokens", access: "read" }],
            sensitiveData: "hidden",
          }),
        );
        const seen = async (token: string) =>
          (await clientWith(t, token).auditEvents.list({ type: "login.failed" })).data.map((e) => e.email);
        const lower = (emails: (string | null)[]) => emails.map((e) => e?.toLowerCase() ?? null);
        expect(lower(await seen(castOf(t).admin.token.secret))).toContain(email.toLowerCase());
        expect(await seen(secret)).toEqual(expect.arrayContaining([null]));
        expect(lower(await seen(secret))).not.toContain(email.toLowerCase());
      });

      test("E6: a secret used as a query name, a body field or glued to a path is never echoed whole", async () => {
        const t = await makeTarget();
        const { admin, developer } = castOf(t);
        const secret = developer.token.secret;
        // A legacy key's secret too, where there is one.
        const legacy = (await castOf(t).legacyKeyIfAny())?.secret;
        const answers = [
          // Prism lets unknown query parameters through, so this one is not marked as a breach.
          await send(t, `/v1/tokens?${secret}=1`, { token: admin.token.secret }),
          await breaches("body", () =>
            send(t, "/v1/tokens", {
              method: "POST",
              token: admin.token.secret,
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ ...personalBody(), [secret]: 1 }),
            }),
          ),
          ...(legacy
            ? [await breaches("path", () => send(t, `/v1/tokens/x${legacy}`, { token: admin.token.secret }))]
            : []),
        ];
        for (const response of answers) {
          expect(response.status).toBe(400);
          const text = await response.text();
          expect(text).not.toContain(secret.slice(12));
          if (legacy) expect(text).not.toContain(legacy.slice(12));
        }
        const journal = JSON.stringify(await t.control.journal());
        if (legacy) expect(journal).not.toContain(legacy.slice(12));
      });

      test("E7: an expiry past 9999-12-31 is refused, not answered as a timestamp the contract cannot hold", async () => {
        const t = await makeTarget();
        const response = await send(t, "/v1/tokens", {
          method: "POST",
          token: castOf(t).admin.token.secret,
          headers: { "content-type": "application/json" },
          body: JSON.stringify(personalBody({ expiresAt: "9999-12-31T23:59:59-14:00" })),
        });
        expect(response.status).toBe(400);
        expect((await response.json()).errors).toEqual([
          { pointer: "/body/expiresAt", detail: expect.any(String) },
        ]);
      });

      test("T17: a legacy key rotated out still says it is deprecated during its grace period", async () => {
        const t = await makeTarget();
        const legacyKey = await castOf(t).legacyKeyToRotate();
        await clientAs(t, "admin").tokens.rotate(legacyKey.id, { gracePeriodSeconds: 600 });
        const old = await send(t, "/v1/requester", { token: legacyKey.secret });
        expect(old.status).toBe(200);
        expect(old.headers.get("deprecation")).toMatch(/^@\d+$/);
        expect(old.headers.get("sunset")).not.toBeNull();
      });
    });
  });
}
