import { beforeAll, describe, expect, test } from "vitest";
import { createStore } from "../store/createStore.js";
import type {
  OrganizationRecord,
  Plan,
  Role,
  ScopeGrant,
  SensitiveData,
  TokenRecord,
} from "../store/records.js";
import { type Caller, DEFAULT_CONFIG, type ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import {
  checkGrantShapes,
  checkLabel,
  checkNoEscalation,
  checkPlan,
  escalationsOf,
  type Given,
  type Giving,
  lifetimeLimit,
  resolveExpiry,
} from "./grants.js";
import { effectivePermissions, FULL_ACCESS } from "./permissions.js";
import { ALL_BUT_TOKENS } from "./testService.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
const DAY = 24 * 3600 * 1000;
const ORG = "org_acme";
const ZONE_A_WRITE: ScopeGrant = { resource: "zones", access: "write", resourceIds: ["zone_acme01"] };
const ONE_GRANT_PER_TYPE: ScopeGrant[] = [
  { resource: "tokens", access: "read" },
  { resource: "members", access: "read" },
  { resource: "zones", access: "write" },
  { resource: "domains", access: "write" },
  { resource: "certificates", access: "write" },
  { resource: "billing", access: "read" },
];

/** The error `fn` throws; fails the test when it throws nothing or something else. */
function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError, but nothing was thrown");
}

function organization(plan: Plan = "teams", maxTokenLifetimeDays: number | null = null): OrganizationRecord {
  return { id: ORG, name: "Acme", plan, balance: 0, maxTokenLifetimeDays, createdAt: 0, updatedAt: 0 };
}

/**
 * A caller acting in Acme: a user's session (full access under the role) or, with `grants`, the
 * user's personal token holding those grants, that sensitiveData and that expiry (never by default).
 */
function caller(
  options: {
    role?: Role;
    grants?: readonly ScopeGrant[];
    userId?: string;
    plan?: Plan;
    maxTokenLifetimeDays?: number | null;
    sensitiveData?: SensitiveData;
    expiresAt?: number | null;
  } = {},
): Caller {
  const role = options.role ?? "admin";
  const grants = options.grants ?? FULL_ACCESS;
  const userId = options.userId ?? (role === "admin" ? "usr_admin" : "usr_dev");
  const user = {
    id: userId,
    email: `${userId}@acme.test`,
    emailIsVerified: true,
    firstName: "Ada",
    lastName: role,
    receiveReports: "never",
    passwordHash: "unused",
    createdAt: 0,
  } as const;
  const credential: Caller["credential"] = options.grants
    ? {
        type: "token",
        record: token({
          id: "tok_caller",
          ownerUserId: userId,
          scopes: [...grants],
          sensitiveData: options.sensitiveData ?? "visible",
          expiresAt: options.expiresAt ?? null,
        }),
      }
    : {
        type: "session",
        record: {
          id: "ses_caller",
          userId,
          organizationId: ORG,
          prefix: "tsr_ses_xxxx",
          createdAt: 0,
          expiresAt: NOW + DAY,
          revokedAt: null,
        },
      };
  return {
    kind: options.grants ? "personal" : "session",
    credential,
    credentialId: credential.record.id,
    organization: organization(options.plan, options.maxTokenLifetimeDays),
    user,
    role,
    grants,
    permissions: effectivePermissions(grants, role),
    sensitiveData: options.sensitiveData ?? "visible",
    principalId: userId,
    principalName: `Ada ${role}`,
    secret: { hash: "00", validUntil: null },
  };
}

function token(fields: Partial<TokenRecord>): TokenRecord {
  return {
    id: "tok_x",
    seq: 1,
    type: "personal",
    legacy: false,
    organizationId: ORG,
    ownerUserId: null,
    createdBy: { id: "usr_admin", name: "Ada admin" },
    label: "x",
    description: null,
    role: null,
    scopes: [...FULL_ACCESS],
    sensitiveData: "visible",
    prefix: "tsr_pat_xxxx",
    createdAt: 0,
    expiresAt: null,
    revokedAt: null,
    ...fields,
  };
}

