/**
 * The scenario suite with every request matched by msw itself. Without overrides, `api.fetch`
 * sends a request straight to the mock's pipeline and msw is not involved; with any override
 * installed it asks msw's `getResponse` over `[...overrides, ...api.handlers]`, so msw's URL
 * matching, path parameters and resolver calls decide every answer. scripts/msw3-compat.sh copies
 * this file to test/msw3/ in its overlay, so that the imports below resolve there.
 */
import { HttpResponse, http } from "msw";
import { expect, test } from "vitest";
import { allScenarios } from "../../packages/conformance/src/scenarios/index.js";
import { inProcessTarget } from "../support/target.js";

/** An in-process target whose answers all come through msw's `getResponse`. */
function throughMsw() {
  const target = inProcessTarget();
  target.api.use(http.get("https://override.invalid/never", () => HttpResponse.text("never used")));
  return target;
}

test("with an override installed, msw decides: an override for a real path wins over the mock", async () => {
  const { api, baseUrl } = throughMsw();
  api.use(http.get("*/v1/scopes", () => HttpResponse.json({ overridden: true })));
  expect(await (await api.fetch(`${baseUrl}/v1/scopes`)).json()).toEqual({ overridden: true });
  api.resetHandlers();
  expect((await api.fetch(`${baseUrl}/v1/scopes`)).status).toBe(401);
});

allScenarios(throughMsw);
