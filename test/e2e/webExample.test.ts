/**
 * The browser example (examples/web) end to end: its Vite dev server, the MSW service worker with
 * the in-memory mock, and headless Chromium clicking through the whole token lifecycle. Each step
 * leaves a screenshot in test-results/web-example/.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type ExampleServer, startExampleServer } from "../../examples/web/devServer.js";
import { launchChromium } from "../support/chromium.js";

const SCREENSHOTS = fileURLToPath(new URL("../../test-results/web-example/", import.meta.url));
const PASSWORD = "correct-horse-battery-staple";

let server: ExampleServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startExampleServer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(server.url).origin,
  });
}, 60_000);

afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close().catch(() => {});
  await server?.close();
});

/** Saves a full-page screenshot named after the step, e.g. `03-create-form.png`. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** Whether `text` is anywhere in the page's HTML or in the value of any of its fields. */
async function pageHolds(page: Page, text: string): Promise<boolean> {
  const html = await page.content();
  const inFields = await page.evaluate(
    (needle) =>
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")].some(
        (field) => field.value.includes(needle),
      ),
    text,
  );
  return html.includes(text) || inFields;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Reads the secret shown once, checks the warning and the copy button, and closes the dialog. */
async function takeSecret(page: Page, dialog: Locator, screenshotName: string): Promise<string> {
  await dialog.getByText("it will not be shown again").waitFor();
  const secret = await dialog.getByLabel(/^Secret of/).inputValue();
  expect(secret).toMatch(/^tsr_pat_[0-9A-Za-z]{36}$/);
  await dialog.getByRole("button", { name: "Copy secret" }).click();
  await dialog.getByText("Copied to the clipboard.").waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await screenshot(page, screenshotName);
  await dialog.getByRole("button", { name: "Done, I have stored it" }).click();
  // A closed <dialog> leaves the accessibility tree at once and the DOM on its "close" event.
  await page.waitForFunction(() => document.querySelector("dialog") === null);
  expect(await pageHolds(page, secret)).toBe(false);
  return secret;
}

