import { DEMO } from "@tessera/mock";

/**
 * One configured user: an API token of theirs, or their email and password, or both. With only a
 * token, every rule that does not need a password login runs; the others are skipped, saying so.
 */
export interface PrincipalConfig {
  /** Their login email (case-insensitive). Needed, with `password`, to log in (A5, A6, A7, sessions). */
  email?: string;
  /** Their password (default: the file's top-level `password`). */
  password?: string;
  /**
   * One of their API tokens (`tsr_pat_...`): personal, of this user, in the organization the
   * scenarios use, with `tokens:write` (the kit creates its own tokens with it).
   */
  token?: string;
}

/**
 * The principals file (`--principals`, or `principals` in the programmatic API): who the scenarios
 * act as. The kit discovers everything else through the API (ids, names, organizations, plans,
 * policies, zones) and creates the tokens it needs.
 *
 * @example
 * {
 *   "password": "…",
 *   "users": {
 *     "admin": "ops-admin@example.com",
 *     "developer": { "email": "dev@example.com", "token": "tsr_pat_…" },
 *     "otherOrganization": { "token": "tsr_pat_…" }
 *   },
 *   "legacyKey": "0123456789abcdef0123456789abcdef"
 * }
 */
export interface PrincipalsConfig {
  /** The password of every user given by email alone (or without a password of their own). */
  password?: string;
  /**
   * By role: an `admin` and a `developer` of one organization (not on the `solo` plan), and a user
   * of another organization on another plan (`otherOrganization`; the S3 rule needs it on `solo`).
   * Each is an email (with the top-level `password`) or a {@link PrincipalConfig}. A role left out
   * is the demo seed's user of that role.
   */
  users?: {
    admin?: string | PrincipalConfig;
    developer?: string | PrincipalConfig;
    otherOrganization?: string | PrincipalConfig;
  };
  /**
   * A legacy key of the admin's organization (T17, P6): they cannot be created through the API.
   * Without one, the kit seeds one where the target offers the control API (`POST /__mock/seed`),
   * and otherwise skips the scenarios that need one, saying so.
   */
  legacyKey?: string;
}

/** The principals file refused: `problems` names each field that is wrong. */
export class PrincipalsConfigError extends Error {
  override readonly name = "PrincipalsConfigError";
  constructor(readonly problems: string[]) {
    super(`the principals configuration is invalid:\n- ${problems.join("\n- ")}`);
  }
}

export const ROLES = ["admin", "developer", "otherOrganization"] as const;
export type Role = (typeof ROLES)[number];

/** One principal, as the kit uses it. */
export interface ResolvedPrincipal {
  email?: string;
  password?: string;
  token?: string;
}
/** The configuration with every default applied. */
export interface ResolvedPrincipals {
  users: Record<Role, ResolvedPrincipal>;
  legacyKey?: string;
}

/** The demo seed's users (`@tessera/mock`'s `demoSeed`): Acme (teams) with Ada and Grace, Solo Ltd (solo) with Sol. */
export const DEFAULT_PRINCIPALS = {
  password: DEMO.password,
  users: {
    admin: { email: DEMO.users.ada.email, token: DEMO.tokens.ada.secret },
    developer: { email: DEMO.users.grace.email, token: DEMO.tokens.grace.secret },
    otherOrganization: { email: DEMO.users.sol.email, token: DEMO.tokens.sol.secret },
  },
  legacyKey: DEMO.tokens.acmeLegacy.secret,
} as const satisfies PrincipalsConfig;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown) => typeof value === "string" && value.trim() !== "";
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Checks a principals file (parsed JSON) and returns it typed, or throws a
 * {@link PrincipalsConfigError} naming every problem (unknown fields, wrong types, a user with
 * neither a token nor an email and password).
 */
