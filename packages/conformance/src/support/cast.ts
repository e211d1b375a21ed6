/**
 * Who the scenarios act as, discovered through the API of each target from the configured
 * principals (packages/conformance/src/runner/principals.ts; by default the demo seed's users):
 * their ids, names, organizations, plans, and a working token each, created through the API when
 * the configured one is not what the scenarios need. Nothing here knows the demo seed's values.
 */
import type { ScopeGrant } from "@tessera/sdk";
import {
  logIn,
  type RequesterView,
  type ResolvedPrincipal,
  type ResolvedPrincipals,
  type Role,
  requesterOf,
  resolvePrincipals,
} from "../runner/principals.js";
import { offersControlApi, requireControl } from "../target/controlClient.js";
import { Unavailable } from "../target/Unavailable.js";
import type { Target } from "./target.js";

/** The three principals by the names the scenarios use. */
export type Who = "admin" | "developer" | "other";
const ROLE: Record<Who, Role> = { admin: "admin", developer: "developer", other: "otherOrganization" };
const CALLED: Record<Who, string> = {
  admin: "the admin",
  developer: "the developer",
  other: "the user of the other organization",
};

export const FULL_ACCESS: ScopeGrant[] = [{ resource: "*", access: "write" }];
/** The developer's working token: what a developer's DNS scripts hold. */
export const DEVELOPER_SCOPES: ScopeGrant[] = [
  { resource: "tokens", access: "write" },
  { resource: "zones", access: "write" },
  { resource: "domains", access: "read" },
];

/** The token each principal acts with in the scenarios (personal, never expiring, unrestricted). */
const WORKING: Record<Who, { scopes: ScopeGrant[]; sensitiveData: "visible" | "hidden"; never: boolean }> = {
  // Full access, sensitive data visible.
  admin: { scopes: FULL_ACCESS, sensitiveData: "visible", never: true },
  // tokens:write, zones:write, domains:read; sensitive data hidden (Q2, H1).
  developer: { scopes: DEVELOPER_SCOPES, sensitiveData: "hidden", never: true },
  // Full access (the other organization may be on the solo plan, S3, and cap lifetimes, T13).
  other: { scopes: FULL_ACCESS, sensitiveData: "visible", never: false },
};

/** A token the scenarios hold: its id, secret and label. */
export interface HeldToken {
  id: string;
  secret: string;
  label: string | null;
}

/** One principal as a scenario sees it. */
export interface Principal {
  who: Who;
  userId: string;
  /** Display name (`firstName lastName`). */
  name: string;
  firstName: string;
  lastName: string;
  emailIsVerified: boolean;
  receiveReports: string;
  /** Their organization as their working token sees it (balance null for the developer's hidden token). */
  organization: RequesterView["organization"];
  /** The personal token they act with (see WORKING), configured or created through the API. */
  token: HeldToken;
  /** Their email, when the configuration gives it or a visible token shows it. */
  knownEmail: string | null;
  /** Their email and password, when configured. */
  credentials: { email: string; password: string } | null;
}

/** What one scenario knows of its principals, and what it can obtain on demand. */
export interface Cast {
  admin: Principal;
  developer: Principal;
  other: Principal;
  /** The admin's organization (as the admin sees it, balance included). */
  organization: RequesterView["organization"];
  /** Their email; skips the scenario (with the reason) when it is not known. */
  email(who: Who): string;
  /** Their email and password; skips the scenario (with the reason) when only a token is configured. */
  login(who: Who): { email: string; password: string };
  /** A new session of theirs (POST /v1/auth/login); skips the scenario when only a token is configured. */
  session(who: Who): Promise<string>;
  /**
   * A member's email to fail a login with (a wrong password: A5, Q2, T16), and what to do once it
   * has failed. Where the scenario has a state of its own (the control API), the email of the
   * first of `whom` whose email is known, and nothing to do. On a shared server every failure
   * counts toward locking that real user's email (five in 15 minutes, A5), so only a user whose
   * password is configured is used, and `settle` logs in as them and out again, which clears the
   * failure (A5: a successful login clears the email's failures). Without such a user the
   * scenario is skipped, with the reason, before it sends anything.
   */
  failingLogin(whom: readonly Who[], purpose: string): { email: string; settle: () => Promise<void> };
  /** An organization token of the admin's organization, developer role, full access, visible (created once). */
  organizationToken(): Promise<HeldToken>;
  /** A legacy key of the admin's organization (configured, or seeded through the control API); skips without. */
  legacyKey(): Promise<HeldToken>;
  /**
   * A legacy key the scenario may rotate away (T11, T17): only where the scenario has a state of
   * its own (the control API); on a shared server the configured one would be gone for the other
   * scenarios and later runs, so the scenario is skipped, saying so.
   */
  legacyKeyToRotate(): Promise<HeldToken>;
  /** The legacy key when there can be one, `undefined` otherwise (for scenarios that check it in passing). */
  legacyKeyIfAny(): Promise<HeldToken | undefined>;
  /** The selectable resources of `who`'s organization, newest first, as their working token lists them. */
  resources(
    type: "zones" | "domains" | "certificates",
    who?: "admin" | "other",
  ): Promise<{ id: string; name: string }[]>;
  /**
   * The address the server sees the kit's requests come from, as it reports it: the `lastUsedIp`
   * of the admin's working token after the kit's own first calls with it (T14). Never assumed (the
   * kit may reach the server through a proxy, from another machine); a skip when it is not reported.
   */
  address(): Promise<string>;
  /** At least `count` resources of that type, or a skip naming what is missing. */
  someResources(
    type: "zones" | "domains" | "certificates",
    count: number,
    who?: "admin" | "other",
  ): Promise<{ id: string; name: string }[]>;
}

