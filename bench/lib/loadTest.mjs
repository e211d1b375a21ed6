/** HTTP load on loopback with autocannon (used as a library), warm-up first, then a fixed duration. */
import autocannon from "autocannon";
import { median } from "./stats.mjs";

/**
 * @typedef {object} LoadResult
 * @property {number} reqPerSec mean requests per second over the measured seconds
 * @property {number} p50Ms median latency (ms)
 * @property {number} p99Ms 99th percentile latency (ms)
 * @property {number} total requests completed in the measured window
 * @property {number} ok2xx 2xx responses
 * @property {number} non2xx other statuses
 * @property {number} errors connection errors and timeouts
 * @property {number} seconds measured duration
 */

/**
 * Warms the server up for `warmupSeconds`, then measures `seconds` at `connections` connections
 * (each connection sends its next request when the previous answer arrives).
 *
 * @param {{ url: string, connections?: number, seconds?: number, warmupSeconds?: number, beforeMeasure?: () => void,
 *   requests?: object[], method?: string, path?: string, headers?: Record<string, string> }} options
 *   `beforeMeasure` runs between the warm-up and the measured run (e.g. to reset counters)
 * @returns {Promise<LoadResult>}
 * @example
 * const r = await loadTest({ url, path: "/v1/requester", headers: { authorization: "Bearer ..." } });
 * console.log(r.reqPerSec, r.p99Ms);
 */
export async function loadTest(options) {
  const { connections = 20, seconds = 8, warmupSeconds = 2, beforeMeasure, ...request } = options;
  if (warmupSeconds > 0) await run({ ...request, connections, duration: warmupSeconds });
  beforeMeasure?.();
  const result = await run({ ...request, connections, duration: seconds });
  return {
    reqPerSec: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    ok2xx: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    seconds: result.duration,
  };
}

/** One autocannon run, as a promise; stops on its own after `duration` seconds. */
function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ ...options, timeout: 10 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Loads each server in turn: a warm-up each, then `rounds` rounds in which every server is measured
 * once, the order rotating, so a change in machine load during the run touches every server alike.
 *
 * @template {{ id: string }} C
 * @param {{ configs: C[], rounds: number, roundSeconds: number, warmupSeconds: number,
 *   load: (config: C, seconds: number) => Promise<LoadResult>, afterWarmup?: () => void }} options
 * @returns {Promise<Record<string, LoadResult[]>>} the measured rounds by server id, in round order
 */
export async function interleavedRounds({ configs, rounds, roundSeconds, warmupSeconds, load, afterWarmup }) {
  /** @type {Record<string, LoadResult[]>} */
  const results = Object.fromEntries(configs.map((c) => [c.id, []]));
  for (const config of configs) await load(config, warmupSeconds);
  afterWarmup?.();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < configs.length; i++) {
      const config = configs[(i + round) % configs.length];
      if (config) results[config.id]?.push(await load(config, roundSeconds));
    }
  }
  return results;
}

/**
 * The median over rounds of `a`'s rate divided by `b`'s in the same round.
 *
 * @param {Record<string, LoadResult[]>} results
 * @param {string} a
 * @param {string} b
 */
export function roundRatio(results, a, b) {
  const rates = (id) => (results[id] ?? []).map((r) => r.reqPerSec);
  return median(rates(a).map((value, i) => value / (rates(b)[i] ?? Number.NaN)));
}
