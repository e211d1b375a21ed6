import { describe, expect, test } from "vitest";
import type { ResourceType, Role, ScopeGrant } from "../store/records.js";
import {
  type Access,
  allowsInstance,
  allowsType,
  effectivePermissions,
  escalations,
  FULL_ACCESS,
  isFullAccess,
  RESOURCE_TYPES,
  scopeString,
} from "./permissions.js";

/** One type's permission as plain data, so expectations read as tables. */
function summary(grants: readonly ScopeGrant[], role: Role, type: ResourceType) {
  const p = effectivePermissions(grants, role)[type];
  return { readAll: p.readAll, writeAll: p.writeAll, readIds: [...p.readIds], writeIds: [...p.writeIds] };
}

const NONE = { readAll: false, writeAll: false, readIds: [], writeIds: [] };
const READ = { readAll: true, writeAll: false, readIds: [], writeIds: [] };
const WRITE = { readAll: true, writeAll: true, readIds: [], writeIds: [] };

describe("effectivePermissions", () => {
  test.each<{ name: string; grants: ScopeGrant[]; role: Role; type: ResourceType; expected: object }>([
    {
      name: "write implies read",
      grants: [{ resource: "zones", access: "write" }],
      role: "admin",
      type: "zones",
      expected: WRITE,
    },
    {
      name: "read does not imply write",
      grants: [{ resource: "zones", access: "read" }],
      role: "admin",
      type: "zones",
      expected: READ,
    },
    {
      name: "a grant for one type gives nothing on another",
      grants: [{ resource: "tokens", access: "write" }],
      role: "admin",
      type: "zones",
      expected: NONE,
    },
    {
      name: "no grants, no permissions",
      grants: [],
      role: "admin",
      type: "tokens",
      expected: NONE,
    },
    {
      name: "the role caps a grant: a developer has no billing even when granted it",
      grants: [{ resource: "billing", access: "write" }],
      role: "developer",
      type: "billing",
      expected: NONE,
    },
    {
      name: "the role caps a grant: members are read-only for a developer",
      grants: [{ resource: "members", access: "write" }],
      role: "developer",
      type: "members",
      expected: READ,
    },
    {
      name: "resourceIds restrict write (and so read) to those instances",
      grants: [{ resource: "zones", access: "write", resourceIds: ["zone_a", "zone_b"] }],
      role: "admin",
      type: "zones",
      expected: {
        readAll: false,
        writeAll: false,
        readIds: ["zone_a", "zone_b"],
        writeIds: ["zone_a", "zone_b"],
      },
    },
    {
      name: "resourceIds with read give read on those instances only",
      grants: [{ resource: "domains", access: "read", resourceIds: ["dom_a"] }],
      role: "developer",
      type: "domains",
      expected: { readAll: false, writeAll: false, readIds: ["dom_a"], writeIds: [] },
    },
    {
      name: "`*` and a restricted grant for one type add up",
      grants: [
        { resource: "*", access: "read" },
        { resource: "zones", access: "write", resourceIds: ["zone_a"] },
      ],
      role: "admin",
      type: "zones",
      expected: { readAll: true, writeAll: false, readIds: ["zone_a"], writeIds: ["zone_a"] },
    },
    {
      name: "`*:read` gives read on every type the role allows",
      grants: [{ resource: "*", access: "read" }],
      role: "developer",
      type: "members",
      expected: READ,
    },
  ])("S1: $name", ({ grants, role, type, expected }) => {
    expect(summary(grants, role, type)).toEqual(expected);
  });

  test.each(RESOURCE_TYPES)("S1: `*:write` under admin gives write on %s", (type) => {
    expect(summary(FULL_ACCESS, "admin", type)).toEqual(WRITE);
  });

  test.each<[ResourceType, object]>([
    ["tokens", WRITE],
    ["members", READ],
    ["zones", WRITE],
    ["domains", WRITE],
    ["certificates", WRITE],
    ["billing", NONE],
  ])("S1: `*:write` under developer on %s is what the developer role allows", (type, expected) => {
    expect(summary(FULL_ACCESS, "developer", type)).toEqual(expected);
  });
});

