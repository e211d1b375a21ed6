/**
 * Profiles the in-process requester call: warms up, then records a CPU profile (node:inspector) of
 * `seconds` of back-to-back `client.requester.get()` calls through the mock's `fetch`, and writes it.
 * With transport `msw`, the calls go through the global fetch intercepted by `setupMockServer()`.
 * Usage: `node --enable-source-maps --import tsx workers/requesterLoop.mjs <out.cpuprofile> [seconds] [fetch|msw]`.
 * Positions in the mock's and the SDK's sources are mapped back through tsx's inline source maps.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { findSourceMap } from "node:module";
import { fileURLToPath } from "node:url";
import { createMockApi, DEMO } from "@tessera/mock";
import { setupMockServer } from "@tessera/mock/node";
import { createClient } from "@tessera/sdk";
import { BASE_URL } from "../lib/paths.mjs";

const [out = "requester.cpuprofile", seconds = "5", transport = "fetch"] = process.argv.slice(2);
/** @type {typeof fetch | undefined} undefined: the SDK uses the global fetch, which msw intercepts */
let mockFetch;
if (transport === "msw") {
  setupMockServer({ baseUrl: BASE_URL }).server.listen({ onUnhandledRequest: "error" });
} else {
  mockFetch = createMockApi({ baseUrl: BASE_URL }).fetch;
}
const client = createClient({
  baseUrl: BASE_URL,
  token: DEMO.tokens.ada.secret,
  fetch: mockFetch,
  retries: 0,
});
for (let i = 0; i < 3000; i++) await client.requester.get();

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
const until = performance.now() + Number(seconds) * 1000;
let calls = 0;
while (performance.now() < until) {
  await client.requester.get();
  calls++;
}
const { profile } = await session.post("Profiler.stop");
session.disconnect();
for (const { callFrame } of profile.nodes) {
  if (!callFrame.url.startsWith("file:") || callFrame.url.includes("/node_modules/")) continue;
  const map = findSourceMap(callFrame.url) ?? findSourceMap(fileURLToPath(callFrame.url));
  const entry = map?.findEntry(callFrame.lineNumber, callFrame.columnNumber);
  if (entry && "originalSource" in entry && entry.originalSource) {
    callFrame.url = new URL(entry.originalSource, callFrame.url).href;
    callFrame.lineNumber = entry.originalLine;
    callFrame.columnNumber = entry.originalColumn;
  }
}
writeFileSync(out, JSON.stringify(profile));
process.stdout.write(`${JSON.stringify({ calls, usPerCall: (Number(seconds) * 1e6) / calls })}\n`);
