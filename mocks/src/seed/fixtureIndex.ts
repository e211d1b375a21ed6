/**
 * What the rules of a fixture look things up in: the fixture's own records (those that passed the
 * schema) and the store it would be added to, as one view.
 */
import type { Plan, ResourceRecord, Role, TokenRecord } from "../store/records.js";
import type { Fixture, FixtureOrganization, FixtureResource, FixtureToken, FixtureUser } from "./fixture.js";
import { FIXTURE_LISTS } from "./fixtureSchemaCheck.js";

/** The store a fixture is checked against: what `createStore` offers, read only. */
export interface FixtureStoreView {
  organization(id: string): { plan: Plan } | undefined;
  user(id: string): object | undefined;
  userByEmail(email: string): { id: string } | undefined;
  membership(userId: string, organizationId: string): { role: Role } | undefined;
  token(id: string): TokenRecord | undefined;
  secret(hash: string): object | undefined;
  resource(id: string): Pick<ResourceRecord, "type" | "organizationId"> | undefined;
  liveTokenIdsOwnedBy(owner: string): Iterable<string>;
}

/** What a fixture is checked against. */
export interface FixtureTarget {
  /** The store it would be added to; none for an empty mock. */
  store?: FixtureStoreView;
  /** The mock clock's now (epoch ms): which tokens are active (T4). */
  now: number;
  /** The most active tokens one owner may hold (T4; the mock's `tokenLimit`). */
  tokenLimit: number;
}

/** Records one problem. */
export type Report = (pointer: string, detail: string) => void;

/** A fixture's time as epoch milliseconds; `fallback` when not given. */
export const timeOf = (value: string | null | undefined, fallback: number | null): number | null =>
  value === undefined ? fallback : value === null ? null : Date.parse(value);

/** One record of a list with its JSON pointer (`/tokens/3`). */
export interface At<T> {
  item: T;
  at: string;
}

type Lists = {
  organizations: FixtureOrganization;
  users: FixtureUser;
  resources: FixtureResource;
  tokens: FixtureToken;
};

/** A lookup's answer: the record, `"broken"` when the fixture names it but it broke the schema, or undefined. */
export type Found<T> = T | "broken" | undefined;

/** The fixture's records by id, and lookups that fall back to the store. */
export function indexFixture(fixture: Fixture, broken: ReadonlySet<string>, store?: FixtureStoreView) {
  const raw = fixture as Record<string, unknown>;
  const listed = <K extends keyof Lists>(key: K): At<Lists[K]>[] => {
    const list = raw[key];
    if (!Array.isArray(list) || broken.has(`/${key}`)) return [];
    return list.map((item, i) => ({ item: item as Lists[K], at: `/${key}/${i}` }));
  };
  const valid = <K extends keyof Lists>(key: K) => listed(key).filter(({ at }) => !broken.has(at));
  /** Ids named by every record, broken ones included: a reference to those is not also called dangling. */
  const named = (key: keyof Lists) =>
    new Set(listed(key).flatMap(({ item }) => (typeof item?.id === "string" ? [item.id] : [])));
  const byId = <T extends { id: string }>(records: At<T>[]) => {
    const map = new Map<string, T>();
    for (const { item } of records) if (!map.has(item.id)) map.set(item.id, item);
    return map;
  };
  const lists = {
    organizations: valid("organizations"),
    users: valid("users"),
    resources: valid("resources"),
    tokens: valid("tokens"),
  };
  const names = Object.fromEntries(FIXTURE_LISTS.map((key) => [key, named(key)])) as Record<
    keyof Lists,
    Set<string>
  >;
  const organizations = byId(lists.organizations);
  const users = byId(lists.users);
  const resources = byId(lists.resources);
  const lookup =
    <T>(key: keyof Lists, own: Map<string, T>, stored: (id: string) => T | undefined) =>
    (id: string): Found<T> =>
      own.get(id) ?? (names[key].has(id) ? "broken" : stored(id));

  return {
    lists,
    organization: lookup<{ plan: Plan }>("organizations", organizations, (id) => store?.organization(id)),
    /** Whether a user exists: `true`, `"broken"` or undefined. */
    user: lookup<true>("users", new Map([...users.keys()].map((id) => [id, true as const])), (id) =>
      store?.user(id) ? true : undefined,
    ),
    resource: lookup<Pick<ResourceRecord, "type" | "organizationId">>("resources", resources, (id) =>
      store?.resource(id),
    ),
    /** The role a user holds in an organization, from the fixture or the store. */
    role(userId: string, organizationId: string): Found<Role> {
      const user = users.get(userId);
      if (user) return user.memberships?.find((m) => m.organizationId === organizationId)?.role;
      if (names.users.has(userId)) return "broken";
      return store?.membership(userId, organizationId)?.role;
    },
  };
}

export type FixtureIndex = ReturnType<typeof indexFixture>;
