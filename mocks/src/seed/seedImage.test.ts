/**
 * Instances share their seed's records (seedImage.ts, `Store.adopt`) yet stay isolated: a change
 * copies the record first, the shared image is frozen, and a fresh instance holds exactly what
 * loading the seed record by record would (issue 13: a fresh session costs kilobytes, not a seed).
 * Also the per-store history limits: outbox, audit log, expired idempotency records.
 */
import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../domain/context.js";
import { createMockApi } from "../runtimes/createMockApi.js";
import type { MockApi } from "../runtimes/MockApi.js";
import { createMockClock } from "../runtimes/mockClock.js";
import { createStore } from "../store/createStore.js";
import { DEMO, demoSeed } from "./demoSeed.js";
import { applyFixture, type Fixture } from "./fixture.js";
import { seedImage } from "./seedImage.js";

const NOW = "2026-11-22T10:00:00.000Z";
const BASE = "https://api.tessera.dev";

async function call(api: MockApi, method: string, path: string, secret: string, body?: unknown) {
  const response = await api.fetch(`${BASE}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${secret}`,
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}
const ada = DEMO.tokens.ada.secret;

describe("instances from one seed share its records and stay isolated", () => {
  test("revoking, rotating and editing seed tokens in one instance leaves the others as seeded", async () => {
    const [a, b] = [createMockApi({ now: NOW }), createMockApi({ now: NOW })];
    expect((await call(a, "DELETE", `/v1/tokens/${DEMO.tokens.grace.id}`, ada)).status).toBe(200);
    expect(
      (await call(a, "POST", `/v1/tokens/${DEMO.tokens.sol.id}/rotate`, DEMO.tokens.sol.secret, {})).status,
    ).toBe(200);
    expect(
      (await call(a, "PATCH", `/v1/tokens/${DEMO.tokens.acme.id}`, ada, { label: "changed in a" })).status,
    ).toBe(200);
    await a.members.setRole(DEMO.users.grace.id, DEMO.organizations.acme, "admin");
    await a.members.remove(DEMO.users.sol.id, DEMO.organizations.solo);

    for (const other of [b, createMockApi({ now: NOW })]) {
      expect((await call(other, "GET", "/v1/requester", DEMO.tokens.grace.secret)).status).toBe(200);
      expect((await call(other, "GET", "/v1/requester", DEMO.tokens.sol.secret)).status).toBe(200);
      const acme = await call(other, "GET", `/v1/tokens/${DEMO.tokens.acme.id}`, ada);
      expect(acme.body.label).not.toBe("changed in a");
      const grace = await call(other, "GET", "/v1/requester", DEMO.tokens.grace.secret);
      expect(grace.body.organization.role ?? grace.body.credential.role).not.toBe("admin");
    }
    // And a itself sees its own changes.
    expect((await call(a, "GET", "/v1/requester", DEMO.tokens.grace.secret)).status).toBe(401);
    expect((await call(a, "GET", `/v1/tokens/${DEMO.tokens.acme.id}`, ada)).body.label).toBe("changed in a");
  });

  test("a fresh instance holds exactly what loading the seed record by record holds", async () => {
    const clock = createMockClock(NOW, true);
    const loaded = createStore();
    await applyFixture({ store: loaded, clock, config: DEFAULT_CONFIG }, demoSeed);
    const shared = createMockApi({ now: NOW, freezeClock: true });
    const sort = (snapshot: ReturnType<typeof loaded.snapshot>) =>
      Object.fromEntries(
        Object.entries(snapshot).map(([table, rows]) => [
          table,
          Array.isArray(rows)
            ? [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))
            : rows,
        ]),
      );
    expect(sort(await shared.snapshot())).toEqual(sort(loaded.snapshot()));
  });

  test("the shared image is frozen: a change in place throws instead of reaching other instances", async () => {
    const image = await seedImage(demoSeed, Date.parse(NOW), DEFAULT_CONFIG);
    const token = image.indexes().byId.tokens.get(DEMO.tokens.ada.id);
    expect(token && Object.isFrozen(token)).toBe(true);
    expect(() => {
      (token as { label: string }).label = "changed";
    }).toThrow(TypeError);
  });

  test("a fixture object changed between two instances is seeded as it is now", async () => {
    const fixture: Fixture = structuredClone(demoSeed);
    createMockApi({ now: NOW, seed: fixture });
    const organization = fixture.organizations?.[0];
    if (!organization) throw new Error("the demo seed has organizations");
    organization.name = "Renamed Before Second Use";
    const second = createMockApi({ now: NOW, seed: fixture });
    const me = await call(second, "GET", "/v1/requester", ada);
    expect(JSON.stringify(me.body)).toContain("Renamed Before Second Use");
  });
});

describe("history limits per store", () => {
  const createBody = (label: string) => ({
    label,
    type: "personal",
    scopes: [{ resource: "tokens", access: "read" }],
    sensitiveData: "visible",
  });

  test("the outbox keeps the newest outboxLimit notifications", async () => {
    const api = createMockApi({ now: NOW, outboxLimit: 3 });
    for (let i = 0; i < 5; i++)
      expect((await call(api, "POST", "/v1/tokens", ada, createBody(`outbox ${i}`))).status).toBe(201);
    const outbox = api.notifications.list();
    expect(outbox).toHaveLength(3);
    expect(outbox.map((n) => n.token.label)).toEqual(["outbox 2", "outbox 3", "outbox 4"]);
  });

  test("the audit log keeps the newest auditLogLimit events", async () => {
    const api = createMockApi({ now: NOW, auditLogLimit: 4 });
    for (let i = 0; i < 6; i++)
      expect((await call(api, "POST", "/v1/tokens", ada, createBody(`audit ${i}`))).status).toBe(201);
    const events = await call(api, "GET", "/v1/audit-events?limit=100", ada);
    expect(events.status).toBe(200);
    expect(events.body.data).toHaveLength(4);
    expect(events.body.data[0].token.label).toBe("audit 5");
  });

  test("T18: idempotency records past their TTL are dropped as new ones arrive", async () => {
    const store = createStore();
    const record = (createdAt: number) => ({
      fingerprint: "f",
      createdAt,
      status: 201,
      body: {},
      headers: {},
    });
    store.putIdempotency("old", record(0));
    store.putIdempotency("recent", record(500));
    store.putIdempotency("new", record(1000), 100);
    expect([...store.idempotency.keys()]).toEqual(["recent", "new"]);
  });
});
