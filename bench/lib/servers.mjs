/** How to start each server under test as `node <args>` on a given port. */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { BENCH_ROOT, MOCK_CLI, SPEC } from "./paths.mjs";

const require = createRequire(import.meta.url);
const prismPackage = require.resolve("@stoplight/prism-cli/package.json");
/** Prism's CLI script, run with this Node (the .bin shim could pick another interpreter). */
const PRISM_ENTRY = join(dirname(prismPackage), require(prismPackage).bin.prism);

/** The request every server must answer with 200: Ada's authenticated requester call. */
export const REQUESTER_PATH = "/v1/requester";

/**
 * `tessera-mock` as users run it: the built CLI with the demo seed.
 *
 * @param {"pretty" | "json" | "silent"} log `--log` (pretty is the default)
 * @param {Record<string, string>} headers the ready check's headers (Authorization)
 * @returns {import("./processes.mjs").ServerSpec}
 */
export function oursServer(log, headers) {
  const logArgs = log === "pretty" ? [] : ["--log", log];
  return {
    name: `tessera-mock${logArgs.length ? ` --log ${log}` : ""}`,
    args: (port) => [MOCK_CLI, "--port", String(port), ...logArgs],
    path: REQUESTER_PATH,
    headers,
  };
}

/**
 * Prism 5 mocking the same contract (static examples; requests validated against the spec).
 *
 * @param {"info" | "silent"} verbosity `-v` (info is Prism's default)
 * @param {Record<string, string>} headers
 * @returns {import("./processes.mjs").ServerSpec}
 */
export function prismServer(verbosity, headers) {
  const extra = verbosity === "info" ? [] : ["-v", verbosity];
  return {
    name: `prism mock${extra.length ? ` -v ${verbosity}` : ""}`,
    args: (port) => [PRISM_ENTRY, "mock", SPEC, "-p", String(port), "-h", "127.0.0.1", ...extra],
    path: REQUESTER_PATH,
    headers,
  };
}

/**
 * A bare node:http server answering every request with the JSON in `bodyFile`, or, with
 * `answersFile`, each method with its own `{ status, body }` (see servers/bareServer.mjs).
 *
 * @param {string} bodyFile
 * @param {string} [answersFile]
 * @returns {import("./processes.mjs").ServerSpec}
 */
export function bareServer(bodyFile, answersFile) {
  const answers = answersFile ? ["--answers", answersFile] : [];
  return {
    name: "bare node:http",
    args: (port) => [
      join(BENCH_ROOT, "servers/bareServer.mjs"),
      "--port",
      String(port),
      "--body",
      bodyFile,
      ...answers,
    ],
    path: REQUESTER_PATH,
    headers: {},
  };
}
