import { redactSecrets } from "@tessera/mock/contract";
import { collectTests } from "../harness/registry.js";
import { allRules } from "../scenarios/index.js";
import { SCENARIO_EPOCH } from "../support/clock.js";
import type { Target } from "../support/target.js";
import { controlClient, noControl, offersControl } from "../target/controlClient.js";
import { describeExchange, type ExchangeLog, newExchangeLog } from "../target/exchangeLog.js";
import { LOOPBACK, type ScenarioEnvironment, scenarioTarget } from "../target/scenarioTarget.js";
import { Unavailable } from "../target/Unavailable.js";
import { checkPrincipals, PrincipalsConfigError, resolvePrincipals } from "./principals.js";
import { compareRuleIds, ruleIdsOf } from "./ruleIds.js";
import type { ConformanceOptions, ConformanceReport, Outcome, RuleResult, ScenarioResult } from "./types.js";

export { SCENARIO_EPOCH };

/** The target could not be reached before any scenario ran. */
export class ConformanceSetupError extends Error {
  override readonly name = "ConformanceSetupError";
}

/**
 * Runs the shared rule scenarios against an implementation of spec/openapi.yaml and reports,
 * rule id by rule id, what passed, failed and was skipped (with the reason).
 *
 * @example
 * const report = await runConformance({ baseUrl: "http://127.0.0.1:4010", only: ["T4", "T11"] });
 * if (report.totals.failed > 0) process.exitCode = 1;
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const started = Date.now();
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  try {
    resolvePrincipals(options.principals);
  } catch (error) {
    if (error instanceof PrincipalsConfigError) throw new ConformanceSetupError(error.message);
    throw error;
  }
  const principals = options.principals ? { principals: options.principals } : {};
  const network = !options.fetch && !options.newSession;
  const fetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const runId = `conformance-${started.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const control = options.newSession
    ? (await options.newSession()).control !== undefined
    : await offersControl(baseUrl, fetch);
  const isolation = options.newSession ? "caller" : control ? "session" : "cleanup";

  const elsewhere = options.elsewhere ? { elsewhere: options.elsewhere } : {};
  // A4's loopback exemption is checked by naming the server `localhost:4010`, `[::1]:4010`: that
  // reaches the server under test in-process (the mock reads the URL) and over the network to a
  // loopback server, never a server on another machine.
  const namesLoopback = !!options.newSession || LOOPBACK.test(new URL(baseUrl).hostname);
  let current: (() => Promise<Target>) | undefined;
  const tests = collectTests(() =>
    allRules(() => {
      if (!current) throw new Error("[tessera-conformance] makeTarget called outside a scenario");
      return current();
    }),
  );
  const only = options.only ? new Set(options.only) : undefined;
  const selected = tests.filter((t) => !only || ruleIdsOf(t.name).some((rule) => only.has(rule)));

  const principalProblems = await preflight(baseUrl, options, fetch, control, runId);

  // Principals that do not fit are reported as a failure of their own; the scenarios still run.
  const scenarios: ScenarioResult[] = principalProblems.length
    ? [
        {
          name: "the configured principals fit the scenarios",
          rules: ["principals"],
          outcome: "failed",
          durationMs: 0,
          message: `principals failed: the configured users do not fit the scenarios\n- ${principalProblems.join("\n- ")}`,
        },
      ]
    : [];
  let counter = 0;
  for (const test of selected) {
    const log = newExchangeLog();
    const cleanups: (() => Promise<void>)[] = [];
    current = async () => {
      const environment = await environmentFor(log, cleanups);
      return scenarioTarget(environment);
    };
    const environmentFor = async (
      exchangeLog: ExchangeLog,
      after: (() => Promise<void>)[],
    ): Promise<ScenarioEnvironment> => {
      if (options.newSession) {
        const session = await options.newSession();
        return {
          baseUrl,
          fetch: session.fetch,
          network: false,
          control: session.control ?? noControl(baseUrl),
          namesLoopback,
          log: exchangeLog,
          ...elsewhere,
          ...principals,
        };
      }
      if (control) {
        const session = `${runId}-${++counter}`;
        const client = controlClient(baseUrl, fetch, session);
        await client.setClock(SCENARIO_EPOCH);
        after.push(client.drop);
        return {
          baseUrl,
          fetch,
          network,
          control: client.control,
          namesLoopback,
          session,
          log: exchangeLog,
          ...elsewhere,
          ...principals,
        };
      }
      // Once per scenario, however many targets it makes: they share its exchange log.
      if (after.length === 0) after.push(() => undoChanges(baseUrl, fetch, exchangeLog));
      return {
        baseUrl,
        fetch,
        network,
        control: noControl(baseUrl),
        namesLoopback,
        log: exchangeLog,
        ...elsewhere,
        ...principals,
      };
    };
    const result = await runOne(test.name, test.body, log, options.timeoutMs ?? 30_000);
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    current = undefined;
    scenarios.push(result);
    options.onResult?.(result);
  }
  return {
    baseUrl,
    control,
    isolation,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    rules: byRule(scenarios),
    scenarios,
    totals: {
      passed: scenarios.filter((s) => s.outcome === "passed").length,
      failed: scenarios.filter((s) => s.outcome === "failed").length,
      skipped: scenarios.filter((s) => s.outcome === "skipped").length,
    },
  };
}

async function runOne(name: string, body: () => unknown, log: ExchangeLog, timeoutMs: number) {
  const rules = ruleIdsOf(name);
  const started = Date.now();
  const done = (outcome: Outcome, message?: string): ScenarioResult => ({
    name,
    rules,
    outcome,
    durationMs: Date.now() - started,
    ...(message ? { message } : {}),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      Promise.resolve().then(body),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    if (log.violations.length > 0) {
      return done(
        "failed",
        failure(rules, name, log, `responses within spec/openapi.yaml`, log.violations.join("\n")),
      );
    }
    return done("passed");
  } catch (error) {
    if (error instanceof Unavailable) return done("skipped", error.message);
    const message = error instanceof Error ? error.message : String(error);
    return done("failed", failure(rules, name, log, message));
  } finally {
    clearTimeout(timer);
  }
}

/** A failure message: the rule ids, the scenario, the last request, what the rule expects, what came back. */
function failure(rules: string[], name: string, log: ExchangeLog, expected: string, got?: string): string {
  const last = log.exchanges.at(-1);
  const message = [
    `${rules.join(", ")} failed: ${name}`,
    `  request:  ${last ? last.request : "(none sent)"}`,
    `  expected: ${expected.split("\n").join("\n            ")}`,
    `  got:      ${got ?? (last ? describeExchange(last).slice(last.request.length + 4) : "(nothing)")}`,
  ].join("\n");
  // An assertion's own message may quote a body with a secret in it; reports end up in CI logs.
  return redactSecrets(message);
}

