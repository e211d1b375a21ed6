/** Starting the servers under test as child processes, timing them to their first 200, stopping them. */
import { spawn } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * CPU time (ms, every thread) a process has used so far, from Linux's /proc; NaN elsewhere. Unlike
 * the wall time, it hardly moves with the machine's load.
 *
 * @param {number | undefined} pid
 */
export function cpuMs(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).reduce(
      (sum, task) =>
        sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]) / 1e6,
      0,
    );
  } catch {
    return Number.NaN;
  }
}

/**
 * A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it).
 *
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * @typedef {object} ServerSpec
 * @property {string} name
 * @property {(port: number) => string[]} args arguments for `node` (script first)
 * @property {string} path the request that must answer 200 once the server is ready
 * @property {Record<string, string>} headers headers for that request
 * @property {Record<string, string>} [env]
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url base URL, e.g. http://127.0.0.1:41234
 * @property {number} readyMs from spawn to the first 200 response
 * @property {import("node:child_process").ChildProcess} child
 * @property {(signal?: NodeJS.Signals) => Promise<void>} stop sends the signal (SIGTERM) and waits for exit
 */

/**
 * Spawns `node <args>` on a free port with stdout and stderr going to `logFile`, and polls
 * `spec.path` until it answers 200: the time from spawn to that answer is the cold start.
 *
 * @param {ServerSpec} spec
 * @param {{ logFile: string, timeoutMs?: number, nodeArgs?: string[] }} options
 * @returns {Promise<RunningServer>}
 * @example
 * const server = await startServer(oursSpec, { logFile: "/tmp/ours.log" });
 * await server.stop();
 */
export async function startServer(spec, { logFile, timeoutMs = 60_000, nodeArgs = [] }) {
  // The first fetch() loads undici; do it now, so that cost is not counted as the server's start.
  await fetch("http://127.0.0.1:9/").catch(() => {});
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, "a");
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, ...spec.args(port)], {
    stdio: ["ignore", log, log],
    env: { ...process.env, ...spec.env },
  });
  closeSync(log);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let status = 0;
  try {
    while (status !== 200) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `${spec.name} exited (${child.exitCode ?? child.signalCode}) before answering; see ${logFile}`,
        );
      }
      if (performance.now() - started > timeoutMs)
        throw new Error(`${spec.name} did not answer 200 in ${timeoutMs} ms`);
      status = await fetch(url + spec.path, { headers: spec.headers }).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
        () => 0,
      );
      if (status === 0) await sleep(2);
      else if (status !== 200)
        throw new Error(`${spec.name} answered ${status} to ${spec.path}; see ${logFile}`);
    }
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const readyMs = performance.now() - started;
  const stop = async (signal = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(killer);
    }
  };
  return { url, readyMs, child, stop };
}
