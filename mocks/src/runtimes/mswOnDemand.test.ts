import { HttpResponse, http } from "msw";
import { expect, test } from "vitest";
import { DEMO } from "../seed/demoSeed.js";
import { createMockInstance } from "./mockInstance.js";
import { mswOnDemand } from "./mswOnDemand.js";

const requester = () =>
  new Request("http://127.0.0.1/v1/requester", {
    headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}` },
  });

test("the CLI's instances answer without msw, and load it only for a use() override", async () => {
  const api = createMockInstance({}, mswOnDemand);
  expect((await api.respond(requester()))?.status).toBe(200);
  expect(mswOnDemand.now()).toBeUndefined();
  expect(() => api.handlers).toThrow(/needs msw/);

  api.use(http.get("*/v1/requester", () => HttpResponse.json({ overridden: true }, { status: 418 })));
  const overridden = await api.respond(requester());
  expect(overridden?.status).toBe(418);
  expect(mswOnDemand.now()).toBeDefined();
  // Once loaded, the handlers are there as for createMockApi.
  expect(api.handlers).toHaveLength(1);
  api.resetHandlers();
  expect((await api.respond(requester()))?.status).toBe(200);
});