function byRule(scenarios: ScenarioResult[]): RuleResult[] {
  const rules = new Map<string, ScenarioResult[]>();
  for (const s of scenarios) for (const rule of s.rules) rules.set(rule, [...(rules.get(rule) ?? []), s]);
  return [...rules.entries()]
    .sort(([a], [b]) => compareRuleIds(a, b))
    .map(([rule, list]) => ({
      rule,
      scenarios: list,
      outcome: list.some((s) => s.outcome === "failed")
        ? "failed"
        : list.every((s) => s.outcome === "skipped")
          ? "skipped"
          : "passed",
    }));
}

/** Checks the principals through the API before any scenario, in a session of its own; returns the problems. */
async function preflight(
  baseUrl: string,
  options: ConformanceOptions,
  fetch: (request: Request) => Promise<Response>,
  control: boolean,
  runId: string,
): Promise<string[]> {
  const session = options.newSession ? await options.newSession() : undefined;
  const name = `${runId}-principals`;
  const send = session
    ? session.fetch
    : (request: Request) => {
        if (!control) return fetch(request);
        const headers = new Headers(request.headers);
        headers.set("x-mock-session", name);
        return fetch(new Request(request, { headers }));
      };
  let problems: string[];
  try {
    problems = await checkPrincipals(baseUrl, send, options.principals);
  } catch (error) {
    throw new ConformanceSetupError(
      `cannot reach ${baseUrl}: ${error instanceof Error ? error.message : error}`,
    );
  } finally {
    if (control)
      await controlClient(baseUrl, fetch, name)
        .drop()
        .catch(() => undefined);
  }
  return problems;
}

/**
 * Without sessions, what a scenario changed is undone after it, so that a shared server is left as
 * it was found: the organization's policy goes back to the default the principals check demands
 * (P5), every token it created (the tokens the scenarios act with included) is revoked (T10),
 * with its own secret or its creator's credential (secrets rotated or revoked by the scenario are
 * already gone), and every session it logged in and did not log out is logged out (A6), rather than
 * left live for its 30 days.
 */
async function undoChanges(
  baseUrl: string,
  fetch: (request: Request) => Promise<Response>,
  log: ExchangeLog,
) {
  const changedBy = log.policyChanges.at(-1);
  if (changedBy) {
    await fetch(
      new Request(`${baseUrl}/v1/organization/policy`, {
        method: "PATCH",
        headers: { authorization: changedBy, "content-type": "application/json" },
        body: JSON.stringify({
          maxTokenLifetimeDays: null,
          revokeAfterInactiveDays: null,
          requireAllowedIps: false,
        }),
      }),
    ).catch(() => undefined);
  }
  // A token that cannot revoke itself (no `tokens:write`, another address only) is revoked by
  // whoever created it, or else by any credential that created tokens in this scenario.
  const creators = [...new Set(log.created.map((c) => c.by).filter((by): by is string => !!by))];
  for (const { id, secret, by } of [...log.created].reverse()) {
    for (const authorization of new Set([`Bearer ${secret}`, ...(by ? [by] : []), ...creators])) {
      const response = await fetch(
        new Request(`${baseUrl}/v1/tokens/${id}`, { method: "DELETE", headers: { authorization } }),
      ).catch(() => undefined);
      await response?.text().catch(() => "");
      if (response?.status === 200) break;
    }
  }
  log.created.length = 0;
  log.policyChanges.length = 0;
  // After the tokens: a token a session created may need that session to revoke it.
  for (const secret of log.sessions.splice(0)) {
    const response = await fetch(
      new Request(`${baseUrl}/v1/auth/logout`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}` },
      }),
    ).catch(() => undefined);
    await response?.text().catch(() => "");
  }
}
