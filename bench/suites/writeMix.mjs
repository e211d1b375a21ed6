/**
 * 3b. Write-heavy mix against our server: every autocannon connection creates a token, then revokes
 * that token (it waits for each answer), so at most one token per connection is ever active and the
 * 50-token limit (T4) never interferes. Creates and revokes are counted from their own answers.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { loadTest } from "../lib/loadTest.mjs";
import { startServer } from "../lib/processes.mjs";
import { oursServer } from "../lib/servers.mjs";
import { round } from "../lib/stats.mjs";
import { benchTempDir } from "../lib/tempDir.mjs";
import { CONNECTIONS, WARMUP_SECONDS } from "./httpThroughput.mjs";

const SECONDS = 6;

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
 * @returns {object[]} autocannon `requests`
 * @example
 * await loadTest({ url, requests: createThenRevoke(`Bearer ${secret}`, { created: 0, revoked: 0, failed: 0 }) });
 */
export function createThenRevoke(authorization, counts) {
  return [
    {
      method: "POST",
      path: "/v1/tokens",
      headers: { authorization, "content-type": "application/json" },
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
      headers: { authorization },
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
 * Measures create + revoke pairs per second against `tessera-mock --log silent`.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchWriteMix() {
  const dir = benchTempDir("http");
  const headers = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
  const spec = oursServer("silent", headers);
  const logFile = join(dir, "writeMix.log");
  writeFileSync(logFile, "");
  const counts = { created: 0, revoked: 0, failed: 0 };
  const server = await startServer(spec, { logFile });
  let result;
  try {
    result = await loadTest({
      url: server.url,
      requests: createThenRevoke(headers.authorization, counts),
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      beforeMeasure: () => Object.assign(counts, { created: 0, revoked: 0, failed: 0 }),
    });
  } finally {
    await server.stop();
  }
  const pairsPerSec = counts.revoked / result.seconds;
  return {
    id: "writeMix",
    title: `3b. Write mix on ${spec.name}: POST /v1/tokens then DELETE it, ${CONNECTIONS} connections, ${SECONDS} s`,
    columns: ["requests", "req/s", "pairs/s", "p50 ms", "p99 ms", "note"],
    rows: [
      [
        "create + revoke (Ada, personal token)",
        Math.round(result.reqPerSec),
        Math.round(pairsPerSec),
        round(result.p50Ms),
        round(result.p99Ms),
        `${counts.created} created, ${counts.revoked} revoked, ${counts.failed + result.errors} failed`,
      ],
    ],
    targets: [],
    data: { result, counts, pairsPerSec },
  };
}
