import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A directory for this run's logs and scratch files (server logs go to files, never to the table).
 *
 * @param {string} name
 * @returns {string}
 */
export function benchTempDir(name) {
  const dir = join(process.env.TESSERA_BENCH_TMP ?? join(tmpdir(), "tessera-bench"), name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
