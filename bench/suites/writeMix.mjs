/**
 * 3b. Write-heavy mix: every autocannon connection creates a token, then revokes that token (it
 * waits for each answer), so at most one token per connection is ever active and the 50-token
 * limit (T4) never interferes. Creates and revokes are counted from their own answers.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { interleavedRounds, loadTest, roundRatio } from "../lib/loadTest.mjs";
import { startServer } from "../lib/processes.mjs";
import { bareServer, oursServer, prismServer, REQUESTER_PATH } from "../lib/servers.mjs";
import { median, round } from "../lib/stats.mjs";
import { benchTempDir } from "../lib/tempDir.mjs";
import {
  CONNECTIONS,
  describeWarmUp,
  MAX_WARMUP_SECONDS,
  ROUND_SECONDS,
  ROUNDS,
  ROUNDS_TITLE,
  TARGET_OURS_VS_BARE,
  TARGET_OURS_VS_PRISM,
  WARMUP_SECONDS,
} from "./httpThroughput.mjs";

const CREATE_BODY = JSON.stringify({
  label: "bench write mix",
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "hidden",
});

/**
 * autocannon requests for one create + revoke pair per turn, counting answers in `counts`.
 *
 * @param {string} authorization
 * @param {{ created: number, revoked: number, failed: number }} counts
 * @param {string} [session] the X-Mock-Session to use
 * @returns {object[]} autocannon `requests`
 * @example
 * await loadTest({ url, requests: createThenRevoke(`Bearer ${secret}`, { created: 0, revoked: 0, failed: 0 }) });
 */
export function createThenRevoke(authorization, counts, session = undefined) {
  // A load cut off by its deadline leaves up to one token per connection unrevoked; a session per
  // load keeps those from adding up to T4's limit of 50 over the rounds (Prism and the bare server
  // ignore the header).
  const isolated = session === undefined ? {} : { "x-mock-session": session };
  return [
    {
      method: "POST",
      path: "/v1/tokens",
      headers: { authorization, "content-type": "application/json", ...isolated },
      body: CREATE_BODY,
      onResponse: (status, body, context) => {
        if (status === 201) {
          counts.created++;
          context.id = JSON.parse(body).token.id;
        } else {
          counts.failed++;
          context.id = null;
        }
      },
    },
    {
      method: "DELETE",
      headers: { authorization, ...isolated },
      // A falsy request makes autocannon start over with a create (after a failed create).
      setupRequest: (request, context) =>
        context.id ? { ...request, path: `/v1/tokens/${context.id}` } : null,
      onResponse: (status) => {
        if (status === 200) counts.revoked++;
        else counts.failed++;
      },
    },
  ];
}

