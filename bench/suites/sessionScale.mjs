/**
 * 2b. Scale on the local server: a `tessera-mock --seed` holding the demo seed plus 50,000 tokens,
 * with 1,000 `X-Mock-Session`s in use (each made by a request before the measurement, each holding
 * the whole seed), against the small case: the same kind of seed with 100 tokens and one session. autocannon sends the same calls
 * to both, the session header rotating over every session, in interleaved rounds; the per-call cost
 * is the inverse of the request rate, compared within a round.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO, demoSeed } from "@tessera/mock";
import { interleavedRounds, loadTest } from "../lib/loadTest.mjs";
import { startServer } from "../lib/processes.mjs";
import { oursServer, REQUESTER_PATH } from "../lib/servers.mjs";
import { median, round } from "../lib/stats.mjs";
import { benchTempDir } from "../lib/tempDir.mjs";
import { tokenFixture } from "../lib/tokenFixture.mjs";
import { CONNECTIONS } from "./httpThroughput.mjs";
import { LARGE, SMALL } from "./scale.mjs";

/** Per-call cost with 50,000 tokens and 1,000 sessions / with the demo seed and one session (issue 17). */
export const TARGET_LARGE_VS_SMALL = 1.1;
export const SESSIONS = 1000;
const ROUNDS = 8;
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
  /** @type {Record<string, { url: string, stop: () => Promise<void> }>} */
  const servers = {};
  let openMs = 0;
  /** @type {Record<string, import("../lib/loadTest.mjs").LoadResult[]>} */
  let rounds = {};
  try {
    for (const [id, spec] of Object.entries(specs)) {
      const logFile = join(dir, `${id}.log`);
      writeFileSync(logFile, "");
      servers[id] = await startServer(spec, { logFile, timeoutMs: 180_000 });
    }
    // Every session is made (and answers) before anything is measured.
    const started = performance.now();
    for (let i = 0; i < SESSIONS; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, SESSIONS - i) }, async (_, j) => {
          const response = await fetch(`${servers.large?.url}${REQUESTER_PATH}`, {
            headers: { ...headers, "x-mock-session": `s${i + j}` },
          });
          if (response.status !== 200) throw new Error(`session s${i + j} answered ${response.status}`);
          await response.arrayBuffer();
        }),
      );
    }
    openMs = performance.now() - started;
    const configs = CALLS.flatMap((call) =>
      ["small", "large"].map((size) => ({ id: `${call.id}:${size}`, call, size })),
    );
    rounds = await interleavedRounds({
      configs,
      rounds: ROUNDS,
      roundSeconds: ROUND_SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      load: (config, seconds) => {
        const sessions = config.size === "large" ? SESSIONS : 1;
        let next = 0;
        return loadTest({
          url: servers[config.size]?.url ?? "",
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
      },
    });
  } finally {
    for (const server of Object.values(servers)) await server.stop();
  }
  const rate = (id) => (rounds[id] ?? []).map((r) => r.reqPerSec);
  /** Cost large / small per round = rate small / rate large in the same round. */
  const costRatio = (callId) => {
    const small = rate(`${callId}:small`);
    return median(rate(`${callId}:large`).map((large, i) => (small[i] ?? Number.NaN) / large));
  };
  const failures = (id) => (rounds[id] ?? []).reduce((sum, r) => sum + r.non2xx + r.errors, 0);
  const rows = CALLS.map((call) => {
    const bad = failures(`${call.id}:small`) + failures(`${call.id}:large`);
    return [
      call.label,
      Math.round(median(rate(`${call.id}:small`))),
      Math.round(median(rate(`${call.id}:large`))),
      `${round(costRatio(call.id))}x`,
      bad > 0 ? `${bad} non-2xx/errors!` : "",
    ];
  });
  return {
    id: "sessionScale",
    title:
      `2b. Scale on the local server: ${SMALL} tokens with 1 session vs ${LARGE.toLocaleString("en")} tokens with ` +
      `${SESSIONS.toLocaleString("en")} sessions (--log silent, ${CONNECTIONS} connections, median of ${ROUNDS} ` +
      `interleaved ${ROUND_SECONDS} s rounds; ${SESSIONS.toLocaleString("en")} sessions opened in ${Math.round(openMs)} ms)`,
    columns: ["call", "req/s small", "req/s large", "cost ratio per round", "note"],
    rows,
    targets: CALLS.map((call) => {
      const ratio = costRatio(call.id);
      return {
        name: `server: ${call.id} at ${LARGE / 1000}k tokens x ${SESSIONS} sessions / small`,
        measured: `${round(ratio)}x`,
        target: `≤ ${TARGET_LARGE_VS_SMALL}x`,
        ok: ratio <= TARGET_LARGE_VS_SMALL && failures(`${call.id}:large`) === 0,
      };
    }),
    data: { rounds, openMs, sessionOpenMs: openMs / SESSIONS },
  };
}
