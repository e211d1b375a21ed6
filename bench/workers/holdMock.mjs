/**
 * Holds one mock in memory and reports this process's memory after a full GC, as JSON on stdout.
 * Usage: `node --import tsx --expose-gc workers/holdMock.mjs <tokens>` (0: the demo seed alone).
 * The fixture is generated, seeded and then dropped before measuring, so only the store remains.
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { BASE_URL } from "../lib/paths.mjs";
import { tokenFixture } from "../lib/tokenFixture.mjs";

const tokens = Number(process.argv[2] ?? 0);
const api = createMockApi({ baseUrl: BASE_URL });
await api.ready();
// Through JSON, as a fixture file or a /__mock/seed body arrives: the generator's strings are
// built piece by piece (ropes), which a parsed fixture's never are.
if (tokens > 0) await api.seed(JSON.parse(JSON.stringify(tokenFixture({ total: tokens }).fixture)));
// One request, so both processes have compiled the same validators and warmed the same code.
const response = await api.fetch(`${BASE_URL}/v1/requester`, {
  headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}` },
});
if (response.status !== 200) throw new Error(`requester answered ${response.status}`);
for (let i = 0; i < 3; i++) globalThis.gc?.();
await new Promise((resolve) => setTimeout(resolve, 50));
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
const stored = (await api.snapshot()).tokens.length;
process.stdout.write(
  `${JSON.stringify({ rss, heapUsed, stored, gc: typeof globalThis.gc === "function" })}\n`,
);
