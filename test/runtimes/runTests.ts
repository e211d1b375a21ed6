/**
 * Runs rule scenarios collected by the conformance kit's registry (packages/conformance/src/harness:
 * vitest's `describe`/`test` as a registry and vitest's matchers, so the scenarios run unchanged
 * where vitest does not) one at a time, the way the matrix's in-process cell needs on every runtime.
 */
import type { RegisteredTest } from "../../packages/conformance/src/harness/registry.js";

/** What one run found. */
export interface RunReport {
  /** Every test, by its full name (`group > test`), in the order run. */
  tests: string[];
  /** The tests that failed, with the first lines of their error. */
  failed: { name: string; error: string }[];
}

/**
 * Per test, like vitest's `testTimeout` (5 s there): larger, because the matrix runs on a shared
 * 2-core machine, and a scenario that hangs must still end the run.
 */
const TIMEOUT_MS = 20_000;

async function withTimeout(body: () => unknown, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([Promise.resolve().then(body), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `tests` in order, one at a time, and reports what failed. */
export async function runTests(tests: readonly RegisteredTest[]): Promise<RunReport> {
  const report: RunReport = { tests: [], failed: [] };
  for (const { name, body } of tests) {
    report.tests.push(name);
    try {
      await withTimeout(body, TIMEOUT_MS);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report.failed.push({ name, error: message.split("\n").slice(0, 8).join("\n") });
    }
  }
  return report;
}
