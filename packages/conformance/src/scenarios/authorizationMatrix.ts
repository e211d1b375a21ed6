/**
 * The authorization matrix (issue 6): every operation x every kind of credential, with the expected
 * status of each cell written out below, derived from the rules (A1-A7, S4, T2, T8, T15, T16, P4,
 * P5). Each cell is set up through the API on a fresh target: the expired credential needs the
 * clock, and the two leavers need a seeded member removed (the control API, spec/control.yaml).
 */
import { DEMO } from "@tessera/mock";
import type { OperationId } from "@tessera/mock/contract";
import { createClient } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { clientWith } from "../support/clients.js";
import type { Target } from "../support/target.js";

const TARGET = DEMO.tokens.acme.id; // Acme's organization token "CI pipeline": admins see it, others do not.
// Login's own credential is HTTP Basic: its row shows what a token (or nothing) gets there.

export const CREDENTIALS = [
  "none",
  "malformed",
  "unknown",
  "revoked",
  "expired",
  "legacy",
  "session",
  "personalDeveloper",
  "personalAdmin",
  "organizationDeveloper",
  "organizationAdmin",
  "scopedReadOnly",
  "scopedSelected",
  "ownerLeft",
  "creatorLeft",
] as const;
type CredentialKind = (typeof CREDENTIALS)[number];

