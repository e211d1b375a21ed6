/**
 * CORS and H5 in a real browser: a page served from one port calls `tessera-mock`'s API on
 * another port with a bearer token and succeeds, while the same page cannot read the control
 * plane (headless Chromium, as the other browser tests).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO } from "@tessera/mock";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { startServer } from "../support/httpTarget.js";

let mock: Awaited<ReturnType<typeof startServer>>;
let page: Server;
let pageUrl = "";
let browser: Browser | undefined;

beforeAll(async () => {
  mock = await startServer();
  page = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>another origin</title><p>An app on another port.</p>");
  });
  await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await new Promise((resolve) => page?.close(resolve));
  await mock?.close();
});

test("CORS, H5: a page on another origin calls /v1/requester with a bearer token; /__mock stays out of its reach", {
  timeout: 60_000,
}, async () => {
  if (!browser) throw new Error("beforeAll did not finish");
  const tab = await browser.newPage();
  await tab.goto(pageUrl);
  const results = await tab.evaluate(
    async ({ api, token }) => {
      const attempt = async (path: string, init?: RequestInit) => {
        try {
          const response = await fetch(`${api}${path}`, init);
          return {
            ok: true,
            status: response.status,
            body: await response.text(),
            requestId: response.headers.get("x-request-id"),
          };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
      };
      return {
        origin: location.origin,
        requester: await attempt("/v1/requester", {
          headers: { authorization: `Bearer ${token}`, "x-mock-session": "browser" },
        }),
        refused: await attempt("/v1/requester", { headers: { authorization: "Bearer nope" } }),
        state: await attempt("/__mock/state"),
        seed: await attempt("/__mock/seed", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ users: [] }),
        }),
      };
    },
    { api: mock.url, token: DEMO.tokens.ada.secret },
  );
  expect(results.origin).not.toBe(new URL(mock.url).origin);
  expect(results.requester).toMatchObject({ ok: true, status: 200 });
  expect(JSON.parse(results.requester.body ?? "{}")).toMatchObject({ id: DEMO.users.ada.id });
  // A refusal is readable too, with the headers a client needs.
  expect(results.refused).toMatchObject({ ok: true, status: 401 });
  expect(results.refused.requestId).toMatch(/^req_/);
  // The control plane: the browser refuses the page both the read and the preflighted write.
  expect(results.state).toMatchObject({ ok: false });
  expect(results.seed).toMatchObject({ ok: false });
  await tab.close();
});