test("web example: sign in, create, edit, rotate and revoke a token, set the token policy, report a leak; a developer is refused an organization token", {
  timeout: 120_000,
}, async () => {
  if (!context || !server) throw new Error("beforeAll did not finish");
  const page = await context.newPage();
  // Uncaught exceptions and console errors, except the browser's own line for each 4xx response.
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      pageErrors.push(message.text());
    }
  });
  page.setDefaultTimeout(15_000);

  try {
    // Sign in as Ada, an admin: who she is and her organization's tokens.
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await screenshot(page, "01-sign-in");
    await signIn(page, "ada@acme.test");
    const me = page.getByRole("region", { name: "Ada Lovelace" });
    await me.getByText("ada@acme.test").waitFor();
    await me.getByText("Acme (teams plan)").waitFor();
    await page.getByRole("row", { name: /CI pipeline/ }).waitFor();
    const demoRow = page.getByRole("row", { name: /CI pipeline/ });
    expect(await demoRow.textContent()).toContain("tsr_oat_Acme");
    expect(await demoRow.textContent()).toContain("Organization (developer)");
    await screenshot(page, "02-token-list");

    // Create a scoped personal token: zones write on one zone, tokens read.
    await page.getByRole("button", { name: "New token" }).click();
    const form = page.getByRole("dialog", { name: "New token" });
    await form.getByLabel("Label", { exact: true }).fill("Deploy bot");
    await form.getByLabel("Only the access chosen below").check();
    await form.getByLabel("Zones", { exact: true }).selectOption("write");
    await form
      .getByRole("group", { name: /Only these zones/ })
      .getByLabel("staging.acme.test")
      .check();
    await form.getByLabel("Tokens", { exact: true }).selectOption("read");
    await form.getByLabel("Visible").check();
    await form.getByLabel("Allowed IP addresses (optional)").fill("127.0.0.0/8, ::1");
    await screenshot(page, "03-create-form");
    await form.getByRole("button", { name: "Create token" }).click();
    const created = page.getByRole("dialog", { name: "Token created" });
    const firstSecret = await takeSecret(page, created, "04-secret-shown-once");
    const row = page.getByRole("row", { name: /Deploy bot/ });
    await row.getByText("zones:write (1 selected)").waitFor();
    await row.getByText("tokens:read").waitFor();
    await row.getByText("Only from 127.0.0.0/8, ::1/128").waitFor();
    await page.getByRole("status").getByText("Created “Deploy bot”.").waitFor();
    await screenshot(page, "05-created");

    // Edit its scopes: add read access to domains.
    await row.getByRole("button", { name: /Edit scopes/ }).click();
    const edit = page.getByRole("dialog", { name: "Edit scopes of “Deploy bot”" });
    expect(
      await edit
        .getByRole("group", { name: /Only these zones/ })
        .getByLabel("staging.acme.test")
        .isChecked(),
    ).toBe(true);
    await edit.getByLabel("Domains", { exact: true }).selectOption("read");
    await screenshot(page, "06-edit-scopes");
    await edit.getByRole("button", { name: "Save scopes" }).click();
    await edit.waitFor({ state: "detached" });
    await row.getByText("domains:read").waitFor();

    // Rotate it with a one-hour grace period: a new secret, shown once.
    await row.getByRole("button", { name: /Rotate/ }).click();
    const rotate = page.getByRole("dialog", { name: "Rotate “Deploy bot”" });
    await rotate.getByLabel("The current secret").selectOption({ label: "Keep working for 1 hour" });
    await rotate.getByRole("button", { name: "Rotate token" }).click();
    const rotatedSecret = await takeSecret(
      page,
      page.getByRole("dialog", { name: "Token rotated" }),
      "07-rotated",
    );
    expect(rotatedSecret).not.toBe(firstSecret);

    // Revoke it: a wrong label is refused by the API, the right one revokes.
    await row.getByRole("button", { name: /Revoke/ }).click();
    const revoke = page.getByRole("dialog", { name: "Revoke “Deploy bot”" });
    await revoke.getByLabel("Type “Deploy bot” to confirm").fill("Deploy bots");
    await revoke.getByRole("button", { name: "Revoke token" }).click();
    await revoke.getByRole("alert").getByText("The confirmation does not match the token's label.").waitFor();
    await screenshot(page, "08-revoke-wrong-label");
    await revoke.getByLabel("Type “Deploy bot” to confirm").fill("Deploy bot");
    await revoke.getByRole("button", { name: "Revoke token" }).click();
    await revoke.waitFor({ state: "detached" });
    await row.getByText("revoked").waitFor();
    expect(await row.getByRole("button").count()).toBe(0);
    await screenshot(page, "09-revoked");

    // The organization's token policy (P5): Ada, an admin, revokes idle tokens and requires allow-lists.
    const policy = page.getByRole("region", { name: "Token policy" });
    await policy.getByText("Unused tokens are kept.").waitFor();
    await policy.getByLabel("Revoke tokens unused for (days)").fill("90");
    await policy.getByLabel("Require an IP allow-list on new and edited tokens").check();
    await policy.getByRole("button", { name: "Save policy" }).click();
    await policy.getByText("Saved the token policy.").waitFor();
    await policy.getByText("Tokens unused for 90 days are revoked.").waitFor();
    await policy.getByText("New and edited tokens must carry an IP allow-list.").waitFor();
    await screenshot(page, "09b-policy");

    // Signed out, anyone can report a leaked secret (P4): the answer is the same whatever it was.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Report it" }).click();
    const leak = page.getByRole("dialog", { name: "Report leaked secrets" });
    await leak.getByLabel("Secrets found").fill(rotatedSecret);
    await leak.getByRole("button", { name: "Report" }).click();
    await leak.getByText("Thank you. Any live token among them has been revoked").waitFor();
    await screenshot(page, "09c-leak-reported");
    await leak.getByRole("button", { name: "Cancel" }).click();
    await page.waitForFunction(() => document.querySelector("dialog") === null);

    // Grace, a developer, may not create organization tokens: the API's 403 is shown in the form.
    await signIn(page, "grace@acme.test");
    await page.getByRole("region", { name: "Grace Hopper" }).waitFor();
    await page.getByRole("row", { name: /Grace's DNS scripts/ }).waitFor();
    expect(await page.getByRole("row", { name: /CI pipeline/ }).count()).toBe(0);
    await page.getByRole("button", { name: "New token" }).click();
    const graceForm = page.getByRole("dialog", { name: "New token" });
    await graceForm.getByLabel("Label", { exact: true }).fill("Org deploy");
    await graceForm.getByLabel(/^Organization/).check();
    await graceForm.getByLabel("Role", { exact: true }).selectOption("developer");
    await graceForm.getByRole("button", { name: "Create token" }).click();
    const refusal = graceForm.getByRole("alert");
    await refusal.getByText("Only organization admins can create organization tokens.").waitFor();
    expect(await refusal.textContent()).toContain("403 · forbidden");
    await screenshot(page, "10-developer-refused");

    expect(pageErrors).toEqual([]);
  } catch (error) {
    await screenshot(page, "failure").catch(() => {});
    throw error;
  } finally {
    await page.close();
  }
});
