/** The local server's own surface: X-Mock-Session isolation and the /__mock controls. */
import { DEMO } from "@tessera/mock";
import { createClient } from "@tessera/sdk";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer } from "../support/httpTarget.js";

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const as = (session: string | null, token = DEMO.tokens.ada.secret) =>
  createClient({
    baseUrl: server.url,
    token,
    retries: 0,
    headers: session ? { "x-mock-session": session } : {},
  });
const control = (method: string, path: string, session: string, body?: unknown) =>
  fetch(`${server.url}/__mock/${path}`, {
    method,
    headers: { "x-mock-session": session, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const personal = {
  label: "isolated",
  type: "personal" as const,
  scopes: [{ resource: "tokens" as const, access: "read" as const }],
  sensitiveData: "visible" as const,
};

describe("X-Mock-Session", () => {
  test("each session has its own state, created on first use from the same seed", async () => {
    const { token } = await as("alpha").tokens.create(personal);
    expect((await as("alpha").tokens.get(token.id)).label).toBe("isolated");
    await expect(as("beta").tokens.get(token.id)).rejects.toMatchObject({ status: 404 });
    await expect(as(null).tokens.get(token.id)).rejects.toMatchObject({ status: 404 });
    expect((await as("beta").requester.get()).id).toBe("usr_ada");
    const sessions = await (await control("GET", "sessions", "alpha")).json();
    expect(sessions.sessions).toEqual(expect.arrayContaining(["alpha", "beta", "default"]));
  });

  test("an invalid session name is refused with a problem", async () => {
    const response = await fetch(`${server.url}/v1/requester`, {
      headers: { "x-mock-session": "no spaces allowed" },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe("invalid_request");
  });
});

describe("/__mock controls", () => {
  test("reset returns a session to the seed and leaves others alone", async () => {
    await as("r1").tokens.create(personal);
    await as("r2").tokens.create(personal);
    expect((await control("POST", "reset", "r1")).status).toBe(200);
    expect((await as("r1").tokens.list({ search: "isolated" })).data).toHaveLength(0);
    expect((await as("r2").tokens.list({ search: "isolated" })).data).toHaveLength(1);
  });

  test("clock: read, advance with a duration, set and freeze", async () => {
    const session = "clock";
    const before = await (await control("GET", "clock", session)).json();
    expect(before).toEqual({ now: "2026-11-22T10:00:00.000Z", frozen: true });
    const advanced = await (
      await control("POST", "clock", session, { advance: { days: 1, hours: 2 } })
    ).json();
    expect(advanced.now).toBe("2026-11-23T12:00:00.000Z");
    const set = await (await control("POST", "clock", session, { set: "2027-01-01T00:00:00Z" })).json();
    expect(set.now).toBe("2027-01-01T00:00:00.000Z");
  });

  test("seed, outbox, journal and state", async () => {
    const session = "seeded";
    const seeded = await control("POST", "seed", session, {
      users: [
        {
          id: "usr_new",
          email: "new@acme.test",
          password: "pw-123456",
          firstName: "New",
          lastName: "User",
          memberships: [{ organizationId: "org_acme", role: "developer" }],
        },
      ],
    });
    expect(seeded.status).toBe(200);
    const client = createClient({
      baseUrl: server.url,
      credentials: { email: "new@acme.test", password: "pw-123456" },
      headers: { "x-mock-session": session },
    });
    expect((await client.requester.get()).id).toBe("usr_new");
    await client.tokens.create(personal);
    const outbox = await (await control("GET", "outbox", session)).json();
    expect(outbox.notifications.map((n: { recipient: { email: string } }) => n.recipient.email)).toEqual([
      "new@acme.test",
    ]);
    const journal = await (await control("GET", "journal", session)).json();
    expect(journal.entries.map((e: { operationId: string }) => e.operationId)).toEqual([
      "login",
      "getRequester",
      "createToken",
    ]);
    const state = await (await control("GET", "state", session)).json();
    expect(state.users.map((u: { id: string }) => u.id)).toContain("usr_new");
    expect(JSON.stringify(state)).not.toContain(DEMO.tokens.ada.secret);
    expect(JSON.stringify(state)).not.toContain("pw-123456");
    expect((await control("DELETE", "journal", session)).status).toBe(200);
    expect((await (await control("GET", "journal", session)).json()).entries).toEqual([]);
  });

  test("faults over HTTP: a status, a dropped connection, and clearing them", async () => {
    const session = "faulty";
    await control("POST", "faults", session, {
      kind: "status",
      status: 503,
      operation: "getRequester",
      retryAfterSeconds: 2,
    });
    const failed = await fetch(`${server.url}/v1/requester`, {
      headers: { "x-mock-session": session, authorization: `Bearer ${DEMO.tokens.ada.secret}` },
    });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("2");
    await control("DELETE", "faults", session);
    await control("POST", "faults", session, { kind: "network", operation: "listScopes", times: 1 });
    await expect(
      fetch(`${server.url}/v1/scopes`, { headers: { "x-mock-session": session } }),
    ).rejects.toThrow();
    const after = await fetch(`${server.url}/v1/requester`, {
      headers: { "x-mock-session": session, authorization: `Bearer ${DEMO.tokens.ada.secret}` },
    });
    expect(after.status).toBe(200);
  });

  test("members: demote and remove", async () => {
    const session = "members";
    await control("POST", "members", session, {
      userId: "usr_ada",
      organizationId: "org_acme",
      role: "developer",
    });
    expect((await as(session).tokens.current()).role).toBe("developer");
    await control("DELETE", "members", session, { userId: "usr_ada", organizationId: "org_acme" });
    await expect(as(session).requester.get()).rejects.toMatchObject({ status: 401 });
  });

  test("bad control input gets a clear error naming the field; unknown controls are 404", async () => {
    const bad = await control("POST", "clock", "bad", { advance: -5 });
    expect(bad.status).toBe(400);
    const problem = await bad.json();
    expect(problem.code).toBe("invalid_request");
    expect(problem.errors[0].pointer).toBe("/body/advance");
    expect((await control("POST", "faults", "bad", { kind: "status", status: 418 })).status).toBe(400);
    expect((await control("POST", "seed", "bad", "not json")).status).toBe(400);
    const brokenJson = await fetch(`${server.url}/__mock/clock`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(brokenJson.status).toBe(400);
    expect((await control("GET", "nothing-here", "bad")).status).toBe(404);
  });

  test("the API reference and the contract are served", async () => {
    const page = await fetch(`${server.url}/docs`);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("/docs/scalar.js");
    const spec = await (await fetch(`${server.url}/openapi.json`)).json();
    expect(spec.info.title).toBe("Tessera API-token service");
    expect(await (await fetch(`${server.url}/openapi.yaml`)).text()).toContain("openapi: 3.1.0");
  });
});
