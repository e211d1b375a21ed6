import { DEMO } from "@tessera/mock";

/**
 * The principals the scenarios act as, by the names they use. The defaults are the demo seed's
 * (`@tessera/mock`'s `demoSeed`): Acme (teams plan) with admin Ada and developer Grace, and Solo Ltd
 * (solo plan) with Sol.
 */
export interface PrincipalsConfig {
  /** The password of every configured user (default: the demo password). */
  password?: string;
  /** Emails by role: an admin and a developer of one organization, and a user of another on another plan. */
  users?: { admin?: string; developer?: string; otherOrganization?: string };
}

export const DEFAULT_PRINCIPALS: Required<PrincipalsConfig> & { users: Required<PrincipalsConfig["users"]> } =
  {
    password: DEMO.password,
    users: {
      admin: DEMO.users.ada.email,
      developer: DEMO.users.grace.email,
      otherOrganization: DEMO.users.sol.email,
    },
  };

type Fetch = (request: Request) => Promise<Response>;
interface Seen {
  email: string;
  organization?: { id: string; plan: string; role: string };
}

/**
 * Checks, through the API, that the configured principals are what the scenarios need: each can
 * log in (A5) and `GET /v1/requester` (Q1) shows the admin and the developer in one organization and
 * the third user in another on a different plan. Each session is logged out afterwards (A6).
 * Returns the problems found, empty when all is well.
 */
export async function checkPrincipals(baseUrl: string, fetch: Fetch, config: PrincipalsConfig = {}) {
  const password = config.password ?? DEFAULT_PRINCIPALS.password;
  const users = { ...DEFAULT_PRINCIPALS.users, ...config.users };
  const problems: string[] = [];
  const seen: Record<string, Seen> = {};
  for (const [role, email] of Object.entries(users)) {
    const login = await fetch(
      new Request(`${baseUrl}/v1/auth/login`, {
        method: "POST",
        headers: { authorization: `Basic ${btoa(`${email}:${password}`)}` },
      }),
    );
    if (login.status !== 201) {
      problems.push(`${role} ${email}: POST /v1/auth/login answered ${login.status}, expected 201 (A5)`);
      continue;
    }
    const { value } = (await login.json().catch(() => ({}))) as { value?: string };
    const auth = { authorization: `Bearer ${value}` };
    const requester = await fetch(new Request(`${baseUrl}/v1/requester`, { headers: auth }));
    const body = (await requester.json().catch(() => ({}))) as {
      organizations?: { id: string; plan: string; role: string }[];
    };
    if (requester.status !== 200 || !body.organizations?.[0]) {
      problems.push(
        `${role} ${email}: GET /v1/requester answered ${requester.status} without organizations (Q1)`,
      );
    }
    seen[role] = { email, ...(body.organizations?.[0] ? { organization: body.organizations[0] } : {}) };
    await fetch(new Request(`${baseUrl}/v1/auth/logout`, { method: "POST", headers: auth }));
  }
  const { admin, developer, otherOrganization } = seen;
  if (admin?.organization && admin.organization.role !== "admin")
    problems.push(`${admin.email} is not an admin`);
  if (developer?.organization && developer.organization.role !== "developer") {
    problems.push(`${developer.email} is not a developer`);
  }
  if (admin?.organization && developer?.organization && admin.organization.id !== developer.organization.id) {
    problems.push(`the admin and the developer must be members of one organization`);
  }
  if (admin?.organization && otherOrganization?.organization) {
    if (otherOrganization.organization.id === admin.organization.id) {
      problems.push(`${otherOrganization.email} must be in another organization than the admin`);
    } else if (otherOrganization.organization.plan === admin.organization.plan) {
      problems.push(`the two organizations must be on different plans (S3)`);
    }
  }
  return problems;
}
