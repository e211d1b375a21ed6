#!/usr/bin/env node
/**
 * tessera-conformance --base-url <url> [--principals <file.json>] [--only T4,T11] [--junit <file>]
 * [--json <file>]: runs the rule scenarios against a server, prints a table by rule id, exits 1 on
 * any failure and 2 when it cannot start.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { toJUnit } from "./report/junit.js";
import { formatTable } from "./report/table.js";
import { type PrincipalsConfig, parsePrincipalsConfig } from "./runner/principals.js";
import { ConformanceSetupError, runConformance } from "./runner/runConformance.js";

const USAGE = `usage: tessera-conformance --base-url <url> [options]

  --base-url <url>      the server under test (required), e.g. https://staging.example.com
  --principals <file>   who the scenarios act as (default: the demo seed's users), JSON:
                        { "password"?: "...", "legacyKey"?: "...", "users": { "admin": U,
                          "developer": U, "otherOrganization": U } }, each U an email (with
                          "password") or { "email"?, "password"?, "token"? }
  --only <ids>          only the scenarios of these rule ids, comma-separated (e.g. T4,T11,H1)
  --junit <file>        write a JUnit XML report
  --json <file>         write the report as JSON
  --timeout <ms>        per scenario (default 30000)
  --quiet               print only the table
`;

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        "base-url": { type: "string" },
        principals: { type: "string" },
        only: { type: "string" },
        junit: { type: "string" },
        json: { type: "string" },
        timeout: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const baseUrl = values["base-url"];
  if (typeof baseUrl !== "string") {
    process.stderr.write(`--base-url is required\n\n${USAGE}`);
    return 2;
  }
  let principals: PrincipalsConfig | undefined;
  try {
    if (typeof values.principals === "string")
      principals = parsePrincipalsConfig(JSON.parse(readFileSync(values.principals, "utf8")));
  } catch (error) {
    process.stderr.write(`--principals: ${error instanceof Error ? error.message : error}\n`);
    return 2;
  }
  const only = typeof values.only === "string" ? values.only.split(",").map((id) => id.trim()) : undefined;
  try {
    const report = await runConformance({
      baseUrl,
      ...(principals ? { principals } : {}),
      ...(only ? { only } : {}),
      ...(typeof values.timeout === "string" ? { timeoutMs: Number(values.timeout) } : {}),
      onResult: values.quiet
        ? undefined
        : (r) => process.stderr.write(`${r.outcome === "failed" ? "FAIL" : r.outcome} ${r.name}\n`),
    });
    if (typeof values.junit === "string") write(values.junit, toJUnit(report));
    if (typeof values.json === "string") write(values.json, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${formatTable(report)}\n`);
    return report.totals.failed > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ConformanceSetupError)) throw error;
    process.stderr.write(`tessera-conformance: ${error.message}\n`);
    return 2;
  }
}

process.exitCode = await main();
