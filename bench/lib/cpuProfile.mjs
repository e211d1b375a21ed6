/**
 * Reads a V8 CPU profile (`.cpuprofile`, as written by `node --cpu-prof` or the inspector) and
 * summarizes where the time went: self time per function, inclusive time per function, and self
 * time per area (a package, a mock source file, Node internals, GC).
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "./paths.mjs";

/** @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, children?: number[] }} ProfileNode */
/** @typedef {{ nodes: ProfileNode[], startTime: number, endTime: number, samples: number[], timeDeltas: number[] }} Profile */
/** @typedef {{ name: string, where: string, area: string, ms: number, percent: number }} Hotspot */

const IDLE = new Set(["(idle)", "(program)"]);
const maps = new Map();

/** The original file and line for a position in a built file with a `.map` beside it (tsup output). */
function originalPosition(path, line, column) {
  if (!maps.has(path))
    maps.set(
      path,
      existsSync(`${path}.map`) ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, "utf8"))) : null,
    );
  const entry = maps.get(path)?.findEntry(line, column);
  if (!entry?.originalSource) return null;
  const source = entry.originalSource.startsWith("file:")
    ? fileURLToPath(entry.originalSource)
    : entry.originalSource;
  return { file: source.replace(/^(\.\.\/)+/, "mocks/"), line: entry.originalLine + 1 };
}

/** A readable location and the area (package or source file) a call frame belongs to. */
function locate(frame) {
  const { url, lineNumber, columnNumber, functionName } = frame;
  if (functionName === "(garbage collector)") return { where: "", area: "(garbage collector)" };
  if (!url) return { where: "", area: functionName.startsWith("(") ? functionName : "(native)" };
  if (url.startsWith("node:"))
    return { where: `${url}:${lineNumber + 1}`, area: `node internals (${url.split("/")[1] ?? url})` };
  const path = url.startsWith("file:") ? fileURLToPath(url) : url;
  const modules = path.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const rest = path.slice(modules + 14).split("/");
    const pkg = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? "?");
    return { where: `${pkg}/${rest.slice(pkg.split("/").length).join("/")}:${lineNumber + 1}`, area: pkg };
  }
  const original = path.includes("/dist/") ? originalPosition(path, lineNumber, columnNumber) : null;
  const file = original ? original.file : relative(REPO_ROOT, path);
  return { where: `${file}:${original ? original.line : lineNumber + 1}`, area: file };
}

/**
 * Summarizes a CPU profile, optionally only the samples taken after `fromMs` (ms since profile start).
 *
 * @param {Profile} profile
 * @param {{ fromMs?: number, top?: number, inclusiveFilter?: (hotspot: Hotspot) => boolean }} [options]
 * @returns {{ sampledMs: number, busyMs: number, self: Hotspot[], inclusive: Hotspot[], areas: Hotspot[] }}
 *   percentages are of busy time (everything but idle)
 * @example
 * const summary = summarizeProfile(JSON.parse(readFileSync("x.cpuprofile", "utf8")), { top: 15 });
 * for (const h of summary.self) console.log(h.percent, h.name, h.where);
 */
export function summarizeProfile(profile, options = {}) {
  const { fromMs = 0, top = 15, inclusiveFilter = () => true } = options;

  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const info = new Map(
    profile.nodes.map((node) => {
      const { where, area } = locate(node.callFrame);
      const name = node.callFrame.functionName || "(anonymous)";
      return [node.id, { key: `${name} ${where}`, name, where, area }];
    }),
  );
  const self = new Map();
  const inclusive = new Map();
  const areas = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  let t = 0;
  let sampledMs = 0;
  let busyMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    if (t < fromMs) continue;
    const id = /** @type {number} */ (profile.samples[i]);
    const node = info.get(id);
    sampledMs += ms;
    if (!node || IDLE.has(node.name)) continue;
    busyMs += ms;
    add(self, node.key, ms);
    add(areas, node.area, ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = info.get(at)?.key;
      if (key && !seen.has(key)) {
        seen.add(key);
        add(inclusive, key, ms);
      }
    }
  }
  const details = new Map([...info.values()].map((n) => [n.key, n]));
  const list = (map, describe) =>
    [...map.entries()]
      .map(([key, ms]) => ({ ...describe(key), ms, percent: (100 * ms) / (busyMs || 1) }))
      .sort((a, b) => b.ms - a.ms);
  const fn = (key) => {
    const { name, where, area } = details.get(key) ?? { name: key, where: "", area: "" };
    return { name, where, area };
  };
  return {
    sampledMs,
    busyMs,
    self: list(self, fn).slice(0, top),
    inclusive: list(inclusive, fn)
      .filter((h) => h.where !== "" || (h.name !== "(root)" && h.name !== "(anonymous)"))
      .filter(inclusiveFilter)
      .slice(0, top),
    areas: list(areas, (key) => ({ name: key, where: "", area: key })).slice(0, top),
  };
}
