/**
 * Proof that the conformance kit (@tessera/conformance, built: its scenarios must not register with
 * this vitest) discriminates: the mock passes every rule in-process and over HTTP, its CLI writes
 * JUnit and JSON reports and exits 0, a stateless mock of the same spec (Prism `mock`) fails most
 * rules, and each mutant of the mock fails exactly the rules it breaks.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ConformanceReport, controlOf, runConformance, SCENARIO_EPOCH } from "@tessera/conformance";
import { createMockApi, DEMO } from "@tessera/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { viaHost } from "../../packages/conformance/src/target/viaHost.js";
import { ELSEWHERE_LOCAL, startServer } from "../support/httpTarget.js";
import { type PrismProxy, startPrismMock } from "../support/prismProxy.js";
import { MUTANTS } from "./kit/mutants.js";
import { runCli } from "./kit/runCli.js";

const ALL_RULES = [
  ...["A1", "A2", "A3", "A4", "A5", "A6", "A7", "Q1", "Q2", "S1", "S2", "S3", "S4"],
  ...Array.from({ length: 18 }, (_, i) => `T${i + 1}`),
  ...["H1", "H2", "H3", "H4", "E1", "E2", "E3", "E4", "E5", "E6", "E7"],
  ...["P1", "P2", "P3", "P4", "P5", "P6"],
];

const failedRules = (report: ConformanceReport) =>
  report.rules.filter((r) => r.outcome === "failed").map((r) => r.rule);
const failures = (report: ConformanceReport) =>
  report.scenarios.filter((s) => s.outcome !== "passed").map((s) => `${s.outcome}: ${s.message}`);

const inProcess = (make = () => createMockApi({ freezeClock: true, now: SCENARIO_EPOCH })) => ({
  baseUrl: "https://api.tessera.dev",
  newSession: () => {
    const api = make();
    return { fetch: (request: Request) => api.fetch(request), control: controlOf(api) };
  },
});

test("the mock passes every rule in-process (createMockApi().fetch), none skipped", async () => {
  const report = await runConformance(inProcess());
  expect(failures(report)).toEqual([]);
  expect(report.control).toBe(true);
  expect(report.rules.map((r) => r.rule)).toEqual(expect.arrayContaining(ALL_RULES));
  expect(report.rules.every((r) => r.outcome === "passed")).toBe(true);
}, 120_000);

test("--only runs the scenarios of the rules named, and nothing else", async () => {
  const report = await runConformance({ ...inProcess(), only: ["T4", "P3"] });
  expect(report.rules.map((r) => r.rule)).toEqual(["T4", "P3"]);
  expect(report.totals).toMatchObject({ failed: 0, skipped: 0 });
}, 60_000);

test("E6: a report shows a secret only as its prefix, even when a failing answer quotes one", async () => {
  const { http, HttpResponse } = await import("msw");
  const leaked = `tsr_pat_${"Leak".repeat(9)}`;
  const report = await runConformance({
    ...inProcess(() => {
      const api = createMockApi({ freezeClock: true, now: SCENARIO_EPOCH });
      // A create answer outside the contract (an extra field), quoting a full secret.
      api.use(
        http.post("*/v1/tokens", () =>
          HttpResponse.json(
            { token: { id: "tok_0000000000000000" }, secret: leaked, extra: 1 },
            { status: 201 },
          ),
        ),
      );
      return api;
    }),
    only: ["T4"],
  });
  expect(failedRules(report)).toEqual(["T4"]);
  const everything = JSON.stringify(report);
  expect(everything).not.toContain(leaked);
  expect(everything).toContain(`${leaked.slice(0, 12)}…`);
}, 60_000);

