/**
 * `pnpm --filter @tessera/bench profile`: CPU profiles of the mock's hot paths, summarized as the top
 * functions by self time, the pipeline's functions by inclusive time, and time per area (package or
 * source file). Profiles: the in-process requester call through `api.fetch` and through msw's
 * `setupServer` (node:inspector, steady state only), the HTTP server (reads, and create + revoke pairs) under autocannon load (`node --cpu-prof`, samples after the warm-up),
 * and the server's cold start. The .cpuprofile files are kept for Chrome DevTools.
 *
 * Usage: `node profile.mjs [--seconds 6] [--top 15] [--json]` (after `npx -y pnpm@10.34.8 build`).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEMO } from "@tessera/mock";
import { summarizeProfile } from "./lib/cpuProfile.mjs";
import { staleBuilds } from "./lib/freshness.mjs";
import { loadTest } from "./lib/loadTest.mjs";
import { describeMachine } from "./lib/machine.mjs";
import { BENCH_ROOT } from "./lib/paths.mjs";
import { startServer } from "./lib/processes.mjs";
import { oursServer, REQUESTER_PATH } from "./lib/servers.mjs";
import { benchTempDir } from "./lib/tempDir.mjs";
import { createThenRevoke } from "./suites/writeMix.mjs";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "6" },
    top: { type: "string", default: "15" },
    json: { type: "boolean", default: false },
  },
});
const seconds = Number(values.seconds);
const top = Number(values.top);
const stale = staleBuilds();
if (stale.length > 0) {
  console.error(`The build is stale (${stale.join("; ")}): run \`npx -y pnpm@10.34.8 build\` first.`);
  process.exit(1);
}
const dir = benchTempDir("profiles");
const headers = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
/**
 * Inclusive times: every function of ours (the mock, the SDK), and for each library only its
 * outermost entry (a library's call chain would otherwise fill the list with one cost, nested).
 */
function oursAndLibraryEntries() {
  const seen = new Set();
  return (h) => {
    if (/^(mocks|packages)\//.test(h.area)) return true;
    if (/^(\(|node internals|bench\/)/.test(h.area) || seen.has(h.area)) return false;
    seen.add(h.area);
    return true;
  };
}

/** The in-process requester loop (`fetch`: api.fetch, `msw`: setupServer), profiled once warm. */
function profileInProcess(transport) {
  const out = join(dir, `in-process-requester-${transport}.cpuprofile`);
  const stdout = execFileSync(
    process.execPath,
    [
      "--enable-source-maps",
      "--import",
      "tsx",
      join(BENCH_ROOT, "workers/requesterLoop.mjs"),
      out,
      String(seconds),
      transport,
    ],
    { cwd: BENCH_ROOT, encoding: "utf8" },
  );
  const run = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
  return {
    file: out,
    note: `${run.calls} calls, ${run.usPerCall.toFixed(0)} µs/call while profiled`,
    fromMs: 0,
  };
}

/** Starts the built CLI under --cpu-prof, runs `load` against it, stops it and returns the profile file. */
async function profileServer(name, load) {
  const profileDir = join(dir, name);
  rmSync(profileDir, { recursive: true, force: true });
  const spec = oursServer("silent", headers);
  const logFile = join(dir, `${name}.log`);
  writeFileSync(logFile, "");
  const spawnedAt = performance.now();
  const server = await startServer(spec, {
    logFile,
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
  });
  const { fromMs, note } = await load(server, spawnedAt);
  await server.stop("SIGINT"); // the CLI exits through process.exit, which writes the profile
  const file = readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile written in ${profileDir}`);
  return { file: join(profileDir, file), note, fromMs };
}

const runs = [
  {
    id: "inProcess",
    title: "In-process: client.requester.get() through api.fetch (demo seed)",
    run: () => profileInProcess("fetch"),
  },
  {
    id: "inProcessMsw",
    title: "In-process: client.requester.get() through msw setupServer (global fetch, demo seed)",
    run: () => profileInProcess("msw"),
  },
  {
    id: "httpServer",
    title: `HTTP server: tessera-mock --log silent under autocannon (20 connections, ${seconds} s after 2 s warm-up)`,
    run: () =>
      profileServer("http-server", async (server, spawnedAt) => {
        const url = server.url + REQUESTER_PATH;
        await loadTest({ url, headers, seconds: 2, warmupSeconds: 0 });
        const fromMs = performance.now() - spawnedAt;
        const r = await loadTest({ url, headers, seconds, warmupSeconds: 0 });
        return { fromMs, note: `${Math.round(r.reqPerSec)} req/s while profiled, p99 ${r.p99Ms} ms` };
      }),
  },
  {
    id: "httpWrites",
    title: `HTTP server: tessera-mock --log silent, create + revoke pairs (20 connections, ${seconds} s after 2 s warm-up)`,
    run: () =>
      profileServer("http-writes", async (server, spawnedAt) => {
        const counts = { created: 0, revoked: 0, failed: 0 };
        const requests = createThenRevoke(headers.authorization, counts);
        await loadTest({ url: server.url, requests, seconds: 2, warmupSeconds: 0 });
        const fromMs = performance.now() - spawnedAt;
        const r = await loadTest({ url: server.url, requests, seconds, warmupSeconds: 0 });
        return { fromMs, note: `${Math.round(r.reqPerSec)} req/s while profiled, p99 ${r.p99Ms} ms` };
      }),
  },
  {
    id: "coldStart",
    title: "Cold start: tessera-mock from spawn to its first 200 (whole profile)",
    run: () =>
      profileServer("cold-start", async (server) => ({
        fromMs: 0,
        note: `first 200 after ${server.readyMs.toFixed(0)} ms`,
      })),
  },
];

const results = [];
for (const { id, title, run } of runs) {
  process.stderr.write(`profile: ${id} ...\n`);
  const { file, note, fromMs } = await run();
  const summary = summarizeProfile(JSON.parse(readFileSync(file, "utf8")), {
    fromMs,
    top,
    inclusiveFilter: oursAndLibraryEntries(),
  });
  results.push({ id, title, note, file, ...summary });
}

if (values.json) {
  console.log(JSON.stringify({ machine: describeMachine(), results }, null, 2));
} else {
  const m = describeMachine();
  const lines = [`Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}`, ""];
  const table = (heading, hotspots) => {
    lines.push(`  ${heading}`);
    for (const h of hotspots) {
      lines.push(`    ${h.percent.toFixed(1).padStart(5)}%  ${h.name}${h.where ? `  (${h.where})` : ""}`);
    }
  };
  for (const r of results) {
    lines.push(
      `${r.title}`,
      `  ${r.note}; ${r.busyMs.toFixed(0)} ms busy of ${r.sampledMs.toFixed(0)} ms sampled`,
    );
    lines.push(`  profile: ${r.file}`);
    table("self time, top functions (% of busy time)", r.self);
    table("inclusive time: our functions, and each library's outermost entry", r.inclusive);
    table("self time by area", r.areas);
    lines.push("");
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
