/**
 * 8. Logins: what 40 concurrent logins do to an unrelated request. Against a running tessera-mock
 * (the built CLI, `--log silent`, demo seed), a probe calls `GET /v1/requester` with Ada's secret
 * again and again, one call at a time; in each round it first runs alone, then while 40 logins
 * (`POST /v1/auth/login`, Basic, the three demo users in turn) are in flight. Password hashing runs
 * on libuv's thread pool (Web Crypto PBKDF2), so the probe should barely notice them.
 * Target (issue 17): the probe's p99 during the logins is less than 50 ms above its median alone.
 * The work factor is read from the server's own state (`/__mock/state`), and the cost of one
 * derivation is measured here with node:crypto at that factor.
 */
import { pbkdf2Sync } from "node:crypto";
import { writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { startServer } from "../lib/processes.mjs";
import { oursServer, REQUESTER_PATH } from "../lib/servers.mjs";
import { median, round } from "../lib/stats.mjs";
import { benchTempDir } from "../lib/tempDir.mjs";

export const CONCURRENT_LOGINS = 40;
export const ROUNDS = 8;
/** Probe calls per round with no login in flight. */
export const PROBES_ALONE = 150;
/** The probe's p99 during the logins may exceed its median alone by less than this. */
export const TARGET_DELAY_MS = 50;

const EMAILS = [DEMO.users.ada.email, DEMO.users.grace.email, DEMO.users.sol.email];

/**
 * The value at `p` (0-1) of a list of numbers, nearest rank.
 *
 * @param {number[]} values
 * @param {number} p
 */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * One HTTP request over `agent`; resolves to its status and body once the answer is read.
 *
 * @param {string} url
 * @param {{ method?: string, headers: Record<string, string>, agent: Agent }} options
 * @returns {Promise<{ status: number, body: string, ms: number }>}
 */
function call(url, { method = "GET", headers, agent }) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * The algorithm and iteration count of a demo user's stored password hash, as the server keeps it
 * (`pbkdf2-sha256$<iterations>$<salt>$<key>`).
 *
 * @param {string} baseUrl
 * @param {Agent} agent
 */
async function workFactor(baseUrl, agent) {
  const state = await call(`${baseUrl}/__mock/state`, { headers: {}, agent });
  const users = /** @type {{ users: { email: string, passwordHash: string }[] }} */ (JSON.parse(state.body))
    .users;
  const hash = users.find((u) => u.email === DEMO.users.ada.email)?.passwordHash ?? "";
  const [algorithm = "?", iterations = "0"] = hash.split("$");
  return { algorithm, iterations: Number(iterations) };
}

/**
 * Runs the rounds and reports the probe's latency alone and during the logins.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchLogins() {
  const dir = benchTempDir("logins");
  const probeHeaders = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
  const logFile = join(dir, "server.log");
  writeFileSync(logFile, "");
  const server = await startServer(oursServer("silent", probeHeaders), { logFile });
  const probeAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const loginAgent = new Agent({ keepAlive: true, maxSockets: CONCURRENT_LOGINS });
  const probeUrl = server.url + REQUESTER_PATH;
  const loginUrl = `${server.url}/v1/auth/login`;
  const basic = (email) => `Basic ${Buffer.from(`${email}:${DEMO.password}`, "utf8").toString("base64")}`;
  const probe = async () => {
    const r = await call(probeUrl, { headers: probeHeaders, agent: probeAgent });
    if (r.status !== 200) throw new Error(`the probe got ${r.status}: ${r.body}`);
    return r.ms;
  };
  const login = async (i) => {
    const email = EMAILS[i % EMAILS.length] ?? "";
    const r = await call(loginUrl, {
      method: "POST",
      headers: { authorization: basic(email) },
      agent: loginAgent,
    });
    if (r.status !== 201) throw new Error(`a login got ${r.status}: ${r.body}`);
    return r.ms;
  };
  try {
    const factor = await workFactor(server.url, probeAgent);
    // One derivation at the server's work factor, measured here (the server's is on its thread pool).
    const hashMs = [];
    for (let i = 0; i < 15; i++) {
      const started = performance.now();
      pbkdf2Sync(DEMO.password, "seed-usr_bench", factor.iterations, 32, "sha256");
      hashMs.push(performance.now() - started);
    }
    // Warm-up: the first login derives the decoy hash, the first calls compile the validators.
    for (let i = 0; i < 20; i++) await probe();
    await Promise.all(EMAILS.map((_, i) => login(i)));
    const soloLoginMs = [];
    for (let i = 0; i < 6; i++) soloLoginMs.push(await login(i));

    /** @type {number[]} */
    const alone = [];
    /** @type {number[]} */
    const during = [];
    /** @type {number[]} */
    const burstMs = [];
    /** @type {number[]} */
    const loginMs = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < PROBES_ALONE; i++) alone.push(await probe());
      const started = performance.now();
      let pending = CONCURRENT_LOGINS;
      const logins = Array.from({ length: CONCURRENT_LOGINS }, (_, i) =>
        login(i).then((ms) => {
          pending--;
          loginMs.push(ms);
        }),
      );
      const failed = Promise.all(logins).then(
        () => null,
        (error) => error,
      );
      while (pending > 0) during.push(await probe());
      const error = await failed;
      if (error) throw error;
      burstMs.push(performance.now() - started);
    }
    const aloneP50 = percentile(alone, 0.5);
    const delay = percentile(during, 0.99) - aloneP50;
    const pool = process.env.UV_THREADPOOL_SIZE ?? "4 (libuv's default)";
    const rows = [
      [
        "probe alone",
        alone.length,
        round(aloneP50),
        round(percentile(alone, 0.99)),
        round(Math.max(...alone)),
        "",
      ],
      [
        `probe during ${CONCURRENT_LOGINS} concurrent logins`,
        during.length,
        round(percentile(during, 0.5)),
        round(percentile(during, 0.99)),
        round(Math.max(...during)),
        `p99 ${round(delay)} ms above the median alone`,
      ],
      [
        `one login of ${CONCURRENT_LOGINS} (POST /v1/auth/login)`,
        loginMs.length,
        round(percentile(loginMs, 0.5)),
        round(percentile(loginMs, 0.99)),
        round(Math.max(...loginMs)),
        `all ${CONCURRENT_LOGINS} done in ${round(median(burstMs))} ms (median of ${ROUNDS})`,
      ],
      [
        "one login alone",
        soloLoginMs.length,
        round(median(soloLoginMs)),
        "",
        round(Math.max(...soloLoginMs)),
        "sequential, nothing else in flight",
      ],
      [
        `one ${factor.algorithm} derivation, ${factor.iterations.toLocaleString("en-US")} iterations`,
        hashMs.length,
        round(median(hashMs)),
        "",
        round(Math.max(...hashMs)),
        `node:crypto in the bench process; the server: at most cores - 1 (max 3) at once, thread pool ${pool}`,
      ],
    ];
    return {
      id: "logins",
      title: `8. Logins: GET /v1/requester (one at a time) while ${CONCURRENT_LOGINS} logins hash their passwords (ms)`,
      columns: ["what", "samples", "p50 ms", "p99 ms", "max ms", "note"],
      rows,
      targets: [
        {
          name: `p99 delay of a request during ${CONCURRENT_LOGINS} logins (${factor.algorithm}, ${factor.iterations} it.)`,
          measured: `${round(delay)} ms`,
          target: `< ${TARGET_DELAY_MS} ms`,
          ok: delay < TARGET_DELAY_MS,
        },
      ],
      data: {
        workFactor: factor,
        threadPool: pool,
        aloneMs: alone,
        duringMs: during,
        loginMs,
        burstMs,
        soloLoginMs,
        hashMs,
      },
    };
  } finally {
    probeAgent.destroy();
    loginAgent.destroy();
    await server.stop();
  }
}
