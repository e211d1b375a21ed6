/**
 * Hostile use (issue 12): a credential trying to obtain more than it holds by rotating, creating or
 * editing (H1), and a removed member probing login (H3). Each attack is sent as an attacker would
 * send it, with the SDK's raw client and nothing but a secret, and each test checks both the
 * refusal and that nothing changed.
 */
import type { ScopeGrant } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { withCast } from "../support/cast.js";
import { basic, castOf, clientAs, clientWith, FULL, rawWith, send, sessionFor } from "../support/clients.js";
import { requireControl, serverNow } from "../support/clock.js";
import type { Target } from "../support/target.js";

const HOUR = 3600 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
/** What a full-access admin credential holds beyond `tokens:write`, in the order `refused` names it. */
const ALL_BUT_TOKENS = [
  "members:write",
  "zones:write",
  "domains:write",
  "certificates:write",
  "billing:write",
];
const TOKENS_WRITE: ScopeGrant[] = [{ resource: "tokens", access: "write" }];

const personal = (label: string, fields: Record<string, unknown> = {}) => ({
  label,
  type: "personal" as const,
  scopes: FULL,
  sensitiveData: "visible" as const,
  ...fields,
});

/** Whether a secret still authenticates (200 on tokens/current). */
const works = async (t: Target, secret: string) =>
  (await send(t, "/v1/tokens/current", { token: secret })).status === 200;

/**
 * What an attack could have changed, read with the admin's token (an admin sees every token of the
 * organization): the ids of all tokens, and the fields of each that H1 protects.
 */
async function acmeTokens(t: Target, session: string) {
  const { data } = await clientWith(t, session).tokens.list({ limit: 100 });
  return Object.fromEntries(
    data.map((x) => [x.id, [x.scopes, x.role, x.expiresAt, x.sensitiveData, x.prefix, x.status]]),
  );
}

/** Asserts a 403 scope_escalation naming `refused`, with no secret anywhere in the answer. */
async function expectEscalation(
  attempt: Promise<{ response: Response; error?: unknown; data?: unknown }>,
  refused: string[],
) {
  const { response, error, data } = await attempt;
  expect(response.status).toBe(403);
  expect(data).toBeUndefined();
  expect(error).toMatchObject({ code: "scope_escalation", refused });
  expect(JSON.stringify(error)).not.toMatch(/tsr_(pat|oat|ses)_|"secret"/);
}

