/**
 * One fixture per way a fixture can be wrong, each with the one problem the mock must name. Every
 * entry point (`validateFixture`, `createMockApi({ seed })`, `api.seed()`, `POST /__mock/seed`,
 * `tessera-mock --seed`) is tested against the same table, so none can drift. Each fixture is the
 * valid `team()` (or the demo data, for `onTop` cases) with one thing broken, so a refusal that
 * kept the rest would show.
 */
import { createFixture, DEMO, type Fixture } from "@tessera/mock";
import { secretChecksum } from "@tessera/sdk";

export interface BadFixture {
  /** What is wrong, with the rule's id where one applies. */
  name: string;
  fixture: () => unknown;
  /** The one problem expected. */
  pointer: string;
  detail: RegExp;
  /** Wrong only on top of the demo data (an id, email or secret already there). */
  onTop?: boolean;
}

/** A valid little organization: an admin, a developer, a zone, a token each. */
export function team(namespace = "bad") {
  const fixture = createFixture({ namespace });
  const organization = fixture.organization({ name: "Team" });
  const admin = fixture.user({ role: "admin" });
  const developer = fixture.user({ role: "developer" });
  const zone = fixture.resource({ type: "zones" });
  const adminToken = fixture.token({ owner: admin });
  const developerToken = fixture.token({
    owner: developer,
    scopes: [{ resource: "zones", access: "write" }],
  });
  return { fixture, organization, admin, developer, zone, adminToken, developerToken };
}

/** `team()` changed by `change`, as plain JSON. */
const broken = (change: (t: ReturnType<typeof team>) => void, namespace?: string) => () => {
  const t = team(namespace);
  change(t);
  return JSON.parse(JSON.stringify(t.fixture.build())) as Fixture;
};

const validSecret = (body30: string) => {
  const body = `tsr_pat_${body30}`;
  return body + secretChecksum(body);
};

