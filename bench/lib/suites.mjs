/** Every suite by name, in the order `pnpm bench` runs them. Each resolves to a report Section. */
import { benchBundleSize } from "../suites/bundleSize.mjs";
import { benchColdStart } from "../suites/coldStart.mjs";
import { benchHttpThroughput } from "../suites/httpThroughput.mjs";
import { benchImportTime } from "../suites/importTime.mjs";
import { benchInProcess } from "../suites/inProcess.mjs";
import { benchLogins } from "../suites/logins.mjs";
import { benchMemory } from "../suites/memory.mjs";
import { benchScale } from "../suites/scale.mjs";
import { benchSessionScale } from "../suites/sessionScale.mjs";
import { benchWriteMix } from "../suites/writeMix.mjs";

/** @type {Record<string, () => Promise<import("./report.mjs").Section>>} */
export const SUITES = {
  inProcess: benchInProcess,
  scale: benchScale,
  sessionScale: benchSessionScale,
  http: benchHttpThroughput,
  writeMix: benchWriteMix,
  coldStart: benchColdStart,
  importTime: benchImportTime,
  logins: benchLogins,
  bundleSize: benchBundleSize,
  memory: benchMemory,
};
