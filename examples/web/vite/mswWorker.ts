import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "vite";

/** Where the browser loads the worker from; `worker.start()` asks for this URL by default. */
const WORKER_FILE = "mockServiceWorker.js";

/**
 * Serves MSW's service worker script at `/mockServiceWorker.js` in development, and writes it into
 * the build output, straight from the installed `msw` package.
 *
 * @example
 * export default defineConfig({ plugins: [mswWorker()] });
 *
 * @note `msw init <publicDir>` copies exactly this file (`msw/mockServiceWorker.js`) into a public
 * folder, where it goes stale when msw is upgraded. Reading it from the package instead means the
 * worker always matches the installed library, and there is no generated file to commit.
 */
export function mswWorker(): Plugin {
  const workerPath = createRequire(import.meta.url).resolve(`msw/${WORKER_FILE}`);
  const source = () => readFileSync(workerPath, "utf8");
  return {
    name: "tessera:msw-worker",
    configureServer(server) {
      server.middlewares.use(`/${WORKER_FILE}`, (_request, response) => {
        response.setHeader("Content-Type", "text/javascript; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: WORKER_FILE, source: source() });
    },
  };
}
