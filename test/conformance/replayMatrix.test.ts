/**
 * Idempotency-Key replays (T18, H2) as a table: Ada's personal token creates a token and rotates
 * another with one key each; then every kind of credential sends the very same requests with the
 * same keys. Only the credential that sent them may receive the stored answers, and only while it
 * may still make the request; everyone else is answered as a fresh request.
 */
import { createMockApi, DEMO, type MockApi } from "@tessera/mock";
import { createClient } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { guardContract } from "../support/contractGuard.js";

const BASE = "https://api.tessera.dev";
const CREATE = {
  label: "deploy",
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "visible",
};

/** How a later request with the same key is answered. */
type Answer = "replay" | "fresh" | 401 | 403 | 404;
const KINDS = [
  "sameToken",
  "sameTokenDemoted",
  "sameTokenNarrowed",
  "sameTokenRevoked",
  "sameUserSession",
  "sameUserNarrowToken",
  "organizationDeveloper",
  "legacy",
  "otherUser",
  "otherOrganization",
] as const;
type Kind = (typeof KINDS)[number];

/** Expected answer per kind, for [create, rotate]. */
// biome-ignore format: the table is meant to be read as a table
const MATRIX: Record<Kind, [create: Answer, rotate: Answer]> = {
  sameToken:             ["replay", "replay"],
  sameTokenDemoted:      ["replay", 404],     // a developer still creates personal tokens; the org token is out of sight
  sameTokenNarrowed:     [403, 403],          // Ada's token edited down to tokens:read
  sameTokenRevoked:      [401, 401],
  sameUserSession:       ["fresh", "fresh"],
  sameUserNarrowToken:   [403, 403],
  organizationDeveloper: [403, 404],
  legacy:                [403, "fresh"],      // personal tokens need a user; the legacy key is an admin org credential
  otherUser:             [403, 404],          // Grace is hidden: no visible tokens (H1); Ada's org token is not hers to see
  otherOrganization:     [403, 404],          // Solo Ltd allows full-access tokens only (S3)
};

interface Setup {
  api: MockApi;
  authorization: string;
  target: string;
  first: { create: { secret: string }; rotate: { secret: string } };
}

async function setup(kind: Kind): Promise<Setup> {
  const api = createMockApi({ freezeClock: true, now: "2026-11-22T10:00:00.000Z" });
  const fetch = guardContract((request) => api.fetch(request));
  const ada = createClient({ baseUrl: BASE, token: DEMO.tokens.ada.secret, fetch, retries: 0 });
  // Ada's own token, used for the first requests, so that "sameToken*" can later be changed.
  const own = await ada.tokens.create({
    label: "own",
    type: "personal",
    scopes: [{ resource: "*", access: "write" }],
    sensitiveData: "visible",
  });
  const target = await ada.tokens.create({
    label: "target",
    type: "organization",
    role: "developer",
    scopes: [{ resource: "*", access: "write" }],
    sensitiveData: "visible",
  });
  const send = (authorization: string) => replayed(api, authorization, target.token.id);
  const first = await send(`Bearer ${own.secret}`);
  const create = (await first.create.json()) as { secret: string };
  const rotate = (await first.rotate.json()) as { secret: string };
  const bearer = (secret: string) => `Bearer ${secret}`;
  let authorization = bearer(own.secret);
  switch (kind) {
    case "sameToken":
      break;
    case "sameTokenDemoted":
      await api.members.setRole("usr_ada", "org_acme", "developer");
      break;
    case "sameTokenNarrowed":
      await ada.tokens.update(own.token.id, { scopes: [{ resource: "tokens", access: "read" }] });
      break;
    case "sameTokenRevoked":
      await ada.tokens.revoke(own.token.id);
      break;
    case "sameUserSession":
      authorization = bearer(
        (await ada.auth.login({ email: "ada@acme.test", password: DEMO.password })).value,
      );
      break;
    case "sameUserNarrowToken":
      authorization = bearer(
        (
          await ada.tokens.create({
            label: "narrow",
            type: "personal",
            scopes: [{ resource: "zones", access: "read" }],
            sensitiveData: "visible",
          })
        ).secret,
      );
      break;
    case "organizationDeveloper":
      authorization = bearer(DEMO.tokens.acme.secret);
      break;
    case "legacy":
      authorization = bearer(DEMO.tokens.acmeLegacy.secret);
      break;
    case "otherUser":
      authorization = bearer(DEMO.tokens.grace.secret);
      break;
    case "otherOrganization":
      authorization = bearer(DEMO.tokens.sol.secret);
      break;
  }
  return { api, authorization, target: target.token.id, first: { create, rotate } };
}

/** The create and the rotate, each with its own key, as one credential sends them. */
async function replayed(api: MockApi, authorization: string, targetId: string) {
  const fetch = guardContract((request) => api.fetch(request));
  const post = (path: string, key: string, body: unknown) =>
    fetch(
      new Request(`${BASE}${path}`, {
        method: "POST",
        headers: { authorization, "content-type": "application/json", "idempotency-key": key },
        body: JSON.stringify(body),
      }),
    );
  return {
    create: await post("/v1/tokens", "create-1", CREATE),
    rotate: await post(`/v1/tokens/${targetId}/rotate`, "rotate-1", { gracePeriodSeconds: 60 }),
  };
}

async function answer(response: Response, firstSecret: string): Promise<Answer | string> {
  const text = await response.text();
  if (response.status >= 400) {
    expect(text).not.toContain(firstSecret);
    return response.status as Answer;
  }
  const isReplay = response.headers.get("idempotent-replayed") === "true";
  const sameSecret = text.includes(firstSecret);
  // A replay and only a replay carries the first answer's secret.
  if (isReplay !== sameSecret) return `replay header ${isReplay} but same secret ${sameSecret}`;
  return isReplay ? "replay" : "fresh";
}

describe("H2: Idempotency-Key replay matrix", () => {
  test("the table covers every kind, at least 20 cells", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...KINDS].sort());
    expect(KINDS.length * 2).toBeGreaterThanOrEqual(20);
  });

  for (const kind of KINDS) {
    test(`H2: ${kind} gets [create, rotate] = ${JSON.stringify(MATRIX[kind])}`, async () => {
      const { api, authorization, target, first } = await setup(kind);
      const before = (await api.snapshot()).tokens.length;
      const again = await replayed(api, authorization, target);
      const actual = [
        await answer(again.create, first.create.secret),
        await answer(again.rotate, first.rotate.secret),
      ];
      expect(actual).toEqual(MATRIX[kind]);
      // Only fresh creates add a token.
      const created = MATRIX[kind][0] === "fresh" ? 1 : 0;
      expect((await api.snapshot()).tokens.length).toBe(before + created);
    });
  }
});
