import os from "node:os";

/**
 * What the numbers were measured on: CPU model, logical cores, memory, OS and Node version.
 *
 * @returns {{ cpu: string, cores: number, memoryGiB: number, os: string, node: string }}
 * @example
 * console.log(describeMachine().cpu); // "AMD EPYC"
 */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}