describe("allowsType and allowsInstance", () => {
  const cases: {
    name: string;
    grants: ScopeGrant[];
    type: { read: boolean; write: boolean };
    instances: [Access, string, boolean][];
  }[] = [
    {
      name: "nothing granted",
      grants: [],
      type: { read: false, write: false },
      instances: [
        ["read", "zone_a", false],
        ["write", "zone_a", false],
      ],
    },
    {
      name: "write on the whole type",
      grants: [{ resource: "zones", access: "write" }],
      type: { read: true, write: true },
      instances: [
        ["read", "zone_any", true],
        ["write", "zone_any", true],
      ],
    },
    {
      name: "read on the whole type",
      grants: [{ resource: "zones", access: "read" }],
      type: { read: true, write: false },
      instances: [
        ["read", "zone_any", true],
        ["write", "zone_any", false],
      ],
    },
    {
      name: "write on selected instances",
      grants: [{ resource: "zones", access: "write", resourceIds: ["zone_a"] }],
      type: { read: true, write: true },
      instances: [
        ["read", "zone_a", true],
        ["write", "zone_a", true],
        ["read", "zone_b", false],
        ["write", "zone_b", false],
      ],
    },
    {
      name: "read on selected instances",
      grants: [{ resource: "zones", access: "read", resourceIds: ["zone_a"] }],
      type: { read: true, write: false },
      instances: [
        ["read", "zone_a", true],
        ["write", "zone_a", false],
        ["read", "zone_b", false],
      ],
    },
    {
      name: "a grant on another type",
      grants: [{ resource: "domains", access: "write", resourceIds: ["zone_a"] }],
      type: { read: false, write: false },
      instances: [
        ["read", "zone_a", false],
        ["write", "zone_a", false],
      ],
    },
  ];

  test.each(cases)("S1: allowsType on zones with $name", ({ grants, type }) => {
    const permissions = effectivePermissions(grants, "admin");
    expect({
      read: allowsType(permissions, "zones", "read"),
      write: allowsType(permissions, "zones", "write"),
    }).toEqual(type);
  });

  test.each(cases)("S1: allowsInstance on zones with $name", ({ grants, instances }) => {
    const permissions = effectivePermissions(grants, "admin");
    for (const [access, id, allowed] of instances) {
      expect(allowsInstance(permissions, "zones", access, id), `${access} ${id}`).toBe(allowed);
    }
  });
});

