/**
 * Refuses to run unless the mock's sources really get msw 3 and this is Node 22+, so the msw 3
 * check can never pass by quietly testing msw 2 or Node 20.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The version of the package `name` as the mock's sources resolve it. */
function versionFromMock(name) {
  const fromMock = createRequire(new URL("./mocks/src/index.ts", import.meta.url));
  for (let dir = dirname(fromMock.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, "utf8"));
    if (found === name) return version;
  }
  throw new Error(`cannot find the package.json of ${name}`);
}

export default function assertMsw3OnNode22() {
  const msw = versionFromMock("msw");
  const node = process.versions.node;
  console.info(
    `msw3-compat: msw ${msw} and @msw/data ${versionFromMock("@msw/data")} for mocks/src, Node ${node}`,
  );
  if (!msw.startsWith("3.")) throw new Error(`mocks/src resolves msw ${msw}, not msw 3`);
  if (Number(node.split(".")[0]) < 22) throw new Error(`running on Node ${node}, not Node 22+`);
}
