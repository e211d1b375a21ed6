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
 * @typedef {object} WarmUp
 * @property {number} seconds how long the server was loaded before it was measured
 * @property {number} requests the requests it answered in that time
 * @property {boolean} steady whether its rate had stopped climbing (false: it was still rising at the cap)
 */

/** A one-second load whose rate beats the best before it by more than this is still warming up. */
const STILL_RISING = 1.05;

/**
 * Warms one server up until its rate stops climbing: one-second loads, at least `minSeconds`, until
 * two in a row do not beat the best before them by more than 5%, or `maxSeconds` have passed. A
 * Node server runs interpreted until V8 has optimized its hot functions, which takes several
 * seconds of load on a busy two-core machine (the compiler thread competes with the load); a fixed
 * short warm-up measured part of that in the first rounds, more for a server with more code
 * per request. Every server gets the same rule.
 *
 * @template {{ id: string }} C
 * @param {C} config
 * @param {(config: C, seconds: number) => Promise<LoadResult>} load
 * @param {{ minSeconds: number, maxSeconds: number }} limits
 * @returns {Promise<WarmUp>}
 */
export async function warmUp(config, load, { minSeconds, maxSeconds }) {
  let best = 0;
  let flat = 0;
  let seconds = 0;
  let requests = 0;
  while (seconds < maxSeconds) {
    const result = await load(config, 1);
    seconds += result.seconds;
    requests += result.total;
    flat = result.reqPerSec > best * STILL_RISING ? 0 : flat + 1;
    best = Math.max(best, result.reqPerSec);
    if (seconds >= minSeconds && flat >= 2) return { seconds, requests, steady: true };
  }
  return { seconds, requests, steady: false };
}

/**
 * Loads each server in turn: a warm-up each (until its rate is steady, see {@link warmUp}), then
 * `rounds` rounds in which every server is measured once, the order rotating, so a change in
 * machine load during the run touches every server alike.
 *
 * @template {{ id: string }} C
 * @param {{ configs: C[], rounds: number, roundSeconds: number, warmupSeconds: number,
 *   maxWarmupSeconds?: number, load: (config: C, seconds: number) => Promise<LoadResult>,
 *   afterWarmup?: (warmups: Record<string, WarmUp>) => void }} options
 *   `warmupSeconds` is the least warm-up, `maxWarmupSeconds` (default 15) the most
 * @returns {Promise<Record<string, LoadResult[]>>} the measured rounds by server id, in round order
 */
export async function interleavedRounds({
  configs,
  rounds,
  roundSeconds,
  warmupSeconds,
  maxWarmupSeconds = 15,
  load,
  afterWarmup,
}) {
  /** @type {Record<string, LoadResult[]>} */
  const results = Object.fromEntries(configs.map((c) => [c.id, []]));
  /** @type {Record<string, WarmUp>} */
  const warmups = {};
  for (const config of configs) {
    warmups[config.id] = await warmUp(config, load, {
      minSeconds: warmupSeconds,
      maxSeconds: Math.max(warmupSeconds, maxWarmupSeconds),
    });
  }
  afterWarmup?.(warmups);
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
