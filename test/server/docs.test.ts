/**
 * `/docs` in a real browser: headless Chromium renders the contract's operations from local files
 * only (no CDN, no web fonts from elsewhere: this machine has no internet).
 */
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { startServer } from "../support/httpTarget.js";

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("/docs", () => {
  test("renders the API reference with its operations, loading nothing from elsewhere", async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith("data:") && !url.startsWith("blob:"))
        foreign.push(url);
    });
    await page.goto(`${server.url}/docs`, { waitUntil: "load" });
    for (const summary of [
      "Log in with email and password",
      "Create a token",
      "Rotate a token's secret",
      "Describe the caller",
    ]) {
      await page.getByText(summary).first().waitFor({ state: "visible", timeout: 30_000 });
    }
    await page.getByText("Tessera API-token service").first().waitFor({ state: "visible" });
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/docs.png" });
    expect(foreign).toEqual([]);
  }, 60_000);
});
