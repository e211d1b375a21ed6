/**
 * A large, realistic fixture for scale runs: organizations with members, personal and organization
 * tokens, some revoked or expired, spread over a year. Only secret hashes and prefixes are seeded
 * (no plain secrets), as a real service would hold them.
 */
import { createHash } from "node:crypto";

/** Tokens per generated organization (80 % personal across its members, 20 % organization tokens). */
const TOKENS_PER_ORGANIZATION = 200;
const MEMBERS_PER_ORGANIZATION = 10;
/** Personal tokens per extra Acme member; T4 caps active tokens per owner at 50. */
const TOKENS_PER_ACME_MEMBER = 25;
const DAY_MS = 86_400_000;
/** One stored PBKDF2 hash shared by every generated user: they never log in during a bench. */
const PASSWORD_HASH = "pbkdf2-sha256$10000$benchsalt0000000$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

/** Every seventh generated organization is on the solo plan. */
const isSolo = (organizationIndex) => organizationIndex % 7 === 0;
const hex64 = (text) => createHash("sha256").update(text).digest("hex");
const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** `tok_` + 16 base62 characters, as the contract's token ids (deterministic per index). */
const tokenId = (n) => {
  const body = [];
  for (let rest = n; body.length < 16; rest = Math.floor(rest / 62)) body.unshift(base62[rest % 62]);
  // Joined once: a string grown piece by piece is a rope that the stored id would keep.
  return `tok_${body.join("")}`;
};

/**
 * Builds a fixture that, added to the demo seed, stores `total` tokens in all (the demo seed's 7
 * included). `acmeShare` of them belong to the demo organization Acme, owned by extra members, so
 * listing as Acme's admin or developer walks a large organization; the rest are spread over
 * generated organizations of ten members each.
 *
 * @param {{ total: number, acmeShare?: number, now?: number, demoTokens?: number }} options
 * @returns {{ fixture: import("@tessera/mock").Fixture, tokens: number, acmeTokens: number, organizations: number, users: number }}
 * @example
 * const { fixture } = tokenFixture({ total: 50_000 });
 * await api.seed(fixture);
 */
export function tokenFixture({ total, acmeShare = 0.1, now = Date.now(), demoTokens = 7 }) {
  const count = Math.max(0, total - demoTokens);
  const acmeCount = Math.round(count * acmeShare);
  const otherCount = count - acmeCount;
  const organizationCount = Math.max(1, Math.ceil(otherCount / TOKENS_PER_ORGANIZATION));
  /** @type {NonNullable<import("@tessera/mock").Fixture["organizations"]>} */
  const organizations = [];
  /** @type {NonNullable<import("@tessera/mock").Fixture["users"]>} */
  const users = [];
  /** @type {NonNullable<import("@tessera/mock").Fixture["tokens"]>} */
  const tokens = [];

  const user = (id, organizationId, role) =>
    users.push({
      id,
      email: `${id}@bench.test`,
      passwordHash: PASSWORD_HASH,
      firstName: "Bench",
      lastName: id,
      memberships: [{ organizationId, role }],
    });
  const token = (n, organizationId, ownerUserId, solo = false) => {
    const personal = ownerUserId !== null;
    const id = tokenId(n);
    const createdAt = now - DAY_MS * 365 + Math.floor((DAY_MS * 364 * n) / Math.max(1, count));
    const expired = n % 10 === 3;
    tokens.push({
      id,
      type: personal ? "personal" : "organization",
      organizationId,
      ...(personal ? { ownerUserId } : { role: n % 3 === 0 ? "admin" : "developer" }),
      createdBy: ownerUserId ?? `${organizationId}_u0`,
      label: `bench token ${n}`,
      // S3: the solo plan holds full-access tokens only (a fixture breaking it is refused).
      scopes: solo || n % 4 === 0 ? undefined : [{ resource: "tokens", access: n % 2 ? "read" : "write" }],
      sensitiveData: n % 5 === 0 ? "hidden" : "visible",
      secretHash: hex64(`bench-secret-${n}`),
      prefix: `tsr_${personal ? "pat" : "oat"}_${id.slice(-4)}`,
      createdAt: new Date(createdAt).toISOString(),
      expiresAt: expired ? new Date(createdAt + DAY_MS).toISOString() : null,
      revokedAt: n % 10 === 7 ? new Date(createdAt + DAY_MS).toISOString() : null,
    });
  };

  const acmeMembers = Math.ceil(acmeCount / TOKENS_PER_ACME_MEMBER);
  for (let m = 0; m < acmeMembers; m++)
    user(`usr_acme_${m}`, "org_acme", m % 10 === 0 ? "admin" : "developer");
  for (let o = 0; o < organizationCount; o++) {
    const id = `org_bench_${o}`;
    organizations.push({ id, name: `Bench Org ${o}`, plan: isSolo(o) ? "solo" : "teams", balance: o });
    for (let m = 0; m < MEMBERS_PER_ORGANIZATION; m++) user(`${id}_u${m}`, id, m < 2 ? "admin" : "developer");
  }
  // Interleave Acme's tokens with the others so both are spread over the same year.
  let acme = 0;
  let other = 0;
  for (let n = 0; n < count; n++) {
    if (acme < acmeCount && (other >= otherCount || n % Math.round(1 / acmeShare) === 0)) {
      token(n, "org_acme", `usr_acme_${Math.floor(acme / TOKENS_PER_ACME_MEMBER)}`);
      acme++;
    } else {
      const organizationIndex = other % organizationCount;
      const organizationId = `org_bench_${organizationIndex}`;
      const slot = Math.floor(other / organizationCount);
      // Every fifth token of an organization is an organization token; members take turns on the rest.
      const member = (Math.floor(slot / 5) * 4 + (slot % 5)) % MEMBERS_PER_ORGANIZATION;
      token(
        n,
        organizationId,
        slot % 5 === 4 ? null : `${organizationId}_u${member}`,
        isSolo(organizationIndex),
      );
      other++;
    }
  }
  return {
    fixture: { organizations, users, tokens },
    tokens: count + demoTokens,
    acmeTokens: acme,
    organizations: organizations.length + 2,
    users: users.length + 3,
  };
}
