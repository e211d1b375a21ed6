/**
 * 6. Memory: resident set size (after a full GC) of a fresh process holding one mock with the demo
 * seed, and of the same process holding 50,000 tokens. Each is measured in its own child process.
 * Targets: at most 1 kB of heap per stored token, at most 20 kB per fresh `X-Mock-Session` (issue 17).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { BENCH_ROOT } from "../lib/paths.mjs";
import { round } from "../lib/stats.mjs";
import { LARGE } from "./scale.mjs";

const MB = 1024 * 1024;

/** @param {number} tokens 0 for the demo seed alone */
function holdMock(tokens) {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", "--expose-gc", join(BENCH_ROOT, "workers/holdMock.mjs"), String(tokens)],
    { cwd: BENCH_ROOT, encoding: "utf8" },
  );
  return /** @type {{ rss: number, heapUsed: number, stored: number, gc: boolean }} */ (
    JSON.parse(output.trim().split("\n").at(-1) ?? "{}")
  );
}

/** Sessions the per-session figure is averaged over. */
const SESSIONS = 1000;
/** Heap a fresh `X-Mock-Session` may cost on top of the seed (issue 13). */
const TARGET_SESSION_KB = 20;
/** Heap one stored token may cost: the 50,000-token process over the demo seed's (issue 17). */
const TARGET_TOKEN_KB = 1;

/** Heap per session on the built package, fresh and after one request (workers/holdSessions.mjs). */
function holdSessions() {
  const output = execFileSync(
    process.execPath,
    ["--expose-gc", join(BENCH_ROOT, "workers/holdSessions.mjs"), String(SESSIONS)],
    { cwd: BENCH_ROOT, encoding: "utf8" },
  );
  return /** @type {{ sessions: number, freshBytes: number, usedBytes: number, gc: boolean }} */ (
    JSON.parse(output.trim().split("\n").at(-1) ?? "{}")
  );
}

/**
 * Measures RSS and heap of the demo-seeded and the 50,000-token process, and heap per session.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchMemory() {
  const demo = holdMock(0);
  const large = holdMock(LARGE);
  const perToken = (large.heapUsed - demo.heapUsed) / (large.stored - demo.stored);
  const perTokenKB = perToken / 1024;
  const sessions = holdSessions();
  const freshKB = sessions.freshBytes / 1024;
  const row = (label, m) => [label, m.stored, round(m.rss / MB), round(m.heapUsed / MB)];
  return {
    id: "memory",
    title: "6. Memory of a process holding one mock (node --expose-gc, after gc(); tsx loader in both)",
    columns: ["process", "tokens", "RSS MB", "heap used MB"],
    rows: [
      row("demo seed", demo),
      row(`demo seed + ${LARGE.toLocaleString("en")} tokens`, large),
      [
        "difference",
        large.stored - demo.stored,
        round((large.rss - demo.rss) / MB),
        `${round((large.heapUsed - demo.heapUsed) / MB)} (${round(perTokenKB)} kB/token)`,
      ],
    ],
    targets: [
      {
        name: `heap per stored token, demo seed vs + ${LARGE.toLocaleString("en")} tokens`,
        measured: `${round(perTokenKB)} kB`,
        target: `≤ ${TARGET_TOKEN_KB} kB`,
        ok: perTokenKB <= TARGET_TOKEN_KB,
      },
      {
        name: `heap per fresh X-Mock-Session, built package (${round(sessions.usedBytes / 1024)} kB after one request)`,
        measured: `${round(freshKB)} kB`,
        target: `≤ ${TARGET_SESSION_KB} kB`,
        ok: freshKB <= TARGET_SESSION_KB,
      },
    ],
    data: { demo, large, heapBytesPerToken: perToken, sessions },
  };
}
