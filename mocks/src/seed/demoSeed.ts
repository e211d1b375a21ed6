import { secretChecksum } from "@tessera/sdk";
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

/** Acme (teams) with Ada (admin) and Grace (developer); Solo Ltd (solo) with Sol (admin). */
export const demoSeed: Fixture = {
  organizations: [
    {
      id: "org_acme",
      name: "Acme",
      plan: "teams",
      balance: 1250.5,
      maxTokenLifetimeDays: null,
      createdAt: "2024-03-01T09:00:00.000Z",
    },
    {
      id: "org_solo",
      name: "Solo Ltd",
      plan: "solo",
      balance: 42,
      maxTokenLifetimeDays: 365,
      createdAt: "2025-06-15T12:00:00.000Z",
    },
  ],
  users: [
    {
      id: "usr_ada",
      email: "ada@acme.test",
      password: DEMO.password,
      firstName: "Ada",
      lastName: "Lovelace",
      receiveReports: "weekly",
      memberships: [{ organizationId: "org_acme", role: "admin" }],
    },
    {
      id: "usr_grace",
      email: "grace@acme.test",
      password: DEMO.password,
      firstName: "Grace",
      lastName: "Hopper",
      receiveReports: "daily",
      memberships: [{ organizationId: "org_acme", role: "developer" }],
    },
    {
      id: "usr_sol",
      email: "sol@solo.test",
      password: DEMO.password,
      firstName: "Sol",
      lastName: "Park",
      emailIsVerified: false,
      receiveReports: "never",
      memberships: [{ organizationId: "org_solo", role: "admin" }],
    },
  ],
  resources: [
    { id: "zone_acme01", type: "zones", name: "acme.test", organizationId: "org_acme" },
    { id: "zone_acme02", type: "zones", name: "staging.acme.test", organizationId: "org_acme" },
    { id: "zone_acme03", type: "zones", name: "internal.acme.test", organizationId: "org_acme" },
    { id: "dom_acme01", type: "domains", name: "acme.test", organizationId: "org_acme" },
    { id: "dom_acme02", type: "domains", name: "acme-cdn.test", organizationId: "org_acme" },
    { id: "cert_acme01", type: "certificates", name: "*.acme.test", organizationId: "org_acme" },
    { id: "cert_acme02", type: "certificates", name: "api.acme.test", organizationId: "org_acme" },
    { id: "zone_solo01", type: "zones", name: "solo.test", organizationId: "org_solo" },
    { id: "dom_solo01", type: "domains", name: "solo.test", organizationId: "org_solo" },
    { id: "cert_solo01", type: "certificates", name: "www.solo.test", organizationId: "org_solo" },
  ],
  tokens: [
    {
      id: DEMO.tokens.acmeLegacy.id,
      type: "organization",
      legacy: true,
      organizationId: "org_acme",
      createdBy: "usr_ada",
      label: "Legacy API key",
      secret: DEMO.tokens.acmeLegacy.secret,
      createdAt: "2024-03-02T10:00:00.000Z",
    },
    {
      id: DEMO.tokens.soloLegacy.id,
      type: "organization",
      legacy: true,
      organizationId: "org_solo",
      createdBy: "usr_sol",
      label: "Legacy API key",
      secret: DEMO.tokens.soloLegacy.secret,
      createdAt: "2025-06-16T10:00:00.000Z",
    },
    {
      id: DEMO.tokens.acme.id,
      type: "organization",
      role: "developer",
      organizationId: "org_acme",
      createdBy: "usr_ada",
      label: "CI pipeline",
      description: "Deploys from the main branch",
      secret: DEMO.tokens.acme.secret,
      createdAt: "2026-01-10T08:00:00.000Z",
    },
    {
      id: DEMO.tokens.solo.id,
      type: "organization",
      role: "admin",
      organizationId: "org_solo",
      createdBy: "usr_sol",
      label: "Backup script",
      secret: DEMO.tokens.solo.secret,
      createdAt: "2026-02-01T08:00:00.000Z",
    },
    {
      id: DEMO.tokens.ada.id,
      type: "personal",
      organizationId: "org_acme",
      createdBy: "usr_ada",
      label: "Ada's laptop",
      secret: DEMO.tokens.ada.secret,
      createdAt: "2026-03-01T08:00:00.000Z",
    },
    {
      id: DEMO.tokens.grace.id,
      type: "personal",
      organizationId: "org_acme",
      createdBy: "usr_grace",
      label: "Grace's DNS scripts",
      scopes: [
        { resource: "tokens", access: "write" },
        { resource: "zones", access: "write" },
        { resource: "domains", access: "read" },
      ],
      sensitiveData: "hidden",
      secret: DEMO.tokens.grace.secret,
      createdAt: "2026-03-02T08:00:00.000Z",
    },
    {
      id: DEMO.tokens.sol.id,
      type: "personal",
      organizationId: "org_solo",
      createdBy: "usr_sol",
      label: "Sol's laptop",
      secret: DEMO.tokens.sol.secret,
      createdAt: "2026-03-03T08:00:00.000Z",
    },
  ],
};
