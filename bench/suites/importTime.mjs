/**
 * 4b. What `import("@tessera/mock")` costs a test suite, in fresh Node processes: the built package
 * (as an app installs it) against `import("msw")` alone, which it needs anyway, measured in
 * interleaved runs. The mock's own share is the time its import takes once msw is loaded.
 * (test/consumer checks what the import loads, which does not depend on the machine.)
 */
import { execFileSync } from "node:child_process";
import { BENCH_ROOT } from "../lib/paths.mjs";
import { median, round } from "../lib/stats.mjs";

/** The mock's own share / msw's import (issue 14: the mock adds little to the msw it needs). */
export const TARGET_SHARE_VS_MSW = 0.5;
const RUNS = 7;

const SCRIPT = `
const times = [];
for (const name of process.argv.slice(1)) {
  const started = performance.now();
  await import(name);
  times.push(performance.now() - started);
}
console.log(JSON.stringify(times));
`;

/**
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchImportTime() {
  /**
   * Imports `names` in order in a fresh process (resolved from the bench package, which has both).
   * @param {string[]} names
   * @returns {number[]} ms each took
   */
  const run = (names) =>
    JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", SCRIPT, ...names], {
        cwd: BENCH_ROOT,
        encoding: "utf8",
      }),
    );
  const mock = [];
  const msw = [];
  const share = [];
  for (let i = 0; i < RUNS; i++) {
    mock.push(...run(["@tessera/mock"]));
    const [alone, after] = run(["msw", "@tessera/mock"]);
    msw.push(alone);
    share.push(after);
  }
  const ratio = median(share.map((s, i) => s / (msw[i] ?? Number.NaN)));
  const ms = (list) => Math.round(median(list));
  return {
    id: "importTime",
    title: `4b. import() in a fresh Node process (built packages), median of ${RUNS} interleaved runs`,
    columns: ["import", "median ms", "note"],
    rows: [
      ['import("@tessera/mock")', ms(mock), "msw and the SDK included"],
      ['import("msw") alone', ms(msw), "what a suite using msw pays anyway"],
      ['import("@tessera/mock") after msw', ms(share), "the mock's own share"],
    ],
    targets: [
      {
        name: "import: the mock's own share / msw's import",
        measured: `${round(ratio)}x`,
        target: `≤ ${TARGET_SHARE_VS_MSW}x`,
        ok: ratio <= TARGET_SHARE_VS_MSW,
      },
    ],
    data: { mock, msw, share, ratio },
  };
}
