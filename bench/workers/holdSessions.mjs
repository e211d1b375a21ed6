/**
 * Heap per `X-Mock-Session`, on the built package (no TypeScript loader, which adds a property
 * table to every function): a server's sessions are created, each answers one request, and the
 * heap after a full GC is compared with the heap before. Prints JSON on stdout.
 * Usage: `node --expose-gc workers/holdSessions.mjs <sessions>`.
 */
import { pathToFileURL } from "node:url";
import { MOCK_SERVER_DIST } from "../lib/paths.mjs";

const { createMockServer } = await import(pathToFileURL(MOCK_SERVER_DIST).href);
const { DEMO } = await import(pathToFileURL(MOCK_SERVER_DIST.replace(/server\.js$/, "index.js")).href);
const count = Number(process.argv[2] ?? 1000);
const server = createMockServer({ port: 0, maxSessions: 3 * count });
const request = () =>
  new Request("http://127.0.0.1/v1/requester", {
    headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}` },
  });

const heap = async () => {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 20));
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
/** Creates sessions `from`..`to` and, with `answer`, has each answer one request. */
async function open(from, to, answer) {
  for (let i = from; i < to; i++) {
    const api = server.sessions.get(`s-${i}`);
    await api.ready();
    if (answer) {
      const response = await api.respond(request());
      if (response?.status !== 200) throw new Error(`session s-${i} answered ${response?.status}`);
    }
  }
}

await open(-2, 0, true); // warm: validators compiled, the seed image built
const before = await heap();
await open(0, count, false);
const fresh = await heap();
await open(count, 2 * count, true);
const used = await heap();
process.stdout.write(
  `${JSON.stringify({
    sessions: count,
    freshBytes: (fresh - before) / count,
    usedBytes: (used - fresh) / count,
    gc: typeof globalThis.gc === "function",
  })}\n`,
);
