/**
 * 2b. Scale on the local server: a `tessera-mock --seed` holding the demo seed plus 50,000 tokens,
 * with 1,000 `X-Mock-Session`s in use (each made by a request before the measurement, each holding
 * the whole seed), against the small case: the same kind of seed with 100 tokens and one session.
 * autocannon sends the same calls to both, the session header rotating over every session, in
 * interleaved rounds.
 *
 * The per-call cost is the server's CPU time (every thread, from Linux's /proc) over the calls it
 * answered; elsewhere, the inverse of the request rate. The rate alone understated the difference:
 * at this load the client (autocannon, rebuilding each request for its session header) is as busy
 * as the server, and a server that waits for its client answers at the client's pace, whatever it
 * costs. Two processes of each case run side by side, since one process of the very same server
 * measures up to a tenth above or below another (where V8 and the allocator placed things); a
 * round's cost is the mean over both, and the target the median of the rounds' ratios.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO, demoSeed } from "@tessera/mock";
import { interleavedRounds, loadTest } from "../lib/loadTest.mjs";
import { cpuMs, startServer } from "../lib/processes.mjs";
import { oursServer, REQUESTER_PATH } from "../lib/servers.mjs";
import { median, round } from "../lib/stats.mjs";
import { benchTempDir } from "../lib/tempDir.mjs";
import { tokenFixture } from "../lib/tokenFixture.mjs";
import { CONNECTIONS } from "./httpThroughput.mjs";
import { LARGE, SMALL } from "./scale.mjs";

/** Per-call cost with 50,000 tokens and 1,000 sessions / with the demo seed and one session (issue 17). */
export const TARGET_LARGE_VS_SMALL = 1.1;
export const SESSIONS = 1000;
const ROUNDS = 6;
/** Server processes of each case, measured in turn within every round. */
const PROCESSES = 2;
const ROUND_SECONDS = 2;
const WARMUP_SECONDS = 2;

/** The calls measured, each as its own load: a read of one record, and an admin's first page. */
const CALLS = [
  { id: "requester", label: "GET /v1/requester (Ada)", path: REQUESTER_PATH },
  // Ten items: a full page at both sizes, so both answers are the same size.
  { id: "list", label: "GET /v1/tokens?limit=10 (Ada, admin of Acme)", path: "/v1/tokens?limit=10" },
];