export const BAD_FIXTURES: BadFixture[] = [
  {
    name: "not an object at all",
    fixture: () => [],
    pointer: "",
    detail: /must be object/,
  },
  {
    name: "a required field left out (an organization without a plan)",
    fixture: broken(({ organization }) => {
      delete (organization as { plan?: string }).plan;
    }),
    pointer: "/organizations/0/plan",
    detail: /is required/,
  },
  {
    name: "a field the format does not know",
    fixture: broken(({ admin }) => Object.assign(admin, { nickname: "boss" })),
    pointer: "/users/0/nickname",
    detail: /is not a known field/,
  },
  {
    name: "a value outside its enum (a plan that does not exist)",
    fixture: broken(({ organization }) => Object.assign(organization, { plan: "gold" })),
    pointer: "/organizations/0/plan",
    detail: /must be one of: solo, teams, enterprise/,
  },
  {
    name: "a token id without the contract's TokenId shape",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { id: "tok_short" })),
    pointer: "/tokens/0/id",
    detail: /must match pattern "\^tok_/,
  },
  {
    name: "a resource id without the contract's ResourceId shape",
    fixture: broken(({ zone }) => Object.assign(zone, { id: "zone-1" })),
    pointer: "/resources/0/id",
    detail: /must match pattern/,
  },
  {
    name: "a resource id whose prefix is another type's",
    fixture: broken(({ zone }) => Object.assign(zone, { id: "dom_bad1" })),
    pointer: "/resources/0/id",
    detail: /must start with zone_ for zones/,
  },
  {
    name: "a membership in an organization that does not exist",
    fixture: broken(({ fixture }) => fixture.user({ organization: "org_ghost" })),
    pointer: "/users/2/memberships/0/organizationId",
    detail: /no organization of the fixture or the mock: org_ghost/,
  },
  {
    name: "a user in one organization twice",
    fixture: broken(({ admin, organization }) =>
      admin.memberships?.push({ organizationId: organization.id, role: "developer" }),
    ),
    pointer: "/users/0/memberships/1/organizationId",
    detail: /one role per organization/,
  },
  {
    name: "a token whose creator does not exist",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { createdBy: "usr_ghost" })),
    pointer: "/tokens/0/createdBy",
    detail: /no user of the fixture or the mock: usr_ghost/,
  },
  {
    name: "a personal token whose owner is no member of its organization (T15: it could not work)",
    fixture: broken(({ fixture, organization }) => {
      fixture.organization();
      const outsider = fixture.user();
      fixture.token({ owner: outsider, organization });
    }),
    pointer: "/tokens/2/createdBy",
    detail: /usr_bad3 is no member of org_bad1/,
  },
  {
    name: "a token of an organization that does not exist",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { organizationId: "org_ghost" })),
    pointer: "/tokens/0/organizationId",
    detail: /no organization of the fixture or the mock: org_ghost/,
  },
  {
    name: "S1: a selected resource of another organization",
    fixture: broken(({ fixture, developerToken }) => {
      fixture.organization();
      const theirs = fixture.resource({ type: "zones" });
      developerToken.scopes = [{ resource: "zones", access: "write", resourceIds: [theirs.id] }];
    }),
    pointer: "/tokens/1/scopes/0/resourceIds/0",
    detail: /S1: org_bad1 has no zones zone_bad2/,
  },
  {
    name: "S3: a scoped token in an organization on the solo plan",
    fixture: broken(({ organization }) => Object.assign(organization, { plan: "solo" })),
    pointer: "/tokens/1/scopes",
    detail: /S3: org_bad1 is on the solo plan/,
  },
  {
    name: "T3: a developer's personal token with billing access, beyond the developer role",
    fixture: broken(({ developerToken }) => {
      developerToken.scopes = [{ resource: "billing", access: "read" }];
    }),
    pointer: "/tokens/1/scopes",
    detail: /T3: beyond what its owner's role \(developer\) allows: billing:read/,
  },
  {
    name: "T2: an organization token created by a developer",
    fixture: broken(({ fixture, developer }) =>
      fixture.token({ type: "organization", createdBy: developer.id }),
    ),
    pointer: "/tokens/2/createdBy",
    detail: /T2: only admins create organization tokens/,
  },
  {
    name: "a secret that is not a Tessera secret",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { secret: "hunter2" })),
    pointer: "/tokens/0/secret",
    detail: /is not a personal secret/,
  },
  {
    name: "a secret whose checksum does not match",
    fixture: broken(({ adminToken }) => {
      const last = adminToken.secret.endsWith("A") ? "B" : "A";
      adminToken.secret = adminToken.secret.slice(0, -1) + last;
    }),
    pointer: "/tokens/0/secret",
    detail: /checksum that does not match/,
  },
  {
    name: "a secret of another kind (an organization secret on a personal token)",
    fixture: broken(({ adminToken }) => {
      const body = `tsr_oat_${"O".repeat(30)}`;
      adminToken.secret = body + secretChecksum(body);
    }),
    pointer: "/tokens/0/secret",
    detail: /is not a personal secret/,
  },
  {
    name: "a stored prefix no secret of that kind starts with",
    fixture: broken(({ adminToken }) => {
      Object.assign(adminToken, { secret: undefined, secretHash: "a".repeat(64), prefix: "tsr_oat_abcd" });
    }),
    pointer: "/tokens/0/prefix",
    detail: /is not how a personal secret starts/,
  },
  {
    name: "two users with one email, ignoring case",
    fixture: broken(({ admin, developer }) => {
      developer.email = admin.email.toUpperCase();
    }),
    pointer: "/users/1/email",
    detail: /is the email of \/users\/0 too \(emails are compared ignoring case\)/,
  },
  {
    name: "one user id given twice",
    fixture: broken(({ fixture, admin }) => fixture.user({ id: admin.id, email: "other@bad.test" })),
    pointer: "/users/2/id",
    detail: /usr_bad1 is given twice \(first at \/users\/0\)/,
  },
  {
    name: "one token id given twice",
    fixture: broken(({ fixture, adminToken, admin }) =>
      fixture.token({
        owner: admin,
        id: adminToken.id,
        secret: validSecret("AnotherSecretForTheSameId00001"),
      }),
    ),
    pointer: "/tokens/2/id",
    detail: /given twice \(first at \/tokens\/0\)/,
  },
  {
    name: "one secret given to two tokens",
    fixture: broken(({ fixture, admin, adminToken }) =>
      fixture.token({ owner: admin, secret: adminToken.secret }),
    ),
    pointer: "/tokens/2/secret",
    detail: /is the secret of \/tokens\/0 too/,
  },
  {
    name: "T4: a 51st active token for one owner",
    fixture: broken(({ fixture, developer }) => {
      for (let i = 0; i < 50; i++) fixture.token({ owner: developer });
    }),
    pointer: "/tokens/51",
    detail: /T4: user usr_bad2 would hold 51 active tokens; at most 50 per owner/,
  },
  {
    name: "an impossible time (a leap second no clock can hold)",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { createdAt: "2016-12-31T23:59:60Z" })),
    pointer: "/tokens/0/createdAt",
    detail: /must be a time between 1970/,
  },
  {
    name: "E7: a time before 1970",
    fixture: broken(({ organization }) => Object.assign(organization, { createdAt: "1969-12-31T23:59:59Z" })),
    pointer: "/organizations/0/createdAt",
    detail: /must be a time between 1970/,
  },
  {
    name: "a time that is not RFC 3339",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { expiresAt: "next week" })),
    pointer: "/tokens/0/expiresAt",
    detail: /must be an RFC 3339 date-time/,
  },
  {
    name: "E5: a label holding a bidi override",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { label: "prod\u202e" })),
    pointer: "/tokens/0/label",
    detail: /control or format characters \(found U\+202E/,
  },
  {
    name: "T5: a label that is blank after trimming",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { label: "   " })),
    pointer: "/tokens/0/label",
    detail: /1 to 100 characters long after trimming/,
  },
  {
    name: "a user with both a password and a password hash",
    fixture: broken(({ admin }) =>
      Object.assign(admin, { passwordHash: `pbkdf2-sha256$10000$salt$${"A".repeat(43)}=` }),
    ),
    pointer: "/users/0",
    detail: /Give either `password` or `passwordHash`, not both/,
  },
  {
    name: "a password hash whose iteration count no login could afford",
    fixture: broken(({ admin }) =>
      Object.assign(admin, {
        password: undefined,
        passwordHash: `pbkdf2-sha256$99999999$salt$${"A".repeat(43)}=`,
      }),
    ),
    pointer: "/users/0/passwordHash",
    detail: /is not a PBKDF2-SHA256 hash this mock can check/,
  },
  {
    name: "a personal token carrying a role",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { role: "admin" })),
    pointer: "/tokens/0/role",
    detail: /A personal token has no `role`/,
  },
  // On top of the demo data: what is already in the mock counts.
  {
    name: "an organization id already in the mock",
    fixture: broken(({ fixture }) =>
      fixture.organization({ id: DEMO.organizations.acme, name: "Acme again" }),
    ),
    pointer: "/organizations/1/id",
    detail: /organization org_acme is already in the mock/,
    onTop: true,
  },
  {
    name: "a token id already in the mock",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { id: DEMO.tokens.ada.id })),
    pointer: "/tokens/0/id",
    detail: /token tok_AdaPersonal00001 is already in the mock/,
    onTop: true,
  },
  {
    name: "an email already in the mock, ignoring case",
    fixture: broken(({ developer }) => Object.assign(developer, { email: "ADA@acme.test" })),
    pointer: "/users/1/email",
    detail: /is the email of usr_ada, already in the mock/,
    onTop: true,
  },
  {
    name: "a secret already in the mock",
    fixture: broken(({ adminToken }) => Object.assign(adminToken, { secret: DEMO.tokens.ada.secret })),
    pointer: "/tokens/0/secret",
    detail: /is the secret of a credential already in the mock/,
    onTop: true,
  },
  {
    name: "T4: counting the tokens already in the mock (Ada has one, 50 more would be 51)",
    fixture: broken(({ fixture }) => {
      for (let i = 0; i < 50; i++)
        fixture.token({ owner: DEMO.users.ada.id, organization: DEMO.organizations.acme });
    }),
    pointer: "/tokens/51",
    detail: /T4: user usr_ada would hold 51 active tokens/,
    onTop: true,
  },
];