/** A personal token draft for `ownerUserId`, or an organization token draft carrying `role`. */
const personal = (ownerUserId: string, scopes: ScopeGrant[]) => token({ ownerUserId, scopes });
const organizationToken = (role: Role | null, scopes: ScopeGrant[]) =>
  token({ type: "organization", role, scopes });

let ctx: ServiceContext;

beforeAll(async () => {
  const store = createStore();
  await store.insertOrganization(organization());
  await store.insertOrganization({ ...organization(), id: "org_other", name: "Other" });
  for (const [userId, role] of [
    ["usr_admin", "admin"],
    ["usr_dev", "developer"],
  ] as const) {
    await store.insertMembership({ id: `mem_${userId}`, userId, organizationId: ORG, role, createdAt: 0 });
  }
  for (const [id, type, organizationId] of [
    ["zone_acme01", "zones", ORG],
    ["zone_acme02", "zones", ORG],
    ["dom_acme01", "domains", ORG],
    ["cert_acme01", "certificates", ORG],
    ["zone_other01", "zones", "org_other"],
  ] as const) {
    await store.insertResource({ id, seq: store.nextSeq(), type, organizationId, name: id });
  }
  ctx = { store, clock: { now: () => NOW }, config: DEFAULT_CONFIG };
});

describe("checkGrantShapes", () => {
  test.each<[string, ScopeGrant[]]>([
    ["full access", [{ resource: "*", access: "write" }]],
    ["a grant per type", ONE_GRANT_PER_TYPE],
    ["`*` beside a named type", [{ resource: "*", access: "read" }, ZONE_A_WRITE]],
    ["a zone of the organization", [ZONE_A_WRITE]],
    ["a domain of the organization", [{ resource: "domains", access: "read", resourceIds: ["dom_acme01"] }]],
    [
      "a certificate of the organization",
      [{ resource: "certificates", access: "write", resourceIds: ["cert_acme01"] }],
    ],
    ["two zones", [{ resource: "zones", access: "write", resourceIds: ["zone_acme01", "zone_acme02"] }]],
  ])("S1: accepts %s", (_name, scopes) => {
    expect(() => checkGrantShapes(ctx, caller(), scopes)).not.toThrow();
  });

  test.each<[string, ScopeGrant[], string]>([
    [
      "a second grant for the same resource",
      [
        { resource: "tokens", access: "read" },
        { resource: "tokens", access: "write" },
      ],
      "/body/scopes/1",
    ],
    [
      "a second `*` grant",
      [{ resource: "*", access: "read" }, ZONE_A_WRITE, { resource: "*", access: "write" }],
      "/body/scopes/2",
    ],
    [
      "resourceIds on a non-selectable type",
      [{ resource: "tokens", access: "read", resourceIds: ["zone_acme01"] }],
      "/body/scopes/0/resourceIds",
    ],
    [
      "resourceIds on billing",
      [ZONE_A_WRITE, { resource: "billing", access: "read", resourceIds: ["zone_acme01"] }],
      "/body/scopes/1/resourceIds",
    ],
    [
      "resourceIds on `*`",
      [{ resource: "*", access: "write", resourceIds: ["zone_acme01"] }],
      "/body/scopes/0/resourceIds",
    ],
    [
      "an unknown resource id",
      [{ resource: "zones", access: "write", resourceIds: ["zone_acme01", "zone_nope"] }],
      "/body/scopes/0/resourceIds/1",
    ],
    [
      "a resource of another organization",
      [{ resource: "zones", access: "read", resourceIds: ["zone_other01"] }],
      "/body/scopes/0/resourceIds/0",
    ],
    [
      "a resource id of another type",
      [{ resource: "domains", access: "read", resourceIds: ["zone_acme01"] }],
      "/body/scopes/0/resourceIds/0",
    ],
  ])("S1: refuses %s with 400 at the grant's pointer", (_name, scopes, pointer) => {
    const error = refusal(() => checkGrantShapes(ctx, caller(), scopes));
    expect(error).toMatchObject({ status: 400, code: "invalid_request" });
    expect(error.extras.errors).toEqual([{ pointer, detail: error.detail }]);
  });

  test.each([
    ["zones", "zone_nope", "No zone zone_nope in this organization."],
    ["domains", "zone_acme01", "No domain zone_acme01 in this organization."],
    ["certificates", "cert_gone", "No certificate cert_gone in this organization."],
  ] as const)("S1: an unknown %s id is named in the detail", (resource, id, detail) => {
    const error = refusal(() =>
      checkGrantShapes(ctx, caller(), [{ resource, access: "read", resourceIds: [id] }]),
    );
    expect(error.detail).toBe(detail);
  });
});