/** Expected status per operation (every operationId of the spec, or this does not compile), in the order of CREDENTIALS above. */
// biome-ignore format: the table is meant to be read as a table
export const MATRIX: Record<OperationId, number[]> = {
  //                    none mal unk rev exp leg ses pDev pAdm oDev oAdm ro  sel left cLeft
  login:               [401, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
  logout:              [401, 400, 401, 401, 401, 403, 204, 403, 403, 403, 403, 403, 403, 401, 403],
  getRequester:        [401, 400, 401, 401, 401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 200],
  listScopes:          [401, 400, 401, 401, 401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 200],
  listScopeResources:  [401, 400, 401, 401, 401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 200],
  listTokens:          [401, 400, 401, 401, 401, 200, 200, 200, 200, 200, 200, 200, 403, 401, 200],
  createToken:         [401, 400, 401, 401, 401, 201, 201, 403, 201, 403, 201, 403, 403, 401, 201],
  getCurrentToken:     [401, 400, 401, 401, 401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 200],
  introspectToken:     [401, 400, 401, 401, 401, 200, 200, 200, 200, 200, 200, 200, 403, 401, 200],
  getToken:            [401, 400, 401, 401, 401, 200, 200, 404, 200, 404, 200, 200, 403, 401, 200],
  updateToken:         [401, 400, 401, 401, 401, 200, 200, 404, 200, 404, 200, 403, 403, 401, 200],
  revokeToken:         [401, 400, 401, 401, 401, 200, 200, 404, 200, 404, 200, 403, 403, 401, 200],
  // The target is Acme's developer-role organization token: oDev rotates itself, which H1 allows.
  rotateToken:         [401, 400, 401, 401, 401, 200, 200, 404, 200, 200, 200, 403, 403, 401, 200],
  listAuditEvents:     [401, 400, 401, 401, 401, 200, 200, 403, 200, 403, 200, 200, 403, 401, 200],
  getOrganization:     [401, 400, 401, 401, 401, 200, 200, 200, 200, 200, 200, 200, 200, 401, 200],
  // P5: admins with tokens:write; a developer (personal or organization role) is 403 forbidden.
  updateOrganizationPolicy:
                       [401, 400, 401, 401, 401, 200, 200, 403, 200, 403, 200, 403, 403, 401, 200],
  // P4: no credential is read, not even a broken one: always 202.
  reportLeakedCredentials:
                       [202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 202],
};

const json = { "content-type": "application/json" };
export const REQUESTS: Record<OperationId, { method: string; path: string; body?: unknown }> = {
  login: { method: "POST", path: "/v1/auth/login" },
  logout: { method: "POST", path: "/v1/auth/logout" },
  getRequester: { method: "GET", path: "/v1/requester" },
  listScopes: { method: "GET", path: "/v1/scopes" },
  listScopeResources: { method: "GET", path: "/v1/scopes/zones/resources" },
  listTokens: { method: "GET", path: "/v1/tokens" },
  createToken: {
    method: "POST",
    path: "/v1/tokens",
    body: {
      label: "matrix",
      type: "organization",
      role: "developer",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "visible",
    },
  },
  getCurrentToken: { method: "GET", path: "/v1/tokens/current" },
  introspectToken: { method: "POST", path: "/v1/tokens/introspect", body: { token: DEMO.tokens.ada.secret } },
  getToken: { method: "GET", path: `/v1/tokens/${TARGET}` },
  updateToken: { method: "PATCH", path: `/v1/tokens/${TARGET}`, body: { label: "renamed" } },
  revokeToken: { method: "DELETE", path: `/v1/tokens/${TARGET}` },
  rotateToken: { method: "POST", path: `/v1/tokens/${TARGET}/rotate`, body: {} },
  listAuditEvents: { method: "GET", path: "/v1/audit-events" },
  getOrganization: { method: "GET", path: "/v1/organization" },
  updateOrganizationPolicy: {
    method: "PATCH",
    path: "/v1/organization/policy",
    body: { revokeAfterInactiveDays: 90 },
  },
  reportLeakedCredentials: {
    method: "POST",
    path: "/v1/credentials/revoke",
    body: { credentials: ["tsr_pat_SomeoneElsesLeakedSecret0000000000"] },
  },
};

/** The Authorization header for one kind of credential, set up through the API (and its controls) of `t`. */
async function credential(t: Target, kind: CredentialKind): Promise<string | null> {
  const ada = clientWith(t, DEMO.tokens.ada.secret);
  const personal = (
    scopes: { resource: "*" | "zones" | "tokens"; access: "read" | "write"; resourceIds?: string[] }[],
    extra = {},
  ) => ada.tokens.create({ label: kind, type: "personal", scopes, sensitiveData: "visible", ...extra });
  const bearer = (secret: string) => `Bearer ${secret}`;
  switch (kind) {
    case "none":
      return null;
    case "malformed":
      return "Bearer two parts";
    case "unknown":
      return bearer(DEMO.tokens.ada.secret.replace("AdaLovelace", "AdaLovelacx"));
    case "revoked": {
      const { token, secret } = await personal([{ resource: "*", access: "write" }]);
      await ada.tokens.revoke(token.id);
      return bearer(secret);
    }
    case "expired": {
      const { secret } = await personal([{ resource: "*", access: "write" }], {
        expiresAt: "2026-11-22T11:00:00Z",
      });
      await t.control.advanceClock({ hours: 2 });
      return bearer(secret);
    }
    case "legacy":
      return bearer(DEMO.tokens.acmeLegacy.secret);
    case "session": {
      const session = await clientWith(t).auth.login({ email: "ada@acme.test", password: DEMO.password });
      return bearer(session.value);
    }
    case "personalDeveloper":
      return bearer(DEMO.tokens.grace.secret);
    case "personalAdmin":
      return bearer(DEMO.tokens.ada.secret);
    case "organizationDeveloper":
      return bearer(DEMO.tokens.acme.secret);
    case "organizationAdmin": {
      const { secret } = await ada.tokens.create({
        label: "org admin",
        type: "organization",
        role: "admin",
        scopes: [{ resource: "*", access: "write" }],
        sensitiveData: "visible",
      });
      return bearer(secret);
    }
    case "scopedReadOnly":
      return bearer((await personal([{ resource: "*", access: "read" }])).secret);
    case "scopedSelected":
      return bearer(
        (await personal([{ resource: "zones", access: "write", resourceIds: ["zone_acme01"] }])).secret,
      );
    case "ownerLeft":
      // T15: a personal token of a member who then leaves.
      return bearer(await leaverToken(t, "usr_leo", "developer", "personal"));
    case "creatorLeft":
      // T15: an organization token (admin role) created by an admin who then leaves.
      return bearer(await leaverToken(t, "usr_ida", "admin", "organization"));
  }
}

/** Seeds a member, lets them create a token, removes them from Acme, and returns the secret. */
async function leaverToken(
  t: Target,
  id: string,
  role: "admin" | "developer",
  type: "personal" | "organization",
): Promise<string> {
  const email = `${id.slice(4)}@acme.test`;
  await t.control.seed({
    users: [
      {
        id,
        email,
        password: DEMO.password,
        firstName: id.slice(4),
        lastName: "Left",
        memberships: [{ organizationId: "org_acme", role }],
      },
    ],
  });
  const member = createClient({
    baseUrl: t.baseUrl,
    credentials: { email, password: DEMO.password },
    fetch: t.fetch,
    retries: 0,
  });
  const { secret } = await member.tokens.create({
    label: `${id}'s token`,
    type,
    ...(type === "organization" ? { role: "admin" as const } : {}),
    scopes:
      type === "organization"
        ? [{ resource: "*", access: "write" }]
        : [{ resource: "tokens", access: "write" }],
    sensitiveData: "visible",
  });
  await t.control.removeMember(id, "org_acme");
  return secret;
}

/** One test per operation: every credential kind gets the status its cell expects. */
export function authorizationMatrixScenarios(makeTarget: () => Promise<Target> | Target) {
  describe("authorization matrix", () => {
    for (const [operation, expected] of Object.entries(MATRIX) as [OperationId, number[]][]) {
      test(`${operation}: every credential kind gets its expected status`, async () => {
        const actual: Record<string, number> = {};
        for (const kind of CREDENTIALS) {
          const t = await makeTarget();
          const authorization = await credential(t, kind);
          const spec = REQUESTS[operation];
          const headers: Record<string, string> = spec.body === undefined ? {} : { ...json };
          if (authorization) headers.authorization = authorization;
          const request = new Request(`${t.baseUrl}${spec.path}`, {
            method: spec.method,
            headers,
            body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
          });
          actual[kind] = (await t.fetch(request)).status;
        }
        const wanted = Object.fromEntries(CREDENTIALS.map((kind, i) => [kind, expected[i]]));
        expect(actual).toEqual(wanted);
      });
    }
  });
}
