/**
 * Every rule of DESIGN.md §3 must be named by at least one end-to-end test of the mock, so the
 * design contract and the suite can be read side by side.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";

const RULES = [
  ...["A1", "A2", "A3", "A4", "A5", "A6", "A7"],
  ...["Q1", "Q2"],
  ...["S1", "S2", "S3", "S4"],
  ...Array.from({ length: 18 }, (_, i) => `T${i + 1}`),
  ...["H1", "H2", "H3", "H4"],
  ...["E1", "E2", "E3", "E4", "E5", "E6", "E7"],
  ...["P1", "P2", "P3", "P4", "P5", "P6"],
];

test("every rule id of DESIGN.md §3 names an end-to-end scenario", () => {
  const dir = new URL("../../packages/conformance/src/scenarios/", import.meta.url);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) =>
      [...readFileSync(new URL(f, dir), "utf8").matchAll(/test(?:\.each\([\s\S]*?\))?\(\s*"([^"]+)"/g)].map(
        (m) => m[1] ?? "",
      ),
    );
  const missing = RULES.filter(
    (rule) => !names.some((name) => new RegExp(`(^|[^A-Z0-9])${rule}([^0-9]|$)`).test(name)),
  );
  expect(missing).toEqual([]);
});
