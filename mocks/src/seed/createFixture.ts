import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { secretChecksum } from "@tessera/sdk";
import { devUtils } from "../handlers/devUtils.js";
import type { Role, SelectableResourceType } from "../store/records.js";
import type {
  Fixture,
  FixtureMembership,
  FixtureOrganization,
  FixtureResource,
  FixtureToken,
  FixtureUser,
} from "./fixture.js";

/** The password of every user a builder makes, unless given (the demo's, so one is enough to remember). */
export const FIXTURE_PASSWORD = "correct-horse-battery-staple";

/** A time as a fixture takes it. */
export type FixtureTime = Date | string;

/** Options of {@link createFixture}. */
export interface FixtureBuilderOptions {
  /**
   * Goes into every id, email and secret the builder makes (default `"fx"`): give two builders
   * different ones to seed both into one mock. 1 to 8 letters and digits.
   */
  namespace?: string;
}

/** What `fixture.organization()` takes: any field of an organization; the rest has defaults. */
export type OrganizationInput = Partial<FixtureOrganization>;

/** What `fixture.user()` takes: any field of a user, and where they are a member. */
export interface UserInput extends Partial<Omit<FixtureUser, "passwordHash" | "memberships">> {
  /** The organization to join (record or id; default the last one added); `null` for none. */
  organization?: FixtureOrganization | string | null;
  /** The role there (default `"developer"`). */
  role?: Role;
  /** Every membership at once, instead of `organization` and `role`. */
  memberships?: FixtureMembership[];
}

/** What `fixture.resource()` takes. */
export interface ResourceInput extends Partial<Omit<FixtureResource, "organizationId">> {
  /** The organization it belongs to (record or id; default the last one added). */
  organization?: FixtureOrganization | string;
}

/** What `fixture.token()` takes: any field of a token, its owner, and times as `Date`s or strings. */
export interface TokenInput
  extends Partial<
    Omit<FixtureToken, "secretHash" | "prefix" | "ownerUserId" | "createdAt" | "expiresAt" | "revokedAt">
  > {
  /** A personal token's owner (record or id; default the last user added), also its creator. */
  owner?: FixtureUser | string;
  /** The token's organization (record or id; default the owner's first, or the last one added). */
  organization?: FixtureOrganization | string;
  createdAt?: FixtureTime;
  /** When it stops working; `null` (the default) for never. */
  expiresAt?: FixtureTime | null;
  revokedAt?: FixtureTime | null;
}

/** A user as built: the `password` to log in with is always there. */
export type BuiltUser = FixtureUser & { password: string };
/** A token as built: the `secret` to call with is always there. */
export type BuiltToken = FixtureToken & { secret: string };

