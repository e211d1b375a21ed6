/**
 * `@tessera/mock/vitest`: an isolated `api` and a ready `client` per test, and their options as
 * fixtures a `describe` can override.
 */
import { DEMO } from "@tessera/mock";
import { test } from "@tessera/mock/vitest";
import type { TokenCreateRequest } from "@tessera/sdk";
import { describe, expect } from "vitest";

const personal = (label: string): TokenCreateRequest => ({
  label,
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "hidden",
});
const seenApis = new Set<unknown>();

describe("a test's own mock", () => {
  test("the client is Ada, answered by this test's api", async ({ api, client }) => {
    seenApis.add(api);
    expect((await client.requester.get()).name).toBe(DEMO.users.ada.name);
    expect(api.journal.list()).toMatchObject([
      { operationId: "getRequester", credentialId: DEMO.tokens.ada.id },
    ]);
  });

  test("a token created in one test...", async ({ api, client }) => {
    seenApis.add(api);
    await client.tokens.create(personal("left behind"));
    expect(api.notifications.list().map((n) => n.type)).toContain("token.created");
  });

  test("...is gone in the next, which has a new api", async ({ api, client }) => {
    seenApis.add(api);
    const labels: string[] = [];
    for await (const token of client.tokens.list()) labels.push(token.label);
    expect(labels).not.toContain("left behind");
    expect(api.notifications.list()).toEqual([]);
    expect(seenApis.size).toBe(3);
  });

  test("the client's requests go through the api: a fault injected there reaches it", async ({
    api,
    client,
  }) => {
    api.faults.failWith(503, { operation: "getRequester", times: 3 });
    await expect(client.requester.get()).rejects.toMatchObject({ status: 503 });
  });
});

describe("options as fixtures", () => {
  describe("clientOptions: another credential", () => {
    test.override({ clientOptions: { token: DEMO.tokens.grace.secret } });

    test("the client is Grace (a developer): the audit log is refused", async ({ client }) => {
      expect(await client.requester.get()).toMatchObject({ name: DEMO.users.grace.name, email: null }); // hidden (Q2)
      await expect(client.auditEvents.list()).rejects.toMatchObject({ status: 403 });
    });
  });

  describe("clientOptions: email and password instead of the default token", () => {
    test.override({
      clientOptions: { credentials: { email: DEMO.users.sol.email, password: DEMO.password } },
    });

    test("the client logs in as Sol on its first request", async ({ api, client }) => {
      expect((await client.requester.get()).name).toBe(DEMO.users.sol.name);
      expect(api.journal.list().map((entry) => entry.operationId)).toEqual(["login", "getRequester"]);
    });
  });

  describe("mockOptions: an empty mock with a token limit", () => {
    test.override({ mockOptions: { seed: "empty", config: { tokenLimit: 1 } } });

    test("the default client's token is unknown to it (A3)", async ({ client }) => {
      await expect(client.requester.get()).rejects.toMatchObject({ status: 401, code: "invalid_token" });
    });
  });

  describe("mockOptions: the demo data with a token limit of 1 (T4)", () => {
    test.override({ mockOptions: { config: { tokenLimit: 1 } } });

    test("Ada already holds her one token, so the next is refused", async ({ client }) => {
      await expect(client.tokens.create(personal("one too many"))).rejects.toMatchObject({
        status: 409,
        code: "token_limit_reached",
      });
    });
  });
});
