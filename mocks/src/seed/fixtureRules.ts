/**
 * What a fixture's JSON Schema cannot say: ids, emails and secrets new to the mock and given once,
 * references that resolve, times within 1970-9999, clean text, and the token rules a fixture could
 * otherwise break (S3, T2, T3, T4: see tokenRules.ts). Pure: it reads the store and changes nothing.
 */
import { LATEST_TIME } from "../domain/clock.js";
import { parsePasswordHash } from "../domain/passwords.js";
import { codePointLength, unsafeCharacter } from "../domain/text.js";
import type { FixtureProblem } from "./FixtureError.js";
import type { Fixture } from "./fixture.js";
import { type At, type FixtureTarget, indexFixture, type Report } from "./fixtureIndex.js";
import { checkTokens } from "./tokenRules.js";

/** Problems with the fixture's cross-references and rules; `broken` names what already broke the schema. */
export function checkFixtureRules(
  fixture: Fixture,
  target: FixtureTarget,
  broken: ReadonlySet<string>,
): FixtureProblem[] {
  const problems: FixtureProblem[] = [];
  const report: Report = (pointer, detail) => problems.push({ pointer, detail });
  const index = indexFixture(fixture, broken, target.store);
  const { organizations, users, resources, tokens } = index.lists;
  const { store } = target;

  uniqueIds(organizations, "organization", (id) => store?.organization(id) !== undefined, report);
  uniqueIds(users, "user", (id) => store?.user(id) !== undefined, report);
  uniqueIds(resources, "resource", (id) => store?.resource(id) !== undefined, report);
  uniqueIds(tokens, "token", (id) => store?.token(id) !== undefined, report);

  for (const { item, at } of organizations) {
    cleanName(item.name, `${at}/name`, report);
    inTimeRange(item.createdAt, `${at}/createdAt`, report);
  }

  const emails = new Map<string, string>();
  for (const { item, at } of users) {
    cleanName(item.firstName, `${at}/firstName`, report);
    cleanName(item.lastName, `${at}/lastName`, report);
    const email = item.email.toLowerCase();
    const first = emails.get(email);
    const holder = store?.userByEmail(email);
    if (first) report(`${at}/email`, `is the email of ${first} too (emails are compared ignoring case)`);
    else if (holder)
      report(`${at}/email`, `is the email of ${holder.id}, already in the mock (compared ignoring case)`);
    if (!first) emails.set(email, at);
    if (item.passwordHash !== undefined && !parsePasswordHash(item.passwordHash))
      report(`${at}/passwordHash`, "is not a PBKDF2-SHA256 hash this mock can check");
    const joined = new Set<string>();
    for (const [i, membership] of (item.memberships ?? []).entries()) {
      const pointer = `${at}/memberships/${i}/organizationId`;
      if (joined.has(membership.organizationId))
        report(pointer, `names ${membership.organizationId} twice: a user has one role per organization`);
      joined.add(membership.organizationId);
      if (index.organization(membership.organizationId) === undefined)
        report(pointer, `is no organization of the fixture or the mock: ${membership.organizationId}`);
    }
  }

  for (const { item, at } of resources) {
    cleanName(item.name, `${at}/name`, report);
    if (!item.id.startsWith(RESOURCE_ID_PREFIX[item.type]))
      report(`${at}/id`, `must start with ${RESOURCE_ID_PREFIX[item.type]} for ${item.type}`);
    if (index.organization(item.organizationId) === undefined)
      report(`${at}/organizationId`, `is no organization of the fixture or the mock: ${item.organizationId}`);
  }

  for (const { item, at } of tokens) {
    inTimeRange(item.createdAt, `${at}/createdAt`, report);
    inTimeRange(item.expiresAt, `${at}/expiresAt`, report);
    inTimeRange(item.revokedAt, `${at}/revokedAt`, report);
  }
  checkTokens(index, target, report);
  return problems;
}

/** The id prefix of each selectable type, as the contract's `ResourceId` describes it. */
const RESOURCE_ID_PREFIX = { zones: "zone_", domains: "dom_", certificates: "cert_" } as const;

/** Each id once in the fixture and new to the mock: a second record with an id would take the first one's place in the indexes. */
function uniqueIds(
  list: At<{ id: string }>[],
  kind: string,
  inStore: (id: string) => boolean,
  report: Report,
): void {
  const first = new Map<string, string>();
  for (const { item, at } of list) {
    const earlier = first.get(item.id);
    if (earlier) report(`${at}/id`, `${item.id} is given twice (first at ${earlier})`);
    else {
      first.set(item.id, at);
      if (inStore(item.id)) report(`${at}/id`, `${kind} ${item.id} is already in the mock`);
    }
  }
}

/** E5: names are plain text, not blank. */
function cleanName(name: string, pointer: string, report: Report): void {
  const unsafe = unsafeCharacter(name);
  if (unsafe) report(pointer, `must not contain control or format characters (found ${unsafe})`);
  else if (codePointLength(name.trim()) === 0) report(pointer, "must not be blank");
}

/** The earliest time a fixture may name: the mock clock's range starts at the epoch (E7). */
const EARLIEST_TIME = 0;

/** A time the mock can keep and format as the contract's four-digit-year RFC 3339 (E7). */
export function inTimeRange(value: string | null | undefined, pointer: string, report: Report): void {
  if (typeof value !== "string") return;
  const time = Date.parse(value);
  if (!Number.isFinite(time) || time < EARLIEST_TIME || time > LATEST_TIME)
    report(pointer, "must be a time between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z");
}