/**
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchSessionScale() {
  const dir = benchTempDir("sessions");
  const headers = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
  const base = oursServer("silent", headers);
  /** The server with the demo seed plus generated tokens, `total` in all. */
  const seeded = (total, sessions) => {
    const generated = tokenFixture({ total });
    const seedFile = join(dir, `seed-${total}.json`);
    writeFileSync(
      seedFile,
      JSON.stringify({
        ...demoSeed,
        organizations: [...(demoSeed.organizations ?? []), ...(generated.fixture.organizations ?? [])],
        users: [...(demoSeed.users ?? []), ...(generated.fixture.users ?? [])],
        tokens: [...(demoSeed.tokens ?? []), ...(generated.fixture.tokens ?? [])],
      }),
    );
    return {
      ...base,
      name: `${base.name} --seed (${total.toLocaleString("en")} tokens, ${sessions} session${sessions > 1 ? "s" : ""})`,
      args: (port) => [...base.args(port), "--seed", seedFile, "--max-sessions", String(SESSIONS)],
    };
  };
  const specs = { small: seeded(SMALL, 1), large: seeded(LARGE, SESSIONS) };
  /** @type {Record<string, { url: string, stop: () => Promise<void>, child: import("node:child_process").ChildProcess }>} */
  const servers = {};
  const processIds = Array.from({ length: PROCESSES }, (_, p) => p);
  let openMs = 0;
  /** @type {Record<string, (import("../lib/loadTest.mjs").LoadResult & { cpuUsPerCall: number })[]>} */
  let rounds = {};
  try {
    for (const [size, spec] of Object.entries(specs)) {
      for (const p of processIds) {
        const logFile = join(dir, `${size}-${p}.log`);
        writeFileSync(logFile, "");
        servers[`${size}:${p}`] = await startServer(spec, { logFile, timeoutMs: 180_000 });
      }
    }
    // Every session is made (and answers) before anything is measured.
    const started = performance.now();
    for (const p of processIds) {
      for (let i = 0; i < SESSIONS; i += 50) {
        await Promise.all(
          Array.from({ length: Math.min(50, SESSIONS - i) }, async (_, j) => {
            const response = await fetch(`${servers[`large:${p}`]?.url}${REQUESTER_PATH}`, {
              headers: { ...headers, "x-mock-session": `s${i + j}` },
            });
            if (response.status !== 200) throw new Error(`session s${i + j} answered ${response.status}`);
            await response.arrayBuffer();
          }),
        );
      }
    }
    openMs = (performance.now() - started) / PROCESSES;
    const configs = CALLS.flatMap((call) =>
      ["small", "large"].flatMap((size) =>
        processIds.map((p) => ({ id: `${call.id}:${size}:${p}`, call, size, server: `${size}:${p}` })),
      ),
    );
    rounds = await interleavedRounds({
      configs,
      rounds: ROUNDS,
      roundSeconds: ROUND_SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      load: async (config, seconds) => {
        const sessions = config.size === "large" ? SESSIONS : 1;
        const server = servers[config.server];
        let next = 0;
        const cpuBefore = cpuMs(server?.child.pid);
        const result = await loadTest({
          url: server?.url ?? "",
          requests: [
            {
              method: "GET",
              path: config.call.path,
              // The same header work on both servers; only the number of sessions differs.
              setupRequest: (request) => ({
                ...request,
                headers: { ...headers, "x-mock-session": `s${next++ % sessions}` },
              }),
            },
          ],
          connections: CONNECTIONS,
          seconds,
          warmupSeconds: 0,
        });
        const calls = result.total + result.non2xx + result.errors;
        return { ...result, cpuUsPerCall: ((cpuMs(server?.child.pid) - cpuBefore) * 1000) / calls };
      },
    });
  } finally {
    for (const server of Object.values(servers)) await server.stop();
  }
  const results = (callId, size) => processIds.map((p) => rounds[`${callId}:${size}:${p}`] ?? []);
  /** Per round: the mean over the case's processes of `value`. */
  const perRound = (callId, size, value) =>
    Array.from({ length: ROUNDS }, (_, i) => {
      const values = results(callId, size).map((list) => (list[i] ? value(list[i]) : Number.NaN));
      return values.reduce((sum, v) => sum + v, 0) / values.length;
    });
  const rate = (callId, size) => perRound(callId, size, (r) => r.reqPerSec);
  const cpu = (callId, size) => perRound(callId, size, (r) => r.cpuUsPerCall);
  const measuresCpu = CALLS.every((call) =>
    ["small", "large"].every((size) => cpu(call.id, size).every(Number.isFinite)),
  );
  /** Cost large / small per round: CPU per call (or, without /proc, rate small / rate large). */
  const costRatio = (callId) => {
    if (measuresCpu) {
      const small = cpu(callId, "small");
      return median(cpu(callId, "large").map((large, i) => large / (small[i] ?? Number.NaN)));
    }
    return rateRatio(callId);
  };
  const rateRatio = (callId) => {
    const small = rate(callId, "small");
    return median(rate(callId, "large").map((large, i) => (small[i] ?? Number.NaN) / large));
  };
  const failures = (callId, size) =>
    results(callId, size)
      .flat()
      .reduce((sum, r) => sum + r.non2xx + r.errors, 0);
  const rows = CALLS.map((call) => {
    const bad = failures(call.id, "small") + failures(call.id, "large");
    return [
      call.label,
      Math.round(median(rate(call.id, "small"))),
      Math.round(median(rate(call.id, "large"))),
      measuresCpu ? round(median(cpu(call.id, "small"))) : "",
      measuresCpu ? round(median(cpu(call.id, "large"))) : "",
      `${round(costRatio(call.id))}x`,
      `${round(rateRatio(call.id))}x`,
      bad > 0 ? `${bad} non-2xx/errors!` : "",
    ];
  });
  return {
    id: "sessionScale",
    title:
      `2b. Scale on the local server: ${SMALL} tokens with 1 session vs ${LARGE.toLocaleString("en")} tokens with ` +
      `${SESSIONS.toLocaleString("en")} sessions (--log silent, ${CONNECTIONS} connections, ${PROCESSES} server ` +
      `processes of each, median of ${ROUNDS} interleaved ${ROUND_SECONDS} s rounds; cost per call = ` +
      `${measuresCpu ? "server CPU time" : "1 / rate"}; ${SESSIONS.toLocaleString("en")} sessions opened in ${Math.round(openMs)} ms)`,
    columns: [
      "call",
      "req/s small",
      "req/s large",
      "CPU µs/call small",
      "CPU µs/call large",
      "cost ratio per round",
      "rate ratio per round",
      "note",
    ],
    rows,
    targets: CALLS.map((call) => {
      const ratio = costRatio(call.id);
      return {
        name: `server: ${call.id} at ${LARGE / 1000}k tokens x ${SESSIONS} sessions / small`,
        measured: `${round(ratio)}x`,
        target: `≤ ${TARGET_LARGE_VS_SMALL}x`,
        ok: ratio <= TARGET_LARGE_VS_SMALL && failures(call.id, "large") === 0,
      };
    }),
    data: { rounds, openMs, sessionOpenMs: openMs / SESSIONS, costMeasure: measuresCpu ? "cpu" : "rate" },
  };
}
