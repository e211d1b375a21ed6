/**
 * 2. Scale: the same requester call with 100 and with 50,000 tokens stored, and the first page of
 * `GET /v1/tokens` for an admin and for a developer who owns few of the tokens in a large organization.
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { createClient } from "@tessera/sdk";
import { BASE_URL } from "../lib/paths.mjs";
import { round } from "../lib/stats.mjs";
import { medianRatio, timeSideBySide } from "../lib/timeCalls.mjs";
import { tokenFixture } from "../lib/tokenFixture.mjs";

/** Requester with 50,000 tokens / with 100 tokens must stay within this factor. */
export const TARGET_LARGE_VS_SMALL = 1.5;
export const SMALL = 100;
export const LARGE = 50_000;
const PAIR_BODY = {
  label: "bench scale pair",
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "hidden",
};

/**
 * A demo-seeded mock holding `total` tokens, and SDK clients for Ada (admin) and Grace (developer).
 *
 * @param {number} total
 */
async function seededMock(total) {
  const generated = tokenFixture({ total });
  const api = createMockApi({ baseUrl: BASE_URL });
  const started = performance.now();
  await api.seed(generated.fixture);
  const seedMs = performance.now() - started;
  const client = (token) => createClient({ baseUrl: BASE_URL, token, fetch: api.fetch, retries: 0 });
  return { generated, seedMs, ada: client(DEMO.tokens.ada.secret), grace: client(DEMO.tokens.grace.secret) };
}

/**
 * Measures the requester call at 100 and 50,000 stored tokens and the first token page at both sizes.
 *
 * @returns {Promise<import("../lib/report.mjs").Section>}
 */
export async function benchScale() {
  const small = await seededMock(SMALL);
  const large = await seededMock(LARGE);
  const requester = await timeSideBySide([
    { name: "small", call: () => small.ada.requester.get() },
    { name: "large", call: () => large.ada.requester.get() },
  ]);
  const list = await timeSideBySide(
    [
      { name: "adminSmall", call: () => small.ada.tokens.list() },
      { name: "adminLarge", call: () => large.ada.tokens.list() },
      { name: "developerSmall", call: () => small.grace.tokens.list() },
      { name: "developerLarge", call: () => large.grace.tokens.list() },
    ],
    { rounds: 9, callsPerRound: 100, warmupCalls: 200 },
  );
  // Writes: each create is followed by revoking that token, so T4's limit of 50 never interferes.
  const pair = (client) => async () => {
    const { token } = await client.tokens.create(PAIR_BODY);
    await client.tokens.revoke(token.id);
  };
  const writes = await timeSideBySide(
    [
      { name: "small", call: pair(small.ada) },
      { name: "large", call: pair(large.ada) },
    ],
    { rounds: 7, callsPerRound: 30, warmupCalls: 20 },
  );
  const graceFirstPage = (await large.grace.tokens.list()).data.length;
  const us = (times, name) => times[name]?.usPerCall ?? Number.NaN;
  const ratio = medianRatio(requester, "large", "small");
  const acme = large.generated.acmeTokens + 7;
  const row = (what, times, smallName, largeName, note) => [
    what,
    round(us(times, smallName)),
    round(us(times, largeName)),
    `${round(medianRatio(times, largeName, smallName))}x`,
    note,
  ];
  return {
    id: "scale",
    title: `2. Scale: µs/call with ${SMALL} vs ${LARGE.toLocaleString("en")} tokens stored (mock api.fetch, median of interleaved rounds)`,
    columns: ["call", `${SMALL} tokens`, `${LARGE.toLocaleString("en")} tokens`, "ratio per round", "note"],
    rows: [
      row("GET /v1/requester (Ada)", requester, "small", "large", "authenticated as Ada"),
      row(
        "tokens.list() page 1, admin (Ada)",
        list,
        "adminSmall",
        "adminLarge",
        "sees every Acme token: 20 items",
      ),
      row(
        "tokens.list() page 1, developer (Grace)",
        list,
        "developerSmall",
        "developerLarge",
        `sees ${graceFirstPage} of Acme's ${acme.toLocaleString("en")} tokens (her own)`,
      ),
      row(
        "tokens.create() + tokens.revoke() (Ada)",
        writes,
        "small",
        "large",
        "create a token, then revoke it",
      ),
    ],
    targets: [
      {
        name: `requester ${LARGE / 1000}k / ${SMALL} tokens`,
        measured: `${round(ratio)}x`,
        target: `≤ ${TARGET_LARGE_VS_SMALL}x`,
        ok: ratio <= TARGET_LARGE_VS_SMALL,
      },
    ],
    data: {
      requester,
      list,
      writes,
      ratioLargeVsSmall: ratio,
      seedMs: { small: small.seedMs, large: large.seedMs },
      fixture: {
        tokens: large.generated.tokens,
        organizations: large.generated.organizations,
        users: large.generated.users,
        acmeTokens: acme,
      },
    },
  };
}
