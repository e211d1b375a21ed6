/**
 * The authorization matrix (issue 6): every operation x every kind of credential, with the expected
 * status of each cell written out below, derived from the rules (A1-A7, S4, T2, T8, T15, T16, P4,
 * P5). Each cell is set up through the API on a fresh target: the expired credential needs the
 * clock, and the two leavers need a seeded member removed (the control API, spec/control.yaml), so
 * those three columns are a scenario of their own, skipped without it; every other cell is checked
 * on any server, each operation's row in a scenario of its own.
 */
import type { OperationId } from "@tessera/mock/contract";
import { createClient } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { seedMember, withCast } from "../support/cast.js";
import { castOf, clientWith } from "../support/clients.js";
import { requireControl } from "../support/clock.js";
import type { Target } from "../support/target.js";
import { offersControlApi } from "../target/controlClient.js";
import { Unavailable } from "../target/Unavailable.js";

// The target of the token operations is an organization token (developer role, full access) of the
// admin's organization, created through the API: admins see it, others do not.
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

/** The columns whose cells need the control API: the clock moved past an expiry, members who left (T15). */
export const NEEDS_CONTROL: readonly CredentialKind[] = ["expired", "ownerLeft", "creatorLeft"];
const COLUMN_NEEDS: Partial<Record<CredentialKind, string>> = {
  expired: "a token whose expiry the clock has passed",
  ownerLeft: "a personal token of a member who left the organization (T15)",
  creatorLeft: "an organization token whose creator left the organization (T15)",
};

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
/** What a cell sends: `target` is the organization token the token operations act on. */
export interface CellContext {
  target: string;
  /** A live secret of the organization (introspection's subject). */
  secret: string;
}
export const REQUESTS: Record<
  OperationId,
  (cell: CellContext) => { method: string; path: string; body?: unknown }
> = {
  login: () => ({ method: "POST", path: "/v1/auth/login" }),
  logout: () => ({ method: "POST", path: "/v1/auth/logout" }),
  getRequester: () => ({ method: "GET", path: "/v1/requester" }),
  listScopes: () => ({ method: "GET", path: "/v1/scopes" }),
  listScopeResources: () => ({ method: "GET", path: "/v1/scopes/zones/resources" }),
  listTokens: () => ({ method: "GET", path: "/v1/tokens" }),
  createToken: () => ({
    method: "POST",
    path: "/v1/tokens",
    body: {
      label: "matrix",
      type: "organization",
      role: "developer",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "visible",
    },
  }),
  getCurrentToken: () => ({ method: "GET", path: "/v1/tokens/current" }),
  introspectToken: ({ secret }) => ({
    method: "POST",
    path: "/v1/tokens/introspect",
    body: { token: secret },
  }),
  getToken: ({ target }) => ({ method: "GET", path: `/v1/tokens/${target}` }),
  updateToken: ({ target }) => ({
    method: "PATCH",
    path: `/v1/tokens/${target}`,
    body: { label: "renamed" },
  }),
  revokeToken: ({ target }) => ({ method: "DELETE", path: `/v1/tokens/${target}` }),
  rotateToken: ({ target }) => ({ method: "POST", path: `/v1/tokens/${target}/rotate`, body: {} }),
  listAuditEvents: () => ({ method: "GET", path: "/v1/audit-events" }),
  getOrganization: () => ({ method: "GET", path: "/v1/organization" }),
  updateOrganizationPolicy: () => ({
    method: "PATCH",
    path: "/v1/organization/policy",
    body: { revokeAfterInactiveDays: 90 },
  }),
  reportLeakedCredentials: () => ({
    method: "POST",
    path: "/v1/credentials/revoke",
    body: { credentials: ["tsr_pat_SomeoneElsesLeakedSecret0000000000"] },
  }),
};

/** The Authorization header for one kind of credential, set up through the API (and its controls) of `t`. */
async function credential(
  t: Target,
  kind: CredentialKind,
  cell: { targetSecret: string },
): Promise<string | null> {
  const cast = castOf(t);
  const ada = clientWith(t, cast.admin.token.secret);
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
    case "unknown": {
      // The admin's secret with its body changed: well formed, and no one's.
      const secret = cast.admin.token.secret;
      return bearer(`${secret.slice(0, 8)}${"Z".repeat(30)}${secret.slice(-6)}`);
    }
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
      return bearer((await cast.legacyKey()).secret);
    case "session": {
      // An admin's session: the configured admin's, or (given as a token only) a seeded admin's.
      const login = cast.admin.credentials ?? (await seededAdmin(t));
      const session = await clientWith(t).auth.login(login);
      return bearer(session.value);
    }
    case "personalDeveloper":
      return bearer(cast.developer.token.secret);
    case "personalAdmin":
      return bearer(cast.admin.token.secret);
    case "organizationDeveloper":
      // The cell's target itself (rotateToken: it rotates itself, which H1 allows).
      return bearer(cell.targetSecret);
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
        (
          await personal([
            {
              resource: "zones",
              access: "write",
              resourceIds: [(await cast.someResources("zones", 1))[0]?.id ?? ""],
            },
          ])
        ).secret,
      );
    case "ownerLeft":
      // T15: a personal token of a member who then leaves.
      return bearer(await leaverToken(t, "Leo Left", "developer", "personal"));
    case "creatorLeft":
      // T15: an organization token (admin role) created by an admin who then leaves.
      return bearer(await leaverToken(t, "Ida Left", "admin", "organization"));
  }
}

