/**
 * `pnpm bench`: runs every suite, each in a fresh child process, and prints one table (or, with
 * `--json`, one JSON document). Every number comes from a measurement made in this run.
 *
 * Usage: `npx -y pnpm@10.34.8 bench [--json] [--only inProcess,scale,sessionScale,http,writeMix,coldStart,importTime,logins,bundleSize,memory]`
 */
import { fork } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { staleBuilds } from "./lib/freshness.mjs";
import { describeMachine } from "./lib/machine.mjs";
import { BENCH_ROOT } from "./lib/paths.mjs";
import { renderReport } from "./lib/report.mjs";

const SUITE_NAMES = [
  "inProcess",
  "scale",
  "sessionScale",
  "http",
  "writeMix",
  "coldStart",
  "importTime",
  "logins",
  "bundleSize",
  "memory",
];

const { values } = parseArgs({
  options: { json: { type: "boolean", default: false }, only: { type: "string" }, help: { type: "boolean" } },
});
if (values.help) {
  console.log(`Usage: pnpm bench [--json] [--only ${SUITE_NAMES.join(",")}]`);
  process.exit(0);
}
const names = values.only ? values.only.split(",").map((s) => s.trim()) : SUITE_NAMES;
const unknown = names.filter((name) => !SUITE_NAMES.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown suite(s): ${unknown.join(", ")}; choose from ${SUITE_NAMES.join(", ")}`);
  process.exit(2);
}
const stale = staleBuilds();
if (stale.length > 0) {
  console.error(`The build is stale (${stale.join("; ")}): run \`npx -y pnpm@10.34.8 build\` first.`);
  process.exit(1);
}

/**
 * Runs one suite in a fresh process (@tessera/mock and @tessera/sdk are the built packages, as an app
 * installs them; --expose-gc lets suites collect between rounds). Its stdout goes to our stderr, so `--json` output stays clean.
 *
 * @param {string} name
 * @returns {Promise<import("./lib/report.mjs").Section>}
 */
function runSuite(name) {
  return new Promise((resolve, reject) => {
    const child = fork(new URL("./lib/suiteMain.mjs", import.meta.url), [name], {
      cwd: BENCH_ROOT,
      execArgv: ["--import", "tsx", "--expose-gc"],
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    child.stdout?.pipe(process.stderr);
    let section;
    child.on("message", (message) => {
      section = /** @type {{ section: import("./lib/report.mjs").Section }} */ (message).section;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      section ? resolve(section) : reject(new Error(`suite ${name} exited with ${code} and no result`)),
    );
  });
}

const machine = describeMachine();
const loadAtStart = loadavg()[0] ?? 0;
const started = performance.now();
const sections = [];
for (const name of names) {
  const t = performance.now();
  process.stderr.write(`bench: ${name} ...`);
  sections.push(await runSuite(name));
  process.stderr.write(` ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
}
const seconds = (performance.now() - started) / 1000;
const load = { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 };

if (values.json) {
  console.log(JSON.stringify({ machine, load, date: new Date().toISOString(), seconds, sections }, null, 2));
} else {
  process.stdout.write(renderReport({ machine, load, sections, seconds }));
}
