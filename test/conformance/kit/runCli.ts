import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built `tessera-conformance` CLI (the kit's tests build it first). */
export const CONFORMANCE_CLI = fileURLToPath(
  new URL("../../../packages/conformance/dist/cli.js", import.meta.url),
);

/** Runs the conformance CLI with `args`; resolves with its exit code and output. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CONFORMANCE_CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
