/**
 * Stoplight Prism (`prism proxy`) as a child process in front of the mock server: an independent
 * validator of requests and responses against spec/openapi.yaml (see test/server/prism.test.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const spec = fileURLToPath(new URL("../../spec/openapi.yaml", import.meta.url));
const prismPackage = require.resolve("@stoplight/prism-cli/package.json");
const prismBin = join(dirname(prismPackage), (require(prismPackage) as { bin: { prism: string } }).bin.prism);

export interface PrismProxy {
  /** Where Prism listens, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every line Prism printed so far, without colours. */
  log: string[];
  close(): Promise<void>;
}

/** Lines of Prism's log that report a violation or a request Prism answered with an error itself. */
export const isViolationLine = (line: string) => / Violation: |Request terminated with error/.test(line);

/**
 * Starts `prism proxy spec/openapi.yaml <upstream> --host 127.0.0.1 --port 0` (a free port, read
 * back from Prism's "listening" line) and resolves once it accepts requests.
 * @note `errors: true` adds `--errors`: Prism then answers a request that violates the spec itself
 * instead of forwarding it, and replaces a response that violates the spec with a 500.
 */
export function startPrism(upstream: string, options: { errors: boolean }): Promise<PrismProxy> {
  const args = ["proxy", spec, upstream, "--host", "127.0.0.1", "--port", "0"];
  if (options.errors) args.push("--errors");
  return startPrismProcess(args);
}

/**
 * Starts `prism mock spec/openapi.yaml`: a stateless mock of the same spec that answers every
 * request with a documented example (the conformance kit must fail most rules against it).
 */
export function startPrismMock(): Promise<PrismProxy> {
  return startPrismProcess(["mock", spec, "--host", "127.0.0.1", "--port", "0"]);
}

function startPrismProcess(args: string[]): Promise<PrismProxy> {
  const child = spawn(process.execPath, [prismBin, ...args], {
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error("Prism did not start within 60 s")), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${error.message}\n${log.join("\n")}`));
    };
    let pending = "";
    const onData = (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const raw of lines) {
        const line = stripAnsi(raw);
        log.push(line);
        const listening = /Prism is listening on (http:\/\/\S+)/.exec(line);
        if (listening?.[1]) {
          clearTimeout(timer);
          resolve({ url: listening[1], log, close: () => stop(child) });
        }
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("error", fail);
    child.on("exit", (code, signal) => fail(new Error(`Prism exited early (${code ?? signal})`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC.
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");
