/**
 * msw 3 renamed `listen({ onUnhandledRequest })` to `onUnhandledFrame` and ignores the old name: a
 * request no handler answers then goes to the network with a warning instead of failing. The
 * mock's node runtime with msw 3's spelling: its requests are answered, any other is refused.
 */
import { DEMO } from "@tessera/mock";
import { setupMockServer } from "@tessera/mock/node";
import { afterAll, beforeAll, expect, test } from "vitest";

const { server } = setupMockServer({ baseUrl: "https://api.tessera.dev" });
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

test("setupMockServer with onUnhandledFrame: 'error' answers the API and refuses anything else", async () => {
  const requester = await fetch("https://api.tessera.dev/v1/requester", {
    headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}` },
  });
  expect(requester.status).toBe(200);
  await expect(fetch("http://127.0.0.1:59999/elsewhere")).rejects.toMatchObject({
    cause: { message: expect.stringContaining('"error" strategy for the "onUnhandledFrame" option') },
  });
});
