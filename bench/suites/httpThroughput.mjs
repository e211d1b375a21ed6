/**
 * 3. HTTP throughput on loopback: autocannon at 20 connections sends Ada's authenticated
 * `GET /v1/requester` to our server (pretty log to a file, and `--log silent`), to Prism 5 (default
 * log to a file, and `-v silent`) and to a bare node:http server with the same JSON body (the limit).
 *
 * Each server is its own child process; autocannon runs in this process and loads one server at a
 * time. The servers are measured in interleaved rounds (the order rotating), so a change in machine
 * load during the run touches every server alike; ratios pair servers within the same round.
 */
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { interleavedRounds, loadTest, roundRatio } from "../lib/loadTest.mjs";
import { startServer } from "../lib/processes.mjs";
import { bareServer, oursServer, prismServer, REQUESTER_PATH } from "../lib/servers.mjs";
import { median, round } from "../lib/stats.mjs";
import { benchTempDir } from "../lib/tempDir.mjs";

/** Ours / Prism in requests per second, in both logging configurations (issue 17). */
export const TARGET_OURS_VS_PRISM = 5;
/** Ours (silent) / a bare node:http server answering the same body (issue 17). */
export const TARGET_OURS_VS_BARE = 0.35;
export const CONNECTIONS = 20;
export const ROUNDS = 4;
export const ROUND_SECONDS = 2;
/** The least warm-up per server; each is warmed until its rate is steady (see lib/loadTest.mjs warmUp). */
export const WARMUP_SECONDS = 2;
/** The most warm-up per server. */
export const MAX_WARMUP_SECONDS = 15;

/**
 * A server's warm-up as the tables show it: how long, how many requests, and whether it was steady.
 *
 * @param {import("../lib/loadTest.mjs").WarmUp | undefined} warmup
 */
export function describeWarmUp(warmup) {
  if (!warmup) return "";
  const still = warmup.steady ? "" : ", still rising";
  return `${Math.round(warmup.seconds)} s, ${warmup.requests.toLocaleString("en")} req${still}`;
}

/** How the rounds were measured, for a table's title. */
export const ROUNDS_TITLE = `median of ${ROUNDS} interleaved ${ROUND_SECONDS} s rounds after each server's warm-up to a steady rate`;

/**
 * Starts every server, warms each up, then measures them in interleaved rounds.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchHttpThroughput() {
  const dir = benchTempDir("http");
  const headers = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
  const bodyFile = join(dir, "requester.json");
  const configs = [
    { id: "oursPretty", spec: oursServer("pretty", headers), note: "default: pretty log, stdout to a file" },
    { id: "oursSilent", spec: oursServer("silent", headers), note: "--log silent" },
    { id: "prismInfo", spec: prismServer("info", headers), note: "default: info log to a file" },
    { id: "prismSilent", spec: prismServer("silent", headers), note: "-v silent" },
    { id: "bare", spec: bareServer(bodyFile), note: "same JSON body, no work: the limit" },
  ];
  /** @type {Map<string, { url: string, stop: () => Promise<void>, logFile: string }>} */
  const servers = new Map();
  /** @type {Record<string, import("../lib/loadTest.mjs").LoadResult[]>} */
  let rounds = {};
  /** @type {Record<string, import("../lib/loadTest.mjs").WarmUp>} */
  let warmups = {};
  try {
    for (const config of configs) {
      const logFile = join(dir, `${config.id}.log`);
      writeFileSync(logFile, "");
      const server = await startServer(config.spec, { logFile });
      servers.set(config.id, { url: server.url + REQUESTER_PATH, stop: server.stop, logFile });
      if (config.id === "oursPretty") {
        // The bare server answers exactly what ours answers (after one use, so lastUsedAt is set).
        const response = await fetch(server.url + REQUESTER_PATH, { headers });
        writeFileSync(bodyFile, await response.text());
      }
    }
    const load = (config, seconds) =>
      loadTest({
        url: servers.get(config.id)?.url ?? "",
        headers: config.spec.headers,
        connections: CONNECTIONS,
        seconds,
        warmupSeconds: 0,
      });
    rounds = await interleavedRounds({
      configs,
      rounds: ROUNDS,
      roundSeconds: ROUND_SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      maxWarmupSeconds: MAX_WARMUP_SECONDS,
      load,
      afterWarmup: (measured) => {
        warmups = measured;
      },
    });
  } finally {
    for (const server of servers.values()) await server.stop();
  }

  const rps = (id) => (rounds[id] ?? []).map((r) => r.reqPerSec);
  const pick = (id, key) => median((rounds[id] ?? []).map((r) => r[key]));
  const ratio = (a, b) => roundRatio(rounds, a, b);
  const ratioDefault = ratio("oursPretty", "prismInfo");
  const ratioSilent = ratio("oursSilent", "prismSilent");
  const rows = configs.map(({ id, spec, note }) => {
    const failures = (rounds[id] ?? []).reduce((sum, r) => sum + r.non2xx + r.errors, 0);
    return [
      spec.name,
      Math.round(median(rps(id))),
      round(pick(id, "p50Ms")),
      round(pick(id, "p99Ms")),
      `${Math.round(100 * ratio(id, "bare"))}%`,
      describeWarmUp(warmups[id]),
      failures > 0 ? `${note}; ${failures} non-2xx/errors!` : note,
    ];
  });
  const target = (name, value) => ({
    name,
    measured: `${round(value)}x`,
    target: `≥ ${TARGET_OURS_VS_PRISM}x`,
    ok: value >= TARGET_OURS_VS_PRISM,
  });
  const ofBare = ratio("oursSilent", "bare");
  const logBytes = Object.fromEntries(
    [...servers.entries()].map(([id, server]) => [id, statSync(server.logFile).size]),
  );
  return {
    id: "http",
    title: `3. HTTP GET /v1/requester on loopback: autocannon, ${CONNECTIONS} connections, ${ROUNDS_TITLE}`,
    columns: ["server", "req/s", "p50 ms", "p99 ms", "of bare per round", "warm-up", "note"],
    rows,
    targets: [
      {
        name: "HTTP read: ours (silent) / bare node:http",
        measured: `${Math.round(100 * ofBare)}%`,
        target: `≥ ${100 * TARGET_OURS_VS_BARE}%`,
        ok: ofBare >= TARGET_OURS_VS_BARE,
      },
      target("HTTP read: ours / Prism (silent)", ratioSilent),
      target("HTTP read: ours / Prism (default logs)", ratioDefault),
    ],
    data: {
      rounds,
      warmups,
      logBytes,
      ratioDefault,
      ratioSilent,
      fractionOfBare: { pretty: ratio("oursPretty", "bare"), silent: ratio("oursSilent", "bare") },
    },
  };
}