/**
 * Measures create + revoke pairs per second against `tessera-mock --log silent`, Prism `-v silent`
 * (stateless: it answers the spec's examples) and a bare node:http server answering our own create
 * and revoke answers (the limit), in interleaved rounds.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchWriteMix() {
  const dir = benchTempDir("http");
  const headers = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
  const bodyFile = join(dir, "writeMix-requester.json");
  const answersFile = join(dir, "writeMix-answers.json");
  const configs = [
    { id: "ours", spec: oursServer("silent", headers), note: "" },
    { id: "prism", spec: prismServer("silent", headers), note: "stateless: the spec's examples" },
    { id: "bare", spec: bareServer(bodyFile, answersFile), note: "our answers, no work: the limit" },
  ];
  /** @type {Map<string, { url: string, stop: () => Promise<void> }>} */
  const servers = new Map();
  const counts = Object.fromEntries(configs.map((c) => [c.id, { created: 0, revoked: 0, failed: 0 }]));
  /** @type {Record<string, import("../lib/loadTest.mjs").LoadResult[]>} */
  let rounds = {};
  /** @type {Record<string, import("../lib/loadTest.mjs").WarmUp>} */
  let warmups = {};
  let loads = 0;
  try {
    for (const config of configs) {
      const logFile = join(dir, `writeMix-${config.id}.log`);
      writeFileSync(logFile, "");
      const server = await startServer(config.spec, { logFile });
      servers.set(config.id, server);
      if (config.id === "ours") await recordAnswers(server.url, headers, bodyFile, answersFile);
    }
    rounds = await interleavedRounds({
      configs,
      rounds: ROUNDS,
      roundSeconds: ROUND_SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      maxWarmupSeconds: MAX_WARMUP_SECONDS,
      load: (config, seconds) =>
        loadTest({
          url: servers.get(config.id)?.url ?? "",
          requests: createThenRevoke(headers.authorization, counts[config.id], `write-mix-${loads++}`),
          connections: CONNECTIONS,
          seconds,
          warmupSeconds: 0,
        }),
      afterWarmup: (measured) => {
        warmups = measured;
        for (const c of Object.values(counts)) Object.assign(c, { created: 0, revoked: 0, failed: 0 });
      },
    });
  } finally {
    for (const server of servers.values()) await server.stop();
  }
  const measuredSeconds = (id) => (rounds[id] ?? []).reduce((sum, r) => sum + r.seconds, 0);
  const pick = (id, key) => median((rounds[id] ?? []).map((r) => r[key]));
  const ofBare = roundRatio(rounds, "ours", "bare");
  const vsPrism = roundRatio(rounds, "ours", "prism");
  const rows = configs.map(({ id, spec, note }) => {
    const c = counts[id] ?? { created: 0, revoked: 0, failed: 0 };
    const errors = (rounds[id] ?? []).reduce((sum, r) => sum + r.errors, 0);
    return [
      spec.name,
      Math.round(pick(id, "reqPerSec")),
      Math.round(c.revoked / measuredSeconds(id)),
      round(pick(id, "p50Ms")),
      round(pick(id, "p99Ms")),
      `${Math.round(100 * roundRatio(rounds, id, "bare"))}%`,
      describeWarmUp(warmups[id]),
      [note, `${c.created} created, ${c.revoked} revoked, ${c.failed + errors} failed`]
        .filter(Boolean)
        .join("; "),
    ];
  });
  return {
    id: "writeMix",
    title:
      `3b. Write mix: POST /v1/tokens then DELETE it (Ada, personal token), ${CONNECTIONS} connections, ` +
      ROUNDS_TITLE,
    columns: ["server", "req/s", "pairs/s", "p50 ms", "p99 ms", "of bare per round", "warm-up", "note"],
    rows,
    targets: [
      {
        name: "HTTP write mix: ours (silent) / bare node:http",
        measured: `${Math.round(100 * ofBare)}%`,
        target: `≥ ${100 * TARGET_OURS_VS_BARE}%`,
        ok: ofBare >= TARGET_OURS_VS_BARE,
      },
      {
        name: "HTTP write mix: ours / Prism (silent)",
        measured: `${round(vsPrism)}x`,
        target: `≥ ${TARGET_OURS_VS_PRISM}x`,
        ok: vsPrism >= TARGET_OURS_VS_PRISM,
      },
    ],
    data: { rounds, warmups, counts, ofBare, vsPrism },
  };
}

/**
 * Records what our server answers to one create and its revoke, so the bare server sends the same
 * bytes (the requester answer too, for anything else).
 *
 * @param {string} url
 * @param {Record<string, string>} headers
 * @param {string} bodyFile
 * @param {string} answersFile
 */
async function recordAnswers(url, headers, bodyFile, answersFile) {
  const created = await fetch(`${url}/v1/tokens`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: CREATE_BODY,
  });
  const createText = await created.text();
  const revoked = await fetch(`${url}/v1/tokens/${JSON.parse(createText).token.id}`, {
    method: "DELETE",
    headers,
  });
  const requester = await fetch(`${url}${REQUESTER_PATH}`, { headers });
  writeFileSync(bodyFile, await requester.text());
  const answers = {
    POST: { status: created.status, body: createText },
    DELETE: { status: revoked.status, body: await revoked.text() },
  };
  writeFileSync(answersFile, JSON.stringify(answers));
}