describe("checkPlan", () => {
  test.each<[Plan, ScopeGrant[], boolean]>([
    ["solo", [{ resource: "*", access: "write" }], true],
    ["solo", [{ resource: "*", access: "read" }], false],
    ["solo", [{ resource: "tokens", access: "write" }], false],
    ["solo", [{ resource: "*", access: "write" }, ZONE_A_WRITE], false],
    ["teams", [{ resource: "tokens", access: "read" }], true],
    ["enterprise", [ZONE_A_WRITE], true],
  ])("S3: on the %s plan, %j is allowed: %s", (plan, scopes, allowed) => {
    const check = () => checkPlan(caller({ plan }), scopes);
    if (allowed) expect(check).not.toThrow();
    else expect(refusal(check)).toMatchObject({ status: 403, code: "plan_upgrade_required" });
  });
});

describe("checkNoEscalation", () => {
  /** What a developer may do, held as explicit grants by an admin's narrowed token. */
  const DEVELOPER_EQUIVALENT: ScopeGrant[] = [
    { resource: "tokens", access: "write" },
    { resource: "members", access: "read" },
    { resource: "zones", access: "write" },
    { resource: "domains", access: "write" },
    { resource: "certificates", access: "write" },
  ];
  const developerSession = caller({ role: "developer" });
  const developerOnZoneA = caller({ role: "developer", grants: [ZONE_A_WRITE] });
  const adminAsDeveloper = caller({ role: "admin", grants: DEVELOPER_EQUIVALENT });

  test.each<[string, Caller, TokenRecord]>([
    [
      "an admin session gives full access to its own personal token",
      caller(),
      personal("usr_admin", [...FULL_ACCESS]),
    ],
    [
      "a developer gives `*` to their own personal token (the developer role bounds it)",
      developerSession,
      personal("usr_dev", [...FULL_ACCESS]),
    ],
    [
      "a developer grants members:read",
      developerSession,
      personal("usr_dev", [{ resource: "members", access: "read" }]),
    ],
    ["a restricted developer grants the same zone", developerOnZoneA, personal("usr_dev", [ZONE_A_WRITE])],
    [
      "a restricted developer grants read on that zone",
      developerOnZoneA,
      personal("usr_dev", [{ resource: "zones", access: "read", resourceIds: ["zone_acme01"] }]),
    ],
    [
      "`*` on a developer's personal token is measured by the owner's developer role",
      adminAsDeveloper,
      personal("usr_dev", [...FULL_ACCESS]),
    ],
    [
      "`*` on an organization token without a role is measured as developer",
      adminAsDeveloper,
      organizationToken(null, [...FULL_ACCESS]),
    ],
    [
      "`*` on a developer organization token",
      adminAsDeveloper,
      organizationToken("developer", [...FULL_ACCESS]),
    ],
    [
      "`*` on a personal token whose owner is not a member is measured as developer",
      adminAsDeveloper,
      personal("usr_gone", [...FULL_ACCESS]),
    ],
    [
      "an admin gives an organization token the admin role",
      caller(),
      organizationToken("admin", [...FULL_ACCESS]),
    ],
  ])("T3: allowed: %s", (_name, who, draft) => {
    expect(() => checkNoEscalation(ctx, who, { access: draft, named: draft.scopes })).not.toThrow();
  });

  test.each<[string, Caller, TokenRecord, string[]]>([
    [
      "a developer cannot grant billing:read",
      developerSession,
      personal("usr_dev", [{ resource: "billing", access: "read" }]),
      ["billing:read"],
    ],
    [
      "a developer cannot name billing beside `*`, though the developer role would void it",
      developerSession,
      personal("usr_dev", [
        { resource: "*", access: "write" },
        { resource: "billing", access: "read" },
      ]),
      ["billing:read"],
    ],
    [
      "a developer cannot grant members:write",
      developerSession,
      personal("usr_dev", [{ resource: "members", access: "write" }]),
      ["members:write"],
    ],
    [
      "a developer cannot give an organization token the admin role",
      developerSession,
      organizationToken("admin", [...FULL_ACCESS]),
      ["role:admin", "members:write", "billing:write"],
    ],
    [
      "the admin role is refused to a developer even with narrow scopes",
      developerSession,
      organizationToken("admin", [{ resource: "zones", access: "read" }]),
      ["role:admin"],
    ],
    [
      "`*` on an admin's personal token is measured by the owner's admin role",
      adminAsDeveloper,
      personal("usr_admin", [...FULL_ACCESS]),
      ["members:write", "billing:write"],
    ],
    [
      "`*` on an admin organization token",
      adminAsDeveloper,
      organizationToken("admin", [...FULL_ACCESS]),
      ["members:write", "billing:write"],
    ],
    [
      "a restricted developer cannot grant another zone",
      developerOnZoneA,
      personal("usr_dev", [{ resource: "zones", access: "write", resourceIds: ["zone_acme02"] }]),
      ["zones:write[zone_acme02]"],
    ],
    [
      "a restricted developer cannot grant the whole type",
      developerOnZoneA,
      personal("usr_dev", [{ resource: "zones", access: "read" }]),
      ["zones:read"],
    ],
    [
      "a restricted developer cannot grant `*`",
      developerOnZoneA,
      personal("usr_dev", [...FULL_ACCESS]),
      ["tokens:write", "members:read", "zones:write", "domains:write", "certificates:write"],
    ],
    [
      "a refusal found both by name and by role is named once",
      developerOnZoneA,
      personal("usr_dev", [{ resource: "tokens", access: "write" }]),
      ["tokens:write"],
    ],
  ])("T3: refused: %s", (_name, who, draft, refused) => {
    const error = refusal(() => checkNoEscalation(ctx, who, { access: draft, named: draft.scopes }));
    expect(error).toMatchObject({ status: 403, code: "scope_escalation", extras: { refused } });
    expect(error.detail).toContain(refused.join(", "));
  });
});

