import type { ConformanceReport } from "../runner/types.js";

const xml = (text: string) =>
  text
    // XML 1.0 has no place for most control characters; scenario output may hold them (E5).
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** The report as JUnit XML: one test suite per rule id, one test case per scenario. */
export function toJUnit(report: ConformanceReport): string {
  const { passed, failed, skipped } = report.totals;
  const suites = report.rules.map((rule) => {
    const cases = rule.scenarios.map((s) => {
      const open = `    <testcase classname="${xml(rule.rule)}" name="${xml(s.name)}" time="${(s.durationMs / 1000).toFixed(3)}"`;
      if (s.outcome === "passed") return `${open}/>`;
      const inner =
        s.outcome === "failed"
          ? `<failure message="${xml((s.message ?? "").split("\n")[0] ?? "")}">${xml(s.message ?? "")}</failure>`
          : `<skipped message="${xml(s.message ?? "")}"/>`;
      return `${open}>\n      ${inner}\n    </testcase>`;
    });
    const count = (o: string) => rule.scenarios.filter((s) => s.outcome === o).length;
    return [
      `  <testsuite name="${xml(rule.rule)}" tests="${rule.scenarios.length}" failures="${count("failed")}" skipped="${count("skipped")}">`,
      ...cases,
      "  </testsuite>",
    ].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="tessera-conformance" tests="${passed + failed + skipped}" failures="${failed}" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
