/**
 * A fixture's tokens against the rules the API would have held them to: members as owners and
 * creators (T2), selected resources of their organization (S1), the plan (S3), the role (T3),
 * well-formed secrets with valid checksums, each secret once, and at most `tokenLimit` active
 * tokens per owner (T4).
 */
import { parseToken, secretChecksum } from "@tessera/sdk";
import {
  effectivePermissions,
  escalations,
  FULL_ACCESS,
  isFullAccess,
  SELECTABLE_TYPES,
} from "../domain/permissions.js";
import { hashSecret } from "../domain/secrets.js";
import { isLabelLength, unsafeCharacter } from "../domain/text.js";
import { tokenStatus } from "../domain/views.js";
import { ownerKey, type Role, type ScopeGrant } from "../store/records.js";
import type { FixtureToken } from "./fixture.js";
import { type FixtureIndex, type FixtureTarget, type Report, timeOf } from "./fixtureIndex.js";

type SecretKind = "personal" | "organization" | "legacy";

const SECRET_SHAPE: Record<SecretKind, string> = {
  personal: "tsr_pat_ and 36 base62 characters, the last 6 a checksum",
  organization: "tsr_oat_ and 36 base62 characters, the last 6 a checksum",
  legacy: "32 lowercase hex characters",
};

/** Whether `prefix` is how a secret of `kind` starts, asked of the SDK's own parser. */
function prefixFits(prefix: string, kind: SecretKind): boolean {
  if (kind === "legacy") return parseToken(prefix.padEnd(32, "0")).valid;
  const body = prefix.padEnd(38, "0");
  const parsed = parseToken(body + secretChecksum(body));
  return parsed.valid && parsed.kind === kind;
}

/** Checks every token of the fixture that passed the schema. */
export function checkTokens(index: FixtureIndex, target: FixtureTarget, report: Report): void {
  const secrets = new Map<string, string>();
  /** Active tokens per owner (T4): how many, and the first token past the limit. */
  const owners = new Map<string, { name: string; count: number; over?: string }>();
  const storeActive = (owner: string) => {
    let count = 0;
    for (const id of target.store?.liveTokenIdsOwnedBy(owner) ?? []) {
      const token = target.store?.token(id);
      if (token && tokenStatus(token, target.now) === "active") count++;
    }
    return count;
  };

  for (const { item: token, at } of index.lists.tokens) {
    checkText(token, at, report);
    const organization = index.organization(token.organizationId);
    if (organization === undefined)
      report(
        `${at}/organizationId`,
        `is no organization of the fixture or the mock: ${token.organizationId}`,
      );

    /** The member's role in the token's organization; null when unknown (and reported if it should be known). */
    const memberRole = (userId: string, pointer: string, what: string): Role | null => {
      const user = index.user(userId);
      if (user === undefined) {
        report(pointer, `is no user of the fixture or the mock: ${userId}`);
        return null;
      }
      if (user === "broken" || organization === undefined || organization === "broken") return null;
      const role = index.role(userId, token.organizationId);
      if (role === undefined)
        report(pointer, `${userId} is no member of ${token.organizationId}; a token's ${what} must be one`);
      return role === undefined || role === "broken" ? null : role;
    };
    const creatorRole = memberRole(token.createdBy, `${at}/createdBy`, "creator");
    if (token.type === "organization" && creatorRole === "developer")
      report(
        `${at}/createdBy`,
        `T2: only admins create organization tokens; ${token.createdBy} is a developer`,
      );
    const ownerUserId = token.type === "personal" ? (token.ownerUserId ?? token.createdBy) : null;
    const role =
      token.type === "organization"
        ? (token.role ?? (token.legacy ? "admin" : "developer"))
        : token.ownerUserId !== undefined
          ? memberRole(token.ownerUserId, `${at}/ownerUserId`, "owner")
          : creatorRole;

    const scopes = token.scopes ?? FULL_ACCESS;
    checkGrants(index, token, scopes, at, report);
    if (organization && organization !== "broken" && organization.plan === "solo" && !isFullAccess(scopes))
      report(
        `${at}/scopes`,
        `S3: ${token.organizationId} is on the solo plan, which allows full-access tokens only`,
      );
    if (role !== null) {
      const named = scopes.filter((grant) => grant.resource !== "*");
      const refused = escalations(
        effectivePermissions(FULL_ACCESS, role),
        effectivePermissions(named, "admin"),
      );
      const whose = token.type === "personal" ? "its owner's role" : "its role";
      if (refused.length > 0)
        report(`${at}/scopes`, `T3: beyond what ${whose} (${role}) allows: ${refused.join(", ")}`);
    }

    const secret = secretHashOf(token, at, report);
    if (secret) {
      const earlier = secrets.get(secret.hash);
      if (earlier) report(secret.pointer, `is the secret of ${earlier} too; each token needs its own`);
      else if (target.store?.secret(secret.hash))
        report(secret.pointer, "is the secret of a credential already in the mock");
      else secrets.set(secret.hash, at);
    }

    const status = tokenStatus(
      { revokedAt: timeOf(token.revokedAt, null), expiresAt: timeOf(token.expiresAt, null) },
      target.now,
    );
    if (status !== "active") continue;
    const owner = ownerKey({ type: token.type, ownerUserId, organizationId: token.organizationId });
    let counted = owners.get(owner);
    if (!counted) {
      const name = ownerUserId ? `user ${ownerUserId}` : `organization ${token.organizationId}`;
      counted = { name, count: storeActive(owner) };
      owners.set(owner, counted);
    }
    counted.count++;
    if (counted.count > target.tokenLimit) counted.over ??= at;
  }
  for (const { name, count, over } of owners.values()) {
    if (over)
      report(over, `T4: ${name} would hold ${count} active tokens; at most ${target.tokenLimit} per owner`);
  }
}

