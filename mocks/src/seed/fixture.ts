import type { ServiceContext } from "../domain/context.js";
import { hashPassword } from "../domain/passwords.js";
import { FULL_ACCESS } from "../domain/permissions.js";
import { hashSecret, secretPrefix } from "../domain/secrets.js";
import type { components } from "../generated/fixtureTypes.js";
import { timeOf } from "./fixtureIndex.js";

type Schemas = components["schemas"];

/**
 * Data to load into a mock (`createMockApi({ seed })`, `api.seed()`, `/__mock/seed`,
 * `tessera-mock --seed`): JSON-serializable, so it can live in a file. Its JSON Schema is
 * `@tessera/mock/fixture.schema.json` (source: spec/fixture.schema.yaml; these types are generated
 * from it). Times are RFC 3339 strings and default to the mock clock's now; secrets and passwords
 * are hashed on load. Build one with `createFixture()`.
 */
export type Fixture = Schemas["Fixture"];
/** An organization of a fixture: `id`, `name`, `plan`; `balance` 0, `maxTokenLifetimeDays` null by default. */
export type FixtureOrganization = Schemas["FixtureOrganization"];
/** A user of a fixture, with `password` or `passwordHash` and their `memberships`. */
export type FixtureUser = Schemas["FixtureUser"];
/** A user's role in one organization. */
export type FixtureMembership = Schemas["FixtureMembership"];
/** A zone, domain or certificate of a fixture. */
export type FixtureResource = Schemas["FixtureResource"];
/** A token of a fixture, with its `secret` (or `secretHash` and `prefix`). */
export type FixtureToken = Schemas["FixtureToken"];

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

/**
 * Loads a fixture into the store, adding to what is there.
 *
 * @note It does not check the fixture: its caller does, before (`assertValidFixture` against this
 * store: `createMockApi` for its seed, `api.seed()` for what it adds), so that a refused fixture
 * changes nothing. The demo seed is checked by its test instead of at every start.
 */
export async function applyFixture(ctx: ServiceContext, fixture: Fixture): Promise<void> {
  const { store } = ctx;
  const now = ctx.clock.now();
  // Derived before the first write, so that nothing can fail between the writes.
  const users = await Promise.all(
    (fixture.users ?? []).map(async (u) => ({
      user: u,
      passwordHash: u.passwordHash ?? (await cachedPasswordHash(u.id, u.password ?? "")),
    })),
  );
  for (const o of fixture.organizations ?? []) {
    const createdAt = timeOf(o.createdAt, now) ?? now;
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
  for (const { user: u, passwordHash } of users) {
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
        // `.` is in no user or organization id, so no two memberships share an id.
        id: `mem_${u.id}.${m.organizationId}`,
        userId: u.id,
        organizationId: m.organizationId,
        role: m.role,
        createdAt: now + i,
      });
    }
  }
  for (const r of fixture.resources ?? []) {
    const { id, type, name, organizationId } = r;
    await store.insertResource({ id, type, name, organizationId, seq: store.nextSeq() });
  }
  for (const t of fixture.tokens ?? []) {
    const hash = t.secretHash ?? hashSecret(t.secret ?? "");
    const prefix = t.prefix ?? secretPrefix(t.secret ?? "");
    const creator = store.user(t.createdBy);
    store.insertToken({
      id: t.id,
      seq: store.nextSeq(),
      type: t.type,
      legacy: t.legacy ?? false,
      organizationId: t.organizationId,
      ownerUserId: t.type === "personal" ? (t.ownerUserId ?? t.createdBy) : null,
      createdBy: {
        id: t.createdBy,
        name: creator ? [creator.firstName, creator.lastName].join(" ") : t.createdBy,
      },
      label: t.label,
      description: t.description ?? null,
      role: t.type === "organization" ? (t.role ?? (t.legacy ? "admin" : "developer")) : null,
      scopes: t.scopes ?? [...FULL_ACCESS],
      sensitiveData: t.sensitiveData ?? "visible",
      prefix,
      createdAt: timeOf(t.createdAt, now) ?? now,
      expiresAt: timeOf(t.expiresAt, null),
      revokedAt: timeOf(t.revokedAt, null),
    });
    store.insertSecret({ hash, credentialType: "token", credentialId: t.id, validUntil: null });
  }
}
