import { secretChecksum } from "@tessera/sdk";
import { createFixture, type UserInput } from "./createFixture.js";
import type { Fixture } from "./fixture.js";

const secret = (tag: "pat" | "oat", body: string) => {
  if (!/^[0-9A-Za-z]{30}$/.test(body))
    throw new Error(`demo secret body must be 30 base62 characters: ${body}`);
  const head = `tsr_${tag}_${body}`;
  return head + secretChecksum(head);
};

/**
 * The demo data's fixed credentials, documented so docs and tests can use them.
 * @note These secrets are public on purpose; never seed them into anything real.
 */
export const DEMO = {
  password: "correct-horse-battery-staple",
  users: {
    ada: {
      id: "usr_ada",
      email: "ada@acme.test",
      name: "Ada Lovelace",
      organizationId: "org_acme",
      role: "admin",
    },
    grace: {
      id: "usr_grace",
      email: "grace@acme.test",
      name: "Grace Hopper",
      organizationId: "org_acme",
      role: "developer",
    },
    sol: {
      id: "usr_sol",
      email: "sol@solo.test",
      name: "Sol Park",
      organizationId: "org_solo",
      role: "admin",
    },
  },
  organizations: { acme: "org_acme", solo: "org_solo" },
  tokens: {
    /** Ada's personal token: full access, sensitive data visible. */
    ada: { id: "tok_AdaPersonal00001", secret: secret("pat", "AdaLovelaceDemoPersonalToken01") },
    /** Grace's personal token: tokens:write, zones:write, domains:read; sensitive data hidden. */
    grace: { id: "tok_GracePersonal001", secret: secret("pat", "GraceHopperDemoPersonalToken01") },
    /** Sol's personal token: full access (solo plan). */
    sol: { id: "tok_SolPersonal00001", secret: secret("pat", "SolParkDemoPersonalToken000001") },
    /** Acme's organization token: developer role, full access grant. */
    acme: { id: "tok_AcmeOrgToken0001", secret: secret("oat", "AcmeDemoOrganizationToken00001") },
    /** Solo Ltd's organization token: admin role, full access. */
    solo: { id: "tok_SoloOrgToken0001", secret: secret("oat", "SoloLtdDemoOrganizationToken01") },
    /** Acme's legacy key (deprecated; admin, full access). */
    acmeLegacy: { id: "tok_AcmeLegacyKey001", secret: "ac3e0000000000000000000000000001" },
    /** Solo Ltd's legacy key (deprecated; admin, full access). */
    soloLegacy: { id: "tok_SoloLegacyKey001", secret: "50100000000000000000000000000002" },
  },
} as const;

/** Acme (teams) with Ada (admin) and Grace (developer); Solo Ltd (solo) with Sol (admin), built with the fixture builders. */
function buildDemoSeed(): Fixture {
  const fixture = createFixture({ namespace: "demo" });
  const { users, tokens } = DEMO;
  const acme = fixture.organization({
    id: DEMO.organizations.acme,
    name: "Acme",
    plan: "teams",
    balance: 1250.5,
    maxTokenLifetimeDays: null,
    createdAt: "2024-03-01T09:00:00.000Z",
  });
  const solo = fixture.organization({
    id: DEMO.organizations.solo,
    name: "Solo Ltd",
    plan: "solo",
    balance: 42,
    maxTokenLifetimeDays: 365,
    createdAt: "2025-06-15T12:00:00.000Z",
  });
  const member = (who: keyof typeof users, organization: typeof acme, fields: UserInput) =>
    fixture.user({
      id: users[who].id,
      email: users[who].email,
      password: DEMO.password,
      firstName: users[who].name.split(" ")[0],
      lastName: users[who].name.split(" ")[1],
      organization,
      role: users[who].role,
      ...fields,
    });
  const ada = member("ada", acme, { receiveReports: "weekly" });
  const grace = member("grace", acme, { receiveReports: "daily" });
  const sol = member("sol", solo, { emailIsVerified: false, receiveReports: "never" });

  for (const [id, type, name] of [
    ["zone_acme01", "zones", "acme.test"],
    ["zone_acme02", "zones", "staging.acme.test"],
    ["zone_acme03", "zones", "internal.acme.test"],
    ["dom_acme01", "domains", "acme.test"],
    ["dom_acme02", "domains", "acme-cdn.test"],
    ["cert_acme01", "certificates", "*.acme.test"],
    ["cert_acme02", "certificates", "api.acme.test"],
  ] as const)
    fixture.resource({ id, type, name, organization: acme });
  fixture.resource({ id: "zone_solo01", type: "zones", name: "solo.test", organization: solo });
  fixture.resource({ id: "dom_solo01", type: "domains", name: "solo.test", organization: solo });
  fixture.resource({ id: "cert_solo01", type: "certificates", name: "www.solo.test", organization: solo });

  // In this order: the list shows the newest first.
  const legacy = { type: "organization", legacy: true, label: "Legacy API key" } as const;
  fixture.token({
    ...tokens.acmeLegacy,
    ...legacy,
    organization: acme,
    createdAt: "2024-03-02T10:00:00.000Z",
  });
  fixture.token({
    ...tokens.soloLegacy,
    ...legacy,
    organization: solo,
    createdAt: "2025-06-16T10:00:00.000Z",
  });
  fixture.token({
    ...tokens.acme,
    type: "organization",
    role: "developer",
    organization: acme,
    label: "CI pipeline",
    description: "Deploys from the main branch",
    createdAt: "2026-01-10T08:00:00.000Z",
  });
  fixture.token({
    ...tokens.solo,
    type: "organization",
    role: "admin",
    organization: solo,
    label: "Backup script",
    createdAt: "2026-02-01T08:00:00.000Z",
  });
  fixture.token({ ...tokens.ada, owner: ada, label: "Ada's laptop", createdAt: "2026-03-01T08:00:00.000Z" });
  fixture.token({
    ...tokens.grace,
    owner: grace,
    label: "Grace's DNS scripts",
    scopes: [
      { resource: "tokens", access: "write" },
      { resource: "zones", access: "write" },
      { resource: "domains", access: "read" },
    ],
    sensitiveData: "hidden",
    createdAt: "2026-03-02T08:00:00.000Z",
  });
  fixture.token({ ...tokens.sol, owner: sol, label: "Sol's laptop", createdAt: "2026-03-03T08:00:00.000Z" });
  return fixture.build();
}

/** Freezes a value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Acme (teams) with Ada (admin) and Grace (developer); Solo Ltd (solo) with Sol (admin).
 * @note Frozen: every mock starts from it without checking it again (its test checks it once).
 */
export const demoSeed: Fixture = deepFreeze(buildDemoSeed());