describe("checkLabel", () => {
  test.each([
    ["a", "a"],
    ["CI deploy", "CI deploy"],
    ["  CI deploy \u00a0 ", "CI deploy"],
    ["x".repeat(100), "x".repeat(100)],
    [`   ${"x".repeat(100)}   `, "x".repeat(100)],
    ["inner   spaces stay", "inner   spaces stay"],
  ])("T5: accepts %j as %j", (label, trimmed) => {
    expect(checkLabel(label)).toBe(trimmed);
  });

  test.each(["", " ", "\t\n ", "x".repeat(101), ` ${"x".repeat(101)} `])("T5: refuses %j", (label) => {
    const error = refusal(() => checkLabel(label));
    expect(error).toMatchObject({ status: 400, code: "invalid_request" });
    expect(error.extras.errors?.[0]?.pointer).toBe("/body/label");
  });
});

describe("resolveExpiry", () => {
  const uncapped = caller({ maxTokenLifetimeDays: null });
  const capped = caller({ maxTokenLifetimeDays: 30 });
  const iso = (ms: number) => new Date(ms).toISOString();

  test.each<[string, Caller, string | null | undefined, number | null]>([
    ["not given, no cap: never", uncapped, undefined, null],
    ["not given, under a cap: the cap", capped, undefined, NOW + 30 * DAY],
    ["null, no cap: never", uncapped, null, null],
    ["a future time, no cap", uncapped, iso(NOW + 1), NOW + 1],
    ["far in the future, no cap", uncapped, "2999-01-01T00:00:00Z", Date.parse("2999-01-01T00:00:00Z")],
    ["within the cap", capped, iso(NOW + DAY), NOW + DAY],
    ["exactly at the cap", capped, iso(NOW + 30 * DAY), NOW + 30 * DAY],
    ["with an offset", uncapped, "2026-11-22T12:00:00+01:00", NOW + 3600 * 1000],
  ])("T13: %s", (_name, who, expiresAt, expected) => {
    expect(resolveExpiry(who, NOW, expiresAt)).toBe(expected);
  });

  test.each<[string, Caller, string | null, string]>([
    ["null under a cap", capped, null, "Tokens in this organization must expire within 30 days."],
    ["one millisecond past the cap", capped, iso(NOW + 30 * DAY + 1), "within 30 days"],
    ["now", uncapped, iso(NOW), "The expiry must be in the future."],
    ["in the past", uncapped, "2020-01-01T00:00:00Z", "The expiry must be in the future."],
    ["in the past, under a cap", capped, iso(NOW - DAY), "The expiry must be in the future."],
    ["not a date", uncapped, "next tuesday", "Not a valid date-time."],
  ])("T13: refuses %s", (_name, who, expiresAt, detail) => {
    const error = refusal(() => resolveExpiry(who, NOW, expiresAt));
    expect(error).toMatchObject({ status: 400, code: "invalid_request" });
    expect(error.detail).toContain(detail);
    expect(error.extras.errors?.[0]?.pointer).toBe("/body/expiresAt");
  });
});

