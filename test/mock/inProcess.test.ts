/** The scenario suite against an in-process mock (its `fetch`), one fresh instance per test. */
import { afterAll, expect, test } from "vitest";
import { allScenarios } from "../../packages/conformance/src/scenarios/index.js";
import { contractViolations } from "../support/contractGuard.js";
import { inProcessTarget } from "../support/target.js";

const target = () => inProcessTarget();

allScenarios(target);

afterAll(() => {
  expect(contractViolations).toEqual([]);
});

test("the journal keeps only the newest journalLimit entries", async () => {
  const { api, fetch, baseUrl } = inProcessTarget({ journalLimit: 5 });
  for (let i = 0; i < 1010; i++) await fetch(new Request(`${baseUrl}/v1/scopes`));
  // The journal trims in batches, but never lists more than the limit.
  expect(api.journal.list()).toHaveLength(5);
  await fetch(new Request(`${baseUrl}/v1/requester`));
  expect(api.journal.list().at(-1)?.path).toBe("/v1/requester");
});

test("seeding refuses ids the contract forbids, with a clear error and no change", async () => {
  const { api } = inProcessTarget();
  const before = JSON.stringify(await api.snapshot());
  await expect(
    api.seed({
      tokens: [
        {
          id: "tok_tooLongForTheContract",
          type: "personal",
          organizationId: "org_acme",
          createdBy: "usr_ada",
          label: "x",
          secret: "x",
        },
      ],
    }),
  ).rejects.toThrow(/\/tokens\/0\/id: must match pattern "\^tok_\[0-9A-Za-z\]\{16\}\$"/);
  expect(JSON.stringify(await api.snapshot())).toBe(before);
});

test("an instance restored from a snapshot keeps its own audit events: changing the snapshot later changes nothing", async () => {
  const { createMockApi, DEMO } = await import("@tessera/mock");
  const now = "2026-11-22T10:00:00.000Z";
  const a = createMockApi({ now, freezeClock: true });
  const auth = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
  const created = await a.fetch("http://localhost/v1/tokens", {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({
      label: "restored",
      type: "personal",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "hidden",
    }),
  });
  expect(created.status).toBe(201);
  const snapshot = await a.snapshot();
  const b = createMockApi({ now, freezeClock: true, restore: { store: snapshot } });
  await b.ready();
  const last = snapshot.auditEvents.at(-1);
  expect(last?.type).toBe("token.created");
  if (last) last.type = "token.revoked";
  const listed = await (await b.fetch("http://localhost/v1/audit-events", { headers: auth })).json();
  expect(listed.data[0].type).toBe("token.created");
});