/** T5 and E5: the label and description the API would have accepted. */
function checkText(token: FixtureToken, at: string, report: Report): void {
  const unsafe = unsafeCharacter(token.label);
  if (unsafe) report(`${at}/label`, `must not contain control or format characters (found ${unsafe}; E5)`);
  else if (!isLabelLength(token.label))
    report(`${at}/label`, "must be 1 to 100 characters long after trimming spaces (T5)");
  const odd = typeof token.description === "string" ? unsafeCharacter(token.description) : null;
  if (odd) report(`${at}/description`, `must not contain control or format characters (found ${odd}; E5)`);
}

/** S1: one grant per type; selections only of zones, domains and certificates of the token's organization. */
function checkGrants(
  index: FixtureIndex,
  token: FixtureToken,
  scopes: readonly ScopeGrant[],
  at: string,
  report: Report,
): void {
  const seen = new Set<string>();
  scopes.forEach((grant, j) => {
    const pointer = `${at}/scopes/${j}`;
    if (seen.has(grant.resource)) report(pointer, `there is already a grant for ${grant.resource}`);
    seen.add(grant.resource);
    if (!grant.resourceIds) return;
    if (grant.resource === "*" || !SELECTABLE_TYPES.has(grant.resource)) {
      report(
        `${pointer}/resourceIds`,
        "S1: only zones, domains and certificates can be restricted to selected ones",
      );
      return;
    }
    grant.resourceIds.forEach((id, k) => {
      const resource = index.resource(id);
      if (resource === "broken") return;
      if (!resource || resource.organizationId !== token.organizationId || resource.type !== grant.resource)
        report(`${pointer}/resourceIds/${k}`, `S1: ${token.organizationId} has no ${grant.resource} ${id}`);
    });
  });
}

/** The hash the token's secret is stored under, once its secret (or prefix) is the right kind. */
function secretHashOf(
  token: FixtureToken,
  at: string,
  report: Report,
): { hash: string; pointer: string } | null {
  const kind: SecretKind = token.legacy ? "legacy" : token.type;
  if (token.secret !== undefined) {
    const pointer = `${at}/secret`;
    const parsed = parseToken(token.secret);
    if (!parsed.valid && parsed.reason === "checksum")
      report(
        pointer,
        "has a checksum that does not match: its last 6 characters must be the CRC32 of the rest",
      );
    else if (!parsed.valid || parsed.kind !== kind)
      report(pointer, `is not a ${kind} secret: those are ${SECRET_SHAPE[kind]}`);
    else return { hash: hashSecret(token.secret), pointer };
    return null;
  }
  if (token.secretHash === undefined || token.prefix === undefined) return null;
  if (!prefixFits(token.prefix, kind)) {
    report(`${at}/prefix`, `is not how a ${kind} secret starts: those are ${SECRET_SHAPE[kind]}`);
    return null;
  }
  return { hash: token.secretHash, pointer: `${at}/secretHash` };
}
