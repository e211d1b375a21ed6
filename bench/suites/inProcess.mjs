/**
 * 1. In-process cost of one SDK call (authenticated `GET /v1/requester`, retries 0): through the mock's
 * `fetch`, through msw's `setupServer` (global fetch patched), and through a stub fetch that returns
 * the same JSON at once (the floor: the SDK and Fetch objects alone). msw's own share is measured
 * with a handler that answers the same JSON at once in the same `setupServer` (another origin, so
 * it never matches the mock's requests): what msw costs with nothing behind it.
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { setupMockServer } from "@tessera/mock/node";
import { createClient } from "@tessera/sdk";
import { HttpResponse, http } from "msw";
import { BASE_URL } from "../lib/paths.mjs";
import { round } from "../lib/stats.mjs";
import { medianRatio, timeSideBySide } from "../lib/timeCalls.mjs";

/** Mock fetch / stub must stay within this factor (issue 17). */
export const TARGET_MOCK_VS_STUB = 1.3;
/** The mock under `setupServer` / msw answering the same JSON at once (msw's floor). */
export const TARGET_MSW_VS_MSW_FLOOR = 1.3;
/** The origin msw's floor handler answers: never the mock's. */
const FLOOR_URL = "https://msw-floor.test";

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
  const answerHeaders = { "content-type": "application/json", "x-request-id": "req_stub" };
  server.use(http.get(`${FLOOR_URL}/v1/requester`, () => new HttpResponse(body, { headers: answerHeaders })));
  server.listen({ onUnhandledRequest: "error" });
  try {
    const viaMsw = createClient({ baseUrl: BASE_URL, token, retries: 0 });
    const viaMswFloor = createClient({ baseUrl: FLOOR_URL, token, retries: 0 });
    const times = await timeSideBySide([
      { name: "stub", call: () => viaStub.requester.get() },
      { name: "mockFetch", call: () => viaMock.requester.get() },
      { name: "setupServer", call: () => viaMsw.requester.get() },
      { name: "mswFloor", call: () => viaMswFloor.requester.get() },
    ]);
    const us = (name) => times[name]?.usPerCall ?? Number.NaN;
    const ratio = medianRatio(times, "mockFetch", "stub");
    const mswRatio = medianRatio(times, "setupServer", "mswFloor");
    /** What the mock adds to a call, on each path: the same work, so about the same µs. */
    const oursDirect = us("mockFetch") - us("stub");
    const oursUnderMsw = us("setupServer") - us("mswFloor");
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
        row(
          "msw setupServer, constant handler",
          "mswFloor",
          "msw's floor: one handler answering the same JSON at once",
        ),
        row("msw setupServer", "setupServer", "setupMockServer(), global fetch intercepted"),
        [
          "what the mock adds (µs)",
          "",
          "",
          `${round(oursDirect)} µs over the stub on api.fetch, ${round(oursUnderMsw)} µs over msw's floor under setupServer`,
        ],
      ],
      targets: [
        {
          name: "in-process: mock api.fetch / stub fetch",
          measured: `${round(ratio)}x`,
          target: `≤ ${TARGET_MOCK_VS_STUB}x`,
          ok: ratio <= TARGET_MOCK_VS_STUB,
        },
        {
          name: "mock under setupServer / msw's floor",
          measured: `${round(mswRatio)}x`,
          target: `≤ ${TARGET_MSW_VS_MSW_FLOOR}x`,
          ok: mswRatio <= TARGET_MSW_VS_MSW_FLOOR,
        },
      ],
      data: {
        times,
        ratioMockVsStub: ratio,
        ratioMswVsFloor: mswRatio,
        oursDirect,
        oursUnderMsw,
        responseBytes: body.length,
      },
    };
  } finally {
    server.close();
  }
}
