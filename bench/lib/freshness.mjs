/** Refuses to measure stale builds: the server and bundle numbers come from dist/, not src/. */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { MOCK_CLI, MOCK_SOURCES, REPO_ROOT, SDK_DIST, SDK_SOURCES } from "./paths.mjs";

/** Newest modification time (ms) of any file under `dir`. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Lists the built outputs that are missing or older than their sources (empty when all is fresh).
 *
 * @returns {string[]} one line per stale output, e.g. "mocks/dist/cli.js is older than mocks/src"
 * @example
 * const stale = staleBuilds();
 * if (stale.length > 0) throw new Error(`run pnpm build: ${stale.join("; ")}`);
 */
export function staleBuilds() {
  const pairs = [
    [MOCK_CLI, MOCK_SOURCES],
    [SDK_DIST, SDK_SOURCES],
  ];
  const stale = [];
  for (const [built, sources] of pairs) {
    const name = relative(REPO_ROOT, built);
    let builtAt = 0;
    try {
      builtAt = statSync(built).mtimeMs;
    } catch {
      stale.push(`${name} is missing`);
      continue;
    }
    if (newestUnder(sources) > builtAt) stale.push(`${name} is older than ${relative(REPO_ROOT, sources)}`);
  }
  return stale;
}