/** A seeded admin of the organization, for a session where the principals file gives the admin as a token only. */
async function seededAdmin(t: Target) {
  try {
    const { email, password } = await seedMember(t, castOf(t).organization.id, "admin", "Sam Session");
    return { email, password };
  } catch (error) {
    if (!(error instanceof Unavailable)) throw error;
    throw new Unavailable(
      `needs an admin's session: the principals file gives the admin as a token, without email and password, and the control API cannot seed another admin: ${error.message}`,
    );
  }
}

/** Seeds a member, lets them create a token, removes them from the organization, and returns the secret. */
async function leaverToken(
  t: Target,
  name: string,
  role: "admin" | "developer",
  type: "personal" | "organization",
): Promise<string> {
  const organizationId = castOf(t).organization.id;
  const { id, email, password } = await seedMember(t, organizationId, role, name);
  const member = createClient({
    baseUrl: t.baseUrl,
    credentials: { email, password },
    fetch: t.fetch,
    retries: 0,
  });
  const { secret } = await member.tokens.create({
    label: `${name}'s token`,
    type,
    ...(type === "organization" ? { role: "admin" as const } : {}),
    scopes:
      type === "organization"
        ? [{ resource: "*", access: "write" }]
        : [{ resource: "tokens", access: "write" }],
    sensitiveData: "visible",
  });
  await t.control.removeMember(id, organizationId);
  return secret;
}

/** The organization token the token operations act on in one cell (developer role, full access, visible). */
async function cellTarget(t: Target) {
  const { token, secret } = await clientWith(t, castOf(t).admin.token.secret).tokens.create({
    label: "tessera-conformance CI",
    type: "organization",
    role: "developer",
    scopes: [{ resource: "*", access: "write" }],
    sensitiveData: "visible",
  });
  return { id: token.id, secret };
}

/** The operations that act on the cell's target token. */
const ON_TARGET: readonly OperationId[] = ["getToken", "updateToken", "revokeToken", "rotateToken"];

/** Sends one cell's request with one kind of credential, and returns the status. */
async function cellStatus(t: Target, operation: OperationId, kind: CredentialKind): Promise<number> {
  const cast = castOf(t);
  // Made only where the cell uses it: a shared server keeps every token a run creates (revoked).
  const target =
    ON_TARGET.includes(operation) || kind === "organizationDeveloper"
      ? await cellTarget(t)
      : { id: "tok_0000000000000000", secret: "" };
  const authorization = await credential(t, kind, { targetSecret: target.secret });
  const spec = REQUESTS[operation]({ target: target.id, secret: cast.admin.token.secret });
  const headers: Record<string, string> = spec.body === undefined ? {} : { ...json };
  if (authorization) headers.authorization = authorization;
  const request = new Request(`${t.baseUrl}${spec.path}`, {
    method: spec.method,
    headers,
    body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
  });
  return (await t.fetch(request)).status;
}

/**
 * One test per operation: every credential kind gets the status its cell expects, but for the
 * columns that need the control API ({@link NEEDS_CONTROL}, checked by the test after these).
 */
export function authorizationMatrixScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  const kinds = CREDENTIALS.filter((kind) => !NEEDS_CONTROL.includes(kind));
  describe("authorization matrix", () => {
    for (const [operation, expected] of Object.entries(MATRIX) as [OperationId, number[]][]) {
      test(`${operation}: every credential kind gets its expected status`, async () => {
        const first = await makeTarget();
        const isolated = offersControlApi(first.control);
        if (operation === "reportLeakedCredentials")
          // Checked first: one leak report per cell would use up the kit's address's limit (P4).
          requireControl(
            first.control,
            "X-Mock-Session",
            "for a state of its own: on a shared server the row's 12 leak reports would use up the limit on leak reports from the kit's address (10 in 15 minutes, P4), for this run's P4 and later runs",
          );
        const actual: Record<string, number> = {};
        const wanted: Record<string, number | undefined> = {};
        const unavailable: Record<string, string> = {};
        for (const kind of kinds) {
          // A fresh state per cell where the target isolates (the control API); on a shared server
          // the cells share the principals, and each still gets a target token of its own.
          const t = isolated && kind !== kinds[0] ? await makeTarget() : first;
          try {
            actual[kind] = await cellStatus(t, operation, kind);
            wanted[kind] = expected[CREDENTIALS.indexOf(kind)];
          } catch (error) {
            if (!(error instanceof Unavailable)) throw error;
            unavailable[kind] = error.message;
          }
        }
        expect(actual).toEqual(wanted);
        const missing = Object.keys(unavailable);
        if (missing.length > 0)
          throw new Unavailable(
            `${missing.map((kind) => `the ${kind} cell ${unavailable[kind]}`).join("; ")} (the row's other ${Object.keys(actual).length} cells were checked and got their expected status)`,
          );
      });
    }
    // One test per column that needs the control API: every operation with that credential.
    for (const kind of NEEDS_CONTROL) {
      test(`${kind}: every operation gets its expected status`, async () => {
        // Checked first, before anything is set up.
        requireControl(
          (await makeTarget()).control,
          "POST /__mock/clock, POST /__mock/seed, DELETE /__mock/members",
          `for the matrix's ${kind} cells (${COLUMN_NEEDS[kind]})`,
        );
        const actual: Record<string, number> = {};
        const wanted: Record<string, number | undefined> = {};
        for (const [operation, expected] of Object.entries(MATRIX) as [OperationId, number[]][]) {
          actual[operation] = await cellStatus(await makeTarget(), operation, kind);
          wanted[operation] = expected[CREDENTIALS.indexOf(kind)];
        }
        expect(actual).toEqual(wanted);
      });
    }
  });
}
