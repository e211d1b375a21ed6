/** The shape every suite returns, and its rendering as a plain-text table. */

/**
 * @typedef {object} Target
 * @property {string} name what is compared, e.g. "mock fetch / stub"
 * @property {string} measured the measured value as shown, e.g. "1.8x"
 * @property {string} target the goal as shown, e.g. "≤ 2x"
 * @property {boolean} ok whether the measurement meets the goal
 */

/**
 * @typedef {object} Section
 * @property {string} id
 * @property {string} title
 * @property {string[]} columns
 * @property {(string | number)[][]} rows
 * @property {Target[]} targets
 * @property {Record<string, unknown>} data raw measurements, for `--json`
 */

const pad = (text, width, right) => (right ? text.padStart(width) : text.padEnd(width));
const isNumeric = (cell) =>
  typeof cell === "number" || /^[\d.,]+(-[\d.,]+)?\s*(x|%|ms|µs|kB|MB|B)?( \(.*\))?$/.test(cell);

/**
 * Renders sections as aligned text tables (numbers right-aligned), then every target with ✓ or ✗.
 *
 * @param {{ machine: ReturnType<typeof import("./machine.mjs").describeMachine>, load: { atStart: number, atEnd: number },
 *   sections: Section[], seconds: number }} report
 *   `load`: the 1-minute load average before and after (other processes skew timings on a small machine)
 * @returns {string}
 * @example
 * process.stdout.write(renderReport({ machine: describeMachine(), load, sections, seconds: 95 }));
 */
export function renderReport({ machine, load, sections, seconds }) {
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`,
    `Load average (1 min): ${load.atStart.toFixed(2)} before the run, ${load.atEnd.toFixed(2)} after (the bench itself adds up to 2)`,
    "",
  ];
  for (const section of sections) {
    lines.push(section.title);
    const cells = [section.columns, ...section.rows.map((row) => row.map((cell) => String(cell)))];
    const widths = section.columns.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
    // A column is right-aligned (as numbers are) when every cell below its header is numeric.
    const numeric = section.columns.map(
      (_, i) => i > 0 && section.rows.every((row) => isNumeric(row[i] ?? "")),
    );
    const render = (row) => `| ${row.map((cell, i) => pad(cell, widths[i] ?? 0, numeric[i])).join(" | ")} |`;
    lines.push(render(section.columns));
    lines.push(
      `|${widths.map((w, i) => (numeric[i] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`,
    );
    for (const row of cells.slice(1)) lines.push(render(row));
    lines.push("");
  }
  lines.push(
    "Times and rates are medians over interleaved rounds; a ratio is the median of the ratios within each",
    "round, so a change in machine load during the run falls on both sides of it.",
    "",
  );
  const targets = sections.flatMap((s) => s.targets);
  if (targets.length > 0) {
    lines.push("Targets");
    const width = Math.max(...targets.map((t) => t.name.length));
    for (const t of targets) {
      lines.push(
        `  ${t.ok ? "✓" : "✗"} ${t.name.padEnd(width)}  ${t.measured.padStart(9)}  (target ${t.target})`,
      );
    }
    lines.push("");
  }
  lines.push(`Measured in ${Math.round(seconds)} s.`);
  return `${lines.join("\n")}\n`;
}
