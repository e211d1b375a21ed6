import type { ConformanceReport, Outcome } from "../runner/types.js";

const MARK: Record<Outcome, string> = { passed: "pass", failed: "FAIL", skipped: "skip" };

/** The report as a table by rule id, then each failure and skip with its reason. */
export function formatTable(report: ConformanceReport): string {
  const lines = [
    `tessera-conformance against ${report.baseUrl} (control API: ${report.control ? "yes" : "no"}, isolation: ${report.isolation})`,
    "",
    "rule  result  scenarios (passed/failed/skipped)",
  ];
  for (const rule of report.rules) {
    const count = (o: Outcome) => rule.scenarios.filter((s) => s.outcome === o).length;
    lines.push(
      `${rule.rule.padEnd(5)} ${MARK[rule.outcome].padEnd(7)} ${count("passed")}/${count("failed")}/${count("skipped")}`,
    );
  }
  const failed = report.scenarios.filter((s) => s.outcome === "failed");
  const skipped = report.scenarios.filter((s) => s.outcome === "skipped");
  if (failed.length > 0) lines.push("", "Failures:", ...failed.map((s) => `\n${s.message ?? s.name}`));
  if (skipped.length > 0) lines.push("", "Skipped:", ...skipped.map((s) => `- ${s.name}: ${s.message}`));
  const { passed, failed: f, skipped: k } = report.totals;
  lines.push("", `${passed} passed, ${f} failed, ${k} skipped in ${(report.durationMs / 1000).toFixed(1)} s`);
  return lines.join("\n");
}