describe("H1: escalationsOf and checkNoEscalation beyond scopes", () => {
  const HOUR = 3600 * 1000;
  const session = caller();
  const forever = caller({ grants: FULL_ACCESS });
  const inAnHour = caller({ grants: FULL_ACCESS, expiresAt: NOW + HOUR });
  const hidden = caller({ grants: FULL_ACCESS, sensitiveData: "hidden" });
  const tokensWriteOnly = caller({ grants: [{ resource: "tokens", access: "write" }] });
  const developerSession = caller({ role: "developer" });
  const everythingLess = caller({
    grants: [{ resource: "tokens", access: "write" }],
    sensitiveData: "hidden",
    expiresAt: NOW + HOUR,
  });
  const adminFull = personal("usr_admin", [...FULL_ACCESS]);
  const BILLING_READ: ScopeGrant = { resource: "billing", access: "read" };

  test.each<[string, Caller, Given, Giving, string[]]>([
    ["nothing given, nothing refused", everythingLess, {}, "edit", []],
    [
      "a session gives a never-expiring token (sessions are exempt)",
      session,
      { expiresAt: null },
      "create",
      [],
    ],
    ["a never-expiring token gives never", forever, { expiresAt: null }, "create", []],
    ["an expiring token gives its own expiry", inAnHour, { expiresAt: NOW + HOUR }, "create", []],
    ["an expiring token gives an earlier expiry", inAnHour, { expiresAt: NOW + 1 }, "edit", []],
    ["an expiring token gives never", inAnHour, { expiresAt: null }, "create", ["expiresAt"]],
    [
      "an expiring token gives 1 ms past its own",
      inAnHour,
      { expiresAt: NOW + HOUR + 1 },
      "edit",
      ["expiresAt"],
    ],
    ["an expiring token rotates a later token", inAnHour, { expiresAt: NOW + DAY }, "rotate", ["expiresAt"]],
    ["a hidden token gives hidden", hidden, { sensitiveData: "hidden" }, "create", []],
    ["a visible token gives visible", forever, { sensitiveData: "visible" }, "create", []],
    ["a hidden token gives visible", hidden, { sensitiveData: "visible" }, "edit", ["sensitiveData:visible"]],
    [
      "a full-access token rotates an admin's full-access token",
      forever,
      { access: adminFull },
      "rotate",
      [],
    ],
    [
      "a tokens:write token rotates a full-access token",
      tokensWriteOnly,
      { access: adminFull },
      "rotate",
      ALL_BUT_TOKENS,
    ],
    [
      "an admin's tokens:write token rotates a full-access admin organization token",
      tokensWriteOnly,
      { access: organizationToken("admin", [...FULL_ACCESS]) },
      "rotate",
      ALL_BUT_TOKENS,
    ],
    [
      "a developer rotates an admin-role organization token, however narrow",
      developerSession,
      { access: organizationToken("admin", [{ resource: "zones", access: "read" }]) },
      "rotate",
      ["role:admin"],
    ],
    [
      "rotate measures what a token can do: a named grant its owner's role voids is no escalation",
      developerSession,
      { access: personal("usr_dev", [...FULL_ACCESS, BILLING_READ]) },
      "rotate",
      [],
    ],
    [
      "create also measures each grant the request names, and refuses that one",
      developerSession,
      { access: personal("usr_dev", [...FULL_ACCESS, BILLING_READ]), named: [...FULL_ACCESS, BILLING_READ] },
      "create",
      ["billing:read"],
    ],
    [
      "named grants are measured only beside the token they would be part of",
      developerSession,
      { named: [BILLING_READ] },
      "edit",
      [],
    ],
    [
      "everything at once, in order: scopes, sensitive data, expiry",
      everythingLess,
      { access: adminFull, sensitiveData: "visible", expiresAt: null },
      "rotate",
      [...ALL_BUT_TOKENS, "sensitiveData:visible", "expiresAt"],
    ],
  ])("H1: %s", (_name, who, given, giving, refused) => {
    expect(escalationsOf(ctx, who, given)).toEqual(refused);
    if (refused.length === 0) expect(() => checkNoEscalation(ctx, who, given, giving)).not.toThrow();
    else {
      const error = refusal(() => checkNoEscalation(ctx, who, given, giving));
      expect(error).toMatchObject({ status: 403, code: "scope_escalation", extras: { refused } });
      expect(error.detail).toContain(refused.join(", "));
    }
  });

  test.each<[Giving, string]>([
    ["create", "A token cannot be given more than the credential creating it holds: expiresAt."],
    ["edit", "A token cannot be edited to hold more than the credential editing it holds: expiresAt."],
    ["rotate", "A credential can rotate only itself or a token that can do no more than it can: expiresAt."],
  ])("H1: a %s refused for its expiry says which expiry was the limit", (giving, start) => {
    const error = refusal(() => checkNoEscalation(ctx, inAnHour, { expiresAt: null }, giving));
    expect(error.detail).toBe(
      `${start} No token can be given an expiry later than this credential's own (2026-11-22T11:00:00.000Z).`,
    );
  });

  test.each<[string, Caller, number | null]>([
    ["a session: none", session, null],
    ["a never-expiring token: none", forever, null],
    ["an expiring token: its own expiry", inAnHour, NOW + HOUR],
  ])("H1: lifetimeLimit of %s", (_name, who, limit) => {
    expect(lifetimeLimit(who)).toBe(limit);
  });
});

