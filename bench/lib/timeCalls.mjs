/** Timing of in-process async calls, several variants measured side by side in one run. */
import { median } from "./stats.mjs";

/**
 * @typedef {object} Variant
 * @property {string} name
 * @property {() => Promise<unknown>} call one call to time (awaited before the next starts)
 */

/**
 * Times each variant in interleaved rounds (the order rotates every round, so drift in CPU speed,
 * other processes or GC pressure falls on every variant alike) and reports the median µs per call
 * over the rounds. Compare variants with {@link medianRatio}, which pairs samples of the same round.
 *
 * Each variant is first warmed up for `warmupMs` of calls (at least `warmupCalls`): V8 optimizes a
 * function only after many calls, and a variant with more code to optimize (the mock's pipeline
 * against a stub) needs more of them; a fixed 1,000 calls measured part of that in the first rounds.
 *
 * @param {Variant[]} variants
 * @param {{ rounds?: number, callsPerRound?: number, warmupCalls?: number, warmupMs?: number }} [options]
 *   rounds (default 15), calls per variant per round (default 500), warm-up per variant: at least
 *   `warmupCalls` calls (default 1000) and `warmupMs` of them (default 2000)
 * @returns {Promise<Record<string, { usPerCall: number, rounds: number[] }>>}
 * @example
 * const times = await timeSideBySide([{ name: "stub", call: () => stub.requester.get() }]);
 * times.stub.usPerCall; // median µs per call
 */
export async function timeSideBySide(variants, options = {}) {
  const { rounds = 15, callsPerRound = 500, warmupCalls = 1000, warmupMs = 2000 } = options;
  for (const variant of variants) {
    const started = performance.now();
    await repeat(variant.call, warmupCalls);
    while (performance.now() - started < warmupMs) await repeat(variant.call, 100);
  }
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(variants.map((v) => [v.name, []]));
  for (let round = 0; round < rounds; round++) {
    globalThis.gc?.();
    for (let i = 0; i < variants.length; i++) {
      const variant = /** @type {Variant} */ (variants[(i + round) % variants.length]);
      const started = performance.now();
      await repeat(variant.call, callsPerRound);
      samples[variant.name]?.push(((performance.now() - started) * 1000) / callsPerRound);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, rounds]) => [name, { usPerCall: median(rounds), rounds }]),
  );
}

/**
 * The median over rounds of `a`'s time divided by `b`'s time in the same round: robust to machine
 * load that changes from one round to the next.
 *
 * @param {Record<string, { rounds: number[] }>} times what {@link timeSideBySide} returned
 * @param {string} a
 * @param {string} b
 * @returns {number}
 * @example
 * medianRatio(times, "mockFetch", "stub"); // 1.9
 */
export function medianRatio(times, a, b) {
  const over = times[b]?.rounds ?? [];
  return median((times[a]?.rounds ?? []).map((value, i) => value / (over[i] ?? Number.NaN)));
}

/** Calls `call` `times` times, one after another. */
async function repeat(call, times) {
  for (let i = 0; i < times; i++) await call();
}
