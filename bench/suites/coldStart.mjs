/**
 * 4. Cold start: from spawning `node <cli>` to the first 200 answer to Ada's requester call (polled
 * every few ms), for our CLI and for Prism; the median of several runs, alternating the two. Node's
 * own start (an empty script, spawn to exit) is measured in the same rounds as the floor.
 * Targets (issue 17): ours at most 0.15x Prism's (the median of the per-round ratios), and under
 * 300 ms on a quiet machine (the load average is shown, since a busy machine slows every start).
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { cpuMs, startServer } from "../lib/processes.mjs";
import { oursServer, prismServer } from "../lib/servers.mjs";
import { median, round } from "../lib/stats.mjs";
import { benchTempDir } from "../lib/tempDir.mjs";

/** Our CLI must answer its first request within this many milliseconds of being started (quiet machine). */
export const TARGET_OURS_MS = 300;
/** Our cold start over Prism's, at most. */
export const TARGET_RATIO = 0.15;
export const RUNS = 7;

/** Milliseconds from spawning `node -e 0` (with this environment) to its exit: Node's own start. */
function nodeFloor() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", () => resolve(performance.now() - started));
  });
}

/**
 * Starts each server `RUNS` times (alternating) and reports the median and range of its start time.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchColdStart() {
  const dir = benchTempDir("coldStart");
  const headers = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
  const specs = [oursServer("pretty", headers), prismServer("info", headers)];
  const loadAtStart = loadavg()[0] ?? 0;
  /** @type {number[][]} */
  const runs = specs.map(() => []);
  /** @type {number[][]} CPU time to the first 200 */
  const cpu = specs.map(() => []);
  /** @type {number[]} */
  const floor = [];
  /** @type {number[]} ours / Prism's, per round */
  const ratios = [];
  for (let run = 0; run < RUNS; run++) {
    for (const [i, spec] of specs.entries()) {
      const logFile = join(dir, `${i}.log`);
      writeFileSync(logFile, "");
      const server = await startServer(spec, { logFile });
      runs[i]?.push(server.readyMs);
      cpu[i]?.push(cpuMs(server.child.pid));
      await server.stop();
    }
    floor.push(await nodeFloor());
    ratios.push((runs[0]?.at(-1) ?? 0) / (runs[1]?.at(-1) ?? 1));
  }
  const loadAtEnd = loadavg()[0] ?? 0;
  const ours = median(runs[0] ?? []);
  const ratio = median(ratios);
  const load = `load average ${loadAtStart.toFixed(2)} -> ${loadAtEnd.toFixed(2)}`;
  const range = (times) => `${round(Math.min(...times))}-${round(Math.max(...times))}`;
  const rows = specs.map((spec, i) => {
    const times = runs[i] ?? [];
    return [
      spec.name,
      round(median(times)),
      range(times),
      round(median(cpu[i] ?? [])),
      `median of ${times.length}; ${load}`,
    ];
  });
  const caCerts = process.env.NODE_EXTRA_CA_CERTS
    ? "; NODE_EXTRA_CA_CERTS is set: Node 20 reads it at start"
    : "";
  rows.push([
    "node -e 0 (Node's own start, spawn to exit)",
    round(median(floor)),
    range(floor),
    "",
    `the floor for both${caCerts}`,
  ]);
  return {
    id: "coldStart",
    title: `4. Cold start: spawn to first 200 on GET /v1/requester (ms); ours / Prism per round: ${round(ratio)}x`,
    columns: ["server", "median ms", "range ms", "CPU ms (all threads)", "note"],
    rows,
    targets: [
      {
        name: "cold start, ours / Prism",
        measured: `${round(ratio)}x`,
        target: `≤ ${TARGET_RATIO}x`,
        ok: ratio <= TARGET_RATIO,
      },
      {
        name: `cold start, ours (goal for a quiet machine; ${load})`,
        measured: `${round(ours)} ms`,
        target: `< ${TARGET_OURS_MS} ms`,
        ok: ours < TARGET_OURS_MS,
      },
    ],
    data: {
      runs: Object.fromEntries(specs.map((spec, i) => [spec.name, runs[i]])),
      cpuMs: Object.fromEntries(specs.map((spec, i) => [spec.name, cpu[i]])),
      nodeFloorMs: floor,
      ratios,
      loadAverage: { atStart: loadAtStart, atEnd: loadAtEnd },
    },
  };
}