describe("resolveExpiry (H1): an omitted expiry defaults within the caller's own", () => {
  const HOUR = 3600 * 1000;
  test.each<[string, Caller, number | null]>([
    ["a session, no cap: never", caller(), null],
    ["a session under a cap: the cap", caller({ maxTokenLifetimeDays: 30 }), NOW + 30 * DAY],
    ["a never-expiring token, no cap: never", caller({ grants: FULL_ACCESS }), null],
    [
      "a token expiring in an hour, no cap: its expiry",
      caller({ grants: FULL_ACCESS, expiresAt: NOW + HOUR }),
      NOW + HOUR,
    ],
    [
      "a token expiring before the cap: its expiry",
      caller({ grants: FULL_ACCESS, expiresAt: NOW + HOUR, maxTokenLifetimeDays: 30 }),
      NOW + HOUR,
    ],
    [
      "a token expiring after the cap: the cap",
      caller({ grants: FULL_ACCESS, expiresAt: NOW + 90 * DAY, maxTokenLifetimeDays: 30 }),
      NOW + 30 * DAY,
    ],
  ])("H1: %s", (_name, who, expected) => {
    expect(resolveExpiry(who, NOW, undefined)).toBe(expected);
  });

  test("H1: an explicit null from an expiring token passes T13 and is left to checkNoEscalation", () => {
    expect(resolveExpiry(caller({ grants: FULL_ACCESS, expiresAt: NOW + HOUR }), NOW, null)).toBeNull();
  });
});
