/**
 * 3. HTTP throughput on loopback: autocannon at 20 connections sends Ada's authenticated
 * `GET /v1/requester` to our server (pretty log to a file, and `--log silent`), to Prism 5 (default
 * log to a file, and `-v silent`) and to a bare node:http server with the same JSON body (the limit).
 * Each server runs alone as a child process; autocannon runs in this process.
 */
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { loadTest } from "../lib/loadTest.mjs";
import { startServer } from "../lib/processes.mjs";
import { bareServer, oursServer, prismServer, REQUESTER_PATH } from "../lib/servers.mjs";
import { round } from "../lib/stats.mjs";
import { benchTempDir } from "../lib/tempDir.mjs";

/** Ours / Prism in requests per second, in both logging configurations. */
export const TARGET_OURS_VS_PRISM = 2;
export const CONNECTIONS = 20;
export const SECONDS = 6;
export const WARMUP_SECONDS = 2;

/**
 * Runs each server in turn under the same load and reports req/s, latency and the ratios.
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
  /** @type {Record<string, import("../lib/loadTest.mjs").LoadResult & { logBytes: number }>} */
  const results = {};
  for (const config of configs) {
    const logFile = join(dir, `${config.id}.log`);
    writeFileSync(logFile, "");
    const server = await startServer(config.spec, { logFile });
    try {
      if (config.id === "oursPretty") {
        // The bare server answers with exactly what ours answers (after one use, so lastUsedAt is set).
        const response = await fetch(server.url + REQUESTER_PATH, { headers });
        writeFileSync(bodyFile, await response.text());
      }
      const url = server.url + REQUESTER_PATH;
      const result = await loadTest({
        url,
        headers: config.spec.headers,
        connections: CONNECTIONS,
        seconds: SECONDS,
        warmupSeconds: WARMUP_SECONDS,
      });
      results[config.id] = { ...result, logBytes: 0 };
    } finally {
      await server.stop();
    }
    /** @type {NonNullable<(typeof results)[string]>} */ (results[config.id]).logBytes =
      statSync(logFile).size;
  }

  const rps = (id) => results[id]?.reqPerSec ?? Number.NaN;
  const ratioDefault = rps("oursPretty") / rps("prismInfo");
  const ratioSilent = rps("oursSilent") / rps("prismSilent");
  const rows = configs.map(({ id, spec, note }) => {
    const r = /** @type {NonNullable<(typeof results)[string]>} */ (results[id]);
    const failures = r.non2xx + r.errors;
    return [
      spec.name,
      Math.round(r.reqPerSec),
      round(r.p50Ms),
      round(r.p99Ms),
      `${Math.round((100 * r.reqPerSec) / rps("bare"))}%`,
      failures > 0 ? `${note}; ${failures} non-2xx/errors!` : note,
    ];
  });
  const target = (name, ratio) => ({
    name,
    measured: `${round(ratio)}x`,
    target: `≥ ${TARGET_OURS_VS_PRISM}x`,
    ok: ratio >= TARGET_OURS_VS_PRISM,
  });
  return {
    id: "http",
    title: `3. HTTP GET /v1/requester on loopback: autocannon, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s`,
    columns: ["server", "req/s", "p50 ms", "p99 ms", "of bare", "note"],
    rows,
    targets: [
      target("HTTP ours / Prism (default logs)", ratioDefault),
      target("HTTP ours / Prism (silent)", ratioSilent),
    ],
    data: {
      results,
      ratioDefault,
      ratioSilent,
      fractionOfBare: { pretty: rps("oursPretty") / rps("bare"), silent: rps("oursSilent") / rps("bare") },
    },
  };
}