export function parsePrincipalsConfig(value: unknown): PrincipalsConfig {
  const problems: string[] = [];
  if (!isObject(value)) throw new PrincipalsConfigError(["the file must hold a JSON object"]);
  for (const key of Object.keys(value)) {
    if (!["password", "users", "legacyKey"].includes(key))
      problems.push(`${key}: unknown field (expected password, users, legacyKey)`);
  }
  if (value.password !== undefined && !nonEmpty(value.password))
    problems.push("password: must be a non-empty string");
  if (
    value.legacyKey !== undefined &&
    !(typeof value.legacyKey === "string" && /^\S+$/.test(value.legacyKey))
  )
    problems.push("legacyKey: must be the legacy key's secret, a string without spaces");
  const users = value.users;
  if (users !== undefined && !isObject(users)) problems.push("users: must be an object");
  if (isObject(users)) {
    for (const [role, user] of Object.entries(users)) {
      const at = `users.${role}`;
      if (!(ROLES as readonly string[]).includes(role)) {
        problems.push(`${at}: unknown role (expected ${ROLES.join(", ")})`);
        continue;
      }
      if (typeof user === "string") {
        if (!EMAIL.test(user)) problems.push(`${at}: "${user}" is not an email`);
        else if (value.password === undefined)
          problems.push(`${at}: an email alone needs the top-level "password"`);
        continue;
      }
      if (!isObject(user)) {
        problems.push(`${at}: must be an email or an object { email, password, token }`);
        continue;
      }
      for (const key of Object.keys(user)) {
        if (!["email", "password", "token"].includes(key))
          problems.push(`${at}.${key}: unknown field (expected email, password, token)`);
      }
      if (user.email !== undefined && !(typeof user.email === "string" && EMAIL.test(user.email)))
        problems.push(`${at}.email: must be an email`);
      if (user.password !== undefined && !nonEmpty(user.password))
        problems.push(`${at}.password: must be a non-empty string`);
      if (user.token !== undefined && !(typeof user.token === "string" && /^\S+$/.test(user.token)))
        problems.push(`${at}.token: must be a token secret, a string without spaces`);
      const password = user.password ?? value.password;
      if (user.token === undefined && (user.email === undefined || password === undefined))
        problems.push(`${at}: give a "token", or an "email" and a "password" (or both)`);
      if (user.password !== undefined && user.email === undefined)
        problems.push(`${at}.password: needs the "email" it logs in with`);
    }
  }
  if (problems.length > 0) throw new PrincipalsConfigError(problems);
  return value as PrincipalsConfig;
}

/**
 * The configuration with its defaults: without one, the demo seed's users (with their demo tokens)
 * and legacy key; a role left out is the demo seed's user of that role.
 */
export function resolvePrincipals(config?: PrincipalsConfig): ResolvedPrincipals {
  const given = config ?? DEFAULT_PRINCIPALS;
  const parsed = parsePrincipalsConfig(given);
  const users = {} as Record<Role, ResolvedPrincipal>;
  for (const role of ROLES) {
    const user = parsed.users?.[role] ?? {
      ...DEFAULT_PRINCIPALS.users[role],
      password: DEFAULT_PRINCIPALS.password,
    };
    const entry = typeof user === "string" ? { email: user } : user;
    const password = entry.password ?? (entry.email !== undefined ? parsed.password : undefined);
    users[role] = {
      ...(entry.email !== undefined ? { email: entry.email } : {}),
      ...(password !== undefined ? { password } : {}),
      ...(entry.token !== undefined ? { token: entry.token } : {}),
    };
  }
  return { users, ...(parsed.legacyKey !== undefined ? { legacyKey: parsed.legacyKey } : {}) };
}

type Fetch = (request: Request) => Promise<Response>;

/** What `GET /v1/requester` answers for a user (the fields the kit reads). */
export interface RequesterView {
  kind: "user" | "organization";
  id: string;
  name: string;
  email: string | null;
  emailIsVerified: boolean;
  firstName: string;
  lastName: string;
  receiveReports: string;
  organization: {
    id: string;
    name: string;
    plan: "solo" | "teams" | "enterprise";
    balance: number | null;
    role: "admin" | "developer";
    createdAt: string;
    policy: {
      maxTokenLifetimeDays: number | null;
      revokeAfterInactiveDays: number | null;
      requireAllowedIps: boolean;
    };
  };
  credential: {
    id: string;
    kind: string;
    label: string | null;
    scopes: { resource: string; access: string; resourceIds?: string[] }[];
    sensitiveData: "visible" | "hidden";
    expiresAt: string | null;
    allowedIps: string[] | null;
    notBefore: string | null;
  };
}

const describeRole: Record<Role, string> = {
  admin: "admin",
  developer: "developer",
  otherOrganization: "otherOrganization",
};

/** Logs in (A5) and returns the session's secret, or a problem. */
export async function logIn(
  baseUrl: string,
  fetch: Fetch,
  email: string,
  password: string,
): Promise<{ secret: string } | { problem: string }> {
  const login = await fetch(
    new Request(`${baseUrl}/v1/auth/login`, {
      method: "POST",
      headers: { authorization: `Basic ${btoa(`${email}:${password}`)}` },
    }),
  );
  if (login.status !== 201)
    return { problem: `POST /v1/auth/login answered ${login.status}, expected 201 (A5)` };
  const { value } = (await login.json().catch(() => ({}))) as { value?: string };
  return value ? { secret: value } : { problem: "POST /v1/auth/login answered 201 without a session value" };
}

