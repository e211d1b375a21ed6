/** Runs the built `tessera-mock` CLI (mocks/dist/cli.js, made by `pnpm build`) as a child process. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../../mocks/dist/cli.js", import.meta.url));

function requireBuild() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first (pnpm test does).`);
}

/** Runs the CLI to completion (for --help and bad flags). */
export function runCli(args: string[]) {
  requireBuild();
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface RunningCli {
  process: ChildProcess;
  url: string;
  /** Everything printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Starts the CLI and resolves once it prints the URL it listens on. */
export function startCli(args: string[]): Promise<RunningCli> {
  requireBuild();
  const child = spawn(process.execPath, [CLI, "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the CLI did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)|"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: (match[1] ?? match[2]) as string, output: () => output, exited });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited with ${code} before listening:\n${output}`));
    });
  });
}
