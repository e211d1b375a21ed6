import { DEMO } from "@tessera/mock";
import { test } from "@tessera/mock/vitest";
import { describe, expect } from "vitest";

const fullAccess = [{ resource: "*", access: "write" }] as const;

test("a test's mock is its own: a token made here...", async ({ api, client }) => {
  await client.tokens.create({
    label: "made here",
    type: "personal",
    scopes: [...fullAccess],
    sensitiveData: "hidden",
  });
  expect(api.journal.list().map((entry) => entry.operationId)).toEqual(["createToken"]);
});

test("...is not there in the next test", async ({ client }) => {
  const labels: string[] = [];
  for await (const token of client.tokens.list()) labels.push(token.label);
  expect(labels).not.toContain("made here");
});

describe("with overridden options", () => {
  test.override({
    clientOptions: { token: DEMO.tokens.grace.secret },
    mockOptions: { config: { tokenLimit: 1 } },
  });

  test("the client is Grace and the mock has her limit", async ({ client }) => {
    expect((await client.requester.get()).name).toBe("Grace Hopper");
    await expect(
      client.tokens.create({
        label: "second",
        type: "personal",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "hidden",
      }),
    ).rejects.toMatchObject({ status: 409, code: "token_limit_reached" });
  });
});