/** Builds one fixture from a few lines (see {@link createFixture}). */
export interface FixtureBuilder {
  /** Adds an organization (default: `teams` plan) and returns it. */
  organization(input?: OrganizationInput): FixtureOrganization;
  /** Adds a user, a member of the last organization added unless told otherwise, and returns it. */
  user(input?: UserInput): BuiltUser;
  /** Adds a zone (by default), domain or certificate and returns it. */
  resource(input?: ResourceInput): FixtureResource;
  /** Adds a token (personal, of the last user added, full access, by default) and returns it with its secret. */
  token(input?: TokenInput): BuiltToken;
  /** The fixture so far: pass it to `createMockApi({ seed })`, `api.seed()` or `/__mock/seed`. */
  build(): Fixture;
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `length` base62 characters derived from `seed`: the same seed, the same characters. */
function derivedBase62(seed: string, length: number): string {
  let out = "";
  for (let round = 0; out.length < length; round++) {
    for (const byte of sha256(utf8ToBytes(`${seed}#${round}`))) {
      if (byte < 248) out += BASE62[byte % 62]; // 248 = 4 x 62: no character more likely than another
    }
  }
  return out.slice(0, length);
}

/** A secret for a builder's token, derived from its id: `tsr_pat_`/`tsr_oat_` with a valid checksum, or legacy hex. */
function derivedSecret(tokenId: string, kind: "personal" | "organization" | "legacy"): string {
  if (kind === "legacy") return bytesToHex(sha256(utf8ToBytes(`tessera-fixture ${tokenId}`))).slice(0, 32);
  const body = `tsr_${kind === "personal" ? "pat" : "oat"}_${derivedBase62(`tessera-fixture ${tokenId}`, 30)}`;
  return body + secretChecksum(body);
}

const iso = (value: FixtureTime): string => (value instanceof Date ? value.toISOString() : value);
const isoOrNull = (value: FixtureTime | null): string | null => (value === null ? null : iso(value));
/** The fields given a value: one given as `undefined` is one not given, and its default applies. */
const defined = <T extends object>(input: T): T =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
const idOf = (value: { id: string } | string) => (typeof value === "string" ? value : value.id);
const misuse = (message: string) => new Error(devUtils.formatMessage(`fixture builder: ${message}`));
const RESOURCE_PREFIX: Record<SelectableResourceType, string> = {
  zones: "zone",
  domains: "dom",
  certificates: "cert",
};

/**
 * A fixture builder with deterministic defaults: the same calls give the same ids, emails and
 * secrets (with valid checksums), so a test can name them. Anything a record holds can be given;
 * the rest is filled in (`Organization 1` on the `teams` plan, `User 1` with password
 * {@link FIXTURE_PASSWORD}, a full-access personal token of the last user added, ...).
 *
 * @example
 * // An organization on the solo plan with a developer who already has 50 tokens (T4):
 * const fixture = createFixture();
 * fixture.organization({ plan: "solo" });
 * const dev = fixture.user({ role: "developer" });
 * const tokens = Array.from({ length: 50 }, () => fixture.token());
 * const api = createMockApi({ seed: fixture.build() });
 * // tokens[0].secret calls as the developer; a 51st create gets 409 token_limit_reached.
 */
export function createFixture(options: FixtureBuilderOptions = {}): FixtureBuilder {
  const ns = options.namespace ?? "fx";
  if (!/^[0-9A-Za-z]{1,8}$/.test(ns)) throw misuse(`namespace must be 1 to 8 letters and digits: ${ns}`);
  const organizations: FixtureOrganization[] = [];
  const users: BuiltUser[] = [];
  const resources: FixtureResource[] = [];
  const tokens: BuiltToken[] = [];
  const lastOrganization = (what: string) => {
    const last = organizations.at(-1);
    if (!last) throw misuse(`${what} needs an organization: add one with fixture.organization() first`);
    return last;
  };
  const builtUser = (id: string) => users.find((u) => u.id === id);

  return {
    organization(input = {}) {
      const n = organizations.length + 1;
      const organization: FixtureOrganization = {
        id: `org_${ns}${n}`,
        name: `Organization ${n}`,
        plan: "teams",
        ...defined(input),
      };
      organizations.push(organization);
      return organization;
    },
    user(input = {}) {
      const { organization, role, memberships, ...fields } = defined(input);
      const n = users.length + 1;
      const joins =
        memberships ??
        (organization === null
          ? []
          : [
              {
                organizationId: idOf(organization ?? lastOrganization("fixture.user()")),
                role: role ?? "developer",
              },
            ]);
      const user: BuiltUser = {
        id: `usr_${ns}${n}`,
        email: `user${n}@${ns.toLowerCase()}.fixture.test`,
        password: FIXTURE_PASSWORD,
        firstName: "User",
        lastName: `${n}`,
        ...fields,
        memberships: joins,
      };
      users.push(user);
      return user;
    },
    resource(input = {}) {
      const { organization, ...fields } = defined(input);
      const n = resources.length + 1;
      const type = fields.type ?? "zones";
      const resource: FixtureResource = {
        id: `${RESOURCE_PREFIX[type]}_${ns}${n}`,
        type,
        name: `${RESOURCE_PREFIX[type]}${n}.${ns.toLowerCase()}.test`,
        organizationId: idOf(organization ?? lastOrganization("fixture.resource()")),
        ...fields,
      };
      resources.push(resource);
      return resource;
    },
    token(input = {}) {
      const { owner, organization, createdAt, expiresAt, revokedAt, ...fields } = defined(input);
      const n = tokens.length + 1;
      const type = fields.type ?? "personal";
      const id = fields.id ?? `tok_${ns}${String(n).padStart(16 - ns.length, "0")}`;
      let organizationId: string;
      let createdBy: string;
      let ownerUserId: string | undefined;
      if (type === "personal") {
        const ownerUser = owner ?? users.at(-1);
        if (!ownerUser)
          throw misuse("a personal token needs an owner: add fixture.user() first, or give owner");
        ownerUserId = idOf(ownerUser);
        const joined = builtUser(ownerUserId)?.memberships?.[0]?.organizationId;
        const at = organization ? idOf(organization) : joined;
        if (!at) throw misuse(`give the organization of ${ownerUserId}'s token`);
        organizationId = at;
        createdBy = fields.createdBy ?? ownerUserId;
      } else {
        organizationId = idOf(organization ?? lastOrganization("an organization token"));
        const admin = users.find((u) =>
          u.memberships?.some((m) => m.organizationId === organizationId && m.role === "admin"),
        );
        const creator = fields.createdBy ?? admin?.id;
        if (!creator)
          throw misuse(
            `an organization token needs an admin of ${organizationId} (T2): add one, or give createdBy`,
          );
        createdBy = creator;
      }
      const token: BuiltToken = {
        id,
        type,
        organizationId,
        createdBy,
        label: `Token ${n}`,
        secret: derivedSecret(id, fields.legacy ? "legacy" : type),
        ...fields,
        ...(ownerUserId !== undefined && ownerUserId !== createdBy ? { ownerUserId } : {}),
        ...(createdAt !== undefined ? { createdAt: iso(createdAt) } : {}),
        ...(expiresAt !== undefined ? { expiresAt: isoOrNull(expiresAt) } : {}),
        ...(revokedAt !== undefined ? { revokedAt: isoOrNull(revokedAt) } : {}),
      };
      tokens.push(token);
      return token;
    },
    build: () => ({
      organizations: [...organizations],
      users: [...users],
      resources: [...resources],
      tokens: [...tokens],
    }),
  };
}
