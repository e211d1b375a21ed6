/**
 * 1. In-process cost of one SDK call (authenticated `GET /v1/requester`, retries 0): through the mock's
 * `fetch`, through msw's `setupServer` (global fetch patched), and through a stub fetch that returns
 * the same JSON at once (the floor: the SDK and Fetch objects alone).
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { setupMockServer } from "@tessera/mock/node";
import { createClient } from "@tessera/sdk";
import { BASE_URL } from "../lib/paths.mjs";
import { round } from "../lib/stats.mjs";
import { medianRatio, timeSideBySide } from "../lib/timeCalls.mjs";

/** Mock fetch / stub must stay within this factor. */
export const TARGET_MOCK_VS_STUB = 2;

/**
 * A fetch that answers every request with the same 200 JSON body, as fast as a Response can be made.
 *
 * @param {string} body the JSON text to answer with
 * @returns {typeof fetch}
 */
export function stubFetch(body) {
  const headers = { "content-type": "application/json", "x-request-id": "req_stub" };
  return async () => new Response(body, { status: 200, headers });
}

/**
 * Measures µs per `client.requester.get()` for the three transports, side by side.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchInProcess() {
  const token = DEMO.tokens.ada.secret;
  const api = createMockApi({ baseUrl: BASE_URL });
  const viaMock = createClient({ baseUrl: BASE_URL, token, fetch: api.fetch, retries: 0 });
  const body = JSON.stringify(await viaMock.requester.get());
  const viaStub = createClient({ baseUrl: BASE_URL, token, fetch: stubFetch(body), retries: 0 });

  const { server } = setupMockServer({ baseUrl: BASE_URL });
  server.listen({ onUnhandledRequest: "error" });
  try {
    const viaMsw = createClient({ baseUrl: BASE_URL, token, retries: 0 });
    const times = await timeSideBySide([
      { name: "stub", call: () => viaStub.requester.get() },
      { name: "mockFetch", call: () => viaMock.requester.get() },
      { name: "setupServer", call: () => viaMsw.requester.get() },
    ]);
    const us = (name) => times[name]?.usPerCall ?? Number.NaN;
    const ratio = medianRatio(times, "mockFetch", "stub");
    const row = (label, name, note) => [
      label,
      round(us(name)),
      `${round(medianRatio(times, name, "stub"))}x`,
      note,
    ];
    return {
      id: "inProcess",
      title: "1. In-process SDK call: GET /v1/requester (Ada, retries 0), median of 15 interleaved rounds",
      columns: ["transport", "µs/call", "vs stub per round", "note"],
      rows: [
        row("stub fetch (floor)", "stub", "constant Response with the same JSON"),
        row("mock api.fetch", "mockFetch", "createMockApi(), fetch: api.fetch"),
        row("msw setupServer", "setupServer", "setupMockServer(), global fetch intercepted"),
      ],
      targets: [
        {
          name: "mock fetch / stub",
          measured: `${round(ratio)}x`,
          target: `≤ ${TARGET_MOCK_VS_STUB}x`,
          ok: ratio <= TARGET_MOCK_VS_STUB,
        },
      ],
      data: { times, ratioMockVsStub: ratio, responseBytes: body.length },
    };
  } finally {
    server.close();
  }
}
