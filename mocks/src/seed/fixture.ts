import type { ServiceContext } from "../domain/context.js";
import { hashPassword } from "../domain/passwords.js";
import { hashSecret, secretPrefix } from "../domain/secrets.js";
import { openapiDocument } from "../generated/openapiDocument.js";
import type {
  Plan,
  ReceiveReports,
  Role,
  ScopeGrant,
  SelectableResourceType,
  SensitiveData,
} from "../store/records.js";

/**
 * Data to load into a mock: JSON-serializable, so it can live in a file (`--seed file.json`).
 * Times are RFC 3339 strings and default to the mock clock's now; secrets are hashed on load.
 */
export interface Fixture {
  organizations?: {
    id: string;
    name: string;
    plan: Plan;
    balance?: number;
    maxTokenLifetimeDays?: number | null;
    createdAt?: string;
  }[];
  users?: {
    id: string;
    email: string;
    /** Plain password, hashed on load; or give `passwordHash`. */
    password?: string;
    passwordHash?: string;
    firstName: string;
    lastName: string;
    emailIsVerified?: boolean;
    receiveReports?: ReceiveReports;
    memberships?: { organizationId: string; role: Role }[];
  }[];
  resources?: { id: string; type: SelectableResourceType; name: string; organizationId: string }[];
  tokens?: {
    id: string;
    type: "personal" | "organization";
    /** A legacy key: an organization token whose secret is 32 lowercase hex characters. */
    legacy?: boolean;
    organizationId: string;
    /** The owning user, for personal tokens. */
    ownerUserId?: string;
    /** The creating user's id. */
    createdBy: string;
    label: string;
    description?: string | null;
    role?: Role;
    scopes?: ScopeGrant[];
    sensitiveData?: SensitiveData;
    /** Plain secret, hashed on load; or give `secretHash` and `prefix`. */
    secret?: string;
    secretHash?: string;
    prefix?: string;
    createdAt?: string;
    expiresAt?: string | null;
    revokedAt?: string | null;
  }[];
}

const passwordHashes = new Map<string, Promise<string>>();

/**
 * Hashes are memoized per password and user, so many mock instances share one seed's cost; the
 * promise is kept, so instances created at once wait for one derivation instead of starting many.
 */
function cachedPasswordHash(userId: string, password: string): Promise<string> {
  const key = `${userId}\u0000${password}`;
  let hash = passwordHashes.get(key);
  if (!hash) {
    hash = hashPassword(password, `seed-${userId}`);
    passwordHashes.set(key, hash);
  }
  return hash;
}

const time = (value: string | null | undefined, fallback: number | null) =>
  value === undefined ? fallback : value === null ? null : Date.parse(value);

/** The pattern the contract gives a named schema (`TokenId`, `ResourceId`). */
function specPattern(schema: "TokenId" | "ResourceId"): RegExp {
  const { pattern } = openapiDocument.components.schemas[schema] as { pattern: string };
  return new RegExp(pattern);
}

/** Ids the contract gives a shape to; a fixture that breaks them would produce non-conforming responses. */
const ID_SHAPES = { token: specPattern("TokenId"), resource: specPattern("ResourceId") };

function checkIds(fixture: Fixture): void {
  const ids: (readonly [keyof typeof ID_SHAPES, string])[] = [
    ...(fixture.tokens ?? []).map((t) => ["token", t.id] as const),
    ...(fixture.resources ?? []).map((r) => ["resource", r.id] as const),
  ];
  for (const [kind, id] of ids) {
    const shape = ID_SHAPES[kind];
    if (!shape.test(id))
      throw new Error(`fixture ${kind} id ${JSON.stringify(id)} must match ${shape.source}`);
  }
}

/** Loads a fixture into the store, adding to what is there. Throws on ids the contract forbids. */
export async function applyFixture(ctx: ServiceContext, fixture: Fixture): Promise<void> {
  checkIds(fixture);
  const { store } = ctx;
  const now = ctx.clock.now();
  for (const o of fixture.organizations ?? []) {
    const createdAt = time(o.createdAt, now) ?? now;
    await store.insertOrganization({
      id: o.id,
      name: o.name,
      plan: o.plan,
      balance: o.balance ?? 0,
      maxTokenLifetimeDays: o.maxTokenLifetimeDays ?? null,
      createdAt,
      updatedAt: createdAt,
    });
  }
  for (const u of fixture.users ?? []) {
    const passwordHash =
      u.passwordHash ?? (u.password !== undefined ? await cachedPasswordHash(u.id, u.password) : undefined);
    if (!passwordHash) throw new Error(`fixture user ${u.id} needs a password or passwordHash`);
    await store.insertUser({
      id: u.id,
      email: u.email.toLowerCase(),
      emailIsVerified: u.emailIsVerified ?? true,
      firstName: u.firstName,
      lastName: u.lastName,
      receiveReports: u.receiveReports ?? "weekly",
      passwordHash,
      createdAt: now,
    });
    for (const [i, m] of (u.memberships ?? []).entries()) {
      await store.insertMembership({
        id: `mem_${u.id}_${m.organizationId}`,
        userId: u.id,
        organizationId: m.organizationId,
        role: m.role,
        createdAt: now + i,
      });
    }
  }
  for (const r of fixture.resources ?? []) await store.insertResource({ ...r, seq: store.nextSeq() });
  for (const t of fixture.tokens ?? []) {
    const hash = t.secretHash ?? (t.secret !== undefined ? hashSecret(t.secret) : undefined);
    const prefix = t.prefix ?? (t.secret !== undefined ? secretPrefix(t.secret) : undefined);
    if (!hash || !prefix) throw new Error(`fixture token ${t.id} needs a secret, or a secretHash and prefix`);
    const creator = store.user(t.createdBy);
    await store.insertToken({
      id: t.id,
      seq: store.nextSeq(),
      type: t.type,
      legacy: t.legacy ?? false,
      organizationId: t.organizationId,
      ownerUserId: t.type === "personal" ? (t.ownerUserId ?? t.createdBy) : null,
      createdBy: {
        id: t.createdBy,
        name: creator ? `${creator.firstName} ${creator.lastName}` : t.createdBy,
      },
      label: t.label,
      description: t.description ?? null,
      role: t.type === "organization" ? (t.role ?? (t.legacy ? "admin" : "developer")) : null,
      scopes: t.scopes ?? [{ resource: "*", access: "write" }],
      sensitiveData: t.sensitiveData ?? "visible",
      prefix,
      createdAt: time(t.createdAt, now) ?? now,
      expiresAt: time(t.expiresAt, null),
      revokedAt: time(t.revokedAt, null),
    });
    store.insertSecret({ hash, credentialType: "token", credentialId: t.id, validUntil: null });
  }
}
