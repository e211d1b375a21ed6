/**
 * A team's own backend data for the conformance kit's proofs (test/conformance/principals.test.ts,
 * test/conformance/sharedStaging.test.ts): nothing here is the demo seed's.
 */
import { SCENARIO_EPOCH } from "@tessera/conformance";
import { createFixture } from "@tessera/mock";

/**
 * Northwind Labs (enterprise) with admins Olga and Ben and developer Devi; Tiny Co (solo, tokens
 * capped at 90 days) with Tomás. Nothing here is the demo seed's: not an id, email, password,
 * name, plan, secret or count.
 */
export function teamFixture() {
  const fixture = createFixture({ namespace: "nw" });
  const northwind = fixture.organization({
    id: "org_northwind",
    name: "Northwind Labs",
    plan: "enterprise",
    balance: 87_300.25,
    createdAt: "2023-05-04T08:30:00.000Z",
  });
  const olga = fixture.user({
    id: "usr_olga",
    email: "olga.admin@northwind.example",
    password: "olga-pass-2026!",
    firstName: "Olga",
    lastName: "Nordström",
    organization: northwind,
    role: "admin",
  });
  const ben = fixture.user({
    email: "ben@northwind.example",
    password: "ben-pass-2026!",
    organization: northwind,
    role: "admin",
  });
  const devi = fixture.user({
    id: "usr_devi",
    email: "devi@northwind.example",
    password: "devi-pass-2026!",
    firstName: "Devi",
    lastName: "Rao",
    organization: northwind,
    role: "developer",
  });
  const tiny = fixture.organization({
    id: "org_tinyco",
    name: "Tiny Co",
    plan: "solo",
    balance: 3,
    maxTokenLifetimeDays: 90,
  });
  const tomas = fixture.user({
    id: "usr_tomas",
    email: "tomas@tiny.example",
    password: "tomas-pass-2026!",
    firstName: "Tomás",
    lastName: "Vega",
    organization: tiny,
    role: "admin",
  });
  for (const type of ["zones", "zones", "zones", "zones", "domains", "certificates"] as const)
    fixture.resource({ type, organization: northwind });
  fixture.resource({ type: "zones", organization: tiny });
  // Tokens of their own: what a team's principals file names, and others the kit must not trip on.
  const tokens = {
    olga: fixture.token({ owner: olga, label: "Olga's CLI" }),
    devi: fixture.token({
      owner: devi,
      label: "Devi's deploys",
      scopes: [
        { resource: "tokens", access: "write" },
        { resource: "zones", access: "write" },
        { resource: "domains", access: "write" },
        { resource: "certificates", access: "read" },
      ],
    }),
    tomas: fixture.token({ owner: tomas, label: "Tomás' laptop", createdAt: SCENARIO_EPOCH }),
    legacy: fixture.token({ type: "organization", legacy: true, organization: northwind, label: "Old key" }),
  };
  fixture.token({ owner: ben, label: "Ben's token" });
  fixture.token({ type: "organization", organization: northwind, role: "admin", label: "Nightly" });
  return { fixture: fixture.build(), users: { olga, devi, tomas }, tokens };
}