describe("over HTTP against the local server", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let dir: string;
  beforeAll(async () => {
    server = await startServer();
    dir = mkdtempSync(join(tmpdir(), "tessera-conformance-"));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("every rule passes, each scenario in an X-Mock-Session of its own that is dropped after it", async () => {
    const report = await runConformance({
      baseUrl: server.url,
      // The test server takes connections from 127.0.0.2 as from another machine (A4, H4).
      elsewhere: (request) => viaHost(server.url, request, ELSEWHERE_LOCAL),
    });
    expect(failures(report)).toEqual([]);
    expect(report).toMatchObject({ control: true, isolation: "session" });
    expect(report.rules.map((r) => r.rule)).toEqual(expect.arrayContaining(ALL_RULES));
    const sessions = (await (await fetch(`${server.url}/__mock/sessions`)).json()) as { sessions: string[] };
    expect(sessions.sessions.filter((name) => name.startsWith("conformance-"))).toEqual([]);
  }, 120_000);

  test("tessera-conformance --base-url writes JUnit and JSON reports of every rule and exits 0", async () => {
    const junit = join(dir, "junit.xml");
    const json = join(dir, "report.json");
    const { code, stdout, stderr } = await runCli([
      "--base-url",
      server.url,
      "--junit",
      junit,
      "--json",
      json,
      "--quiet",
    ]);
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toMatch(/^T11 +pass /m);
    const xml = readFileSync(junit, "utf8");
    for (const rule of ALL_RULES) expect(xml).toContain(`<testsuite name="${rule}"`);
    expect(xml).toMatch(/failures="0"/);
    // Over loopback the CLI cannot be a caller elsewhere: A4's remote half and H4 are skipped, with
    // the reason; A4's loopback exemption, which only a loopback server allows, is checked.
    expect(xml).toMatch(/<skipped message="needs a request from a non-loopback address/);
    const report = JSON.parse(readFileSync(json, "utf8")) as ConformanceReport;
    expect(report.totals.failed).toBe(0);
    const outcome = (name: string) =>
      report.scenarios.find((s) => s.name === `authentication > ${name}`)?.outcome;
    expect(outcome("A4: plain http to a non-loopback host is 403 https_required")).toBe("skipped");
    expect(outcome("A4: loopback is exempt: plain http to 127.0.0.1, localhost and [::1] is served")).toBe(
      "passed",
    );
    expect(report.rules.find((r) => r.rule === "H4")?.outcome).toBe("skipped");
  }, 120_000);

  test("the CLI exits 1 on a failure and names the rule, the request, the expectation and the answer", async () => {
    // Demo users that are not who the scenarios need: the principals check fails by name.
    const principals = join(dir, "principals.json");
    await import("node:fs").then(({ writeFileSync }) =>
      writeFileSync(
        principals,
        JSON.stringify({ password: DEMO.password, users: { developer: "ada@acme.test" } }),
      ),
    );
    const { code, stdout } = await runCli([
      "--base-url",
      server.url,
      "--principals",
      principals,
      "--only",
      "T4",
      "--quiet",
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^principals FAIL/m);
    expect(stdout).toContain("ada@acme.test is not a developer");
  }, 60_000);
});

describe("against Prism's stateless mock of the same spec", () => {
  let prism: PrismProxy;
  beforeAll(async () => {
    prism = await startPrismMock();
  }, 60_000);
  afterAll(() => prism.close());

  test("most rules fail; the rules that need the control API are skipped, not passed", async () => {
    const report = await runConformance({ baseUrl: prism.url, timeoutMs: 10_000 });
    expect(report.control).toBe(false);
    const failed = failedRules(report);
    const passed = report.rules.filter((r) => r.outcome === "passed").map((r) => r.rule);
    expect(failed.length, `passed against Prism: ${passed.join(", ")}`).toBeGreaterThan(
      ALL_RULES.length * 0.75,
    );
    const skipped = report.scenarios.filter((s) => s.outcome === "skipped");
    expect(skipped.length).toBeGreaterThan(0);
    for (const s of skipped)
      expect(s.message).toMatch(/needs (the control API|a request from a non-loopback)/);
  }, 300_000);
});

describe("mutants of the mock each fail exactly the rules they break", () => {
  test.each(MUTANTS.map((m) => [m.name, m] as const))(
    "%s",
    async (_name, mutant) => {
      const report = await runConformance(inProcess(() => mutant.create()));
      expect(failedRules(report), mutant.because).toEqual(mutant.breaks);
      const message = report.scenarios.find((s) => s.outcome === "failed")?.message ?? "";
      expect(message).toMatch(new RegExp(`^${mutant.breaks[0]}\\b.* failed: `));
      expect(message).toMatch(/\n {2}request: {2}(GET|POST|PATCH|DELETE) \/v1\//);
      expect(message).toMatch(/\n {2}expected: .+\n {2}got: {6}\S/);
    },
    120_000,
  );
});
