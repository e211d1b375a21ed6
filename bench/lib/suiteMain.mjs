/**
 * Runs one suite in this (child) process and sends its section to the parent over IPC, so every
 * suite starts from a fresh heap: a 50,000-token mock left over from one suite never slows another.
 * Usage: `node --import tsx --expose-gc lib/suiteMain.mjs <suite>` (forked by run.mjs).
 */
import { SUITES } from "./suites.mjs";

const name = process.argv[2] ?? "";
const suite = SUITES[name];
if (!suite) {
  console.error(`unknown suite ${name}; one of ${Object.keys(SUITES).join(", ")}`);
  process.exit(2);
}
try {
  const section = await suite();
  if (process.send) process.send({ section }, () => process.exit(0));
  else console.log(JSON.stringify(section, null, 2));
} catch (error) {
  console.error(error);
  process.exit(1);
}
