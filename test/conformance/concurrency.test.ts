/**
 * Concurrency (issue 6): the token limit (T4) holds under 500 concurrent creates by one owner, in
 * process and over HTTP, and a concurrent rotate and revoke of one token end in one consistent state.
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { createClient } from "@tessera/sdk";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer } from "../support/httpTarget.js";

const body = JSON.stringify({
  label: "burst",
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "visible",
});
const create = (base: string, send: typeof fetch, headers: Record<string, string> = {}) =>
  send(`${base}/v1/tokens`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${DEMO.tokens.ada.secret}`,
      "content-type": "application/json",
      ...headers,
    },
    body,
  });

async function countActive(base: string, send: typeof fetch, headers: Record<string, string> = {}) {
  const client = createClient({
    baseUrl: base,
    token: DEMO.tokens.ada.secret,
    fetch: (r) => send(r),
    headers,
    retries: 0,
  });
  let active = 0;
  for await (const token of client.tokens.list({ type: "personal", status: "active", limit: 100 })) {
    if (token.createdBy.id === "usr_ada") active++;
  }
  return active;
}

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe("T4 under concurrency", () => {
  test("500 concurrent creates in process yield exactly 50 active tokens", async () => {
    const api = createMockApi();
    const send = ((input: RequestInfo | URL, init?: RequestInit) => api.fetch(input, init)) as typeof fetch;
    const statuses = (
      await Promise.all(Array.from({ length: 500 }, () => create("https://api.tessera.dev", send)))
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(49); // plus Ada's seeded token: 50
    expect(statuses.filter((s) => s === 409)).toHaveLength(451);
    expect(await countActive("https://api.tessera.dev", send)).toBe(50);
  });

  test("500 concurrent creates over HTTP yield exactly 50 active tokens", async () => {
    const headers = { "x-mock-session": "burst" };
    const statuses: number[] = [];
    // 500 requests, at most 100 sockets in flight at once (the machine has two cores).
    for (let batch = 0; batch < 5; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 100 }, () => create(server.url, fetch, headers)),
      );
      statuses.push(...responses.map((r) => r.status));
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(49);
    expect(statuses.filter((s) => s === 409)).toHaveLength(451);
    expect(await countActive(server.url, fetch, headers)).toBe(50);
  });
});

describe("rotate and revoke racing", () => {
  test("end in one consistent state: revoked, no secret works, each event recorded once", async () => {
    const api = createMockApi();
    const send = (r: Request) => api.fetch(r);
    const ada = createClient({
      baseUrl: "https://api.tessera.dev",
      token: DEMO.tokens.ada.secret,
      fetch: send,
      retries: 0,
    });
    for (let trial = 0; trial < 20; trial++) {
      const { token, secret } = await ada.tokens.create({
        label: `race ${trial}`,
        type: "personal",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "visible",
      });
      const [rotation, revocation] = await Promise.allSettled([
        ada.tokens.rotate(token.id, { gracePeriodSeconds: 3600 }),
        ada.tokens.revoke(token.id),
      ]);
      expect(revocation.status).toBe("fulfilled");
      const final = await ada.tokens.get(token.id);
      expect(final.status).toBe("revoked");
      const secrets = [secret, ...(rotation.status === "fulfilled" ? [rotation.value.secret] : [])];
      if (rotation.status === "rejected")
        expect(rotation.reason).toMatchObject({ status: 409, code: "token_not_active" });
      for (const s of secrets) {
        const response = await api.fetch("https://api.tessera.dev/v1/tokens/current", {
          headers: { authorization: `Bearer ${s}` },
        });
        expect(response.status).toBe(401);
      }
      const events = (await ada.auditEvents.list({ limit: 100 })).data
        .filter((e) => e.token?.id === token.id)
        .map((e) => e.type);
      expect(events.filter((e) => e === "token.revoked")).toHaveLength(1);
      expect(events.filter((e) => e === "token.rotated")).toHaveLength(
        rotation.status === "fulfilled" ? 1 : 0,
      );
    }
  });
});
