import type { Page } from "@playwright/test";
import { DEMO } from "@tessera/mock";
import { expect, test } from "@tessera/mock/playwright";

const ada = { authorization: `Bearer ${DEMO.tokens.ada.secret}`, "content-type": "application/json" };
const seen: { session: string; serverUrl: string }[] = [];

/** Runs `fetch` in the page, as the app would; the fixture answers it from this test's session. */
const inPage = <T>(page: Page, path: string, init: { method?: string; body?: string } = {}) =>
  page.evaluate(
    async ([url, options]) => {
      const response = await fetch(url, options);
      return { status: response.status, body: (await response.json()) as T };
    },
    [`https://api.tessera.dev${path}`, { ...init, headers: ada }] as const,
  );

test.describe.configure({ mode: "serial" });

test("a token created from the page lands in this test's session", async ({ page, mock }) => {
  await page.goto("/");
  await expect(page.getByText("Ada Lovelace")).toBeVisible();
  const body = JSON.stringify({
    label: "from test 1",
    type: "personal",
    scopes: [{ resource: "*", access: "write" }],
    sensitiveData: "hidden",
  });
  expect((await inPage(page, "/v1/tokens", { method: "POST", body })).status).toBe(201);
  const { entries } = (await (await mock.fetch("/__mock/journal")).json()) as {
    entries: { operationId: string }[];
  };
  expect(entries.map((entry) => entry.operationId)).toEqual(["getRequester", "createToken"]);
  seen.push({ session: mock.session, serverUrl: mock.serverUrl });
});

test("the next test has its own session on the same worker's server", async ({ page, mock }) => {
  await page.goto("/");
  const { body } = await inPage<{ data: { label: string }[] }>(page, "/v1/tokens?limit=100");
  expect(body.data.map((token) => token.label)).not.toContain("from test 1");
  expect(mock.serverUrl).toBe(seen[0]?.serverUrl);
  expect(mock.session).not.toBe(seen[0]?.session);
  await mock.control("reset");
  const { entries } = (await (await mock.fetch("/__mock/journal")).json()) as { entries: unknown[] };
  expect(entries).toEqual([]);
});
