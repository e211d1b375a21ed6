/**
 * 5. SDK bundle size: the ESM entry minified and bundled with its dependencies, gzipped. Measured by
 * the SDK's own budget script (packages/sdk/scripts/check-size.mjs), whose printed line is parsed, so
 * the bench and `pnpm test` can never disagree on how the size is computed. Two targets: the
 * script's budget (`pnpm test` fails past it) and issue 17's goal, which is below the budget.
 */
import { spawnSync } from "node:child_process";
import { SDK_SIZE_SCRIPT } from "../lib/paths.mjs";

/** Issue 17, target 6: the SDK with its dependencies, gzipped, with no feature removed. */
const TARGET_GZIPPED_KB = 6.5;

/**
 * Runs the SDK's size script and reads its `... X kB minified, Y kB gzipped (budget Z kB)` line.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchBundleSize() {
  const run = spawnSync(process.execPath, [SDK_SIZE_SCRIPT], { encoding: "utf8" });
  const output = `${run.stdout}${run.stderr}`;
  const match = /([\d.]+) kB minified, ([\d.]+) kB gzipped \(budget ([\d.]+) kB\)/.exec(output);
  if (!match) throw new Error(`unexpected output from ${SDK_SIZE_SCRIPT}:\n${output}`);
  const [minified, gzipped, budget] = match.slice(1).map(Number);
  const within = run.status === 0;
  return {
    id: "bundleSize",
    title:
      "5. @tessera/sdk ESM entry + openapi-fetch, esbuild-minified (packages/sdk/scripts/check-size.mjs)",
    columns: ["bundle", "minified kB", "gzipped kB", "budget kB"],
    rows: [["dist/index.js bundled with its dependencies", minified ?? 0, gzipped ?? 0, budget ?? 0]],
    targets: [
      {
        name: "SDK bundle, gzipped (budget)",
        measured: `${gzipped} kB`,
        target: `≤ ${budget} kB`,
        ok: within,
      },
      {
        name: "SDK bundle, gzipped (issue 17)",
        measured: `${gzipped} kB`,
        target: `≤ ${TARGET_GZIPPED_KB} kB`,
        ok: gzipped <= TARGET_GZIPPED_KB,
      },
    ],
    data: { minifiedKB: minified, gzippedKB: gzipped, budgetKB: budget, targetKB: TARGET_GZIPPED_KB },
  };
}