export function escalationScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("hostile use: escalation and login probing", () => {
    test("H1: a tokens:write personal token cannot rotate its owner's full-access token", async () => {
      const t = await makeTarget();
      const { admin } = castOf(t);
      const session = admin.token.secret;
      const { secret: limited } = await clientWith(t, session).tokens.create(
        personal("limited", { scopes: TOKENS_WRITE }),
      );
      const before = await acmeTokens(t, session);
      // The attacker holds only `limited` and knows the id of the admin's full-access token.
      const attacker = rawWith(t, limited);
      await expectEscalation(
        attacker.POST("/v1/tokens/{id}/rotate", { params: { path: { id: admin.token.id } } }),
        ALL_BUT_TOKENS,
      );
      await expectEscalation(
        attacker.POST("/v1/tokens/{id}/rotate", {
          params: { path: { id: admin.token.id } },
          body: { gracePeriodSeconds: 86400 },
        }),
        ALL_BUT_TOKENS,
      );
      expect(await acmeTokens(t, session)).toEqual(before);
      expect(await works(t, admin.token.secret)).toBe(true);
    });

    test("H1: an admin-role organization token limited to tokens:write cannot rotate a full-access one", async () => {
      const t = await makeTarget();
      const session = castOf(t).admin.token.secret;
      const legacyKey = await castOf(t).legacyKeyIfAny();
      const ada = clientWith(t, session);
      const organization = { type: "organization" as const, role: "admin" as const };
      const full = await ada.tokens.create(personal("full", organization));
      const { secret: limited } = await ada.tokens.create(
        personal("limited", { ...organization, scopes: TOKENS_WRITE }),
      );
      const before = await acmeTokens(t, session);
      const attacker = rawWith(t, limited);
      // A legacy key is a full-access admin credential too, where there is one.
      for (const id of [full.token.id, ...(legacyKey ? [legacyKey.id] : [])]) {
        await expectEscalation(
          attacker.POST("/v1/tokens/{id}/rotate", { params: { path: { id } } }),
          ALL_BUT_TOKENS,
        );
      }
      expect(await acmeTokens(t, session)).toEqual(before);
      expect(await works(t, full.secret)).toBe(true);
      if (legacyKey) expect(await works(t, legacyKey.secret)).toBe(true);
    });

    test("H1: a credential still rotates itself, however narrow, but not to a later expiry", async () => {
      const t = await makeTarget();
      // Expiries an hour from the server's own now (SCENARIO_EPOCH on a frozen clock).
      const NOW = await serverNow(t, castOf(t).admin.token.secret);
      const { token, secret } = await clientAs(t, "admin").tokens.create(
        personal("narrow", { scopes: TOKENS_WRITE, sensitiveData: "hidden", expiresAt: iso(NOW + HOUR) }),
      );
      const before = (await clientAs(t, "admin").tokens.get(token.id)).prefix;
      await expectEscalation(
        rawWith(t, secret).POST("/v1/tokens/{id}/rotate", {
          params: { path: { id: token.id } },
          body: { expiresAt: null },
        }),
        ["expiresAt"],
      );
      expect((await clientAs(t, "admin").tokens.get(token.id)).prefix).toBe(before);
      expect(await works(t, secret)).toBe(true);
      const rotated = await clientWith(t, secret).tokens.rotate(token.id);
      expect(rotated.token).toMatchObject({ id: token.id, expiresAt: iso(NOW + HOUR), scopes: TOKENS_WRITE });
      expect(await works(t, rotated.secret)).toBe(true);
      expect(await works(t, secret)).toBe(false);
    });

    test("H1: a hidden credential cannot create a visible token, edit any token to visible or rotate one", async () => {
      const t = await makeTarget();
      const { admin, developer } = castOf(t);
      const session = admin.token.secret;
      // The developer's token is `hidden`: it must not obtain their email or the balance by any path.
      const grace = rawWith(t, developer.token.secret);
      const { token: graceOther } = await clientWith(t, developer.token.secret).tokens.create(
        personal("hidden too", { scopes: TOKENS_WRITE, sensitiveData: "hidden" }),
      );
      const { secret: adaHidden } = await clientWith(t, session).tokens.create(
        personal("ada hidden", { sensitiveData: "hidden" }),
      );
      const before = await acmeTokens(t, session);
      const refused = ["sensitiveData:visible"];
      await expectEscalation(
        grace.POST("/v1/tokens", { body: personal("visible", { scopes: TOKENS_WRITE }) }),
        refused,
      );
      for (const id of [developer.token.id, graceOther.id]) {
        await expectEscalation(
          grace.PATCH("/v1/tokens/{id}", { params: { path: { id } }, body: { sensitiveData: "visible" } }),
          refused,
        );
      }
      await expectEscalation(
        rawWith(t, adaHidden).POST("/v1/tokens/{id}/rotate", {
          params: { path: { id: admin.token.id } },
        }),
        refused,
      );
      expect(await acmeTokens(t, session)).toEqual(before);
      const requester = await grace.GET("/v1/requester");
      expect(requester.data).toMatchObject({ email: null, redacted: expect.arrayContaining(["/email"]) });
    });

    test("H1: a token that expires in an hour cannot outlive itself by edit, create or rotate", async () => {
      const t = await makeTarget();
      // Expiries an hour from the server's own now (SCENARIO_EPOCH on a frozen clock).
      const NOW = await serverNow(t, castOf(t).admin.token.secret);
      const { admin } = castOf(t);
      const session = admin.token.secret;
      const ada = clientWith(t, session);
      const { token: hour, secret } = await ada.tokens.create(
        personal("an hour", { expiresAt: iso(NOW + HOUR) }),
      );
      const { token: halfHour } = await ada.tokens.create(
        personal("half an hour", { expiresAt: iso(NOW + HOUR / 2) }),
      );
      const before = await acmeTokens(t, session);
      const attacker = rawWith(t, secret);
      const refused = ["expiresAt"];
      for (const expiresAt of [null, iso(NOW + 2 * HOUR), "2999-01-01T00:00:00Z"]) {
        await expectEscalation(
          attacker.PATCH("/v1/tokens/{id}", { params: { path: { id: hour.id } }, body: { expiresAt } }),
          refused,
        );
        await expectEscalation(
          attacker.POST("/v1/tokens", { body: personal("forever", { expiresAt }) }),
          refused,
        );
        await expectEscalation(
          attacker.POST("/v1/tokens/{id}/rotate", { params: { path: { id: hour.id } }, body: { expiresAt } }),
          refused,
        );
        await expectEscalation(
          attacker.PATCH("/v1/tokens/{id}", { params: { path: { id: halfHour.id } }, body: { expiresAt } }),
          refused,
        );
      }
      // A never-expiring token is out of reach too: rotating it would hand out a secret that outlives this one.
      await expectEscalation(
        attacker.POST("/v1/tokens/{id}/rotate", { params: { path: { id: admin.token.id } } }),
        refused,
      );
      expect(await acmeTokens(t, session)).toEqual(before);
      expect(await works(t, admin.token.secret)).toBe(true);
      await t.control.advanceClock({ hours: 1 });
      expect((await send(t, "/v1/tokens/current", { token: secret })).status).toBe(401);
    });

    test("H1: two credentials cannot combine into one that neither is", async () => {
      const t = await makeTarget();
      // Expiries an hour from the server's own now (SCENARIO_EPOCH on a frozen clock).
      const NOW = await serverNow(t, castOf(t).admin.token.secret);
      const session = castOf(t).admin.token.secret;
      const ada = clientWith(t, session);
      // The attacker holds a narrow token that never expires, and a full-access one that is hidden
      // or expires in an hour; each edit below would give the full-access one what only the other has.
      const { secret: narrow } = await ada.tokens.create(personal("narrow", { scopes: TOKENS_WRITE }));
      const { token: shortLived } = await ada.tokens.create(
        personal("short", { expiresAt: iso(NOW + HOUR) }),
      );
      const { token: hidden } = await ada.tokens.create(personal("hidden", { sensitiveData: "hidden" }));
      const before = await acmeTokens(t, session);
      const attacker = rawWith(t, narrow);
      await expectEscalation(
        attacker.PATCH("/v1/tokens/{id}", {
          params: { path: { id: shortLived.id } },
          body: { expiresAt: null },
        }),
        ALL_BUT_TOKENS,
      );
      await expectEscalation(
        attacker.PATCH("/v1/tokens/{id}", {
          params: { path: { id: hidden.id } },
          body: { sensitiveData: "visible" },
        }),
        ALL_BUT_TOKENS,
      );
      expect(await acmeTokens(t, session)).toEqual(before);
      // Taking something away gives nothing: the narrow token may still shorten or hide.
      const shortened = await attacker.PATCH("/v1/tokens/{id}", {
        params: { path: { id: shortLived.id } },
        body: { expiresAt: iso(NOW + HOUR / 2) },
      });
      expect(shortened.response.status).toBe(200);
    });

    test("H1: an omitted expiry defaults to the caller's own; a session can still create long-lived tokens", async () => {
      const t = await makeTarget();
      // Expiries an hour from the server's own now (SCENARIO_EPOCH on a frozen clock).
      const NOW = await serverNow(t, castOf(t).admin.token.secret);
      const session = await sessionFor(t, "admin");
      const { secret } = await clientWith(t, session).tokens.create(
        personal("an hour", { expiresAt: iso(NOW + HOUR) }),
      );
      const child = await clientWith(t, secret).tokens.create(personal("child"));
      expect(child.token.expiresAt).toBe(iso(NOW + HOUR));
      const forever = await clientWith(t, session).tokens.create(personal("forever", { expiresAt: null }));
      expect(forever.token.expiresAt).toBeNull();
      const rotated = await clientWith(t, session).tokens.rotate(child.token.id, { expiresAt: null });
      expect(rotated.token.expiresAt).toBeNull();
    });

    test("H3: a removed member's right password gets the wrong-password 401 and counts toward the lock", async () => {
      const t = await makeTarget();
      // Checked first: without it the wrong password would count against the admin's email on the server.
      requireControl(t.control, "DELETE /__mock/members", "to remove the developer from the organization");
      const login = (email: string, password: string) =>
        send(t, "/v1/auth/login", { method: "POST", headers: { authorization: basic(email, password) } });
      const strip = async (r: Response) => JSON.stringify({ ...(await r.json()), requestId: "" });
      const { developer, organization } = castOf(t);
      const grace = castOf(t).login("developer");
      const wrongPassword = await login(castOf(t).email("admin"), "nope");
      await t.control.removeMember(developer.userId, organization.id);
      const removed = await login(grace.email, grace.password);
      expect(removed.status).toBe(401);
      expect(removed.headers.get("www-authenticate")).toBe(wrongPassword.headers.get("www-authenticate"));
      expect(await strip(removed)).toBe(await strip(wrongPassword));
      for (let i = 0; i < 4; i++) expect((await login(grace.email, grace.password)).status).toBe(401);
      const locked = await login(grace.email, grace.password);
      expect(locked.status).toBe(429);
      expect((await locked.json()).code).toBe("login_locked");
    });
  });
}
