import { defineConfig } from "@playwright/test";

const port = Number(process.env.APP_PORT ?? 5179);

/** Debian's Chromium (Playwright cannot download browsers here), two workers: two mock servers. */
export default defineConfig({
  testDir: "e2e",
  workers: 2,
  reporter: "line",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    },
  },
  webServer: {
    command: `node e2e/appServer.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
