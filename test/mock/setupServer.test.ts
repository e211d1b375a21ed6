/**
 * The mock through msw/node's setupServer, as an app's test suite would use it: the SDK with the
 * global fetch, intercepted process-wide. Also shows that handler overrides apply.
 */
import { DEMO } from "@tessera/mock";
import { setupMockServer } from "@tessera/mock/node";
import { createClient, ServerError } from "@tessera/sdk";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";

const baseUrl = "https://api.tessera.dev";
const { api, server } = setupMockServer({ baseUrl });

// msw 2 reads onUnhandledRequest, msw 3 onUnhandledFrame; each ignores the other's name.
const strict = { onUnhandledRequest: "error", onUnhandledFrame: "error" } as const;
beforeAll(() => server.listen(strict));
afterEach(async () => {
  server.resetHandlers();
  await api.reset();
});
afterAll(() => server.close());

describe("setupServer", () => {
  test("A5/T1/T7: log in, create a token and find it in the list, over the global fetch", async () => {
    const client = createClient({
      baseUrl,
      credentials: { email: "ada@acme.test", password: DEMO.password },
    });
    const { token, secret } = await client.tokens.create({
      label: "via setupServer",
      type: "personal",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "visible",
    });
    const labels: string[] = [];
    for await (const t of client.tokens.list()) labels.push(t.label);
    expect(labels[0]).toBe("via setupServer");
    const asNew = createClient({ baseUrl, token: secret });
    expect((await asNew.tokens.current()).id).toBe(token.id);
    expect(api.journal.list().map((e) => e.operationId)).toEqual([
      "login",
      "createToken",
      "listTokens",
      "getCurrentToken",
    ]);
  });

  test("reset() restores the demo seed between tests", async () => {
    const client = createClient({ baseUrl, token: DEMO.tokens.ada.secret });
    const labels = (await client.tokens.list()).data.map((t) => t.label);
    expect(labels).not.toContain("via setupServer");
    expect(labels).toHaveLength(4);
  });

  test("server.use overrides a handler for one test", async () => {
    server.use(
      http.get(`${baseUrl}/v1/requester`, () => HttpResponse.json({ title: "down" }, { status: 500 })),
    );
    const client = createClient({ baseUrl, token: DEMO.tokens.ada.secret, retries: 0 });
    await expect(client.requester.get()).rejects.toBeInstanceOf(ServerError);
  });
});