describe("escalations", () => {
  const admin = (grants: ScopeGrant[]) => effectivePermissions(grants, "admin");
  const zones = (access: Access, resourceIds?: string[]): ScopeGrant =>
    resourceIds ? { resource: "zones", access, resourceIds } : { resource: "zones", access };

  test.each<{ name: string; held: ScopeGrant[]; wanted: ScopeGrant[]; refused: string[] }>([
    { name: "nothing wanted, nothing refused", held: [], wanted: [], refused: [] },
    {
      name: "the same grants are no escalation",
      held: [zones("write")],
      wanted: [zones("write")],
      refused: [],
    },
    {
      name: "write on the type covers selected instances",
      held: [zones("write")],
      wanted: [zones("write", ["zone_a", "zone_b"])],
      refused: [],
    },
    {
      name: "read on the type covers read on selected instances",
      held: [zones("read")],
      wanted: [zones("read", ["zone_a"])],
      refused: [],
    },
    {
      name: "write on an instance covers read on it",
      held: [zones("write", ["zone_a"])],
      wanted: [zones("read", ["zone_a"])],
      refused: [],
    },
    {
      name: "whole-type write beyond read is refused as write only",
      held: [zones("read")],
      wanted: [zones("write")],
      refused: ["zones:write"],
    },
    {
      name: "whole-type write from nothing is refused once, as write",
      held: [],
      wanted: [zones("write")],
      refused: ["zones:write"],
    },
    {
      name: "whole-type read from selected instances is refused",
      held: [zones("write", ["zone_a"])],
      wanted: [zones("read")],
      refused: ["zones:read"],
    },
    {
      name: "a per-id write beyond the held instances names the id",
      held: [zones("write", ["zone_a"])],
      wanted: [zones("write", ["zone_a", "zone_b"])],
      refused: ["zones:write[zone_b]"],
    },
    {
      name: "a per-id write on a read-only type names the id, not a read",
      held: [zones("read")],
      wanted: [zones("write", ["zone_a"])],
      refused: ["zones:write[zone_a]"],
    },
    {
      name: "a per-id read beyond the held instances names the id",
      held: [zones("read", ["zone_a"])],
      wanted: [zones("read", ["zone_b"])],
      refused: ["zones:read[zone_b]"],
    },
    {
      name: "several refused ids are each named",
      held: [zones("read", ["zone_a"])],
      wanted: [zones("write", ["zone_a", "zone_b"])],
      refused: ["zones:write[zone_a]", "zones:write[zone_b]"],
    },
    {
      name: "full access from nothing is refused per type, in catalogue order",
      held: [],
      wanted: [...FULL_ACCESS],
      refused: [
        "tokens:write",
        "members:write",
        "zones:write",
        "domains:write",
        "certificates:write",
        "billing:write",
      ],
    },
  ])("T3: $name", ({ held, wanted, refused }) => {
    expect(escalations(admin(held), admin(wanted))).toEqual(refused);
  });

  test("T3: a developer cannot grant billing:read", () => {
    const developer = effectivePermissions(FULL_ACCESS, "developer");
    expect(escalations(developer, admin([{ resource: "billing", access: "read" }]))).toEqual([
      "billing:read",
    ]);
  });

  test("T3: a developer's full access is within an admin's", () => {
    expect(
      escalations(effectivePermissions(FULL_ACCESS, "admin"), effectivePermissions(FULL_ACCESS, "developer")),
    ).toEqual([]);
    expect(
      escalations(effectivePermissions(FULL_ACCESS, "developer"), effectivePermissions(FULL_ACCESS, "admin")),
    ).toEqual(["members:write", "billing:write"]);
  });
});

describe("isFullAccess", () => {
  test.each<[string, ScopeGrant[], boolean]>([
    ["`*:write` alone", [{ resource: "*", access: "write" }], true],
    ["`*:read`", [{ resource: "*", access: "read" }], false],
    ["no grants", [], false],
    [
      "`*:write` with another grant",
      [
        { resource: "*", access: "write" },
        { resource: "zones", access: "read" },
      ],
      false,
    ],
    ["`*:write` restricted to ids", [{ resource: "*", access: "write", resourceIds: ["zone_a"] }], false],
    [
      "every type granted one by one",
      RESOURCE_TYPES.map((resource) => ({ resource, access: "write" })),
      false,
    ],
  ])("S3: %s is full access: %s", (_name, grants, expected) => {
    expect(isFullAccess(grants)).toBe(expected);
  });
});

describe("scopeString", () => {
  test.each<[ScopeGrant[], string]>([
    [[], ""],
    [[{ resource: "*", access: "write" }], "*:write"],
    [[{ resource: "tokens", access: "read" }], "tokens:read"],
    [
      [
        { resource: "tokens", access: "read" },
        { resource: "zones", access: "write", resourceIds: ["zone_a", "zone_b"] },
      ],
      "tokens:read zones:write:zone_a zones:write:zone_b",
    ],
  ])("T12: %j as an RFC 7662 scope is %j", (grants, expected) => {
    expect(scopeString(grants)).toBe(expected);
  });
});