/**
 * Seeds a new member of `organizationId` through the control API (the scenario is skipped without
 * it), with an id, email and password of its own that the scenario knows.
 */
export async function seedMember(
  t: Target,
  organizationId: string,
  role: "admin" | "developer",
  name: string,
) {
  const tag = random(10, "0123456789abcdefghijklmnopqrstuvwxyz");
  const member = {
    id: `usr_c${tag}`,
    email: `conformance-${tag}@example.test`,
    password: `conformance-${tag}`,
  };
  const [firstName = name, lastName = ""] = name.split(" ");
  await t.control.seed({
    users: [{ ...member, firstName, lastName, memberships: [{ organizationId, role }] }],
  });
  return member;
}

const prepared = new WeakMap<Target, Cast>();

/** The cast of a target that {@link withCast} prepared. */
export function castOf(t: Target): Cast {
  const cast = prepared.get(t);
  if (!cast) throw new Error("[tessera-conformance] castOf(t) on a target that withCast() did not prepare");
  return cast;
}

/**
 * Wraps a scenario group's `makeTarget` so that each target comes with its cast (see {@link castOf}):
 * the principals of `t.principals` (default: the demo seed's) discovered through `t` itself. When
 * the target cannot show them, the scenarios that use the cast fail with that reason, and the
 * others (A1, or one that first needs what the target does not offer) still run.
 */
export function withCast(makeTarget: () => Promise<Target> | Target): () => Promise<Target> {
  return async () => {
    const t = await makeTarget();
    if (!prepared.has(t)) {
      const cast = await discover(t, resolvePrincipals(t.principals)).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        const unusable = () => {
          throw new Error(`the principals could not be set up through the API: ${reason}`);
        };
        // Not a thenable (`then` is looked up when a promise resolves to it): any other use throws.
        return new Proxy({} as Cast, { get: (_, key) => (key === "then" ? undefined : unusable()) });
      });
      prepared.set(t, cast);
    }
    return t;
  };
}