/** `GET /v1/requester` as `secret` (Q1), or a problem. */
export async function requesterOf(
  baseUrl: string,
  fetch: Fetch,
  secret: string,
): Promise<{ view: RequesterView } | { problem: string }> {
  const response = await fetch(
    new Request(`${baseUrl}/v1/requester`, { headers: { authorization: `Bearer ${secret}` } }),
  );
  const body = (await response.json().catch(() => ({}))) as Partial<RequesterView>;
  if (response.status !== 200 || !body.organization || !body.credential)
    return { problem: `GET /v1/requester answered ${response.status} without an organization (Q1)` };
  if (body.kind !== "user")
    return { problem: `the token is not a user's (GET /v1/requester: kind ${body.kind})` };
  return { view: body as RequesterView };
}

/**
 * Checks, through the API, that the configured principals are what the scenarios need: each can
 * log in (A5) or call with its token, and `GET /v1/requester` (Q1) shows the admin and the
 * developer in one organization (not on the solo plan, with the default policy) and the third user
 * in another on a different plan. Sessions are logged out afterwards (A6). Returns the problems
 * found, empty when all is well.
 */
export async function checkPrincipals(baseUrl: string, fetch: Fetch, config?: PrincipalsConfig) {
  const { users } = resolvePrincipals(config);
  const problems: string[] = [];
  const seen: Partial<Record<Role, { label: string; view: RequesterView }>> = {};
  for (const role of ROLES) {
    const user = users[role];
    const label = user.email ?? `the ${describeRole[role]}'s token`;
    let tokenView: RequesterView | undefined;
    if (user.token) {
      const found = await requesterOf(baseUrl, fetch, user.token);
      if ("problem" in found) problems.push(`${role} (token ${user.token.slice(0, 12)}…): ${found.problem}`);
      else tokenView = found.view;
    }
    let sessionView: RequesterView | undefined;
    if (user.email && user.password) {
      const session = await logIn(baseUrl, fetch, user.email, user.password);
      if ("problem" in session) problems.push(`${role} ${user.email}: ${session.problem}`);
      else {
        const found = await requesterOf(baseUrl, fetch, session.secret);
        if ("problem" in found) problems.push(`${role} ${user.email}: ${found.problem}`);
        else sessionView = found.view;
        await fetch(
          new Request(`${baseUrl}/v1/auth/logout`, {
            method: "POST",
            headers: { authorization: `Bearer ${session.secret}` },
          }),
        );
      }
    }
    if (tokenView && sessionView && tokenView.id !== sessionView.id)
      problems.push(`${role}: the token is ${tokenView.id}'s, but ${user.email} is ${sessionView.id}`);
    if (tokenView && tokenView.credential.kind !== "personal")
      problems.push(`${role}: the token must be a personal token (it is ${tokenView.credential.kind})`);
    const view = sessionView ?? tokenView;
    if (view) seen[role] = { label, view };
  }
  const { admin, developer, otherOrganization } = seen;
  if (admin && admin.view.organization.role !== "admin") problems.push(`${admin.label} is not an admin`);
  if (developer && developer.view.organization.role !== "developer")
    problems.push(`${developer.label} is not a developer`);
  if (admin && developer && admin.view.organization.id !== developer.view.organization.id)
    problems.push("the admin and the developer must be members of one organization");
  if (admin && admin.view.organization.plan === "solo")
    problems.push(`the admin's organization ${admin.view.organization.id} must not be on the solo plan (S3)`);
  if (admin) {
    const { policy } = admin.view.organization;
    if (
      policy.maxTokenLifetimeDays !== null ||
      policy.revokeAfterInactiveDays !== null ||
      policy.requireAllowedIps
    )
      problems.push(
        `the admin's organization ${admin.view.organization.id} must have the default policy (no lifetime cap, no inactivity revocation, no required allowedIps; P5): it has ${JSON.stringify(policy)}`,
      );
  }
  if (admin && otherOrganization) {
    if (otherOrganization.view.organization.id === admin.view.organization.id)
      problems.push(`${otherOrganization.label} must be in another organization than the admin`);
    else if (otherOrganization.view.organization.plan === admin.view.organization.plan)
      problems.push("the two organizations must be on different plans (S3)");
  }
  return problems;
}
