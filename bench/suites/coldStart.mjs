/**
 * 4. Cold start: from spawning `node <cli>` to the first 200 answer to Ada's requester call (polled
 * every few ms), for our CLI and for Prism; the median of several runs, alternating the two.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { startServer } from "../lib/processes.mjs";
import { oursServer, prismServer } from "../lib/servers.mjs";
import { median, round } from "../lib/stats.mjs";
import { benchTempDir } from "../lib/tempDir.mjs";

/** Our CLI must answer its first request within this many milliseconds of being started. */
export const TARGET_OURS_MS = 500;
export const RUNS = 5;

/**
 * Starts each server `RUNS` times (alternating) and reports the median and range of its start time.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchColdStart() {
  const dir = benchTempDir("coldStart");
  const headers = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
  const specs = [oursServer("pretty", headers), prismServer("info", headers)];
  /** @type {number[][]} */
  const runs = specs.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, spec] of specs.entries()) {
      const logFile = join(dir, `${i}.log`);
      writeFileSync(logFile, "");
      const server = await startServer(spec, { logFile });
      runs[i]?.push(server.readyMs);
      await server.stop();
    }
  }
  const ours = median(runs[0] ?? []);
  const rows = specs.map((spec, i) => {
    const times = runs[i] ?? [];
    return [
      spec.name,
      round(median(times)),
      `${round(Math.min(...times))}-${round(Math.max(...times))}`,
      `median of ${times.length}`,
    ];
  });
  return {
    id: "coldStart",
    title: "4. Cold start: spawn to first 200 on GET /v1/requester (ms)",
    columns: ["server", "median ms", "range ms", "note"],
    rows,
    targets: [
      {
        name: "cold start, ours",
        measured: `${round(ours)} ms`,
        target: `< ${TARGET_OURS_MS} ms`,
        ok: ours < TARGET_OURS_MS,
      },
    ],
    data: { runs: Object.fromEntries(specs.map((spec, i) => [spec.name, runs[i]])) },
  };
}
