/**
 * Profiles the in-process requester call: warms up, then records a CPU profile (node:inspector) of
 * `seconds` of back-to-back `client.requester.get()` calls through the mock's `fetch`, and writes it.
 * Usage: `node --import tsx workers/requesterLoop.mjs <out.cpuprofile> [seconds] [tokens]`.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createMockApi, DEMO } from "@tessera/mock";
import { createClient } from "@tessera/sdk";
import { BASE_URL } from "../lib/paths.mjs";
import { tokenFixture } from "../lib/tokenFixture.mjs";

const [out = "requester.cpuprofile", seconds = "5", tokens = "0"] = process.argv.slice(2);
const api = createMockApi({ baseUrl: BASE_URL });
if (Number(tokens) > 0) await api.seed(tokenFixture({ total: Number(tokens) }).fixture);
const client = createClient({
  baseUrl: BASE_URL,
  token: DEMO.tokens.ada.secret,
  fetch: api.fetch,
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
writeFileSync(out, JSON.stringify(profile));
process.stdout.write(`${JSON.stringify({ calls, usPerCall: (Number(seconds) * 1e6) / calls })}\n`);