async function call(t: Target, method: string, path: string, secret: string, body?: unknown) {
  const response = await t.fetch(
    new Request(`${t.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${secret}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json: json as Record<string, unknown> | undefined, text };
}

const sameScopes = (a: unknown, b: ScopeGrant[]) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a configured token is what the scenarios act with, as it is. */
function fits(view: RequesterView, who: Who): boolean {
  const want = WORKING[who];
  const c = view.credential;
  return (
    c.kind === "personal" &&
    sameScopes(c.scopes, want.scopes) &&
    c.sensitiveData === want.sensitiveData &&
    c.allowedIps === null &&
    c.notBefore === null &&
    (!want.never || c.expiresAt === null)
  );
}

async function principal(t: Target, who: Who, user: ResolvedPrincipal): Promise<Principal> {
  const problem = (what: string) => new Error(`[tessera-conformance] principals: ${CALLED[who]}: ${what}`);
  let secret: string | undefined;
  let view: RequesterView | undefined;
  if (user.token) {
    const found = await requesterOf(t.baseUrl, t.fetch, user.token);
    if ("problem" in found) throw problem(found.problem);
    if (fits(found.view, who)) [secret, view] = [user.token, found.view];
  }
  if (!secret) {
    // Create the working token with the configured token, or with a session of the configured user.
    let creator = user.token;
    let session: string | undefined;
    if (!creator && user.email && user.password) {
      const login = await logIn(t.baseUrl, t.fetch, user.email, user.password);
      if ("problem" in login) throw problem(`${user.email}: ${login.problem}`);
      creator = session = login.secret;
    }
    if (!creator) throw problem("configure a token, or an email and a password");
    const want = WORKING[who];
    const created = await call(t, "POST", "/v1/tokens", creator, {
      label: `tessera-conformance ${who}`,
      type: "personal",
      scopes: want.scopes,
      sensitiveData: want.sensitiveData,
      ...(want.never ? { expiresAt: null } : {}),
    });
    if (session) await call(t, "POST", "/v1/auth/logout", session);
    if (created.status !== 201)
      throw problem(
        `cannot create the token the scenarios act with (${JSON.stringify(want.scopes)}, ${want.sensitiveData}): POST /v1/tokens answered ${created.status} ${created.text.slice(0, 300)}`,
      );
    secret = (created.json as { secret: string }).secret;
    const found = await requesterOf(t.baseUrl, t.fetch, secret);
    if ("problem" in found) throw problem(found.problem);
    view = found.view;
  }
  if (!view) throw problem("no requester");
  const credentials = user.email && user.password ? { email: user.email, password: user.password } : null;
  return {
    who,
    userId: view.id,
    name: view.name,
    firstName: view.firstName,
    lastName: view.lastName,
    emailIsVerified: view.emailIsVerified,
    receiveReports: view.receiveReports,
    organization: view.organization,
    token: { id: view.credential.id, secret, label: view.credential.label },
    knownEmail: user.email ?? view.email ?? null,
    credentials,
  };
}

/** A random suffix for what the kit seeds, so that nothing it seeds collides with what is there. */
const random = (
  length: number,
  alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
) =>
  Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => alphabet[b % alphabet.length]).join("");

async function discover(t: Target, config: ResolvedPrincipals): Promise<Cast> {
  const admin = await principal(t, "admin", config.users.admin);
  const developer = await principal(t, "developer", config.users.developer);
  const other = await principal(t, "other", config.users.otherOrganization);
  const principals = { admin, developer, other };
  const once = <T>(make: () => Promise<T>) => {
    let promise: Promise<T> | undefined;
    return () => {
      promise ??= make();
      return promise;
    };
  };
  const email = (who: Who) => {
    const known = principals[who].knownEmail;
    if (!known)
      throw new Unavailable(
        `needs the email of ${CALLED[who]}, which the principals file does not give (users.${ROLE[who]}.email) and their token hides`,
      );
    return known;
  };
  const login = (who: Who) => {
    const credentials = principals[who].credentials;
    if (!credentials)
      throw new Unavailable(
        `needs to log in as ${CALLED[who]} (POST /v1/auth/login), and the principals file gives them as a token, without email and password (users.${ROLE[who]})`,
      );
    return credentials;
  };
  const legacyKey = once(async (): Promise<HeldToken> => {
    if (config.legacyKey) {
      const current = await call(t, "GET", "/v1/tokens/current", config.legacyKey);
      const c = current.json as
        | { id?: string; kind?: string; label?: string; organizationId?: string }
        | undefined;
      if (current.status !== 200 || c?.kind !== "legacy" || c.organizationId !== admin.organization.id)
        throw new Error(
          `[tessera-conformance] principals: legacyKey is not a live legacy key of ${admin.organization.id} (GET /v1/tokens/current answered ${current.status} ${current.text.slice(0, 200)})`,
        );
      return { id: c.id ?? "", secret: config.legacyKey, label: c.label ?? null };
    }
    const key = { id: `tok_${random(16)}`, secret: random(32, "0123456789abcdef"), label: "Legacy API key" };
    try {
      await t.control.seed({
        tokens: [
          {
            id: key.id,
            type: "organization",
            legacy: true,
            organizationId: admin.organization.id,
            createdBy: admin.userId,
            label: key.label,
            secret: key.secret,
          },
        ],
      });
    } catch (error) {
      if (!(error instanceof Unavailable)) throw error;
      throw new Unavailable(
        `needs a legacy key of ${admin.organization.id}: the principals file gives none ("legacyKey"; they cannot be created through the API, T17), and the control API cannot seed one: ${error.message}`,
      );
    }
    return key;
  });
  const resources = async (type: "zones" | "domains" | "certificates", who: "admin" | "other" = "admin") => {
    const all: { id: string; name: string }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=100&cursor=${encodeURIComponent(cursor)}` : "?limit=100";
      const page = await call(t, "GET", `/v1/scopes/${type}/resources${query}`, principals[who].token.secret);
      if (page.status !== 200)
        throw new Error(`[tessera-conformance] GET /v1/scopes/${type}/resources answered ${page.status}`);
      const body = page.json as { data: { id: string; name: string }[]; nextCursor: string | null };
      all.push(...body.data.map(({ id, name }) => ({ id, name })));
      cursor = body.nextCursor;
    } while (cursor);
    return all;
  };
  return {
    ...principals,
    organization: admin.organization,
    email,
    login,
    session: async (who) => {
      const { email: address, password } = login(who);
      const session = await logIn(t.baseUrl, t.fetch, address, password);
      if ("problem" in session) throw new Error(`${address}: ${session.problem}`);
      return session.secret;
    },
    failingLogin: (whom, purpose) => {
      if (offersControlApi(t.control)) {
        const who = whom.find((w) => principals[w].knownEmail) ?? whom[0] ?? "admin";
        return { email: email(who), settle: async () => undefined };
      }
      const who = whom.find((w) => principals[w].credentials);
      const credentials = who ? principals[who].credentials : null;
      if (!credentials)
        throw new Unavailable(
          `needs a login with a wrong password as ${whom.map((w) => CALLED[w]).join(" or ")} ${purpose}, and one with the right password afterwards to clear the failure; the principals file gives no password for them (${whom.map((w) => `users.${ROLE[w]}.password`).join(", ")}), and without the control API (X-Mock-Session, spec/control.yaml) ${t.baseUrl} keeps counting: the failure would count toward locking a real user's email for 15 minutes (A5), with nothing to clear it`,
        );
      return {
        email: credentials.email,
        settle: async () => {
          const session = await logIn(t.baseUrl, t.fetch, credentials.email, credentials.password);
          if ("problem" in session)
            throw new Error(
              `[tessera-conformance] ${credentials.email}: logging in to clear the failed login: ${session.problem}`,
            );
          await call(t, "POST", "/v1/auth/logout", session.secret);
        },
      };
    },
    organizationToken: once(async () => {
      const created = await call(t, "POST", "/v1/tokens", admin.token.secret, {
        label: "tessera-conformance CI",
        type: "organization",
        role: "developer",
        scopes: FULL_ACCESS,
        sensitiveData: "visible",
      });
      if (created.status !== 201)
        throw new Error(
          `[tessera-conformance] the admin cannot create an organization token: ${created.status}`,
        );
      const { token, secret } = created.json as { token: { id: string; label: string }; secret: string };
      return { id: token.id, secret, label: token.label };
    }),
    legacyKey,
    legacyKeyToRotate: async () => {
      if (config.legacyKey)
        requireControl(
          t.control,
          "X-Mock-Session",
          "to rotate a legacy key in a state of its own: on a shared server, rotating the configured legacyKey would end it for the other scenarios and for later runs (legacy keys cannot be created through the API, T17)",
        );
      return legacyKey();
    },
    legacyKeyIfAny: async () => {
      try {
        return await legacyKey();
      } catch (error) {
        if (error instanceof Unavailable) return undefined;
        throw error;
      }
    },
    resources,
    address: once(async () => {
      const seen = await call(t, "GET", `/v1/tokens/${admin.token.id}`, admin.token.secret);
      const ip = (seen.json as { lastUsedIp?: unknown } | undefined)?.lastUsedIp;
      if (seen.status !== 200)
        throw new Error(
          `[tessera-conformance] GET /v1/tokens/${admin.token.id} (the admin's own token) answered ${seen.status}`,
        );
      if (typeof ip !== "string" || ip === "")
        throw new Unavailable(
          `needs the address ${t.baseUrl} sees the kit at, and GET /v1/tokens/{id} reports no lastUsedIp for the admin's token after the kit used it (T14: "where known")`,
        );
      return ip;
    }),
    someResources: async (type, count, who = "admin") => {
      const found = await resources(type, who);
      if (found.length < count)
        throw new Unavailable(
          `needs ${count} ${type} in ${principals[who].organization.id}, which has ${found.length} (resources cannot be created through the API)`,
        );
      return found;
    },
  };
}
