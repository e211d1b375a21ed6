/**
 * Runs the client scenario inside workerd: `node runWorker.mjs <compat/runtimes> <worker.mjs>
 * '<input JSON>'` starts the bundled Worker in Miniflare (which runs Cloudflare's `workerd`), sends
 * it one request, and prints the Worker's answer (`{ runtime, steps }`), or its failure with exit
 * code 1. Run by Node 22 (Miniflare 4 needs it); plain JavaScript because Miniflare lives in
 * compat/runtimes, outside the workspace.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The Workers compatibility date the Worker is written for; no compatibility flags (no `nodejs_compat`). */
const COMPATIBILITY_DATE = "2026-07-30";

const [runtimes, workerPath, input] = process.argv.slice(2);
const miniflare = createRequire(join(runtimes, "package.json")).resolve("miniflare");
const { Miniflare } = await import(pathToFileURL(miniflare).href);
const mf = new Miniflare({
  modules: true,
  scriptPath: workerPath,
  compatibilityDate: COMPATIBILITY_DATE,
  bindings: { SCENARIO: JSON.parse(input) },
  // Miniflare's placeholder `request.cf` (the Worker does not read it), rather than fetching a real one
  // from workers.cloudflare.com: CI reaches the npm registry only.
  cf: false,
});
try {
  const response = await mf.dispatchFetch("http://localhost/");
  const body = await response.text();
  if (response.ok) console.log(body);
  else {
    console.error(`the Worker answered ${response.status}:\n${body}`);
    process.exitCode = 1;
  }
} finally {
  await mf.dispose();
}
